import { readFileSync, readdirSync } from 'node:fs';
import { test, expect, type Page } from '@playwright/test';
import { load as parseYaml } from 'js-yaml';
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
  // Feedback that starts with the page's own verdict is not announced as "Correct. Correct.".
  const second = questions.nth(1);
  await second.locator('input[data-correct]').check();
  await expect(second.locator('[role="status"]')).toHaveText(/^Correct\. \S/);
  await expect(second.locator('[role="status"]')).not.toHaveText(/^Correct\.\s*(Correct|Right)\b/);
  for (let i = 0; i < count; i += 1) await questions.nth(i).locator('input[data-correct]').check();
  await expect(page.locator('[data-result]')).toContainText('quiz passed');
  // Changing an answer to a wrong one takes the pass announcement back (the pass stays recorded).
  await first.locator('input:not([data-correct])').first().check();
  await expect(page.locator('[data-result]')).toBeEmpty();
  await page.goto('/en/modules/');
  await expect(page.locator('[data-module="why-kam"] [data-status-text]')).toHaveText('Quiz passed');
  await expect(page.locator('[data-module="customer-types"] [data-status-text]')).toHaveText('Not opened yet');
  await expect(page.locator('#progress-summary')).toHaveText('1 of 10 modules opened, 1 quiz passed');
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

/** Each module's own title, per locale, from its frontmatter. */
function moduleTitles(locale: string): { slug: string; title: string }[] {
  const folder = `content/modules/${locale}`;
  return readdirSync(folder)
    .filter((file) => file.endsWith('.mdx'))
    .map((file) => {
      const frontmatter = /^---\n([\s\S]*?)\n---/.exec(readFileSync(`${folder}/${file}`, 'utf8'))?.[1] ?? '';
      return { slug: file.replace(/\.mdx$/, ''), title: String((parseYaml(frontmatter) as { title: string }).title) };
    });
}

async function search(page: Page, query: string): Promise<string[]> {
  await page.getByRole('searchbox').fill(query);
  await page.getByRole('searchbox').press('Enter');
  // The status names the query once the results are in.
  await expect(page.locator('#search-status')).toContainText(query, { timeout: 15_000 });
  return page.locator('#search-results li a').evaluateAll((links) => links.map((link) => (link as HTMLAnchorElement).pathname));
}

for (const locale of LOCALES) {
  test(`searching a module's own title in ${locale} finds that module first`, async ({ page }) => {
    await page.goto(`/${locale}/search/`);
    const misses: string[] = [];
    for (const { slug, title } of moduleTitles(locale)) {
      const hrefs = await search(page, title);
      if (hrefs[0] !== `/${locale}/modules/${slug}/`) misses.push(`${title} → ${hrefs.slice(0, 3).join(', ')}`);
    }
    expect(misses).toEqual([]);
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

// The module list on a fresh profile, after opening a module and after passing its quiz.
const LIST_STEPS = {
  en: {
    status: ['Not opened yet', 'Opened', 'Quiz passed'],
    summary: ['0 of 10 modules opened, 0 quizzes passed', '1 of 10 modules opened, 0 quizzes passed', '1 of 10 modules opened, 1 quiz passed'],
  },
  ar: {
    status: ['لم تُفتح بعد', 'فُتحت', 'اجتزت الاختبار'],
    summary: [
      'لم يتم فتح أي وحدة من أصل 10، لم يتم اجتياز أي اختبار',
      'تم فتح وحدة واحدة من أصل 10، لم يتم اجتياز أي اختبار',
      'تم فتح وحدة واحدة من أصل 10، تم اجتياز اختبار واحد',
    ],
  },
} as const;

for (const locale of ['en', 'ar'] as const) {
  test(`the module list shows progress and counts it correctly in ${locale}, with no script file`, async ({ page }) => {
    const scripts: string[] = [];
    page.on('request', (request) => {
      if (request.resourceType() === 'script') scripts.push(request.url());
    });
    const { status, summary } = LIST_STEPS[locale];
    const list = `/${locale}/modules/`;
    const state = page.locator('[data-module="why-kam"] [data-status-text]');
    await page.goto(list);
    await expect(state).toHaveText(status[0]);
    await expect(page.locator('#progress-summary')).toHaveText(summary[0]);

    await page.goto(`/${locale}/modules/why-kam/`);
    await page.goto(list);
    await expect(state).toHaveText(status[1]);
    await expect(page.locator('#progress-summary')).toHaveText(summary[1]);

    await page.goto(`/${locale}/modules/why-kam/`);
    const questions = page.locator('.quiz-question');
    for (let i = 0; i < (await questions.count()); i += 1) await questions.nth(i).locator('input[data-correct]').check();
    await page.goto(list);
    await expect(state).toHaveText(status[2]);
    await expect(page.locator('#progress-summary')).toHaveText(summary[2]);
    // Everything the module list and module pages run is inline: the build report holds them under 1 KB.
    expect(scripts).toEqual([]);
  });
}

test('the module list shows no progress, and keeps the data, when saved progress is from a newer version', async ({ page }) => {
  const saved = JSON.stringify({ v: 99, savedAt: '2030-01-01T00:00:00.000Z', rev: 3, data: { modules: {} } });
  await page.goto('/en/');
  await page.evaluate((value) => localStorage.setItem('kam:tool:progress', value), saved);
  await page.goto('/en/modules/');
  await expect(page.locator('#progress-summary')).toBeEmpty();
  await page.goto('/en/modules/why-kam/');
  expect(await page.evaluate(() => localStorage.getItem('kam:tool:progress'))).toBe(saved);
});
