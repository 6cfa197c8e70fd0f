// The demo as `npm start` serves it (issue 27): its pages declare `color-scheme: light dark` (meta and
// CSS) and so follow the reader's system setting, with ?light and ?dark as overrides, and the English
// profile is one link away. In Chromium, against the build (`npm run build` first).
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { createServer } from 'node:http';
import { readFile } from 'node:fs/promises';
import { extname, join, normalize } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';
import { requireChrome, chromeArgs } from '../../scripts/find-chrome.mjs';

const root = fileURLToPath(new URL('../../', import.meta.url));
const TYPES = { '.js': 'text/javascript', '.json': 'application/json', '.html': 'text/html; charset=utf-8' };
let server, origin, browser;

before(async () => {
  server = createServer(async (request, response) => {
    try {
      const file = normalize(join(root, decodeURIComponent(new URL(request.url, 'http://localhost').pathname)));
      if (!file.startsWith(root)) throw new Error('outside');
      response.writeHead(200, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream' }).end(await readFile(file));
    } catch {
      response.writeHead(404).end();
    }
  });
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  origin = `http://127.0.0.1:${server.address().port}`;
  browser = await chromium.launch({ executablePath: requireChrome(), args: chromeArgs });
});

after(async () => {
  await browser?.close();
  server?.close();
});

/** The page's declared and used scheme, its background's lightness, and the profession page's title once ready. */
async function look(path, system) {
  const context = await browser.newContext({ viewport: { width: 390, height: 844 }, colorScheme: system });
  try {
    const page = await context.newPage();
    await page.goto(origin + path);
    return await page.evaluate(async () => {
      const el = document.querySelector('profession-page');
      await customElements.whenDefined('profession-page');
      await el.settled;
      // Lightness of the canvas: the body's background, else the root's (where a page paints it).
      const rgba = (node) => getComputedStyle(node).backgroundColor.match(/[\d.]+/g).map(Number);
      const [r, g, b] = [document.body, document.documentElement].map(rgba).find((c) => c[3] !== 0) ?? [255, 255, 255];
      return {
        meta: document.querySelector('meta[name="color-scheme"]')?.content,
        css: getComputedStyle(document.documentElement).colorScheme,
        light: (0.2126 * r + 0.7152 * g + 0.0722 * b) / 255 > 0.5,
        title: el.shadowRoot.querySelector('[part~="title"]')?.textContent.trim(),
        lang: document.documentElement.lang,
      };
    });
  } finally {
    await context.close();
  }
}

for (const path of ['/demo/index.html', '/demo/profession-page.html']) {
  test(`${path} declares color-scheme: light dark and follows the system`, async () => {
    const dark = await look(path, 'dark');
    assert.equal(dark.meta, 'light dark');
    assert.equal(dark.css, 'light dark');
    assert.equal(dark.light, false, 'a dark system gives a dark page');
    assert.equal((await look(path, 'light')).light, true, 'a light system gives a light page');
  });

  test(`${path}: ?light and ?dark win over the system`, async () => {
    assert.equal((await look(`${path}?light`, 'dark')).light, true);
    const dark = await look(`${path}?dark`, 'light');
    assert.equal(dark.light, false);
    assert.equal(dark.css, 'dark');
  });

  test(`${path} offers the English profile`, async () => {
    const html = await readFile(join(root, path), 'utf8');
    assert.match(html, /href="\?profile=dental-assistant-en"/);
    const english = await look(`${path}?profile=dental-assistant-en`, 'light');
    assert.equal(english.lang, 'en');
    assert.match(english.title, /^Dental assistant/);
  });
}
