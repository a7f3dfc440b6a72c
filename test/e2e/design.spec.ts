import { test, expect } from '@playwright/test';
import { expectNoAxeViolations } from './helpers';

// The dark theme, chosen with the theme switch, passes axe on each kind of page at both widths.
const PAGES = ['/en/', '/ar/modules/', '/en/modules/kaism/', '/zh/modules/selecting-key-accounts/', '/fa/tools/', '/it/glossary/', '/en/tools/kaism/', '/ar/tools/self-assessment/', '/zh/tools/readiness/'];
/** At phone width the dark theme is checked on one page of each kind of layout: the rest share them. */
const PHONE_PAGES = ['/ar/modules/', '/en/modules/kaism/', '/en/tools/kaism/', '/ar/tools/self-assessment/'];

for (const width of [1366, 360]) {
  test(`dark theme at ${width} px: axe clean, no sideways scrolling`, async ({ page }) => {
    await page.setViewportSize({ width, height: 800 });
    await page.goto('/en/');
    await page.getByLabel('Theme').selectOption('dark');
    for (const path of width === 360 ? PHONE_PAGES : PAGES) {
      await page.goto(path);
      await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
      await page.waitForLoadState('load');
      // The plotter is checked with its tables, chart and results showing, not only empty.
      if (path.includes('/tools/kaism/')) {
        await page.waitForFunction(() => document.querySelectorAll('astro-island[ssr]').length === 0);
        await page.getByRole('button', { name: 'Load the example' }).click();
        await expect(page.locator('.results-table tbody tr')).toHaveCount(10);
      }
      await expectNoAxeViolations(page, `${path} dark ${width}`);
      expect(await page.evaluate(() => document.documentElement.scrollWidth), path).toBeLessThanOrEqual(width);
    }
  });
}

test('the home page continues where the learner left off, with the progress in words', async ({ page }) => {
  await page.goto('/en/modules/what-is-kam/');
  await page.goto('/en/modules/why-kam/');
  await page.goto('/en/');
  await expect(page.getByRole('link', { name: 'Continue: Why key account management?' })).toHaveAttribute('href', '/en/modules/why-kam/');
  await expect(page.getByRole('progressbar', { name: 'Your progress' })).toHaveAttribute('aria-valuetext', '2 of 10 modules opened, 0 quizzes passed');
});

test('a module page shows the course with progress ticks, its contents and reading time', async ({ page }) => {
  await page.goto('/en/modules/what-is-kam/');
  await page.goto('/en/modules/kaism/');
  const course = page.getByRole('navigation', { name: 'Course' });
  await expect(course.getByRole('link')).toHaveCount(10);
  await expect(course.locator('[data-module="what-is-kam"]')).toHaveAttribute('data-state', 'opened');
  await expect(course.getByRole('link', { name: /The KAISM matrix/ })).toHaveAttribute('aria-current', 'page');
  await expect(page.getByRole('navigation', { name: 'On this page' }).getByRole('link', { name: 'The four account types' })).toBeVisible();
  await expect(page.locator('.module-meta')).toContainText(/\d+ min read/);
  // On a phone both collapse into disclosures that open without JavaScript.
  await page.setViewportSize({ width: 360, height: 800 });
  await expect(course.getByRole('link').first()).toBeHidden();
  await course.locator('summary').click();
  await expect(course.getByRole('link').first()).toBeVisible();
});

test('wide module tables scroll inside a named, focusable frame and keep their first column', async ({ page }) => {
  await page.setViewportSize({ width: 360, height: 800 });
  await page.goto('/en/modules/relationship-types/');
  const frame = page.getByRole('region', { name: /^Feature, Contact KAM/ });
  await expect(frame).toHaveAttribute('tabindex', '0');
  const sizes = await frame.evaluate((el) => ({ scroll: el.scrollWidth, client: el.clientWidth }));
  expect(sizes.scroll).toBeGreaterThan(sizes.client);
  const first = frame.locator('tbody td').first();
  const before = await first.boundingBox();
  await frame.evaluate((el) => { el.scrollLeft = 300; });
  expect((await first.boundingBox())?.x).toBeCloseTo(before?.x ?? 0, 0);
});

test('header controls are at least 24 px tall, and the focus ring is not the error colour', async ({ page }) => {
  await page.goto('/en/glossary/');
  for (const link of await page.locator('.site-header a, .site-header button, .site-header select').all()) {
    if (!(await link.isVisible())) continue;
    const box = await link.boundingBox();
    expect(box?.height ?? 0, await link.textContent() ?? '').toBeGreaterThanOrEqual(24);
  }
  await page.keyboard.press('Tab');
  await page.keyboard.press('Tab');
  const ring = await page.evaluate(() => getComputedStyle(document.activeElement!).outlineColor);
  const error = await page.evaluate(() => {
    const probe = document.createElement('input');
    probe.setAttribute('aria-invalid', 'true');
    document.body.append(probe);
    return getComputedStyle(probe).borderColor;
  });
  expect(ring).not.toBe(error);
});
