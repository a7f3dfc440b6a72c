import { chromium } from '@playwright/test';
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox','--disable-gpu'] });
const [,, ...specs] = process.argv;
for (const spec of specs) {
  const [locale, width, mode] = spec.split(':');
  const context = await browser.newContext({ viewport: { width: Number(width), height: 900 } });
  const page = await context.newPage();
  await page.goto(`http://127.0.0.1:4321/${locale}/tools/kaism/`);
  await page.waitForFunction(() => document.querySelectorAll('astro-island[ssr]').length === 0);
  page.on('dialog', (d) => d.accept());
  await page.locator('.start-panel button.primary').click();
  await page.waitForTimeout(500);
  const name = `/tmp/shots/kaism-${locale}-${width}`;
  if (mode === 'pdf') {
    await page.emulateMedia({ media: 'print' });
    await page.pdf({ path: `${name}.pdf`, format: 'A4', printBackground: true });
  } else {
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - innerWidth);
    console.log(spec, 'overflow', overflow);
    await page.screenshot({ path: `${name}-top.png` });
    await page.locator(process.env.SHOT_TARGET ?? '#chart-title').scrollIntoViewIfNeeded();
    await page.screenshot({ path: `${name}-chart.png` });
  }
  await context.close();
}
await browser.close();
