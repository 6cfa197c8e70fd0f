import type { Scheme } from './themes.js';

/**
 * Makes the elements show the toolbar's colour scheme, whatever the designer's
 * system is set to.
 *
 * The elements follow `prefers-color-scheme` through `@media` rules in their
 * own (shadow) styles, and a page cannot change what that media query
 * answers. We decided against copying the dark `--cw-*` values into the
 * decorator: that copy would drift from the elements and miss each element's
 * own tokens (e.g. `--cw-color-entry`). Instead this rewrites the condition of
 * those `@media` rules in the elements' constructable stylesheets (Lit shares
 * one per style block across all instances): `(prefers-color-scheme: dark)`
 * becomes always true for "dark" and never true for "light". So the story shows
 * exactly the element's own dark (or light) values, and a brand theme's values
 * for that scheme on top. The original condition is kept to switch back.
 */
const original = new WeakMap<CSSMediaRule, string>();
const SCHEME_QUERY = /\(\s*prefers-color-scheme\s*:\s*(light|dark)\s*\)/gi;
const ALWAYS = '(min-width: 0px)';
const NEVER = '(max-width: -1px)';

function* groupingRules(rules: CSSRuleList): Generator<CSSMediaRule> {
  for (const rule of Array.from(rules)) {
    if (rule instanceof CSSMediaRule) yield rule;
    if (rule instanceof CSSGroupingRule) yield* groupingRules(rule.cssRules);
  }
}

function sheetsOf(tag: string): CSSStyleSheet[] {
  const element = customElements.get(tag) as (CustomElementConstructor & { elementStyles?: unknown[] }) | undefined;
  return (element?.elementStyles ?? [])
    .map((style) => (style instanceof CSSStyleSheet ? style : (style as { styleSheet?: CSSStyleSheet }).styleSheet))
    .filter((sheet): sheet is CSSStyleSheet => sheet instanceof CSSStyleSheet);
}

/** Forces `scheme` on every element of ours that is defined (given by tag). */
export function applyColorScheme(scheme: Scheme, tags: Iterable<string>) {
  const seen = new Set<CSSStyleSheet>();
  for (const tag of tags) {
    for (const sheet of sheetsOf(tag)) {
      if (seen.has(sheet)) continue;
      seen.add(sheet);
      for (const rule of groupingRules(sheet.cssRules)) {
        const query = original.get(rule) ?? rule.media.mediaText;
        if (!/prefers-color-scheme/i.test(query)) continue;
        original.set(rule, query);
        rule.media.mediaText = query.replace(SCHEME_QUERY, (_, wanted: string) =>
          wanted.toLowerCase() === scheme ? ALWAYS : NEVER,
        );
      }
    }
  }
}
