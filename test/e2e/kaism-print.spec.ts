import { test, expect } from '@playwright/test';
import { openTool, ui } from './helpers';

for (const locale of ['en', 'ar', 'zh'] as const) {
  test(`the printed plotter in ${locale} is a report: title, date, chart and every account, no form controls`, async ({ page }) => {
    await openTool(page, `/${locale}/tools/kaism/`);
    await page.getByLabel(ui(locale, 'kaism.title.label')).fill('Nord Packaging 2026');
    await page.getByRole('button', { name: ui(locale, 'kaism.example') }).click();
    await expect(page.locator('.results-table tbody tr')).toHaveCount(10);
    const names = await page.locator('.results-table tbody th').allTextContents();
    await page.emulateMedia({ media: 'print' });
    await expect(page.locator('input:visible, button:visible, select:visible, textarea:visible')).toHaveCount(0);
    const heading = page.locator('.report-heading');
    await expect(heading).toBeVisible();
    await expect(heading).toContainText('Nord Packaging 2026');
    await expect(page.locator('.kaism-chart canvas')).toBeVisible();
    const report = page.locator('.report-tables');
    for (const name of names) await expect(report.getByRole('rowheader', { name, exact: true }).first()).toBeVisible();
    await expect(report.getByRole('cell', { name: ui(locale, 'kaism.strategy.key'), exact: true }).first()).toBeVisible();
  });
}
