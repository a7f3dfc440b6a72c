// Every link, script, stylesheet and image in the built HTML must point at a file in the build
// (and only at this origin): the check that a sub-path build works without a browser.
import { readFile } from 'node:fs/promises';
import { existsSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { listHtmlPages } from './site-pages.mjs';

const [dir = 'dist', base = '/'] = process.argv.slice(2);
const pages = await listHtmlPages(dir);
const problems = [];
let checked = 0;

function target(pagePath, url) {
  const resolved = new URL(url, `http://site${pagePath}`);
  if (resolved.host !== 'site') return { external: true };
  let path = decodeURIComponent(resolved.pathname);
  if (!path.startsWith(base)) return { outsideBase: path };
  path = path.slice(base.length);
  const file = join(dir, path);
  if (existsSync(file) && statSync(file).isFile()) return { file };
  if (existsSync(join(file, 'index.html'))) return { file: join(file, 'index.html') };
  return { missing: path };
}

for (const page of pages) {
  const html = await readFile(page, 'utf8');
  const pagePath = base + page.slice(dir.length + 1).replace(/index\.html$/, '');
  for (const match of html.matchAll(/\s(href|src|component-url|renderer-url)="([^"]*)"/g)) {
    const url = match[2];
    if (!url || url.startsWith('#') || url.startsWith('data:') || url.startsWith('blob:')) continue;
    if (/^https?:\/\//.test(url) && match[1] === 'href' && /rel="(canonical|alternate)"/.test(html.slice(html.lastIndexOf('<', match.index), match.index + 200))) continue;
    checked += 1;
    const result = target(pagePath, url);
    if (result.external) problems.push(`${page}: points to another origin: ${url}`);
    else if (result.outsideBase) problems.push(`${page}: ${url} is outside the base path ${base}`);
    else if (result.missing) problems.push(`${page}: ${url} → no such file`);
  }
}

console.log(`[links] ${pages.length} pages, ${checked} links and assets checked under ${base}`);
if (problems.length) {
  console.error(problems.slice(0, 40).join('\n'));
  console.error(`[links] ${problems.length} problems`);
  process.exit(1);
}
