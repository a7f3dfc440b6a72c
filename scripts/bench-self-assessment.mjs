// The self-assessment part of `npm run bench`: a coordinator's page with their own answers takes one
// colleagues' file of n − 1 respondents through the import field; timed from the change event to
// the frame after the one that shows the comparison of all n (file read, merge, scoring, tables,
// radar and paint). Each run starts again from the coordinator alone.
import { existsSync, readFileSync } from 'node:fs';
import { load as parseYaml } from 'js-yaml';

const PAGE = 'dist/en/tools/self-assessment/index.html';

/** The bank's statement ids, so the generated answers are the ones the page scores. */
function itemIds() {
  const bank = parseYaml(readFileSync('content/instruments/self-assessment.yaml', 'utf8'));
  return { version: bank.version, items: bank.sections.flatMap((section) => section.items.map((item) => item.id)) };
}

function respondent(index, items) {
  const answers = Object.fromEntries(items.map((item, k) => [item, (index * 7 + k * 3) % 11 === 0 ? 'na' : ((index + k * 5) % 5) + 1]));
  return { id: `p${index}`, name: `Person ${index + 1}`, role: 'Sales', answeredOn: '2026-11-24', answers };
}

function data(respondents, version) {
  return { company: 'Bench', rounds: [{ id: 'r1', date: '2026-11-20', bank: version, respondents }], current: 'r1', self: respondents[0]?.id ?? null, targets: {}, hidden: [] };
}

/** Runs in the page: chooses the file as a user would and resolves with the milliseconds to the painted comparison. */
function timeImport({ text, rows }) {
  const input = document.querySelector('#sa-import-files');
  const transfer = new DataTransfer();
  transfer.items.add(new File([text], 'colleagues.json', { type: 'application/json' }));
  const shown = () => document.querySelectorAll('.sa-respondents tbody tr').length === rows && document.querySelector('.sa-dimensions');
  return new Promise((resolve) => {
    const start = performance.now();
    const done = () => {
      observer.disconnect();
      requestAnimationFrame(() => {
        const channel = new MessageChannel();
        channel.port1.onmessage = () => resolve(performance.now() - start);
        channel.port2.postMessage(null);
      });
    };
    const observer = new MutationObserver(() => shown() && done());
    observer.observe(document.body, { childList: true, subtree: true });
    input.files = transfer.files;
    input.dispatchEvent(new Event('change', { bubbles: true }));
  });
}

/** Returns rows for the table, or null when the build has no self-assessment page yet. */
export async function benchSelfAssessment(browser, origin, runs, sizes = [10, 50]) {
  if (!existsSync(PAGE)) {
    console.log('\n(no self-assessment page in this build: its part of the bench is skipped)');
    return null;
  }
  const { version, items } = itemIds();
  const rows = [];
  for (const size of sizes) {
    const everyone = Array.from({ length: size }, (_, i) => respondent(i, items));
    const stored = JSON.stringify({ v: 1, savedAt: '2026-11-24T09:00:00.000Z', rev: 1, data: data(everyone.slice(0, 1), version) });
    const file = JSON.stringify({ format: 'kam-workbook', version: 1, tool: 'self-assessment', exportedAt: '2026-11-24T10:00:00Z', locale: 'en', data: data(everyone.slice(1), version) });
    const context = await browser.newContext({ viewport: { width: 1366, height: 900 } });
    await context.addInitScript((value) => localStorage.setItem('kam:tool:self-assessment', value), stored);
    const page = await context.newPage();
    const times = [];
    for (let run = 0; run < runs; run += 1) {
      await page.goto(`${origin}/en/tools/self-assessment/`);
      await page.waitForFunction(() => document.querySelectorAll('astro-island[ssr]').length === 0 && document.querySelectorAll('.sa-respondents tbody tr').length === 1, null, { timeout: 60_000 });
      await page.evaluate(() => document.querySelector('#sa-import-files')?.scrollIntoView({ block: 'center' }));
      times.push(await page.evaluate(timeImport, { text: file, rows: size }));
    }
    await context.close();
    const sorted = [...times].sort((a, b) => a - b);
    rows.push({ size, median: sorted[Math.floor(sorted.length / 2)], worst: sorted[sorted.length - 1] });
  }
  return rows;
}

export function printSelfAssessment(rows, runs) {
  if (!rows) return;
  console.log(`\nSelf-assessment in Chromium, ${runs} runs each: milliseconds, median / worst\n`);
  console.log('| respondents | colleagues’ file chosen → comparison painted |');
  console.log('|---:|---:|');
  for (const row of rows) console.log(`| ${row.size} | ${row.median.toFixed(0)} / ${row.worst.toFixed(0)} |`);
}
