import { test, expect, type Page } from '@playwright/test';
import { builtPages, expectNoAxeViolations, expectNoSidewaysScroll, RTL, watchPage } from './helpers';


const pages = builtPages();

const LOCALE_ORDER = ['en', 'ar', 'fa', 'zh', 'it'];
const MODULES = [...new Set(pages.filter((page) => /^\/en\/modules\/[^/]+\/$/.test(page)).map((page) => page.split('/')[3]))].sort();

const PAGE_TYPES = [...new Set(pages.filter((page) => page.startsWith('/en/') && !/^\/en\/modules\/[^/]+\/$/.test(page)).map((page) => page.slice(4)))].sort();

/**
 * Which pages axe checks. Axe takes two to eight seconds a page on this machine, and checking all
 * 97 would put the suite past its six minutes, so the pages of one template share the work: every
 * page type once left-to-right (English, Chinese, Italian in turn) and once right-to-left (Arabic,
 * Persian in turn); every module once, the five languages in turn (contrast: see contrastOn). Every page still gets the other checks below, and the dark
 * pass of design.spec.ts adds more.
 */
const LTR_TURN = ['en', 'zh', 'it'];
const RTL_TURN = ['ar', 'fa'];
function checkedByAxe(path: string): boolean {
  const [, locale = '', section, slug] = path.split('/');
  if (!LOCALE_ORDER.includes(locale)) return true;
  if (section === 'modules' && slug) return MODULES.indexOf(slug) % LOCALE_ORDER.length === LOCALE_ORDER.indexOf(locale);
  const type = PAGE_TYPES.indexOf(path.slice(locale.length + 2));
  return LTR_TURN[type % LTR_TURN.length] === locale || RTL_TURN[type % RTL_TURN.length] === locale;
}
// Contrast depends on colours and type sizes, which a template shares in every language and both
// directions: measured on every page type once (its left-to-right language) and on the modules in
// English and Arabic.
const contrastOn = (path: string) => {
  const locale = path.split('/')[1] ?? '';
  return /^\/\w+\/modules\/[^/]+\/$/.test(path) ? ['en', 'ar'].includes(locale) : !RTL_TURN.includes(locale);
};

test('axe checks every page type in both directions and every module once, in every language', () => {
  for (const type of PAGE_TYPES) {
    const checked = pages.filter((path) => path.endsWith(`/${type}`) && path.split('/').length === `/en/${type}`.split('/').length && checkedByAxe(path));
    expect(checked.map((path) => RTL_TURN.includes(path.split('/')[1] ?? '')).sort(), type).toEqual([false, true]);
  }
  const checked = pages.filter((path) => /^\/\w+\/modules\/[^/]+\/$/.test(path) && checkedByAxe(path));
  for (const slug of MODULES) expect(checked.filter((path) => path.split('/')[3] === slug), slug).toHaveLength(1);
  for (const locale of LOCALE_ORDER) expect(pages.filter((path) => path.startsWith(`/${locale}/`) && checkedByAxe(path)).length, locale).toBeGreaterThan(2);
});

test('the build has every page in every locale', () => {
  for (const locale of ['en', 'ar', 'fa', 'zh', 'it']) {
    const own = pages.filter((page) => page.startsWith(`/${locale}/`)).map((page) => page.slice(locale.length + 1));
    const english = pages.filter((page) => page.startsWith('/en/')).map((page) => page.slice(3));
    expect(own, locale).toEqual(english);
  }
  expect(pages.length).toBeGreaterThan(90);
});

/** The checks every page gets; one browser page walks a whole language, which costs a fraction of a fresh page per path. */
async function checkPage(page: Page, watched: ReturnType<typeof watchPage>, path: string) {
  watched.consoleErrors.length = 0;
  // The chooser sends visitors on to their language; here we look at the chooser itself.
  await page.goto(path === '/' ? '/?choose' : path);
  const locale = path.split('/')[1] ?? '';
  const html = page.locator('html');
  if (LOCALE_ORDER.includes(locale)) {
    await expect(html, path).toHaveAttribute('lang', locale === 'zh' ? 'zh-CN' : locale);
    await expect(html, path).toHaveAttribute('dir', RTL.has(locale) ? 'rtl' : 'ltr');
  } else {
    await expect(html, path).toHaveAttribute('lang', /.+/);
  }
  await expect(page.locator('h1'), path).toHaveCount(1);
  await expect(page.locator('meta[http-equiv="content-security-policy"]'), path).toHaveCount(1);
  await expect(page.locator('meta[name="referrer"]'), path).toHaveAttribute('content', 'no-referrer');
  // Only the search page fetches after load (its index); other pages are complete at load.
  await page.waitForLoadState(path.endsWith('/search/') ? 'networkidle' : 'load');
  // Tool pages render their islands on the client: measure what the visitor finally sees.
  await page.waitForFunction(() => document.querySelectorAll('astro-island[ssr]').length === 0);
  await expectNoSidewaysScroll(page, path);
  // The not-found page is served with status 404, which Chromium logs; nothing else may be.
  const errors = path.endsWith('404.html') || path.endsWith('/404/') ? watched.consoleErrors.filter((e) => !e.includes('status of 404')) : watched.consoleErrors;
  expect(errors, `console errors on ${path}`).toEqual([]);
  // Axe on the covering subset, in the same visit (see checkedByAxe and contrastOn).
  if (checkedByAxe(path)) await expectNoAxeViolations(page, `${path} at 360 px`, { contrast: contrastOn(path) });
}

for (const locale of [...LOCALE_ORDER, '']) {
  const own = pages.filter((path) => (locale ? path.startsWith(`/${locale}/`) : !LOCALE_ORDER.includes(path.split('/')[1] ?? '')));
  test(`every page in ${locale || 'no language (chooser, not found)'} on a 360-px phone: language, one heading, CSP, no console errors, no sideways scrolling, nothing leaves localhost, axe clean where checked`, async ({ page }) => {
    await page.setViewportSize({ width: 360, height: 780 });
    test.setTimeout(30_000 + own.length * 5_000);
    const watched = watchPage(page);
    for (const path of own) await checkPage(page, watched, path);
    expect(watched.foreignRequests, 'requests to other origins').toEqual([]);
  });
}
