import { test, expect, type Page } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { load } from 'js-yaml';
import { expectNoAxeViolations, openTool, ui, watchPage } from './helpers';
import type { Status } from '../../src/domain/readiness/model';

type Locale = 'en' | 'ar';
const bank = load(readFileSync('content/instruments/readiness.yaml', 'utf8')) as {
  sections: Array<{ id: string; items: Array<{ id: string }> }>;
  text: Record<Locale, { items: Record<string, { statement: string }>; scale: { names: string[] } }>;
};

/** Relevance done; feasibility done but resources partly (87.5 %, met); step 1 partly, the organisation not applicable: under way. */
const PLAN: Record<string, Status> = {
  'market-past': 'done',
  'market-present': 'done',
  'market-future': 'done',
  'customer-structure': 'done',
  competition: 'done',
  management: 'done',
  organisation: 'done',
  resources: 'partly',
  qualifications: 'done',
  'select-customers': 'partly',
  'evaluate-customers': 'not-yet',
  'advantages-benefits': 'not-yet',
  'objectives-strategies': 'not-yet',
  'kam-organisation': 'na',
};
/** Radio order in each group: not yet, partly, done, not applicable. */
const POSITION: Record<Status, number> = { 'not-yet': 0, partly: 1, done: 2, na: 3 };

/** Presses Tab until the focus is on an element matching the selector (and with that text, if given). */
async function tabTo(page: Page, selector: string, text?: string) {
  for (let presses = 0; presses < 40; presses += 1) {
    await page.keyboard.press('Tab');
    const found = await page.evaluate(
      ([css, words]) => Boolean(document.activeElement?.matches(css!) && (words === undefined || document.activeElement.textContent?.trim() === words)),
      [selector, text] as const,
    );
    if (found) return;
  }
  throw new Error(`Tab never reached ${selector} ${text ?? ''}`);
}

async function fillChecklist(page: Page, locale: Locale) {
  await page.getByLabel(ui(locale, 'rd.company')).focus();
  await page.keyboard.type('Nordpack');
  for (const [step, section] of bank.sections.entries()) {
    await expectNoAxeViolations(page, `${locale} checklist step ${step + 1}`);
    for (const { id } of section.items) {
      await tabTo(page, `input[name="rd-${id}"]`);
      await page.keyboard.press('Space');
      for (let move = 0; move < POSITION[PLAN[id]!]; move += 1) await page.keyboard.press('ArrowDown');
      if (id === 'resources') {
        await tabTo(page, '#rd-resources-owner');
        await page.keyboard.type('Dana Okafor');
        await tabTo(page, '#rd-resources-due');
        await page.keyboard.type('01152020');
        await tabTo(page, '#rd-resources-note');
        await page.keyboard.type('Budget for two managers');
      }
      if (id === 'select-customers') {
        await tabTo(page, '#rd-select-customers-due');
        await page.keyboard.type('06302099');
      }
    }
    const last = step === bank.sections.length - 1;
    const next = ui(locale, last ? 'rd.toResult' : 'questionnaire.next');
    await tabTo(page, '.q-pager button', next);
    await page.keyboard.press('Enter');
  }
  await expect(page.getByRole('heading', { name: ui(locale, 'rd.result'), exact: true })).toBeFocused();
}

for (const locale of ['en', 'ar'] as const) {
  test(`fills the checklist by keyboard in ${locale}; after a reload the verdict and the plan are shown, and print as a plan`, async ({ page }) => {
    test.setTimeout(120_000);
    const watched = watchPage(page);
    await openTool(page, `/${locale}/tools/readiness/`);
    await expectNoAxeViolations(page, `${locale} empty`);
    await fillChecklist(page, locale);
    await page.waitForFunction(() => (localStorage.getItem('kam:tool:readiness') ?? '').includes('2099-06-30'));
    await page.reload();
    await page.waitForFunction(() => document.querySelectorAll('astro-island[ssr]').length === 0);

    const items = bank.text[locale].items;
    await expect(page.locator('.rd-verdict-words strong')).toHaveText(ui(locale, 'rd.verdict.under-way'));
    await expect(page.locator('.rd-reasons')).toContainText(items['select-customers']!.statement);
    await expect(page.locator('.progress-text')).toHaveText(ui(locale, 'questionnaire.progress.text', { answered: '14', total: '14' }));
    // The plan: the overdue item first, said in words, then the dated one, then the rest in checklist order.
    const rows = page.locator('.rd-plan tbody tr');
    await expect(rows).toHaveCount(5);
    await expect(rows.nth(0)).toContainText(items['resources']!.statement);
    await expect(rows.nth(0)).toContainText('Dana Okafor');
    await expect(rows.nth(0)).toContainText(ui(locale, 'rd.plan.overdue'));
    await expect(rows.nth(0)).toContainText('Budget for two managers');
    await expect(rows.nth(1)).toContainText(items['select-customers']!.statement);
    await expect(rows.nth(1)).not.toContainText(ui(locale, 'rd.plan.overdue'));
    await expect(rows.nth(2)).toContainText(items['evaluate-customers']!.statement);
    await expectNoAxeViolations(page, `${locale} result`);

    await page.emulateMedia({ media: 'print' });
    await expect(page.locator('.report-heading')).toContainText('Nordpack');
    await expect(page.locator('.rd-verdict-words')).toBeVisible();
    await expect(rows.nth(0)).toBeVisible();
    const controls = await page.locator('main :is(input, button, textarea, select)').evaluateAll((elements) => elements.filter((element) => (element as HTMLElement).offsetParent !== null).length);
    expect(controls, 'form controls on paper').toBe(0);
    expect(watched.consoleErrors).toEqual([]);
    expect(watched.foreignRequests).toEqual([]);
  });
}

const KAISM = 'kam:tool:kaism';
const account = (id: string, name: string) => ({ id, name, volume: 1000, potential: null, attractiveness: [5, 5, 5, 5, 5], strength: [6, 6, 6, 6, 6], competitor: [5, 5, 5, 5, 5] });
const factors = {
  attractiveness: ['volume', 'valueProfit', 'financial', 'ease', 'growth'].map((id, i) => ({ id, name: '', preset: id, weight: [20, 25, 15, 15, 25][i] })),
  strength: ['price', 'quality', 'services', 'reputation', 'continuity'].map((id, i) => ({ id, name: '', preset: id, weight: [20, 25, 20, 20, 15][i] })),
};
const seeded = JSON.stringify({
  v: 1,
  savedAt: '2026-11-28T10:00:00Z',
  rev: 1,
  data: { title: 'Plotter', factors, accounts: [account('a1', 'Alpha Foods'), account('a2', 'Brightfoods')], settings: { strengthMode: 'direct', boundary: 'midpoint', customAttractiveness: 5.5, customStrength: 5.5, classicLayout: true } },
});

const plotterNames = async (page: Page) => {
  await openTool(page, '/en/tools/kaism/');
  return page.locator('input[aria-label^="Name of account"]').evaluateAll((inputs) => inputs.map((input) => (input as HTMLInputElement).value));
};

test('rates candidates, ranks them, and carries the chosen into the plotter next to its accounts, with undo', async ({ page, context }) => {
  test.setTimeout(120_000);
  const watched = watchPage(page);
  await page.addInitScript(([key, stored]) => localStorage.getItem(key!) ?? localStorage.setItem(key!, stored!), [KAISM, seeded]);
  await openTool(page, '/en/tools/readiness/');

  // Weights off 100 are said next to them, and can be rescaled.
  await page.getByLabel('Long-term potential', { exact: true }).fill('40');
  await expect(page.getByRole('alert').filter({ hasText: ui('en', 'rd.sc.total.wrong', { total: '120' }) })).toBeVisible();
  await expectNoAxeViolations(page, 'weights off 100');
  await page.getByRole('button', { name: ui('en', 'rd.sc.rescale') }).click();
  await expect(page.locator('.rd-weights-total')).toHaveText('Total: 100');
  await expect(page.getByLabel('Long-term potential', { exact: true })).toHaveValue('33');

  const candidates: Record<string, number[]> = {
    'Castell Retail': [8, 8, 8, 8, 8],
    Dunmore: [6, 6, 6, 6, 6],
    brightfoods: [9, 9, 9, 9, 9],
    Eskola: [7, 7, 7, 7, 7],
    Fenwick: [3, 3, 3, 3, 3],
  };
  const criteria = ['potential', 'swot', 'harmony', 'cooperation', 'interest'] as const;
  for (const [name, ratings] of Object.entries(candidates)) {
    await page.getByLabel(ui('en', 'rd.sc.add.label')).fill(name);
    await page.getByLabel(ui('en', 'rd.sc.add.label')).press('Enter');
    for (const [index, criterion] of criteria.entries()) {
      await page.getByLabel(ui('en', 'rd.sc.rating', { criterion: ui('en', `rd.sc.criterion.${criterion}`), name }), { exact: true }).fill(String(ratings[index]));
    }
  }
  const ranked = page.locator('.rd-shortlist tbody th');
  await expect(ranked).toHaveText(['brightfoods', 'Castell Retail', 'Eskola', 'Dunmore', 'Fenwick']);
  await expectNoAxeViolations(page, 'scorecard');

  for (const name of ['brightfoods', 'Castell Retail', 'Eskola', 'Dunmore']) await page.getByLabel(ui('en', 'rd.sc.choose.label', { name })).check();
  await page.getByRole('button', { name: ui('en', 'rd.sc.carry') }).click();
  const status = page.getByRole('status').filter({ hasText: 'Added to the KAISM plotter' });
  await expect(status).toContainText(ui('en', 'rd.sc.carry.added', { names: 'Castell Retail, Dunmore, and Eskola' }));
  await expect(status).toContainText(ui('en', 'rd.sc.carry.matched', { names: 'Brightfoods' }));
  await expectNoAxeViolations(page, 'carried');

  const plotter = await context.newPage();
  expect(await plotterNames(plotter)).toEqual(['Alpha Foods', 'Brightfoods', 'Castell Retail', 'Dunmore', 'Eskola']);
  await expectNoAxeViolations(plotter, 'plotter with the carried accounts');

  await page.getByRole('button', { name: ui('en', 'rd.sc.undo') }).click();
  await expect(page.getByRole('status').filter({ hasText: ui('en', 'rd.sc.undone') })).toBeVisible();
  expect(await plotterNames(plotter)).toEqual(['Alpha Foods', 'Brightfoods']);
  await expectNoAxeViolations(page, 'undone');

  // A removed candidate's row goes; the keyboard goes on from the field that adds one.
  await page.getByRole('button', { name: `${ui('en', 'rd.sc.remove')} Fenwick` }).click();
  await expect(ranked).toHaveText(['brightfoods', 'Castell Retail', 'Eskola', 'Dunmore']);
  await expect(page.getByLabel(ui('en', 'rd.sc.add.label'))).toBeFocused();
  expect(watched.consoleErrors).toEqual([]);
});
