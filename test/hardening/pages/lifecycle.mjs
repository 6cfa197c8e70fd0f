// Lifecycle: 1,000 connect / move / disconnect cycles for each element (ready ones, and ones
// whose request is in flight, so every cycle starts and aborts one), then 1,000 profile
// swaps for each tag (through the property and an inline script in turn, every tenth by `src`). Before and
// after, once the page is quiet and garbage has been collected, counts:
// - event listeners on document, window, AbortSignals, our elements and their shadow roots (by wrapping
//   add/removeEventListener; `once` and `signal` listeners are counted until they go), and on
//   every node of the page (Chromium's own count, DOMDebugger.getEventListeners through CDP);
// - pending timers (setTimeout / setInterval wrapped: set, fired or cleared);
// - active MutationObservers (observing, not disconnected): one per connected element plus
//   the core's one shared `lang` observer;
// - open requests: fetch calls not settled (wrapped) and, on the server, connections to
//   /track/ not yet answered or dropped;
// - Chromium's DOM counters (nodes, JS event listeners) and the JS heap (CDP
//   HeapProfiler.collectGarbage, then Runtime.getHeapUsage).
//
// Bounds (stated, and printed with the measured figures):
// - listeners, timers, observers, open requests: back to exactly the baseline;
// - DOM nodes: back to the baseline within 200 (a handful of text nodes per element can
//   differ with the state shown; one leaked render is hundreds of nodes, 11,000 of them millions);
// - JS heap: less than 2 MB of growth over all cycles, and 2 MB over all swaps. One leaked
//   closure per cycle (≥ 100 bytes) would be > 1 MB over 11,000 cycles; one retained profile
//   per swap (the seed as objects is ≈ 100 KB) would be ≈ 500 MB over 5,000 swaps.
import { check, openRequests, servePage, test, trackedRequests } from './harness.mjs';

const TAGS = ['salary-table', 'career-path', 'profession-quiz', 'career-quiz', 'vacancy-teaser'];
const CYCLES = 1000;
const SWAPS = 1000;
const HEAP_BOUND = 2 * 1024 * 1024;
const NODE_SLACK = 200;

/** Runs in the page before any of its scripts: the counters. */
function instrument(tags) {
  const ours = new Set(tags);
  const watched = (target) =>
    target === window ||
    target === document ||
    target instanceof AbortSignal || // a request's abort listener (the core's fetchJson)
    (target instanceof Element && ours.has(target.localName)) ||
    (target instanceof ShadowRoot && ours.has(target.host.localName));
  const stats = { listeners: 0, adds: 0, removes: 0, timers: new Set(), timersSet: 0, observers: new Set(), observersMade: 0, fetchOpen: 0, fetches: 0 };
  window.__cw = stats;

  // Listeners: target → "type|capture" → listener → the function actually registered.
  const registry = new WeakMap();
  const { addEventListener: add, removeEventListener: remove } = EventTarget.prototype;
  const captureOf = (options) => (typeof options === 'boolean' ? options : Boolean(options?.capture));
  EventTarget.prototype.addEventListener = function (type, listener, options) {
    if (!listener || !watched(this)) return add.call(this, type, listener, options);
    const key = `${type}|${captureOf(options)}`;
    let byKey = registry.get(this);
    if (!byKey) registry.set(this, (byKey = new Map()));
    let map = byKey.get(key);
    if (!map) byKey.set(key, (map = new Map()));
    if (map.has(listener)) return undefined; // the DOM ignores a second identical add
    const gone = () => map.delete(listener) && (stats.listeners--, true);
    let actual = listener;
    if (typeof options === 'object' && options?.once) {
      actual = function (event) {
        gone();
        return typeof listener === 'function' ? listener.call(this, event) : listener.handleEvent(event);
      };
    }
    if (typeof options === 'object' && options?.signal) add.call(options.signal, 'abort', gone, { once: true });
    map.set(listener, actual);
    stats.listeners++;
    stats.adds++;
    return add.call(this, type, actual, options);
  };
  EventTarget.prototype.removeEventListener = function (type, listener, options) {
    const map = registry.get(this)?.get(`${type}|${captureOf(options)}`);
    const actual = map?.get(listener);
    if (actual) {
      map.delete(listener);
      stats.listeners--;
      stats.removes++;
      return remove.call(this, type, actual, options);
    }
    return remove.call(this, type, listener, options);
  };

  // Timers.
  const { setTimeout: set, clearTimeout: clear, setInterval: setEvery, clearInterval: clearEvery } = window;
  window.__cwSleep = (ms) => new Promise((done) => set(done, ms)); // the test's own waits, not counted
  window.setTimeout = function (fn, ms, ...rest) {
    const id = set(
      (...args) => {
        stats.timers.delete(id);
        return typeof fn === 'function' ? fn(...args) : undefined;
      },
      ms,
      ...rest,
    );
    stats.timers.add(id);
    stats.timersSet++;
    return id;
  };
  window.clearTimeout = (id) => (stats.timers.delete(id), clear(id));
  window.setInterval = function (...args) {
    const id = setEvery(...args);
    stats.timers.add(id);
    stats.timersSet++;
    return id;
  };
  window.clearInterval = (id) => (stats.timers.delete(id), clearEvery(id));

  // MutationObservers.
  const Native = window.MutationObserver;
  window.MutationObserver = class extends Native {
    constructor(callback) {
      super(callback);
      stats.observersMade++;
    }
    observe(...args) {
      stats.observers.add(this);
      return super.observe(...args);
    }
    disconnect() {
      stats.observers.delete(this);
      return super.disconnect();
    }
  };

  // Requests.
  const nativeFetch = window.fetch;
  window.fetch = function (...args) {
    stats.fetches++;
    stats.fetchOpen++;
    const done = () => stats.fetchOpen--;
    const request = nativeFetch.apply(this, args);
    request.then(done, done);
    return request;
  };
}

/** The counters as plain numbers. */
const countersInPage = () => ({
  listeners: window.__cw.listeners,
  timers: window.__cw.timers.size,
  observers: window.__cw.observers.size,
  fetchOpen: window.__cw.fetchOpen,
  adds: window.__cw.adds,
  removes: window.__cw.removes,
  timersSet: window.__cw.timersSet,
  observersMade: window.__cw.observersMade,
  fetches: window.__cw.fetches,
  connected: [...document.querySelectorAll('*')].filter((el) => el.shadowRoot && 'settled' in el).length,
});

/** Collects garbage and reads every counter, in the page, from Chromium, and on the server. */
async function snapshot(page, cdp) {
  // A quiet page: aborted requests and late timers have had their turn.
  await page.evaluate(() => window.__cwSleep(300));
  await cdp.send('HeapProfiler.collectGarbage');
  await cdp.send('HeapProfiler.collectGarbage');
  const { usedSize } = await cdp.send('Runtime.getHeapUsage');
  const dom = await cdp.send('Memory.getDOMCounters');
  const { result } = await cdp.send('Runtime.evaluate', { expression: 'document' });
  const { listeners } = await cdp.send('DOMDebugger.getEventListeners', { objectId: result.objectId, depth: -1, pierce: true });
  await cdp.send('Runtime.releaseObject', { objectId: result.objectId });
  return {
    heap: usedSize,
    nodes: dom.nodes,
    jsEventListeners: dom.jsEventListeners,
    pageListeners: listeners.length,
    serverOpen: openRequests(),
    ...(await page.evaluate(countersInPage)),
  };
}

const mb = (bytes) => `${(bytes / 1024 / 1024).toFixed(2)} MB`;

/** Checks the bounds between two snapshots; returns the figures as a line. */
function compare(label, before, after, middle, work) {
  const problems = [];
  for (const key of ['listeners', 'timers', 'observers', 'fetchOpen', 'serverOpen', 'pageListeners', 'jsEventListeners']) {
    if (after[key] !== before[key]) problems.push(`${key}: ${before[key]} before, ${after[key]} after`);
  }
  // One observer per connected element and the shared lang observer.
  if (after.observers !== after.connected + 1) problems.push(`${after.observers} active MutationObservers for ${after.connected} connected elements (expected ${after.connected + 1})`);
  if (after.serverOpen !== 0) problems.push(`${after.serverOpen} requests still open on the server`);
  if (Math.abs(after.nodes - before.nodes) > NODE_SLACK) problems.push(`DOM nodes: ${before.nodes} before, ${after.nodes} after (bound ±${NODE_SLACK})`);
  const growth = after.heap - before.heap;
  if (growth > HEAP_BOUND) problems.push(`JS heap grew by ${mb(growth)} (bound ${mb(HEAP_BOUND)})`);
  check(problems.length === 0, `${label}:\n${problems.join('\n')}`);
  return [
    `${label}: ${work}`,
    `heap ${mb(before.heap)} → ${mb(middle.heap)} → ${mb(after.heap)} (growth ${mb(growth)}: ${mb(middle.heap - before.heap)} in the first half, ` +
      `${mb(after.heap - middle.heap)} in the second; bound ${mb(HEAP_BOUND)}); DOM nodes ${before.nodes} → ${after.nodes}; ` +
      `listeners ${before.listeners} → ${after.listeners} (watched; ${after.adds - before.adds} added, ${after.removes - before.removes} removed), ` +
      `${before.pageListeners} → ${after.pageListeners} (whole page), JS ${before.jsEventListeners} → ${after.jsEventListeners}`,
    `timers pending ${before.timers} → ${after.timers} (${after.timersSet - before.timersSet} set); MutationObservers active ${before.observers} → ${after.observers} ` +
      `(${after.observersMade - before.observersMade} made, ${after.connected} elements connected); requests open ${before.fetchOpen}/${before.serverOpen} → ${after.fetchOpen}/${after.serverOpen} (page/server)`,
  ];
}

const lifecyclePage = () =>
  servePage(`<!doctype html>
<html lang="de">
<head><meta charset="utf-8"><title>lifecycle</title><script type="module" src="/dist/cdn/career-widgets.js"></script></head>
<body><div id="a"></div><section id="b"></section></body>
</html>`);

async function open(page) {
  await page.addInitScript(instrument, TAGS);
  await page.goto(lifecyclePage());
  await page.evaluate(() => customElements.whenDefined('vacancy-teaser'));
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('DOMDebugger.enable').catch(() => undefined);
  return cdp;
}

// -- connect / disconnect / move ------------------------------------------------------------

/** In the page: makes the elements, or runs `cycles` cycles over them; ends with every element connected and settled. */
async function cycleElements({ tags, cycles, make }) {
  const a = document.querySelector('#a');
  const b = document.querySelector('#b');
  if (make) {
    const seed = await (await fetch('/profiles/kaufmann-dialogmarketing.json')).json();
    for (const tag of tags) {
      // Ready: the profile as a property.
      const ready = document.createElement(tag);
      ready.profile = structuredClone(seed);
      ready.dataset.kind = 'ready';
      // In flight: a slow src, so that every connect starts a request and every move or removal aborts it.
      const loading = document.createElement(tag);
      loading.src = '/track/profiles/kaufmann-dialogmarketing.json?delay=150';
      loading.dataset.kind = 'loading';
      a.append(ready, loading);
    }
    // The feed of <vacancy-teaser> too, in flight in every cycle.
    const feed = document.createElement('vacancy-teaser');
    feed.profile = structuredClone(seed);
    feed.setAttribute('feed', '/track/profiles/feeds/kaufmann-dialogmarketing.json?delay=150');
    feed.dataset.kind = 'feed';
    a.append(feed);
  }
  const elements = [...a.children, ...b.children];
  for (let i = 0; i < cycles; i++) {
    for (const el of elements) {
      // A new address each cycle: the element must fetch it, so a request is in flight when it moves or goes.
      // (One address per element too: elements asking for one URL at once share one request.)
      if (el.dataset.kind === 'loading') el.src = `/track/profiles/kaufmann-dialogmarketing.json?delay=150&cycle=${i}&el=${el.localName}`;
      if (el.dataset.kind === 'feed') el.setAttribute('feed', `/track/profiles/feeds/kaufmann-dialogmarketing.json?delay=150&cycle=${i}`);
      a.append(el); // connect (a move, if it was in b)
      await el.updateComplete; // the update starts the request
      b.append(el); // move: disconnect and connect at once
      await el.updateComplete;
      el.remove(); // disconnect
    }
    // Now and then a task's turn: aborted requests settle, the server sees them go.
    if (i % 50 === 49) await window.__cwSleep(0);
  }
  for (const el of elements) a.append(el);
  await Promise.all(elements.map((el) => el.settled));
  // Every element ends in its ready state: not loading, not an error.
  return elements
    .map((el) => ({ tag: el.localName, kind: el.dataset.kind, shown: el.shadowRoot.querySelector('[part]')?.getAttribute('part') }))
    .filter(({ shown }) => !['base', 'no-vacancies'].includes(shown));
}

test(
  `lifecycle: ${CYCLES} connect / move / disconnect cycles of every element (ready, request in flight, feed in flight): nothing leaks`,
  async ({ page, log }) => {
    const cdp = await open(page);
    const made = await page.evaluate(cycleElements, { tags: TAGS, cycles: 20, make: true });
    check(made.length === 0, `not ready after the warm-up: ${JSON.stringify(made)}`);
    const before = await snapshot(page, cdp);
    const trackedBefore = trackedRequests();
    const t0 = Date.now();
    // In two halves, with a snapshot between: a leak grows in the second half as in the first.
    const stuckHalf = await page.evaluate(cycleElements, { tags: TAGS, cycles: CYCLES / 2, make: false });
    check(stuckHalf.length === 0, `not ready after ${CYCLES / 2} cycles: ${JSON.stringify(stuckHalf)}`);
    const middle = await snapshot(page, cdp);
    const stuck = await page.evaluate(cycleElements, { tags: TAGS, cycles: CYCLES / 2, make: false });
    const ms = Date.now() - t0;
    check(stuck.length === 0, `not ready after ${CYCLES} cycles: ${JSON.stringify(stuck)}`);
    const after = await snapshot(page, cdp);
    // Requests started by the page; most are aborted before they reach the server.
    const requests = after.fetches - before.fetches;
    const reached = trackedRequests() - trackedBefore;
    check(requests >= CYCLES * 6, `only ${requests} requests were started: the cycles did not exercise the abort`);
    check(log.errors.length === 0, `uncaught errors: ${log.errors.join('; ')}`);
    const ourWarnings = log.warnings.filter((w) => w.includes('[career-widgets]'));
    check(ourWarnings.length === 0, `warnings: ${ourWarnings.slice(0, 3).join(' | ')}`);
    return compare(
      'cycles',
      before,
      after,
      middle,
      `${after.connected} elements × ${CYCLES} cycles = ${after.connected * CYCLES} cycles (${after.connected * CYCLES * 3} connects/moves/removals) in ${(ms / 1000).toFixed(1)} s; ${requests} requests started (${reached} reached the server), all but the last aborted`,
    );
  },
  { timeout: 240_000 },
);

// -- profile swaps ---------------------------------------------------------------------------

/** In the page: `swaps` profile swaps on one element of every tag, through the property and an inline script in turn, and every tenth by src. */
async function swapProfiles({ tags, swaps, from }) {
  const a = document.querySelector('#a');
  window.__swap ??= { seed: await (await fetch('/profiles/kaufmann-dialogmarketing.json')).json(), elements: [] };
  const { seed } = window.__swap;
  if (window.__swap.elements.length === 0) {
    for (const tag of tags) {
      const el = document.createElement(tag);
      el.loads = [];
      el.errors = 0;
      el.addEventListener('profile-load', (event) => el.loads.push(event.detail.profile.name));
      el.addEventListener('profile-error', () => el.errors++);
      el.profile = { ...seed, name: 'Beruf -1' };
      a.append(el);
      window.__swap.elements.push(el);
    }
    await Promise.all(window.__swap.elements.map((el) => el.settled));
  }
  const { elements } = window.__swap;
  for (let i = from; i < from + swaps; i++) {
    const name = `Beruf ${i}`;
    // One element after another, as a page changes one; every tenth swap all five in one task.
    const together = i % 10 === 4;
    for (const el of elements) {
      const script = el.querySelector('script[type="application/json"]');
      // The property and an inline script in turn; every tenth swap by src (the network has its own tests).
      switch (i % 10 === 9 ? 2 : i % 2) {
        case 0: {
          const profile = structuredClone(seed);
          profile.name = name;
          el.profile = profile;
          break;
        }
        case 1: {
          el.profile = undefined;
          const text = JSON.stringify({ ...seed, name });
          if (script) script.textContent = text;
          else {
            const s = document.createElement('script');
            s.type = 'application/json';
            s.textContent = text;
            el.append(s);
          }
          break;
        }
        default:
          el.profile = undefined;
          script?.remove();
          el.src = `/track/seed?name=${encodeURIComponent(name)}&el=${el.localName}`;
      }
      if (!together) await el.settled;
    }
    await Promise.all(elements.map((el) => el.settled));
  }
  return elements.map((el) => ({
    tag: el.localName,
    loads: el.loads.length,
    last: el.loads.at(-1),
    errors: el.errors,
    shown: el.shadowRoot.querySelector('[part]')?.getAttribute('part'),
  }));
}

test(
  `lifecycle: ${SWAPS} profile swaps on every tag (property, inline script, src): every swap loads, nothing leaks`,
  async ({ page, log }) => {
    const cdp = await open(page);
    const warm = 30;
    await page.evaluate(swapProfiles, { tags: TAGS, swaps: warm, from: 0 });
    const before = await snapshot(page, cdp);
    const trackedBefore = trackedRequests();
    const t0 = Date.now();
    await page.evaluate(swapProfiles, { tags: TAGS, swaps: SWAPS / 2, from: warm });
    const middle = await snapshot(page, cdp);
    const result = await page.evaluate(swapProfiles, { tags: TAGS, swaps: SWAPS / 2, from: warm + SWAPS / 2 });
    const ms = Date.now() - t0;
    const after = await snapshot(page, cdp);
    for (const r of result) {
      // One load for the first profile, one for each swap.
      check(r.loads === 1 + warm + SWAPS, `<${r.tag}>: ${r.loads} profile-load events for 1 + ${warm + SWAPS} profiles`);
      check(r.last === `Beruf ${warm + SWAPS - 1}`, `<${r.tag}> shows "${r.last}", not the last profile`);
      check(r.errors === 0, `<${r.tag}>: ${r.errors} profile-error events`);
      check(['base', 'no-vacancies'].includes(r.shown), `<${r.tag}> ends in "${r.shown}"`);
    }
    check(log.errors.length === 0, `uncaught errors: ${log.errors.join('; ')}`);
    return compare(
      'swaps',
      before,
      after,
      middle,
      `${TAGS.length} tags × ${SWAPS} swaps = ${TAGS.length * SWAPS} swaps in ${(ms / 1000).toFixed(1)} s (${trackedRequests() - trackedBefore} by src)`,
    );
  },
  { timeout: 240_000 },
);
