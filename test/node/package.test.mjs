// The npm package as users get it (after `npm run build`): what `npm pack` puts in, and that the
// packed package works — every export resolves, the CLI validates, nothing a user needs is missing
// and nothing of ours that they do not need (tests, stories, CI, sources) goes along.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { chmodSync, existsSync, mkdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { dirname, join, posix } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('../../', import.meta.url));
const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
const TAGS = ['salary-table', 'career-path', 'profession-quiz', 'career-quiz', 'vacancy-teaser', 'profession-facts', 'profession-tasks', 'profession-workplaces', 'profession-suitability', 'training-contents', 'profession-application', 'profession-page', 'similar-professions', 'profession-finder'];
const npm = (...args) => execFileSync('npm', args, { cwd: root, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });

let files;
before(() => {
  assert.ok(existsSync(join(root, 'dist/index.js')), 'dist/ is missing: run `npm run build` first');
  files = JSON.parse(npm('pack', '--dry-run', '--json'))[0].files.map((f) => f.path).sort();
});

/** Every file an `exports` entry names: [subpath, condition, file]. */
const exportTargets = () =>
  Object.entries(pkg.exports).flatMap(([subpath, target]) =>
    typeof target === 'string' ? [[subpath, 'default', target]] : Object.entries(target).map(([condition, file]) => [subpath, condition, file]),
  );
const rel = (file) => file.replace(/^\.\//, '');
/** A module's text without its comments, whose examples would read as imports. */
const code = (file) => readFileSync(join(root, file), 'utf8').replace(/\/\*[\s\S]*?\*\//g, '').replace(/^\s*\/\/.*$/gm, '');

const SAMPLE_PROFILE = 'profiles/kaufmann-dialogmarketing.json';

test('the package holds dist/, bin/, the profiles, the catalog, README, LICENSE and package.json, and nothing else', () => {
  // profiles/*.json: the sample profile, the catalog, the item bank and the profiles the catalog links (relative to it).
  const outside = files.filter((f) => !f.startsWith('dist/') && !f.startsWith('bin/') && !/^profiles\/[\w-]+\.json$/.test(f) && !['package.json', 'README.md', 'LICENSE'].includes(f));
  assert.deepEqual(outside, []);
  assert.ok(files.includes('LICENSE') && files.includes(SAMPLE_PROFILE) && files.includes('profiles/catalog.json') && files.includes('profiles/finder-items.json'));
  // Every profile the catalog links is shipped beside it.
  const catalog = JSON.parse(readFileSync(join(root, 'profiles/catalog.json'), 'utf8'));
  const linked = catalog.professions.filter((p) => p.profileUrl).map((p) => `profiles/${p.profileUrl}`);
  assert.deepEqual(linked.filter((f) => !files.includes(f)), []);
  const unwanted = files.filter((f) => /(^|\/)(src|test|tests|stories|\.storybook|\.ci|demo|storybook-static|node_modules)\//.test(f) || /\.(tsbuildinfo|tgz)$/.test(f) || /\.test\./.test(f));
  assert.deepEqual(unwanted, []);
});

test('the metadata a registry page and an editor read: license, repository, homepage, bugs, keywords, web-types', () => {
  assert.match(readFileSync(join(root, 'LICENSE'), 'utf8'), /^MIT License\n\nCopyright \(c\) 2026 career-widgets contributors\n/);
  assert.equal(pkg.license, 'MIT');
  assert.match(pkg.repository.url, /^git\+https:\/\/github\.com\/career-widgets\/career-widgets\.git$/);
  assert.match(pkg.homepage, /^https:\/\/github\.com\/career-widgets\/career-widgets/);
  assert.match(pkg.bugs.url, /\/issues$/);
  assert.ok(pkg.keywords.includes('web-components') && pkg.keywords.includes('custom-elements'));
  assert.ok(files.includes(rel(pkg['web-types'])), 'web-types.json is shipped');
});

test('every shipped script has its source map, with the TypeScript inside', () => {
  const scripts = files.filter((f) => f.endsWith('.js') && f.startsWith('dist/'));
  const missing = scripts.filter((f) => !f.startsWith('dist/types/') && !files.includes(`${f}.map`));
  assert.deepEqual(missing, []);
  for (const file of ['dist/salary-table/salary-table.js', 'dist/cdn/salary-table.js', 'dist/cdn/career-widgets.iife.js']) {
    assert.match(readFileSync(join(root, file), 'utf8'), new RegExp(`//# sourceMappingURL=${posix.basename(file)}\\.map\\s*$`), file);
    const map = JSON.parse(readFileSync(join(root, `${file}.map`), 'utf8'));
    const own = map.sources.findIndex((source) => source.endsWith('src/salary-table/salary-table.ts'));
    assert.ok(own >= 0, `${file}.map names src/salary-table/salary-table.ts`);
    assert.match(map.sourcesContent[own], /export class SalaryTable extends ProfileElement/);
  }
});

test('every exports target, the bin, the types and the manifest are in it', () => {
  const missing = exportTargets().filter(([, , file]) => !files.includes(rel(file)));
  assert.deepEqual(missing, []);
  for (const file of [pkg.main, pkg.types, pkg.unpkg, pkg.customElements, ...Object.values(pkg.bin)]) assert.ok(files.includes(rel(file)), file);
  // Each tag: a define entry and a side-effect-free class entry, both typed.
  for (const tag of TAGS) {
    for (const subpath of [`./${tag}`, `./${tag}/class`]) {
      assert.ok(pkg.exports[subpath]?.types && pkg.exports[subpath]?.default, `${subpath} has types and code`);
    }
  }
});

test('the CDN files: the bundle, the classic script, one file per tag, the loader and its chunks', () => {
  const cdn = files.filter((f) => f.startsWith('dist/cdn/') && !f.startsWith('dist/cdn/chunks/') && f.endsWith('.js')); // and each one's .map
  assert.deepEqual(cdn, ['career-widgets.iife.js', 'career-widgets.js', 'career-widgets.loader.js', ...TAGS.map((t) => `${t}.js`)].map((f) => `dist/cdn/${f}`).sort());
  // Every chunk is one the loader names or one a chunk imports: none left from an old build.
  const chunks = files.filter((f) => f.startsWith('dist/cdn/chunks/') && f.endsWith('.js'));
  const reached = new Set();
  const visit = (file) => {
    if (reached.has(file)) return;
    reached.add(file);
    for (const [, spec] of readFileSync(join(root, file), 'utf8').matchAll(/(?:from|import)\s*\(?\s*"(\.\/[^"]+)"/g)) visit(posix.join(posix.dirname(file), spec));
  };
  const loader = readFileSync(join(root, 'dist/cdn/career-widgets.loader.js'), 'utf8');
  for (const [, path] of loader.matchAll(/"(\.\/chunks\/[^"]+\.js)"/g)) visit(posix.join('dist/cdn', path));
  // The quiz's two tags share one chunk (rollup.config.mjs: few, large chunks).
  for (const tag of TAGS) assert.ok(loader.includes(`"${tag}":"./chunks/${tag === 'career-quiz' ? 'profession-quiz' : tag}-`), `the loader names <${tag}>'s chunk`);
  assert.deepEqual(chunks.filter((f) => !reached.has(f)), []);
  assert.deepEqual([...reached].filter((f) => !files.includes(f)), []);
});

test('every module is typed and reachable from an export: no stray file from an old build', () => {
  const modules = files.filter((f) => f.endsWith('.js') && f.startsWith('dist/') && !f.startsWith('dist/cdn/'));
  assert.deepEqual(files.filter((f) => f.endsWith('.map') && !files.includes(f.replace(/\.map$/, ''))), [], 'no map without its script');
  const untyped = modules.filter((f) => !files.includes(f.replace(/\.js$/, '.d.ts')));
  assert.deepEqual(untyped, []);
  // Follow the relative imports from every export.
  const reached = new Set();
  const visit = (file) => {
    if (reached.has(file)) return;
    reached.add(file);
    // Static and dynamic imports (the data layer's bridge is imported when a page uses it).
    for (const [, spec] of code(file).matchAll(/(?:from|import)\s*\(?\s*['"](\.{1,2}\/[^'"]+)['"]/g)) visit(posix.join(posix.dirname(file), spec));
  };
  for (const [, condition, file] of exportTargets()) if (condition === 'default' && file.endsWith('.js')) visit(rel(file));
  assert.deepEqual(modules.filter((f) => !reached.has(f)), []);
  const declarations = files.filter((f) => f.endsWith('.d.ts') && !f.startsWith('dist/types/'));
  assert.deepEqual(declarations.filter((f) => !files.includes(f.replace(/\.d\.ts$/, '.js'))), []);
});

test('sideEffects: the define modules, the root and the CDN files; never a class module', () => {
  const glob = (pattern) => new RegExp(`^${rel(pattern).replace(/[.+?^${}()|[\]\\]/g, '\\$&').replace(/\*/g, '[^/]*')}$`);
  const patterns = pkg.sideEffects.map(glob);
  const effectful = files.filter((f) => patterns.some((p) => p.test(f)));
  const defines = TAGS.map((tag) => rel(pkg.exports[`./${tag}`].default));
  // career-widgets/react registers the tags it wraps, as importing the root does; career-widgets/hydrate patches Lit.
  assert.deepEqual(effectful.filter((f) => !f.startsWith('dist/cdn/')).sort(), ['dist/hydrate.js', 'dist/index.js', 'dist/react/index.js', ...defines].sort());
  for (const tag of TAGS) assert.ok(!effectful.includes(rel(pkg.exports[`./${tag}/class`].default)), `${tag}/class is side-effect free`);
  // Only shipped files: the sources' side effects are in src/package.json (the nearest package.json
  // of a source file, for a bundler of our own sources: Storybook's Vite, esbuild).
  assert.deepEqual(pkg.sideEffects.filter((pattern) => !files.some((f) => glob(pattern).test(f))), [], 'every pattern names a shipped file');
  const sources = JSON.parse(readFileSync(join(root, 'src/package.json'), 'utf8')).sideEffects.map((p) => glob(`./src/${rel(p)}`));
  for (const source of ['src/index.ts', 'src/hydrate.ts', 'src/react/index.ts', 'src/salary-table/define.ts', 'src/profession-quiz/career-quiz.define.ts']) {
    assert.ok(sources.some((p) => p.test(source)), source);
  }
  assert.ok(!sources.some((p) => p.test('src/salary-table/salary-table.ts')), 'a class module stays side-effect free');
});

test('the public types name only the runtime dependencies (a dev dependency such as schema-dts stays out)', () => {
  const allowed = new Set(Object.keys(pkg.dependencies));
  const frameworks = { 'dist/types/react.d.ts': 'react', 'dist/types/preact.d.ts': 'preact', 'dist/types/vue.d.ts': 'vue', 'dist/types/svelte.d.ts': 'svelte/elements' };
  const seen = new Set();
  const bad = [];
  const visit = (file) => {
    if (seen.has(file)) return;
    seen.add(file);
    for (const [, spec] of code(file).matchAll(/(?:from|import)\s*\(?\s*['"]([^'"]+)['"]/g)) {
      if (spec.startsWith('.')) visit(posix.join(posix.dirname(file), spec).replace(/\.js$/, '.d.ts'));
      else if (!allowed.has(spec.split('/').slice(0, spec.startsWith('@') ? 2 : 1).join('/')) && frameworks[file] !== spec) bad.push(`${file}: ${spec}`);
    }
  };
  for (const [, condition, file] of exportTargets()) if (condition === 'types') visit(rel(file));
  assert.deepEqual(bad, []);
  // And no code of it reaches the modules.
  const shipped = files.filter((f) => f.endsWith('.js')).filter((f) => /schema-dts/.test(readFileSync(join(root, f), 'utf8')));
  assert.deepEqual(shipped, []);
});

// -- The packed package, unpacked where an app's node_modules would be --------------------------

const scratch = join(root, 'node_modules/.cache/career-widgets-pack');
const app = join(scratch, 'app');
const installed = join(app, 'node_modules/career-widgets');

before(() => {
  rmSync(scratch, { recursive: true, force: true });
  mkdirSync(installed, { recursive: true });
  const [{ filename }] = JSON.parse(npm('pack', '--json', '--pack-destination', scratch));
  execFileSync('tar', ['-xzf', join(scratch, filename), '-C', installed, '--strip-components=1']);
  // What `npm install` does for a bin; the dependencies resolve from the repo's node_modules above.
  mkdirSync(join(app, 'node_modules/.bin'));
  for (const [name, file] of Object.entries(pkg.bin)) {
    chmodSync(join(installed, file), 0o755);
    symlinkSync(join('..', 'career-widgets', file), join(app, 'node_modules/.bin', name));
  }
});
after(() => rmSync(scratch, { recursive: true, force: true }));

const inApp = (command, args) => {
  try {
    return { code: 0, out: execFileSync(command, args, { cwd: app, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] }) };
  } catch (error) {
    return { code: error.status, out: `${error.stdout}${error.stderr}` };
  }
};

test('`npx career-widgets validate` works from the packed package', () => {
  const good = join(app, 'good.json');
  const bad = join(app, 'bad.json');
  const seed = JSON.parse(readFileSync(join(root, 'profiles/kaufmann-dialogmarketing.json'), 'utf8'));
  writeFileSync(good, JSON.stringify(seed));
  writeFileSync(bad, JSON.stringify({ ...seed, salary: { ...seed.salary, currency: 'euro' } }));
  const ok = inApp('npx', ['--no-install', 'career-widgets', 'validate', 'good.json']);
  assert.equal(ok.code, 0, ok.out);
  assert.match(ok.out, /✓ good\.json/);
  const failed = inApp('npx', ['--no-install', 'career-widgets', 'validate', 'bad.json']);
  assert.equal(failed.code, 1, failed.out);
  assert.match(failed.out, /\$\.salary\.currency \([^)]+\): Must be a three-letter ISO 4217 currency code/);
});

test('in Node, every export resolves through the package name, and the validator and JSON files load', () => {
  const script = join(app, 'check.mjs');
  writeFileSync(
    script,
    `import { existsSync, readFileSync } from 'node:fs';
const exports = ${JSON.stringify(Object.keys(pkg.exports).filter((subpath) => typeof pkg.exports[subpath] === 'string' || pkg.exports[subpath].default))};
for (const subpath of exports) {
  const url = import.meta.resolve(subpath === '.' ? 'career-widgets' : 'career-widgets' + subpath.slice(1));
  if (!existsSync(new URL(url))) throw new Error(subpath + ' resolves to a missing file');
}
const { validateProfile } = await import('career-widgets/validate');
const seed = JSON.parse(readFileSync(${JSON.stringify(join(root, 'profiles/kaufmann-dialogmarketing.json'))}, 'utf8'));
if (!validateProfile(seed).ok) throw new Error('the seed does not validate');
const schema = (await import('career-widgets/profile.schema.json', { with: { type: 'json' } })).default;
const sample = (await import('career-widgets/profiles/kaufmann-dialogmarketing.json', { with: { type: 'json' } })).default;
if (!validateProfile(sample).ok || sample.name !== seed.name) throw new Error('the sample profile does not validate');
const manifest = (await import('career-widgets/custom-elements.json', { with: { type: 'json' } })).default;
const tags = manifest.modules.flatMap((m) => (m.exports ?? []).filter((x) => x.kind === 'custom-element-definition').map((x) => x.name + ' ' + m.path));
console.log(JSON.stringify({ exports: exports.length, schema: schema.$schema, tags }));
`,
  );
  const { code, out } = inApp('node', [script]);
  assert.equal(code, 0, out);
  const result = JSON.parse(out);
  assert.equal(result.schema, 'https://json-schema.org/draft/2020-12/schema');
  // The published manifest points at the shipped modules: each tag at its define module.
  assert.deepEqual(result.tags.sort(), TAGS.map((tag) => `${tag} ${rel(pkg.exports[`./${tag}`].default)}`).sort());
  for (const path of result.tags.map((t) => t.split(' ')[1])) assert.ok(existsSync(join(installed, path)), path);
  assert.ok(existsSync(join(installed, dirname(rel(pkg.customElements)))));
});

test('a bundler (Vite) takes every types entry imported without `type`, and the sample profile', async () => {
  const { build } = await import('vite');
  const entries = Object.keys(pkg.exports).filter((subpath) => subpath.startsWith('./types/'));
  assert.deepEqual(entries.sort(), ['./types/preact', './types/react', './types/solid', './types/svelte', './types/vue']);
  writeFileSync(
    join(app, 'main.js'),
    `${entries.map((subpath) => `import 'career-widgets${subpath.slice(1)}';`).join('\n')}
import profile from 'career-widgets/profiles/kaufmann-dialogmarketing.json';
document.title = profile.name;
`,
  );
  const result = await build({ root: app, logLevel: 'silent', configFile: false, build: { write: false, lib: { entry: join(app, 'main.js'), formats: ['es'], fileName: 'main' } } });
  const code = [result].flat()[0].output[0].code;
  assert.match(code, /Kauffrau für Dialogmarketing|Dialogmarketing/);
  // The types entries are empty modules: nothing of them in the bundle.
  assert.doesNotMatch(code, /Types only/);
});
