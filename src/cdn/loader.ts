/**
 * The loader (dist/cdn/career-widgets.loader.js): one script for every tag. It finds our tags on the
 * page, in the document and as they are added later, and imports only the element modules of the
 * tags present, from ES-module chunks that share one core (Lit included). rollup.config.mjs builds it
 * with the table of every tag and its chunk; the file runs as a classic script and as a module.
 *
 * Pre-rendered markup (a tag of ours that already has a shadow root: declarative shadow DOM from
 * `career-widgets/ssr`) needs Lit's hydration support, which must run before Lit itself: then the
 * hydration chunk is imported first and the elements after it; otherwise it is never fetched. Since
 * that is decided once, for the first tags found, the first look waits until the document is parsed.
 */
/**
 * Starts watching the page for `tags` (tag → the path of its chunk, relative to the loader);
 * `hydration` is the path of the hydration support's chunk.
 */
export function watch(tags: Record<string, string>, hydration: string) {
  // Included twice (or two versions of the loader): the first one watches.
  const global = globalThis as { [key: symbol]: unknown };
  const key = Symbol.for('career-widgets.loader');
  if (global[key]) return;
  global[key] = true;

  // The paths are relative to the loader. A module has no currentScript, and its import() resolves them
  // from its own URL. A classic script's import() does too in Chromium; its own URL, passed explicitly,
  // keeps that so in an engine that would take the page's (import.meta is a syntax error in a classic script).
  const base = document.currentScript && (document.currentScript as HTMLScriptElement).src;
  const load = (path: string) => import(base ? new URL(path, base).href : path);

  const names = Object.keys(tags);
  const requested = new Set<string>();
  /** The tags not requested yet: what the observer still looks for (a page of 900 tables stops matching them after the first). */
  let pending = names;
  let selector = names.join();
  /** Settles when the elements may load: after the hydration support when the first tags found were pre-rendered. */
  let before: Promise<unknown> | undefined;

  const fail = (what: string) => (error: unknown) => console.error(`[career-widgets] could not load ${what}:`, error);

  const found = (elements: Element[]) => {
    // A tag defined already (by a self-contained file, the npm build, someone else) is left alone.
    const fresh = elements.filter((el) => !requested.has(el.localName) && !customElements.get(el.localName));
    if (!fresh.length) return;
    before ??= fresh.some((el) => el.shadowRoot) ? load(hydration).catch(fail('the hydration support')) : Promise.resolve();
    for (const { localName: tag } of fresh) {
      if (requested.has(tag)) continue;
      requested.add(tag);
      before.then(() => load(tags[tag])).catch(fail(`<${tag}>`));
    }
    pending = names.filter((name) => !requested.has(name));
    selector = pending.join();
    if (!pending.length) observer.disconnect();
  };

  // One pass over all records the browser batched into this callback, and one call of `found`,
  // looking only for tags not requested yet: a tag added again (the 900th table) costs a lookup in
  // a short list, and what it holds is not queried for tags already requested. (No spread of a
  // NodeList into push(): a subtree of 200,000 matches would overflow the arguments.)
  const observer = new MutationObserver((records) => {
    const elements: Element[] = [];
    for (const record of records) {
      for (const node of record.addedNodes) {
        if (node.nodeType !== 1) continue;
        const el = node as Element;
        if (pending.includes(el.localName)) elements.push(el);
        if (el.firstElementChild) for (const inside of el.querySelectorAll(selector)) elements.push(inside);
      }
    }
    if (elements.length) found(elements);
  });

  const start = () => {
    found([...document.querySelectorAll(selector)]);
    if (requested.size < names.length) observer.observe(document, { childList: true, subtree: true });
  };
  if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', start, { once: true });
  else start();
}
