// Every build from one source (`rollup -c`, the first step of `npm run build`):
// - dist/**/*.js: ES modules for npm, one per source file, Lit and valibot left to the user's bundler;
// - dist/cdn/career-widgets.js: one self-contained, minified ES module with every tag;
// - dist/cdn/<tag>.js: one self-contained, minified ES module per tag, for a page that wants one element;
// - dist/cdn/career-widgets.iife.js: every tag as a classic script, for a CMS that cannot add type="module".
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
import esbuild from 'rollup-plugin-esbuild';
import { nodeResolve } from '@rollup/plugin-node-resolve';
import terser from '@rollup/plugin-terser';
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
};

// A file that was removed from src/ must not linger in dist/ and so in the package.
rmSync('dist', { recursive: true, force: true });

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
const minify = (module) => terser({ ecma: 2020, module, format: { comments: false } });

/** One self-contained CDN file; the classic one also sets `window.CareerWidgets` (the classes, `VERSION`, `validateProfile`). */
const cdn = (name, input, format = 'es') => ({
  input: { [name]: input },
  output: { dir: 'dist/cdn', format, sourcemap: true, ...(format === 'iife' ? { name: 'CareerWidgets' } : {}) },
  plugins: [literals(), nodeResolve(), transpile(), minify(format === 'es')],
});

export default [
  {
    input: ['src/index.ts', 'src/ssr/render-element.ts', 'src/react/index.ts', ...Object.values(tags)],
    // Source maps (with the sources inside) for the npm modules and the CDN files: a stack trace or a
    // debugger in an app shows our TypeScript.
    output: { dir: 'dist', format: 'es', preserveModules: true, preserveModulesRoot: 'src', sourcemap: true },
    external,
    plugins: [literals(), transpile()],
  },
  cdn('career-widgets', 'src/index.ts'),
  cdn('career-widgets.iife', 'src/index.ts', 'iife'),
  ...Object.entries(tags).map(([tag, input]) => cdn(tag, input)),
];
