// The editor data and framework types generated from the manifest (scripts/generate-framework-types.mjs,
// after `npm run build`), as issue 24 found them wrong: web-types per element with its own CSS
// parts and custom properties and a link to its docs; VS Code's boolean attributes valueless; no
// property named "undefined", and data-layer a string, in the JSX types.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('../../', import.meta.url));
const read = (file) => readFileSync(join(root, file), 'utf8');
const manifest = JSON.parse(read('dist/custom-elements.json'));
const declarations = manifest.modules.flatMap((m) => m.declarations ?? []).filter((d) => d.tagName);
const byTag = new Map(declarations.map((d) => [d.tagName, d]));
const names = (list) => (list ?? []).map((x) => x.name).sort();

test('web-types: each element has its own CSS parts and custom properties, and a doc-url into docs/elements.md', () => {
  const webTypes = JSON.parse(read('dist/web-types.json'));
  const elements = webTypes.contributions.html.elements;
  assert.deepEqual(elements.map((e) => e.name).sort(), [...byTag.keys()].sort());
  const repository = JSON.parse(read('package.json')).repository.url.replace(/^git\+/, '').replace(/\.git$/, '');
  for (const element of elements) {
    const d = byTag.get(element.name);
    assert.deepEqual(names(element.css?.parts), names(d.cssParts), `<${element.name}>'s parts`);
    assert.deepEqual(names(element.css?.properties), names(d.cssProperties), `<${element.name}>'s custom properties`);
    assert.equal(element['doc-url'], `${repository}/blob/main/docs/elements.md#${element.name}`);
  }
  // Not one global list of every element's parts and properties, repeated per element.
  assert.equal(webTypes.contributions.css, undefined);
  // The salary table's parts are not the quiz's.
  const parts = (tag) => names(elements.find((e) => e.name === tag).css.parts);
  assert.notDeepEqual(parts('salary-table'), parts('profession-quiz'));
  assert.ok(parts('salary-table').includes('bar') && !parts('profession-quiz').includes('bar'));
});

test('VS Code data: boolean attributes take no value; every tag links its docs', () => {
  const data = JSON.parse(read('dist/vscode.html-custom-data.json'));
  const attribute = (tag, name) => data.tags.find((t) => t.name === tag).attributes.find((a) => a.name === name);
  for (const [tag, name] of [['profession-quiz', 'shuffle'], ['career-quiz', 'shuffle'], ['salary-table', 'structured-data'], ['career-path', 'structured-data']]) {
    assert.equal(attribute(tag, name).valueSet, 'v', `${tag} ${name}`);
  }
  assert.notEqual(attribute('salary-table', 'view').valueSet, 'v', 'view has values');
  assert.deepEqual(attribute('salary-table', 'view').values.map((v) => v.name).sort(), ['both', 'chart', 'table']);
  for (const tag of data.tags) assert.match(tag.references?.[0]?.url ?? '', new RegExp(`/docs/elements\\.md#${tag.name}$`));
});

test('JSX types: no property named "undefined"; data-layer a string; number attributes take a number as HTML writes it', () => {
  const jsx = read('dist/types/custom-elements-jsx.d.ts');
  assert.doesNotMatch(jsx, /"(?:prop:)?undefined"\?:/);
  assert.doesNotMatch(jsx, /"(?:attr:)?data-layer(?:-include)?"\?: unknown/);
  assert.match(jsx, /"heading-level"\?: SalaryTable\['headingLevel'\] \| `\$\{number\}` \| undefined;/);
  assert.match(jsx, /"headingLevel"\?: SalaryTable\['headingLevel'\] \| undefined;/);
});
