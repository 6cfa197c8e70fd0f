// The harness of the page-level hardening tests (test/hardening/pages.mjs): a static server
// on 127.0.0.1 for the built package (dist/), node_modules/ and profiles/, pages made per
// test case, a counter of open requests, and one headless Chromium (playwright-core, the
// Debian Chromium; nothing downloads a browser). Each case gets a fresh page.
import { createServer } from 'node:http';
import { readFile, stat } from 'node:fs/promises';
import { existsSync, readFileSync } from 'node:fs';
import { extname, join, normalize, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';
import { chromeArgs, requireChrome } from '../../../scripts/find-chrome.mjs';

export const root = fileURLToPath(new URL('../../../', import.meta.url));
/** The built package: dist/, or HARDENING_DIST (a copy, for a checkout where others rebuild dist/ meanwhile). */
const dist = process.env.HARDENING_DIST ?? join(root, 'dist');
export const { version: VERSION } = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
/** Only these folders are served: the package as built, its dependencies, the profiles. */
const SERVED = ['node_modules/', 'profiles/'];

const types = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
};

export const sleep = (ms) => new Promise((done) => setTimeout(done, ms));

// -- The server -------------------------------------------------------------------------

const pages = new Map();
let pageCount = 0;
/** Requests under /track/ that have not finished or been dropped by the browser. */
const open = new Set();
let tracked = 0;
const generated = new Map();

/** Serves `html` at a fresh URL of its own (same origin as everything else) and returns the path. */
export function servePage(html) {
  const path = `/page/${++pageCount}.html`;
  pages.set(path, html);
  return path;
}

/** Serves a body made once by `make()` at `path` (e.g. the 1 MB profile). */
export function serveGenerated(path, type, make) {
  generated.set(path, { type, make, body: undefined });
}

export const openRequests = () => open.size;
export const trackedRequests = () => tracked;

/** The CDN bundle as another version of the library would ship it: the same code, another version string. */
async function cdnBundleAs(version) {
  const source = await readFile(join(dist, 'cdn/career-widgets.js'), 'utf8');
  const current = JSON.stringify(VERSION);
  if (!source.includes(current)) throw new Error(`dist/cdn/career-widgets.js does not contain the version ${current}`);
  return source.split(current).join(JSON.stringify(version));
}

/** Tailwind's preflight as its compiler would emit it without a theme: `--theme(--x, fallback)` becomes `var(--x, fallback)`. */
async function tailwindPreflight() {
  const source = await readFile(join(root, 'node_modules/tailwindcss/preflight.css'), 'utf8');
  return source.replaceAll('--theme(', 'var(');
}

async function handle(request, response) {
  const url = new URL(request.url ?? '/', 'http://127.0.0.1');
  const { pathname } = url;
  const send = (status, type, body) => {
    response.writeHead(status, { 'Content-Type': type, 'Cache-Control': 'no-store' });
    response.end(body);
  };
  if (pathname === '/favicon.ico') return response.writeHead(204).end();
  if (pages.has(pathname)) return send(200, types['.html'], pages.get(pathname));
  if (generated.has(pathname)) {
    const entry = generated.get(pathname);
    entry.body ??= entry.make();
    return send(200, entry.type, entry.body);
  }
  if (pathname === '/tailwind-preflight.css') return send(200, types['.css'], await tailwindPreflight());
  const cdnAs = pathname.match(/^\/cdn-as\/([\w.-]+)\/career-widgets\.js$/);
  if (cdnAs) return send(200, types['.js'], await cdnBundleAs(cdnAs[1]));
  // /track/<file>?delay=MS: a served file, counted as open until the response ends or the browser drops it.
  if (pathname.startsWith('/track/')) {
    tracked++;
    open.add(response);
    const done = () => open.delete(response);
    response.on('close', done);
    response.on('finish', done);
    const delay = Number(url.searchParams.get('delay') ?? 0);
    if (delay) await sleep(delay);
    if (response.destroyed) return undefined;
    // /track/seed?name=N: the seed profile under another name (a new profile for each swap).
    if (pathname === '/track/seed') {
      const profile = JSON.parse(await readFile(join(root, 'profiles/kaufmann-dialogmarketing.json'), 'utf8'));
      profile.name = url.searchParams.get('name') ?? profile.name;
      return send(200, types['.json'], JSON.stringify(profile));
    }
    return serveFile(pathname.slice('/track'.length), send);
  }
  return serveFile(pathname, send);
}

async function serveFile(pathname, send) {
  const relative = decodeURIComponent(pathname).replace(/^\/+/, '');
  const file = relative.startsWith('dist/') ? normalize(join(dist, relative.slice('dist/'.length))) : normalize(join(root, relative));
  try {
    const inside = file.startsWith(dist + sep) || SERVED.some((dir) => file.startsWith(join(root, dir)));
    if (!inside || !(await stat(file)).isFile()) throw new Error('not served');
    send(200, types[extname(file)] ?? 'application/octet-stream', await readFile(file));
  } catch {
    send(404, 'text/plain', 'Not found');
  }
}

// -- The browser and the cases ------------------------------------------------------------

const cases = [];
/** Registers a case: `run({ page, errors })` gets a fresh page; throw to fail. */
export function test(name, run, { timeout = 60_000 } = {}) {
  cases.push({ name, run, timeout });
}

/**
 * A fresh page that records uncaught errors and console errors and warnings. Chromium
 * runs with `--js-flags=--expose-gc`, so a page can call `gc()` before reading its heap.
 */
async function newPage(browser, base, viewport) {
  const page = await browser.newPage({ viewport, baseURL: base });
  const log = { errors: [], warnings: [], consoleErrors: [] };
  page.on('pageerror', (error) => log.errors.push(error.message));
  page.on('console', (message) => {
    if (message.type() === 'warning') log.warnings.push(message.text());
    if (message.type() === 'error') log.consoleErrors.push(message.text());
  });
  return { page, log };
}

/** Runs every registered case whose name contains `filter`; prints one line per case and the summary. */
export async function runAll({ filter = '', viewport = { width: 1024, height: 768 }, label = 'page hardening' } = {}) {
  for (const file of ['cdn/career-widgets.js', 'index.js']) {
    if (!existsSync(join(dist, file))) {
      console.error(`${join(dist, file)} is missing: run \`npm run build\` first.`);
      console.log('0 passed, 1 failed');
      return false;
    }
  }
  const server = createServer((request, response) =>
    handle(request, response).catch((error) => {
      if (!response.headersSent) response.writeHead(500).end(String(error));
    }),
  );
  await new Promise((done) => server.listen(0, '127.0.0.1', done));
  const base = `http://127.0.0.1:${server.address().port}`;
  const browser = await chromium.launch({
    executablePath: requireChrome(),
    headless: true,
    args: [...chromeArgs, '--js-flags=--expose-gc'],
  });
  let passed = 0;
  let failed = 0;
  const started = Date.now();
  for (const { name, run, timeout } of cases.filter((c) => c.name.includes(filter))) {
    const t0 = Date.now();
    const { page, log } = await newPage(browser, base, viewport);
    let timer;
    try {
      const notes = await Promise.race([
        run({ page, log, base }),
        new Promise((_, reject) => (timer = setTimeout(() => reject(new Error(`timed out after ${timeout} ms`)), timeout))),
      ]);
      passed++;
      console.log(`  ✓ ${name} (${Date.now() - t0} ms)${notes ? `\n      ${[].concat(notes).join('\n      ')}` : ''}`);
    } catch (error) {
      failed++;
      console.log(`  ✗ ${name} (${Date.now() - t0} ms)\n      ${String(error?.message ?? error).split('\n').join('\n      ')}`);
    } finally {
      clearTimeout(timer);
      // HARDENING_SCREENSHOTS=dir: a picture of each case's last page, to look at.
      if (process.env.HARDENING_SCREENSHOTS) {
        const file = join(process.env.HARDENING_SCREENSHOTS, `${name.replace(/\W+/g, '-').slice(0, 80)}.png`);
        await page.screenshot({ path: file, fullPage: true }).catch(() => undefined);
      }
      await page.close().catch(() => undefined);
    }
  }
  await browser.close();
  server.close();
  console.log(`\n${label}: ${((Date.now() - started) / 1000).toFixed(1)} s`);
  console.log(`${passed} passed, ${failed} failed`);
  return failed === 0 && passed > 0;
}

/** Throws with `message` unless `condition` holds. */
export function check(condition, message) {
  if (!condition) throw new Error(message);
}

/** The script tags that load the CDN bundle (as an embedder pastes it). */
export const cdnScript = (src = '/dist/cdn/career-widgets.js') => `<script type="module" src="${src}"></script>`;

/** An import map for the npm build: the bare names it imports, from node_modules (as a bundler or CDN would resolve them). */
export const importMap = `<script type="importmap">${JSON.stringify({
  imports: {
    lit: '/node_modules/lit/index.js',
    'lit/': '/node_modules/lit/',
    'lit-html': '/node_modules/lit-html/lit-html.js',
    'lit-html/': '/node_modules/lit-html/',
    'lit-element/': '/node_modules/lit-element/',
    '@lit/reactive-element': '/node_modules/@lit/reactive-element/reactive-element.js',
    '@lit/reactive-element/': '/node_modules/@lit/reactive-element/',
    '@lit-labs/ssr-client/': '/node_modules/@lit-labs/ssr-client/',
    valibot: '/node_modules/valibot/dist/index.mjs',
  },
})}</script>`;
