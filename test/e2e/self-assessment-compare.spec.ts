import { test, expect, type Page } from '@playwright/test';
import { exportTool } from '../../src/domain/storage/file-format';
import { selfAssessmentDefinition, type Respondent, type SelfAssessmentData } from '../../src/domain/self-assessment/model';
import { expectNoAxeViolations, openTool, ui } from './helpers';

// A coordinator (Maria) with her own answers, and three colleagues' exported files. Strategy has
// four statements; hand-checked per respondent: Maria 2,2,3,3 → 2.5; Ali 4,4,4,4 → 4;
// Bea 1,2,n/a,3 → 2; Chen 5,5,5,don't know → 5. Mean 13.5 / 4 = 3.375, lowest 2, highest 5,
// spread 3. Without Chen: mean 8.5 / 3 = 2.83, highest 4, spread 2.
const KEY = 'kam:tool:self-assessment';
const STRATEGY = ['strategy-corporate-1', 'strategy-corporate-2', 'strategy-operational-1', 'strategy-operational-2'];
const SELECTION = ['selection-corporate-1', 'selection-corporate-2', 'selection-operational-1'];

const person = (id: string, name: string, strategy: Respondent['answers'][string][], selection: number): Respondent => ({
  id,
  name,
  role: 'Sales',
  answeredOn: '2026-11-24',
  answers: Object.fromEntries([...STRATEGY.map((item, i) => [item, strategy[i]!]), ...SELECTION.map((item) => [item, selection])]),
});

const browserOf = (respondent: Respondent): SelfAssessmentData => ({
  company: 'Acme',
  rounds: [{ id: `round-${respondent.id}`, date: '2026-11-20', bank: 1, respondents: [respondent] }],
  current: `round-${respondent.id}`,
  self: respondent.id,
  targets: {},
  hidden: [],
});

const maria = person('maria', 'Maria', [2, 2, 3, 3], 3);
const colleagues = [person('ali', 'Ali', [4, 4, 4, 4], 3), person('bea', 'Bea', [1, 2, 'na', 3], 3), person('chen', 'Chen', [5, 5, 5, 'unknown'], 3)];
const fileOf = (respondent: Respondent) => ({
  name: `kam-self-assessment-${respondent.id}.json`,
  mimeType: 'application/json',
  buffer: Buffer.from(exportTool(selfAssessmentDefinition, browserOf(respondent), 'en', '2026-11-24T10:00:00.000Z')),
});

async function seedCoordinator(page: Page, data: SelfAssessmentData) {
  await page.addInitScript(
    ([key, stored]) => localStorage.getItem(key!) ?? localStorage.setItem(key!, stored!),
    [KEY, JSON.stringify({ v: 1, savedAt: '2026-11-24T09:00:00.000Z', rev: 1, data })],
  );
}

const strategyRow = (page: Page) => page.locator('.sa-dimensions tbody tr[data-dimension="strategy"]');

test('en: three colleagues’ files, the comparison read and hand-checked, one hidden, one file recognised', async ({ page }) => {
  await seedCoordinator(page, browserOf(maria));
  await openTool(page, '/en/tools/self-assessment/');
  await page.getByLabel(ui('en', 'sa.import.choose')).setInputFiles(colleagues.map(fileOf));

  const status = page.getByRole('status').filter({ hasText: 'kam-self-assessment-ali.json' });
  await expect(status.getByRole('listitem')).toHaveCount(3);
  await expect(status).toContainText('File kam-self-assessment-bea.json: Added Bea.');
  await expect(page.locator('.sa-respondents tbody tr')).toHaveCount(4);

  await expect(strategyRow(page).locator('td')).toHaveText(['3.38', '2', '5', '3', '4']);
  // The most disputed statement: strategy-corporate-1, answered 2, 4, 1 and 5.
  const disputed = page.locator('.sa-disputed > li').first();
  await expect(disputed).toHaveAttribute('data-item', 'strategy-corporate-1');
  await expect(disputed.locator('.sa-range')).toHaveText(ui('en', 'sa.disputed.range', { min: '1', max: '5', spread: '4' }));
  await expect(disputed.getByRole('list', { name: ui('en', 'sa.disputed.answers') }).getByRole('listitem')).toHaveText([
    'Level 1 (Ad hoc): 1 answered',
    'Level 2 (Emerging): 1 answered',
    'Level 4 (Managed): 1 answered',
    'Level 5 (Embedded): 1 answered',
  ]);
  await expectNoAxeViolations(page, 'the comparison with four respondents');

  await page.getByRole('checkbox', { name: `${ui('en', 'sa.respondents.hide')} Chen` }).check();
  await expect(strategyRow(page).locator('td')).toHaveText(['2.83', '2', '4', '2', '3']);
  // Saved: a reload shows Chen still hidden.
  await openTool(page, '/en/tools/self-assessment/');
  await expect(page.getByRole('checkbox', { name: `${ui('en', 'sa.respondents.hide')} Chen` })).toBeChecked();
  await expect(strategyRow(page).locator('td').first()).toHaveText('2.83');

  await page.getByLabel(ui('en', 'sa.import.choose')).setInputFiles([fileOf(colleagues[0]!)]);
  await expect(page.getByRole('status').filter({ hasText: 'kam-self-assessment-ali.json' })).toHaveText(
    `File kam-self-assessment-ali.json: ${ui('en', 'sa.import.already', { names: 'Ali' })}`,
  );
  await expect(page.locator('.sa-respondents tbody tr')).toHaveCount(4);
});

test('en: another tool’s file and another version of the questionnaire are refused next to the field, nothing added', async ({ page }) => {
  await seedCoordinator(page, browserOf(maria));
  await openTool(page, '/en/tools/self-assessment/');
  const otherBank = { ...browserOf(colleagues[0]!), rounds: [{ ...browserOf(colleagues[0]!).rounds[0]!, bank: 2 }] };
  await page.getByLabel(ui('en', 'sa.import.choose')).setInputFiles([
    { name: 'old.json', mimeType: 'application/json', buffer: Buffer.from(exportTool(selfAssessmentDefinition, otherBank, 'en', '2026-11-24T10:00:00.000Z')) },
    { name: 'kaism.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify({ format: 'kam-workbook', version: 1, tool: 'kaism', data: {} })) },
  ]);
  const alert = page.getByRole('alert').filter({ hasText: 'old.json' });
  await expect(alert).toContainText(ui('en', 'sa.import.bank', { theirs: '2', ours: '1' }));
  await expect(alert).toContainText('kaism.json');
  await expect(page.getByLabel(ui('en', 'sa.import.choose'))).toHaveAttribute('aria-invalid', 'true');
  await expect(page.locator('.sa-respondents tbody tr')).toHaveCount(1);
});

test('fa: the comparison in Persian digits, mirrored, axe clean', async ({ page }) => {
  const data = browserOf(maria);
  data.rounds[0]!.respondents.push(...colleagues);
  await seedCoordinator(page, data);
  await openTool(page, '/fa/tools/self-assessment/');
  await expect(strategyRow(page).locator('td')).toHaveText(['۳٫۳۸', '۲', '۵', '۳', '۴']);
  await expect(page.locator('html')).toHaveAttribute('dir', 'rtl');
  await expectNoAxeViolations(page, 'the comparison in Persian');
});
