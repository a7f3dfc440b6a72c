// The built pages, found from the build output (shared by the build report and the e2e tests).
import { readdir } from 'node:fs/promises';
import { join } from 'node:path';

export const DIST = 'dist';

export async function listHtmlPages(dir = DIST) {
  const found = [];
  for (const entry of await readdir(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) {
      if (entry.name !== 'pagefind' && entry.name !== '_astro') found.push(...(await listHtmlPages(path)));
    } else if (entry.name.endsWith('.html')) found.push(path);
  }
  return found.sort();
}

/** "en/modules/kaism/index.html" → "module"; the kinds of page the report and tests talk about. */
export function pageType(relativePath) {
  const parts = relativePath.replace(/index\.html$/, '').split('/').filter(Boolean);
  if (relativePath === '404.html' || parts[1] === '404') return 'not-found';
  if (parts.length === 0) return 'chooser';
  if (parts.length === 1) return 'home';
  const [, section, item] = parts;
  if (section === 'modules') return item ? 'module' : 'module-list';
  if (section === 'tools') return item ? `tool:${item}` : 'tool-list';
  return section;
}
