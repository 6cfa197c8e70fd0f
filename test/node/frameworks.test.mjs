// The framework glue (issue 24), after `npm run build`: `career-widgets/eleventy` (its shortcodes'
// output through markdown-it, Eleventy's Markdown), `career-widgets/vue` (isCustomElement) and the
// Astro component's file. The real apps are built by test/frameworks/; what the rendered HTML shows
// in a browser is checked by test/ssr/pages.mjs.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import MarkdownIt from 'markdown-it';
import careerWidgets, { markdownSafe, parseAttributes } from 'career-widgets/eleventy';
import { compilerOptions, isCustomElement, TAGS } from 'career-widgets/vue';
import { renderElementSync } from 'career-widgets/ssr';

const root = new URL('../../', import.meta.url).pathname;
const seed = () => JSON.parse(readFileSync(join(root, 'profiles/kaufmann-dialogmarketing.json'), 'utf8'));

/** The plugin added to a stand-in for Eleventy's config: its shortcodes and passthrough copies. */
function plugin(options) {
  const shortcodes = {};
  const copies = [];
  careerWidgets({ addShortcode: (name, fn) => (shortcodes[name] = fn), addPassthroughCopy: (copy) => copies.push(copy) }, options);
  return { shortcodes, copies };
}

/** Eleventy's Markdown: markdown-it with HTML on (its default in Eleventy). */
const md = new MarkdownIt({ html: true });

test('careerWidget in a Markdown page: the element passes through markdown-it unchanged, inline JSON and all', () => {
  const { shortcodes } = plugin({ profilesDir: join(root, 'profiles') });
  const out = shortcodes.careerWidget('salary-table', 'kaufmann-dialogmarketing.json', { lang: 'de', view: 'table' });
  const element = out.trim();
  // As an author writes it: its own line, or in the middle of a paragraph.
  for (const page of [`# Gehalt\n\n${out}\n\nMehr Text.`, `Text davor ${out} und danach.`]) {
    const html = md.render(page);
    assert.ok(html.includes(element), 'markdown-it changed the element');
    assert.doesNotMatch(html, /<p>\s*<salary-table/, 'wrapped in <p>');
    const json = html.slice(html.indexOf('<script type="application/json">') + 32, html.indexOf('</script>', html.indexOf('<script type="application/json">')));
    assert.deepEqual(JSON.parse(json), seed(), 'the inline profile no longer reads');
  }
  assert.match(element, /^<salary-table view="table" lang="de">\n<template shadowroot/);
});

test('a profile whose text has blank lines still makes one HTML block', () => {
  const profile = seed();
  profile.name = 'Zeile eins\n\n\nZeile zwei';
  const out = markdownSafe(renderElementSync('salary-table', profile));
  assert.doesNotMatch(out.trim(), /\n[ \t]*\n/, 'a blank line inside ends the HTML block');
  const html = md.render(`Davor\n${out}\nDanach`);
  assert.ok(html.includes(out.trim()));
  // The newlines are still there for the HTML parser: `&#10;` is a newline in text.
  assert.match(out, /Zeile eins&#10;\n?/);
});

test('careerWidget: every tag, the catalog and item bank from the plugin options, Liquid\'s attribute string', () => {
  const { shortcodes, copies } = plugin({ profilesDir: join(root, 'profiles'), catalog: join(root, 'profiles/catalog.json'), items: join(root, 'profiles/finder-items.json') });
  for (const tag of TAGS) {
    const out = shortcodes.careerWidget(tag, tag === 'profession-finder' ? '' : 'kaufmann-dialogmarketing.json', 'lang=en heading-level=3');
    assert.match(out, new RegExp(`^\\n\\n<${tag} heading-level="3" lang="en"[^>\\n]*>\\n<template shadowroot`), tag);
    assert.ok(out.endsWith(`</${tag}>\n\n`), tag);
  }
  assert.match(shortcodes.careerWidget('similar-professions', 'kaufmann-dialogmarketing.json'), /<script type="application\/json" data-catalog>/);
  assert.match(shortcodes.careerWidget('profession-finder'), /data-items>/);
  assert.equal(shortcodes.careerWidgetsScript(), '<script type="module" src="/assets/career-widgets/career-widgets.loader.js"></script>');
  assert.equal(copies.length, 1);
  assert.deepEqual(Object.values(copies[0]), ['assets/career-widgets']);
  assert.ok(Object.keys(copies[0])[0].endsWith('/dist/cdn/'));
  assert.throws(() => shortcodes.careerWidget('salary-tables', 'kaufmann-dialogmarketing.json'), /unknown tag "salary-tables": one of salary-table, .*profession-finder/);
  assert.throws(() => shortcodes.careerWidget('salary-table', 'missing.json'), /cannot read .*missing\.json/);
});

test('parseAttributes reads objects and Liquid\'s name=value strings', () => {
  assert.deepEqual(parseAttributes('lang=de view=table shuffle title="zwei Worte" data-x=\'a b\''), { lang: 'de', view: 'table', shuffle: true, title: 'zwei Worte', 'data-x': 'a b' });
  assert.deepEqual(parseAttributes({ lang: 'en', __keywords: true }), { lang: 'en' });
  assert.deepEqual(parseAttributes(undefined), {});
  assert.throws(() => parseAttributes('lang="de'), /cannot read the attributes/);
  assert.throws(() => parseAttributes(42), /an object or a string/);
});

test('career-widgets/vue: isCustomElement is true for our 14 tags only', () => {
  assert.equal(TAGS.length, 14);
  for (const tag of TAGS) assert.equal(isCustomElement(tag), true, tag);
  for (const tag of ['div', 'my-widget', 'salary', 'router-view', 'Salary-Table']) assert.equal(isCustomElement(tag), false, tag);
  assert.equal(compilerOptions.isCustomElement, isCustomElement);
});

test('career-widgets/astro is the Astro component, pre-rendering through career-widgets/ssr', () => {
  const file = new URL(import.meta.resolve('career-widgets/astro'));
  const source = readFileSync(file, 'utf8');
  assert.match(source, /^---\n/);
  assert.match(source, /import \{ renderElement[^}]*\} from 'career-widgets\/ssr'/);
  assert.match(source, /<Fragment set:html=\{html\} \/>/);
  assert.match(source, /<script>[\s\S]*import 'career-widgets';[\s\S]*<\/script>/);
  // Astro compiles components from node_modules only for packages that say they have some.
  const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
  assert.ok(pkg.keywords.includes('astro-component'));
});

test('without @lit-labs/ssr, career-widgets/ssr names the package and the command to install it', () => {
  // A copy of the module beside a node_modules without @lit-labs/ssr (its other imports resolve from the repo).
  const dir = mkdtempSync(join(tmpdir(), 'cw-nossr-'));
  const script = join(dir, 'check.mjs');
  writeFileSync(
    script,
    `import { register } from 'node:module';
register('data:text/javascript,' + encodeURIComponent(\`export async function resolve(specifier, context, next) {
  if (specifier === '@lit-labs/ssr') { const error = new Error("Cannot find package '@lit-labs/ssr' imported from x"); error.code = 'ERR_MODULE_NOT_FOUND'; throw error; }
  return next(specifier, context);
}\`));
try { await import(${JSON.stringify(join(root, 'dist/ssr/render-element.js'))}); console.log('loaded'); } catch (error) { console.log(error.code + ': ' + error.message); }
`,
  );
  const out = execFileSync(process.execPath, [script], { encoding: 'utf8' });
  assert.equal(out.trim(), 'CAREER_WIDGETS_MISSING_PEER: career-widgets/ssr needs the package @lit-labs/ssr, an optional peer dependency for server rendering: npm install @lit-labs/ssr');
});
