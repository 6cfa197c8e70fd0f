// Screenshots of every element on a light-only and on a dark-only host page, at 390 and 1280 px,
// in headless Chromium, to look at what we build (issue 13). Run after `npm run build`:
//   node scripts/screenshots.mjs [out-dir]        (default: /tmp/career-widgets-screenshots)
// Options by environment: SYSTEM=dark|light (the reader's system; default: the opposite of the
// page's), HEADING_LEVEL=3, FORCED=1 (Windows high contrast). The PNGs are not committed.
import { mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import { serveStatic, launchBrowser } from './serve-static.mjs';

const out = process.argv[2] ?? '/tmp/career-widgets-screenshots';
const SEED = '/profiles/kaufmann-dialogmarketing.json';
const FEED = '/profiles/feeds/kaufmann-dialogmarketing.json';
const level = process.env.HEADING_LEVEL ? ` heading-level="${process.env.HEADING_LEVEL}"` : '';

/** The host pages: what they declare, nothing else (their canvas and text are the browser's). */
const PAGES = {
  'light-only': '',
  'dark-only': ':root { color-scheme: dark; }',
};

const page = (css) => `<!doctype html><html lang="de"><head><meta charset="utf-8"><title>host</title>
<style>${css} body { font-family: system-ui, sans-serif; margin: 16px; } section { margin-block: 32px; }</style>
<script type="module" src="/dist/cdn/career-widgets.js"></script></head><body>
<h1>Kaufmann / Kauffrau für Dialogmarketing</h1>
<section><salary-table${level} src="${SEED}"></salary-table></section>
<section><salary-table${level} view="chart" src="${SEED}"></salary-table></section>
<section><career-path${level} src="${SEED}"></career-path></section>
<section><career-quiz${level} src="${SEED}"></career-quiz></section>
<section><career-quiz${level} id="answered" src="${SEED}"></career-quiz></section>
<section><vacancy-teaser${level} src="${SEED}"></vacancy-teaser></section>
<section><vacancy-teaser${level} src="${SEED}" feed="${FEED}"></vacancy-teaser></section>
<section><salary-table${level} src="/profiles/does-not-exist.json"></salary-table></section>
</body></html>`;

// /page/<name>: the host page of that name; everything else: the checkout's files.
const server = await serveStatic({
  page: (url) => {
    const name = url.pathname.match(/^\/page\/([\w-]+)$/)?.[1];
    return name in PAGES ? page(PAGES[name]) : undefined;
  },
});
const { origin } = server;

await mkdir(out, { recursive: true });
const browser = await launchBrowser();
try {
  for (const name of Object.keys(PAGES)) {
    for (const width of [390, 1280]) {
      const system = process.env.SYSTEM ?? (name === 'dark-only' ? 'light' : 'dark');
      const context = await browser.newContext({ viewport: { width, height: 900 }, colorScheme: system, forcedColors: process.env.FORCED ? 'active' : 'none' });
      const tab = await context.newPage();
      await tab.goto(`${origin}/page/${name}`);
      await tab.evaluate(async () => {
        await customElements.whenDefined('career-quiz');
        const elements = [...document.querySelectorAll('section > *')];
        await Promise.all(elements.map((el) => el.settled));
        // The second quiz: the first question answered wrongly, so right and wrong show.
        const quiz = document.querySelector('#answered');
        const click = async (selector) => {
          quiz.shadowRoot.querySelector(selector).click();
          await quiz.updateComplete;
        };
        await click('button[part="button"]');
        await click('label.option input');
        await click('button[type="submit"]');
        await document.fonts.ready;
      });
      const file = join(out, `${name}-${system}-system-${width}${process.env.FORCED ? '-forced' : ''}.png`);
      await tab.screenshot({ path: file, fullPage: true });
      console.log(file);
      await context.close();
    }
  }
} finally {
  await browser.close();
  server.close();
}
