// Screenshots of the demo pages as a reader sees them, in headless Chromium (issue 27): light and dark
// system setting, 390 and 1280 px. Run after `npm run build`:
//   node scripts/demo-screenshots.mjs [out-dir] [page …]   (default: /tmp/career-widgets-demo, every demo page)
// Options by environment: WIDTHS=390,1280  SCHEMES=light,dark  FULL=0 (the first screenful only).
// The README's picture is made with it: see docs/develop.md ("The README's screenshot").
import { mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import { serveStatic, launchBrowser, settleAll } from './serve-static.mjs';

const [out = '/tmp/career-widgets-demo', ...pages] = process.argv.slice(2);
const paths = pages.length ? pages : ['/demo/index.html', '/demo/profession-page.html', '/demo/profession-page.html?lang=en', '/demo/school.html', '/demo/portal.html'];
const widths = (process.env.WIDTHS ?? '390,1280').split(',').map(Number);
const schemes = (process.env.SCHEMES ?? 'light,dark').split(',');
const server = await serveStatic();
const { origin } = server;

await mkdir(out, { recursive: true });
const browser = await launchBrowser();
try {
  for (const path of paths) {
    for (const width of widths) {
      for (const scheme of schemes) {
        const context = await browser.newContext({ viewport: { width, height: 900 }, colorScheme: scheme });
        const tab = await context.newPage();
        await tab.goto(origin + path);
        // Every element of ours settled (their `settled` promise), then the fonts.
        await tab.evaluate(settleAll);
        const name = `${path.replace(/^\/demo\//, '').replace(/\.html/, '').replace(/\W+/g, '-') || 'index'}-${width}-${scheme}.png`;
        await tab.screenshot({ path: join(out, name), fullPage: process.env.FULL !== '0' });
        console.log(join(out, name));
        await context.close();
      }
    }
  }
} finally {
  await browser.close();
  server.close();
}
