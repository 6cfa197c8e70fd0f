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
 * `hydration` is the path of the hydration support's chunk; `four` the tags that chunks/four.js defines.
 *
 * What it fetches is decided once, at the first tags found in the parsed document (issue 26: a page
 * compressed as few files pays far fewer bytes than the same code as many chunks):
 * - one kind of tag → that tag's self-contained file (dist/cdn/<tag>.js), as if the page had it;
 * - two or more of the four main elements, or the profession page (it composes them) → chunks/four.js
 *   (Lit, the core and the four in one file), and each further tag as a chunk that imports from it;
 * - anything else, pre-rendered markup (the hydration support must come before Lit), and tags that
 *   appear only later (an app adds them) → the chunks, each tag's with the core it shares.
 * A tag that appears after the page's choice comes from the same graph; after a self-contained file, from
 * the chunks (which carry their own Lit). Should a file be missing (a copy of dist/cdn/ without it), the chunks stand in.
 */
export function watch(tags: Record<string, string>, hydration: string, four: string[]) {
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
  /** chunks/four.js, once the page chose it: its `tags` import every further tag. */
  let fourFile: Promise<{ tags: Record<string, () => Promise<unknown>> }> | undefined;

  const fail = (what: string) => (error: unknown) => console.error(`[career-widgets] could not load ${what}:`, error);
  const chunk = (tag: string) => before!.then(() => load(tags[tag]));

  const found = (elements: Element[], parsed?: boolean) => {
    // A tag defined already (by a self-contained file, the npm build, someone else) is left alone.
    const fresh = elements.filter((el) => !requested.has(el.localName) && !customElements.get(el.localName));
    if (!fresh.length) return;
    // The page's choice (see above). Every path is one of ours: a tag name from our own table, never the page's words.
    let alone: string | undefined;
    if (!before) {
      const kinds = [...new Set(fresh.map((el) => el.localName))];
      const prerendered = fresh.some((el) => el.shadowRoot);
      before = prerendered ? load(hydration).catch(fail('the hydration support')) : Promise.resolve();
      if (parsed && !prerendered) {
        if (kinds.length === 1) alone = `./${kinds[0]}.js`;
        // Two of the four by their chunks: <profession-quiz> and <career-quiz> are one element.
        else if (kinds.includes('profession-page') || new Set(kinds.filter((tag) => four.includes(tag)).map((tag) => tags[tag])).size > 1) fourFile = load('./chunks/four.js');
      }
    }
    for (const { localName: tag } of fresh) {
      if (requested.has(tag)) continue;
      requested.add(tag);
      (alone
        ? load(alone).catch(() => chunk(tag))
        : fourFile
          ? fourFile.then((file) => file.tags[tag]?.(), () => chunk(tag))
          : chunk(tag)
      ).catch(fail(`<${tag}>`));
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
    found([...Document.prototype.querySelectorAll.call(document, selector)], true);
    if (requested.size < names.length) observer.observe(document, { childList: true, subtree: true });
  };
  if (builtIn('readyState') === 'loading') EventTarget.prototype.addEventListener.call(document, 'DOMContentLoaded', start, { once: true });
  else start();
}
