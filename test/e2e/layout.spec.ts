import { test, type Page } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { load } from 'js-yaml';
import { expectNoSidewaysScroll, ui } from './helpers';

// No page scrolls sideways on a 360-pixel phone, in any locale: pages.spec.ts walks every built page
// at 360 px; here, the tools in the states a visitor brings them to.


let page: Page;
test.beforeAll(async ({ browser }) => {
  page = await browser.newPage({ viewport: { width: 360, height: 780 } });
});
test.afterAll(async () => {
  await page.close();
});


for (const locale of ['en', 'ar', 'fa', 'zh', 'it'] as const) {
  test(`360 px: /${locale}/tools/kaism/ with the example loaded does not scroll sideways`, async () => {
    await page.goto(`/${locale}/tools/kaism/`);
    await page.evaluate(() => localStorage.clear());
    await page.reload();
    await page.waitForFunction(() => document.querySelectorAll('astro-island[ssr]').length === 0);
    await page.getByRole('button', { name: ui(locale, 'kaism.example'), exact: true }).click();
    await expectNoSidewaysScroll(page, `/${locale}/tools/kaism/ (example)`);
  });
}

/** A company's assessment with three respondents who answered every statement: results and comparison both shown. */
function threeRespondents(): string {
  const bank = load(readFileSync('content/instruments/self-assessment.yaml', 'utf8')) as { sections: { items: { id: string }[] }[] };
  const items = bank.sections.flatMap((section) => section.items.map((item) => item.id));
  const person = (id: string, name: string, shift: number) => ({ id, name, role: 'Key account manager', answeredOn: '2026-11-27', answers: Object.fromEntries(items.map((item, k) => [item, ((k + shift) % 5) + 1])) });
  const data = { company: 'Nordpack', rounds: [{ id: 'r1', date: '2026-11-20', bank: 1, respondents: [person('p1', 'Dana Okafor', 0), person('p2', 'Luca Ferri', 2), person('p3', 'Mina Rahimi', 4)] }], current: 'r1', self: 'p1', targets: { strategy: 4 }, hidden: [] };
  return JSON.stringify({ v: 1, savedAt: '2026-11-28T10:00:00Z', rev: 1, data });
}

for (const locale of ['en', 'ar', 'zh'] as const) {
  test(`360 px: /${locale}/tools/self-assessment/ with three respondents' results and comparison does not scroll sideways`, async () => {
    await page.goto(`/${locale}/tools/self-assessment/`);
    await page.evaluate((stored) => localStorage.setItem('kam:tool:self-assessment', stored), threeRespondents());
    await page.reload();
    await page.waitForFunction(() => document.querySelectorAll('astro-island[ssr]').length === 0);
    await page.locator('#sa-comparison-title').waitFor();
    await expectNoSidewaysScroll(page, `/${locale}/tools/self-assessment/ (three respondents)`);
  });
}
