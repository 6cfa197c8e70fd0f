// Scale: a page with 200 elements (40 of each tag, one below the other) and a 1 MB profile
// (the seed padded with long texts and long arrays, every part of it valid) stays responsive:
// no task over 300 ms while the page loads, fetches, validates and renders. Two pages: every
// element with the same `src`, and an app that hands one profile object to 200 new elements
// in one task.
//
// Measured with a CDP trace of the renderer's main thread (each task's CPU time, the bound)
// and a PerformanceObserver for 'longtask' registered before any script of the page (wall
// clock, printed beside it): on a machine shared with other work the wall clock also counts
// time the OS gave to other processes. Prints the longest task, the time until every element
// was ready, the heap and the DOM size.
//
// The elements stand one below the other, as on a plain page. In a grid that stretches its
// items (a card grid with the default align-items), an element that grows also makes its
// neighbour in the row lay out again: that is the page's CSS, and measured here it about
// doubled the longest frame (`align-items: start` avoids it).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { check, root, serveGenerated, servePage, test } from './harness.mjs';

const TAGS = ['salary-table', 'career-path', 'profession-quiz', 'career-quiz', 'vacancy-teaser'];
const ELEMENTS = 200;
// HARDENING_LONG_TASK_BOUND: only to look at the figures on a busy machine; CI uses 300.
// The longest task left is the frame that lays out one <career-path> of this profile (120
// further-education options of 2,000 characters, 100 strengths of 400: about 330 KB of text):
// 70–170 ms of layout on a quiet machine, whatever the script does. Until 2026-12-01 renders were
// batched by their script time only (30 ms), and 80 quizzes rendered in one task made one frame of
// 400–530 ms; now the budget counts the layout each render caused (src/core/many-elements.ts), the
// elements render from the top of the page down, and one frame lays out at most what fits.
// Measured since: 180–220 ms on a quiet machine; CI's machine measured about 1.3 times this one's
// figures before, hence 300.
const LONG_TASK_BOUND = Number(process.env.HARDENING_LONG_TASK_BOUND ?? 300);
const TARGET_BYTES = 1_000_000; // "1 MB", under the 1 MiB a profile may have (src/core/limits.ts)

// -- The 1 MB profile -------------------------------------------------------------------------

/** German-looking filler text of about `length` characters, different for each `seed`. */
function filler(length, seed) {
  const words = ['Ausbildung', 'Kundendialog', 'Beratung', 'Vertrieb', 'Gesprächsführung', 'Kampagnenplanung', 'Qualitätssicherung',
    'Tarifvertragsverhandlungsergebnisdokumentation', 'Kommunikation', 'Teamarbeit', 'Büro', 'Kundinnen', 'und', 'Kunden', 'für', 'über', 'größer', 'Straße', '€', '✓'];
  let text = '';
  for (let i = 0; text.length < length; i++) text += `${words[(seed * 7 + i * 13) % words.length]}${i % 11 === 10 ? '. ' : ' '}`;
  return text.trim();
}

/**
 * The seed profile padded to about 1 MB, as a big real profile would be: long texts in every
 * field the elements show, and long lists in every section (100 strengths, 20 exams, 10 ways
 * to shorten the training, 120 further-education options, 40 quiz questions, 200 vacancies).
 */
export function bigProfile() {
  const profile = JSON.parse(readFileSync(join(root, 'profiles/kaufmann-dialogmarketing.json'), 'utf8'));
  profile.name = 'Kaufmann / Kauffrau für Dialogmarketing (1 MB)';
  profile.skills = Array.from({ length: 100 }, (_, i) => ({ name: `Stärke ${i + 1}: ${filler(40, i)}`, description: filler(400, i), highlighted: i % 2 === 0 }));
  // A few notes on pay, as real profiles have (1–3): they are shown under the table since format 2.
  profile.salary.notes = Array.from({ length: 5 }, (_, i) => filler(500, i));
  profile.training.description = filler(9_000, 3);
  profile.training.exams = Array.from({ length: 20 }, (_, i) => ({
    name: `Prüfung ${i + 1}`,
    at: `P${Math.round((i / 20) * 36)}M`,
    examiningBody: { name: 'IHK' },
    credential: filler(60, i),
    description: filler(1500, i),
  }));
  profile.training.shortening = Array.from({ length: 10 }, (_, i) => ({
    prerequisite: filler(300, i),
    creditedDuration: 'P6M',
    remainingDuration: 'P2Y6M',
    description: filler(2000, i),
  }));
  profile.furtherEducation.introduction = filler(2000, 4);
  profile.furtherEducation.options = Array.from({ length: 120 }, (_, i) => ({
    name: `Weiterbildung ${i + 1}: ${filler(60, i)}`,
    kind: i % 3 === 0 ? 'study' : 'further-training',
    description: filler(2000, i),
  }));
  // 40 questions of 6 options; one result per half of the scores.
  const questions = Array.from({ length: 40 }, (_, i) => ({
    question: `Frage ${i + 1}: ${filler(300, i)}?`,
    options: Array.from({ length: 6 }, (_, j) => `Antwort ${j + 1}: ${filler(150, i + j)}`),
    correctOption: i % 6,
    explanation: filler(1500, i),
  }));
  profile.quiz = {
    ...profile.quiz,
    intro: filler(2000, 5),
    questions,
    results: [
      { minScore: 0, maxScore: 20, text: filler(1000, 1), cta: profile.quiz.results[0].cta },
      { minScore: 21, maxScore: 40, text: filler(1000, 2), cta: profile.quiz.results[0].cta },
    ],
  };
  // 200 open vacancies (the most a list may hold, src/core/limits.ts), dated far ahead so that they stay current.
  profile.vacancies.items = Array.from({ length: 200 }, (_, i) => ({
    identifier: `KDM-${i}`,
    title: `Ausbildung Kaufmann / Kauffrau für Dialogmarketing ${i + 1} (m/w/d) — ${filler(60, i)}`,
    description: filler(500, i),
    hiringOrganization: { name: `Betrieb ${i + 1} GmbH` },
    jobLocation: { address: { postalCode: String(10000 + i * 37).padStart(5, '0'), addressLocality: `Stadt ${i % 50}` } },
    jobStartDate: '2099-08-01',
    datePosted: '2025-01-01',
    validThrough: '2099-06-30',
    url: `https://jobs.example/kdm/${i}`,
  }));
  profile.relatedLinks = Array.from({ length: 100 }, (_, i) => ({ label: filler(60, i), href: `https://example.org/${i}`, description: filler(300, i) }));
  // The long texts of the profile page itself make up the rest, to about TARGET_BYTES: texts of
  // up to 9,000 characters each, within the limits a profile has (src/core/limits.ts).
  profile.description = filler(9_000, 1);
  profile.prospects = filler(9_000, 2);
  const rest = TARGET_BYTES - Buffer.byteLength(JSON.stringify(profile));
  profile.facts = Array.from({ length: Math.max(1, Math.ceil(rest / 9_000)) }, (_, i) => filler(Math.min(8_990, rest / Math.ceil(rest / 9_000)), i));
  return profile;
}

let bigJson;
const bigProfileJson = () => (bigJson ??= JSON.stringify(bigProfile()));
serveGenerated('/big-profile.json', 'application/json; charset=utf-8', bigProfileJson);

// -- The page -------------------------------------------------------------------------------

/** Before any script of the page: records every long task. */
function observeLongTasks() {
  // Where this document starts, in the trace: tasks before it belong to the page navigated away from.
  performance.mark('cw-page-start');
  window.__longTasks = [];
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) window.__longTasks.push({ start: Math.round(entry.startTime), duration: Math.round(entry.duration) });
  }).observe({ type: 'longtask', buffered: true });
}

const scalePage = (body) =>
  servePage(`<!doctype html>
<html lang="de">
<head><meta charset="utf-8"><title>200 elements</title>
<style>body { margin: 16px; } body > * { margin-block-end: 16px; }</style>
<script type="module" src="/dist/cdn/career-widgets.js"></script>
</head>
<body>
${body}
</body>
</html>`);

const tagAt = (i) => TAGS[i % TAGS.length];

/** In the page: waits until every element settled; the outcome, the long tasks and a responsiveness probe. */
async function outcome() {
  const elements = [...document.body.children].filter((el) => 'settled' in el || el.localName.includes('-'));
  await Promise.all(elements.map((el) => customElements.whenDefined(el.localName)));
  await Promise.all(elements.map((el) => el.settled));
  // Two frames: the last renders are painted and their tasks observed.
  await new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done)));
  await new Promise((done) => setTimeout(done, 100));
  const states = {};
  for (const el of elements) {
    const shown = el.shadowRoot?.querySelector('[part]')?.getAttribute('part') ?? 'none';
    states[shown] = (states[shown] ?? 0) + 1;
  }
  return { count: elements.length, states, readyAt: Math.round(performance.now()), longTasks: window.__longTasks };
}

/** The JS heap after garbage collection, with every element ready. */
async function heap(cdp) {
  await cdp.send('HeapProfiler.collectGarbage');
  const { usedSize } = await cdp.send('Runtime.getHeapUsage');
  const dom = await cdp.send('Memory.getDOMCounters');
  return `JS heap ${(usedSize / 1024 / 1024).toFixed(1)} MB, ${dom.nodes} DOM nodes`;
}

/**
 * A CDP trace of the page's tasks ('toplevel': little overhead). Each task of the renderer's
 * main thread has its wall-clock duration (`dur`) and its main-thread CPU time (`tdur`).
 */
async function startTrace(page) {
  const cdp = await page.context().newCDPSession(page);
  const events = [];
  cdp.on('Tracing.dataCollected', ({ value }) => events.push(...value));
  await cdp.send('Tracing.start', { categories: '-*,toplevel,blink.user_timing', transferMode: 'ReportEvents' });
  return {
    cdp,
    async stop() {
      const complete = new Promise((done) => cdp.once('Tracing.tracingComplete', done));
      await cdp.send('Tracing.end');
      await complete;
      const threads = new Map(events.filter((e) => e.ph === 'M' && e.name === 'thread_name').map((e) => [`${e.pid}:${e.tid}`, e.args.name]));
      // Only this document's tasks: from its first moment (the mark its first script sets) on.
      const start = Math.max(...events.filter((e) => e.name === 'cw-page-start').map((e) => e.ts), 0);
      const tasks = events.filter(
        (e) => e.name === 'ThreadControllerImpl::RunTask' && e.dur && e.ts + e.dur >= start && threads.get(`${e.pid}:${e.tid}`) === 'CrRendererMain',
      );
      // The page's renderer: the main thread with the most work.
      const work = new Map();
      for (const t of tasks) work.set(t.pid, (work.get(t.pid) ?? 0) + t.dur);
      const pid = [...work].sort((a, b) => b[1] - a[1])[0]?.[0];
      const ours = tasks.filter((t) => t.pid === pid);
      const ms = (us) => Math.round(us / 1000);
      if (!start) throw new Error('the trace has no mark of the page start');
      const top = ours.reduce((a, b) => ((b.tdur ?? b.dur) > (a?.tdur ?? a?.dur ?? -1) ? b : a), undefined);
      return {
        tasks: ours.length,
        longestAt: top ? ms(top.ts - start) : 0,
        longestCpu: ms(Math.max(0, ...ours.map((t) => t.tdur ?? t.dur))),
        longestWall: ms(Math.max(0, ...ours.map((t) => t.dur))),
        cpu: ms(ours.reduce((sum, t) => sum + (t.tdur ?? t.dur), 0)),
        wall: ms(ours.reduce((sum, t) => sum + t.dur, 0)),
      };
    },
  };
}

/**
 * The bound is on each task's main-thread CPU time from the trace. On a machine that runs
 * nothing else, wall-clock and CPU time of a task agree (the long-task figures of the
 * PerformanceObserver are printed beside them); on a shared one (CI, other test runs) the
 * wall clock also counts the time the OS gave to other processes, which no page can help.
 */
function report(result, trace, label) {
  const longest = result.longTasks.reduce((max, task) => Math.max(max, task.duration), 0);
  const ready = (result.states.base ?? 0) + (result.states['no-vacancies'] ?? 0);
  check(result.count === ELEMENTS, `${result.count} elements on the page, expected ${ELEMENTS}`);
  check(ready === ELEMENTS, `not every element is ready: ${JSON.stringify(result.states)}`);
  check(trace.tasks > 0, 'the trace has no task of the page');
  return {
    ok: trace.longestCpu <= LONG_TASK_BOUND,
    problem:
      `longest task ${trace.longestCpu} ms of main-thread time (bound ${LONG_TASK_BOUND} ms; wall clock ${trace.longestWall} ms); ` +
      `long tasks (wall clock): ${result.longTasks.map((t) => `${t.duration} ms at ${t.start}`).join(', ')}`,
    lines: [
      `${label}: ${ELEMENTS} elements ready ${result.readyAt} ms after navigation, in ${trace.tasks} tasks (main thread ${trace.cpu} ms CPU, ${trace.wall} ms wall clock)`,
      `longest task: ${trace.longestCpu} ms CPU at ${trace.longestAt} ms (bound ${LONG_TASK_BOUND} ms), longest ${trace.longestWall} ms wall clock; PerformanceObserver: ` +
        `longest ${longest} ms, ${result.longTasks.length} task(s) over 50 ms`,
    ],
  };
}

/**
 * Loads the page (`load(page)`) and measures it; a second time when the first is over the
 * bound. A machine busy with other work can push one task over it now and then; a page that
 * really blocks does so every time (before the fixes: a 2.2 s task, and a quarter of the
 * elements in their error state, on every run). Both attempts are printed.
 */
async function measure({ page, log }, label, load) {
  const notes = [];
  let last;
  for (let attempt = 1; attempt <= 2; attempt++) {
    // A blank page first: the trace must not count the teardown of the page measured before (185,000 nodes).
    await page.goto('about:blank');
    const trace = await startTrace(page);
    await load(page);
    const result = await page.evaluate(outcome);
    const figures = await trace.stop();
    check(log.errors.length === 0, `uncaught errors: ${log.errors.join('; ')}`);
    last = report(result, figures, attempt === 1 ? label : `${label}, second attempt`);
    notes.push(...last.lines, await heap(trace.cdp));
    await trace.cdp.detach();
    if (last.ok) return notes;
  }
  throw new Error(`${last.problem}\n${notes.join('\n')}`);
}

test(
  `scale: ${ELEMENTS} elements (all tags) each loading a 1 MB profile by src: no long task over ${LONG_TASK_BOUND} ms`,
  async (context) => {
    const size = Buffer.byteLength(bigProfileJson());
    check(size >= TARGET_BYTES * 0.95, `the big profile is only ${size} bytes`);
    await context.page.addInitScript(observeLongTasks);
    const body = Array.from({ length: ELEMENTS }, (_, i) => `<${tagAt(i)} src="/big-profile.json"></${tagAt(i)}>`).join('\n');
    const url = scalePage(body);
    return [`profile ${(size / 1024).toFixed(0)} KB`, ...(await measure(context, 'src', (page) => page.goto(url)))];
  },
  { timeout: 300_000 },
);

test(
  `scale: ${ELEMENTS} elements (all tags) given one 1 MB profile object by a page script at once: no long task over ${LONG_TASK_BOUND} ms`,
  async (context) => {
    await context.page.addInitScript(observeLongTasks);
    // An app: fetches the profile once, makes every element, hands each the same object and adds them all, in one task.
    const script = `<script type="module">
      const profile = await (await fetch('/big-profile.json')).json();
      await customElements.whenDefined('vacancy-teaser');
      const tags = ${JSON.stringify(TAGS)};
      const elements = Array.from({ length: ${ELEMENTS} }, (_, i) => Object.assign(document.createElement(tags[i % tags.length]), { profile }));
      document.body.append(...elements);
    </script>`;
    const url = scalePage(script);
    return measure(context, 'property', async (page) => {
      await page.goto(url);
      await page.waitForFunction((n) => document.querySelectorAll('salary-table').length === n, ELEMENTS / TAGS.length);
    });
  },
  { timeout: 300_000 },
);

// -- Many elements (issue 22) ----------------------------------------------------------------
// 1,000 and 2,000 <salary-table>s sharing one src, against the browser's own time for the same
// 1,000 tables pre-rendered (declarative shadow DOM from dist/ssr/render-element.js, JavaScript
// off). Until 2026-12-05 the render budget cost O(n²): 250 tables ready after 1.3 s, 500 after
// 9.4 s, 1,000 after 106 s, 2,000 not all after 150 s, while the browser showed the 1,000
// pre-rendered in 2.5 s. The contract (PRODUCT.md, "Speed"): 1,000 ready within 3× the
// browser's own time, and the cost grows linearly (here: 2,000 within 2.2× the time of 1,000).
// Times are wall clock from navigation start, taken in turns on one browser, and compared only
// as ratios: on a shared machine each figure alone says little.

const MANY = 1000;
const MANY_RATIO = 3;
const DOUBLE_RATIO = 2.2;
/** Past this, a page counts as frozen and the case fails without waiting longer. */
const MANY_GIVE_UP_MS = 120_000;
const seedJson = readFileSync(join(root, 'profiles/kaufmann-dialogmarketing.json'), 'utf8');
const SEED_URL = '/profiles/kaufmann-dialogmarketing.json';

const manyPage = (title, head, body) =>
  servePage(`<!doctype html>
<html lang="de">
<head><meta charset="utf-8"><title>${title}</title>
<style>body { margin: 16px; } body > * { margin-block-end: 16px; }</style>
${head}
</head>
<body>
${body}
</body>
</html>`);

/** Before any script of the page: notes when the `expected`-th profile-load fired, and when the frame after it was done. */
function countReady(expected) {
  window.__ready = { count: 0, at: undefined };
  document.addEventListener('profile-load', () => {
    if (++window.__ready.count !== expected) return;
    requestAnimationFrame(() => setTimeout(() => (window.__ready.at = performance.now())));
  });
}

/** Loads `url` on a fresh page and waits until `expected` elements are ready and painted; ms from navigation start. */
async function timeUntilReady(browser, base, url, expected) {
  const page = await browser.newPage({ baseURL: base, viewport: { width: 1024, height: 768 } });
  const errors = [];
  page.on('pageerror', (error) => errors.push(error.message));
  try {
    await page.addInitScript(countReady, expected);
    await page.goto(url);
    const done = await page
      .waitForFunction(() => window.__ready.at, null, { timeout: MANY_GIVE_UP_MS, polling: 250 })
      .then(() => true, () => false);
    const { at, count, shown } = await page.evaluate(() => ({
      at: window.__ready.at,
      count: window.__ready.count,
      shown: [...document.querySelectorAll('salary-table')].filter((el) => el.shadowRoot?.querySelector('[part="base"]')).length,
    }));
    check(errors.length === 0, `uncaught errors: ${errors.join('; ')}`);
    check(done, `${count} of ${expected} elements ready after ${MANY_GIVE_UP_MS / 1000} s: the page is frozen`);
    check(shown === expected, `${shown} of ${expected} tables show the profile`);
    return Math.round(at);
  } finally {
    await page.close();
  }
}

/** The browser's own time for `html`, JavaScript off: parsed, styled and laid out; ms from navigation start. */
async function timeStatic(browser, base, url, expected = MANY) {
  const context = await browser.newContext({ javaScriptEnabled: false, baseURL: base, viewport: { width: 1024, height: 768 } });
  try {
    const page = await context.newPage();
    await page.goto(url, { waitUntil: 'load' });
    // The script of this evaluation runs although the page's own may not; reading a layout value
    // makes the browser finish style and layout first (no frame can be awaited with scripts off).
    const { at, hosts, shadowRoots } = await page.evaluate(() => {
      void document.body.offsetHeight;
      const hosts = document.querySelectorAll('salary-table');
      return { at: performance.now(), hosts: hosts.length, shadowRoots: [...hosts].filter((el) => el.shadowRoot?.querySelector('[part="base"]')).length };
    });
    check(hosts === expected && shadowRoots === expected, `the pre-rendered page has ${hosts} tables, ${shadowRoots} with their shadow root`);
    return Math.round(at);
  } finally {
    await context.close();
  }
}

/**
 * One table as a static site pre-renders it, without the inline profile (no script reads it with
 * JavaScript off): the browser's time for the markup alone, the stricter baseline.
 */
async function preRenderedTable() {
  const { renderElement } = await import(join(process.env.HARDENING_DIST ?? join(root, 'dist'), 'ssr/render-element.js'));
  const table = (await renderElement('salary-table', JSON.parse(seedJson))).replace(/<script type="application\/json">[\s\S]*?<\/script>/, '');
  check(table.includes('shadowrootmode="open"'), 'renderElement gave no declarative shadow DOM');
  return table;
}

test(
  `scale: ${MANY} and ${MANY * 2} <salary-table>s sharing one src: ready within ${MANY_RATIO}× the browser's time for ${MANY} pre-rendered, ${MANY * 2} within ${DOUBLE_RATIO}× ${MANY}`,
  async ({ page, base }) => {
    const browser = page.context().browser();
    const table = await preRenderedTable();
    const staticUrl = manyPage('pre-rendered', '', Array(MANY).fill(table).join('\n'));
    const tags = (n) => Array(n).fill(`<salary-table src="${SEED_URL}"></salary-table>`).join('\n');
    const script = '<script type="module" src="/dist/cdn/career-widgets.js"></script>';
    const oneUrl = manyPage(`${MANY}`, script, tags(MANY));
    const twoUrl = manyPage(`${MANY * 2}`, script, tags(MANY * 2));
    const notes = [];
    let problem;
    // Up to three attempts while a bound is missed (a machine busy with other work); the ratios are of
    // the best time each page has had so far: other work only ever adds time, and twice the tags is 2.0×
    // when linear, so the 2.2× bound leaves little room for one noisy run. Every attempt is printed.
    const best = { baseline: Infinity, one: Infinity, two: Infinity };
    for (let attempt = 1; attempt <= 3; attempt++) {
      const baseline = await timeStatic(browser, base, staticUrl);
      const one = await timeUntilReady(browser, base, oneUrl, MANY);
      // A frozen page fails at once, with the figures measured before it.
      const two = await timeUntilReady(browser, base, twoUrl, MANY * 2).catch((error) => {
        throw new Error(`${error.message}\n${[...notes, `pre-rendered ${MANY}, JavaScript off: ${baseline} ms; ${MANY} tags: ${one} ms (${(one / baseline).toFixed(2)}×)`].join('\n')}`);
      });
      best.baseline = Math.min(best.baseline, baseline);
      best.one = Math.min(best.one, one);
      best.two = Math.min(best.two, two);
      const ratio = best.one / best.baseline;
      const double = best.two / best.one;
      notes.push(
        `${attempt === 1 ? '' : `attempt ${attempt} (ratios of the best times): `}pre-rendered ${MANY}, JavaScript off: ${baseline} ms; ${MANY} tags: ${one} ms (${ratio.toFixed(2)}×, bound ${MANY_RATIO}×); ` +
          `${MANY * 2} tags: ${two} ms (${double.toFixed(2)}× the ${MANY}, bound ${DOUBLE_RATIO}×)`,
      );
      problem = ratio > MANY_RATIO ? `${MANY} tags took ${ratio.toFixed(2)}× the pre-rendered page` : double > DOUBLE_RATIO ? `${MANY * 2} tags took ${double.toFixed(2)}× the ${MANY}` : undefined;
      if (!problem) return notes;
    }
    throw new Error(`${problem}\n${notes.join('\n')}`);
  },
  { timeout: 600_000 },
);

// The loader with tags added one at a time (an app or a CMS widget adding one per task): until
// 2026-12-05, 900 tags 15.8 s (issue 22; 35 s here on a busy machine, the bundle 40 s). The same
// contract holds as for parsed tags: within 3× the browser's time for the same tables pre-rendered.
// The CDN bundle's time on the same page is printed beside it: the loader's own part (its chunks'
// fetch, its observer: one record a task, one pass over each callback's records) shows as the
// difference.
const ONE_AT_A_TIME = 900;

test(
  `scale: the loader, ${ONE_AT_A_TIME} <salary-table>s added one a task: ready within ${MANY_RATIO}× the browser's time for them pre-rendered`,
  async ({ page, base }) => {
    const browser = page.context().browser();
    const staticUrl = manyPage('pre-rendered', '', Array(ONE_AT_A_TIME).fill(await preRenderedTable()).join('\n'));
    // One tag a task: a message to itself starts the next (no timer's 4 ms clamp).
    const adder = `<script type="module">
      const channel = new MessageChannel();
      let added = 0;
      channel.port1.onmessage = () => {
        document.body.append(Object.assign(document.createElement('salary-table'), { src: ${JSON.stringify(SEED_URL)} }));
        if (++added < ${ONE_AT_A_TIME}) channel.port2.postMessage(0);
      };
      channel.port2.postMessage(0);
    </script>`;
    const loaderUrl = manyPage('loader', '<script type="module" src="/dist/cdn/career-widgets.loader.js"></script>', adder);
    const bundleUrl = manyPage('bundle', '<script type="module" src="/dist/cdn/career-widgets.js"></script>', adder);
    const notes = [];
    for (let attempt = 1; attempt <= 2; attempt++) {
      const baseline = await timeStatic(browser, base, staticUrl, ONE_AT_A_TIME);
      const viaLoader = await timeUntilReady(browser, base, loaderUrl, ONE_AT_A_TIME);
      const bundle = await timeUntilReady(browser, base, bundleUrl, ONE_AT_A_TIME);
      const ratio = viaLoader / baseline;
      notes.push(
        `${attempt === 1 ? '' : 'second attempt: '}pre-rendered, JavaScript off: ${baseline} ms; the loader: ${viaLoader} ms (${ratio.toFixed(2)}×, bound ${MANY_RATIO}×); ` +
          `the CDN bundle on the same page: ${bundle} ms`,
      );
      if (ratio <= MANY_RATIO) return notes;
    }
    throw new Error(`the loader's page took over ${MANY_RATIO}× the pre-rendered one\n${notes.join('\n')}`);
  },
  { timeout: 600_000 },
);
