// The pre-rendered page (issue 14): the four elements' HTML made at bench time by
// `renderElement` (dist/ssr/render-element.js: declarative shadow DOM and the inline profile),
// with the CDN bundle to hydrate it. Measured in the first-render rounds, interleaved with the
// client-only page and the static twin: content paint (LCP) and the time until the quiz answers
// a click; and in the layout-shift runs: CLS with no stylesheet from the embedder.
import { SEED, TAGS, READY_ELEMENTS, articlePage, bundleScript, shell } from './lib/pages.mjs';

/** Each element's server-rendered HTML for the seed profile, by tag (German: the page's language). */
export async function renderPrerendered(pages) {
  const { renderElement } = await import('../dist/ssr/render-element.js');
  const seed = JSON.parse(pages.get(SEED));
  return Object.fromEntries(await Promise.all(TAGS.map(async (tag) => [tag, await renderElement(tag, seed)])));
}

/** `/bench/four-prerendered.html`: the four-element page (same shell as four.html and four-static.html). */
export function buildPrerenderedPage(pages, bundle, rendered) {
  pages.set('/bench/four-prerendered.html', shell({
    title: 'four elements, pre-rendered (renderElement) and hydrated',
    head: bundleScript(bundle),
    body: `<main>\n${TAGS.map((tag) => rendered[tag]).join('\n')}\n</main>\n${READY_ELEMENTS}`,
  }));
}

/** `/bench/article-inline-prerendered.html`: the layout-shift article with pre-rendered elements, the bundle only (no stylesheet). */
export function buildPrerenderedArticle(pages, bundle, rendered, readyScript) {
  pages.set('/bench/article-inline-prerendered.html', articlePage({
    title: 'article, pre-rendered elements',
    head: bundleScript(bundle) + readyScript,
    embed: (tag) => rendered[tag],
  }));
}

/**
 * Installed before the page's own scripts: keeps every 'largest-contentful-paint' entry's time
 * (the last one is the page's LCP). Synthetic clicks (`el.click()`) are no user input, so the
 * browser keeps reporting candidates after them: the quiz's question, drawn after the first
 * click, is left out by time (`window.__quizStarted`) when the figure is read.
 */
export function observePaint() {
  window.__lcps = [];
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) window.__lcps.push(entry.startTime);
  }).observe({ type: 'largest-contentful-paint', buffered: true });
}

/**
 * Installed before the page's own scripts: a reader who clicks the quiz as soon as it is on
 * screen and keeps clicking until it answers. Every task (setTimeout 0, so about every 4 ms) it
 * clicks the intro's "Quiz starten" (which does nothing until the element is hydrated); once
 * the first question is there, it clicks the first option and "Prüfen", and when the feedback
 * shows a verdict, `window.__interactive` is the time (ms since navigation start).
 */
export function answerQuiz() {
  let submitted = false;
  const flush = async () => { for (let i = 0; i < 10; i++) await null; };
  const tick = async () => {
    const root = document.querySelector('profession-quiz')?.shadowRoot;
    const verdict = () => root.querySelector('[part~="feedback"] .verdict');
    if (root && !submitted) {
      const start = root.querySelector('.intro button');
      if (start) {
        start.click();
        await flush();
      }
      const radio = root.querySelector('input[type="radio"]:not(:disabled)');
      if (radio) {
        window.__quizStarted ??= performance.now();
        radio.click();
        root.querySelector('button[type="submit"]').click();
        submitted = true;
        await flush();
      }
    }
    if (submitted && verdict()) {
      window.__interactive = performance.now();
      console.debug('bench:interactive');
      return;
    }
    // A submit without a choice shows a hint instead of a verdict: choose again.
    if (submitted && root.querySelector('[part~="feedback"]')?.textContent.trim()) submitted = false;
    setTimeout(tick, 0);
  };
  tick();
}

/** Runs in the page once it is ready: the LCP (ms), candidates after the quiz's first click left out. */
export function readPaint() {
  return new Promise((done) => {
    const finish = () => {
      const before = window.__quizStarted ?? Infinity;
      const lcps = window.__lcps.filter((t) => t < before);
      done({ lcp: lcps.at(-1) ?? NaN, load: performance.getEntriesByType('navigation')[0]?.loadEventEnd ?? NaN });
    };
    // After the load event, the first LCP entry (reported after its frame is presented), then two
    // frames more: every paint of the content has been reported. At most 5 s.
    const until = performance.now() + 5000;
    const wait = () => {
      if (document.readyState !== 'complete' || (!window.__lcps.length && performance.now() < until)) setTimeout(wait, 10);
      else requestAnimationFrame(() => requestAnimationFrame(() => setTimeout(finish, 50)));
    };
    wait();
  });
}
