/**
 * Pre-rendered elements (declarative shadow DOM from `career-widgets/ssr`) are hydrated: Lit's
 * hydration support adopts the server's nodes instead of rendering a second copy next to them.
 * It must run before Lit's `LitElement` module, so it is the first import of the entries that
 * carry it: every tag at once (index.ts: `career-widgets`, dist/cdn/career-widgets.js),
 * `career-widgets/react` (Next.js hydrates), `career-widgets/hydrate` (hydrate.ts, for an app that
 * imports one tag), and the loader's hydration chunk, fetched only for pre-rendered markup. One tag
 * alone (`career-widgets/salary-table`, dist/cdn/salary-table.js) leaves it out: 1.3 KB that only
 * pre-rendered pages need; there it renders afresh in place of the server's nodes (`dropServerMarkup`).
 * It checks the structure of the templates but not the text in them, so
 * markup of another profile or language would stay on screen; and markup of another version of
 * the templates makes it throw. Both are replaced here by a fresh render, once, instead.
 */
import { render, type RenderOptions } from 'lit';

interface Hydratable extends HTMLElement {
  readonly renderRoot: HTMLElement | DocumentFragment;
  readonly renderOptions: RenderOptions;
}

/**
 * The flag Lit's hydration support sets when the element found a shadow root of the server's:
 * `_$AG` in its production build, `_$needsHydration` in its development build (Lit's `_$` names
 * are stable across its packages and releases, so reading them is safe).
 */
const FLAGS = ['_$AG', '_$needsHydration'] as const;
export const needsHydration = (el: HTMLElement) => FLAGS.some((flag) => (el as unknown as Record<string, unknown>)[flag] === true);
const hydrated = (el: HTMLElement) => FLAGS.forEach((flag) => delete (el as unknown as Record<string, unknown>)[flag]);

/** The text a reader sees in `root`, white space folded; the server's `<style>` elements are no text. */
function visibleText(root: Node): string {
  const walker = Document.prototype.createTreeWalker.call(document, root, NodeFilter.SHOW_TEXT); // not document.createTreeWalker: page.ts
  let text = '';
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    if (node.parentElement?.localName !== 'style') text += node.nodeValue;
  }
  return text.replace(/\s+/g, ' ').trim();
}

/** Empties a shadow root of the server's content, keeping its `<style>` elements (the styles Lit did not adopt). */
function clear(root: HTMLElement | DocumentFragment) {
  for (const node of [...root.childNodes]) if ((node as Element).localName !== 'style') node.remove();
  delete (root as { _$litPart$?: unknown })._$litPart$;
}

/**
 * A shadow root the server wrote, on a page where Lit's hydration support did not load first (a
 * single-tag CDN file leaves it out: 1.3 KB that only pre-rendered pages need). Lit would render
 * next to the server's nodes, a second copy of the element; they go instead, and the first render
 * puts the same content back in the same task, before anything is painted.
 * `root` is what Lit's `createRenderRoot` returned; `hadShadowRoot`, whether the element had one before.
 */
export function dropServerMarkup(el: HTMLElement, root: HTMLElement | DocumentFragment, hadShadowRoot: boolean) {
  if (hadShadowRoot && !needsHydration(el)) clear(root);
}

/**
 * Before the first update of a pre-rendered element: renders what the element would show into
 * a detached fragment and compares its text with the server's; when they differ, the server's
 * nodes go and the update renders afresh (no double content, no stale profile).
 */
export function hydrateOrReplace(el: HTMLElement, template: () => unknown) {
  const host = el as Hydratable;
  if (!needsHydration(el)) return;
  const fresh = new DocumentFragment();
  render(template(), fresh, { host: el });
  if (visibleText(fresh) === visibleText(host.renderRoot)) return;
  clear(host.renderRoot);
  hydrated(el);
}

/**
 * Runs an update; when hydration throws (markup of other templates, e.g. another version's),
 * the server's nodes go and the template is rendered afresh.
 */
export function updateOrRender(el: HTMLElement, update: () => void, template: () => unknown) {
  const host = el as Hydratable;
  if (!needsHydration(el)) return update();
  try {
    update();
  } catch (error) {
    if (!String((error as Error)?.message).includes('ydrat')) throw error;
    clear(host.renderRoot);
    render(template(), host.renderRoot, host.renderOptions);
  }
}
