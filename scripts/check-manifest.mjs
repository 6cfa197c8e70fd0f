// `npm run lint:manifest` (after `npm run build`): the published manifest, dist/custom-elements.json,
// is valid and complete, so that Storybook, editors and the generated framework types tell the truth.
// - the Custom Elements Manifest schema 2.1 (JSON Schema, with ajv);
// - @wc-toolkit/cem-validator, every rule an error (package.json fields, module and definition paths,
//   tag names, and every type an element's API names exported beside it);
// - what neither checks, against the shipped elements themselves (imported from dist/): every
//   attribute and property Lit knows is listed, each with a type, and its default a value (not the
//   name of a constant); every event typed `CustomEvent<Detail>` with a detail the package exports;
//   every custom property the element's styles read is listed and none more, each with a syntax, a
//   default (the one in src/core/styles.ts) and a description; no description points into our sources.
import { readFileSync } from 'node:fs';
import { pathToFileURL } from 'node:url';
import Ajv from 'ajv';
import { validateCem } from '@wc-toolkit/cem-validator';

const manifest = JSON.parse(readFileSync('dist/custom-elements.json', 'utf8'));
const problems = [];
const fail = (where, message) => problems.push(`${where}: ${message}`);

// -- The schema ----------------------------------------------------------------------------------
const schema = JSON.parse(readFileSync('node_modules/custom-elements-manifest/schema.json', 'utf8'));
const validate = new Ajv({ allErrors: true, strict: false }).compile(schema);
if (!validate(manifest)) for (const e of validate.errors) fail(`schema ${e.instancePath}`, e.message);

// -- @wc-toolkit/cem-validator -------------------------------------------------------------------
const rules = (names) => Object.fromEntries(names.map((name) => [name, 'error']));
try {
  await validateCem(manifest, {
    packageJsonPath: './package.json',
    cemFileName: 'custom-elements.json',
    rules: {
      // `module` is the pre-`exports` field for bundlers; `exports` is checked instead.
      packageJson: { ...rules(['packageType', 'main', 'types', 'exports', 'customElementsProperty', 'publishedCem']), module: 'off' },
      manifest: rules(['schemaVersion', 'modulePath', 'definitionPath', 'typeDefinitionPath', 'exportTypes', 'tagName']),
    },
  });
} catch (error) {
  fail('cem-validator', error.message); // it has printed each finding
}

// -- Against the elements ------------------------------------------------------------------------
/** The value of a `var(--name, fallback)` from `from` on: the text up to its closing parenthesis. */
function fallbackAt(text, from) {
  let depth = 1;
  for (let i = from; i < text.length; i++) {
    if (text[i] === '(') depth++;
    else if (text[i] === ')' && --depth === 0) return text.slice(from, i).trim();
  }
  throw new Error(`unbalanced var() at ${from}`);
}
const squash = (value) => value.replace(/\s+/g, ' ').replace(/\s*,\s*/g, ', ').trim();

// The defaults as src/core/styles.ts writes them (the built CSS is minified: colours rewritten).
// `--_x: var(--cw-y, default)` gives --cw-y's default; a default that is another private value is
// written as its public name (`--cw-color-focus` falls back to the accent).
const baseSource = readFileSync('src/core/styles.ts', 'utf8');
const publicOf = new Map([...baseSource.matchAll(/(--_[\w-]+)\s*:\s*var\(\s*(--cw-[\w-]+)/g)].map((m) => [m[1], m[2]]));
const defaults = new Map();
for (const m of baseSource.matchAll(/var\(\s*(--cw-[\w-]+)\s*,/g)) {
  if (defaults.has(m[1])) continue; // the first is the :host rule's; later ones are the fallback for old browsers
  defaults.set(m[1], squash(fallbackAt(baseSource, m.index + m[0].length).replace(/var\((--_[\w-]+)\)/g, (all, p) => (publicOf.has(p) ? `var(${publicOf.get(p)})` : all))));
}

/** The public custom properties that `css` (an element's built styles) reads. */
function usedProperties(css) {
  const declarations = new Map(); // --_x → the values it is given
  for (const m of css.matchAll(/(--_[\w-]+)\s*:([^;}]*)/g)) declarations.set(m[1], [...(declarations.get(m[1]) ?? []), m[2]]);
  const used = new Set();
  const seen = new Set();
  const read = (text) => {
    for (const [, name] of text.matchAll(/var\(\s*(--cw-[\w-]+)/g)) used.add(name);
    for (const [, name] of text.matchAll(/var\(\s*(--_[\w-]+)/g)) {
      if (seen.has(name)) continue;
      seen.add(name);
      for (const value of declarations.get(name) ?? []) read(value);
    }
  };
  // What the rules read, outside the declarations of private values (which every element has).
  read(css.replace(/--_[\w-]+\s*:[^;}]*/g, ''));
  return used;
}

const literal = (value) => {
  if (/^'[^']*'$/.test(value)) return true;
  try {
    JSON.parse(value);
    return true;
  } catch {
    return false;
  }
};
const pointsIntoSources = (text) => /\bSee [\w./-]+\.ts\b/.test(text ?? '');
const rootTypes = readFileSync('dist/index.d.ts', 'utf8');

const elements = manifest.modules.flatMap((module) => (module.declarations ?? []).filter((d) => d.customElement).map((d) => ({ d, module })));
if (elements.length < 12) fail('manifest', `lists ${elements.length} elements`);
for (const { d, module } of elements) {
  const where = `<${d.tagName}>`;
  const element = (await import(pathToFileURL(module.path).href))[d.name];
  if (!element) {
    fail(where, `${module.path} exports no ${d.name}`);
    continue;
  }
  // The tag's own file with the chunks beside it that it imports when a page needs them (the data layer's bridge reads `data-layer-include`).
  const own = readFileSync(`dist/cdn/${d.tagName}.js`, 'utf8');
  const code = [own, ...[...own.matchAll(/import\("\.\/(chunks\/[^"]+)"\)/g)].map(([, chunk]) => readFileSync(`dist/cdn/${chunk}`, 'utf8'))].join('\n');

  // Attributes and properties, as Lit declares them: from `static properties`, which Lit reads when
  // the class is finalized (asking for its observed attributes does that; here no tag is defined).
  void element.observedAttributes;
  const attributes = new Map((d.attributes ?? []).map((a) => [a.name, a]));
  const fields = new Map((d.members ?? []).filter((m) => m.kind === 'field').map((m) => [m.name, m]));
  for (const [name, options] of element.elementProperties) {
    if (options.state) continue;
    if (options.attribute !== false) {
      const attribute = typeof options.attribute === 'string' ? options.attribute : name.toLowerCase();
      if (!attributes.has(attribute)) fail(where, `attribute ${attribute} is not listed`);
    }
    if (!fields.has(name)) fail(where, `property ${name} is not listed`);
  }
  const runtimeAttributes = new Set([...element.elementProperties].filter(([, o]) => !o.state && o.attribute !== false).map(([n, o]) => (typeof o.attribute === 'string' ? o.attribute : n.toLowerCase())));
  for (const [name, a] of attributes) {
    // One the element reads itself (`data-layer`) must be in its code.
    if (!runtimeAttributes.has(name) && !code.includes(`"${name}"`) && !code.includes(`'${name}'`)) fail(where, `attribute ${name} is listed but not in the code`);
    if (!a.type?.text) fail(where, `attribute ${name} has no type`);
    if (a.default !== undefined && !literal(a.default)) fail(where, `attribute ${name}: default ${a.default} is no value`);
    if (!a.description) fail(where, `attribute ${name} has no description`);
  }
  for (const [name, m] of fields) {
    if (m.privacy === 'private' || m.privacy === 'protected') continue;
    if (!m.type?.text) fail(where, `property ${name} has no type`);
    if (m.default !== undefined && !literal(m.default)) fail(where, `property ${name}: default ${m.default} is no value`);
    if (!m.description) fail(where, `property ${name} has no description`);
  }

  // Events.
  for (const e of d.events ?? []) {
    const detail = /^CustomEvent<(\w+)>$/.exec(e.type?.text ?? '')?.[1];
    if (!detail) fail(where, `event ${e.name}: type ${e.type?.text} is not CustomEvent<Detail>`);
    else if (!new RegExp(`\\b${detail}\\b`).test(rootTypes)) fail(where, `event ${e.name}: ${detail} is not exported by the package`);
    if (!code.includes(`"${e.name}"`) && !code.includes(`'${e.name}'`)) fail(where, `event ${e.name} is listed but not in the code`);
  }

  // Custom properties.
  const css = [element.styles].flat(Infinity).map((s) => s.cssText).join('\n');
  const used = usedProperties(css);
  const listed = new Map((d.cssProperties ?? []).map((p) => [p.name, p]));
  for (const name of used) if (!listed.has(name)) fail(where, `its styles read ${name}, which is not listed`);
  for (const [name, p] of listed) {
    if (!used.has(name)) fail(where, `${name} is listed, but its styles do not read it`);
    if (!p.syntax || !p.type?.text) fail(where, `${name} has no syntax`);
    if (!p.description) fail(where, `${name} has no description`);
    if (!p.default) fail(where, `${name} has no default`);
    // --cw-min-block-size: each element reserves its own height while loading (its description says which).
    else if (name !== '--cw-min-block-size' && defaults.has(name) && squash(p.default) !== defaults.get(name)) fail(where, `${name}: default ${p.default}, but the styles fall back to ${defaults.get(name)}`);
  }

  // Descriptions that send a reader into our sources.
  for (const item of [d, ...(d.attributes ?? []), ...(d.members ?? []), ...(d.events ?? []), ...(d.cssProperties ?? []), ...(d.cssParts ?? []), ...(d.slots ?? [])]) {
    if (pointsIntoSources(item.description)) fail(where, `${item.name}: the description points into the sources ("${item.description}")`);
  }
  for (const part of d.cssParts ?? []) if (!part.description) fail(where, `part ${part.name} has no description`);
  for (const slot of d.slots ?? []) if (!slot.description) fail(where, `slot ${slot.name || '(default)'} has no description`);
}

if (problems.length) {
  console.error(`dist/custom-elements.json: ${problems.length} problem(s)\n${problems.map((p) => `  - ${p}`).join('\n')}`);
  process.exit(1);
}
console.log(`dist/custom-elements.json: ${elements.length} elements, valid (schema ${manifest.schemaVersion}, cem-validator) and complete`);
