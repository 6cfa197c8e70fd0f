#!/usr/bin/env node
// Server rendering and hydration (issues 14 and 24), against the built package (dist/: `npm run build`
// first; part of `npm test`, which has built it). Every one of the tags (TAGS, dist/core/tags.js) is
// rendered by `career-widgets/ssr` (`renderElement`) and by `career-widgets render` into a static
// page (the catalog tags with the catalog and item bank), then in headless Chromium:
//   - with JavaScript disabled, each element shows its profile from the declarative shadow DOM;
//   - the CDN bundle, the loader, and the npm build hydrate it: the server's nodes stay (no second
//     render, no duplicate), the page's sections too, no hydration error, and the elements stay
//     interactive (the quiz played to its result with quiz-complete, a language change, a src change,
//     the finder started);
//   - markup of another profile or language (stale) is replaced, not doubled.
//
// Usage: node test/ssr/pages.mjs [name-filter]
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { execFileSync } from 'node:child_process';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { renderElement, renderElementSync } from '../../dist/ssr/render-element.js';
import { CATALOG_TAGS, TAGS } from '../../dist/core/tags.js';
import { cdnScript, check, importMap, root, runAll, servePage, test } from '../hardening/pages/harness.mjs';

const seed = () => JSON.parse(readFileSync(join(root, 'profiles/kaufmann-dialogmarketing.json'), 'utf8'));
const profile = seed();
const catalogFile = join(root, 'profiles/catalog.json');
const itemsFile = join(root, 'profiles/finder-items.json');
const catalog = JSON.parse(readFileSync(catalogFile, 'utf8'));
const items = JSON.parse(readFileSync(itemsFile, 'utf8'));
/** What renderElement gets for `tag`: the profile (none for the finder) and the documents it reads. */
const inputs = (tag) => [
  tag === 'profession-finder' ? null : profile,
  { lang: tag === 'career-quiz' ? 'en' : undefined, ...(CATALOG_TAGS.includes(tag) ? { catalog } : {}), ...(tag === 'profession-finder' ? { items } : {}) },
];
/** The page's sections, by id (the seed profile has all eleven, the catalog its similar professions). */
const SECTIONS = ['ueberblick', 'gehalt', 'beruf', 'arbeitsorte', 'voraussetzungen', 'ausbildungsinhalte', 'karriereweg', 'bewerbung', 'quiz', 'lehrstellen', 'aehnliche-berufe'];

/** What a reader sees of each element (its shadow root's text, without styles), by id. */
function readTexts() {
  const text = (node) => {
    let out = '';
    for (const child of node.childNodes) {
      if (child.nodeType === 3) out += child.nodeValue;
      else if (child.nodeType === 1 && child.localName !== 'style') out += text(child);
    }
    return out;
  };
  return Object.fromEntries(
    [...document.querySelectorAll('[data-case]')].map((el) => [el.id, el.shadowRoot ? text(el.shadowRoot).replace(/\s+/g, ' ').trim() : '(no shadow root)']),
  );
}

/** What each element must show: words of ours and of the profile, German by default. */
const expected = {
  'salary-table': ['Ausbildungs- und Einstiegsgehalt', '1. Ausbildungsjahr', profile.name],
  'career-path': ['Einstieg', 'Schulabschluss'],
  'profession-quiz': [profile.quiz.title, 'Quiz starten'],
  'career-quiz': [profile.quiz.title, '3 questions'],
  'vacancy-teaser': [profile.vacancies.emptyText ?? 'Derzeit sind'],
  'profession-facts': ['Auf einen Blick', 'Ausbildungsdauer', '3 Jahre'],
  'profession-tasks': ['Infos zum Beruf', 'Was du machst'],
  'profession-workplaces': ['Wo du arbeitest', 'in Call-Centern'],
  'profession-suitability': ['Voraussetzungen', 'Für deine Ausbildung als Kauffrau bzw. Kaufmann für Dialogmarketing'],
  'training-contents': ['Was du in der Ausbildung lernst', 'Vertrieb und Marketing'],
  'profession-application': ['Bewerbung', 'Deine Bewerbungsunterlagen'],
  'profession-page': ['Ausbildung & Beruf', profile.name, 'Inhalt', 'Ähnliche Berufe'],
  'similar-professions': ['Ähnliche Berufe', 'Themenwelten', 'Wirtschaft & Verwaltung', 'Bankkaufmann'],
  'profession-finder': ['Welcher Beruf passt zu dir?', `${items.items.length} kurze Fragen`, 'Los geht'],
};

/** `career-widgets render` for `tag`, with the same inputs as `inputs(tag)`. */
function cliRender(tag) {
  const args = [join(root, 'bin/career-widgets.js'), ...(tag === 'career-quiz' ? ['--lang', 'en'] : []), 'render', '--tag', tag];
  if (tag !== 'profession-finder') args.push(join(root, 'profiles/kaufmann-dialogmarketing.json'));
  if (CATALOG_TAGS.includes(tag)) args.push('--catalog', catalogFile);
  if (tag === 'profession-finder') args.push('--items', itemsFile);
  return execFileSync(process.execPath, args, { encoding: 'utf8' });
}

async function pageOf(extra = '', { lang = 'de', profiles = {}, cli = false } = {}) {
  const parts = [];
  for (const tag of TAGS) {
    const [given, options] = inputs(tag);
    const html = cli ? cliRender(tag) : await renderElement(tag, profiles[tag] ?? given, options);
    // The id and the marker go on the host: renderElement's `attributes`.
    parts.push(html.replace(`<${tag}`, `<${tag} id="${tag}" data-case`));
  }
  return `<!doctype html><html lang="${lang}"><head><meta charset="utf-8"><title>pre-rendered</title></head><body><main>${parts.join('\n')}</main>${extra}</body></html>`;
}

/** The page's sections as a reader sees them: each one's shadow text, by id. */
function readSections() {
  return [...document.querySelectorAll('profession-page > *')].filter((el) => el.localName !== 'script').map((el) => ({ id: el.id, text: el.shadowRoot?.textContent.replace(/\s+/g, ' ').trim() ?? '(no shadow root)' }));
}

for (const [how, cli] of [['renderElement', false], ['career-widgets render', true]]) {
  test(`pre-rendered by ${how}: every element shows its profile with JavaScript disabled`, async ({ page, base }) => {
    const url = servePage(await pageOf('', { cli }));
    const context = await page.context().browser().newContext({ javaScriptEnabled: false, baseURL: base });
    try {
      const off = await context.newPage();
      await off.goto(url);
      const texts = await off.evaluate(readTexts);
      for (const tag of TAGS) {
        check(texts[tag] && texts[tag] !== '(no shadow root)', `<${tag}> has no declarative shadow root`);
        check(!/Wird geladen|Loading/.test(texts[tag]), `<${tag}> shows "loading": ${texts[tag].slice(0, 120)}`);
        for (const words of expected[tag]) check(texts[tag].includes(words), `<${tag}> lacks "${words}": ${texts[tag].slice(0, 200)}`);
      }
      check(texts['salary-table'].includes('€'), 'the salary table shows no money');
      // The profession page's sections are in its light DOM, each pre-rendered (the page's own text is its contents).
      const sections = await off.evaluate(readSections);
      check(sections.map((s) => s.id).join() === SECTIONS.join(), `the page's sections: ${sections.map((s) => s.id)}`);
      for (const { id, text } of sections) check(text !== '(no shadow root)' && text.length > 20 && !/Wird geladen/.test(text), `section #${id} not pre-rendered: ${text.slice(0, 100)}`);
      check(sections.find((s) => s.id === 'bewerbung').text.includes('Deine Bewerbungsunterlagen'), 'the page\'s application section lacks its text');
      check(sections.find((s) => s.id === 'aehnliche-berufe').text.includes('Bankkaufmann'), 'the page\'s similar professions lack the catalog');
      return TAGS.map((tag) => `${tag}: ${texts[tag].slice(0, 60)}…`);
    } finally {
      await context.close();
    }
  });
}

test('renderElementSync returns what renderElement does, for every tag; the CLI prints it', async () => {
  for (const tag of TAGS) {
    const [given, options] = inputs(tag);
    const html = await renderElement(tag, given, options);
    check(renderElementSync(tag, given, options) === html, `<${tag}>: renderElementSync differs`);
    check(cliRender(tag) === `${html}\n`, `<${tag}>: career-widgets render differs from renderElement`);
  }
  let message = '';
  try {
    await renderElement('profession-pages', profile);
  } catch (error) {
    message = `${error.name}: ${error.message}`;
  }
  check(message.startsWith('TypeError') && TAGS.every((tag) => message.includes(tag)), `an unknown tag: ${message}`);
  return `${TAGS.length} tags; ${message}`;
});

/** Marks a node of every pre-rendered shadow root before the script runs: hydration must keep it. */
function markNodes() {
  for (const el of document.querySelectorAll('[data-case], profession-page > [id]')) el.shadowRoot.querySelector('[part]').setAttribute('data-server-node', '');
}

async function hydrated(page, script) {
  // The script is delayed (served through /track/ with a delay): the marks go on first.
  const url = servePage(await pageOf(script));
  await page.goto(url, { waitUntil: 'domcontentloaded' });
  const before = await page.evaluate(readTexts);
  before.sections = await page.evaluate(readSections);
  await page.evaluate(markNodes);
  await page.waitForFunction(() => [...document.querySelectorAll('[data-case], profession-page > [id]')].every((el) => el.hasUpdated));
  await page.evaluate(() => Promise.all([...document.querySelectorAll('[data-case], profession-page > [id]')].map((el) => el.settled)));
  return before;
}

/** The page's sections after hydration: one set, each with the server's nodes and its text unchanged. */
async function checkSections(page, before) {
  const after = await page.evaluate(() =>
    [...document.querySelectorAll('profession-page > *')].filter((el) => el.localName !== 'script').map((el) => ({
      id: el.id,
      kept: el.shadowRoot?.querySelectorAll('[data-server-node]').length,
      deferred: el.hasAttribute('defer-hydration'),
      text: el.shadowRoot?.textContent.replace(/\s+/g, ' ').trim(),
    })),
  );
  check(after.map((s) => s.id).join() === SECTIONS.join(), `the page's sections after hydration: ${after.map((s) => s.id)}`);
  for (const { id, kept, deferred, text } of after) {
    check(kept === 1, `section #${id}: the server's nodes were replaced`);
    check(!deferred, `section #${id} still waits (defer-hydration)`);
    const was = before.find((s) => s.id === id).text;
    check(text === was, `section #${id} changed on hydration:\n  before ${was.slice(0, 160)}\n  after  ${text.slice(0, 160)}`);
  }
}

async function checkHydrated(page, log, before) {
  const after = await page.evaluate(readTexts);
  const state = await page.evaluate(() =>
    [...document.querySelectorAll('[data-case]')].map((el) => ({
      tag: el.localName,
      kept: el.shadowRoot.querySelectorAll('[data-server-node]').length,
      tops: el.shadowRoot.querySelectorAll('[part]').length && [...el.shadowRoot.children].filter((c) => c.hasAttribute('part')).length,
    })),
  );
  for (const { tag, kept, tops } of state) {
    check(tops === 1, `<${tag}>: ${tops} rendered states in the shadow root (doubled)`);
    check(kept === 1, `<${tag}>: the server's nodes were replaced (re-rendered instead of hydrated)`);
    check(after[tag] === before[tag], `<${tag}> changed on hydration:\n  before ${before[tag].slice(0, 160)}\n  after  ${after[tag].slice(0, 160)}`);
  }
  const problems = [...log.errors, ...log.consoleErrors, ...log.warnings.filter((w) => /ydrat|career-widgets/.test(w))];
  check(problems.length === 0, `errors or warnings: ${problems.join(' | ')}`);
  await checkSections(page, before.sections);
}

/** The finder, hydrated, still starts: its first page of questions. */
async function startFinder(page) {
  const heading = await page.evaluate(async () => {
    const el = document.getElementById('profession-finder');
    el.shadowRoot.querySelector('[part~="button"]').click();
    await el.updateComplete;
    return el.shadowRoot.querySelector('[part~="page"]')?.textContent;
  });
  check(/Fragen 1–\d+ von \d+/.test(heading ?? ''), `the finder did not start: ${heading}`);
  return heading;
}

/**
 * The single-tag files leave Lit's hydration support out (1.3 KB that only pre-rendered pages
 * need): over pre-rendered markup they render afresh in place of the server's nodes, in the task
 * that upgrades the element: one copy, the same text, no error.
 */
test('pre-rendered elements with the single-tag files: replaced in place, never doubled', async ({ page, log }) => {
  const scripts = TAGS.map((tag) => `<script type="module" src="/track/dist/cdn/${tag}.js?delay=300"></script>`).join('');
  const before = await hydrated(page, scripts);
  const after = await page.evaluate(readTexts);
  const state = await page.evaluate(() =>
    [...document.querySelectorAll('[data-case]')].map((el) => ({ tag: el.localName, tops: [...el.shadowRoot.children].filter((c) => c.hasAttribute('part')).length })),
  );
  for (const { tag, tops } of state) check(tops === 1, `<${tag}>: ${tops} rendered states in the shadow root (doubled)`);
  for (const tag of TAGS) check(after[tag] === before[tag], `<${tag}> changed:\n  before ${before[tag].slice(0, 160)}\n  after  ${after[tag].slice(0, 160)}`);
  const sections = await page.evaluate(readSections);
  check(sections.map((s) => s.id).join() === SECTIONS.join(), `the page's sections: ${sections.map((s) => s.id)}`);
  for (const { id, text } of sections) check(text === before.sections.find((s) => s.id === id).text, `section #${id} changed: ${text.slice(0, 120)}`);
  const problems = [...log.errors, ...log.consoleErrors];
  check(problems.length === 0, `errors: ${problems.join(' | ')}`);
  // Replaced before a paint: nothing moved (layout shifts since the page started, as Chromium counts them).
  const shift = await page.evaluate(
    () =>
      new Promise((done) => {
        setTimeout(() => done(0), 300);
        new PerformanceObserver((list) => done(list.getEntries().reduce((sum, e) => sum + e.value, 0))).observe({ type: 'layout-shift', buffered: true });
      }),
  );
  check(shift < 0.01, `layout shift ${shift.toFixed(3)}`);
  return [...TAGS.map((tag) => `${tag}: one copy, text unchanged`), `layout shift ${shift.toFixed(3)}`];
});

/** Plays `<tag id>` to its result, choosing the first option each time; resolves with quiz-complete's detail. */
async function playQuiz(page, id) {
  return page.evaluate(async (id) => {
    const el = document.getElementById(id);
    const done = new Promise((resolve) => el.addEventListener('quiz-complete', (e) => resolve(e.detail), { once: true }));
    const $ = (s) => el.shadowRoot.querySelector(s);
    for (let step = 0; step < 50 && !$('[part~="result"]'); step++) {
      const radio = $('input[type="radio"]:not(:disabled)');
      if (radio && !radio.checked) radio.click();
      else (($('button[type="submit"]') ?? $('[part~="button"]'))).click();
      await el.updateComplete;
    }
    return done;
  }, id);
}

test('hydrated by the CDN bundle: the server nodes stay, the quiz plays, lang and src changes work', async ({ page, log }) => {
  const before = await hydrated(page, `<script type="module" src="/track/dist/cdn/career-widgets.js?delay=300"></script>`);
  await checkHydrated(page, log, before);
  const result = await playQuiz(page, 'profession-quiz');
  check(result && typeof result.score === 'number', 'no quiz-complete');
  const english = await playQuiz(page, 'career-quiz');
  check(english && english.total === profile.quiz.questions.length, 'no quiz-complete from <career-quiz>');
  await startFinder(page);
  // The page's quiz section plays too: it was hydrated, not left waiting.
  const inPage = await playQuiz(page, 'quiz');
  check(inPage && typeof inPage.score === 'number', 'no quiz-complete from the page\'s quiz section');
  // A language change re-renders in English.
  await page.evaluate(() => (document.documentElement.lang = 'en'));
  await page.waitForFunction(() => document.getElementById('salary-table').shadowRoot.textContent.includes('1st year of training'), null, { timeout: 3000 });
  // A src change (the inline script removed: it wins over src) loads the new profile.
  await page.evaluate(async () => {
    const el = document.getElementById('salary-table');
    el.querySelector('script').remove();
    el.src = '/track/seed?name=Neu%20geladen';
    await new Promise((r) => setTimeout(r, 0));
    await el.settled;
  });
  const texts = await page.evaluate(readTexts);
  check(texts['salary-table'].includes('Neu geladen'), `src change not shown: ${texts['salary-table'].slice(0, 160)}`);
  check((await page.evaluate(() => [...document.getElementById('salary-table').shadowRoot.children].filter((c) => c.hasAttribute('part')).length)) === 1, 'doubled after the src change');
  return `quiz-complete ${JSON.stringify(result.score)}/${result.total}; career-quiz ${english.score}/${english.total}`;
});

test('hydrated by the loader (the hydration chunk first, then each tag\'s)', async ({ page, log }) => {
  const before = await hydrated(page, `<script type="module" src="/track/dist/cdn/career-widgets.loader.js?delay=300"></script>`);
  await checkHydrated(page, log, before);
  return await startFinder(page);
});

test('hydrated by the npm build (index.js through an import map)', async ({ page, log }) => {
  const before = await hydrated(page, `${importMap}<script type="module">await new Promise((r) => setTimeout(r, 300)); await import('/dist/index.js');</script>`);
  await checkHydrated(page, log, before);
  const result = await playQuiz(page, 'profession-quiz');
  check(result && typeof result.score === 'number', 'no quiz-complete');
});

test('hydrated by single tags of the npm build with career-widgets/hydrate imported first', async ({ page, log }) => {
  // The page first: the sections it holds are defined by it, then the rest.
  const order = ['profession-page', ...TAGS.filter((tag) => tag !== 'profession-page')];
  const tags = order.map((tag) => `await import('/dist/${tag === 'career-quiz' ? 'profession-quiz/career-quiz.define' : `${tag}/define`}.js');`).join(' ');
  const before = await hydrated(page, `${importMap}<script type="module">await new Promise((r) => setTimeout(r, 300)); await import('/dist/hydrate.js'); ${tags}</script>`);
  await checkHydrated(page, log, before);
});

test('stale pre-rendered markup (another profile, another language) is corrected, not doubled', async ({ page, log }) => {
  const old = seed();
  old.name = 'Alter Beruf';
  let html = await pageOf(cdnScript());
  // The inline profiles now say "Neuer Beruf"; the shadow DOM still shows the old one.
  const fresh = seed();
  fresh.name = 'Neuer Beruf';
  for (const tag of ['salary-table', 'vacancy-teaser']) {
    const stale = (await renderElement(tag, old)).replace(`<${tag}`, `<${tag} id="${tag}" data-case`);
    const current = (await renderElement(tag, fresh)).replace(`<${tag}`, `<${tag} id="${tag}" data-case`);
    const script = current.slice(current.lastIndexOf('<script type="application/json">'));
    html = html.replace(new RegExp(`<${tag} id="${tag}"[\\s\\S]*?</${tag}>`), stale.slice(0, stale.lastIndexOf('<script type="application/json">')) + script);
  }
  // career-path was rendered in German, but sits in an English section.
  html = html.replace('<career-path id="career-path"', '<section lang="en"><career-path id="career-path"').replace('</career-path>', '</career-path></section>');
  const url = servePage(html);
  await page.goto(url);
  await page.waitForFunction(() => [...document.querySelectorAll('[data-case]')].every((el) => el.hasUpdated));
  await page.evaluate(() => Promise.all([...document.querySelectorAll('[data-case]')].map((el) => el.settled)));
  const texts = await page.evaluate(readTexts);
  for (const tag of ['salary-table', 'vacancy-teaser']) {
    check(!texts[tag].includes('Alter Beruf'), `<${tag}> still shows the stale profile: ${texts[tag]}`);
  }
  check(texts['salary-table'].includes('Neuer Beruf'), `<salary-table> does not show the current profile: ${texts['salary-table'].slice(0, 160)}`);
  check(texts['career-path'].startsWith('Career path: ') && texts['career-path'].includes('Getting in'), `<career-path> in an English section is still German: ${texts['career-path'].slice(0, 160)}`);
  const tops = await page.evaluate(() => [...document.querySelectorAll('[data-case]')].map((el) => el.shadowRoot.querySelectorAll('[part]').length && [...el.shadowRoot.children].filter((c) => c.hasAttribute('part')).length));
  check(tops.every((n) => n === 1), `doubled states: ${tops}`);
  check(log.errors.length === 0, `page errors: ${log.errors.join(' | ')}`);
});

test('renderElement escapes attributes and the inline profile', async () => {
  const evil = seed();
  evil.name = '</script><img src=x onerror=alert(1)>';
  const html = await renderElement('salary-table', evil, { attributes: { title: '"><script>alert(1)</script>' } });
  check(!html.includes('</script><img'), 'the profile ended the inline script');
  check(html.includes('title="&quot;&gt;&lt;script&gt;'), `the attribute was not escaped: ${html.slice(0, 120)}`);
  let refused = false;
  try {
    await renderElement('salary-table', evil, { attributes: { 'onclick': 'x' } });
  } catch {
    refused = true;
  }
  check(refused, 'an on… attribute was rendered');
});

test('the static-site example builds, shows every element without JavaScript and hydrates', async ({ page, log, base }) => {
  const out = mkdtempSync(join(tmpdir(), 'cw-site-'));
  let html;
  try {
    execFileSync(process.execPath, [join(root, 'examples/static-site/build.mjs'), out], { stdio: 'pipe' });
    html = readFileSync(join(out, 'index.html'), 'utf8');
  } finally {
    rmSync(out, { recursive: true, force: true });
  }
  check(!html.includes('<!-- career-widgets'), 'a placeholder was left in the page');
  const url = servePage(html);
  const context = await page.context().browser().newContext({ javaScriptEnabled: false, baseURL: base });
  const shownText = () =>
    [...document.querySelectorAll('main > *, section > *')].filter((el) => el.shadowRoot).map((el) => `${el.localName}: ${el.shadowRoot.textContent.replace(/\s+/g, ' ')}`);
  try {
    const off = await context.newPage();
    await off.goto(url);
    const texts = await off.evaluate(shownText);
    check(texts.length === 5, `${texts.length} pre-rendered elements, not 5`);
    for (const text of texts) check(!/Wird geladen|Loading/.test(text), `still loading: ${text.slice(0, 100)}`);
    check(texts[4].includes('1st year of training'), `the English table is not English: ${texts[4].slice(0, 100)}`);
  } finally {
    await context.close();
  }
  await page.goto(url);
  await page.waitForFunction(() => customElements.get('career-quiz') && document.querySelector('career-quiz').hasUpdated);
  const doubled = await page.evaluate(() =>
    [...document.querySelectorAll('main > *, section > *')].filter((el) => el.shadowRoot).filter((el) => [...el.shadowRoot.children].filter((c) => c.hasAttribute('part')).length !== 1).map((el) => el.localName),
  );
  check(doubled.length === 0, `doubled or empty: ${doubled}`);
  check(log.errors.length + log.consoleErrors.length === 0, `errors: ${[...log.errors, ...log.consoleErrors].join(' | ')}`);
});

const ok = await runAll({ filter: process.argv[2] ?? '', label: 'server rendering' });
process.exit(ok ? 0 : 1);
