// Pictures of each element on its own (issue 27's before/after set), in headless Chromium: every element
// in the states a reader meets (salary table and chart, career path, quiz at start / a wrong answer /
// the result, vacancy teaser, similar professions, finder, the whole profession page) on a light-only
// and a dark-only host page, at 390 and 1280 px. Run after `npm run build`:
//   node scripts/gallery.mjs <out-dir> [--profile slug]     (default profile: kaufmann-dialogmarketing)
// Writes <element>-<state>-<width>-<scheme>.png, the profession page as .jpg (quality 70: it is tall).
// WIDTHS=390,1280 and SCHEMES=light,dark narrow it down.
import { mkdir } from 'node:fs/promises';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { serveStatic, launchBrowser } from './serve-static.mjs';
import { SCHEMES, cases, hostPage, langOf, prepare } from './host-pages.mjs';

const { values, positionals } = parseArgs({ options: { profile: { type: 'string', default: 'kaufmann-dialogmarketing' } }, allowPositionals: true });
const [out] = positionals;
const slug = values.profile;
if (!out || positionals.length > 1) {
  console.error('Usage: node scripts/gallery.mjs <out-dir> [--profile slug]');
  process.exit(2);
}
if (!/^[\w-]+$/.test(slug) || !existsSync(`profiles/${slug}.json`)) {
  console.error(`No profile profiles/${slug}.json (give the file's name without .json, e.g. --profile pflegefachmann).`);
  process.exit(2);
}
if (!existsSync('dist/cdn/career-widgets.js')) {
  console.error('No dist/cdn/career-widgets.js: run `npm run build` first (in the checkout the pictures are of).');
  process.exit(2);
}
const widths = (process.env.WIDTHS ?? '390,1280').split(',').map(Number);
const schemes = (process.env.SCHEMES ?? 'light,dark').split(',');
const list = cases(slug);

const server = await serveStatic({
  page: (url) => (url.pathname === '/gallery' ? hostPage(list, { scheme: url.searchParams.get('scheme'), lang: langOf(slug) }) : undefined),
});
await mkdir(out, { recursive: true });
const browser = await launchBrowser();
let count = 0;
try {
  for (const scheme of schemes) {
    for (const width of widths) {
      const context = await browser.newContext({ viewport: { width, height: 900 }, colorScheme: SCHEMES[scheme].system });
      const tab = await context.newPage();
      tab.on('pageerror', (error) => console.error(`page error (${scheme}, ${width}): ${error.message}`));
      await tab.goto(`${server.origin}/gallery?scheme=${scheme}`);
      await tab.evaluate(prepare);
      for (const c of list) {
        const file = join(out, `${c.element}-${c.state}-${width}-${scheme}.${c.big ? 'jpg' : 'png'}`);
        const host = tab.locator(`section[data-case="${c.element}-${c.state}"] > *`);
        await host.screenshot({ path: file, ...(c.big ? { type: 'jpeg', quality: 70 } : {}), animations: 'disabled' });
        count++;
      }
      await context.close();
    }
  }
} finally {
  await browser.close();
  server.close();
}
console.log(`${count} pictures of ${slug} in ${out}`);
