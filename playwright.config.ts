import { defineConfig } from '@playwright/test';
import { findChromium } from './scripts/ensure-chromium.mjs';

// KAM_E2E_PORT lets two checkouts run their end-to-end tests side by side.
const PORT = Number(process.env['KAM_E2E_PORT'] ?? 4321);
const chromium = findChromium();

export default defineConfig({
  testDir: 'test/e2e',
  fullyParallel: true,
  workers: 2,
  retries: 0,
  timeout: 60_000,
  reporter: [['list']],
  use: {
    baseURL: `http://127.0.0.1:${PORT}`,
    trace: 'off',
    launchOptions: {
      // Debian's Chromium: Playwright cannot download its own browser on our machines.
      ...(chromium ? { executablePath: chromium } : {}),
      args: [
        '--no-sandbox',
        '--disable-gpu',
        '--disable-quic',
        '--no-first-run',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
      ],
    },
  },
  projects: [{ name: 'chromium', use: { browserName: 'chromium', headless: true } }],
  webServer: {
    command: `node_modules/.bin/astro preview --port ${PORT} --host 127.0.0.1`,
    url: `http://127.0.0.1:${PORT}/en/`,
    reuseExistingServer: !process.env['CI'],
    timeout: 60_000,
  },
});
