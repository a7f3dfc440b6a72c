import { test, expect, type Page } from '@playwright/test';
import { builtPages, expectNoAxeViolations, RTL, watchPage } from './helpers';


const pages = builtPages();

const LOCALE_ORDER = ['en', 'ar', 'fa', 'zh', 'it'];
const MODULES = [...new Set(pages.filter((page) => /^\/en\/modules\/[^/]+\/$/.test(page)).map((page) => page.split('/')[3]))].sort();

const PAGE_TYPES = [...new Set(pages.filter((page) => page.startsWith('/en/') && !/^\/en\/modules\/[^/]+\/$/.test(page)).map((page) => page.slice(4)))].sort();

/**
 * Which pages axe checks. Axe takes two to five seconds a page on this machine, and checking all
 * 97 would put the suite past its six minutes, so the pages of one template share the work: every
 * page type in English and Arabic (both directions) and in one of Persian, Chinese and Italian in
 * turn; each module in two languages, rotating so that every language is checked on four modules.
 * Every page still gets the other checks below, and the dark pass of design.spec.ts adds more.
 */
function checkedByAxe(path: string): boolean {
  const [, locale = '', section, slug] = path.split('/');
  const at = LOCALE_ORDER.indexOf(locale);
  if (at < 0) return true;
  if (section === 'modules' && slug) return (MODULES.indexOf(slug) + at) % LOCALE_ORDER.length < 2;
  if (locale === 'en' || locale === 'ar') return true;
  return (PAGE_TYPES.indexOf(path.slice(locale.length + 2)) + at) % 3 === 0;
}

test('axe checks every page type in three languages and every module in two, in every language', () => {
  for (const type of PAGE_TYPES) expect(pages.filter((path) => path.endsWith(`/${type}`) && path.split('/').length === `/en/${type}`.split('/').length && checkedByAxe(path)), type).toHaveLength(3);
  const checked = pages.filter((path) => /^\/\w+\/modules\/[^/]+\/$/.test(path) && checkedByAxe(path));
  for (const slug of MODULES) expect(checked.filter((path) => path.split('/')[3] === slug), slug).toHaveLength(2);
  for (const locale of LOCALE_ORDER) expect(checked.filter((path) => path.startsWith(`/${locale}/`)), locale).toHaveLength(4);
  expect(checked.some((path) => path.startsWith('/ar/') || path.startsWith('/fa/'))).toBe(true);
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
  // The not-found page is served with status 404, which Chromium logs; nothing else may be.
  const errors = path.endsWith('404.html') || path.endsWith('/404/') ? watched.consoleErrors.filter((e) => !e.includes('status of 404')) : watched.consoleErrors;
  expect(errors, `console errors on ${path}`).toEqual([]);
}

for (const locale of [...LOCALE_ORDER, '']) {
  const own = pages.filter((path) => (locale ? path.startsWith(`/${locale}/`) : !LOCALE_ORDER.includes(path.split('/')[1] ?? '')));
  test(`every page in ${locale || 'no language (chooser, not found)'}: language, one heading, CSP, no console errors, nothing leaves localhost`, async ({ page }) => {
    test.setTimeout(30_000 + own.length * 5_000);
    const watched = watchPage(page);
    for (const path of own) await checkPage(page, watched, path);
    expect(watched.foreignRequests, 'requests to other origins').toEqual([]);
  });
}

for (const path of pages.filter(checkedByAxe)) {
  test(`axe: ${path}`, async ({ page }) => {
    await page.goto(path === '/' ? '/?choose' : path);
    await page.waitForLoadState(path.endsWith('/search/') ? 'networkidle' : 'load');
    // Contrast depends on the colours and type sizes, which one template shares in every language:
    // it is measured in English and Arabic (both directions), the rest of axe everywhere. It is half
    // of axe's time on a page.
    const locale = path.split('/')[1] ?? '';
    await expectNoAxeViolations(page, path, { contrast: !['fa', 'zh', 'it'].includes(locale) });
  });
}
