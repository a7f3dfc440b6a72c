import { test, expect, type Page } from '@playwright/test';
import { builtPages, ui } from './helpers';

// No page scrolls sideways on a 360-pixel phone, in any locale. One browser page per worker visits
// every built page (no axe here: pages.spec.ts does that), so the sweep stays fast.


/**
 * How far the page scrolls sideways, and the elements that cause it: those sticking out of the
 * viewport while their parent does not (inside a scroll container nothing counts).
 */
async function overflow(page: Page) {
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

let page: Page;
test.beforeAll(async ({ browser }) => {
  page = await browser.newPage({ viewport: { width: 360, height: 780 } });
});
test.afterAll(async () => {
  await page.close();
});

async function expectNoSidewaysScroll(path: string) {
  const measured = await overflow(page);
  expect(measured.scrollWidth, `${path} is ${measured.scrollWidth} px wide at ${measured.width} px: ${measured.culprits.join(', ')}`).toBeLessThanOrEqual(measured.width);
}

for (const path of builtPages()) {
  test(`360 px: ${path} does not scroll sideways`, async () => {
    await page.goto(path === '/' ? '/?choose' : path);
    // Tool pages render their islands on the client: measure what the visitor finally sees.
    await page.waitForFunction(() => document.querySelectorAll('astro-island[ssr]').length === 0);
    await expectNoSidewaysScroll(path);
  });
}

for (const locale of ['en', 'ar', 'fa', 'zh', 'it'] as const) {
  test(`360 px: /${locale}/tools/kaism/ with the example loaded does not scroll sideways`, async () => {
    await page.goto(`/${locale}/tools/kaism/`);
    await page.evaluate(() => localStorage.clear());
    await page.reload();
    await page.waitForFunction(() => document.querySelectorAll('astro-island[ssr]').length === 0);
    await page.getByRole('button', { name: ui(locale, 'kaism.example'), exact: true }).click();
    await expectNoSidewaysScroll(`/${locale}/tools/kaism/ (example)`);
  });
}
