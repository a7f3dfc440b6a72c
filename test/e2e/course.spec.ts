import { test, expect, type Page } from '@playwright/test';
import { counted, expectNoAxeViolations, openTool, ui } from './helpers';
import { MODULE_SLUGS } from '../../src/domain/tools';

const PROGRESS = 'kam:tool:progress';
const PASSED_AT = '2026-11-20T09:30:00.000Z';

/** Every quiz passed, as the module pages record it; `unscored` were passed before scores were kept. */
async function seedAllPassed(page: Page, unscored: readonly string[] = []) {
  const quiz = Object.fromEntries(MODULE_SLUGS.filter((slug) => !unscored.includes(slug)).map((slug) => [slug, { score: 3, total: 4, passedAt: PASSED_AT }]));
  const envelope = { v: 2, savedAt: PASSED_AT, rev: 20, data: { opened: [...MODULE_SLUGS], passed: [...MODULE_SLUGS], quiz } };
  await page.evaluate(([key, value]) => localStorage.setItem(key!, value!), [PROGRESS, JSON.stringify(envelope)]);
}

const formControls = (page: Page) => page.locator('input:visible, textarea:visible, button:visible, select:visible');

test('a quiz answered on its page shows on My workbook with its first-try score and date', async ({ page }) => {
  await page.goto('/en/modules/why-kam/');
  const questions = page.locator('.quiz-question');
  const total = await questions.count();
  // The first question answered wrongly first: it does not count towards the score.
  await questions.first().locator('input:not([data-correct])').first().check();
  for (let i = 0; i < total; i += 1) await questions.nth(i).locator('input[data-correct]').check();
  await expect(page.locator('[data-result]')).toContainText('quiz passed');

  await openTool(page, '/en/workbook/');
  const course = page.getByRole('region', { name: 'Course' });
  const row = course.getByRole('row', { name: /Why key account management/ });
  await expect(row).toContainText('Quiz passed');
  await expect(row).toContainText(`${total - 1} of ${total}`);
  await expect(row).toContainText(new Intl.DateTimeFormat('en', { dateStyle: 'long' }).format(new Date()));
  await expect(course.getByRole('row', { name: /KAISM/ })).toContainText('Not taken yet');
  await expect(course).toContainText(counted('en', 'workbook.course.remaining', 9));
  await expect(page.getByRole('button', { name: 'Print course summary' })).toHaveCount(0);
  await expectNoAxeViolations(page, 'workbook, course under way');
});

test('progress saved before scores (version 1) still shows, without invented scores or dates', async ({ page }) => {
  await page.goto('/en/workbook/');
  await page.evaluate((key) => localStorage.setItem(key, JSON.stringify({ v: 1, savedAt: '2026-01-01T00:00:00.000Z', rev: 3, data: { opened: ['what-is-kam', 'kaism'], passed: ['what-is-kam'] } })), PROGRESS);
  await openTool(page, '/en/workbook/');
  const row = page.getByRole('row', { name: /What is key account management/ });
  await expect(row).toContainText('Quiz passed');
  await expect(row.getByRole('cell', { name: 'Not recorded' })).toHaveCount(2);
  await expect(page.getByRole('row', { name: /KAISM/ })).toContainText('Opened');
  await expect(page.locator('.notice.error')).toHaveCount(0);
});

for (const locale of ['en', 'ar'] as const) {
  test(`the capstone plan is kept as typed, and prints as the course summary with no form controls (${locale})`, async ({ page }) => {
    await page.goto(`/${locale}/workbook/`);
    await seedAllPassed(page, ['what-is-kam']);
    await openTool(page, `/${locale}/workbook/`);
    await page.getByLabel(ui(locale, 'workbook.capstone.learner')).fill('Dana Okafor');
    await page.getByLabel(ui(locale, 'io.field.customerType'), { exact: true }).fill('Analyzer: cost first, but builds a private label.');
    await page.getByLabel(ui(locale, 'io.field.kpis'), { exact: true }).fill('Share 30 % → 45 %\nOn-time delivery 98 %');
    await expect(page.locator('.capstone-form [role="status"]')).toContainText(ui(locale, 'storage.saved', { time: '' }).trim().split(' ')[0]!);
    await page.reload();
    await page.waitForFunction(() => document.querySelectorAll('astro-island[ssr]').length === 0);
    await expect(page.getByLabel(ui(locale, 'io.field.kpis'), { exact: true })).toHaveValue('Share 30 % → 45 %\nOn-time delivery 98 %');
    await expect(page.getByRole('button', { name: ui(locale, 'workbook.course.print') })).toBeVisible();
    await expectNoAxeViolations(page, `workbook, course complete (${locale})`);

    await page.emulateMedia({ media: 'print' });
    const summary = page.locator('.course-summary');
    await expect(summary).toBeVisible();
    await expect(summary).toContainText(ui(locale, 'workbook.print.title'));
    await expect(summary).toContainText('Dana Okafor');
    await expect(summary).toContainText('On-time delivery 98 %');
    await expect(summary).toContainText(ui(locale, 'workbook.print.disclaimer'));
    await expect(summary.getByRole('row')).toHaveCount(MODULE_SLUGS.length + 1);
    await expect(summary.getByRole('columnheader')).toHaveCount(3);
    await expect(summary.getByRole('cell', { name: ui(locale, 'workbook.course.notRecorded') })).toHaveCount(2);
    await expect(summary.locator('dd')).toHaveCount(8);
    await expect(formControls(page)).toHaveCount(0);
    // Nothing of the screen page prints besides the summary.
    await expect(page.locator('h1')).toBeHidden();
    await expect(page.getByRole('heading', { name: ui(locale, 'workbook.backups') })).toBeHidden();
    await page.pdf({ path: test.info().outputPath(`course-summary-${locale}.pdf`), format: 'A4' });
  });
}

test('before every quiz is passed, printing My workbook shows no summary and no form controls', async ({ page }) => {
  await openTool(page, '/fa/workbook/');
  await expect(page.getByText(counted('fa', 'workbook.course.remaining', 10, '۱۰'))).toBeVisible();
  await page.emulateMedia({ media: 'print' });
  await expect(page.locator('.course-summary')).toHaveCount(0);
  await expect(formControls(page)).toHaveCount(0);
});

test('the course section fits a 360-pixel screen in Arabic', async ({ page }) => {
  await page.setViewportSize({ width: 360, height: 800 });
  await page.goto('/ar/workbook/');
  await seedAllPassed(page);
  await openTool(page, '/ar/workbook/');
  await expect(page.getByRole('button', { name: ui('ar', 'workbook.course.print') })).toBeVisible();
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
  expect(overflow).toBeLessThanOrEqual(0);
  await page.screenshot({ path: test.info().outputPath('course-ar-360.png'), fullPage: true });
});
