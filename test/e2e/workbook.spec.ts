import { test, expect, type Page } from '@playwright/test';
import { expectNoAxeViolations, openTool, ui } from './helpers';
import { kaismDefinition } from '../../src/domain/kaism/model';

const KAISM_KEY = 'kam:tool:kaism';

async function importFile(page: Page, label: string | RegExp, name: string, content: string) {
  await page.getByLabel(label).setInputFiles({ name, mimeType: 'application/json', buffer: Buffer.from(content) });
}

test('corrupt stored data leads to a translated notice and a kept backup', async ({ page }) => {
  await openTool(page, '/ar/tools/kaism/');
  await page.evaluate((key) => localStorage.setItem(key, '{"v":1,"rev":3,"data":{broken'), KAISM_KEY);
  await openTool(page, '/ar/tools/kaism/');
  const alert = page.getByRole('alert').filter({ hasText: ui('ar', 'storage.corrupt', { tool: ui('ar', 'tool.kaism.name') }) });
  await expect(alert).toBeVisible();
  const download = page.waitForEvent('download');
  await alert.getByRole('button').first().click();
  expect(await (await download).path()).toBeTruthy();
  const backups = await page.evaluate(() => Object.keys(localStorage).filter((key) => key.startsWith('kam:backup:kaism:')));
  expect(backups).toHaveLength(1);
  await expectNoAxeViolations(page, 'kaism with corrupt-data notice');
  await openTool(page, '/ar/workbook/');
  await expect(page.locator('.backup-raw')).toContainText('{broken');
  await expectNoAxeViolations(page, 'workbook with a backup');
  await page.getByRole('button', { name: ui('ar', 'workbook.backup.discard') }).click();
  await expect(page.locator('.backup-raw')).toHaveCount(0);
});

test('a full quota is reported and the work stays on the page', async ({ page }) => {
  await openTool(page, '/en/tools/kaism/');
  await page.evaluate(() => {
    Storage.prototype.setItem = function () {
      throw new DOMException('full', 'QuotaExceededError');
    };
  });
  await page.getByRole('button', { name: 'Add an account' }).click();
  await expect(page.getByRole('alert').filter({ hasText: 'storage is full' })).toBeVisible();
  await expect(page.getByLabel('Name of account 1', { exact: true })).toBeVisible();
  await expect(page.getByRole('alert').filter({ hasText: 'storage is full' }).getByRole('button', { name: 'Export as file' })).toBeVisible();
});

test('two pages of the same tool stay in step', async ({ context }) => {
  const first = await context.newPage();
  const second = await context.newPage();
  await openTool(first, '/en/tools/kaism/');
  await openTool(second, '/en/tools/kaism/');
  await first.getByRole('button', { name: 'Load the example' }).click();
  await expect(second.locator('.results-table').getByRole('rowheader', { name: 'Alba Supermarkets' })).toBeVisible();
  await expect(second.getByText('This tool was changed in another tab')).toBeVisible();
  await second.getByLabel('Name of account 1', { exact: true }).fill('Alba Group');
  await second.getByLabel('Name of account 1', { exact: true }).blur();
  await expect(first.getByLabel('Name of account 1', { exact: true })).toHaveValue('Alba Group');
});

test('a bad import leaves the page as it was and says what is wrong, in place', async ({ page }) => {
  await openTool(page, '/it/tools/kaism/');
  await page.getByRole('button', { name: ui('it', 'kaism.example') }).click();
  // Edits are written just after the frame that shows them.
  await expect.poll(() => page.evaluate((key) => localStorage.getItem(key), KAISM_KEY)).not.toBeNull();
  const before = await page.evaluate((key) => localStorage.getItem(key), KAISM_KEY);
  await importFile(page, ui('it', 'io.import'), 'broken.json', '{"format": "kam-workbook", "version": 1,, }');
  const error = page.locator('#kaism-json-import-error');
  await expect(error).toContainText('JSON');
  await expect(error).toContainText('1');
  await importFile(page, ui('it', 'io.import'), 'other.json', JSON.stringify({ format: 'kam-workbook', version: 1, tool: 'readiness', data: {} }));
  await expect(error).toContainText('KAM');
  const valid = JSON.parse(before ?? '{}').data;
  valid.accounts[1].volume = -3;
  await importFile(page, ui('it', 'io.import'), 'bad.json', JSON.stringify({ format: 'kam-workbook', version: 1, tool: 'kaism', data: valid }));
  await expect(error).toContainText('2');
  expect(await page.evaluate((key) => localStorage.getItem(key), KAISM_KEY)).toBe(before);
  await expectNoAxeViolations(page, 'kaism with an import error');
});

test('an import shows what it replaces and can be undone', async ({ page }) => {
  await openTool(page, '/en/tools/kaism/');
  await page.getByRole('button', { name: 'Load the example' }).click();
  const exported = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Export as file' }).click();
  const download = await exported;
  expect(download.suggestedFilename()).toMatch(/^kam-kaism-\d{4}-\d{2}-\d{2}\.json$/);
  const file = JSON.parse(await (await import('node:fs/promises')).readFile((await download.path()) as string, 'utf8'));
  expect(file).toMatchObject({ format: 'kam-workbook', version: kaismDefinition.version, tool: 'kaism', locale: 'en' });
  file.data.accounts = file.data.accounts.slice(0, 2);
  await importFile(page, 'Import a file', 'two.json', JSON.stringify(file));
  await expect(page.getByText('Replace your current work?')).toBeVisible();
  await expect(page.getByText(/10 accounts.*2 accounts/)).toBeVisible();
  await page.getByRole('button', { name: 'Replace' }).click();
  await expect(page.locator('.accounts-table tbody tr')).toHaveCount(2);
  await page.getByRole('button', { name: 'Undo import' }).click();
  await expect(page.locator('.accounts-table tbody tr')).toHaveCount(10);
  await expect(page.getByText('Import undone')).toBeVisible();
});

test('My workbook lists, exports, imports and clears everything', async ({ page }) => {
  await openTool(page, '/zh/workbook/');
  await expectNoAxeViolations(page, 'empty workbook');
  await openTool(page, '/zh/tools/kaism/');
  await page.getByRole('button', { name: ui('zh', 'kaism.example') }).click();
  await openTool(page, '/zh/workbook/');
  const card = page.locator('[data-tool="kaism"]');
  await expect(card).toContainText('10');
  await expectNoAxeViolations(page, 'filled workbook');
  const exported = page.waitForEvent('download');
  await page.getByRole('button', { name: ui('zh', 'workbook.exportAll') }).click();
  const path = (await (await exported).path()) as string;
  const text = await (await import('node:fs/promises')).readFile(path, 'utf8');
  expect(JSON.parse(text)).toMatchObject({ format: 'kam-workbook', tool: 'workbook', data: { tools: { kaism: { version: kaismDefinition.version } } } });
  page.on('dialog', (dialog) => dialog.accept());
  await page.getByRole('button', { name: ui('zh', 'workbook.clearAll') }).click();
  await expect(card).not.toContainText('10');
  await importFile(page, ui('zh', 'workbook.importAll'), 'all.json', text);
  await expect(card).toContainText('10');
});
