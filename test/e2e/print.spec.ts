import { test, expect } from '@playwright/test';
import { LOCALES, ui } from './helpers';

// A printed module is a handout: link addresses a reader can type (absolute on the configured site,
// root-relative when the build has none, never "../../glossary/#…"), no navigation or controls,
// the quiz as a worksheet without feedback, and the site's name and address on top.

for (const locale of LOCALES) {
  test(`a printed module in ${locale} shows link addresses and hides navigation`, async ({ page }) => {
    await page.goto(`/${locale}/modules/kaism/`);
    await page.emulateMedia({ media: 'print' });
    // With a site address configured, the canonical link names it and printed addresses start with it.
    const canonical = await page.evaluate(() => document.querySelector('link[rel="canonical"]')?.getAttribute('href') ?? null);
    const origin = canonical ? new URL(canonical).origin : null;

    const links = await page.locator('main a[href]').evaluateAll((anchors) =>
      anchors
        .filter((a) => a.getClientRects().length > 0 && !(a.getAttribute('href') ?? '').startsWith('#'))
        .map((a) => ({
          href: (a as HTMLAnchorElement).href,
          shown: getComputedStyle(a, '::after').content,
        })),
    );
    expect(links.length).toBeGreaterThan(10);
    for (const { href, shown } of links) {
      // Chromium gives the computed content with attr() resolved: "(https://…)".
      const address = /^"\s*\((.*)\)"$/.exec(shown)?.[1];
      expect(address, `address printed after ${href}: ${shown}`).toBeTruthy();
      expect(address).not.toContain('../');
      if (origin) expect(address?.startsWith(origin), `${address} starts with ${origin}`).toBe(true);
      else expect(address?.startsWith('/'), `${address} is root-relative`).toBe(true);
      // The printed address leads where the link does.
      const target = new URL(href);
      expect(new URL(address ?? '', target.origin).pathname + new URL(address ?? '', target.origin).hash).toBe(target.pathname + target.hash);
    }

    // Glossary links carry their term's anchor.
    await expect(page.locator('main a[data-print-href*="/glossary/#"]').first()).toBeAttached();

    // Navigation, switches, the pager and the site header are gone; the title block is there.
    for (const selector of ['.site-header', '.site-footer', 'nav', '.module-pager']) {
      for (const element of await page.locator(selector).all()) await expect(element).toBeHidden();
    }
    await expect(page.locator('.print-source')).toBeVisible();
    await expect(page.locator('.print-source')).toContainText(ui(locale, 'site.name'));

    // The quiz prints as a worksheet: the questions, no feedback, no result line.
    await expect(page.locator('.quiz-question').first()).toBeVisible();
    await expect(page.getByText(ui(locale, 'module.quiz.worksheet'))).toBeVisible();
    await expect(page.getByText(ui(locale, 'module.quiz.intro'))).toBeHidden();
    for (const feedback of await page.locator('.quiz-feedback').all()) await expect(feedback).toBeHidden();
  });
}

test('the treatment table prints whole with its caption', async ({ page }) => {
  await page.goto('/en/modules/kaism/');
  await page.emulateMedia({ media: 'print' });
  const table = page.getByRole('table', { name: ui('en', 'kaism.bases') });
  await expect(table).toBeVisible();
  expect(await table.evaluate((el) => getComputedStyle(el).breakInside)).toBe('avoid');
  await expect(table.getByRole('cell', { name: ui('en', 'kaism.bases.opportunistic.pricing') })).toBeVisible();
});
