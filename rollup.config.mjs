// Two builds from one source:
// - dist/**/*.js: ES modules for npm, one per source file, Lit and valibot left to the user's bundler;
// - dist/cdn/career-widgets.js: one self-contained, minified ES module for a <script type="module"> tag.
import { readFileSync } from 'node:fs';
import esbuild from 'rollup-plugin-esbuild';
import { nodeResolve } from '@rollup/plugin-node-resolve';

const { version, dependencies } = JSON.parse(readFileSync('./package.json', 'utf8'));
const define = { __CW_VERSION__: JSON.stringify(version) };
const external = (id) => Object.keys(dependencies).some((dep) => id === dep || id.startsWith(`${dep}/`));

export default [
  {
    input: ['src/index.ts', 'src/salary-table/define.ts', 'src/vacancy-teaser/define.ts', 'src/career-path/define.ts', 'src/profession-quiz/define.ts', 'src/profession-quiz/career-quiz.define.ts'],
    output: { dir: 'dist', format: 'es', preserveModules: true, preserveModulesRoot: 'src' },
    external,
    plugins: [esbuild({ target: 'es2022', define, tsconfig: 'tsconfig.json' })],
  },
  {
    input: { 'career-widgets': 'src/index.ts' },
    output: { dir: 'dist/cdn', format: 'es' },
    plugins: [nodeResolve(), esbuild({ target: 'es2022', define, minify: true, legalComments: 'none', tsconfig: 'tsconfig.json' })],
  },
];
