// `npm run shots`: looks at the built site in a minute. Serves dist/ with `astro preview` on a free
// port and writes screenshots of the main pages (every locale, 1366 and 390 px wide) and PDFs of one
// module and the KAISM tool (en, ar, zh) to shots/. It builds nothing: run `npm run build` first.
import { existsSync, mkdirSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { chromium } from '@playwright/test';
import { findChromium } from './ensure-chromium.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));
const LOCALES = ['en', 'ar', 'fa', 'zh', 'it'];
const PDF_LOCALES = ['en', 'ar', 'zh'];
const WIDTHS = [
  { width: 1366, height: 900 },
  { width: 390, height: 844 },
];
const PAGES = [
  ['home', ''],
  ['modules', 'modules/'],
  ['module-kaism', 'modules/kaism/'],
  ['tools', 'tools/'],
  ['tool-kaism', 'tools/kaism/'],
  ['glossary', 'glossary/'],
  ['workbook', 'workbook/'],
];

if (!existsSync(`${root}dist/en/index.html`)) {
  console.error('[shots] dist/ has no built site. Build it first with `npm run build`, then run `npm run shots` again.');
  process.exit(1);
}

/** A port nobody listens on right now. */
function freePort() {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });
}

/** Starts `astro preview` on this Node (npm's Node 26: Astro 7 needs 22.12+) and waits until it answers. */
async function startPreview(port) {
  const child = spawn(process.execPath, [`${root}node_modules/astro/bin/astro.mjs`, 'preview', '--port', String(port), '--host', '127.0.0.1'], {
    cwd: root,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  child.stdout.on('data', (chunk) => (output += chunk));
  child.stderr.on('data', (chunk) => (output += chunk));
  const exited = new Promise((resolve) => child.once('exit', resolve));
  for (let i = 0; i < 120; i++) {
    if (child.exitCode !== null) break;
    try {
      if ((await fetch(`http://127.0.0.1:${port}/en/`)).ok) return child;
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  child.kill();
  await exited;
  // Astro 7 refuses a second preview of the same project (for example while the e2e tests run).
  console.error(`[shots] astro preview did not start:\n${output.trim()}`);
  process.exit(1);
}

/** The "Load the example" label in each language, from the dictionaries (Node strips their types). */
async function exampleLabel(locale) {
  const module = await import(`${root}src/i18n/ui/${locale}.ts`);
  return module[locale]['kaism.example'];
}

async function loadExample(page, locale) {
  await page.waitForFunction(() => document.querySelectorAll('astro-island[ssr]').length === 0);
  await page.getByRole('button', { name: await exampleLabel(locale), exact: true }).click();
  await page.waitForTimeout(500); // the chart animates in
}

const port = await freePort();
const base = `http://127.0.0.1:${port}`;
const preview = await startPreview(port);
const written = [];
const executablePath = findChromium() ?? undefined;
const browser = await chromium.launch({ executablePath, args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync'] });

try {
  rmSync(`${root}shots`, { recursive: true, force: true });
  for (const locale of LOCALES) {
    mkdirSync(`${root}shots/${locale}`, { recursive: true });
    for (const viewport of WIDTHS) {
      // A fresh context per width: nothing saved by one run of the example leaks into the next.
      const context = await browser.newContext({ viewport, reducedMotion: 'reduce' });
      const page = await context.newPage();
      for (const [name, route] of PAGES) {
        await page.goto(`${base}/${locale}/${route}`, { waitUntil: 'load' });
        if (name === 'tool-kaism') await loadExample(page, locale);
        const file = `shots/${locale}/${name}-${viewport.width}.png`;
        await page.screenshot({ path: `${root}${file}`, fullPage: true });
        written.push(file);
      }
      await context.close();
    }
  }
  for (const locale of PDF_LOCALES) {
    const context = await browser.newContext({ reducedMotion: 'reduce' });
    const page = await context.newPage();
    for (const [name, route] of [
      ['module-kaism', 'modules/kaism/'],
      ['tool-kaism', 'tools/kaism/'],
    ]) {
      await page.goto(`${base}/${locale}/${route}`, { waitUntil: 'load' });
      if (name === 'tool-kaism') await loadExample(page, locale);
      const file = `shots/${locale}/${name}.pdf`;
      // preferCSSPageSize: the page size and margins come from print.css, as when a user prints.
      await page.pdf({ path: `${root}${file}`, preferCSSPageSize: true, printBackground: true });
      written.push(file);
    }
    await context.close();
  }
} finally {
  await browser.close();
  preview.kill();
}

console.log(`[shots] wrote ${written.length} files:`);
for (const file of written) console.log(`  ${file}`);
