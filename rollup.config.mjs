// Every build from one source (`rollup -c`, the first step of `npm run build`):
// - dist/**/*.js: ES modules for npm, one per source file, Lit and valibot left to the user's bundler;
// - dist/cdn/career-widgets.js: one self-contained, minified ES module with every tag;
// - dist/cdn/<tag>.js: one self-contained, minified ES module per tag, for a page that wants one element;
// - dist/cdn/career-widgets.iife.js: every tag as a classic script, for a CMS that cannot add type="module";
// - dist/cdn/career-widgets.loader.js and dist/cdn/chunks/: one script for every tag that imports the
//   chunks of the tags on a page (src/cdn/loader.ts; its build is the last one below).
//
// Measured choices (brotli of dist/cdn/career-widgets.js; `npm run size` prints today's figures):
// - the css`` and html`` literals are minified (@lit-labs/rollup-plugin-minify-html-literals:
//   html-minifier-next + lightningcss) in every build, npm included: −0.9 KB;
// - terser beats esbuild's minifier on the bundled chunk by another −0.4 KB; more terser passes
//   gained < 0.05 KB and cost seconds, so the defaults stay;
// - the per-tag files are self-contained (Lit, valibot and the core inside each): a CDN user adds
//   one script and is done. Two of them on one page carry two copies of Lit and the core; they
//   register different tags, so nothing clashes (and a tag both define is left to the first).
import { readFileSync, rmSync } from 'node:fs';
import { resolve } from 'node:path';
import esbuild from 'rollup-plugin-esbuild';
import { nodeResolve } from '@rollup/plugin-node-resolve';
import terser from '@rollup/plugin-terser';
import MagicString from 'magic-string';
import minifyLiterals from '@lit-labs/rollup-plugin-minify-html-literals';
import { Features } from 'lightningcss';

const { version, dependencies, peerDependencies } = JSON.parse(readFileSync('./package.json', 'utf8'));
const define = { __CW_VERSION__: JSON.stringify(version) };
const external = (id) => [...Object.keys(dependencies), ...Object.keys(peerDependencies)].some((dep) => id === dep || id.startsWith(`${dep}/`));

/** The define module of each tag: `career-widgets/<tag>` on npm, dist/cdn/<tag>.js on a CDN. */
const tags = {
  'salary-table': 'src/salary-table/define.ts',
  'career-path': 'src/career-path/define.ts',
  'profession-quiz': 'src/profession-quiz/define.ts',
  'career-quiz': 'src/profession-quiz/career-quiz.define.ts',
  'vacancy-teaser': 'src/vacancy-teaser/define.ts',
  'profession-facts': 'src/profession-facts/define.ts',
  'profession-tasks': 'src/profession-tasks/define.ts',
  'profession-workplaces': 'src/profession-workplaces/define.ts',
  'profession-suitability': 'src/profession-suitability/define.ts',
  'training-contents': 'src/training-contents/define.ts',
  'profession-application': 'src/profession-application/define.ts',
  'profession-page': 'src/profession-page/define.ts',
  'similar-professions': 'src/similar-professions/define.ts',
  'profession-finder': 'src/profession-finder/define.ts',
};

/**
 * A file that was removed from src/ must not linger in dist/ and so in the package: the first build
 * (npm's; `rollup -c` runs them in order) empties dist/ when it starts, not this file's import, so that
 * scripts that read the configs (scripts/size-what-if.mjs) leave the built files alone.
 */
/** `career-widgets/astro`: the Astro component, shipped as it is (Astro compiles it from node_modules). */
const astroComponent = () => ({
  name: 'career-widgets-astro',
  generateBundle() {
    this.emitFile({ type: 'asset', fileName: 'astro/CareerWidget.astro', source: readFileSync('src/astro/CareerWidget.astro', 'utf8') });
  },
});

const emptyDist = () => ({ name: 'career-widgets-empty-dist', buildStart: () => rmSync('dist', { recursive: true, force: true }) });

/**
 * The oldest browsers we support (README, "Supported browsers": container queries set the floor),
 * for lightningcss: without them it writes `@media (width>=40rem)`, range syntax that Safari before
 * 16.4 does not read.
 */
const cssTargets = { chrome: 105 << 16, firefox: 110 << 16, safari: 16 << 16 };
/** The same for esbuild: it lowers what they lack, e.g. class static blocks (Safari 16.4) for `static styles`. */
const jsTargets = ['es2022', 'chrome105', 'edge105', 'firefox110', 'safari16'];

/** Each source file is minified and transpiled once, however many of the builds below include it. */
const memo = new Map();
const once = (plugin) => ({
  ...plugin,
  transform(code, id) {
    const key = `${plugin.name}\0${id}\0${code}`;
    if (!memo.has(key)) memo.set(key, plugin.transform.call(this, code, id));
    return memo.get(key);
  },
});

// Only our own templates: Lit's files are minified already; src/ssr/ holds no template (only the server's wrapper of one tag).
// light-dark() is left as it is: for these targets lightningcss would replace it with its polyfill,
// which reads color-scheme declarations in our own CSS, while ours comes from the host page
// (src/core/styles.ts has the fallback for browsers without it).
const minifyCSS = { targets: cssTargets, exclude: Features.LightDark };
const literals = () => once(minifyLiterals({ include: ['src/**/*.ts'], exclude: ['src/ssr/**'], failOnError: true, options: { minifyOptions: { minifyCSS } } }));
const transpile = () => once(esbuild({ target: jsTargets, define, tsconfig: 'tsconfig.json' }));
// A classic script is no module: its top-level `var CareerWidgets` is the point, not dead code.
// Every CDN file is pure ASCII (scripts/ascii-templates.mjs says why): terser escapes all but tagged templates.
import { asciiTemplates } from './scripts/ascii-templates.mjs';
const minify = (module) => [terser({ ecma: 2020, module, compress: { passes: 3 }, format: { comments: false, ascii_only: true } }), asciiTemplates()];

const HYDRATE_SUPPORT = '@lit-labs/ssr-client/lit-element-hydrate-support.js';

/**
 * In the files of every tag (career-widgets.js, the classic script) and in the npm build, what the other
 * pages import only when they use it (`import('./x.js')` in src/core: the data layer's bridge) is imported
 * statically: the same module, without the code of an inlined dynamic import (+0.1 KB a file) nor, in an
 * app built with Vite, Vite's preload helper around it (about 0.4 KB with Vite 8: issue 26, round four).
 */
/**
 * A gate and the module it imports when a page needs it (src/core/turns.ts: the render budget's first
 * few renders, then many-elements.ts): where the module is inside anyway, the gate's importers import
 * the module itself, which does all the gate does (−0.4 KB brotli in a file that carries both).
 */
const GATES = { 'src/core/turns.ts': 'src/core/many-elements.ts' };
const lazyInside = () => ({
  name: 'career-widgets-lazy-inside',
  resolveId: {
    order: 'pre',
    handler(source, importer) {
      if (!importer?.startsWith(resolve('src/core')) || !source.startsWith('./')) return null;
      const gate = Object.keys(GATES).find((file) => resolve(file) === resolve(importer, '..', source.replace(/\.js$/, '.ts')));
      // The module itself imports the gate's shared part (turns.ts: the frames measured).
      return gate && resolve(GATES[gate]) !== importer ? resolve(GATES[gate]) : null;
    },
  },
  transform(code, id) {
    if (!id.startsWith(resolve('src/core')) || !/import\(["']\.\//.test(code)) return null;
    const imports = [];
    const out = new MagicString(code);
    for (const match of code.matchAll(/import\(["'](\.\/[\w-]+\.js)["']\)/g)) {
      const name = `__lazy${imports.length}`;
      imports.push(`import * as ${name} from '${match[1]}';`);
      out.overwrite(match.index, match.index + match[0].length, `Promise.resolve(${name})`);
    }
    out.prepend(imports.join('\n') + '\n');
    return { code: out.toString(), map: out.generateMap({ hires: true }) };
  },
});

/** One self-contained CDN file; the classic one also sets `window.CareerWidgets` (the classes, `VERSION`, `validateProfile`). */
const cdn = (name, input, format = 'es') => ({
  input: { [name]: input },
  output: { dir: 'dist/cdn', format, sourcemap: true, ...(format === 'iife' ? { name: 'CareerWidgets' } : {}) },
  plugins: [literals(), nodeResolve(), transpile(), lazyInside(), minify(format === 'es')],
});

/**
 * One tag's file, dist/cdn/<tag>.js: Lit, the core and the element in one file; what only some pages
 * need (PRODUCT.md, "Bytes": the data layer's bridge, the render budget's model for many elements) is a
 * chunk of its own beside it, dist/cdn/chunks/<tag>.<module>-<hash>.js, fetched by the pages that use it.
 * The file itself keeps its code (no facade): the chunks import what they share from it.
 */
const single = (tag, input) => ({
  input: { [tag]: input },
  preserveEntrySignatures: 'allow-extension',
  output: { dir: 'dist/cdn', format: 'es', sourcemap: true, chunkFileNames: `chunks/${tag}.[name]-[hash].js` },
  plugins: [literals(), nodeResolve(), transpile(), minify(true)],
});

// -- The loader and its chunks -----------------------------------------------------------------
// dist/cdn/career-widgets.loader.js imports, for the tags on a page, their chunks from
// dist/cdn/chunks/: few and large, since brotli compresses each file alone (issue 26): one core
// (Lit whole, valibot, src/core and what two of the four main elements share), one per tag (the quiz's
// two tags in one), and the hydration support, fetched only for pre-rendered markup.

const LOADER = '\0career-widgets.loader';
const NO_HYDRATE = '\0no-hydrate';
const HYDRATE = '\0career-widgets.hydrate';
const abs = (file) => JSON.stringify(resolve(file));

/**
 * The loader's entry, its tag table made from `tags` (each tag's chunk as a path relative to the
 * loader, filled in by rollup); and the hydration support kept out of the element chunks.
 */
const loaderEntry = () => ({
  name: 'career-widgets-loader',
  resolveId(id, importer) {
    if (id === LOADER || id === HYDRATE) return id;
    // Were an element's module to import it (core/hydration.ts): in the loader's chunks only the loader does, for pre-rendered markup.
    if (id === HYDRATE_SUPPORT && importer?.startsWith(resolve('src'))) return NO_HYDRATE;
    return null;
  },
  async load(id) {
    if (id === NO_HYDRATE) return '';
    // lit-html is in the core, so LitElement has run (and found no hydration support) before the
    // support loads: it is handed LitElement here, once (the support gives LitElement its own
    // observedAttributes), before any element's chunk runs (the loader waits for this one).
    if (id === HYDRATE)
      return `import ${JSON.stringify(HYDRATE_SUPPORT)};\nimport { LitElement } from 'lit';\nif (!Object.hasOwn(LitElement, 'observedAttributes')) globalThis.litElementHydrateSupport({ LitElement });`;
    if (id !== LOADER) return null;
    const path = async (name, input) => `import.meta.ROLLUP_FILE_URL_${this.emitFile({ type: 'chunk', id: input === HYDRATE ? HYDRATE : (await this.resolve(input)).id, name })}`;
    const table = await Promise.all(Object.entries(tags).map(async ([tag, input]) => `${JSON.stringify(tag)}: ${await path(tag, resolve(input))}`));
    return `import { watch } from ${abs('src/cdn/loader.ts')};\nwatch({ ${table.join(', ')} }, ${await path('hydrate', HYDRATE)}, ${JSON.stringify(FOUR_TAGS)});`;
  },
  // A path relative to the loader: no import.meta, which a classic script cannot read.
  resolveFileUrl: ({ relativePath }) => JSON.stringify(relativePath.startsWith('.') ? relativePath : `./${relativePath}`),
});

/** After the minifier: the loader has no import or export, so it runs as a classic script too, its names kept out of the page's global scope. */
const classicToo = () => ({
  name: 'career-widgets-loader-classic',
  renderChunk(code, chunk) {
    if (chunk.name !== 'career-widgets.loader') return null;
    // Through magic-string, so that the loader's source map still fits the wrapped code.
    const wrapped = new MagicString(code).prepend('(()=>{"use strict";').append('})();\n');
    return { code: wrapped.toString(), map: wrapped.generateMap({ hires: true }) };
  },
});

/** Modules reachable from `from` by static imports. */
const reachable = (from, getModuleInfo) => {
  const seen = new Set();
  const visit = (id) => !seen.has(id) && seen.add(id) && getModuleInfo(id)?.importedIds.forEach(visit);
  from.forEach(visit);
  return seen;
};

/** The four main elements (PRODUCT.md: "a page with the four elements"), and <career-quiz>, the quiz with other defaults. */
export const FOUR_TAGS = ['salary-table', 'career-path', 'profession-quiz', 'career-quiz', 'vacancy-teaser'];
/** The four by their define modules (the quiz's folder is one chunk: <career-quiz> needs no count of its own). */
const FOUR = FOUR_TAGS.filter((tag) => tag !== 'career-quiz').map((tag) => resolve(tags[tag]));

/**
 * The core: Lit, valibot, the base element and every module that two of the four main elements
 * share (the pay, the salary and training schema, JSON-LD), in one file with lit-html. The quiz's
 * folder is one chunk (<career-quiz> is <profession-quiz> with other defaults). The rest, rollup's:
 * each element's own modules in its chunk, a module a few further elements share in a chunk of theirs.
 * Measured (brotli, each file alone; `npm run size`), the four / one salary table: 34.91 KB in 14
 * files / 22.11 KB in 7 before; 33.6 / 21.0 now. Every module of the four in the core: 29.8 / 29.8
 * (a page with one element pays for all four); the core without the shared modules: 34.1 / 21.4.
 */
let graph;
function loaderChunks(id, { getModuleIds, getModuleInfo }) {
  if (!graph) {
    const elements = [...getModuleIds()].filter((m) => getModuleInfo(m).isEntry && m.startsWith(resolve('src')));
    const composite = elements.filter((m) => getModuleInfo(m).importedIds.some((i) => elements.includes(i)));
    const users = new Map();
    const count = (map, element) => reachable([element], getModuleInfo).forEach((m) => map.set(m, (map.get(m) ?? 0) + 1));
    elements.filter((m) => !composite.includes(m)).forEach((element) => count(users, element));
    const fourUsers = new Map();
    FOUR.forEach((element) => count(fourUsers, element));
    graph = { users, fourUsers, every: elements.length - composite.length, all: reachable(elements, getModuleInfo) };
  }
  // The hydration support (reached from no element) keeps a chunk of its own.
  if (!graph.all.has(id)) return undefined;
  if (id.startsWith(resolve('src/profession-quiz'))) return 'profession-quiz';
  // lit-html's directive helpers too (the finder's keyed() and the hydration support import them).
  if ((graph.fourUsers.get(id) ?? 0) >= 2 || /[\\/]node_modules[\\/]lit-html[\\/]directive/.test(id)) return 'core';
  // Every element imports the schema's sections through profile-schema.ts, but each uses its own: rollup places them by use.
  if (id.startsWith(resolve('src/core/schema')) && !id.endsWith('fields.ts')) return undefined;
  if ((graph.users.get(id) ?? 0) === graph.every && (id.includes('/node_modules/') || id.startsWith(resolve('src/core')))) return 'core';
  return undefined;
}

const loader = {
  // The chunks of the tags and of the hydration support are the loader's (its table).
  input: { 'career-widgets.loader': LOADER },
  // A tag's chunk may export more than its entry (the classes profession-page composes): no facade chunk per tag.
  preserveEntrySignatures: 'allow-extension',
  output: {
    dir: 'dist/cdn',
    format: 'es',
    entryFileNames: (chunk) => (chunk.name === 'career-widgets.loader' ? '[name].js' : 'chunks/[name].js'),
    // A tag's chunk and the hydration support's (the loader's table names them) as dist/cdn/<tag>.js is named: by their
    // name alone, so that the table compresses to a few bytes; the chunks they import keep their content's hash.
    chunkFileNames: (chunk) => (chunk.isEntry ? 'chunks/[name].js' : 'chunks/[name]-[hash].js'),
    manualChunks: loaderChunks,
    sourcemap: true,
  },
  plugins: [loaderEntry(), literals(), nodeResolve(), transpile(), minify(true), classicToo()],
};

/**
 * dist/cdn/chunks/four.js: what the loader fetches for a page that shows two or more of the four main
 * elements (or the profession page, which composes them) and was not pre-rendered: Lit, the core and
 * the four in one file (brotli compresses one file far better than nine: issue 26), which defines the
 * four (and <career-quiz>); every further tag is a chunk of its own that imports what it shares from
 * it (`tags`, for the loader). The hydration support is not in it: pre-rendered pages use the chunks above.
 */
const FOUR_ENTRY = '\0career-widgets.four';
const fourEntry = () => ({
  name: 'career-widgets-four',
  resolveId(id, importer) {
    if (id === FOUR_ENTRY) return id;
    if (id === HYDRATE_SUPPORT && importer?.startsWith(resolve('src'))) return NO_HYDRATE;
    return null;
  },
  load(id) {
    if (id === NO_HYDRATE) return '';
    if (id !== FOUR_ENTRY) return null;
    const further = Object.entries(tags).filter(([tag]) => !FOUR_TAGS.includes(tag));
    return (
      FOUR_TAGS.map((tag) => `import ${abs(tags[tag])};`).join('\n') +
      `\nexport const tags = { ${further.map(([tag, input]) => `${JSON.stringify(tag)}: () => import(${abs(input)})`).join(', ')} };`
    );
  },
});
/** A further tag's chunk by its folder (src/profession-facts/define.ts → four-profession-facts-<hash>.js). */
const fourChunkName = ({ moduleIds, name }) => {
  const define = moduleIds.find((id) => id.endsWith('define.ts'));
  return `chunks/four-${define ? define.split(/[\\/]/).at(-2) : name}-[hash].js`;
};
const four = {
  input: { four: FOUR_ENTRY },
  // The further tags' chunks import what they share with the four from four.js itself: no facade in between.
  preserveEntrySignatures: 'allow-extension',
  output: { dir: 'dist/cdn', format: 'es', entryFileNames: 'chunks/[name].js', chunkFileNames: fourChunkName, sourcemap: true },
  plugins: [fourEntry(), literals(), nodeResolve(), transpile(), minify(true)],
};

export default [
  {
    input: ['src/index.ts', 'src/hydrate.ts', 'src/ssr/render-element.ts', 'src/eleventy/index.ts', 'src/vue.ts', 'src/react/wrapper.ts', 'src/react/ssr.ts', 'src/react/nossr.ts', 'src/catalog.ts', ...Object.values(tags)],
    // Source maps (with the sources inside) for the npm modules and the CDN files: a stack trace or a
    // debugger in an app shows our TypeScript.
    output: { dir: 'dist', format: 'es', preserveModules: true, preserveModulesRoot: 'src', sourcemap: true },
    external,
    plugins: [emptyDist(), literals(), transpile(), lazyInside(), astroComponent()],
  },
  cdn('career-widgets', 'src/index.ts'),
  cdn('career-widgets.iife', 'src/index.ts', 'iife'),
  // One tag alone leaves Lit's hydration support out (core/hydration.ts): its define module does not import it.
  ...Object.entries(tags).map(([tag, input]) => single(tag, input)),
  loader,
  four,
];
