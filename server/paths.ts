import path from 'node:path';
import { fileURLToPath } from 'node:url';

/** Absolute paths of the repository's folders, independent of the working directory. */
export const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
export const clientDist = path.join(repoRoot, 'dist', 'client');
export { seedDir } from '../seed/paths.ts';
