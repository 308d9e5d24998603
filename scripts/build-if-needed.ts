// Rebuilds the e2e extension when a source file is newer than its manifest.
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { E2E_EXTENSION_DIR } from '../test/e2e/harness';

function newestMtime(dir: string): number {
  let newest = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const p = join(dir, entry.name);
    newest = Math.max(newest, entry.isDirectory() ? newestMtime(p) : statSync(p).mtimeMs);
  }
  return newest;
}

/** Builds `.output/chrome-mv3-e2e` unless it is up to date; exits the process if the build fails. */
export function buildIfNeeded(): void {
  const manifest = join(E2E_EXTENSION_DIR, 'manifest.json');
  const sources = Math.max(
    ...['entrypoints', 'components', 'storage', 'public'].map(newestMtime),
    statSync('wxt.config.ts').mtimeMs,
    statSync('package-lock.json').mtimeMs,
  );
  if (existsSync(manifest) && statSync(manifest).mtimeMs > sources) return;
  console.log('Building the extension (wxt build --mode e2e)…');
  const r = spawnSync('node_modules/.bin/wxt', ['build', '--mode', 'e2e'], { stdio: 'inherit' });
  if (r.status !== 0) process.exit(r.status ?? 1);
}
