// Prints the raw, gzip and brotli size of every CDN file. `--deps` also builds
// Lit alone and each runtime dependency with the same minifier, so what each
// one adds to the bundle is visible.
import { readFileSync, readdirSync } from 'node:fs';
import { gzipSync, brotliCompressSync, constants } from 'node:zlib';
import { build } from 'esbuild';

const kb = (n) => `${(n / 1024).toFixed(2)} KB`;
export function sizes(code) {
  const buffer = Buffer.from(code);
  return {
    min: buffer.length,
    gzip: gzipSync(buffer, { level: 9 }).length,
    brotli: brotliCompressSync(buffer, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length,
  };
}
const row = (name, s) => console.log(`${name.padEnd(44)} ${kb(s.min).padStart(10)} ${kb(s.gzip).padStart(10)} ${kb(s.brotli).padStart(10)}`);

console.log(`${'file'.padEnd(44)} ${'minified'.padStart(10)} ${'gzip'.padStart(10)} ${'brotli'.padStart(10)}`);
for (const file of readdirSync('dist/cdn').filter((f) => f.endsWith('.js')).sort()) {
  row(`dist/cdn/${file}`, sizes(readFileSync(`dist/cdn/${file}`)));
}

if (process.argv.includes('--deps')) {
  console.log('\nruntime dependencies (what each adds on top of Lit):');
  const bundle = async (contents) =>
    (await build({ stdin: { contents, resolveDir: process.cwd(), loader: 'ts' }, bundle: true, minify: true, format: 'esm', write: false, target: 'es2022', legalComments: 'none' })).outputFiles[0].text;
  const lit = `export { LitElement, html, svg, css, nothing } from 'lit'; export { property, state } from 'lit/decorators.js';`;
  const base = sizes(await bundle(lit));
  row('lit alone (LitElement, html, svg, decorators)', base);
  // Each dependency is measured on top of Lit, as it sits in our bundle.
  const deps = {
    '+ @lit/task': `${lit} export { Task } from '@lit/task';`,
    '+ valibot with our profile schema': `${lit} export { validateProfile } from './src/core/validate.ts';`,
  };
  for (const [name, code] of Object.entries(deps)) {
    const s = sizes(await bundle(code));
    row(name, { min: s.min - base.min, gzip: s.gzip - base.gzip, brotli: s.brotli - base.brotli });
  }
}
