// A Rollup plugin for the CDN build (rollup.config.mjs, after terser): every CDN file is pure ASCII,
// so that a copy served without a charset, or on a windows-1252 page, still reads "möglich".
// terser's `ascii_only` escapes strings, regexps and untagged templates, but prints a tagged
// template's raw text as written; this escapes what is left there.
import MagicString from 'magic-string';

/** `\uXXXX`, or `\u{…}` past U+FFFF: both valid in a template literal, and the cooked value is the character. */
const escape = (ch) => {
  const cp = ch.codePointAt(0);
  return cp > 0xffff ? `\\u{${cp.toString(16)}}` : `\\u${cp.toString(16).padStart(4, '0')}`;
};

/**
 * Escapes each non-ASCII character in the tagged templates of a chunk. The cooked strings, which
 * Lit's `html`, `svg` and `css` read, stay the same; the raw ones would not, so a `String.raw`
 * template is an error rather than a silent change. Fails the build when anything non-ASCII is left.
 */
export const asciiTemplates = () => ({
  name: 'ascii-templates',
  renderChunk(code, chunk) {
    if (!/[^\0-\x7f]/.test(code)) return null;
    const out = new MagicString(code);
    const visit = (node) => {
      if (node.type === 'TaggedTemplateExpression') {
        for (const quasi of node.quasi.quasis) {
          // A character after an odd run of backslashes is escaped already (`\ü` is "ü"): that backslash goes.
          for (const m of code.slice(quasi.start, quasi.end).matchAll(/(\\*)([^\0-\x7f])/gu)) {
            if (code.slice(node.tag.start, node.tag.end) === 'String.raw') this.error(`${chunk.fileName}: non-ASCII in a String.raw template`);
            const at = quasi.start + m.index;
            out.overwrite(at + (m[1].length & ~1), at + m[0].length, escape(m[2]));
          }
        }
      }
      for (const value of Object.values(node)) {
        for (const child of Array.isArray(value) ? value : [value]) if (child && typeof child.type === 'string') visit(child);
      }
    };
    visit(this.parse(code));
    const result = out.toString();
    const left = /[^\0-\x7f]/.exec(result);
    if (left) this.error(`${chunk.fileName}: non-ASCII ${JSON.stringify(left[0])} left at ${left.index}: …${result.slice(Math.max(0, left.index - 40), left.index + 10)}…`);
    return { code: result, map: out.generateMap({ hires: true }) };
  },
  // The source maps beside the files too: their `sourcesContent` holds the sources as written.
  // Escaped in the JSON, each string is the same, and the whole folder is ASCII.
  generateBundle(_options, bundle) {
    for (const file of Object.values(bundle)) {
      if (file.type === 'asset' && file.fileName.endsWith('.map') && typeof file.source === 'string') {
        file.source = file.source.replace(/[^\0-\x7f]/g, (ch) => `\\u${ch.charCodeAt(0).toString(16).padStart(4, '0')}`);
      }
    }
  },
});
