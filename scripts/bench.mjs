// `npm run bench`: what a user of the KAISM plotter waits for, measured in Chromium on the built site.
// For portfolios of 10, 100, 500 and 1,000 accounts put into localStorage, it times page load to
// interactive and, from the input event to the next painted frame, a score edit, a weight edit that
// brings the weights back to 100, and one keystroke in an account name. Then the self-assessment:
// colleagues' files imported into the comparison (scripts/bench-self-assessment.mjs). Figures for the
// closing notes and the README, not a test: machines differ. Needs a build (`npm run build`) first.
// KAM_BENCH_TOOLS=self-assessment (or kaism) runs one part only.
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { chromium } from '@playwright/test';
import { findChromium } from './ensure-chromium.mjs';
import { benchSelfAssessment, printSelfAssessment } from './bench-self-assessment.mjs';

const PORT = Number(process.env.KAM_BENCH_PORT ?? 4399);
const SIZES = (process.env.KAM_BENCH_SIZES ?? '10,100,500,1000').split(',').map(Number);
const RUNS = Number(process.env.KAM_BENCH_RUNS ?? 7);
const ORIGIN = `http://127.0.0.1:${PORT}`;
const TOOLS = (process.env.KAM_BENCH_TOOLS ?? 'kaism,self-assessment').split(',');

if (!existsSync('dist/en/tools/kaism/index.html')) {
  console.error('No build found: run `npm run build` first.');
  process.exit(1);
}

/** A deterministic portfolio of n accounts in the stored envelope format. */
function envelope(n) {
  const preset = (id, weight) => ({ id, name: '', preset: id, weight });
  const score = (i, k) => ((i * 7 + k * 3) % 10) + 1;
  const accounts = Array.from({ length: n }, (_, i) => ({
    id: `a${i}`,
    name: `Account ${i + 1}`,
    volume: 10_000 + ((i * 7919) % 90_000),
    potential: null,
    attractiveness: [0, 1, 2, 3, 4].map((k) => score(i, k)),
    strength: [5, 6, 7, 8, 9].map((k) => score(i, k)),
    competitor: [5, 5, 5, 5, 5],
  }));
  const data = {
    factors: {
      attractiveness: [preset('volume', 20), preset('valueProfit', 25), preset('financial', 15), preset('ease', 15), preset('growth', 25)],
      strength: [preset('price', 20), preset('quality', 25), preset('services', 20), preset('reputation', 20), preset('continuity', 15)],
    },
    accounts,
    settings: { strengthMode: 'direct', boundary: 'midpoint', customAttractiveness: 5.5, customStrength: 5.5, classicLayout: true },
  };
  return JSON.stringify({ v: 1, savedAt: '2026-11-28T10:00:00.000Z', rev: 1, data });
}

/** Runs in the page: brings a field into the middle of the view, as a user looks at what they edit, and waits for it to be painted. */
function showField(selector) {
  document.querySelector(selector)?.scrollIntoView({ block: 'center' });
  return new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(() => setTimeout(resolve, 50))));
}

/**
 * Runs in the page: sets a field's text as typing would, then resolves with the milliseconds from
 * the input event to the frame after the one that shows the change (rendering, chart and paint).
 */
function timeEdit({ selector, text, expectChange }) {
  const field = document.querySelector(selector);
  const watched = document.querySelector(expectChange);
  const before = watched?.textContent;
  return new Promise((resolve) => {
    const start = performance.now();
    field.value = text;
    field.dispatchEvent(new Event('input', { bubbles: true }));
    // Preact renders in a microtask; the chart draws in the next animation frame. A frame callback
    // queued after both runs after the chart's, and a task queued from it runs after that paint.
    queueMicrotask(() =>
      requestAnimationFrame(() => {
        const channel = new MessageChannel();
        channel.port1.onmessage = () => resolve({ ms: performance.now() - start, changed: watched?.textContent !== before });
        channel.port2.postMessage(null);
      }),
    );
  });
}

const stats = (values) => {
  const sorted = [...values].sort((a, b) => a - b);
  return { median: sorted[Math.floor(sorted.length / 2)], worst: sorted[sorted.length - 1] };
};

// The Node that runs this script (npm's pinned one) also runs Astro, which needs Node 22 or newer.
const server = spawn(process.execPath, ['node_modules/.bin/astro', 'preview', '--port', String(PORT), '--host', '127.0.0.1'], { stdio: 'ignore' });
let serverExit = null;
server.on('exit', (code) => (serverExit = code));
try {
  for (let tries = 0; ; tries += 1) {
    if (serverExit !== null) throw new Error('astro preview stopped at once: is another preview of this project running? Stop it (`npx astro preview stop`) and try again.');
    try {
      if ((await fetch(`${ORIGIN}/en/`)).ok) break;
    } catch {
      if (tries > 300) throw new Error('the preview server did not start');
      await new Promise((resolve) => setTimeout(resolve, 200));
    }
  }
  const browser = await chromium.launch({
    executablePath: findChromium() ?? undefined,
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  });
  const rows = [];
  for (const size of TOOLS.includes('kaism') ? SIZES : []) {
    const context = await browser.newContext({ viewport: { width: 1366, height: 900 } });
    await context.addInitScript((stored) => {
      if (!sessionStorage.getItem('bench-seeded')) {
        localStorage.setItem('kam:tool:kaism', stored);
        sessionStorage.setItem('bench-seeded', '1');
      }
    }, envelope(size));
    const page = await context.newPage();
    const load = [];
    const score = [];
    const weight = [];
    const name = [];
    let allChanged = true;
    for (let run = 0; run < RUNS; run += 1) {
      await page.goto(`${ORIGIN}/en/tools/kaism/`);
      // Interactive: the island has hydrated with the saved portfolio and shows its first page of results.
      await page.waitForFunction((n) => document.querySelectorAll('.results-table tbody tr').length === Math.min(n, 50), size, { timeout: 60_000 });
      load.push(await page.evaluate(() => performance.now()));
      const scoreField = `[id="a0-attractiveness-volume"]`;
      const resultCell = '.results-table tbody tr:first-child td:nth-child(2)';
      await page.evaluate(showField, scoreField);
      const s = await page.evaluate(timeEdit, { selector: scoreField, text: String(run % 2 === 0 ? 10 : 1), expectChange: resultCell });
      // Break the weights (the table waits), then mend them: the timed edit brings every row back.
      await page.evaluate(showField, '[id="attractiveness-volume-weight"]');
      await page.evaluate(timeEdit, { selector: '[id="attractiveness-volume-weight"]', text: '30', expectChange: '#chart-title' });
      const w = await page.evaluate(timeEdit, { selector: '[id="attractiveness-volume-weight"]', text: '20', expectChange: '.kaism-tool' });
      await page.evaluate(showField, '[data-account-name="a0"]');
      const n = await page.evaluate(timeEdit, { selector: '[data-account-name="a0"]', text: `Account 1${'x'.repeat(run + 1)}`, expectChange: '.results-table tbody tr:first-child th' });
      score.push(s.ms);
      weight.push(w.ms);
      name.push(n.ms);
      allChanged &&= s.changed && n.changed;
    }
    rows.push({ size, load: stats(load), score: stats(score), weight: stats(weight), name: stats(name), allChanged });
    await context.close();
  }
  const selfAssessment = TOOLS.includes('self-assessment') ? await benchSelfAssessment(browser, ORIGIN, RUNS) : null;
  await browser.close();
  const f = (value) => value.toFixed(0);
  if (rows.length) console.log(`\nKAISM plotter in Chromium, ${RUNS} runs each: milliseconds, median / worst\n`);
  if (rows.length) console.log('| accounts | load to interactive | score edit → frame | weight edit → frame | name keystroke → frame |');
  if (rows.length) console.log('|---:|---:|---:|---:|---:|');
  for (const row of rows) {
    console.log(`| ${row.size} | ${f(row.load.median)} / ${f(row.load.worst)} | ${f(row.score.median)} / ${f(row.score.worst)} | ${f(row.weight.median)} / ${f(row.weight.worst)} | ${f(row.name.median)} / ${f(row.name.worst)} |`);
    if (!row.allChanged) console.log(`  (at ${row.size} accounts an edit did not show in the results table: the figures above are not valid)`);
  }
  printSelfAssessment(selfAssessment, RUNS);
} finally {
  server.kill();
}
