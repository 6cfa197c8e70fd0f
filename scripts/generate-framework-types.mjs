// From custom-elements.json (written by `cem analyze`), what frameworks and editors need to know our
// tags, into dist/ (run by `npm run build` after tsc and the analyzer). The manifest-driven generators
// of wc-toolkit / cem-tools write the content; this script only says where each output goes:
// - dist/custom-elements.json       the manifest as published: paths into dist/, each define module
//                                   naming the tag it registers (schema 2.1)
// - dist/types/custom-elements-jsx.d.ts   @wc-toolkit/jsx-types: each element's props and events,
//                                   declared per framework by dist/types/{react,preact,vue,svelte,solid}.d.ts
// - dist/vscode.{html,css}-custom-data.json   custom-element-vs-code-integration
// - dist/web-types.json             custom-element-jet-brains-integration (package.json "web-types")
// test/types/ checks the types against the real React, Preact, Vue and Svelte (`npm run test:types`);
// scripts/check-manifest.mjs checks the manifest (`npm run lint:manifest`).
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { posix } from 'node:path';
import { generateJsxTypes } from '@wc-toolkit/jsx-types';
import { generateVsCodeCustomElementData } from 'custom-element-vs-code-integration';
import { generateJetBrainsWebTypes } from 'custom-element-jet-brains-integration';

const manifest = JSON.parse(readFileSync('custom-elements.json', 'utf8'));
const { name: packageName, version } = JSON.parse(readFileSync('package.json', 'utf8'));
/** The element's section in docs/elements.md on the repository's site (package.json `repository`). */
const { repository } = JSON.parse(readFileSync('package.json', 'utf8'));
const repositoryUrl = String(repository?.url ?? repository ?? '').replace(/^git\+/, '').replace(/\.git$/, '');
if (!/^https:\/\/github\.com\//.test(repositoryUrl)) throw new Error(`package.json repository: a GitHub URL is needed for the docs links, got ${JSON.stringify(repositoryUrl)}`);
const docUrl = (tag) => `${repositoryUrl}/blob/main/docs/elements.md#${tag}`;
/** src/x/y.ts (or /src/x/y.js, as the analyzer writes superclasses) → dist/x/y.js. */
const distPath = (path) => `dist/${path.replace(/^\/?src\//, '').replace(/\.ts$/, '.js')}`;
const isSource = (path) => typeof path === 'string' && /^\/?src\//.test(path);

// -- The published manifest ----------------------------------------------------------------------
const published = JSON.parse(
  JSON.stringify(manifest, (key, value) => ((key === 'path' || key === 'module') && isSource(value) ? distPath(value) : value)),
);
// Schema 2.1: what the analyzer writes fits it (plus `syntax` from custom-elements-manifest.config.mjs).
published.schemaVersion = '2.1.0';
for (const module of published.modules) {
  // A re-export (`export type { Profile } from '../core/profile-schema.js'`) names its module relative to this one.
  for (const x of module.exports ?? []) {
    const from = x.declaration?.module;
    if (from?.startsWith('.')) x.declaration.module = posix.join(posix.dirname(module.path), from);
  }
  // The analyzer reads `customElements.define(tag, element)` inside defineElement as a definition of
  // a tag named "tag": drop it.
  module.exports = module.exports?.filter((x) => x.kind !== 'custom-element-definition' || x.name !== 'tag');
  // The abstract bases (ProfileElement, ProfileSection) extend LitElement but are no elements: no tag.
  for (const d of module.declarations ?? []) if (d.customElement && !d.tagName) delete d.customElement;
}
const elements = published.modules.flatMap((module) =>
  (module.declarations ?? []).filter((d) => d.customElement && d.tagName).map((d) => ({ tag: d.tagName, className: d.name, module: module.path })),
);
if (elements.length === 0) throw new Error('custom-elements.json lists no custom elements: run `cem analyze` first');
// Our `defineElement` is no `customElements.define` the analyzer sees: each define module re-exports
// the class it registers, and that is the definition of its tag.
for (const module of published.modules.filter((m) => m.path.endsWith('define.js'))) {
  for (const x of [...(module.exports ?? [])]) {
    const element = elements.find((e) => e.className === x.name);
    if (!element) continue;
    x.declaration = { name: element.className, module: element.module };
    module.exports.push({ kind: 'custom-element-definition', name: element.tag, declaration: x.declaration });
  }
}
const defined = published.modules.flatMap((m) => (m.exports ?? []).filter((x) => x.kind === 'custom-element-definition'));
if (defined.length !== elements.length) throw new Error(`found the define module of ${defined.length} of ${elements.length} tags`);

mkdirSync('dist/types', { recursive: true });
mkdirSync('dist/react', { recursive: true });
writeFileSync('dist/custom-elements.json', JSON.stringify(published, null, 2) + '\n');

// -- Generated from it ---------------------------------------------------------------------------
// The generators change what they are given (they add fields): each gets its own copy.
const copy = () => structuredClone(published);
const quiet = { hideLogs: true };
/** The class module of an element, relative to dist/types/. */
const classModule = (tag) => `../${elements.find((e) => e.tag === tag).module.replace(/^dist\//, '')}`;
const header = `// Generated by scripts/generate-framework-types.mjs from custom-elements.json (${packageName} ${version}). Do not edit.\n`;

// @wc-toolkit/jsx-types writes, per element, `<Class>Props`: its attributes and properties typed as
// the class has them, and `on<event-name>` handlers with the event's detail. React 19, Preact and
// Svelte 5 all take exactly these names on a custom element; each framework file below adds the
// framework's own HTML attributes (its `ref`, `style`, `key`, …) and declares the tags.
// (The generator's own declarations, at the end of its file, replace React's attributes with a
// generic set, refusing a React ref object, and name a dozen frameworks, which fails to compile
// where one is not installed: they are left out. custom-element-svelte-integration writes Svelte 4
// `on:`/`bind:` names; custom-element-vuejs-integration imports a detail type once per element,
// twice over; so Vue and Svelte are declared from the same `<Class>Props`.)
const jsx = generateJsxTypes(copy(), { fileName: null, stronglyTypedEvents: true, componentTypePath: (_name, tag) => classModule(tag) });
const cut = jsx.indexOf("\ndeclare module 'react' {");
if (cut < 0) throw new Error('@wc-toolkit/jsx-types: its output changed (no "declare module \'react\'" block to leave out)');
writeFileSync('dist/types/custom-elements-jsx.d.ts', header + htmlAttributeTypes(jsx.slice(0, cut)).trim() + '\n');

/**
 * What the generator writes, corrected to what HTML gives an element:
 * - an attribute with no property (`data-layer`) became `"data-layer"?: unknown` and a property
 *   literally named `"undefined"`: it is a string, and there is no such property;
 * - a number attribute (`heading-level`, `timeout`, `limit`) is typed as its property (`number`),
 *   but HTML writes `heading-level="3"`, and the element parses the string (core/number-attribute.ts):
 *   it also takes a string that is a number. The camelCase property stays `number`.
 * Each rewrite must find what it rewrites, so that a change of the generator's output fails the build.
 */
function htmlAttributeTypes(text) {
  const done = new Set();
  const rewrite = (from, to) => {
    if (done.has(from)) return; // the same attribute of another element, rewritten with the first
    done.add(from);
    if (!text.includes(from)) throw new Error(`@wc-toolkit/jsx-types: its output changed (no ${from})`);
    text = text.split(from).join(to);
  };
  // The doc comment and the line of each "undefined" property (and Solid's "prop:undefined").
  const before = text.length;
  text = text.replace(/\n[ \t]*\/\*\*(?:(?!\*\/)[^])*\*\/\n[ \t]*"(?:prop:)?undefined"\?: unknown \| undefined;/g, '');
  if (text.length === before || /"(?:prop:)?undefined"\?:/.test(text)) throw new Error('@wc-toolkit/jsx-types: its "undefined" properties changed');
  for (const d of published.modules.flatMap((m) => m.declarations ?? []).filter((d) => d.tagName)) {
    for (const a of d.attributes ?? []) {
      if (!a.fieldName) {
        for (const key of [`"${a.name}"`, `"attr:${a.name}"`]) rewrite(`${key}?: unknown | undefined;`, `${key}?: ${a.type?.text ?? 'string'} | undefined;`);
        continue;
      }
      const property = d.members?.find((m) => m.name === a.fieldName);
      if (property?.type?.text !== 'number') continue;
      const type = `${d.name}['${a.fieldName}']`;
      for (const key of [`"${a.name}"`, `"${a.fieldName === a.name ? 'prop' : 'attr'}:${a.name}"`]) {
        // The whole props block of this element only: the same attribute in another element is another type.
        rewrite(`${key}?: ${type} | undefined;`, `${key}?: ${type} | \`\${number}\` | undefined;`);
      }
    }
  }
  return text;
}

const propsImport = `import type { ${elements.map((e) => `${e.className}Props`).join(', ')} } from './custom-elements-jsx.js';`;
/** One line per tag: `'salary-table': <type of SalaryTable's props, its class>;`. */
const entries = (indent, type) => elements.map((e) => `${indent}'${e.tag}': ${type(`${e.className}Props`, `HTMLElementTagNameMap['${e.tag}']`)};`).join('\n');
const frameworks = {
  // React 19 sets a prop as a property when the element has one, else as an attribute; `class` passes through.
  // `style={{ '--cw-color-accent': … }}` takes our custom properties.
  react: `import type { DetailedHTMLProps, HTMLAttributes } from 'react';
import type { CustomCssProperties } from './custom-elements-jsx.js';
${propsImport}

declare module 'react' {
  namespace JSX {
    interface IntrinsicElements {
${entries('      ', (props, el) => `${props} & DetailedHTMLProps<HTMLAttributes<${el}>, ${el}> & { class?: string }`)}
    }
  }
  interface CSSProperties extends CustomCssProperties {}
}
`,
  preact: `import type { HTMLAttributes } from 'preact';
${propsImport}

declare module 'preact' {
  namespace JSX {
    interface IntrinsicElements {
${entries('      ', (props, el) => `${props} & HTMLAttributes<${el}>`)}
    }
  }
}
`,
  // Svelte 5 (svelte-check): svelteHTML is global; `onprofile-load={…}` listens to `profile-load`.
  // (Renamed: inside svelteHTML, `HTMLAttributes` would be svelteHTML's own, a different type.)
  svelte: `import type { HTMLAttributes as SvelteHTMLAttributes } from 'svelte/elements';
${propsImport}

declare global {
  namespace svelteHTML {
    interface IntrinsicElements {
${entries('      ', (props, el) => `${props} & SvelteHTMLAttributes<${el}>`)}
    }
  }
}
`,
  // Vue templates (Volar, vue-tsc): `@profile-load` is the prop `onProfileLoad`, `:heading-level` is `headingLevel`.
  vue: `import type { DefineComponent } from 'vue';
${propsImport}

type Camel<S extends string> = S extends \`\${infer A}-\${infer B}\` ? \`\${A}\${Capitalize<Camel<B>>}\` : S;
/** An element's props as Vue names them: kebab-case attributes in camelCase, \`onprofile-load\` as \`onProfileLoad\`. */
type VueProps<P> = { [K in keyof P as K extends \`on\${infer E}\` ? (E extends \`\${string}-\${string}\` ? \`on\${Capitalize<Camel<E>>}\` : K) : K extends string ? Camel<K> : K]: P[K] };

declare module 'vue' {
  interface GlobalComponents {
${entries('    ', (props) => `DefineComponent<VueProps<${props}>>`)}
  }
}
`,
  // SolidJS: `attr:`, `prop:`, `bool:` and `on:` names, as the generator writes them for Solid. Its JSX
  // namespace is declared in solid-js/jsx-runtime ('solid-js' re-exports it, which augments nothing).
  solid: `import type { CustomElementsSolidJs } from './custom-elements-jsx.js';

declare module 'solid-js/jsx-runtime' {
  namespace JSX {
    interface IntrinsicElements extends CustomElementsSolidJs {}
  }
}
`,
};
for (const [name, text] of Object.entries(frameworks)) {
  writeFileSync(`dist/types/${name}.d.ts`, header + text);
  // A types-only subpath still gets a module, so that `import 'career-widgets/types/react'` (without
  // `type`) resolves in a bundler (Vite) instead of failing; it is empty and has no side effects.
  writeFileSync(`dist/types/${name}.js`, '// Types only: see the .d.ts beside this file.\nexport {};\n');
}

// -- React wrappers: dist/react/<tag>.js and .d.ts, one per tag, and dist/react/index.js ----------
// Written here, not by rollup: each is a few lines over src/react/wrapper.ts, and so the
// `'use client'` directive stays the first statement (rollup drops module-level directives).
const declarationOf = (tag) => published.modules.flatMap((m) => m.declarations ?? []).find((d) => d.tagName === tag);
const defineModuleOf = (tag) => published.modules.find((m) => (m.exports ?? []).some((x) => x.kind === 'custom-element-definition' && x.name === tag)).path;
const pascal = (name) => name.replace(/(^|-)([a-z])/g, (_m, _d, c) => c.toUpperCase());
/** The element's own properties a React user sets: public, writable fields (not `settled`, a getter). */
const reactProperties = (d) =>
  (d.members ?? []).filter((m) => m.kind === 'field' && m.privacy === 'public' && !m.static && !m.readonly).map((m) => m.name);
const summaryOf = (d) => (d.summary ?? d.description ?? '').split('\n')[0];
const reactHeader = `// Generated by scripts/generate-framework-types.mjs from custom-elements.json (${packageName} ${version}). Do not edit.\n`;
const wrappers = [];
for (const { tag, className, module } of elements) {
  const d = declarationOf(tag);
  const name = className;
  const props = reactProperties(d);
  const attributeOf = (prop) => d.attributes?.find((a) => a.fieldName === prop)?.name ?? null;
  const events = Object.fromEntries((d.events ?? []).filter((e) => e.name).map((e) => [`on${pascal(e.name)}`, e.name]));
  if (!props.includes('profile') && !props.includes('catalogData')) throw new Error(`<${tag}>: no profile property in the manifest`);
  const from = (path) => `..${path.replace(/^dist/, '')}`;
  writeFileSync(
    `dist/react/${tag}.js`,
    `'use client';\n${reactHeader}` +
      `// Lit's hydration support first (before Lit): the element takes over the server's shadow DOM.\n` +
      `import '../hydrate.js';\n` +
      `import '${from(defineModuleOf(tag))}';\n` +
      `import { createWrapper } from './wrapper.js';\n` +
      `import { serverRender } from '#react-server-render';\n\n` +
      `/** <${tag}> for React: ${d.summary ?? ''} */\n` +
      `export const ${name} = /* @__PURE__ */ createWrapper(${JSON.stringify(name)}, ${JSON.stringify(tag)}, ${JSON.stringify(Object.fromEntries(props.map((p) => [p, attributeOf(p)])))}, ${JSON.stringify(events)}, serverRender);\n`,
  );
  writeFileSync(
    `dist/react/${tag}.d.ts`,
    reactHeader +
      `import type { ${className} as ${className}Element } from '${from(module)}';\n` +
      `import type { CareerWidgetEvent } from '../core/events.js';\n` +
      `import type { WrapperComponent } from './wrapper.js';\n\n` +
      `/** <${tag}> for React: ${d.summary ?? ''} Events as props: ${Object.keys(events).join(', ')}. */\n` +
      `export declare const ${name}: WrapperComponent<${className}Element, ${props.map((p) => `'${p}'`).join(' | ')}, {\n` +
      Object.entries(events).map(([prop, type]) => `  ${prop}: CareerWidgetEvent<'${type}'>;\n`).join('') +
      `}>;\n`,
  );
  wrappers.push({ tag, name });
}
// Each wrapper is its own export (package.json lists them: a tag added needs its lines there too).
const { exports: packageExports } = JSON.parse(readFileSync('package.json', 'utf8'));
const unexported = wrappers.filter(({ tag }) => packageExports[`./react/${tag}`]?.default !== `./dist/react/${tag}.js`).map(({ tag }) => `./react/${tag}`);
if (unexported.length) throw new Error(`package.json exports: add ${unexported.join(', ')} (and typesVersions), the React wrapper of each tag`);
const barrel = wrappers.map(({ tag, name }) => `export { ${name} } from './${tag}.js';\n`).join('');
writeFileSync('dist/react/index.js', `'use client';\n${reactHeader}// Every wrapper, and so every tag; \`career-widgets/react/<tag>\` registers one.\n${barrel}`);
writeFileSync('dist/react/index.d.ts', `${reactHeader}${barrel}export type { WrapperProps, WrapperComponent } from './wrapper.js';\n`);

generateVsCodeCustomElementData(copy(), { ...quiet, outdir: 'dist', htmlFileName: 'vscode.html-custom-data.json', cssFileName: 'vscode.css-custom-data.json' });
// The CSS data lists a custom property and a part once per element that has it (`--cw-color-accent`
// twelve times in VS Code's completion): once each, with what it does in each element.
const cssData = JSON.parse(readFileSync('dist/vscode.css-custom-data.json', 'utf8'));
const uses = (kind, key) => {
  const all = new Map();
  for (const d of published.modules.flatMap((m) => m.declarations ?? []).filter((d) => d.tagName)) {
    for (const item of d[kind] ?? []) all.set(key(item.name), [...(all.get(key(item.name)) ?? []), `\`<${d.tagName}>\`: ${item.description}`]);
  }
  return all;
};
const once = (list, descriptions) =>
  [...new Map(list.map((entry) => [entry.name, { ...entry, description: descriptions.has(entry.name) ? { kind: 'markdown', value: descriptions.get(entry.name).join('\n\n') } : entry.description }])).values()];
cssData.properties = once(cssData.properties, uses('cssProperties', (name) => name));
cssData.pseudoElements = once(cssData.pseudoElements, uses('cssParts', (name) => `::part(${name})`));
writeFileSync('dist/vscode.css-custom-data.json', JSON.stringify(cssData, null, 2) + '\n');

// Boolean attributes (`shuffle`, `structured-data`) take no value: VS Code's `valueSet: "v"`.
const htmlData = JSON.parse(readFileSync('dist/vscode.html-custom-data.json', 'utf8'));
for (const tag of htmlData.tags) {
  const d = declarationOf(tag.name);
  for (const attribute of tag.attributes ?? []) {
    const a = d.attributes?.find((x) => x.name === attribute.name);
    if (a?.type?.text?.replace(/\s*\|\s*undefined/, '') === 'boolean') {
      delete attribute.values;
      attribute.valueSet = 'v';
    }
  }
  tag.references = [{ name: 'Documentation', url: docUrl(tag.name) }];
}
writeFileSync('dist/vscode.html-custom-data.json', JSON.stringify(htmlData, null, 2) + '\n');

generateJetBrainsWebTypes(copy(), { ...quiet, outdir: 'dist', webTypesFileName: 'web-types.json', packageJson: false });
// Each element with its own CSS parts and custom properties (the generator writes one list of all of
// them, each once per element that has it, with no owner) and a link to its section of the docs.
const webTypes = JSON.parse(readFileSync('dist/web-types.json', 'utf8'));
for (const element of webTypes.contributions.html.elements) {
  const d = declarationOf(element.name);
  element['doc-url'] = docUrl(element.name);
  element.css = {
    properties: (d.cssProperties ?? []).map((p) => ({ name: p.name, description: p.description, ...(p.default ? { default: p.default } : {}) })),
    parts: (d.cssParts ?? []).map((p) => ({ name: p.name, description: p.description })),
  };
  for (const attribute of element.attributes ?? []) {
    const a = d.attributes?.find((x) => x.name === attribute.name);
    if (a?.type?.text?.replace(/\s*\|\s*undefined/, '') === 'boolean') attribute.value = { ...attribute.value, kind: 'no-value' };
  }
}
delete webTypes.contributions.css;
writeFileSync('dist/web-types.json', JSON.stringify(webTypes, null, 2) + '\n');

console.log(`manifest, framework types and editor data for ${elements.map((e) => `<${e.tag}>`).join(', ')}`);
