#!/usr/bin/env node
// The story test: opens every entry of the static Storybook (storybook-static/, from
// `npm run build-storybook`; this script builds nothing) in one headless Chromium, one page
// after another, and fails a story that
//   - throws (an uncaught error, or Storybook's error display),
//   - logs a console error,
//   - shows no custom element, or leaves one's shadow root empty (or still loading),
//   - has an axe violation of WCAG 2.2 A/AA (inside shadow roots too),
//   - sticks out sideways at 320 CSS px (the layout must hold, WCAG 1.4.10 Reflow).
// Docs pages must render their API tables without throwing or logging errors, with real types (each
// attribute and property typed, none `unknown`, a default as a value, not as source text like
// `10_000`); a page of its own (MDX: the introduction) must render its text and live examples.
//
// Story tags, read at run time (stories/helpers.ts `states`):
//   loading     the element must show its loading state (aria-busy) instead of settling;
//   http-error  the browser's own console error for the failed request is expected.
//
// Usage: node scripts/test-storybook.mjs [id-filter]   (e.g. `salary-table--error`)
// Ends with one line "N passed, N failed"; exits 1 when a story failed or none ran.
import { createServer } from 'node:http';
import { readFile, stat } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { extname, join, normalize } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';
import { chromeArgs, requireChrome } from './find-chrome.mjs';

const root = fileURLToPath(new URL('../storybook-static', import.meta.url));
const filter = process.argv[2] ?? '';
/** The rules .storybook/preview.ts gives the a11y panel, too. */
const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];
const RENDER_TIMEOUT = 20_000;
const VIEWPORT = { width: 1024, height: 768 };
const NARROW = 320;
const SETTLE_TIMEOUT = 8_000;

const index = await readFile(join(root, 'index.json'), 'utf8')
  .then(JSON.parse)
  .catch(() => {
    console.error('storybook-static/index.json not found: run `npm run build-storybook` first (or `npm run test:storybook`).');
    process.exit(1);
  });
const entries = Object.values(index.entries).filter((entry) => entry.id.includes(filter));
const axeSource = await readFile(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

// -- A static server for storybook-static/ --------------------------------------------

const types = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.woff2': 'font/woff2',
  '.txt': 'text/plain; charset=utf-8',
};

const server = createServer(async (request, response) => {
  const { pathname } = new URL(request.url ?? '/', 'http://localhost');
  if (pathname === '/favicon.ico') return response.writeHead(204).end(); // asked for by the browser, not by a story
  const path = normalize(join(root, decodeURIComponent(pathname)));
  const file = pathname.endsWith('/') ? join(path, 'index.html') : path;
  try {
    if (!file.startsWith(root) || !(await stat(file)).isFile()) throw new Error('not a file');
    response.writeHead(200, { 'Content-Type': types[extname(file)] ?? 'application/octet-stream' });
    response.end(await readFile(file));
  } catch {
    response.writeHead(404, { 'Content-Type': 'text/plain' });
    response.end('Not found');
  }
});
await new Promise((done) => server.listen(0, '127.0.0.1', done));
const base = `http://127.0.0.1:${server.address().port}`;

// -- In the page -------------------------------------------------------------------------

/** Waits for Storybook to finish the story (render, play, afterEach) and says how it went. */
async function storyOutcome({ id, timeout }) {
  const current = () => window.__STORYBOOK_PREVIEW__?.currentRender;
  const deadline = Date.now() + timeout;
  while (Date.now() < deadline && !(current()?.id === id && ['finished', 'aborted'].includes(current().phase))) {
    await new Promise((done) => setTimeout(done, 25));
  }
  const render = current();
  const shown = document.body.classList.contains('sb-show-errordisplay');
  return {
    phase: render?.id === id ? render.phase : 'not rendered',
    tags: render?.story?.tags ?? [],
    error: shown ? `${document.querySelector('#error-message')?.textContent ?? ''} ${document.querySelector('#error-stack')?.textContent ?? ''}`.trim() : '',
  };
}

/** Checks every custom element in the story: defined, settled (or loading), and not blank. */
async function checkElements({ loading, settleTimeout }) {
  const problems = [];
  const story = document.querySelector('#storybook-root');
  const elements = [...(story?.querySelectorAll('*') ?? [])].filter((el) => el.localName.includes('-'));
  if (elements.length === 0) problems.push('no custom element in the story');
  const timeout = new Promise((done) => setTimeout(() => done('timeout'), settleTimeout));
  for (const el of elements) {
    const name = `<${el.localName}>`;
    if (!customElements.get(el.localName)) {
      problems.push(`${name} is not defined`);
      continue;
    }
    if (!loading && 'settled' in el && (await Promise.race([el.settled.then(() => 'settled'), timeout])) === 'timeout') {
      problems.push(`${name} did not settle within ${settleTimeout} ms`);
    }
  }
  await new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done)));
  for (const el of elements) {
    const name = `<${el.localName}>`;
    const shadow = el.shadowRoot;
    if (!shadow) {
      if (customElements.get(el.localName)) problems.push(`${name} has no shadow root`);
      continue;
    }
    const text = (shadow.textContent ?? '').trim();
    if (shadow.childElementCount === 0 || (!text && !shadow.querySelector('svg, img'))) problems.push(`${name} left its shadow root empty`);
    const busy = shadow.querySelector('[aria-busy="true"]');
    if (loading && 'settled' in el && !busy) problems.push(`${name} does not show its loading state (aria-busy)`);
    if (!loading && busy) problems.push(`${name} is still loading`);
  }
  return problems;
}

async function axeViolations(tags) {
  const result = await window.axe.run(document.querySelector('#storybook-root'), {
    runOnly: { type: 'tag', values: tags },
    resultTypes: ['violations'],
  });
  return result.violations.map(
    (violation) => `axe ${violation.id} (${violation.impact}): ${violation.help} — ${violation.nodes.map((node) => node.target.join(' ')).join(', ')}`,
  );
}

/** What sticks out of a page `width` px wide: the page itself, or a box in an element's shadow root. */
async function overflowAt(width) {
  await new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done)));
  const problems = [];
  const story = document.querySelector('#storybook-root');
  // A box that is clipped (e.g. a visually hidden table) cannot be seen sticking out; the
  // page-wide check below still catches it if it makes the page scroll.
  const clipped = (node) => {
    if (getComputedStyle(node).clipPath !== 'none') return true;
    for (let parent = node.parentElement; parent; parent = parent.parentElement) {
      const style = getComputedStyle(parent);
      if (style.overflowX !== 'visible' || style.clipPath !== 'none') return true;
    }
    return false;
  };
  for (const el of story?.querySelectorAll('*') ?? []) {
    if (!el.shadowRoot) continue;
    const limit = el.getBoundingClientRect().right + 0.5;
    const wide = [...el.shadowRoot.querySelectorAll('*')].find((child) => child.getBoundingClientRect().right > limit && !clipped(child));
    if (wide) {
      const label = `${wide.localName}${wide.getAttribute('part') ? `[part=${wide.getAttribute('part')}]` : wide.getAttribute('class') ? `.${wide.getAttribute('class').split(' ')[0]}` : ''}`;
      problems.push(`at ${width} px, <${el.localName}> overflows: ${label} is ${Math.round(wide.getBoundingClientRect().right - limit)} px too wide`);
    }
  }
  if (problems.length === 0 && document.documentElement.scrollWidth > width) {
    problems.push(`at ${width} px the page scrolls sideways (${document.documentElement.scrollWidth} px wide)`);
  }
  return problems;
}

/** Waits until the docs page shows its stories and API table (an MDX page: its stories and headings). */
async function docsOutcome({ timeout, mdx }) {
  const deadline = Date.now() + timeout;
  const docs = () => document.querySelector('#storybook-docs');
  while (Date.now() < deadline) {
    if ((mdx || docs()?.querySelector('.docblock-argstable')) && docs()?.querySelector('.docs-story')) break;
    await new Promise((done) => setTimeout(done, 50));
  }
  const text = docs()?.textContent ?? '';
  // The API table's rows: section (a row of its own above them), name, type (below the
  // description, one span per member of a union), default.
  let section = '';
  const rows = [];
  for (const tr of docs()?.querySelectorAll('.docblock-argstable tbody tr') ?? []) {
    if (tr.children.length < 3) {
      section = tr.textContent.trim().toLowerCase();
      continue;
    }
    const typeCell = tr.children[1].querySelector(':scope > div:last-child:not(:first-child)');
    rows.push({
      section,
      name: tr.children[0].textContent.trim(),
      type: [...(typeCell?.querySelectorAll('span') ?? [])].map((span) => span.textContent.trim()).join(' | '),
      default: tr.children[2].textContent.trim(),
    });
  }
  return {
    table: Boolean(docs()?.querySelector('.docblock-argstable')),
    stories: docs()?.querySelectorAll('.docs-story').length ?? 0,
    headings: [...(docs()?.querySelectorAll('h1, h2') ?? [])].map((h) => h.textContent.trim()),
    cssProps: text.includes('--cw-'),
    unknown: rows.filter((row) => /\bunknown\b/.test(row.type)).map((row) => row.name),
    untyped: rows.filter((row) => /^(hide|show) (attributes|properties) items/.test(row.section) && !row.type).map((row) => row.name),
    sourceDefaults: rows.filter((row) => /\d_\d|^[A-Z][A-Z_]+(\.\w+)?$/.test(row.default)).map((row) => `${row.name} = ${row.default}`),
    error: document.body.classList.contains('sb-show-errordisplay') ? document.querySelector('#error-message')?.textContent ?? 'error' : '',
  };
}

/** A message without its stack: the first line, cut at 300 characters. */
const firstLine = (text) => String(text).trim().split('\n')[0].slice(0, 300);

// -- The run -----------------------------------------------------------------------------

const browser = await chromium.launch({ executablePath: requireChrome(), headless: true, args: chromeArgs });
const page = await browser.newPage({ viewport: VIEWPORT });
let consoleErrors = [];
let pageErrors = [];
page.on('console', (message) => {
  if (message.type() === 'error') consoleErrors.push({ text: message.text(), url: message.location().url });
});
page.on('pageerror', (error) => pageErrors.push(error.message));

let passed = 0;
let failed = 0;
const started = Date.now();
for (const entry of entries) {
  const t0 = Date.now();
  // A blank page first, so that nothing late from the previous story is blamed on this one.
  await page.goto('about:blank');
  consoleErrors = [];
  pageErrors = [];
  const problems = [];
  const isDocs = entry.type === 'docs';
  try {
    // a11y.manual: the a11y panel's own axe run is skipped here; this script runs axe itself.
    await page.goto(`${base}/iframe.html?id=${encodeURIComponent(entry.id)}&viewMode=${isDocs ? 'docs' : 'story'}&globals=a11y.manual:!true`, { timeout: RENDER_TIMEOUT });
    if (isDocs) {
      const mdx = entry.importPath.endsWith('.mdx');
      const outcome = await page.evaluate(docsOutcome, { timeout: RENDER_TIMEOUT, mdx });
      if (outcome.error) problems.push(`Storybook error: ${outcome.error}`);
      if (mdx) {
        if (outcome.headings.length < 2) problems.push(`the page shows no headings: ${JSON.stringify(outcome.headings)}`);
      } else if (!outcome.table) problems.push('no API table');
      else if (!outcome.cssProps) problems.push('the API table lists no --cw-* custom property');
      if (outcome.unknown.length) problems.push(`typed unknown in the API table: ${outcome.unknown.join(', ')}`);
      if (outcome.untyped.length) problems.push(`no type in the API table: ${outcome.untyped.join(', ')}`);
      if (outcome.sourceDefaults.length) problems.push(`defaults shown as source text: ${outcome.sourceDefaults.join(', ')}`);
      if (outcome.stories === 0) problems.push('no story on the docs page');
      // A docs page shows every story of the element at once, the HTTP-error ones too: the
      // browser's own line for a failed request is allowed here (each story is checked alone).
      consoleErrors = consoleErrors.filter((error) => !error.text.startsWith('Failed to load resource'));
    } else {
      const outcome = await page.evaluate(storyOutcome, { id: entry.id, timeout: RENDER_TIMEOUT });
      if (outcome.phase !== 'finished') problems.push(`story ${outcome.phase}`);
      if (outcome.error) problems.push(`Storybook error: ${firstLine(outcome.error)}`);
      const loading = outcome.tags.includes('loading');
      problems.push(...(await page.evaluate(checkElements, { loading, settleTimeout: SETTLE_TIMEOUT })));
      if (outcome.tags.includes('http-error')) {
        consoleErrors = consoleErrors.filter((error) => !/^Failed to load resource: the server responded with a status of [45]\d\d/.test(error.text));
      }
      await page.addScriptTag({ content: axeSource });
      problems.push(...(await page.evaluate(axeViolations, WCAG_TAGS)));
      // The layout must hold: at 320 CSS px nothing may stick out sideways (WCAG 1.4.10 Reflow).
      await page.setViewportSize({ width: NARROW, height: 768 });
      problems.push(...(await page.evaluate(overflowAt, NARROW)));
      await page.setViewportSize(VIEWPORT);
    }
  } catch (error) {
    problems.push(`${error.message.split('\n')[0]}`);
  }
  problems.push(...pageErrors.map((message) => `uncaught: ${firstLine(message)}`));
  problems.push(...consoleErrors.map((error) => `console error: ${firstLine(error.text)}${error.url ? ` (${error.url})` : ''}`));
  const time = `${((Date.now() - t0) / 1000).toFixed(1)} s`;
  const label = `${entry.id} (${isDocs ? 'docs' : entry.name})`;
  if (problems.length === 0) {
    passed++;
    console.log(`✓ ${label} ${time}`);
  } else {
    failed++;
    console.log(`✗ ${label} ${time}\n${problems.map((problem) => `    ${problem}`).join('\n')}`);
  }
}

await browser.close();
server.close();
const counts = new Map();
for (const entry of entries) if (entry.type === 'story') counts.set(entry.title, (counts.get(entry.title) ?? 0) + 1);
const perElement = [...counts].map(([title, count]) => `${title}: ${count}`);
console.log(`stories per element: ${perElement.join(', ') || 'none'} (${((Date.now() - started) / 1000).toFixed(1)} s)`);
if (entries.length === 0) console.log(`no story matches "${filter}"`);
console.log(`${passed} passed, ${failed} failed`);
process.exit(failed > 0 || entries.length === 0 ? 1 : 0);
