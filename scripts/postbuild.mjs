// After `astro build`: index the site with pagefind, then report what each page type loads.
import { readFile, writeFile, mkdir } from 'node:fs/promises';
import { existsSync } from 'node:fs';
import { join, dirname, relative, posix } from 'node:path';
import { gzipSync } from 'node:zlib';
import * as pagefind from 'pagefind';
import { listHtmlPages, pageType, DIST } from './site-pages.mjs';

// Budgets from the project brief, in bytes of gzip.
const BUDGETS = { content: 1024, tool: 90 * 1024 };
// Pages that teach or navigate. The module list is one: it reads saved progress with the small
// inline reader the module pages share (src/domain/storage/progress-beacon.ts), not the storage module.
const CONTENT_TYPES = new Set(['module', 'module-list', 'glossary', 'home', 'tool-list', 'trainers', 'not-found', 'chooser']);

async function buildSearchIndex() {
  const { index, errors } = await pagefind.createIndex({});
  if (!index) throw new Error(`pagefind: ${errors.join('; ')}`);
  const added = await index.addDirectory({ path: DIST });
  if (added.errors.length) throw new Error(`pagefind: ${added.errors.join('; ')}`);
  await index.writeFiles({ outputPath: join(DIST, 'pagefind') });
  await pagefind.close();
  return added.page_count;
}

const gz = (text) => gzipSync(Buffer.from(text)).length;
const base = (process.env.KAM_BASE ?? '').replace(/^\/+|\/+$/g, '');

/** A URL path in the built HTML → the file in dist/. */
function fileOf(url) {
  let path = url.split(/[?#]/)[0];
  if (base && path.startsWith(`/${base}/`)) path = path.slice(base.length + 1);
  return join(DIST, path);
}

/** A module and everything it imports statically (what the browser fetches before it runs). */
async function moduleGraph(entryFile, seen = new Set()) {
  if (seen.has(entryFile) || !existsSync(entryFile)) return seen;
  seen.add(entryFile);
  const code = await readFile(entryFile, 'utf8');
  const staticImports = [...code.matchAll(/(?:^|[;\n}])\s*import\s*(?:[\w*{}\s,$]+from\s*)?["']([^"']+)["']/g)].map((m) => m[1]);
  for (const specifier of staticImports) {
    if (specifier.startsWith('.')) await moduleGraph(join(dirname(entryFile), specifier), seen);
    else if (specifier.startsWith('/')) await moduleGraph(fileOf(specifier), seen);
  }
  return seen;
}

async function measurePage(file) {
  const html = await readFile(file, 'utf8');
  let inline = '';
  const files = new Set();
  for (const match of html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/g)) {
    const attributes = match[1];
    const src = /\bsrc="([^"]+)"/.exec(attributes)?.[1];
    if (src) for (const f of await moduleGraph(fileOf(src))) files.add(f);
    else if (!/type="application\/(ld\+)?json"/.test(attributes)) inline += match[2];
  }
  // Islands: their component and renderer modules load at page load (client:load).
  for (const match of html.matchAll(/\b(?:component-url|renderer-url)="([^"]+)"/g)) {
    for (const f of await moduleGraph(fileOf(match[1]))) files.add(f);
  }
  let bundle = '';
  for (const f of files) bundle += await readFile(f, 'utf8');
  // Inline scripts travel inside the HTML, compressed together; modules are separate files.
  const jsRaw = Buffer.byteLength(inline) + Buffer.byteLength(bundle);
  const jsGzip = (inline ? gz(inline) : 0) + (bundle ? gz(bundle) : 0);
  let cssRaw = 0;
  let cssGzip = 0;
  let css = '';
  for (const match of html.matchAll(/<link\b[^>]*rel="stylesheet"[^>]*href="([^"]+)"/g)) css += await readFile(fileOf(match[1]), 'utf8');
  for (const match of html.matchAll(/<style\b[^>]*>([\s\S]*?)<\/style>/g)) css += match[1];
  cssRaw = Buffer.byteLength(css);
  cssGzip = css ? gz(css) : 0;
  return { jsRaw, jsGzip, cssRaw, cssGzip };
}

const kb = (bytes) => (bytes / 1024).toFixed(1);

async function main() {
  const pageCount = await buildSearchIndex();
  console.log(`[postbuild] pagefind indexed ${pageCount} pages`);
  const pages = await listHtmlPages();
  const byType = new Map();
  for (const file of pages) {
    const type = pageType(relative(DIST, file).split('\\').join(posix.sep));
    const sizes = await measurePage(file);
    const worst = byType.get(type);
    if (!worst || sizes.jsGzip > worst.jsGzip) byType.set(type, { type, page: relative(DIST, file), ...sizes, pages: (worst?.pages ?? 0) + 1 });
    else worst.pages += 1;
  }
  const rows = [...byType.values()].sort((a, b) => a.type.localeCompare(b.type));
  const problems = [];
  for (const row of rows) {
    row.budget = row.type.startsWith('tool:') ? BUDGETS.tool : CONTENT_TYPES.has(row.type) ? BUDGETS.content : null;
    if (row.budget !== null && row.jsGzip > row.budget) problems.push(`${row.type} loads ${kb(row.jsGzip)} KB of gzipped JavaScript (budget ${kb(row.budget)} KB)`);
  }
  console.log('\nJavaScript and CSS loaded at page load, largest page of each type (KB):');
  console.log('| page type | pages | JS raw | JS gzip | JS budget | CSS raw | CSS gzip | example |');
  console.log('|---|---:|---:|---:|---:|---:|---:|---|');
  for (const row of rows) {
    console.log(`| ${row.type} | ${row.pages} | ${kb(row.jsRaw)} | ${kb(row.jsGzip)} | ${row.budget === null ? '–' : kb(row.budget)} | ${kb(row.cssRaw)} | ${kb(row.cssGzip)} | ${row.page} |`);
  }
  await mkdir('reports', { recursive: true });
  await writeFile('reports/build-report.json', JSON.stringify({ generatedAt: new Date().toISOString(), pages: pages.length, types: rows }, null, 2));
  console.log(`\n[postbuild] ${pages.length} pages; report written to reports/build-report.json`);
  if (problems.length) {
    console.error(`[postbuild] over budget:\n- ${problems.join('\n- ')}`);
    process.exit(1);
  }
}

await main();
