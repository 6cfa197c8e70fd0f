// One headless Chromium (the system's: CHROME_PATH or one on the PATH; nothing is downloaded)
// and the ways the benchmark loads a page in it.
import { chromium } from 'playwright-core';
import { chromeArgs, requireChrome } from '../../scripts/find-chrome.mjs';

export const VIEWPORT = { width: 1280, height: 800 };

export async function launch() {
  const executablePath = requireChrome();
  const browser = await chromium.launch({ executablePath, args: chromeArgs, headless: true });
  return { browser, version: browser.version(), executablePath };
}

/**
 * Opens `url` as a first visit (a fresh browser context: empty cache, own renderer) and
 * waits for the page's ready mark (`window.__ready`, announced by `console.debug('bench:ready')`).
 * `before(page, cdp)` runs before navigation, `after(page, cdp)` once the page is ready.
 */
export async function visit(browser, url, { viewport = VIEWPORT, timeout = 30_000, before, after } = {}) {
  const context = await browser.newContext({ viewport });
  try {
    const page = await context.newPage();
    const errors = [];
    page.on('pageerror', (error) => errors.push(error.message));
    page.on('console', (message) => message.type() === 'error' && errors.push(message.text()));
    const cdp = before || after ? await context.newCDPSession(page) : undefined;
    if (before) await before(page, cdp);
    // The page says when it is ready (console.debug), so nothing polls it while it renders.
    const readyMessage = page.waitForEvent('console', { predicate: (message) => message.text() === 'bench:ready', timeout });
    await page.goto(url, { waitUntil: 'commit' });
    const ready = await readyMessage
      .then(() => page.evaluate(() => window.__ready))
      .catch(async (error) => {
        const state = await page.evaluate(describe).catch((e) => e.message);
        throw new Error(`${url}: no ready mark within ${timeout} ms (${state}) ${errors.join('; ')}`, { cause: error });
      });
    if (errors.length) throw new Error(`${url}: ${errors.join('; ')}`);
    return { ready, ...(after ? await after(page, cdp) : {}) };
  } finally {
    await context.close();
  }
}

/** Runs in the page: what a page that never got ready shows. */
function describe() {
  const elements = [...document.querySelectorAll('*')].filter((el) => el.localName.includes('-'));
  const states = elements.map((el) => `${el.localName}:${customElements.get(el.localName) ? 'defined' : 'undefined'}:${el.shadowRoot?.querySelector('[part]')?.getAttribute('part') ?? '-'}`);
  return `readyState ${document.readyState}; ${[...new Set(states)].join(', ')}`;
}
