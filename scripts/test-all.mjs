// `npm test`: every check there is, in order, then one plain summary line.
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, readFileSync, rmSync } from 'node:fs';

const bin = (name) => `node_modules/.bin/${name}`;
// The type check runs beside the CSS lint and the unit tests (one core each); it ends before the
// build starts, since both write Astro's generated content types. Its output is shown once it is done.
const typeCheck = { name: 'type check (astro check)', cmd: [bin('astro'), 'check'], background: true };
const steps = [
  typeCheck,
  { name: 'CSS lint (logical properties)', cmd: [bin('stylelint'), 'src/**/*.{css,astro}'] },
  { name: 'unit tests (vitest)', cmd: [bin('vitest'), 'run', '--reporter=default', '--reporter=json', '--outputFile=reports/vitest.json'], counts: 'vitest' },
  { name: 'production build + search index + size report', cmd: ['npm', 'run', 'build'] },
  { name: 'links and assets of the build', cmd: ['node', 'scripts/check-links.mjs', 'dist', '/'] },
  {
    name: 'sub-path build (KAM_BASE=/courses/kam) and its links',
    cmd: ['sh', '-c', `KAM_BASE=/courses/kam ${bin('astro')} build --outDir dist-base && node scripts/check-links.mjs dist-base /courses/kam/`],
  },
  { name: 'Chromium for the end-to-end tests', cmd: ['node', 'scripts/ensure-chromium.mjs'] },
  { name: 'end-to-end tests (Playwright, Chromium)', cmd: [bin('playwright'), 'test'], env: { PLAYWRIGHT_JSON_OUTPUT_NAME: 'reports/e2e.json' }, counts: 'playwright' },
];

function countTests(kind) {
  try {
    if (kind === 'vitest') {
      const report = JSON.parse(readFileSync('reports/vitest.json', 'utf8'));
      return { passed: report.numPassedTests, failed: report.numFailedTests, skipped: report.numPendingTests + report.numTodoTests };
    }
    const report = JSON.parse(readFileSync('reports/e2e.json', 'utf8'));
    return { passed: report.stats.expected, failed: report.stats.unexpected + report.stats.flaky, skipped: report.stats.skipped };
  } catch {
    return null;
  }
}

const started = Date.now();
const totals = { passed: 0, failed: 0, skipped: 0 };
const results = [];
rmSync('reports/vitest.json', { force: true });
rmSync('reports/e2e.json', { force: true });
/** Starts a step without waiting: resolves with its status and output when it ends. */
function startInBackground(step) {
  const t0 = Date.now();
  const child = spawn(step.cmd[0], step.cmd.slice(1), { env: { ...process.env, ...step.env } });
  let output = '';
  child.stdout.on('data', (chunk) => (output += chunk));
  child.stderr.on('data', (chunk) => (output += chunk));
  return new Promise((resolve) => child.on('close', (status) => resolve({ status, output, seconds: ((Date.now() - t0) / 1000).toFixed(0) })));
}

const background = new Map();
for (const step of steps) if (step.background) background.set(step, startInBackground(step));

for (const step of steps) {
  if (step.name.startsWith('production build')) await finishBackground();
  if (step.background) continue;
  console.log(`\n=== ${step.name}`);
  const t0 = Date.now();
  const cmd = step.counts === 'playwright' ? [...step.cmd, '--reporter=list,json'] : step.cmd;
  const run = spawnSync(cmd[0], cmd.slice(1), { stdio: 'inherit', env: { ...process.env, ...step.env } });
  const ok = run.status === 0;
  const seconds = ((Date.now() - t0) / 1000).toFixed(0);
  const counts = step.counts ? countTests(step.counts) : null;
  if (counts) {
    totals.passed += counts.passed;
    totals.failed += counts.failed;
    totals.skipped += counts.skipped;
  } else {
    // A check without test counts counts as one test.
    totals[ok ? 'passed' : 'failed'] += 1;
  }
  if (!ok && counts && counts.failed === 0) totals.failed += 1;
  results.push({ name: step.name, ok, seconds });
  if (!ok && step.name.startsWith('production build')) {
    console.error('The build failed: skipping the steps that need it.');
    break;
  }
}

await finishBackground();

/** Waits for the steps started in the background and reports them as if they had run in place. */
async function finishBackground() {
  for (const [step, done] of background) {
    background.delete(step);
    const { status, output, seconds } = await done;
    console.log(`\n=== ${step.name} (ran alongside the steps above)`);
    process.stdout.write(output);
    const ok = status === 0;
    totals[ok ? 'passed' : 'failed'] += 1;
    results.unshift({ name: step.name, ok, seconds });
  }
}

console.log('\n=== summary');
for (const result of results) console.log(`${result.ok ? 'ok  ' : 'FAIL'} ${result.name} (${result.seconds} s)`);
console.log(`total time ${((Date.now() - started) / 1000).toFixed(0)} s`);
console.log(`${totals.passed} passed, ${totals.failed} failed, ${totals.skipped} skipped`);
process.exit(results.every((result) => result.ok) && results.length === steps.length ? 0 : 1);
