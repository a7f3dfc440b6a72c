import { test, expect } from '@playwright/test';
import { LOCALES } from './helpers';

test('keyboard alone reaches and operates the skip link, navigation, language switcher and theme switch', async ({ page }) => {
  await page.goto('/en/glossary/');
  await page.keyboard.press('Tab');
  await expect(page.getByRole('link', { name: 'Skip to main content' })).toBeFocused();
  // Tab until the navigation's "Tools" link has focus, then follow it with Enter.
  for (let i = 0; i < 15 && !(await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Tools' }).evaluate((el) => el === document.activeElement)); i += 1) {
    await page.keyboard.press('Tab');
  }
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/\/en\/tools\/$/);

  // Theme switch: a native select, operated with the arrow keys.
  const theme = page.getByLabel('Theme');
  await theme.focus();
  await page.keyboard.press('ArrowDown');
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'light');

  // Language switcher: a link per language.
  const italian = page.getByRole('navigation', { name: 'Language' }).getByRole('link', { name: 'Italiano' });
  await italian.focus();
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/\/it\/tools\/$/);
});

test('switching language keeps the page, in every direction', async ({ page }) => {
  await page.goto('/en/modules/kaism/');
  for (const locale of LOCALES) {
    await page.getByRole('navigation').locator(`a[data-locale="${locale}"]`).click();
    await expect(page).toHaveURL(new RegExp(`/${locale}/modules/kaism/$`));
    await expect(page.locator('html')).toHaveAttribute('dir', locale === 'ar' || locale === 'fa' ? 'rtl' : 'ltr');
  }
});

test('the theme choice survives a reload, and applies before the page paints', async ({ page }) => {
  await page.goto('/zh/');
  await page.getByRole('combobox').selectOption('dark');
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
  await page.reload();
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
  const background = await page.evaluate(() => getComputedStyle(document.documentElement).backgroundColor);
  expect(background).toBe('rgb(18, 22, 27)');
});

test('the language chooser sends a visitor to the language chosen before, or the browser’s', async ({ browser }) => {
  const persian = await browser.newContext({ locale: 'fa-IR' });
  const page = await persian.newPage();
  await page.goto('/');
  await expect(page).toHaveURL(/\/fa\/$/);
  await page.getByRole('navigation', { name: 'زبان' }).locator('a[data-locale="it"]').click();
  await expect(page).toHaveURL(/\/it\/$/);
  await page.goto('/');
  await expect(page).toHaveURL(/\/it\/$/);
  await persian.close();
});

test('the chooser works without JavaScript', async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto('/');
  await expect(page.getByRole('link', { name: 'العربية' })).toHaveAttribute('href', '/ar/');
  await page.getByRole('link', { name: '中文' }).click();
  await expect(page).toHaveURL(/\/zh\/$/);
  await context.close();
});

test('an unknown address shows the not-found page in every language', async ({ page }) => {
  const response = await page.goto('/en/no-such-page/');
  expect(response?.status()).toBe(404);
  for (const locale of LOCALES) await expect(page.locator(`[lang^="${locale}"]`).first()).toBeVisible();
  await page.goto('/ar/404/');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('الصفحة غير موجودة');
});

test('a module prints as a handout: no navigation, link targets shown', async ({ page }) => {
  await page.goto('/en/modules/what-is-kam/');
  await page.emulateMedia({ media: 'print' });
  await expect(page.locator('.site-header')).toBeHidden();
  await expect(page.locator('.module-pager')).toBeHidden();
  const after = await page.locator('.module-body a[href]').first().evaluate((el) => getComputedStyle(el, '::after').content);
  expect(after).toContain('glossary');
});
