// The teacher's page in the README works as a teacher's server would serve it (issue 27): the HTML
// block under "## A teacher", saved as a file, served with `Content-Type: text/html` and no charset
// (as many school servers and CMS uploads do), its unpkg URLs pointed at this build (the same paths
// in the package). In Chromium at 390 px as a phone: the page's own "für" reads as "für", the page
// is not zoomed out to 980 px, and the elements render. The same file without its `<meta charset>`
// or its viewport line is caught by the same checks, so they can fail. Needs `npm run build`.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { createServer } from 'node:http';
import { readFile } from 'node:fs/promises';
import { readFileSync } from 'node:fs';
import { extname, join, normalize } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';
import { requireChrome, chromeArgs } from '../../scripts/find-chrome.mjs';

const root = fileURLToPath(new URL('../../', import.meta.url));
const readme = readFileSync(join(root, 'README.md'), 'utf8');

/** The first ```html block of the README's teacher section. */
export function teacherBlock(text) {
  const section = /^## A teacher\b[\s\S]*?(?=^## )/m.exec(text)?.[0] ?? '';
  return /```html\n([\s\S]*?)```/.exec(section)?.[1];
}

const teacher = teacherBlock(readme);
const PACKAGE_URL = 'https://unpkg.com/career-widgets@0/';
// Content types without a charset, as a plain server sends them.
const TYPES = { '.js': 'text/javascript', '.json': 'application/json' };

let server, origin, browser;
const pages = new Map(); // path → HTML, served as text/html with no charset

before(async () => {
  server = createServer(async (request, response) => {
    const path = new URL(request.url, 'http://localhost').pathname;
    if (pages.has(path)) return void response.writeHead(200, { 'content-type': 'text/html' }).end(pages.get(path));
    const file = normalize(join(root, decodeURIComponent(path)));
    if (!file.startsWith(join(root, 'dist', 'cdn')) && !file.startsWith(join(root, 'profiles'))) return void response.writeHead(404).end();
    try {
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

/**
 * What is wrong with `html` on a phone, as a list of problems (empty: none): the page served from
 * here as text/html without charset, in a 390 px wide mobile viewport.
 */
async function problemsOnPhone(name, html) {
  pages.set(`/${name}.html`, html.replaceAll(PACKAGE_URL, '/'));
  const context = await browser.newContext({ viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true });
  try {
    const page = await context.newPage();
    const errors = [];
    page.on('pageerror', (error) => errors.push(error.message));
    await page.goto(`${origin}/${name}.html`);
    const seen = await page.evaluate(async () => {
      const tags = ['salary-table', 'career-quiz'];
      await Promise.all(tags.map((tag) => customElements.whenDefined(tag)));
      await Promise.all(tags.map((tag) => document.querySelector(tag).settled));
      const text = (tag) => document.querySelector(tag).shadowRoot?.textContent.replace(/\s+/g, ' ') ?? '';
      return {
        charset: document.characterSet,
        heading: document.querySelector('h1').textContent,
        layoutWidth: window.innerWidth,
        overflow: document.documentElement.scrollWidth > window.innerWidth,
        table: text('salary-table'),
        quiz: text('career-quiz'),
      };
    });
    const problems = [];
    if (!seen.heading.includes('Kauffrau für Dialogmarketing')) problems.push(`the heading reads "${seen.heading}" (${seen.charset})`);
    if (seen.layoutWidth !== 390) problems.push(`the page is laid out ${seen.layoutWidth} px wide on a 390 px phone (zoomed out)`);
    if (seen.overflow) problems.push('the page scrolls sideways at 390 px');
    if (!seen.table.includes('1. Ausbildungsjahr') || !seen.table.includes('Einstiegsgehalt')) problems.push(`the salary table shows "${seen.table.slice(0, 120)}"`);
    if (!/Frage 1 von|Quiz starten/.test(seen.quiz)) problems.push(`the quiz shows "${seen.quiz.slice(0, 120)}"`);
    if (errors.length) problems.push(`errors: ${errors.join('; ')}`);
    return problems;
  } finally {
    await context.close();
  }
}

test("the README has a teacher's page: a complete file with doctype, charset, viewport, and our CDN script", () => {
  assert.ok(teacher, 'README.md has no ```html block under "## A teacher"');
  assert.match(teacher, /^<!doctype html>/i);
  assert.match(teacher, /<meta charset="utf-8">/i);
  assert.match(teacher, /<meta name="viewport" content="width=device-width, initial-scale=1">/);
  assert.ok(teacher.includes(`${PACKAGE_URL}dist/cdn/`), 'the script comes from the CDN (or a copy of dist/cdn)');
  assert.match(teacher, /[äöüß]/, 'German text with umlauts, which a missing charset would break');
});

test("the teacher's page, served with no charset, reads correctly on a 390 px phone and shows the elements", async () => {
  assert.deepEqual(await problemsOnPhone('teacher', teacher), []);
});

test('the checks catch a page without <meta charset> (its "für" reads "fÃ¼r" or the like) or without the viewport line', async () => {
  const noCharset = await problemsOnPhone('no-charset', teacher.replace(/\s*<meta charset="utf-8">/i, ''));
  // Chromium guesses a legacy encoding for unlabelled bytes (windows-1252, -1257, …): "fÃ¼r", "fĆ¼r".
  assert.ok(noCharset.some((p) => p.startsWith('the heading reads') && !p.includes('für')), noCharset.join('\n'));
  const noViewport = await problemsOnPhone('no-viewport', teacher.replace(/\s*<meta name="viewport"[^>]*>/, ''));
  assert.ok(noViewport.some((p) => p.includes('zoomed out')), noViewport.join('\n'));
});
