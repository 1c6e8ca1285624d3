import path from 'node:path';
import { fileURLToPath } from 'node:url';

/** This folder (seed files under data/, sources/, aliases.json), wherever the process was started. */
export const seedDir = path.dirname(fileURLToPath(import.meta.url));
