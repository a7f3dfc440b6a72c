import { test, expect } from '@playwright/test';
import { LOCALES } from './helpers';

test('the quiz gives feedback per answer, and a passed quiz shows on the module list', async ({ page }) => {
  await page.goto('/en/modules/why-kam/');
  const questions = page.locator('.quiz-question');
  const count = await questions.count();
  expect(count).toBeGreaterThanOrEqual(3);
  // A wrong answer first: its feedback is shown and announced.
  const first = questions.first();
  await first.locator('input:not([data-correct])').first().check();
  await expect(first.locator('.quiz-feedback.is-wrong').first()).toBeVisible();
  await expect(first.locator('[role="status"]')).toContainText('Not quite.');
  for (let i = 0; i < count; i += 1) await questions.nth(i).locator('input[data-correct]').check();
  await expect(page.locator('[data-result]')).toContainText('quiz passed');
  await page.goto('/en/modules/');
  await expect(page.locator('[data-module="why-kam"] [data-status-text]')).toHaveText('Quiz passed');
  await expect(page.locator('[data-module="customer-types"] [data-status-text]')).toHaveText('Not opened yet');
  await expect(page.locator('#progress-summary')).toContainText('1 of 10 modules opened, 1 quizzes passed');
});

test('opening a module marks it opened in every locale', async ({ page }) => {
  await page.goto('/fa/modules/kaism/');
  await page.goto('/fa/modules/');
  await expect(page.locator('[data-module="kaism"] [data-status]')).toHaveAttribute('data-state', 'opened');
});

// A word in each language whose answer we know: the module that teaches it comes first.
const SEARCHES: Record<(typeof LOCALES)[number], { query: string; module: string }> = {
  en: { query: 'prospector', module: 'customer-types' },
  ar: { query: 'المستكشف', module: 'customer-types' },
  fa: { query: 'پاپیون', module: 'what-is-kam' },
  zh: { query: '防御型', module: 'customer-types' },
  it: { query: 'farfallino', module: 'what-is-kam' },
};

for (const locale of LOCALES) {
  test(`search in ${locale} finds the module that teaches “${SEARCHES[locale].query}” first, in ${locale} only`, async ({ page }) => {
    await page.goto(`/${locale}/search/?q=${encodeURIComponent(SEARCHES[locale].query)}`);
    const results = page.locator('#search-results li a');
    await expect(results.first()).toBeVisible({ timeout: 15_000 });
    const hrefs = await results.evaluateAll((links) => links.map((link) => (link as HTMLAnchorElement).pathname));
    expect(hrefs[0]).toBe(`/${locale}/modules/${SEARCHES[locale].module}/`);
    for (const href of hrefs) expect(href.startsWith(`/${locale}/`)).toBe(true);
  });
}

test('content pages load no search code until search is used', async ({ page }) => {
  const requested: string[] = [];
  page.on('request', (request) => requested.push(request.url()));
  await page.goto('/en/modules/kaism/');
  await page.waitForLoadState('networkidle');
  expect(requested.filter((url) => url.includes('pagefind'))).toEqual([]);
  expect(requested.filter((url) => url.endsWith('.js'))).toEqual([]);
});
