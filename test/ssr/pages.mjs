#!/usr/bin/env node
// Server rendering and hydration (issue 14), against the built package (dist/: `npm run build`
// first; part of `npm test`, which has built it). Every element is rendered by
// `career-widgets/ssr` (`renderElement`) into a static page, then in headless Chromium:
//   - with JavaScript disabled, each element shows its profile from the declarative shadow DOM;
//   - the CDN bundle, and the npm build, hydrate it: the server's nodes stay (no second render,
//     no duplicate), no hydration error, and the elements stay interactive (the quiz played to
//     its result with quiz-complete, a language change, a src change);
//   - markup of another profile or language (stale) is replaced, not doubled.
//
// Usage: node test/ssr/pages.mjs [name-filter]
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { execFileSync } from 'node:child_process';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { renderElement } from '../../dist/ssr/render-element.js';
import { cdnScript, check, importMap, root, runAll, servePage, test } from '../hardening/pages/harness.mjs';

const TAGS = ['salary-table', 'career-path', 'profession-quiz', 'career-quiz', 'vacancy-teaser'];
const seed = () => JSON.parse(readFileSync(join(root, 'profiles/kaufmann-dialogmarketing.json'), 'utf8'));
const profile = seed();

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
};

async function pageOf(extra = '', { lang = 'de', profiles = {} } = {}) {
  const parts = [];
  for (const tag of TAGS) {
    const html = await renderElement(tag, profiles[tag] ?? profile, { lang: tag === 'career-quiz' ? 'en' : undefined });
    // The id and the marker go on the host: renderElement's `attributes`.
    parts.push(html.replace(`<${tag}`, `<${tag} id="${tag}" data-case`));
  }
  return `<!doctype html><html lang="${lang}"><head><meta charset="utf-8"><title>pre-rendered</title></head><body><main>${parts.join('\n')}</main>${extra}</body></html>`;
}

test('pre-rendered: every element shows its profile with JavaScript disabled', async ({ page, base }) => {
  const url = servePage(await pageOf());
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
    return TAGS.map((tag) => `${tag}: ${texts[tag].slice(0, 70)}…`);
  } finally {
    await context.close();
  }
});

/** Marks a node of every pre-rendered shadow root before the script runs: hydration must keep it. */
function markNodes() {
  for (const el of document.querySelectorAll('[data-case]')) el.shadowRoot.querySelector('[part]').setAttribute('data-server-node', '');
}

async function hydrated(page, script) {
  // The script is delayed (served through /track/ with a delay): the marks go on first.
  const url = servePage(await pageOf(script));
  await page.goto(url, { waitUntil: 'domcontentloaded' });
  const before = await page.evaluate(readTexts);
  await page.evaluate(markNodes);
  await page.waitForFunction(() => [...document.querySelectorAll('[data-case]')].every((el) => el.hasUpdated));
  await page.evaluate(() => Promise.all([...document.querySelectorAll('[data-case]')].map((el) => el.settled)));
  return before;
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

test('hydrated by the npm build (index.js through an import map)', async ({ page, log }) => {
  const before = await hydrated(page, `${importMap}<script type="module">await new Promise((r) => setTimeout(r, 300)); await import('/dist/index.js');</script>`);
  await checkHydrated(page, log, before);
  const result = await playQuiz(page, 'profession-quiz');
  check(result && typeof result.score === 'number', 'no quiz-complete');
});

test('hydrated by single tags of the npm build with career-widgets/hydrate imported first', async ({ page, log }) => {
  const tags = TAGS.map((tag) => `await import('/dist/${tag === 'career-quiz' ? 'profession-quiz/career-quiz.define' : `${tag}/define`}.js');`).join(' ');
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
