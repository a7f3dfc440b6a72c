import { test, expect } from '@playwright/test';
import { expectNoAxeViolations, openTool, ui } from './helpers';

test('an account that cannot be placed is listed with the scores it lacks, not dropped', async ({ page }) => {
  await openTool(page, '/en/tools/kaism/');
  await page.getByRole('button', { name: 'Load the example' }).click();
  await expect(page.locator('.results-table tbody tr')).toHaveCount(10);
  await page.getByLabel('Price: score of Alba Supermarkets', { exact: true }).fill('');
  await expect(page.locator('.results-table tbody tr')).toHaveCount(9);
  const unplaced = page.getByRole('region', { name: 'Not on the chart yet' }).or(page.locator('.unplaced'));
  await expect(unplaced).toContainText('Alba Supermarkets');
  await expect(unplaced).toContainText('Strength: Price');
  // A factor weighted 0 needs no score: move Price's weight to Product quality and Alba is back.
  await page.getByLabel('Weight of Price (%)').fill('0');
  await page.getByLabel('Weight of Product quality (%)').fill('45');
  await expect(page.locator('.results-table tbody tr')).toHaveCount(10);
  await expect(page.locator('.unplaced')).toHaveCount(0);
  await expectNoAxeViolations(page, 'KAISM with an account off the chart');
});

test('a preset factor name can be emptied, and then asks for a name once the field is left', async ({ page }) => {
  await openTool(page, '/it/tools/kaism/');
  const name = page.getByLabel(ui('it', 'kaism.factor.nameOf', { n: '1' })).first();
  await expect(name).toHaveValue(ui('it', 'kaism.default.volume'));
  await name.fill('');
  await expect(name).toHaveValue('');
  await expect(page.getByText(ui('it', 'kaism.factor.nameEmpty'))).toHaveCount(0);
  await name.blur();
  await expect(page.getByText(ui('it', 'kaism.factor.nameEmpty'))).toBeVisible();
  await expect(name).toHaveAttribute('aria-invalid', 'true');
  await page.reload();
  await expect(page.getByLabel(ui('it', 'kaism.factor.nameOf', { n: '1' })).first()).toHaveValue('');
});

test('in ratio mode a typed boundary starts at parity 1.0', async ({ page }) => {
  await openTool(page, '/en/tools/kaism/');
  await page.getByLabel('Against the strongest competitor (ratio, parity 1.0)').check();
  await page.getByLabel('Values I choose').check();
  await expect(page.getByLabel('Strength boundary')).toHaveValue('1');
  await expect(page.getByLabel('Attractiveness boundary')).toHaveValue('5.5');
});

test('500 accounts are shown a page at a time, with the name column kept and every account reachable', async ({ page }) => {
  const accounts = Array.from({ length: 500 }, (_, i) => ({
    id: `a${i}`,
    name: `Account ${i + 1}`,
    volume: 1000 + i,
    potential: null,
    attractiveness: [5, 5, 5, 5, 5],
    strength: [6, 6, 6, 6, 6],
    competitor: [5, 5, 5, 5, 5],
  }));
  await page.addInitScript((stored) => localStorage.getItem('kam:tool:kaism') ?? localStorage.setItem('kam:tool:kaism', stored), JSON.stringify({ v: 1, savedAt: '2026-11-28T10:00:00Z', rev: 1, data: { factors: { attractiveness: ['volume', 'valueProfit', 'financial', 'ease', 'growth'].map((id, i) => ({ id, name: '', preset: id, weight: [20, 25, 15, 15, 25][i] })), strength: ['price', 'quality', 'services', 'reputation', 'continuity'].map((id, i) => ({ id, name: '', preset: id, weight: [20, 25, 20, 20, 15][i] })) }, accounts, settings: { strengthMode: 'direct', boundary: 'midpoint', customAttractiveness: 5.5, customStrength: 5.5, classicLayout: true } } }));
  await openTool(page, '/en/tools/kaism/');
  await expect(page.locator('.accounts-table tbody tr')).toHaveCount(25);
  await expect(page.getByText('Accounts 1 to 25 of 500')).toBeVisible();
  await page.getByRole('button', { name: 'Next accounts' }).click();
  await expect(page.getByLabel('Name of account 26')).toHaveValue('Account 26');
  await page.getByRole('button', { name: 'Add an account' }).click();
  await expect(page.getByLabel('Name of account 501')).toBeFocused();
  await expect(page.getByText('Accounts 501 to 501 of 501')).toBeVisible();
});

// The chart draws only while it can be seen (an edit in the accounts table does not pay for it):
// what it shows must still be current when the user scrolls to it, and on paper.
test('an edit made with the chart out of view is drawn when it comes into view, and when printing', async ({ page }) => {
  await page.setViewportSize({ width: 1366, height: 500 });
  await openTool(page, '/en/tools/kaism/');
  await page.getByRole('button', { name: 'Load the example' }).click();
  const canvas = page.locator('canvas');
  const picture = () => canvas.evaluate((element: HTMLCanvasElement) => element.toDataURL());
  const score = page.locator('[id$="-attractiveness-volume"]').first();
  const settle = () => page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))));

  await canvas.scrollIntoViewIfNeeded();
  await settle();
  const before = await picture();
  await score.scrollIntoViewIfNeeded();
  await expect(canvas).not.toBeInViewport();
  const old = await score.inputValue();
  await score.fill(old === '1' ? '10' : '1');
  await score.press('Tab');
  await canvas.scrollIntoViewIfNeeded();
  await expect.poll(picture).not.toBe(before);

  const drawn = await picture();
  await score.scrollIntoViewIfNeeded();
  await score.fill(old);
  await score.press('Tab');
  await page.emulateMedia({ media: 'print' });
  await expect.poll(picture).not.toBe(drawn);
});

// Colour tokens are written light-dark(…): the chart must resolve them, not paint a black backdrop.
test('the chart is drawn on the page background, not black', async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 720 });
  await openTool(page, '/en/tools/kaism/');
  await page.getByRole('button', { name: 'Load the example' }).click();
  const canvas = page.locator('canvas');
  await canvas.scrollIntoViewIfNeeded();
  await expect.poll(() => canvas.evaluate((c: HTMLCanvasElement) => [...(c.getContext('2d')?.getImageData(2, 2, 1, 1).data ?? [])])).toEqual([255, 255, 255, 255]);
});
