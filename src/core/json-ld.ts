/** JSON-LD (schema.org structured data) in an element's light DOM, where search engines read it. */

/**
 * JSON for a `<script type="application/ld+json">`: `<` is written `\u003c`, so no text from a
 * profile or feed can end the script (`</script>`) or open a comment in it.
 */
export function jsonLdText(data: object): string {
  return JSON.stringify(data).replace(/</g, '\\u003c');
}

interface ScriptPolicy {
  createScript(input: string): unknown;
}
const POLICY = Symbol.for('career-widgets.trusted-types');

/**
 * The Trusted Types policy for our JSON-LD, named `career-widgets`: a page that enforces Trusted
 * Types (`require-trusted-types-for 'script'`) reports any script text set without one, data
 * blocks included, so such a page allows it with `trusted-types lit-html career-widgets`. It
 * turns only valid JSON into script text (JSON run as JavaScript does nothing), so it is safe to
 * share: one per page, for every copy of this code, as a page may refuse a second of one name.
 * Undefined without Trusted Types, or when the page's policy does not allow the name.
 */
function policy(): ScriptPolicy | undefined {
  const store = globalThis as { [POLICY]?: ScriptPolicy | null; trustedTypes?: { createPolicy(name: string, rules: object): ScriptPolicy } };
  if (store[POLICY] === undefined) {
    try {
      store[POLICY] = store.trustedTypes?.createPolicy('career-widgets', { createScript: (json: string) => (JSON.parse(json), json) }) ?? null;
    } catch {
      store[POLICY] = null;
    }
  }
  return store[POLICY] ?? undefined;
}

/**
 * Keeps one `<script type="application/ld+json" data-<tag>>` child of `host` in step with `data`:
 * written when there is data, replaced when it changes, removed when `data` is undefined. A
 * script of the page's own inside the element is left alone (ours carries the marker attribute).
 *
 * The text goes in through the `career-widgets` Trusted Types policy where there is one (above),
 * else as a text node: assigning a string to a script's text would throw on a page that enforces
 * Trusted Types, while a text node is only reported. Its type is not `application/json`, so the
 * core's inline-profile reader (`:scope > script[type="application/json"]`) never takes it for a profile.
 */
export function writeJsonLd(host: HTMLElement, data: object | undefined) {
  const marker = `data-${host.localName}`;
  const old = host.querySelector<HTMLScriptElement>(`:scope > script[type="application/ld+json"][${marker}]`);
  if (data === undefined) return old?.remove();
  const json = jsonLdText(data);
  if (old?.textContent === json) return;
  // Not document.createElement: a named element on the page can shadow it (page.ts).
  const script = Document.prototype.createElement.call(document, 'script') as HTMLScriptElement;
  script.type = 'application/ld+json';
  script.setAttribute(marker, '');
  const trusted = policy();
  if (trusted) script.text = trusted.createScript(json) as string;
  else script.append(new Text(json));
  if (old) old.replaceWith(script);
  else host.append(script);
}
