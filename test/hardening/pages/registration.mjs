// Registration: the CDN bundle loaded twice, the npm build (dist/index.js through an import
// map) and the CDN bundle on one page, another version of the bundle, and a tag that someone
// else defined first. Never a throw; every tag defined once and working; exactly one warning
// for each tag that a different version (or another script) had taken, none when the same
// version loads again.
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { check, importMap, root, servePage, test, VERSION } from './harness.mjs';

const TAGS = ['salary-table', 'career-path', 'profession-quiz', 'career-quiz', 'vacancy-teaser', 'profession-facts', 'profession-tasks', 'profession-workplaces', 'profession-suitability', 'training-contents', 'profession-application', 'profession-page', 'similar-professions', 'profession-finder'];
const SEED = '/profiles/kaufmann-dialogmarketing.json';
const OTHER = '9.9.9';

const CDN = (query = '') => `<script type="module" src="/dist/cdn/career-widgets.js${query}"></script>`;
const CDN_OTHER = `<script type="module" src="/cdn-as/${OTHER}/career-widgets.js"></script>`;
const NPM = `<script type="module">import '/dist/index.js';</script>`;
const IIFE = (query = '') => `<script src="/dist/cdn/career-widgets.iife.js${query}"></script>`;
/** Someone else's <salary-table>, defined before ours loads. */
const FOREIGN = `<script>customElements.define('salary-table', class ForeignSalaryTable extends HTMLElement {
  connectedCallback() { this.textContent = 'foreign'; }
});</script>`;

function registrationPage(scripts, { map = false } = {}) {
  return `<!doctype html>
<html lang="de">
<head>
<meta charset="utf-8">
<title>registration</title>
${map ? importMap : ''}
${scripts.join('\n')}
</head>
<body>
${TAGS.map((tag) => `<${tag} src="${SEED}"></${tag}>`).join('\n')}
</body>
</html>`;
}

/** In the page: waits until the scripts have run (every tag defined or given up), then reports. */
async function outcome(tags) {
  const deadline = Date.now() + 10_000;
  while (Date.now() < deadline && !tags.every((tag) => customElements.get(tag))) await new Promise((done) => setTimeout(done, 20));
  // Module scripts that arrive later (a second copy) get a moment to run too.
  await new Promise((done) => setTimeout(done, 500));
  const result = {};
  // Which classes the npm build exports (it is in the module map already when the page loaded it).
  const npm = document.querySelector('script[type="importmap"]') ? await import('/dist/index.js') : {};
  const npmClasses = new Set(Object.values(npm));
  for (const tag of tags) {
    const ctor = customElements.get(tag);
    const el = document.querySelector(tag);
    if (el && 'settled' in el) await Promise.race([el.settled, new Promise((done) => setTimeout(done, 5000))]);
    result[tag] = {
      defined: Boolean(ctor),
      version: ctor?.version ?? null,
      className: ctor?.name ?? null,
      fromNpm: npmClasses.has(ctor),
      ready: Boolean(el?.shadowRoot?.querySelector('[part~="base"], [part~="no-vacancies"]')),
      error: Boolean(el?.shadowRoot?.querySelector('[part~="error"]')),
      text: el?.shadowRoot ? '' : el?.textContent ?? '',
    };
  }
  return result;
}

async function run(page, log, scripts, options) {
  await page.goto(servePage(registrationPage(scripts, options)));
  const result = await page.evaluate(outcome, TAGS);
  const ours = log.warnings.filter((text) => text.includes('[career-widgets]'));
  check(log.errors.length === 0, `uncaught errors: ${log.errors.join('; ')}`);
  check(log.consoleErrors.length === 0, `console errors: ${log.consoleErrors.join('; ')}`);
  return { result, warnings: ours };
}

/** Every tag is defined by career-widgets `version` and shows the seed profile. */
function allOurs(result, version = VERSION, except = []) {
  for (const tag of TAGS.filter((t) => !except.includes(t))) {
    const r = result[tag];
    check(r.defined, `<${tag}> is not defined`);
    check(r.version === version, `<${tag}> is defined by version ${r.version}, expected ${version}`);
    check(r.ready && !r.error, `<${tag}> does not show the seed profile`);
  }
}

/** Exactly one warning per tag in `tags`, naming the tag and both sides; none for any other tag. */
function oneWarningEach(warnings, tags, { loaded, taken }) {
  for (const tag of TAGS) {
    const about = warnings.filter((text) => text.includes(`<${tag}>`));
    if (!tags.includes(tag)) {
      check(about.length === 0, `<${tag}>: expected no warning, got ${about.length}: ${about.join(' | ')}`);
      continue;
    }
    check(about.length === 1, `<${tag}>: expected exactly one warning, got ${about.length}: ${about.join(' | ') || 'none'}`);
    check(about[0].includes(loaded), `<${tag}>: the warning does not name the version that was turned away (${loaded}): ${about[0]}`);
    check(about[0].includes(taken), `<${tag}>: the warning does not say who has the tag (${taken}): ${about[0]}`);
  }
  check(warnings.length === tags.length, `expected ${tags.length} warning(s) in all, got ${warnings.length}: ${warnings.join(' | ')}`);
}

const note = (warnings) => (warnings.length ? `warnings: ${warnings.length}, e.g. "${warnings[0].slice(0, 140)}"` : 'no warning');

test('registration: the CDN bundle loaded twice (same URL, and a second URL that runs it again): silent, every tag works', async ({ page, log }) => {
  const { result, warnings } = await run(page, log, [CDN(), CDN(), CDN('?copy=2')]);
  allOurs(result);
  check(warnings.length === 0, `expected no warning, got: ${warnings.join(' | ')}`);
  return note(warnings);
});

test('registration: the npm build (import map) and then the CDN bundle on one page: silent, every tag works', async ({ page, log }) => {
  const { result, warnings } = await run(page, log, [NPM, CDN()], { map: true });
  allOurs(result);
  check(TAGS.every((tag) => result[tag].fromNpm), 'the tags are not the npm build\'s classes: did dist/index.js load first?');
  check(warnings.length === 0, `expected no warning, got: ${warnings.join(' | ')}`);
  return note(warnings);
});

test('registration: the CDN bundle and then the npm build (import map) on one page: silent, every tag works', async ({ page, log }) => {
  const { result, warnings } = await run(page, log, [CDN(), NPM], { map: true });
  allOurs(result);
  check(TAGS.every((tag) => !result[tag].fromNpm), 'the tags are the npm build\'s classes, though the CDN bundle loaded first');
  check(warnings.length === 0, `expected no warning, got: ${warnings.join(' | ')}`);
  return note(warnings);
});

test(`registration: another version (${OTHER}) after ours, twice: one warning per tag, ours stays`, async ({ page, log }) => {
  const { result, warnings } = await run(page, log, [CDN(), CDN_OTHER, CDN_OTHER.replace('.js"', '.js?copy=2"')]);
  allOurs(result);
  oneWarningEach(warnings, TAGS, { loaded: OTHER, taken: VERSION });
  return note(warnings);
});

test(`registration: another version (${OTHER}) first, then ours and the npm build: one warning per tag, the first stays`, async ({ page, log }) => {
  const { result, warnings } = await run(page, log, [CDN_OTHER, CDN(), NPM], { map: true });
  allOurs(result, OTHER);
  oneWarningEach(warnings, TAGS, { loaded: VERSION, taken: OTHER });
  return note(warnings);
});

test('registration: a tag someone else defined first: left alone, one warning for that tag only, the other tags work', async ({ page, log }) => {
  const { result, warnings } = await run(page, log, [FOREIGN, CDN(), CDN('?copy=2'), NPM], { map: true });
  allOurs(result, VERSION, ['salary-table']);
  check(result['salary-table'].className === 'ForeignSalaryTable', `<salary-table> is not the foreign class any more: ${result['salary-table'].className}`);
  check(result['salary-table'].text === 'foreign', '<salary-table> does not run the foreign class');
  oneWarningEach(warnings, ['salary-table'], { loaded: VERSION, taken: 'another script' });
  return note(warnings);
});

// The classic script (issue 6 adds dist/cdn/career-widgets.iife.js) for a CMS without type="module".
if (existsSync(join(process.env.HARDENING_DIST ?? join(root, 'dist'), 'cdn/career-widgets.iife.js'))) {
  test('registration: the classic script twice and the module bundle on one page: silent, every tag works', async ({ page, log }) => {
    const { result, warnings } = await run(page, log, [IIFE(), IIFE('?copy=2'), CDN()]);
    allOurs(result);
    check(warnings.length === 0, `expected no warning, got: ${warnings.join(' | ')}`);
    return note(warnings);
  });
}
