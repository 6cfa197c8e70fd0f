// The React wrappers in an app's bundles, built with Vite as an app would (issue 24): a client
// bundle with one wrapper carries neither @lit-labs/ssr nor any other tag, and keeps the
// 'use client' directive of the wrapper; a server (SSR) bundle does carry @lit-labs/ssr (so the
// first check can fail). Needs `npm run build`. The bytes are printed for docs/frameworks.md.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { brotliCompressSync } from 'node:zlib';
import { build } from 'vite';

const root = fileURLToPath(new URL('../../', import.meta.url));

/** Builds `entry` in a temp app whose node_modules/career-widgets is this repo; returns the output's module ids and code. */
async function bundle(entry, ssr) {
  const app = mkdtempSync(join(tmpdir(), 'cw-react-bundle-'));
  try {
    mkdirSync(join(app, 'node_modules'));
    symlinkSync(root, join(app, 'node_modules/career-widgets'), 'dir');
    symlinkSync(join(root, 'node_modules/react'), join(app, 'node_modules/react'), 'dir');
    // An app has a package.json: without one, Vite 8's resolver finds no package in node_modules.
    writeFileSync(join(app, 'package.json'), '{ "name": "app", "private": true, "type": "module" }');
    writeFileSync(join(app, 'entry.js'), entry);
    const output = await build({
      root: app,
      logLevel: 'silent',
      configFile: false,
      define: { 'process.env.NODE_ENV': '"production"' },
      build: { write: false, minify: !ssr, ssr: ssr ? 'entry.js' : false, rollupOptions: ssr ? {} : { input: join(app, 'entry.js') } },
      ssr: { noExternal: true },
    });
    const chunks = (Array.isArray(output) ? output : [output]).flatMap((o) => o.output).filter((c) => c.type === 'chunk');
    return { ids: chunks.flatMap((c) => Object.keys(c.modules)), code: chunks.map((c) => c.code).join('\n') };
  } finally {
    rmSync(app, { recursive: true, force: true });
  }
}

// Used in a side effect: an app build drops what its entry only exports.
const entry = `import { createElement } from 'react';
import { SalaryTable } from 'career-widgets/react/salary-table';
globalThis.app = (profile) => createElement(SalaryTable, { profile, onProfileLoad: (event) => console.log(event.detail.profile.name) });
`;
const from = (ids, pkg) => ids.filter((id) => id.includes(`/node_modules/${pkg}/`));

test('a client bundle with one React wrapper: no @lit-labs/ssr, no other tag', async () => {
  const { ids, code } = await bundle(entry, false);
  // (Its server half is the empty nossr.js, whose `undefined` rollup inlines.)
  assert.ok(ids.some((id) => id.endsWith('/dist/react/wrapper.js')), 'the wrapper is in the bundle');
  assert.deepEqual(from(ids, '@lit-labs/ssr'), [], 'no module of @lit-labs/ssr');
  assert.deepEqual(ids.filter((id) => /\/src\/ssr\/|\/dist\/ssr\/|\/react\/ssr\.js/.test(id)), []);
  const elements = ids.filter((id) => /\/dist\/[a-z-]+\/([a-z-]+\.)?define\.js$/.test(id)).map((id) => id.split('/').at(-2)).filter((dir) => dir !== 'core');
  assert.deepEqual(elements, ['salary-table'], 'the define module of its tag only');
  console.log(`# a Vite client bundle of one wrapper (react included): ${(brotliCompressSync(code).length / 1024).toFixed(1)} KB brotli`);
});

test('the server bundle of the same app renders with @lit-labs/ssr', async () => {
  const { ids } = await bundle(entry, true);
  assert.ok(from(ids, '@lit-labs/ssr').length > 0, 'the SSR build reaches @lit-labs/ssr');
});

test("each wrapper module starts with 'use client'", () => {
  const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
  const manifest = JSON.parse(readFileSync(join(root, 'dist/custom-elements.json'), 'utf8'));
  const tags = manifest.modules.flatMap((m) => m.declarations ?? []).filter((d) => d.tagName).map((d) => d.tagName);
  assert.ok(tags.length >= 14);
  for (const tag of tags) assert.equal(pkg.exports[`./react/${tag}`]?.default, `./dist/react/${tag}.js`, `career-widgets/react/${tag} is exported`);
  for (const file of [...tags, 'index']) assert.match(readFileSync(join(root, `dist/react/${file}.js`), 'utf8'), /^'use client';\n/, file);
});
