// `npm run bench [-- classify|page]`: performance is measured here, never by timed tests.
import { spawnSync } from 'node:child_process';
import { benchPage } from './bench-page';

const which = process.argv[2] ?? 'all';
let ok = true;
if (which === 'classify' || which === 'all') {
  const r = spawnSync('node_modules/.bin/tsx', ['scripts/bench-classify.ts', ...process.argv.slice(3)], { stdio: 'inherit' });
  ok &&= r.status === 0;
}
if (which === 'page' || which === 'all') ok = (await benchPage()) && ok;
if (!['classify', 'page', 'all'].includes(which)) {
  console.error(`Unknown benchmark "${which}": use classify, page, or nothing for both.`);
  process.exit(2);
}
process.exit(ok ? 0 : 1);
