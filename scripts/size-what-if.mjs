// `npm run size:what-if [tag…]` (after `npm run build`): what a self-contained tag file would weigh
// without each part of what it carries, to weigh a feature against issue 15's aim (12.5 KB brotli for
// a page with one element). Each part's modules are replaced by an empty stand-in and the file is built
// as rollup.config.mjs builds it, minifier included; the difference is the part's cost in that file.
// The stand-ins do not run: these files are measured, never shipped.
import { rollup } from 'rollup';
import { resolve } from 'node:path';
import { litAloneSizes, sizes } from './size.mjs';

const PARTS = {
  'reading format 1 (migrate.ts, profile-schema-v1.ts)': ['src/core/migrate.ts', 'src/core/profile-schema-v1.ts'],
  'structured data (json-ld.ts, schema-org.ts)': ['src/core/json-ld.ts', 'src/core/schema-org.ts'],
  "replacing the server's markup (hydration.ts)": ['src/core/hydration.ts'],
  'the render budget for many elements (many-elements.ts)': ['src/core/many-elements.ts'],
  'events and the data layer (events.ts, privacy.ts)': ['src/core/events.ts', 'src/core/privacy.ts'],
  'the streamed read with its byte limit (read-limited.ts)': ['src/core/read-limited.ts'],
  'validation: valibot, the schema and the readers': ['valibot', 'src/core/schema/', 'src/core/check.ts', 'src/core/read-profile.ts', 'src/core/migrate.ts', 'src/core/profile-schema-v1.ts', 'src/core/profile-schema.ts'],
};

const configs = (await import('../rollup.config.mjs')).default;
const tags = process.argv.slice(2).length ? process.argv.slice(2) : ['salary-table', 'career-path'];

/** Brotli bytes of `tag`'s self-contained file with the modules of `part` stood in for. */
async function without(tag, part = []) {
  const config = configs.find((c) => c.input?.[tag] && c.output?.dir === 'dist/cdn' && c.output.format === 'es');
  if (!config) throw new Error(`no self-contained file for <${tag}> in rollup.config.mjs`);
  const inPart = (id) => part.some((m) => (m.startsWith('src/') ? id.startsWith(resolve(m)) : id.includes(`/node_modules/${m}/`)));
  // Any name imported from a stand-in is a function that does nothing.
  const standIn = { name: 'stand-in', load: (id) => (inPart(id) ? { code: 'export default new Proxy({}, { get: () => () => {} });', syntheticNamedExports: true } : null) };
  const bundle = await rollup({ input: config.input, plugins: [standIn, ...config.plugins], onwarn() {} });
  const { output } = await bundle.generate({ format: 'es' });
  return sizes(output[0].code).brotli;
}

const kb = (bytes) => `${(bytes / 1024).toFixed(2)} KB`;
const saved = (bytes) => (Math.abs(bytes) < 10 ? '±0.00 KB' : `${bytes > 0 ? '−' : '+'}${kb(Math.abs(bytes))}`);
const every = [...new Set(Object.values(PARTS).flat())];
const lit = (await litAloneSizes()).brotli;
for (const tag of tags) {
  const whole = await without(tag);
  console.log(`dist/cdn/${tag}.js: ${kb(whole)} brotli (the aim for a page with one element: 12.5 KB)`);
  for (const [name, part] of Object.entries(PARTS)) console.log(`  without ${name.padEnd(58)} ${saved(whole - (await without(tag, part)))}`);
  const rest = await without(tag, every);
  console.log(`  without all of them: ${kb(rest)}, of which Lit alone is ${kb(lit)}`);
}
