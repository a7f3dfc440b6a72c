import { test, expect, type Page } from '@playwright/test';
import { readFile } from 'node:fs/promises';
import { expectNoAxeViolations, openTool, ui } from './helpers';

const typeOf = (page: Page, account: string) => page.locator('.results-table tr', { has: page.getByRole('rowheader', { name: account, exact: true }) }).locator('td').nth(2);

/** Types text into the focused field, then moves on with Tab: the keyboard path a user takes. */
async function typeAndTab(page: Page, text: string) {
  await page.keyboard.type(text);
  await page.keyboard.press('Tab');
}

const CASES = [
  {
    locale: 'en',
    add: 'Add an account',
    accounts: [
      // name, volume, potential, 5 attractiveness scores, 5 strength scores
      ['Alpha', '1000', '', ['9', '9', '8', '8', '9'], ['8', '8', '9', '8', '8']],
      ['Beta', '500', '', ['8', '8', '8', '7', '8'], ['3', '3', '4', '3', '3']],
      ['Gamma', '200', '', ['3', '3', '3', '3', '3'], ['3', '3', '3', '3', '3']],
    ],
    types: { Alpha: 'Key account (strategic partner)', Beta: 'Key development account (future star)', Gamma: 'Opportunistic account' },
    median: 'Median of this portfolio',
    png: 'Download the chart as PNG',
    export: 'Export as file',
    import: 'Import a file',
  },
  {
    locale: 'ar',
    add: ui('ar', 'kaism.account.add'),
    accounts: [
      ['ألفا', '١٠٠٠', '', ['٩', '٩', '٨', '٨', '٩'], ['٨', '٨', '٩', '٨', '٨']],
      ['بيتا', '٥٠٠', '', ['8', '8', '8', '7', '8'], ['٣', '٣', '٤', '٣', '٣']],
      ['غاما', '۲۰۰', '', ['۳', '۳', '۳', '۳', '۳'], ['3', '3', '3', '3', '3']],
    ],
    types: null,
    median: ui('ar', 'kaism.boundary.median'),
    png: ui('ar', 'kaism.chart.png'),
    export: ui('ar', 'io.export'),
    import: ui('ar', 'io.import'),
  },
] as const;

for (const c of CASES) {
  test(`KAISM in ${c.locale}: three accounts by keyboard, types, boundary rule, PNG, export and re-import`, async ({ page }) => {
    await openTool(page, `/${c.locale}/tools/kaism/`);
    await expectNoAxeViolations(page, 'empty KAISM');
    for (const [index, [name, volume, potential, attractiveness, strength]] of c.accounts.entries()) {
      await page.getByRole('button', { name: c.add }).focus();
      await page.keyboard.press('Enter');
      const nameField = page.locator('.accounts-table tbody tr').nth(index).locator('input').first();
      await nameField.focus();
      await typeAndTab(page, name);
      await typeAndTab(page, volume);
      await typeAndTab(page, potential);
      for (const score of [...attractiveness, ...strength]) await typeAndTab(page, score);
    }
    await expect(page.locator('.results-table tbody tr')).toHaveCount(3);
    if (c.types) {
      for (const [account, type] of Object.entries(c.types)) await expect(typeOf(page, account)).toHaveText(type);
    }
    const gammaBefore = await typeOf(page, c.accounts[2][0]).textContent();
    const betaBefore = await typeOf(page, c.accounts[1][0]).textContent();
    await expectNoAxeViolations(page, 'KAISM with results');

    // The median boundary moves: with three accounts the middle one now counts as high on both axes.
    await page.getByLabel(c.median).check();
    await expect.poll(async () => typeOf(page, c.accounts[1][0]).textContent()).not.toBe(betaBefore);
    expect(await typeOf(page, c.accounts[2][0]).textContent()).toBe(gammaBefore);

    const png = page.waitForEvent('download');
    await page.getByRole('button', { name: c.png }).click();
    const pngFile = await png;
    expect(pngFile.suggestedFilename()).toMatch(/\.png$/);
    const bytes = await readFile((await pngFile.path()) as string);
    expect(bytes.subarray(1, 4).toString()).toBe('PNG');

    const json = page.waitForEvent('download');
    await page.getByRole('button', { name: c.export }).first().click();
    const text = await readFile((await (await json).path()) as string, 'utf8');
    const file = JSON.parse(text);
    expect(file.data.accounts.map((a: { name: string }) => a.name)).toEqual(c.accounts.map((a) => a[0]));
    expect(file.data.accounts[0].volume).toBe(1000);

    // Clear, then bring it all back from the file.
    await page.evaluate(() => localStorage.clear());
    await openTool(page, `/${c.locale}/tools/kaism/`);
    await expect(page.locator('.results-table')).toHaveCount(0);
    await page.getByLabel(c.import).setInputFiles({ name: 'kaism.json', mimeType: 'application/json', buffer: Buffer.from(text) });
    await expect(page.locator('.results-table tbody tr')).toHaveCount(3);
  });
}

test('weights that do not total 100 are refused with a message and can be rescaled', async ({ page }) => {
  await openTool(page, '/en/tools/kaism/');
  await page.getByRole('button', { name: 'Load the example' }).click();
  const weight = page.getByLabel('Weight of Volume (%)');
  await weight.fill('50');
  await expect(page.getByText('The weights total 130 %, not 100 %.')).toBeVisible();
  // No chart is shown on weights that do not hold (it is kept, hidden, to come back at once).
  await expect(page.locator('canvas')).toBeHidden();
  await page.getByRole('button', { name: 'Rescale weights to 100 %' }).first().click();
  await expect(page.getByText('Total: 100 %').first()).toBeVisible();
  await expect(page.locator('canvas')).toBeVisible();
  await weight.fill('abc');
  await weight.blur();
  await expect(page.getByRole('alert').filter({ hasText: 'This is not a number' })).toBeVisible();
  await expectNoAxeViolations(page, 'KAISM with a field error');
});

test('the example fills ten accounts across the four types, drawn mirrored in Persian', async ({ page }) => {
  await openTool(page, '/fa/tools/kaism/');
  await page.getByRole('button', { name: ui('fa', 'kaism.example') }).click();
  await expect(page.locator('.results-table tbody tr')).toHaveCount(10);
  await expect(page.locator('canvas')).toHaveAttribute('role', 'img');
  await expectNoAxeViolations(page, 'KAISM example in fa');
});
