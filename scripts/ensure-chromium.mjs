// Finds the Chromium the end-to-end tests drive, or installs Debian's package.
// Playwright cannot download its own browser on our machines, so we use the system one.
import { existsSync } from 'node:fs';
import { execFileSync, spawnSync } from 'node:child_process';

const CANDIDATES = ['/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome'];

export function findChromium() {
  const fromEnv = process.env.CHROMIUM_PATH;
  if (fromEnv) return existsSync(fromEnv) ? fromEnv : null;
  return CANDIDATES.find((path) => existsSync(path)) ?? null;
}

function canInstallWithApt() {
  const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
  const hasApt = spawnSync('sh', ['-c', 'command -v apt-get'], { stdio: 'ignore' }).status === 0;
  return isRoot && hasApt;
}

function main() {
  if (process.env.CHROMIUM_PATH && !existsSync(process.env.CHROMIUM_PATH)) {
    console.error(`[chromium] CHROMIUM_PATH is set to ${process.env.CHROMIUM_PATH}, but no file is there.`);
    process.exit(1);
  }
  const found = findChromium();
  if (found) {
    console.log(`[chromium] using ${found}`);
    return;
  }
  if (!canInstallWithApt()) {
    console.error(
      '[chromium] No Chromium found. Install it with `sudo apt-get install chromium` (Debian/Ubuntu) ' +
        'or set CHROMIUM_PATH to a Chromium or Chrome binary, then run the tests again.',
    );
    process.exit(1);
  }
  console.log('[chromium] No Chromium found: installing Debian\'s "chromium" package with apt-get (runs once)...');
  const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
  execFileSync('apt-get', ['update', '-qq'], { stdio: 'inherit', env });
  execFileSync('apt-get', ['install', '-y', '-qq', '--no-install-recommends', 'chromium'], { stdio: 'inherit', env });
  const installed = findChromium();
  if (!installed) {
    console.error('[chromium] apt-get finished but /usr/bin/chromium is still missing.');
    process.exit(1);
  }
  console.log(`[chromium] installed ${installed}`);
}

if (import.meta.url === `file://${process.argv[1]}`) main();
