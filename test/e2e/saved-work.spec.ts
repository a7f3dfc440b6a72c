import { test, expect, type Page } from '@playwright/test';
import { kaismDefinition } from '../../src/domain/kaism/model';
import { examplePortfolio } from '../../src/domain/kaism/example';
import { exportTool } from '../../src/domain/storage/file-format';
import { expectNoAxeViolations, openTool, ui } from './helpers';

const KEY = 'kam:tool:kaism';
const stored = (page: Page) => page.evaluate((key) => localStorage.getItem(key), KEY);
const accountRows = (page: Page) => page.locator('.accounts-table tbody tr');

for (const locale of ['en', 'fa'] as const) {
  test(`${locale}: work saved by a newer version stays untouched, and the page offers a reload`, async ({ page }) => {
    const newer = JSON.stringify({ v: kaismDefinition.version + 1, savedAt: '2030-01-01T00:00:00.000Z', rev: 42, data: { from: 'the future' } });
    await openTool(page, `/${locale}/tools/kaism/`);
    await page.evaluate(([key, value]) => localStorage.setItem(key, value), [KEY, newer] as const);
    await openTool(page, `/${locale}/tools/kaism/`);
    const alert = page.getByRole('alert').filter({ hasText: ui(locale, 'storage.newer', { tool: ui(locale, 'tool.kaism.name') }) });
    await expect(alert).toBeVisible();
    expect(await stored(page)).toBe(newer);
    // An edit is refused: nothing is written and nothing is kept aside as "corrupt".
    await page.getByRole('button', { name: ui(locale, 'kaism.example') }).click();
    await expect(accountRows(page)).toHaveCount(0);
    expect(await stored(page)).toBe(newer);
    expect(await page.evaluate(() => Object.keys(localStorage).filter((key) => key.startsWith('kam:backup:')))).toEqual([]);
    if (locale === 'fa') await expectNoAxeViolations(page, 'kaism with data from a newer version');
    const reloaded = page.waitForEvent('load');
    await alert.getByRole('button', { name: ui(locale, 'storage.reload') }).click();
    await reloaded;
    await expect(page.getByRole('alert').filter({ hasText: ui(locale, 'storage.newer', { tool: ui(locale, 'tool.kaism.name') }) })).toBeVisible();
    expect(await stored(page)).toBe(newer);
  });
}

test('a clear in one page wins over an edit in a page that had not heard of it, and that page says so', async ({ context }) => {
  const editor = await context.newPage();
  // Lets the test hold back storage events, like a tab frozen in the background.
  await editor.addInitScript(() => {
    window.addEventListener('storage', (event) => (window as unknown as { holdEvents?: boolean }).holdEvents && event.stopImmediatePropagation(), true);
  });
  await openTool(editor, '/en/tools/kaism/');
  await editor.getByRole('button', { name: ui('en', 'kaism.example') }).click();
  await expect(editor.getByRole('status').filter({ hasText: 'Saved at' })).toBeVisible();
  await editor.evaluate(() => ((window as unknown as { holdEvents?: boolean }).holdEvents = true));

  const workbook = await context.newPage();
  await openTool(workbook, '/en/workbook/');
  workbook.on('dialog', (dialog) => dialog.accept());
  await workbook.getByRole('button', { name: ui('en', 'workbook.clear', { tool: ui('en', 'tool.kaism.name') }) }).click();
  await expect(workbook.getByRole('status').filter({ hasText: ui('en', 'workbook.cleared', { tool: ui('en', 'tool.kaism.name') }) })).toBeVisible();

  // The name saves as it is typed: the first save finds the clear and loses to it.
  await editor.getByLabel('Name of account 1', { exact: true }).fill('Alba Group');
  await expect(editor.getByRole('alert').filter({ hasText: ui('en', 'storage.conflict', { tool: ui('en', 'tool.kaism.name') }) })).toBeVisible();
  await expect(accountRows(editor)).toHaveCount(0);
  expect(JSON.parse((await stored(editor)) ?? '{}').data.accounts).toEqual([]);
});

test('with storage full, the quota alert shows and imports say they were not saved', async ({ page }) => {
  await page.addInitScript(() => {
    Storage.prototype.setItem = function () {
      throw new DOMException('full', 'QuotaExceededError');
    };
  });
  const file = exportTool(kaismDefinition, examplePortfolio(), 'en', '2026-11-23T10:00:00.000Z');
  const notSaved = ui('en', 'io.notSaved', { reason: ui('en', 'storage.reason.quota') });
  await openTool(page, '/en/tools/kaism/');
  await page.getByLabel('Import a file').setInputFiles({ name: 'kaism.json', mimeType: 'application/json', buffer: Buffer.from(file) });
  await expect(page.locator('#kaism-json-import-error')).toHaveText(notSaved);
  await expect(page.getByText(ui('en', 'io.imported'))).toHaveCount(0);
  await expect(page.getByRole('alert').filter({ hasText: 'storage is full' }).getByRole('button', { name: 'Export as file' })).toBeVisible();

  await openTool(page, '/en/workbook/');
  await page.getByLabel(ui('en', 'workbook.importAll')).setInputFiles({ name: 'kaism.json', mimeType: 'application/json', buffer: Buffer.from(file) });
  await expect(page.locator('#workbook-import-error')).toHaveText(notSaved);
  await expect(page.locator('[data-tool="kaism"]')).not.toContainText('10');
});
