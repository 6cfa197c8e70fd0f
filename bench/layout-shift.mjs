// Layout shift: the CLS of an article that embeds the four elements between its paragraphs,
// from navigation until every element has rendered its profile (and a moment after), taken
// from PerformanceObserver 'layout-shift' entries (those without recent input, summed: the
// whole load lies in one session window).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { SEED, TAGS, articlePage, bundleScript, inlineProfile } from './lib/pages.mjs';
import { visit } from './lib/browser.mjs';
import { median } from './lib/stats.mjs';
import { buildPrerenderedArticle } from './prerender.mjs';

/** DevTools' "Slow 4G" preset, applied to every request of the page (HTML, script, profile). */
export const SLOW_4G = { offline: false, latency: 562.5, downloadThroughput: 180_000, uploadThroughput: 84_375 };
/** The profile's answer held back on the server, the script not: only the element's own wait. */
const PROFILE_DELAY = 1000;

export const VIEWPORTS = {
  mobile: { width: 390, height: 844 },
  desktop: { width: 1280, height: 800 },
};

/** Waits for every element, then two frames and a little more, so that late shifts are counted too. */
const READY_AND_REST = `<script type="module">
  const elements = [...document.querySelectorAll('${TAGS.join(', ')}')];
  await Promise.all(elements.map(async (el) => { await customElements.whenDefined(el.localName); await el.settled; }));
  await new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done)));
  await new Promise((done) => setTimeout(done, 500));
  window.__ready = performance.now();
  console.debug('bench:ready');
</script>`;

/** Installed before the page's own scripts: sums the layout shifts and notes what moved. */
function observeShifts() {
  window.__cls = 0;
  window.__shifts = [];
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) {
      if (entry.hadRecentInput) continue;
      window.__cls += entry.value;
      const nodes = (entry.sources ?? []).map((source) => {
        const node = source.node;
        const name = node?.localName ?? node?.nodeName ?? '?';
        return `${name}${node?.parentNode instanceof ShadowRoot ? ` in <${node.parentNode.host.localName}>` : ''} ${Math.round(source.previousRect.y)}→${Math.round(source.currentRect.y)}`;
      });
      window.__shifts.push({ at: Math.round(entry.startTime), value: entry.value, nodes });
    }
  }).observe({ type: 'layout-shift', buffered: true });
}

/** Runs in the page: each element's height, and whether it shows its loading state. */
function elementHeights(tags) {
  return [...document.querySelectorAll(tags.join(', '))].map((el) => ({
    tag: el.localName,
    height: Math.round(el.getBoundingClientRect().height),
    loading: Boolean(el.shadowRoot?.querySelector('[aria-busy="true"]')),
  }));
}

/** Marks the page ready once every element is defined and has rendered once (its loading state, here). */
const READY_DEFINED = `<script type="module">
  await Promise.all(['${TAGS.join("', '")}'].map((tag) => customElements.whenDefined(tag)));
  await Promise.all([...document.querySelectorAll('${TAGS.join(', ')}')].map((el) => el.updateComplete));
  await new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done)));
  window.__ready = performance.now();
  console.debug('bench:ready');
</script>`;

/**
 * The docs' stylesheet that holds each element's space until the script has defined it, read
 * from docs/cdn.md ("Keeping the page still"; the README's until issue 27), so that the benchmark
 * measures what the docs say.
 * Its heights are those of each element's loading state (src/<tag>/<tag>.styles.ts).
 */
export function readReserveCss(root) {
  const readme = readFileSync(join(root, 'docs', 'cdn.md'), 'utf8');
  const match = /```html\n<style>\n([^`]*?:not\(:defined\)[^`]*?)<\/style>\n```/.exec(readme);
  if (!match) throw new Error('docs/cdn.md has no ```html <style> block with :not(:defined) rules (section "Keeping the page still")');
  return match[1];
}

/** How the bundle is put on the page: the README's shortest snippet, or with one of the ways to hold the space. */
export const EMBEDS = {
  plain: { label: 'script only', head: (bundle) => bundleScript(bundle) },
  'render-blocking': { label: 'script with blocking="render"', head: (bundle) => bundleScript(bundle).replace('<script ', '<script blocking="render" ') },
  'reserve-css': { label: 'script and the README\'s :not(:defined) stylesheet', head: (bundle, root) => `<style>${readReserveCss(root)}</style>\n${bundleScript(bundle)}` },
};

/** `prerendered`: each element's HTML from renderElement (bench/prerender.mjs), for the article with pre-rendered elements. */
export function buildArticlePages(pages, bundle, root, prerendered) {
  const seed = JSON.parse(pages.get(SEED));
  for (const [embedId, embed] of Object.entries(EMBEDS)) {
    const head = embed.head(bundle, root) + READY_AND_REST;
    const article = (name, title, markup) => pages.set(`/bench/article-${name}-${embedId}.html`, articlePage({ title, head, embed: markup }));
    article('inline', 'article, inline profile', (tag) => `<${tag}>${inlineProfile(seed)}</${tag}>`);
    article('src', 'article, src profile', (tag) => `<${tag} src="${SEED}"></${tag}>`);
    article('src-delayed', 'article, src profile, slow answer', (tag) => `<${tag} src="${SEED}?delay=${PROFILE_DELAY}"></${tag}>`);
  }
  if (prerendered) buildPrerenderedArticle(pages, bundle, prerendered, READY_AND_REST);
  // The loading state held (the profile's answer never comes in time), to measure the space it reserves.
  pages.set('/bench/article-loading.html', articlePage({
    title: 'article, loading',
    head: bundleScript(bundle) + READY_DEFINED,
    embed: (tag) => `<${tag} src="${SEED}?delay=20000"></${tag}>`,
  }));
}

/** The height each element reserves while loading against the height it needs when ready, per viewport. */
export async function measureHeights({ browser, origin }) {
  const rows = [];
  for (const [viewportName, viewport] of Object.entries(VIEWPORTS)) {
    const heights = {};
    for (const [state, path] of [['loading', '/bench/article-loading.html'], ['ready', '/bench/article-inline-plain.html']]) {
      const { elements } = await visit(browser, `${origin}${path}`, { viewport, after: async (page) => ({ elements: await page.evaluate(elementHeights, TAGS) }) });
      for (const el of elements) {
        if (el.loading !== (state === 'loading')) throw new Error(`<${el.tag}> is not in its ${state} state on ${path}`);
        (heights[el.tag] ??= {})[state] = el.height;
      }
    }
    for (const tag of TAGS) rows.push({ viewport: viewportName, tag, ...heights[tag] });
  }
  return rows;
}

const PAGES = [
  { id: 'inline', page: 'inline', label: 'inline profile' },
  { id: 'inline-slow4g', page: 'inline', network: SLOW_4G, label: 'inline profile, whole page on Slow 4G' },
  { id: 'src-delayed', page: 'src-delayed', label: `\`src\` profile answered after ${PROFILE_DELAY} ms` },
  { id: 'src-slow4g', page: 'src', network: SLOW_4G, label: '`src` profile, whole page on Slow 4G' },
];
/** The article with pre-rendered elements (declarative shadow DOM, inline profile) and the bundle only: no stylesheet from the embedder. */
export const PRERENDERED_CLS_VARIANTS = PAGES.filter((p) => p.page === 'inline').map((p) => ({
  ...p, id: `${p.id}:prerendered`, inline: true, prerendered: true, embed: 'pre-rendered (renderElement), script only, no stylesheet', path: '/bench/article-inline-prerendered.html',
}));
export const CLS_VARIANTS = [
  ...Object.entries(EMBEDS).flatMap(([embedId, embed]) =>
    PAGES.map((p) => ({ ...p, id: `${p.id}:${embedId}`, inline: p.page === 'inline', embed: embed.label, path: `/bench/article-${p.page}-${embedId}.html` })),
  ),
  ...PRERENDERED_CLS_VARIANTS,
];

export async function measureLayoutShift({ browser, origin, repeats = 3, variants = CLS_VARIANTS, log = () => {} }) {
  const results = [];
  for (const [viewportName, viewport] of Object.entries(VIEWPORTS)) {
    for (const variant of variants) {
      const runs = [];
      for (let i = 0; i < repeats; i++) {
        const run = await visit(browser, `${origin}${variant.path}`, {
          viewport,
          timeout: 60_000,
          before: async (page, cdp) => {
            await page.addInitScript(observeShifts);
            if (variant.network) {
              await cdp.send('Network.enable');
              await cdp.send('Network.emulateNetworkConditions', variant.network);
            }
          },
          after: (page) =>
            page.evaluate(() => ({ cls: window.__cls, shifts: window.__shifts, fcp: performance.getEntriesByName('first-contentful-paint')[0]?.startTime ?? NaN })),
        });
        runs.push(run);
      }
      const values = runs.map((run) => run.cls);
      const worst = runs.reduce((a, b) => (b.cls > a.cls ? b : a));
      results.push({
        viewport: viewportName, ...variant, median: median(values), max: Math.max(...values), shifts: worst.shifts,
        fcp: median(runs.map((r) => r.fcp)), ready: median(runs.map((r) => r.ready)),
      });
      log(`layout shift: ${viewportName}, ${variant.id}: ${values.map((v) => v.toFixed(4)).join(' ')}`);
    }
  }
  return results;
}
