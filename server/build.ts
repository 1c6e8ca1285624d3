import { existsSync, readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import { log } from './log.ts';
import { clientDist, repoRoot } from './paths.ts';

function newestMtime(dir: string): number {
  let newest = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const p = path.join(dir, entry.name);
    newest = Math.max(newest, entry.isDirectory() ? newestMtime(p) : statSync(p).mtimeMs);
  }
  return newest;
}

/** Builds the explorer (vite build) when dist/client is missing or older than client/. */
export async function ensureClientBuilt(): Promise<void> {
  const index = path.join(clientDist, 'index.html');
  if (existsSync(index) && statSync(index).mtimeMs >= newestMtime(path.join(repoRoot, 'client'))) return;
  log.info('building the explorer (vite build)');
  const { build } = await import('vite');
  await build({ configFile: path.join(repoRoot, 'vite.config.ts'), logLevel: 'warn' });
}
