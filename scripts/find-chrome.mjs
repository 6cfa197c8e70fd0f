// Finds the Chrome or Chromium the tests run in: CHROME_PATH, else one on the PATH.
// No test tool here may download a browser of its own.
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';

export function findChrome() {
  if (process.env.CHROME_PATH) return existsSync(process.env.CHROME_PATH) ? process.env.CHROME_PATH : undefined;
  for (const name of ['chromium', 'chromium-browser', 'google-chrome-stable', 'google-chrome']) {
    try {
      return execFileSync('which', [name], { encoding: 'utf8' }).trim();
    } catch {
      // not this one
    }
  }
  return undefined;
}

export function requireChrome() {
  const path = findChrome();
  if (!path) {
    console.error('No Chrome or Chromium found: install one (Debian/Ubuntu: apt-get install chromium) or set CHROME_PATH to its executable.');
    process.exit(1);
  }
  return path;
}

/** Flags for a headless Chromium on a CI box, as root, with no network but localhost. */
export const chromeArgs = [
  '--no-sandbox',
  '--disable-dev-shm-usage',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  // Test files run side by side in tabs: keep the tab in the background as fast as the one in front.
  '--disable-background-timer-throttling',
  '--disable-renderer-backgrounding',
  '--disable-backgrounding-occluded-windows',
];
