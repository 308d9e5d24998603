#!/usr/bin/env node
// `npm test`: type check, unit and DOM tests (Vitest), build the e2e extension,
// browser tests (Playwright). Every step runs even if an earlier one failed, so
// one run shows everything that is broken; the last line totals all runners.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';

// Not test-results/: Playwright empties that folder when it starts.
mkdirSync('.test-reports', { recursive: true });
const VITEST_JSON = '.test-reports/vitest.json';
const PW_JSON = '.test-reports/playwright.json';
rmSync(VITEST_JSON, { force: true });
rmSync(PW_JSON, { force: true });

const bin = (name) => `node_modules/.bin/${name}`;
const steps = [];

function run(title, cmd, args, env = {}) {
  console.log(`\n▶ ${title}: ${cmd} ${args.join(' ')}`);
  const started = Date.now();
  const r = spawnSync(cmd, args, { stdio: 'inherit', env: { ...process.env, ...env } });
  const ok = r.status === 0;
  steps.push({ title, ok, seconds: (Date.now() - started) / 1000 });
  return ok;
}

function readJson(path) {
  try {
    return existsSync(path) ? JSON.parse(readFileSync(path, 'utf8')) : undefined;
  } catch {
    return undefined;
  }
}

run('type check', bin('tsc'), ['--noEmit', '-p', '.']);
run('unit and DOM tests', bin('vitest'), ['run', '--reporter=default', '--reporter=json', `--outputFile=${VITEST_JSON}`]);
// Two builds: the e2e one (permissions granted at install, timing measures) and
// the store one users install, which some browser tests load too.
const builtE2e = run('build the e2e extension', bin('wxt'), ['build', '--mode', 'e2e']);
const builtStore = run('build the store extension', bin('wxt'), ['build']);
if (builtE2e && builtStore) run('browser tests', bin('playwright'), ['test'], { TEMOIN_PW_JSON: PW_JSON });

const vitest = readJson(VITEST_JSON);
const pw = readJson(PW_JSON);
const counts = {
  vitest: { passed: vitest?.numPassedTests ?? 0, failed: vitest?.numFailedTests ?? 0, skipped: (vitest?.numPendingTests ?? 0) + (vitest?.numTodoTests ?? 0) },
  playwright: {
    passed: pw?.stats?.expected ?? 0,
    failed: (pw?.stats?.unexpected ?? 0) + (pw?.stats?.flaky ?? 0),
    skipped: pw?.stats?.skipped ?? 0,
  },
};
// A step that failed without a test report (type errors, a crashed runner, a
// failed build) still counts as one failure, so the total can never read green.
const typecheckFailed = steps.find((s) => s.title === 'type check' && !s.ok) ? 1 : 0;
const stepFailures = steps.filter((s) => !s.ok).length;

console.log('\n──────── Témoin test summary ────────');
for (const s of steps) console.log(`${s.ok ? 'ok  ' : 'FAIL'}  ${s.title} (${s.seconds.toFixed(1)} s)`);
console.log(`vitest:     ${counts.vitest.passed} passed, ${counts.vitest.failed} failed, ${counts.vitest.skipped} skipped`);
console.log(`playwright: ${counts.playwright.passed} passed, ${counts.playwright.failed} failed, ${counts.playwright.skipped} skipped`);
const passed = counts.vitest.passed + counts.playwright.passed;
const failedTests = counts.vitest.failed + counts.playwright.failed + typecheckFailed;
const failed = Math.max(failedTests, stepFailures);
const skipped = counts.vitest.skipped + counts.playwright.skipped;
// Skipped tests are defects here: they count as failures.
console.log(`${passed} passed, ${failed + skipped} failed`);
process.exit(failed + skipped === 0 && stepFailures === 0 ? 0 : 1);
