/**
 * The loader (dist/cdn/career-widgets.loader.js): one script for every tag. It finds our tags on the
 * page, in the document and as they are added later, and imports only the element modules of the
 * tags present, from ES-module chunks that share one core (Lit included). rollup.config.mjs builds it
 * with the table of every tag and its chunk; the file runs as a classic script and as a module.
 *
 * Pre-rendered markup (a tag of ours that already has a shadow root: declarative shadow DOM from
 * `career-widgets/ssr`) needs Lit's hydration support, which must patch LitElement before any element is defined: then the
 * hydration chunk is imported first and the elements after it; otherwise it is never fetched. Since
 * that is decided once, for the first tags found, the first look waits until the document is parsed.
 */
/**
 * The document's built-ins, past any named element of the page (see src/core/page.ts, whose helpers
 * these are: the loader is one classic script and imports nothing, and page.ts lives in the chunk of
 * the core, which the loader must not fetch before it knows its own URL).
 */
const builtIn = <T>(name: string): T => Object.getOwnPropertyDescriptor(Document.prototype, name)!.get!.call(document) as T;

/**
 * Starts watching the page for `tags` (tag → the path of its chunk, relative to the loader);
 * `hydration` is the path of the hydration support's chunk.
 */
export function watch(tags: Record<string, string>, hydration: string) {
  // The paths are relative to the loader, and only the loader's own URL may resolve them: no markup
  // of the page can choose where our code comes from (page.ts: `<img name="currentScript" src=…>`
  // once made `document.currentScript` an image, and the chunks came from the image's folder).
  // - A classic script: the running <script>, read from the built-in getter at the loader's first
  //   statement, checked to be a script, its `src` passed explicitly (an engine might resolve a classic
  //   script's import() against the page).
  // - A module: no current script; import() resolves a relative path against the module's own URL,
  //   which is `import.meta.url` (not written here: import.meta is a syntax error in a classic script).
  // - Anything else (the loader's code pasted inline, a script without `src`): its own URL is not known,
  //   so it loads nothing, and says so once.
  const script = builtIn<HTMLOrSVGScriptElement | null>('currentScript');
  let base: string | undefined;
  if (script) {
    base = script instanceof HTMLScriptElement ? script.src : undefined;
    if (!base) {
      console.warn('[career-widgets] the loader has no src of its own: it loads nothing');
      return;
    }
  }
  const load = (path: string) => import(base ? new URL(path, base).href : path);

  // Included twice (or two versions of the loader): the first one watches.
  const global = globalThis as { [key: symbol]: unknown };
  const key = Symbol.for('career-widgets.loader');
  if (global[key]) return;
  global[key] = true;

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
    found([...Document.prototype.querySelectorAll.call(document, selector)]);
    if (requested.size < names.length) observer.observe(document, { childList: true, subtree: true });
  };
  if (builtIn('readyState') === 'loading') EventTarget.prototype.addEventListener.call(document, 'DOMContentLoaded', start, { once: true });
  else start();
}
