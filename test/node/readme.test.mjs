// The docs' references cannot drift from the code: the theming reference (docs/theming.md: every
// custom property and part) and the events table (docs/elements.md) are generated from
// custom-elements.json and src/core/events.ts, and each element's "Parts:" and "Events:" lines must
// name what the manifest has; the table of imports (docs/npm.md) names exactly the package's exports.
// (`npm run build` writes custom-elements.json; `node scripts/readme-reference.mjs --write` the docs.)
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { render, sectionProblems, elements } from '../../scripts/readme-reference.mjs';

const doc = (name) => readFileSync(new URL(`../../${name}`, import.meta.url), 'utf8');
const elementsDoc = doc('docs/elements.md');
const themingDoc = doc('docs/theming.md');
const npmDoc = doc('docs/npm.md');

test('the generated theming and events references are up to date', () => {
  for (const [name, text] of [['docs/elements.md', elementsDoc], ['docs/theming.md', themingDoc]]) {
    assert.ok(render(text, name) === text, `${name} is out of date: run \`node scripts/readme-reference.mjs --write\``);
  }
});

test("each element's section in docs/elements.md lists exactly its parts and events", () => {
  assert.deepEqual(sectionProblems(elementsDoc), []);
});

test('docs/elements.md has one "## `<tag>`" heading per element (the anchors web-types links to)', () => {
  for (const e of elements()) assert.match(elementsDoc, new RegExp(`^## \`<${e.tag}>\`$`, 'm'), e.tag);
});

test('the theming reference names every custom property and part of every element', () => {
  const block = /<!-- generated:theming -->([\s\S]*?)<!-- \/generated:theming -->/.exec(themingDoc)[1];
  for (const e of elements()) {
    assert.match(block, new RegExp(`#### .*\`<${e.tag}>\``), e.tag);
    for (const item of [...e.cssProperties, ...e.cssParts]) assert.ok(block.includes(`| \`${item.name}\` |`), `${e.tag}: ${item.name}`);
  }
  const events = /<!-- generated:events -->([\s\S]*?)<!-- \/generated:events -->/.exec(elementsDoc)[1];
  for (const name of ['profile-load', 'profile-error', 'quiz-answer', 'quiz-complete', 'cta-click', 'vacancy-click']) {
    assert.ok(events.includes(`| \`${name}\` |`), name);
  }
});

/**
 * The imports named in the first column of docs/npm.md's "What the package offers" table, spelled out:
 * `…/x` as `career-widgets/x`, and `career-widgets/<tag>` (and `…/<tag>/class`) for every tag that the
 * `<tag>` row's text lists.
 */
function documentedImports() {
  const table = npmDoc.slice(npmDoc.indexOf('What the package offers:'), npmDoc.indexOf("package.json's `sideEffects`"));
  const rows = table.split('\n').filter((line) => line.startsWith('| `')).map((line) => line.split(' | '));
  const tagRow = rows.find(([first]) => first === '| `career-widgets/<tag>`');
  assert.ok(tagRow, 'the table has a row for `career-widgets/<tag>`');
  const tags = [...tagRow[1].matchAll(/`([a-z]+-[a-z-]+)`/g)].map(([, tag]) => tag);
  return rows.flatMap(([first]) =>
    [...first.matchAll(/`([^`]+)`/g)].flatMap(([, name]) => {
      const spec = name.replace(/^…\//, 'career-widgets/');
      return spec.includes('<tag>') ? tags.map((tag) => spec.replace('<tag>', tag)) : [spec];
    }),
  );
}

test("docs/npm.md's table of imports names exactly the package's exports", () => {
  const pkg = JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8'));
  const exported = Object.keys(pkg.exports).map((subpath) => (subpath === '.' ? 'career-widgets' : `career-widgets/${subpath.slice(2)}`));
  assert.deepEqual([...new Set(documentedImports())].sort(), exported.sort());
});
