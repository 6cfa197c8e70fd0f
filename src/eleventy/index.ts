/// <reference types="node" />
/**
 * `career-widgets/eleventy`: an Eleventy 3 plugin whose shortcodes pre-render our elements at build
 * time (`career-widgets/ssr`), in Markdown, Nunjucks and Liquid pages, and copy the browser files
 * into the site (docs/frameworks.md).
 *
 * ```js
 * // eleventy.config.js
 * import careerWidgets from 'career-widgets/eleventy';
 * export default (eleventyConfig) => eleventyConfig.addPlugin(careerWidgets, { profilesDir: 'profiles' });
 * ```
 * ```njk
 * {% careerWidget "salary-table", "kaufmann-dialogmarketing.json", { lang: "de", view: "table" } %}
 * {% careerWidgetsScript %}
 * ```
 */
import { readFileSync } from 'node:fs';
import { isAbsolute, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { renderElementSync, TAGS, type Tag } from '../ssr/render-element.js';
import { CATALOG_TAGS } from '../core/tags.js';
import type { CatalogData, ItemBankData } from '../core/schema/catalog.js';

export interface EleventyPluginOptions {
  /** Where profile paths given to `careerWidget` are read from (relative to the directory Eleventy runs in). Default `.`. */
  profilesDir?: string;
  /** The catalog file (docs/catalog-format.md) for `similar-professions`, `profession-page` and `profession-finder`. */
  catalog?: string;
  /** The item bank file (`finder-items.json`) for `profession-finder`. */
  items?: string;
  /** The elements' `lang` when a shortcode gives none; without it, the page's language decides in the browser (German on the server). */
  lang?: string;
  /**
   * Where the browser files (dist/cdn of this package) are copied to in the output, and what
   * `careerWidgetsScript` links to. Default `/assets/career-widgets`; `false` copies nothing (then give `script`).
   */
  assets?: string | false;
  /** The script `careerWidgetsScript` loads. Default: `career-widgets.loader.js` under `assets`. */
  script?: string;
  /** Names of the shortcodes. Default `careerWidget` and `careerWidgetsScript`. */
  shortcode?: string;
  scriptShortcode?: string;
}

/** The little of Eleventy's config API the plugin uses. */
interface EleventyConfig {
  addShortcode(name: string, fn: (...args: never[]) => string): void;
  addPassthroughCopy(copy: Record<string, string>): void;
}

type Attributes = Record<string, string | number | boolean | undefined>;

/**
 * A shortcode's attributes: an object (Nunjucks `{ lang: "de" }`, a JavaScript template) or, for
 * Liquid, which has no object literals, a string of `name=value` pairs (`"lang=de view=table"`,
 * quotes around a value with spaces, a name alone for an attribute without a value).
 */
export function parseAttributes(given: unknown): Attributes {
  if (given == null || given === '') return {};
  if (typeof given === 'object' && !Array.isArray(given)) {
    // Nunjucks adds `__keywords: true` to keyword arguments.
    return Object.fromEntries(Object.entries(given as Attributes).filter(([name]) => name !== '__keywords'));
  }
  if (typeof given !== 'string') throw new TypeError(`careerWidget: the attributes are an object or a string of name=value pairs, not ${JSON.stringify(given)}`);
  const attributes: Attributes = {};
  const text = given.trim();
  const pair = /\s*([^\s="']+)(?:=(?:"([^"]*)"|'([^']*)'|([^\s"']*)))?/y;
  for (let match; pair.lastIndex < text.length && (match = pair.exec(text)); ) {
    attributes[match[1]] = match[2] ?? match[3] ?? match[4] ?? true;
  }
  if (pair.lastIndex < text.length) throw new TypeError(`careerWidget: cannot read the attributes ${JSON.stringify(given)} (name=value pairs)`);
  return attributes;
}

/**
 * Element HTML as a block Markdown passes through unchanged: markdown-it wraps inline HTML in `<p>`
 * and escapes its `"`, `<`, `>` (the inline JSON with it) unless the HTML is a block: it starts a
 * line with the open tag alone on it, after a blank line, and ends at the next blank line. So: blank
 * lines around, the open tag on a line of its own, and no blank line inside (a newline in the
 * profile's text that would make one is written `&#10;`, the same character to the HTML parser; the
 * inline JSON and the minified CSS have none).
 */
export function markdownSafe(html: string): string {
  const open = html.indexOf('>') + 1;
  const close = html.lastIndexOf('</');
  const inner = html.slice(open, close).replace(/\n(?=[ \t]*(\n|$))/g, '&#10;');
  return `\n\n${html.slice(0, open)}\n${inner}\n${html.slice(close)}\n\n`;
}

/** A JSON file, with its path in the error when it cannot be read. */
function readJsonFile(path: string): unknown {
  try {
    return JSON.parse(readFileSync(path, 'utf8'));
  } catch (error) {
    throw new Error(`career-widgets: cannot read ${path}: ${(error as Error).message}`, { cause: error });
  }
}

export default function careerWidgets(eleventyConfig: EleventyConfig, options: EleventyPluginOptions = {}) {
  const dir = resolve(options.profilesDir ?? '.');
  const file = (path: string) => (isAbsolute(path) ? path : resolve(dir, path));
  // Read once per build, for every page that shows them.
  let catalog: CatalogData | undefined;
  let items: ItemBankData | undefined;
  const catalogData = () => (options.catalog ? (catalog ??= readJsonFile(resolve(options.catalog)) as CatalogData) : undefined);
  const itemsData = () => (options.items ? (items ??= readJsonFile(resolve(options.items)) as ItemBankData) : undefined);
  const assets = options.assets === false ? undefined : (options.assets ?? '/assets/career-widgets').replace(/\/$/, '');

  eleventyConfig.addShortcode(options.shortcode ?? 'careerWidget', (tag: Tag, profile?: unknown, attributes?: unknown) => {
    if (!(TAGS as readonly string[]).includes(tag)) throw new TypeError(`careerWidget: unknown tag ${JSON.stringify(tag)}: one of ${TAGS.join(', ')}`);
    // "" (or nothing) for the finder, which shows no profile: Nunjucks and Liquid spell null differently.
    const data = typeof profile === 'string' && profile !== '' ? readJsonFile(file(profile)) : profile || null;
    const { lang, ...rest } = parseAttributes(attributes);
    const html = renderElementSync(tag, data, {
      lang: typeof lang === 'string' ? lang : options.lang,
      attributes: rest,
      catalog: CATALOG_TAGS.includes(tag) ? catalogData() : undefined,
      items: tag === 'profession-finder' ? itemsData() : undefined,
    });
    return markdownSafe(html);
  });

  eleventyConfig.addShortcode(options.scriptShortcode ?? 'careerWidgetsScript', () => {
    const src = options.script ?? (assets ? `${assets}/career-widgets.loader.js` : undefined);
    if (!src) throw new TypeError('careerWidgetsScript: with assets: false, give the script option (the URL of the browser script)');
    return `<script type="module" src="${src.replace(/&/g, '&amp;').replace(/"/g, '&quot;')}"></script>`;
  });

  // The browser files beside the site's own: no CDN, no request to a third party.
  if (assets) eleventyConfig.addPassthroughCopy({ [fileURLToPath(new URL('../cdn/', import.meta.url))]: assets.replace(/^\//, '') });
}
