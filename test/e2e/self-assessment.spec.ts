import { test, expect, type Page } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { load } from 'js-yaml';
import { expectNoAxeViolations, openTool, ui, watchPage } from './helpers';
import { LOCALE_INFO } from '../../src/i18n/locales';
import { scoreResponse } from '../../src/domain/questionnaire/score';
import type { Answer } from '../../src/domain/questionnaire/answers';

type Locale = 'en' | 'ar' | 'fa' | 'zh' | 'it';
const bank = load(readFileSync('content/instruments/self-assessment.yaml', 'utf8')) as {
  dimensions: Array<{ id: string }>;
  levels: string[];
  sections: Array<{ id: string; items: Array<{ id: string; dimension: string; level: string }> }>;
  text: Record<Locale, { scale: { names: string[] }; dimensions: Record<string, { name: string }> }>;
};
const items = bank.sections.flatMap((section) => section.items);

/** The answers the tests give: the first statement not applicable, the second don't know, then levels 1-5 in turn. */
const plan = (index: number): Answer => (index === 0 ? 'na' : index === 1 ? 'unknown' : ((index % 5) + 1));
const planned = Object.fromEntries(items.map((item, index) => [item.id, plan(index)]));
const expected = scoreResponse({ ...bank, points: 5 }, planned);
const number = (locale: Locale, value: number, digits = 0) => new Intl.NumberFormat(LOCALE_INFO[locale].tag, { maximumFractionDigits: digits }).format(value);

/** Presses Tab until the focused element matches, as a keyboard user would; fails after 30 presses. */
async function tabTo(page: Page, matches: (element: Element) => boolean, what: string) {
  for (let presses = 0; presses < 30; presses += 1) {
    await page.keyboard.press('Tab');
    if (await page.evaluate(`(${matches.toString()})(document.activeElement)`)) return;
  }
  throw new Error(`Tab never reached ${what}`);
}

/** Tab into the statement's radio group and pick an answer with Space and the arrow keys. */
async function answerByKeyboard(page: Page, item: string, answer: Answer) {
  const name = `sa-${item}`;
  await tabTo(page, new Function('element', `return element?.getAttribute('name') === ${JSON.stringify(name)}`) as (element: Element) => boolean, name);
  await page.keyboard.press('Space');
  const position = answer === 'na' ? 5 : answer === 'unknown' ? 6 : answer - 1;
  for (let step = 0; step < position; step += 1) await page.keyboard.press('ArrowDown');
}

async function startByKeyboard(page: Page, locale: Locale) {
  await page.getByLabel(ui(locale, 'sa.company')).focus();
  await page.keyboard.type('Nordpack');
  await page.keyboard.press('Tab');
  await page.keyboard.type('Dana Okafor');
  await page.keyboard.press('Tab');
  await page.keyboard.type('KAM');
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { name: ui(locale, 'sa.questions'), exact: true })).toBeFocused();
}

async function answerStep(page: Page, locale: Locale, step: number, axe: boolean) {
  const section = bank.sections[step]!;
  await expect(page.locator('.q-step-of')).toHaveText(ui(locale, 'questionnaire.stepOf', { n: number(locale, step + 1), total: number(locale, bank.sections.length) }));
  if (axe) await expectNoAxeViolations(page, `${locale} step ${step + 1}`);
  for (const item of section.items) await answerByKeyboard(page, item.id, planned[item.id]!);
  const last = step === bank.sections.length - 1;
  const next = ui(locale, last ? 'sa.toResults' : 'questionnaire.next');
  await tabTo(page, new Function('element', `return element?.textContent?.trim() === ${JSON.stringify(next)}`) as (element: Element) => boolean, next);
  await page.keyboard.press('Enter');
}

for (const locale of ['en', 'fa'] as const) {
  // Every step is one template with other words: axe checks the first, a middle and the last step
  // in English, and the first and last (right to left) in Persian.
  test(`answers the whole assessment by keyboard alone in ${locale}, axe clean on the steps and on the results`, async ({ page }) => {
    test.setTimeout(120_000);
    const watched = watchPage(page);
    await openTool(page, `/${locale}/tools/self-assessment/`);
    await expectNoAxeViolations(page, `${locale} start`);
    // The name is asked first: the form says so next to the field.
    await page.getByRole('button', { name: ui(locale, 'sa.start') }).click();
    await expect(page.getByRole('alert').filter({ hasText: ui(locale, 'sa.name.required') })).toBeVisible();
    await expect(page.getByLabel(ui(locale, 'sa.name'))).toBeFocused();
    await startByKeyboard(page, locale);

    const last = bank.sections.length - 1;
    for (let step = 0; step <= last; step += 1) await answerStep(page, locale, step, step === 0 || step === last || (locale === 'en' && step === Math.floor(last / 2)));
    await expect(page.getByRole('heading', { name: ui(locale, 'sa.results'), exact: true })).toBeFocused();
    const total = number(locale, items.length);
    await expect(page.locator('.progress-text')).toHaveText(ui(locale, 'questionnaire.progress.text', { answered: total, total }));

    // The results: the overall level and each dimension's score, in the page's digits.
    const level = expected.overallLevel!;
    await expect(page.locator('.sa-level')).toHaveText(
      ui(locale, 'sa.overall.level', { level: number(locale, level), max: number(locale, 5), name: bank.text[locale].scale.names[level - 1]! }),
    );
    const scores = page.locator('.sa-scores');
    for (const { id } of bank.dimensions) {
      const row = scores.getByRole('row', { name: new RegExp(`^${bank.text[locale].dimensions[id]!.name}`) });
      const score = expected.byDimension[id]!.score;
      await expect(row.locator('td.all')).toHaveText(score === null ? ui(locale, 'sa.tooFew') : number(locale, score, 1));
    }
    if (locale === 'fa') await expect(page.locator('.progress-text')).toContainText('۲۶');
    // Not applicable and don't know are counted apart.
    await expect(page.locator('.sa-count-list')).toContainText(`${ui(locale, 'questionnaire.na')}${number(locale, 1)}`);

    // A target per dimension: the gap and the progress to target follow.
    await page.getByLabel(ui(locale, 'sa.target.label', { dimension: bank.text[locale].dimensions['strategy']!.name })).selectOption('5');
    await expect(page.locator('.sa-to-target')).toContainText(ui(locale, 'sa.toTarget', { percent: '' }).trim());
    await expect(page.locator('.radar-legend li')).toHaveCount(2);
    await expectNoAxeViolations(page, `${locale} results`);
    expect(watched.consoleErrors).toEqual([]);
    expect(watched.foreignRequests).toEqual([]);
  });
}

test('resumes where the user stopped after a reload, and exports the whole assessment', async ({ page }) => {
  await openTool(page, '/en/tools/self-assessment/');
  await startByKeyboard(page, 'en');
  await answerStep(page, 'en', 0, false);
  const second = bank.sections[1]!.items[0]!;
  await answerByKeyboard(page, second.id, 4);
  await page.waitForTimeout(300);
  await page.reload();
  await page.waitForFunction(() => document.querySelectorAll('astro-island[ssr]').length === 0);
  // Back at the first step with an open statement, with the answers given.
  await expect(page.locator('.q-step-of')).toHaveText(ui('en', 'questionnaire.stepOf', { n: '2', total: String(bank.sections.length) }));
  await expect(page.locator(`input[name="sa-${second.id}"][value="4"]`)).toBeChecked();
  const answered = bank.sections[0]!.items.length + 1;
  await expect(page.locator('.progress-text')).toHaveText(ui('en', 'questionnaire.progress.text', { answered: String(answered), total: String(items.length) }));
  // Free navigation: back to the first step and its answers.
  await page.getByRole('button', { name: /Previous/ }).click();
  await expect(page.locator(`input[name="sa-${bank.sections[0]!.items[2]!.id}"][value="${planned[bank.sections[0]!.items[2]!.id]}"]`)).toBeChecked();

  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: ui('en', 'io.export') }).click();
  const file = await download;
  expect(file.suggestedFilename()).toMatch(/^kam-self-assessment-\d{4}-\d{2}-\d{2}\.json$/);
  const json = JSON.parse(readFileSync((await file.path())!, 'utf8'));
  expect(json).toMatchObject({ format: 'kam-workbook', tool: 'self-assessment', version: 1, locale: 'en' });
  expect(json.data.company).toBe('Nordpack');
  const [respondent] = json.data.rounds[0].respondents;
  expect(respondent).toMatchObject({ name: 'Dana Okafor', role: 'KAM' });
  expect(Object.keys(respondent.answers)).toHaveLength(answered);
});

for (const locale of ['en', 'ar', 'zh'] as const) {
  test(`prints a report in ${locale}: company, respondent, date, radar, table and recommendations, no form controls`, async ({ page }) => {
    await openTool(page, `/${locale}/tools/self-assessment/`);
    await page.evaluate((data) => localStorage.setItem('kam:tool:self-assessment', JSON.stringify({ v: 1, savedAt: new Date().toISOString(), rev: 1, data })), {
      company: 'Nordpack',
      rounds: [{ id: 'r1', date: '2026-11-20', bank: 1, respondents: [{ id: 'p1', name: 'Dana Okafor', role: 'KAM', answeredOn: '2026-11-21', answers: planned }] }],
      current: 'r1',
      self: 'p1',
      targets: { strategy: 5 },
      hidden: [],
    });
    await page.reload();
    await page.waitForFunction(() => document.querySelectorAll('astro-island[ssr]').length === 0);
    await expect(page.locator('.sa-scores')).toBeVisible();
    const png = page.waitForEvent('download');
    await page.getByRole('button', { name: ui(locale, 'radar.png') }).click();
    expect((await png).suggestedFilename()).toMatch(/^kam-self-assessment-\d{4}-\d{2}-\d{2}\.png$/);
    await page.emulateMedia({ media: 'print' });
    await expect(page.locator('input:visible, button:visible, select:visible, textarea:visible')).toHaveCount(0);
    const heading = page.locator('.report-heading');
    await expect(heading).toContainText('Nordpack');
    await expect(heading).toContainText('Dana Okafor');
    await expect(page.locator('.radar-chart canvas')).toBeVisible();
    await expect(page.locator('.sa-scores')).toBeVisible();
    await expect(page.locator('.sa-recommendations li').first()).toBeVisible();
    await expect(page.locator('.questionnaire')).toBeHidden();
  });
}
