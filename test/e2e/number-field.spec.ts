import { test, expect, type Locator, type Page } from '@playwright/test';
import { expectNoAxeViolations, openTool, ui } from './helpers';
import { examplePortfolio } from '../../src/domain/kaism/example';

// What each page shows for the example's volumes, written out rather than computed, so the test
// checks the text a user sees. The issue: "26,000" read back as 26 after editing one digit.
const CASES = [
  { locale: 'en', shown: '4,200,000', edited: '4,200,001', elm: '650,000', elmEdited: '650,009', typed: '26,000', kept: '26,000', hint: '26,000.5', ambiguous: '1,5', separator: ',', decimal: '.', half: '1.5', granite: '300,000' },
  { locale: 'it', shown: '4.200.000', edited: '4.200.001', elm: '650.000', elmEdited: '650.009', typed: '26.000', kept: '26.000', hint: '26.000,5', ambiguous: '1.5', separator: '.', decimal: ',', half: '1,5', granite: '300.000' },
  // Persian: typed with Latin digits and a plain comma, shown back in Persian digits and separators.
  { locale: 'fa', shown: '۴٬۲۰۰٬۰۰۰', edited: '۴٬۲۰۰٬۰۰۱', elm: '۶۵۰٬۰۰۰', elmEdited: '۶۵۰٬۰۰۹', typed: '26,000', kept: '۲۶٬۰۰۰', hint: '۲۶٬۰۰۰٫۵', ambiguous: '۱,۵', separator: ',', decimal: '٫', half: '۱٫۵', granite: '۳۰۰٬۰۰۰' },
] as const;

const volumeOf = (page: Page, locale: (typeof CASES)[number]['locale'], account: string) =>
  page.getByRole('textbox', { name: `${ui(locale, 'kaism.account.volume')}: ${account}`, exact: true });

/** Replaces the last digit of the field's text by `digit`, by keyboard, then leaves the field. */
async function editLastDigit(field: Locator, page: Page, digit: string) {
  await field.focus();
  await field.evaluate((input: HTMLInputElement) => input.setSelectionRange(input.value.length, input.value.length));
  await page.keyboard.press('Backspace');
  await page.keyboard.type(digit);
  await page.keyboard.press('Tab');
}

for (const c of CASES) {
  // The example's accounts carry names of the page's market: Alba Supermarkets, Elm Home Care, … in English.
  const [albaName = '', , , , elmName = '', , graniteName = '', , , juniperName = ''] = examplePortfolio(c.locale).accounts.map((a) => a.name);
  test(`in ${c.locale}, a shown volume keeps its magnitude when one digit is edited`, async ({ page }) => {
    test.slow(); // ten accounts, a hundred and twenty fields and a reload
    await openTool(page, `/${c.locale}/tools/kaism/`);
    await page.getByRole('button', { name: ui(c.locale, 'kaism.example') }).click();
    const alba = volumeOf(page, c.locale, albaName);
    await expect(alba).toHaveValue(c.shown);
    await expect(alba).toHaveAccessibleDescription(new RegExp(c.hint.replace(/[.]/g, '\\.')));

    await editLastDigit(alba, page, c.locale === 'fa' ? '۱' : '1');
    await expect(alba).toHaveValue(c.edited);
    // One group separator: the case the locale-free guess read as a decimal (650,009 → 650.009).
    const elm = volumeOf(page, c.locale, elmName);
    await expect(elm).toHaveValue(c.elm);
    await editLastDigit(elm, page, '9');
    await expect(elm).toHaveValue(c.elmEdited);

    // The user's own case: a round number typed the way the page writes it.
    const juniper = volumeOf(page, c.locale, juniperName);
    await juniper.fill(c.typed);
    await juniper.press('Tab');
    await expect(juniper).toHaveValue(c.kept);

    // Input the locale reads otherwise is refused next to the field, with how to type decimals.
    const granite = volumeOf(page, c.locale, graniteName);
    await granite.fill(c.ambiguous);
    // Nothing is said while the number may still be being typed; leaving the field says it.
    await expect(granite).not.toHaveAttribute('aria-invalid', 'true');
    await granite.press('Tab');
    const message = ui(c.locale, 'number.grouping', { separator: c.separator, decimal: c.decimal, example: c.half });
    await expect(page.getByRole('alert').filter({ hasText: message })).toBeVisible();
    await expect(granite).toHaveAttribute('aria-invalid', 'true');
    // The field's hint and error, in a right-to-left page too (axe on 120 fields is slow: once).
    if (c.locale === 'fa') await expectNoAxeViolations(page, 'number field error in fa');

    // What was stored is what was shown: after a reload the fields read the same.
    await openTool(page, `/${c.locale}/tools/kaism/`);
    await expect(volumeOf(page, c.locale, albaName)).toHaveValue(c.edited);
    await expect(volumeOf(page, c.locale, elmName)).toHaveValue(c.elmEdited);
    await expect(volumeOf(page, c.locale, juniperName)).toHaveValue(c.kept);
    await expect(volumeOf(page, c.locale, graniteName)).toHaveValue(c.granite);
  });
}
