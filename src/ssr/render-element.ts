/**
 * Server rendering (Node): `renderElement(tag, profile, { lang, attributes, catalog, items })` gives
 * the HTML of one element, ready to put into a page: the tag with its attributes, its declarative
 * shadow DOM (so it shows before any script runs, and the script hydrates it instead of rendering
 * again) and its data as inline `<script type="application/json">` (so the script reads the same
 * profile, catalog and item bank). `renderElementSync` returns the same string synchronously.
 * `<profession-page>` also renders its sections (its light DOM) on the server.
 *
 * It renders the npm build's element classes, whose `html` literals are minified exactly as the
 * CDN bundle's are (rollup.config.mjs): Lit refuses to hydrate templates that differ.
 *
 * `@lit-labs/ssr` is an optional peer dependency (a browser-only app does not need it): without
 * it, importing this module throws an error that names the package and the command to install it.
 */
import type { TemplateResult } from 'lit';
import type { RenderResult } from '@lit-labs/ssr/lib/render-result.js';
import { jsonLdText } from '../core/json-ld.js';
import { depthIssue, validateProfile } from '../core/validate.js';
import { CATALOG_TAGS, TAGS, type Tag } from '../core/tags.js';
import type { CatalogData, ItemBankData } from '../core/schema/catalog.js';

/** An optional peer dependency that is not installed: the package and how to add it. */
const missing = (name: string) => (error: unknown) => {
  if ((error as { code?: string })?.code !== 'ERR_MODULE_NOT_FOUND' || !String((error as Error).message).includes(name)) throw error;
  throw Object.assign(new Error(`career-widgets/ssr needs the package ${name}, an optional peer dependency for server rendering: npm install ${name}`), {
    code: 'CAREER_WIDGETS_MISSING_PEER',
    cause: error,
  });
};

// Loaded here, not by static imports, so that a missing one is named (a static import fails before any code runs).
const { render } = await import('@lit-labs/ssr').catch(missing('@lit-labs/ssr'));
const { collectResult, collectResultSync } = await import('@lit-labs/ssr/lib/render-result.js');
const { renderLight } = await import('@lit-labs/ssr-client/directives/render-light.js');
// Not named `html`: the build minifies `html` literals, and this one is no template of ours.
const { html: staticHtml, unsafeStatic } = await import('lit/static-html.js');
await import('../index.js');

export { TAGS, type Tag };

export interface RenderOptions {
  /** The element's `lang` (`de`, `en`); without it, the page's language decides in the browser and German on the server. */
  lang?: string;
  /** More attributes of the element, e.g. `{ view: 'table' }`, `{ shuffle: '' }`; `true` for an attribute without a value. */
  attributes?: Record<string, string | boolean | number | undefined>;
  /**
   * The catalog (docs/catalog-format.md) as an object, for `<similar-professions>`, the similar
   * professions of `<profession-page>` and `<profession-finder>`: rendered on the server and inlined
   * for the client (`<script type="application/json" data-catalog>`). Relative `profileUrl`s link only
   * with `href-pattern`, or an absolute `catalog` attribute (`catalog-base` for the finder).
   */
  catalog?: CatalogData;
  /** The finder's item bank (`finder-items.json`) as an object, for `<profession-finder>`; inlined like the catalog (`data-items`). */
  items?: ItemBankData;
}

/**
 * Characters no profile text should carry into the HTML raw: C0 controls but tab and newline, DEL,
 * C1 controls and the bidirectional controls (the set bin/cli/terminal.js escapes). Printed by
 * `career-widgets render`, ESC [2J cleared the editor's screen and ESC ]0;… set its window title.
 */
// eslint-disable-next-line no-control-regex
const CONTROLS = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/g;
const hex = (c: string) => c.charCodeAt(0).toString(16).padStart(4, '0');
/**
 * In markup, a character reference gives the parser the same character back (`&#x001b;` is ESC in
 * the DOM), except for C1 controls: the parser maps `&#x0085;` to "…" (the windows-1252 table), so
 * they are written as U+FFFD, what the parser makes of references it cannot take. The inline JSON
 * keeps every character exactly (`\u0085`): it is what the client reads the profile from.
 */
const markupWithoutControls = (markup: string) => markup.replace(CONTROLS, (c) => (c >= '\u0080' && c <= '\u009f' ? '\ufffd' : `&#x${hex(c)};`));
/** In a script's JSON (no character references there), the JSON escape: the same string, exactly. */
const jsonWithoutControls = (json: string) => json.replace(CONTROLS, (c) => `\\u${hex(c)}`);
/** An inline `<script type="application/json">`; `<` is written \u003c so that no text in the data can end the script. */
const inlineScript = (data: unknown, marker = '') => `<script type="application/json"${marker}>${jsonWithoutControls(jsonLdText(data as object))}</script>`;

const ATTRIBUTE_NAME = /^[a-z][a-z0-9_.:-]*$/;
const escapeAttribute = (value: string) => value.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/** ` name="value"` for each attribute, escaped; a name that is not one is refused. */
function attributeText(options: RenderOptions): string {
  const all: Record<string, string | boolean | number | undefined> = { ...options.attributes, ...(options.lang ? { lang: options.lang } : {}) };
  return Object.entries(all)
    .filter(([, value]) => value !== undefined && value !== false)
    .map(([name, value]) => {
      if (!ATTRIBUTE_NAME.test(name) || name === 'profile' || name.startsWith('on') || name === 'defer-hydration') {
        throw new TypeError(`Not an attribute name for this element: ${JSON.stringify(name)}`);
      }
      return value === true || value === '' ? ` ${name}` : ` ${name}="${escapeAttribute(String(value))}"`;
    })
    .join('');
}

/** What a call renders: Lit's result, and how to make the element's HTML of its string. */
function prepare(tag: Tag, profile: unknown, options: RenderOptions): { result: RenderResult; finish: (rendered: string) => string } {
  if (!(TAGS as readonly string[]).includes(tag)) throw new TypeError(`Unknown tag <${tag}>: one of ${TAGS.join(', ')}`);
  const finder = tag === 'profession-finder';
  if (finder && profile != null) throw new TypeError('<profession-finder> shows no profile: pass null as the profile, and the catalog and item bank as options');
  if (options.catalog != null && !CATALOG_TAGS.includes(tag)) throw new TypeError(`<${tag}> reads no catalog: only ${CATALOG_TAGS.join(', ')} do`);
  if (options.items != null && !finder) throw new TypeError(`<${tag}> reads no item bank: only profession-finder does`);
  // Refused, not rendered as the element's error state: the inline data could not be written.
  for (const [what, data] of [['Profile', profile], ['Catalog', options.catalog], ['Item bank', options.items]] as const) {
    const deep = depthIssue(data);
    if (deep) throw new RangeError(`${what} not rendered: ${deep.path}: ${deep.message}`);
  }
  const name = unsafeStatic(tag);
  const attributes = unsafeStatic(attributeText(options));
  let template: TemplateResult;
  if (finder) template = staticHtml`<${name}${attributes} .catalogData=${options.catalog} .itemsData=${options.items}></${name}>`;
  // The page's sections are its light DOM: Lit renders them from the page's `renderLight()`.
  else if (tag === 'profession-page') template = staticHtml`<${name}${attributes} .profile=${profile} .catalogData=${options.catalog}>${renderLight()}</${name}>`;
  else if (tag === 'similar-professions') template = staticHtml`<${name}${attributes} .profile=${profile} .catalogData=${options.catalog}></${name}>`;
  else template = staticHtml`<${name}${attributes} .profile=${profile}></${name}>`;
  // `deferHydration`: the page's sections wait (`defer-hydration`) until the page hands them its profile in the browser.
  const result = render(template, { deferHydration: true });
  const finish = (rendered: string) => {
    // The outer template's hydration markers are for a page rendered by Lit as a whole; only the element's own are needed.
    const start = rendered.indexOf(`<${tag}`);
    const end = rendered.lastIndexOf(`</${tag}>`);
    if (start < 0 || end < 0) throw new Error(`Lit SSR rendered no <${tag}>`);
    // The element itself hydrates at once: only what it contains waits for it.
    const open = rendered.indexOf('>', start);
    // The spaces Lit leaves where the property bindings were go too.
    const host = rendered.slice(start, open).replace(/ defer-hydration(?=[ >]|$)/, '').replace(/^(<[a-z-]+)\s+/, '$1 ').trimEnd();
    // The data the script will read: what the server rendered, so that hydration finds the same state.
    const inline =
      (profile == null ? '' : inlineScript(profile)) +
      (options.catalog == null ? '' : inlineScript(options.catalog, ' data-catalog')) +
      (options.items == null ? '' : inlineScript(options.items, ' data-items'));
    return `${markupWithoutControls(host + rendered.slice(open, end))}${inline}</${tag}>`;
  };
  return { result, finish };
}

/**
 * The HTML of `<tag>` showing `profile` (for `<profession-finder>`: `null`, with `catalog` and
 * `items` in the options). A profile that is not valid is rendered as the element shows it (its
 * error state), so the page says what the browser would; check profiles with `validateProfile` or
 * `career-widgets validate` before publishing.
 *
 * Throws a `TypeError` for a tag or an attribute name it does not render (or data the tag does not
 * read), and a `RangeError` for data nested more than `MAX_DEPTH` levels deep, with the validator's
 * path and message. No control character of the profile reaches the HTML raw (see `markupWithoutControls`).
 */
export async function renderElement(tag: Tag, profile: unknown, options: RenderOptions = {}): Promise<string> {
  const { result, finish } = prepare(tag, profile, options);
  return finish(await collectResult(result));
}

/** `renderElement`, synchronously: the same string, for a caller that cannot wait (a React component on the server). */
export function renderElementSync(tag: Tag, profile: unknown, options: RenderOptions = {}): string {
  const { result, finish } = prepare(tag, profile, options);
  return finish(collectResultSync(result));
}

export { validateProfile };
