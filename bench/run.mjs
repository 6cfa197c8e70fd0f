#!/usr/bin/env node
// `npm run bench` (after `npm run build`): bytes, first render, layout shift and memory of the
// elements in one headless Chromium (the system's; nothing is downloaded), printed as one
// Markdown report and written to bench/RESULTS.md. See bench/README.md for what each figure means.
//
//   node bench/run.mjs [--samples 30] [--repeats 2] [--only bytes,render,cls,memory | --only prerender]
//                      [--baseline file.js] [--profile] [--out bench/RESULTS.md | --no-write]
//
// --baseline file.js  adds "ours" pages that load another build of the bundle (say, a copy of
//                     dist/cdn/career-widgets.js from before a change), interleaved with the rest:
//                     a before/after comparison under the same machine noise.
// --only prerender    only the pre-rendered page (issue 14) and what it is compared with: first
//                     render and LCP of it, the client-only page and the static twin; the quiz's
//                     answer; the CLS of the pre-rendered article.
// --profile           also traces visits of the four-element page, client-only and pre-rendered, with an
//                     unminified bundle built from src/, and prints where the main thread's time goes.
import { readFileSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, totalmem, type, release } from 'node:os';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { build } from 'esbuild';
import { readFiles } from './lib/files.mjs';
import { startServer } from './lib/server.mjs';
import { launch, VIEWPORT } from './lib/browser.mjs';
import { measureBytes } from './bytes.mjs';
import { buildPages, measureFirstRender, VARIANTS } from './first-render.mjs';
import { buildArticlePages, measureHeights, measureLayoutShift, PRERENDERED_CLS_VARIANTS, VIEWPORTS } from './layout-shift.mjs';
import { renderPrerendered } from './prerender.mjs';
import { buildMemoryPages, measureMemory } from './memory.mjs';
import { esbuildModules, traceVisit } from './lib/trace.mjs';
import { report } from './report.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));
const { values: args } = parseArgs({
  options: {
    samples: { type: 'string', default: '30' },
    repeats: { type: 'string', default: '2' },
    only: { type: 'string', default: 'bytes,render,cls,memory' },
    baseline: { type: 'string' },
    profile: { type: 'boolean', default: false },
    out: { type: 'string', default: 'bench/RESULTS.md' },
    'no-write': { type: 'boolean', default: false },
  },
});
const only = new Set(args.only.split(','));
const samples = Number(args.samples);
const repeats = Number(args.repeats);
const started = Date.now();
const log = (line) => process.stderr.write(`  ${((Date.now() - started) / 1000).toFixed(0).padStart(4)} s  ${line}\n`);

const BUNDLE = '/dist/cdn/career-widgets.js';
const { files, cdnFiles } = readFiles(root);
const server = await startServer(files);
const { browser, version } = await launch();
const results = {
  machine: {
    date: new Date().toISOString().replace(/\.\d+Z$/, 'Z'),
    cpu: cpus()[0]?.model ?? 'unknown',
    cores: cpus().length,
    memory: totalmem(),
    os: `${type()} ${release()}`,
    node: process.version,
    chromium: version,
    loadBefore: loadavg(),
  },
  settings: { samples, repeats, viewport: VIEWPORT, clsViewports: VIEWPORTS },
};

try {
  if (only.has('bytes')) {
    results.bytes = await measureBytes(files, cdnFiles);
    log('bytes measured');
  }

  // Every page is built first: the static and iframe ones from our own rendered output, the
  // pre-rendered ones by renderElement (dist/ssr/render-element.js).
  const prerendered = await renderPrerendered(files);
  const variants = only.has('render') ? [...VARIANTS] : VARIANTS.filter((v) => ['ours', 'static', 'prerendered'].includes(v.id));
  if (only.has('render') || only.has('prerender') || only.has('memory') || args.profile) {
    await buildPages({ browser, origin: server.origin, pages: files, bundle: BUNDLE, prerendered });
    if (args.baseline) {
      files.set('/bench/baseline.js', readFileSync(args.baseline, 'utf8'));
      for (const id of ['four', 'four-src', 'hundred']) files.set(`/bench/${id}-baseline.html`, files.get(`/bench/${id}.html`).replaceAll(BUNDLE, '/bench/baseline.js'));
      variants.push(
        { id: 'baseline', path: '/bench/four-baseline.html', label: `baseline bundle: 4 elements, inline profile` },
        { id: 'baseline-src', path: '/bench/four-src-baseline.html', label: `baseline bundle: 4 elements, \`src\` profile` },
        { id: 'baseline-hundred', path: '/bench/hundred-baseline.html', label: `baseline bundle: 100 × salary-table` },
      );
    }
    log('pages built (static and iframe pages from our rendered output)');
  }
  buildArticlePages(files, BUNDLE, root, prerendered);
  buildMemoryPages(files, BUNDLE);

  if (only.has('render') || only.has('prerender')) {
    results.render = { variants, baselineFile: args.baseline, ...(await measureFirstRender({ browser, origin: server.origin, samples, variants, log })) };
  }
  if (only.has('cls')) {
    results.heights = await measureHeights({ browser, origin: server.origin });
    results.cls = await measureLayoutShift({ browser, origin: server.origin, repeats, log });
  } else if (only.has('prerender')) {
    results.cls = await measureLayoutShift({ browser, origin: server.origin, repeats, variants: PRERENDERED_CLS_VARIANTS, log });
  }
  if (only.has('memory')) results.memory = await measureMemory({ browser, origin: server.origin, repeats, log });

  if (args.profile) {
    const out = await build({
      entryPoints: ['src/index.ts'], bundle: true, format: 'esm', write: false, target: 'es2022',
      define: { __CW_VERSION__: '"bench"' }, tsconfig: 'tsconfig.json', ignoreAnnotations: true, logLevel: 'error',
    });
    const code = out.outputFiles[0].text;
    const lineToModule = esbuildModules(code);
    const moduleOf = (url, line) => (url.endsWith('/bench/unminified.js') ? lineToModule(line) : undefined);
    files.set('/bench/unminified.js', code);
    files.set('/bench/four-unminified.html', files.get('/bench/four.html').replaceAll(BUNDLE, '/bench/unminified.js'));
    files.set('/bench/four-prerendered-unminified.html', files.get('/bench/four-prerendered.html').replaceAll(BUNDLE, '/bench/unminified.js'));
    const visits = 5;
    for (const path of ['/bench/four-unminified.html', '/bench/four-prerendered-unminified.html', '/bench/four-static.html']) {
      const sum = { trace: new Map(), functions: new Map(), modules: new Map() };
      const readies = [];
      for (let i = 0; i < visits; i++) {
        const { ready, trace, profile } = await traceVisit(browser, `${server.origin}${path}`, { viewport: VIEWPORT, moduleOf });
        readies.push(ready);
        for (const [key, list] of [['trace', trace], ['functions', profile.functions], ['modules', profile.modules]]) {
          for (const [name, ms] of list) sum[key].set(name, (sum[key].get(name) ?? 0) + ms / visits);
        }
      }
      const top = (map, n) => [...map].sort((a, b) => b[1] - a[1]).slice(0, n).map(([name, ms]) => `  ${ms.toFixed(1).padStart(8)} ms  ${name}`).join('\n');
      console.log(`\n${path}: ready at ${readies.map((r) => r.toFixed(0)).join(', ')} ms (${visits} visits, traced and profiled, so slower than untraced); means per visit:`);
      console.log(`main thread, self time by trace event:\n${top(sum.trace, 15)}`);
      console.log(`JavaScript, self time by module:\n${top(sum.modules, 20)}`);
      console.log(`JavaScript, self time by function:\n${top(sum.functions, 25)}`);
    }
  }
} finally {
  await browser.close();
  await server.close();
}

results.machine.loadAfter = loadavg();
results.seconds = (Date.now() - started) / 1000;
const markdown = report(results);
console.log(markdown);
if (!args['no-write'] && ['bytes', 'render', 'cls', 'memory'].every((part) => only.has(part))) {
  writeFileSync(args.out, markdown);
  log(`written to ${args.out}`);
}
log(`done in ${results.seconds.toFixed(0)} s`);
