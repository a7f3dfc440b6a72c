import AxeBuilder from '@axe-core/playwright';
import { expect, type Page } from '@playwright/test';
import { readdirSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';

export const LOCALES = ['en', 'ar', 'fa', 'zh', 'it'] as const;
export const RTL = new Set(['ar', 'fa']);

/** Records console errors and every request that would leave localhost. */
export function watchPage(page: Page) {
  const consoleErrors: string[] = [];
  const foreignRequests: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'error') consoleErrors.push(message.text());
  });
  page.on('pageerror', (error) => consoleErrors.push(error.message));
  page.on('request', (request) => {
    const url = new URL(request.url());
    if (!['127.0.0.1', 'localhost'].includes(url.hostname) && !['data:', 'blob:'].includes(url.protocol)) foreignRequests.push(request.url());
  });
  return { consoleErrors, foreignRequests };
}

/** axe with WCAG 2.0, 2.1 and 2.2 A/AA rules and axe's best practices. */
export async function expectNoAxeViolations(page: Page, context = '', options: { contrast?: boolean } = {}) {
  const builder = new AxeBuilder({ page });
  if (options.contrast === false) builder.disableRules(['color-contrast']);
  const results = await builder
    .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'])
    // Our pages have no frames: legacy mode runs axe in the page itself instead of opening a second
    // page to merge frame results, which halves the time of the 100-page sweep.
    .setLegacyMode(true)
    .analyze();
  const summary = results.violations.map((v) => `${v.id}: ${v.nodes.length} × ${v.nodes[0]?.target.join(' ')} (${v.help})`);
  expect(summary, `axe violations ${context}`).toEqual([]);
}

import { DICTIONARIES, LOCALE_INFO } from '../../src/i18n';
import type { UIKey } from '../../src/i18n/ui/en';

/** A UI string as the page shows it, with `{placeholders}` filled. */
export function ui(locale: (typeof LOCALES)[number], key: UIKey, vars: Record<string, string> = {}): string {
  return (DICTIONARIES[locale][key] ?? key).replace(/\{(\w+)\}/g, (whole, name: string) => vars[name] ?? whole);
}

/** A counted UI string as the page shows it: the plural form the locale's rules pick for `count`. */
export function counted(locale: (typeof LOCALES)[number], key: string, count: number, shown: string = String(count)): string {
  const category = new Intl.PluralRules(LOCALE_INFO[locale].tag).select(count);
  const dictionary = DICTIONARIES[locale] as Record<string, string | undefined>;
  return (dictionary[`${key}.${category}`] ?? dictionary[`${key}.other`] ?? key).replace('{count}', shown);
}

/** Opens a page and waits until its islands have hydrated (Astro drops the `ssr` attribute then). */
export async function openTool(page: Page, path: string) {
  await page.goto(path);
  await page.waitForFunction(() => document.querySelectorAll('astro-island[ssr]').length === 0);
}

/** Every page of the build, found from the output rather than a hand-kept list. */
export function builtPages(dir = 'dist'): string[] {
  const pages: string[] = [];
  for (const name of readdirSync(dir)) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) {
      if (name !== 'pagefind' && name !== '_astro') pages.push(...builtPages(path));
    } else if (name.endsWith('.html')) pages.push('/' + relative('dist', path).replace(/index\.html$/, ''));
  }
  return pages.sort();
}

/**
 * How far the page scrolls sideways, and the elements that cause it: those sticking out of the
 * viewport while their parent does not (inside a scroll container nothing counts).
 */
export async function overflow(page: Page) {
  return page.evaluate(() => {
    const width = window.innerWidth;
    const sticksOut = (el: Element) => {
      const box = el.getBoundingClientRect();
      return box.width > 0 && (box.right > width + 1 || box.left < -1);
    };
    const scrolls = (el: Element) => ['auto', 'scroll', 'hidden', 'clip'].includes(getComputedStyle(el).overflowX);
    const culprits: string[] = [];
    for (const el of document.body.querySelectorAll('*')) {
      if (!sticksOut(el) || (el.parentElement && el.parentElement !== document.body && sticksOut(el.parentElement))) continue;
      let inScroller = false;
      for (let up = el.parentElement; up && up !== document.body; up = up.parentElement) if (scrolls(up)) inScroller = true;
      if (inScroller) continue;
      const box = el.getBoundingClientRect();
      const name = `${el.tagName.toLowerCase()}${el.id ? `#${el.id}` : ''}${[...el.classList].map((c) => `.${c}`).join('')}`;
      culprits.push(`${name} [${Math.round(box.left)}…${Math.round(box.right)}]`);
    }
    return { scrollWidth: document.documentElement.scrollWidth, width, culprits: culprits.slice(0, 6) };
  });
}

/** No sideways scrolling: the page is no wider than the viewport, or the culprits are named. */
export async function expectNoSidewaysScroll(page: Page, path: string) {
  const measured = await overflow(page);
  expect(measured.scrollWidth, `${path} is ${measured.scrollWidth} px wide at ${measured.width} px: ${measured.culprits.join(', ')}`).toBeLessThanOrEqual(measured.width);
}
