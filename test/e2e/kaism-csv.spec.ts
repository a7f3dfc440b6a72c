import { test, expect, type Page } from '@playwright/test';
import { readFile } from 'node:fs/promises';
import { counted, expectNoAxeViolations, openTool, ui } from './helpers';

const rows = (page: Page) => page.locator('.accounts-table tbody tr');
/** A count as the page writes it (Arabic may use Arabic-Indic digits). */
const inPage = (page: Page, value: number) => page.evaluate((n) => new Intl.NumberFormat(document.documentElement.lang, { maximumFractionDigits: 0 }).format(n), value);

for (const locale of ['en', 'it', 'ar'] as const) {
  test(`KAISM CSV in ${locale}: the exported example imports again, doubling the accounts`, async ({ page }) => {
    await openTool(page, `/${locale}/tools/kaism/`);
    await page.getByRole('button', { name: ui(locale, 'kaism.example') }).click();
    await expect(rows(page)).toHaveCount(10);

    const download = page.waitForEvent('download');
    await page.getByRole('button', { name: ui(locale, 'kaism.csv.export') }).click();
    const file = await download;
    expect(file.suggestedFilename()).toMatch(/^kam-kaism-accounts-\d{4}-\d{2}-\d{2}\.csv$/);
    const bytes = await readFile((await file.path()) as string);
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const [header = ''] = bytes.toString('utf8').slice(1).split('\r\n');
    const separator = locale === 'it' ? ';' : ',';
    const price = ui(locale, 'kaism.default.price');
    expect(header.split(separator).slice(0, 3)).toEqual(['name', 'volume', 'potential'].map((c) => ui(locale, `kaism.csv.column.${c}` as 'kaism.csv.column.name')));
    expect(header).toContain(ui(locale, 'kaism.csv.column.competitor', { factor: price }));

    await page.getByLabel(ui(locale, 'kaism.csv.import')).setInputFiles({ name: file.suggestedFilename(), mimeType: 'text/csv', buffer: bytes });
    await expect(page.getByRole('status').filter({ hasText: counted(locale, 'kaism.csv.imported', 10, await inPage(page, 10)) })).toBeVisible();
    await expect(rows(page)).toHaveCount(20);
    await expect(page.locator('.results-table tbody tr')).toHaveCount(20);
  });
}

test('KAISM CSV: a file with an unknown column is refused next to the field, and nothing changes', async ({ page }) => {
  await openTool(page, '/en/tools/kaism/');
  await page.getByRole('button', { name: 'Load the example' }).click();
  await page.getByLabel('Import accounts from CSV').setInputFiles({ name: 'bad.csv', mimeType: 'text/csv', buffer: Buffer.from('name,volume,colour\nAcme,10,red\n') });
  await expect(page.getByRole('alert').filter({ hasText: 'The column “colour” matches no factor.' })).toBeVisible();
  await expect(page.getByLabel('Import accounts from CSV')).toHaveAttribute('aria-invalid', 'true');
  await expect(rows(page)).toHaveCount(10);
  await expectNoAxeViolations(page, 'KAISM CSV error');
});
