// The README's references cannot drift from the code: the theming reference (every custom property
// and part) and the events table are generated from custom-elements.json and src/core/events.ts,
// and each element's "Parts:" and "Events:" lines must name what the manifest has; the table of
// imports names exactly the package's exports.
// (`npm run build` writes custom-elements.json; `node scripts/readme-reference.mjs --write` the README.)
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { render, sectionProblems, elements } from '../../scripts/readme-reference.mjs';

const readme = readFileSync(new URL('../../README.md', import.meta.url), 'utf8');

test('the generated theming and events references are up to date', () => {
  assert.ok(render(readme) === readme, 'README.md is out of date: run `node scripts/readme-reference.mjs --write`');
});

test("each element's README section lists exactly its parts and events", () => {
  assert.deepEqual(sectionProblems(readme), []);
});

test('the theming reference names every custom property and part of every element', () => {
  const block = /<!-- generated:theming -->([\s\S]*?)<!-- \/generated:theming -->/.exec(readme)[1];
  for (const e of elements()) {
    assert.match(block, new RegExp(`#### .*\`<${e.tag}>\``), e.tag);
    for (const item of [...e.cssProperties, ...e.cssParts]) assert.ok(block.includes(`| \`${item.name}\` |`), `${e.tag}: ${item.name}`);
  }
  const events = /<!-- generated:events -->([\s\S]*?)<!-- \/generated:events -->/.exec(readme)[1];
  for (const name of ['profile-load', 'profile-error', 'quiz-answer', 'quiz-complete', 'cta-click', 'vacancy-click']) {
    assert.ok(events.includes(`| \`${name}\` |`), name);
  }
});

/**
 * The imports named in the first column of the README's "What the package offers" table, spelled out:
 * `…/x` as `career-widgets/x`, and `career-widgets/<tag>` (and `…/<tag>/class`) for every tag that the
 * `<tag>` row's text lists.
 */
function documentedImports() {
  const table = readme.slice(readme.indexOf('What the package offers:'), readme.indexOf("package.json's `sideEffects`"));
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

test("the README's table of imports names exactly the package's exports", () => {
  const pkg = JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8'));
  const exported = Object.keys(pkg.exports).map((subpath) => (subpath === '.' ? 'career-widgets' : `career-widgets/${subpath.slice(2)}`));
  assert.deepEqual([...new Set(documentedImports())].sort(), exported.sort());
});
