// What the screenshot scripts and the design checks share (scripts/screenshots.mjs, demo-screenshots.mjs,
// gallery.mjs, test/design/run.mjs): a static server for the checkout on 127.0.0.1 (a free port) that
// can also answer made-up pages, and the system Chromium through playwright-core (nothing downloads a
// browser; see find-chrome.mjs).
import { createServer } from 'node:http';
import { readFile } from 'node:fs/promises';
import { extname, join, normalize } from 'node:path';
import { chromium } from 'playwright-core';
import { requireChrome, chromeArgs } from './find-chrome.mjs';

const TYPES = {
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
};

/**
 * Serves the files under `root` (default: the current directory). `page(url)` may answer a request
 * with an HTML string of its own (a made-up host page); undefined falls through to the files.
 * Returns `{ origin, close }`.
 */
export async function serveStatic({ root = process.cwd(), page = () => undefined } = {}) {
  const server = createServer(async (request, response) => {
    const url = new URL(request.url ?? '/', 'http://localhost');
    try {
      const html = await page(url);
      if (html !== undefined) {
        response.writeHead(200, { 'content-type': TYPES['.html'] }).end(html);
        return;
      }
      const file = normalize(join(root, decodeURIComponent(url.pathname)));
      if (!file.startsWith(root)) throw new Error('outside');
      const body = await readFile(file);
      response.writeHead(200, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream' }).end(body);
    } catch {
      response.writeHead(404).end();
    }
  });
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  return { origin: `http://127.0.0.1:${server.address().port}`, close: () => server.close() };
}

/** The system Chromium, headless, with the flags this machine needs. */
export const launchBrowser = () => chromium.launch({ executablePath: requireChrome(), args: chromeArgs });

/** In a page: waits until every element of ours (those with a `settled` promise) has settled, then the fonts. */
export async function settleAll() {
  const ours = [...document.querySelectorAll('*')].filter((el) => el.localName.includes('-') && 'settled' in el);
  await Promise.all(ours.map((el) => el.settled));
  await document.fonts.ready;
}
