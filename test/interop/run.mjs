#!/usr/bin/env node
// The interop test (`npm run test:interop`, part of `npm test`, after `npm run build`): the built
// package and CDN files on real pages in headless Chromium, as other people's sites and apps use them.
//
//   plain         the CDN bundle on a plain HTML page: profile set as a property, events by addEventListener
//   react         a React 19 app (the npm build): profile as a prop, events as on<event-name> props
//   vue           a Vue 3 app (the npm build): :profile and @event-name in a template
//   svelte        a Svelte 5 app (the npm build): {profile} and on<event-name> attributes
//   angular       an Angular 21 app (the npm build, zoneless, CUSTOM_ELEMENTS_SCHEMA): [profile], (event-name)
//   csp           a page with a strict Content-Security-Policy and Trusted Types: no violation
//   per-tag       each single-tag CDN file on one page, under that CSP with 'allow-duplicates'
//   double-load   the classic script, the CDN bundle twice, two single-tag files and another version
//   classic       the classic script in <head>, elements with inline profiles after it
//   latin1        the classic script served with no charset on a windows-1252 page: German text intact
//   minified      the CDN bundle (minified templates) renders exactly what the unminified source does
//   react-ssr     career-widgets/react/<tag> rendered by react-dom/server (the elements' shadow DOM in
//                 the HTML) and hydrated with hydrateRoot: the server's nodes stay, the handlers fire
//                 (quiz-complete), no hydration error or warning
//   react-one-tag one wrapper (career-widgets/react/salary-table) in a client-rendered React app:
//                 it registers its tag and no other; its event props fire
//
// The React, Vue, Svelte and Angular pages and the "other version" are bundled with esbuild into a temp folder; a
// tiny server serves the repo's dist/, profiles/ and test/interop/, that folder, and the pages.
// Ends with one line "N passed, N failed"; exits 1 when a test failed or none ran.
// Usage: node test/interop/run.mjs [name-filter]
import { execFile } from 'node:child_process';
import { createServer } from 'node:http';
import { mkdtempSync, readFileSync, rmSync, existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { extname, join, normalize } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import { chromium } from 'playwright-core';
import { chromeArgs, requireChrome } from '../../scripts/find-chrome.mjs';

const root = fileURLToPath(new URL('../../', import.meta.url));
const filter = process.argv[2] ?? '';
const { version } = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
const OTHER_VERSION = '0.0.0-other';
const TAGS = ['salary-table', 'career-path', 'profession-quiz', 'career-quiz', 'vacancy-teaser'];
/** Every tag the full bundle defines: the four elements, the profession page's, similar professions and the finder. */
const ALL_TAGS = [...TAGS, 'profession-facts', 'profession-tasks', 'profession-workplaces', 'profession-suitability', 'training-contents', 'profession-application', 'profession-page', 'similar-professions', 'profession-finder'];
const SEED = '/profiles/kaufmann-dialogmarketing.json';
const FEED = '/profiles/feeds/kaufmann-dialogmarketing.json';
const STRICT_CSP = "script-src 'self'; style-src 'self'; require-trusted-types-for 'script'; trusted-types lit-html";

if (!existsSync(join(root, 'dist/cdn/career-widgets.js'))) {
  console.error('dist/ is missing: run `npm run build` first.');
  process.exit(1);
}

// -- Builds for the test, into a temp folder ----------------------------------------------

const out = mkdtempSync(join(tmpdir(), 'cw-interop-'));
/** .svelte files through Svelte's own compiler (development build: its warnings would show a misuse). */
const sveltePlugin = {
  name: 'svelte',
  setup(builder) {
    builder.onLoad({ filter: /\.svelte$/ }, async ({ path }) => {
      const { compile } = await import('svelte/compiler');
      const { js, warnings } = compile(await readFile(path, 'utf8'), { filename: path, generate: 'client', dev: true });
      return { contents: js.code, loader: 'js', warnings: warnings.map((w) => ({ text: w.message })) };
    });
  },
};
const started = Date.now();
const bundle = (options) =>
  build({ bundle: true, format: 'esm', target: 'es2022', logLevel: 'error', absWorkingDir: root, legalComments: 'none', ...options });
await Promise.all([
  // Development builds of React and Vue: their warnings would show a misuse of our elements.
  bundle({ entryPoints: ['test/interop/react-page.tsx'], outfile: join(out, 'react-page.js'), jsx: 'automatic', define: { 'process.env.NODE_ENV': '"development"' } }),
  bundle({ entryPoints: ['test/interop/react-ssr-page.mjs'], outfile: join(out, 'react-ssr-page.js'), define: { 'process.env.NODE_ENV': '"development"' } }),
  bundle({ entryPoints: ['test/interop/react-one-tag.mjs'], outfile: join(out, 'react-one-tag.js'), define: { 'process.env.NODE_ENV': '"development"' } }),
  bundle({
    entryPoints: ['test/interop/vue-page.ts'],
    outfile: join(out, 'vue-page.js'),
    // The full build of Vue, with its template compiler (the page's template is a string).
    alias: { vue: 'vue/dist/vue.esm-bundler.js' },
    define: { 'process.env.NODE_ENV': '"development"', __VUE_OPTIONS_API__: 'true', __VUE_PROD_DEVTOOLS__: 'false', __VUE_PROD_HYDRATION_MISMATCH_DETAILS__: 'false' },
  }),
  bundle({ entryPoints: ['test/interop/svelte-main.ts'], outfile: join(out, 'svelte-page.js'), plugins: [sveltePlugin], conditions: ['svelte', 'browser'] }),
  // Angular's development build (ngDevMode): its errors, e.g. for an unknown element, would show.
  bundle({ entryPoints: ['test/interop/angular-page.ts'], outfile: join(out, 'angular-page.js') }),
  // A second version of the library, as another script on the same page would bring it.
  bundle({ entryPoints: ['src/index.ts'], outfile: join(out, 'other-version.js'), minify: true, define: { __CW_VERSION__: JSON.stringify(OTHER_VERSION) } }),
  // The source with its templates as written, to compare the minified CDN bundle with.
  bundle({ entryPoints: ['src/index.ts'], outfile: join(out, 'reference.js'), define: { __CW_VERSION__: JSON.stringify(version) } }),
]);
const buildMs = Date.now() - started;

// -- Pages -------------------------------------------------------------------------------

const head = (scripts, title) => `<!doctype html>
<html lang="de">
<head>
<meta charset="utf-8">
<title>${title}</title>
<link rel="icon" href="data:,">
<script src="/test/interop/record.js"></script>
${scripts}
</head>`;
const moduleScript = (src) => `<script type="module" src="${src}"></script>`;
/** Every tag once, reading the seed from `src` (the vacancy teaser also a feed), with `extra(tag)` attributes. */
const everyTag = (extra = () => '') =>
  TAGS.map((tag) => `<${tag} id="${tag}" src="${SEED}"${tag === 'vacancy-teaser' ? ` feed="${FEED}" limit="2"` : ''}${tag === 'career-quiz' ? ' lang="en"' : ''}${extra(tag)}></${tag}>`).join('\n');
const seedText = readFileSync(join(root, SEED.slice(1)), 'utf8').replace(/<\//g, '<\\/');

// The React server render, in this process, as a Next.js or Remix server would do it.
const { createElement } = await import('react');
const { renderToString } = await import('react-dom/server');
const { App: SsrApp } = await import('./react-ssr-app.mjs');
const reactSsrHtml = renderToString(createElement(SsrApp, { profile: JSON.parse(readFileSync(join(root, SEED.slice(1)), 'utf8')) }));

const pages = {
  // The classic script after the server's HTML keeps a node of each shadow root, before the module hydrates.
  'react-ssr.html': {
    html: `${head(moduleScript('/out/react-ssr-page.js'), 'react ssr')}<body><div id="root">${reactSsrHtml}</div>
<script type="application/json" id="profile">${seedText}</script>
<script src="/test/interop/server-nodes.js"></script></body></html>`,
  },
  'react-one-tag.html': { html: `${head(moduleScript('/out/react-one-tag.js'), 'react one tag')}<body><div id="root"></div></body></html>` },
  'plain.html': {
    html: `${head(`${moduleScript('/dist/cdn/career-widgets.js')}\n${moduleScript('/test/interop/plain-page.js')}`, 'plain')}
<body>
${TAGS.map((tag) => `<${tag} id="${tag}"${tag === 'vacancy-teaser' ? ` feed="${FEED}" limit="2"` : ''}${tag === 'career-quiz' ? ' lang="en"' : ''}></${tag}>`).join('\n')}
</body></html>`,
  },
  'react.html': { html: `${head(moduleScript('/out/react-page.js'), 'react')}<body><div id="root"></div></body></html>` },
  'vue.html': { html: `${head(moduleScript('/out/vue-page.js'), 'vue')}<body><div id="root"></div></body></html>` },
  'angular.html': { html: `${head(moduleScript('/out/angular-page.js'), 'angular')}<body><app-root></app-root></body></html>` },
  'svelte.html': { html: `${head(moduleScript('/out/svelte-page.js'), 'svelte')}<body><div id="root"></div></body></html>` },
  'csp.html': {
    csp: STRICT_CSP,
    html: `${head(moduleScript('/dist/cdn/career-widgets.js'), 'strict CSP')}<body>\n${everyTag()}\n</body></html>`,
  },
  'csp-structured-data.html': {
    csp: `${STRICT_CSP} career-widgets`,
    html: `${head(moduleScript('/dist/cdn/career-widgets.js'), 'strict CSP, structured data')}<body>
${everyTag((tag) => (tag.endsWith('quiz') ? '' : ' structured-data'))}
</body></html>`,
  },
  'per-tag.html': {
    csp: `${STRICT_CSP} 'allow-duplicates'`,
    html: `${head(TAGS.map((tag) => moduleScript(`/dist/cdn/${tag}.js`)).join('\n'), 'one file per tag')}<body>\n${everyTag()}\n</body></html>`,
  },
  'per-tag-no-duplicates.html': {
    csp: STRICT_CSP,
    html: `${head(['salary-table', 'career-path'].map((tag) => moduleScript(`/dist/cdn/${tag}.js`)).join('\n'), 'two files, no duplicates')}<body>
<salary-table id="salary-table" src="${SEED}"></salary-table><career-path id="career-path" src="${SEED}"></career-path></body></html>`,
  },
  'double-load.html': {
    html: `${head(
      [
        '<script src="/dist/cdn/career-widgets.iife.js"></script>',
        moduleScript('/dist/cdn/career-widgets.js?copy=1'),
        moduleScript('/dist/cdn/career-widgets.js?copy=2'),
        moduleScript('/dist/cdn/salary-table.js'),
        moduleScript('/dist/cdn/career-quiz.js'),
        moduleScript('/out/other-version.js?copy=1'),
        moduleScript('/out/other-version.js?copy=2'),
      ].join('\n'),
      'double load',
    )}<body>\n${everyTag()}\n</body></html>`,
  },
  'classic.html': {
    html: `${head('<script src="/dist/cdn/career-widgets.iife.js"></script>\n<script src="/test/interop/classic-probe.js"></script>', 'classic script')}<body>
${TAGS.map((tag) => `<${tag} id="${tag}">\n<script type="application/json">${seedText}</script>\n</${tag}>`).join('\n<p>Text between the elements.</p>\n')}
</body></html>`,
  },
  // A self-hosted copy on an old CMS: the page in windows-1252, the script sent as `text/javascript`
  // with no charset, so the browser decodes it as windows-1252 too. The profile comes as JSON, which
  // is always UTF-8: what this page shows wrong can only come from the script.
  'classic-latin1.html': {
    charset: 'windows-1252',
    html: `<!doctype html>
<html lang="de">
<head>
<meta charset="windows-1252">
<title>classic script, windows-1252</title>
<link rel="icon" href="data:,">
<script src="/test/interop/record.js"></script>
<script src="/dist/cdn/career-widgets.iife.js?no-charset"></script>
</head>
<body>
<career-path id="career-path" src="${SEED}"></career-path>
<profession-suitability id="profession-suitability" src="${SEED}"></profession-suitability>
</body></html>`,
  },
  'minified.html': {
    html: `${head(moduleScript('/dist/cdn/career-widgets.js'), 'minified')}<body>${everyTag()}<div lang="en">${everyTag().replace(/id="/g, 'id="en-').replace(' lang="en"', '')}</div></body></html>`,
  },
  'reference.html': {
    html: `${head(moduleScript('/out/reference.js'), 'reference')}<body>${everyTag()}<div lang="en">${everyTag().replace(/id="/g, 'id="en-').replace(' lang="en"', '')}</div></body></html>`,
  },
};

// -- A tiny static server ----------------------------------------------------------------

const types = { '.html': 'text/html; charset=utf-8', '.js': 'text/javascript; charset=utf-8', '.json': 'application/json; charset=utf-8' };
const served = ['dist/', 'profiles/', 'test/interop/'];
const server = createServer(async (request, response) => {
  const { pathname } = new URL(request.url ?? '/', 'http://localhost');
  const page = pages[pathname.replace(/^\/pages\//, '')];
  if (pathname.startsWith('/pages/') && page) {
    const contentType = page.charset ? `text/html; charset=${page.charset}` : types['.html'];
    response.writeHead(200, { 'content-type': contentType, ...(page.csp ? { 'content-security-policy': page.csp } : {}) });
    return response.end(page.charset ? Buffer.from(page.html, 'latin1') : page.html);
  }
  const file = pathname.startsWith('/out/')
    ? join(out, normalize(pathname.slice(5)))
    : served.some((dir) => pathname.startsWith(`/${dir}`))
      ? join(root, normalize(pathname.slice(1)))
      : undefined;
  if (!file || file.includes('..')) return response.writeHead(404).end();
  try {
    const body = await readFile(file);
    const type = types[extname(file)] ?? 'application/octet-stream';
    // `?no-charset`: as a plain static server sends a script, with no charset to decode it by.
    const noCharset = new URL(request.url ?? '/', 'http://localhost').searchParams.has('no-charset');
    response.writeHead(200, { 'content-type': noCharset ? type.replace(/;.*/, '') : type });
    response.end(body);
  } catch {
    response.writeHead(404).end();
  }
});
await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
const origin = `http://127.0.0.1:${server.address().port}`;

// -- The tests ---------------------------------------------------------------------------

const browser = await chromium.launch({ executablePath: requireChrome(), headless: true, args: chromeArgs });
const context = await browser.newContext({ viewport: { width: 1024, height: 768 } });

class Failure extends Error {}
const check = (ok, message) => {
  if (!ok) throw new Failure(message);
};
const same = (actual, expected, message) =>
  check(JSON.stringify(actual) === JSON.stringify(expected), `${message}\n      expected ${JSON.stringify(expected)}\n      got      ${JSON.stringify(actual)}`);

/** Opens a page and waits until every element on it has settled; also collects the browser's own console errors. */
async function open(name, settleTimeout = 15_000) {
  const page = await context.newPage();
  const browserErrors = [];
  const browserWarnings = [];
  page.on('console', (message) => message.type() === 'error' && browserErrors.push(message.text()));
  page.on('console', (message) => message.type() === 'warning' && browserWarnings.push(message.text()));
  page.on('pageerror', (error) => browserErrors.push(`pageerror: ${error.message}`));
  await page.goto(`${origin}/pages/${name}`);
  await page.waitForFunction(() => window.__interop && window.__record);
  await page.evaluate((timeout) => window.__interop.settle(timeout), settleTimeout);
  return { page, browserErrors, browserWarnings };
}

/** Nothing went wrong on the page: no error, warning, CSP violation or profile error. */
async function clean(page, browserErrors, { warnings = [] } = {}) {
  const record = await page.evaluate(() => window.__record);
  same(record.violations, [], 'no CSP or Trusted Types violation');
  same([...new Set([...record.errors, ...browserErrors])], [], 'no error');
  same(record.warnings, warnings, 'the warnings');
  check(!record.events.some((event) => event.endsWith(':profile-error')), `no profile-error (${record.events.join(', ')})`);
}

async function allReady(page, count = TAGS.length) {
  const states = await page.evaluate(() => window.__interop.states());
  check(states.length === count, `${count} elements on the page, found ${states.length}`);
  check(states.every((state) => state.endsWith(':ready')), `every element is ready: ${states.join(', ')}`);
}

/**
 * A framework page: every element renders, holds the very profile object the app gave it (as a
 * property, never an attribute), and the app's own handlers receive every kind of event.
 */
async function frameworkPage(name) {
  const { page, browserErrors } = await open(name);
  await allReady(page);
  const identity = await page.evaluate((tags) => tags.map((tag) => {
    const el = document.getElementById(tag);
    return `${tag}: ${el.profile === window.__profile ? 'the same object' : typeof el.profile}${el.hasAttribute('profile') ? ', and an attribute' : ''}`;
  }), TAGS);
  same(identity, TAGS.map((tag) => `${tag}: the same object`), 'the profile is the property, the same object');
  const scores = await page.evaluate(async () => [
    await window.__interop.playQuiz(document.getElementById('profession-quiz'), [1, 2, 1]),
    await window.__interop.playQuiz(document.getElementById('career-quiz'), [1, 0, 1]),
  ]);
  same(scores, ['3 von 3 Fragen richtig', '2 of 3 questions right'], 'the quizzes reach their results');
  await page.evaluate(() => window.__interop.clickLinks());
  const handled = await page.evaluate(() => window.__record.handled.sort());
  const shown = await page.evaluate(() => [...document.getElementById('vacancy-teaser').shadowRoot.querySelectorAll('a[part~="link"]')].length);
  check(shown === 2, `two vacancies shown (limit 2), found ${shown}`);
  const expected = [
    ...TAGS.map((tag) => `${tag}:profile-load`),
    ...['profession-quiz', 'career-quiz'].flatMap((tag) => [`${tag}:quiz-answer`, `${tag}:quiz-answer`, `${tag}:quiz-answer`, `${tag}:cta-click`]),
    'profession-quiz:quiz-complete:3',
    'career-quiz:quiz-complete:2',
    'salary-table:cta-click',
    'vacancy-teaser:cta-click',
  ];
  const vacancyClicks = handled.filter((entry) => entry.startsWith('vacancy-teaser:vacancy-click:'));
  check(vacancyClicks.length === 2 && vacancyClicks.every((entry) => entry.length > 'vacancy-teaser:vacancy-click:'.length), `two vacancy-clicks with ids: ${vacancyClicks}`);
  same(handled.filter((entry) => !entry.includes(':vacancy-click:')), expected.sort(), "the app's handlers received every event");

  // A new profile object from the app: each element takes it, renders it and fires profile-load again.
  const renamed = await page.evaluate(async (tags) => {
    const next = { ...window.__profile, name: 'Neuer Beruf' };
    window.__record.handled.length = 0;
    await window.__setProfile(next);
    window.__profile = next;
    await window.__interop.settle();
    return tags.map((tag) => {
      const el = document.getElementById(tag);
      return el.profile === next && el.shadowRoot.textContent.includes('Neuer Beruf') ? 'new' : 'old';
    }).concat(window.__record.handled.filter((entry) => entry.endsWith(':profile-load')).length);
  }, TAGS);
  // The vacancy teaser and the quizzes do not show the name, only the profile-load tells.
  same(renamed.slice(0, 2), ['new', 'new'], 'salary table and career path show the new profile');
  same(renamed.at(-1), TAGS.length, 'each element fired profile-load for the new profile');
  await clean(page, browserErrors);
  await page.close();
}

const tests = {
  'plain HTML page: every element, profile as a property, events': () => frameworkPage('plain.html'),
  'React 19 page: every element, profile as a prop, on<event> handlers': () => frameworkPage('react.html'),
  'Vue 3 page: every element, :profile, @event handlers': () => frameworkPage('vue.html'),
  'Svelte 5 page: every element, {profile}, on<event> attributes': () => frameworkPage('svelte.html'),
  'Angular 21 page: every element, [profile], (event) bindings, CUSTOM_ELEMENTS_SCHEMA': () => frameworkPage('angular.html'),
  async 'Angular 21 page compiled ahead of time (ngc, strictTemplates): no error'() {
    // At run time Angular accepts a tag that is already defined; its compiler, as in `ng build`, needs the schema.
    const ngc = await new Promise((resolve) =>
      execFile(join(root, 'node_modules/.bin/ngc'), ['-p', 'test/interop/tsconfig.angular.json'], { cwd: root }, (error, stdout, stderr) => resolve({ code: error ? (error.code ?? 1) : 0, output: `${stdout}${stderr}` })),
    );
    same(ngc, { code: 0, output: '' }, 'ngc -p test/interop/tsconfig.angular.json');
  },

  async 'React server render + hydrateRoot (career-widgets/react/<tag>): the server nodes stay, the handlers fire, no warning'() {
    check(reactSsrHtml.includes('<salary-table id="salary-table"'), `the server rendered no element: ${reactSsrHtml.slice(0, 200)}`);
    // Each element's shadow DOM and inline profile are in the server's HTML.
    const rendered = TAGS.filter((tag) => new RegExp(`<${tag}[^>]*><template shadowroot="open" shadowrootmode="open">[^]*?<script type="application/json">`).test(reactSsrHtml));
    same(rendered, TAGS, 'the server HTML holds each element\'s declarative shadow DOM and inline profile');
    const { page, browserErrors, browserWarnings } = await open('react-ssr.html');
    await allReady(page);
    const kept = await page.evaluate((tags) => tags.filter((tag) => {
      const node = window.__serverNodes[tag];
      return node && document.getElementById(tag).shadowRoot.contains(node);
    }), TAGS);
    same(kept, TAGS, 'each element kept the server\'s shadow-root nodes');
    // React's hydration warnings are console errors (checked by clean()); Chromium's own about
    // declarative shadow DOM parsed by innerHTML is a warning.
    same(browserWarnings.filter((w) => /hydrat|shadowroot/i.test(w)), [], 'no hydration or declarative shadow DOM warning');
    const names = await page.evaluate(() => document.getElementById('salary-table').shadowRoot.textContent.includes(window.__profile.name));
    check(names, 'the salary table shows the profile');
    const scores = await page.evaluate(async () => [
      await window.__interop.playQuiz(document.getElementById('profession-quiz'), [1, 2, 1]),
      await window.__interop.playQuiz(document.getElementById('career-quiz'), [1, 0, 1]),
    ]);
    same(scores, ['3 von 3 Fragen richtig', '2 of 3 questions right'], 'the quizzes reach their results');
    const handled = await page.evaluate(() => window.__record.handled.sort());
    same(
      handled,
      // No profile-load: each pre-rendered element loaded its inline profile when it upgraded, before React attached the handler.
      ['profession-quiz:quiz-answer', 'profession-quiz:quiz-answer', 'profession-quiz:quiz-answer', 'profession-quiz:quiz-complete:3', 'career-quiz:quiz-complete:2'].sort(),
      'the handlers given as props received the events',
    );
    await clean(page, browserErrors);
    await page.close();
  },

  async 'one React wrapper (career-widgets/react/salary-table): registers its tag only, its event props fire'() {
    const { page, browserErrors } = await open('react-one-tag.html');
    const defined = await page.evaluate((tags) => tags.filter((tag) => customElements.get(tag)), ALL_TAGS);
    same(defined, ['salary-table'], 'the tags defined');
    await allReady(page, 1);
    const seen = await page.evaluate(() => ({
      text: document.querySelector('salary-table').shadowRoot.querySelector('caption')?.textContent.trim(),
      handled: window.__record.handled,
      shown: document.getElementById('loaded').textContent,
    }));
    check(/Kaufmann/.test(seen.text ?? ''), `the table's caption names the profession: ${seen.text}`);
    same(seen.handled, ['salary-table:profile-load'], 'onProfileLoad received the event');
    same(seen.shown, 'geladen: Kaufmann / Kauffrau für Dialogmarketing', 'the app rendered what the event said');
    await clean(page, browserErrors);
    await page.close();
  },

  async 'strict CSP and Trusted Types: every element and state, no violation'() {
    const { page, browserErrors } = await open('csp.html');
    await allReady(page);
    await page.evaluate(async () => {
      await window.__interop.playQuiz(document.getElementById('profession-quiz'));
      await window.__interop.playQuiz(document.getElementById('career-quiz'));
      await window.__interop.clickLinks();
      for (const details of document.getElementById('career-path').shadowRoot.querySelectorAll('details')) details.open = true;
    });
    await clean(page, browserErrors);
    // Last, so that its own report does not count: the page does enforce Trusted Types.
    const csp = await page.evaluate(() => {
      try {
        document.createElement('div').innerHTML = '<b>a string</b>';
        return 'a string went into innerHTML';
      } catch {
        return 'enforced';
      }
    });
    same(csp, 'enforced', 'the page enforces Trusted Types');
    await page.close();
  },

  async "structured data under Trusted Types, with the 'career-widgets' policy allowed: no violation"() {
    const { page, browserErrors } = await open('csp-structured-data.html');
    await allReady(page);
    const jsonLd = await page.evaluate(() =>
      [...document.querySelectorAll('script[type="application/ld+json"]')].map((s) => `${s.parentElement.localName}: ${JSON.parse(s.text)['@graph'][0]['@type']}`),
    );
    same(jsonLd.sort(), ['career-path: WorkBasedProgram', 'salary-table: Occupation', 'vacancy-teaser: JobPosting'], 'the JSON-LD of each');
    await clean(page, browserErrors);
    await page.close();
  },

  async "every single-tag file on one page, under the strict CSP with 'allow-duplicates'"() {
    const { page, browserErrors } = await open('per-tag.html');
    await allReady(page);
    const versions = await page.evaluate((tags) => tags.map((tag) => customElements.get(tag).version), TAGS);
    same(versions, TAGS.map(() => version), 'each tag defined by its own file, in this version');
    await clean(page, browserErrors);
    await page.close();
  },

  async "two single-tag files without 'allow-duplicates': the second Lit's policy is refused (README)"() {
    const { page, browserErrors } = await open('per-tag-no-duplicates.html', 3000);
    const record = await page.evaluate(() => window.__record);
    const refused = [...record.errors, ...browserErrors].some((e) => /lit-html/.test(e) && /already exists|createPolicy/i.test(e));
    check(refused, `expected Lit's "lit-html" policy to be refused a second time; errors: ${JSON.stringify([...record.errors, ...browserErrors])}`);
    await page.close();
  },

  async 'double load: the classic script, the bundle twice, single-tag files and another version never throw'() {
    const { page, browserErrors } = await open('double-load.html');
    await allReady(page);
    const versions = await page.evaluate((tags) => tags.map((tag) => customElements.get(tag).version), TAGS);
    same(versions, TAGS.map(() => version), 'the first definition stays');
    // One warning per tag for the other version, however often it loads; none for copies of this version.
    const warnings = [...ALL_TAGS].sort().map((tag) => `[career-widgets] <${tag}> is already defined (career-widgets ${version}); career-widgets ${OTHER_VERSION} leaves it alone.`);
    const record = await page.evaluate(() => window.__record);
    same([...record.warnings].sort(), warnings, 'one warning per tag, for the other version only');
    await clean(page, browserErrors, { warnings: record.warnings });
    await page.close();
  },

  async 'classic script in <head>, inline profiles after it: no profile-error, no warning'() {
    const { page, browserErrors } = await open('classic.html');
    await allReady(page);
    const loads = await page.evaluate(() => window.__record.events.filter((e) => e.endsWith(':profile-load')).length);
    check(loads >= TAGS.length, `every element loaded its inline profile (${loads} profile-load events)`);
    const connected = await page.evaluate(() => window.__connectedWithProfile);
    same(connected, TAGS.map((tag) => `${tag}: no profile yet`), 'each element was upgraded before its inline profile was parsed');
    const global = await page.evaluate(() => typeof window.CareerWidgets === 'object' && window.CareerWidgets.VERSION);
    same(global, version, 'the classic script names itself window.CareerWidgets');
    await clean(page, browserErrors);
    await page.close();
  },

  async 'classic script with no charset on a windows-1252 page: "Auch möglich", not "Auch mÃ¶glich"'() {
    const { page, browserErrors } = await open('classic-latin1.html');
    // window.__interop settles the five older tags only: wait for the suitability section's own text.
    await page.waitForFunction(() => document.getElementById('profession-suitability').shadowRoot?.querySelector('p'), null, { timeout: 15_000 });
    const seen = await page.evaluate(() => {
      const shadow = (id) => document.getElementById(id).shadowRoot;
      /** What a reader sees of a shadow root (its style elements aside). */
      const visible = (id) => [...shadow(id).children].filter((c) => c.localName !== 'style').map((c) => c.innerText).join('\n');
      const strength = shadow('career-path').querySelector('.strengths li');
      return {
        charset: document.characterSet,
        pathAlternatives: shadow('career-path').querySelector('.alternatives')?.innerText,
        suitability: visible('profession-suitability').includes('Auch möglich: Sehr guter Hauptschulabschluss'),
        // The CSS in the script's css`` literal: the check mark before each strength.
        tick: strength && getComputedStyle(strength, '::before').content,
      };
    });
    same(seen.charset, 'windows-1252', 'the page is decoded as windows-1252');
    same(seen.pathAlternatives, 'Auch möglich: Sehr guter Hauptschulabschluss', 'career-path shows the alternatives in German');
    same(seen.suitability, true, 'profession-suitability shows "Auch möglich: …"');
    same(seen.tick, '"✓ " / ""', 'the check mark from the CSS');
    await clean(page, browserErrors);
    await page.close();
  },

  async 'the minified CDN bundle renders exactly what the source does (de, en, quiz results)'() {
    const snapshot = async (name) => {
      const { page, browserErrors } = await open(name);
      await allReady(page, TAGS.length * 2);
      const result = await page.evaluate(async () => {
        // The DOM of a shadow root as structure and folded text; a Lit marker comment is no content.
        const serialize = (node) => {
          if (node.nodeType === Node.TEXT_NODE) return node.data.replace(/\s+/g, ' ').trim() || null;
          if (node.nodeType !== Node.ELEMENT_NODE) return null;
          const attrs = [...node.attributes]
            .map((a) => `${a.name}=${a.name === 'class' ? a.value.split(/\s+/).filter(Boolean).sort().join(' ') : a.value}`)
            .sort();
          return { [node.localName]: attrs, children: [...node.childNodes].map(serialize).filter(Boolean) };
        };
        const shot = (el) => ({
          dom: [...el.shadowRoot.childNodes].map(serialize).filter(Boolean),
          // What a reader sees, with the spaces the layout keeps: a space the minifier took away shows here.
          text: [...el.shadowRoot.children].filter((c) => c.localName !== 'style').map((c) => c.innerText).join('\n'),
        });
        const all = () => [...document.querySelectorAll(window.__interop.TAGS.join(','))];
        const ready = all().map(shot);
        for (const quiz of document.querySelectorAll('profession-quiz, career-quiz')) await window.__interop.playQuiz(quiz);
        for (const details of document.querySelectorAll('career-path')) for (const d of details.shadowRoot.querySelectorAll('details')) d.open = true;
        await new Promise((resolve) => requestAnimationFrame(resolve));
        return { ready, after: all().map(shot) };
      });
      await clean(page, browserErrors);
      await page.close();
      return result;
    };
    const [minified, reference] = await Promise.all([snapshot('minified.html'), snapshot('reference.html')]);
    for (const phase of ['ready', 'after']) {
      minified[phase].forEach((shot, i) => {
        same(shot.text, reference[phase][i].text, `${phase}: element ${i + 1}'s visible text`);
        same(shot.dom, reference[phase][i].dom, `${phase}: element ${i + 1}'s shadow DOM`);
      });
    }
  },
};

let passed = 0;
let failed = 0;
for (const [name, run] of Object.entries(tests).filter(([name]) => name.toLowerCase().includes(filter.toLowerCase()))) {
  const t0 = Date.now();
  let timer;
  try {
    // A test that hangs fails instead of holding up `npm test`.
    await Promise.race([run(), new Promise((_, reject) => (timer = setTimeout(() => reject(new Failure('timed out after 90 s')), 90_000)))]);
    passed++;
    console.log(`✓ ${name} (${Date.now() - t0} ms)`);
  } catch (error) {
    failed++;
    console.log(`✗ ${name} (${Date.now() - t0} ms)\n    ${error instanceof Failure ? error.message : error.stack}`);
  } finally {
    clearTimeout(timer);
  }
}
await browser.close();
server.close();
rmSync(out, { recursive: true, force: true });
console.log(`\ninterop: builds ${buildMs} ms, all ${Date.now() - started} ms`);
console.log(`${passed} passed, ${failed} failed`);
process.exit(failed || !passed ? 1 : 0);
