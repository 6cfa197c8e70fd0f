/**
 * Server rendering (Node): `renderElement(tag, profile, { lang, attributes })` gives the HTML of one
 * element, ready to put into a page: the tag with its attributes, its declarative shadow DOM (so
 * it shows before any script runs, and the script hydrates it instead of rendering again) and the
 * profile as an inline `<script type="application/json">` (so the script reads the same profile).
 *
 * It renders the npm build's element classes, whose `html` literals are minified exactly as the
 * CDN bundle's are (rollup.config.mjs): Lit refuses to hydrate templates that differ.
 */
import { render } from '@lit-labs/ssr';
import { collectResult, collectResultSync } from '@lit-labs/ssr/lib/render-result.js';
// Not named `html`: the build minifies `html` literals, and this one is no template of ours.
import { html as staticHtml, unsafeStatic } from 'lit/static-html.js';
import '../index.js';
import { jsonLdText } from '../core/json-ld.js';
import { depthIssue, validateProfile } from '../core/validate.js';

/** The tags this renders. */
export const TAGS = ['salary-table', 'career-path', 'profession-quiz', 'career-quiz', 'vacancy-teaser'] as const;
export type Tag = (typeof TAGS)[number];

export interface RenderOptions {
  /** The element's `lang` (`de`, `en`); without it, the page's language decides in the browser and German on the server. */
  lang?: string;
  /** More attributes of the element, e.g. `{ view: 'table' }`, `{ shuffle: '' }`; `true` for an attribute without a value. */
  attributes?: Record<string, string | boolean | number | undefined>;
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

const ATTRIBUTE_NAME = /^[a-z][a-z0-9_.:-]*$/;
const escapeAttribute = (value: string) => value.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/** ` name="value"` for each attribute, escaped; a name that is not one is refused. */
function attributeText(options: RenderOptions): string {
  const all: Record<string, string | boolean | number | undefined> = { ...options.attributes, ...(options.lang ? { lang: options.lang } : {}) };
  return Object.entries(all)
    .filter(([, value]) => value !== undefined && value !== false)
    .map(([name, value]) => {
      if (!ATTRIBUTE_NAME.test(name) || name === 'profile' || name.startsWith('on')) throw new TypeError(`Not an attribute name for this element: ${JSON.stringify(name)}`);
      return value === true || value === '' ? ` ${name}` : ` ${name}="${escapeAttribute(String(value))}"`;
    })
    .join('');
}

/**
 * The HTML of `<tag>` showing `profile`. A profile that is not valid is rendered as the element
 * shows it (its error state), so the page says what the browser would; check profiles with
 * `validateProfile` or `career-widgets validate` before publishing.
 *
 * Throws a `TypeError` for a tag or an attribute name it does not render, and a `RangeError` for a
 * profile nested more than `MAX_DEPTH` levels deep, with the validator's path and message. No
 * control character of the profile reaches the HTML raw (see `markupWithoutControls`).
 */
export async function renderElement(tag: Tag, profile: unknown, options: RenderOptions = {}): Promise<string> {
  return render_(tag, profile, options, (result) => collectResult(result));
}

/** `renderElement`, synchronously (a React render cannot wait). TODO(H2 shim): replaced by H1's renderElementSync. */
export function renderElementSync(tag: Tag, profile: unknown, options: RenderOptions = {}): string {
  return render_(tag, profile, options, collectResultSync) as string;
}

function render_(tag: Tag, profile: unknown, options: RenderOptions, collect: (r: ReturnType<typeof render>) => string | Promise<string>): string | Promise<string> {
  if (!(TAGS as readonly string[]).includes(tag)) throw new TypeError(`Unknown tag <${tag}>: one of ${TAGS.join(', ')}`);
  // Refused, not rendered as the element's error state: the inline profile could not be written.
  const deep = depthIssue(profile);
  if (deep) throw new RangeError(`Profile not rendered: ${deep.path}: ${deep.message}`);
  const name = unsafeStatic(tag);
  const template = staticHtml`<${name}${unsafeStatic(attributeText(options))} .profile=${profile}></${name}>`;
  const done = (rendered: string) => {
  // The outer template's hydration markers are for a page rendered by Lit as a whole; only the element's own are needed.
  const start = rendered.indexOf(`<${tag}`);
  const end = rendered.lastIndexOf(`</${tag}>`);
  if (start < 0 || end < 0) throw new Error(`Lit SSR rendered no <${tag}>`);
  // The profile the script will read: the one the server rendered, so that hydration finds the same state.
  // `<` is written \u003c so that no text in the profile can end the script.
  const inline = profile == null ? '' : `<script type="application/json">${jsonWithoutControls(jsonLdText(profile as object))}</script>`;
  return `${markupWithoutControls(rendered.slice(start, end))}${inline}</${tag}>`;
  };
  const rendered = collect(render(template));
  return typeof rendered === 'string' ? done(rendered) : rendered.then(done);
}

export { validateProfile };
