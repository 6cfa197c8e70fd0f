// Every CDN file is pure ASCII (after `npm run build`): served without a charset, or on a page in
// windows-1252, a raw UTF-8 "ö" would read "Ã¶". The plugin that makes it so is checked on small
// inputs too: the strings Lit reads (cooked) are the characters as written.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { rollup } from 'rollup';
import terser from '@rollup/plugin-terser';
import { asciiTemplates } from '../../scripts/ascii-templates.mjs';

const root = fileURLToPath(new URL('../../', import.meta.url));
const cdn = join(root, 'dist/cdn');

test('every file in dist/cdn/ (the loader\'s chunks/ too) holds only ASCII bytes', () => {
  assert.ok(existsSync(cdn), 'dist/cdn/ is missing: run `npm run build` first');
  const files = readdirSync(cdn, { recursive: true }).filter((file) => statSync(join(cdn, file)).isFile());
  assert.ok(files.some((f) => f.endsWith('.js')), 'no CDN file');
  const found = files.flatMap((file) => {
    const bytes = readFileSync(join(cdn, file));
    const at = bytes.findIndex((b) => b > 0x7f);
    return at < 0 ? [] : [`${file}: byte 0x${bytes[at].toString(16)} at ${at}: …${bytes.subarray(Math.max(0, at - 30), at + 10).toString('utf8')}…`];
  });
  assert.deepEqual(found, []);
});

/** Builds `source` (one module) with the CDN's minifier and this plugin; returns the code. */
async function build(source, plugins = [terser({ ecma: 2020, module: true, format: { comments: false, ascii_only: true } }), asciiTemplates()]) {
  const bundle = await rollup({
    input: 'entry',
    onwarn: () => {},
    plugins: [{ name: 'entry', resolveId: (id) => (id === 'entry' ? id : null), load: (id) => (id === 'entry' ? source : null) }],
  });
  const { output } = await bundle.generate({ format: 'es', plugins });
  return output[0].code;
}
/** Runs a built module and returns its default export. */
const run = async (code) => (await import(`data:text/javascript;base64,${Buffer.from(code).toString('base64')}`)).default;

const SOURCE = String.raw`
const tag = (strings, ...values) => strings.reduce((all, s, i) => all + s + (i < values.length ? values[i] : ''), '');
const n = Math.round(Math.random() + 2);
export default [
  tag${'`'}<p>Auch möglich: ${'${n}'} €</p>${'`'},
  tag${'`'}.done::before { content: '✓ '; } .star::after { content: "★ 🎓"; }${'`'},
  tag${'`'}kept: \ü \\ä${'`'},
  ${'`'}untagged: Förderung ${'${n}'}${'`'},
  'string: „zu groß“ – …',
  /^ä+$/.test('ää'),
];`;

test('the CDN minifier and asciiTemplates: ASCII out, the same strings in', async () => {
  const expected = await run(SOURCE.replace(/^const n = .*$/m, 'const n = 2;'));
  const code = await build(SOURCE.replace(/^const n = .*$/m, 'const n = 2;'));
  assert.doesNotMatch(code, /[^\0-\x7f]/, code);
  assert.match(code, /\\u2713/, 'the CSS check mark is a JS escape in the template');
  assert.deepEqual(await run(code), expected);
  assert.equal(expected[2], 'kept: ü \\ä');
});

test('without asciiTemplates, terser leaves tagged templates raw (why the plugin exists)', async () => {
  const code = await build(SOURCE, [terser({ ecma: 2020, module: true, format: { ascii_only: true } })]);
  assert.match(code, /möglich/);
});

test('a String.raw template with non-ASCII fails the build rather than changing', async () => {
  await assert.rejects(build('export default String.raw`ö`;'), /String\.raw/);
});
