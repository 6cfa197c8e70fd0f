// `npm test` and `npm run test:quick` (issue 27): each suite under its own label, how long the whole
// run takes said at its start, and every suite's time and the total at its end.
//   node scripts/test-run.mjs full    everything, one suite after the other, stopping at the first
//                                     failure (about 15–17 minutes on 2 cores, about 1 GB of memory)
//   node scripts/test-run.mjs quick   a subset in under 3 minutes: types, profiles, node tests but
//                                     the four slowest, the size budget, the four main elements
//                                     in Chromium. It builds only when dist/ is missing, and otherwise
//                                     tests the build that is there. Its suites run in two lanes side
//                                     by side, each one's output printed whole under its label when it ends.
import { spawn } from 'node:child_process';
import { existsSync, readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('../', import.meta.url));
const mode = process.argv[2];

// [label, command]; commands run in a shell from the repository root, with node_modules/.bin on the PATH (as npm does).
const FULL = [
  ['build', 'npm run build'],
  ['types of the tests and sources', 'npm run lint:types'],
  ['custom elements manifest', 'npm run lint:manifest'],
  ['package (publint, attw)', 'npm run lint:package'],
  ['framework types (React, Preact, Vue, Svelte)', 'npm run test:types'],
  ['profiles (career-widgets validate)', 'node bin/career-widgets.js validate profiles/*.json'],
  ['node tests (CLI, package, README, render)', 'node --test test/node/'],
  ['size budget', 'npm run test:size'],
  ['elements in Chromium (web test runner)', 'wtr'],
  ['frameworks on one page (interop)', 'npm run test:interop'],
  ['page hardening', 'npm run test:hardening'],
  ['server rendering', 'npm run test:ssr'],
  ['design checks (title sizes, cards, grids, overflow)', 'npm run test:design'],
  ['loader', 'npm run test:loader'],
  ['apps built from the packed tarball (frameworks)', 'npm run test:frameworks'],
  ['Storybook stories', 'npm run test:storybook'],
];

// The slowest node tests stay in npm test only: the packed package (npm pack and an install), the
// CLI (it starts the CLI about a hundred times), the server rendering of every element, and the
// README's app snippet compiled by tsc.
const SLOW_NODE_TESTS = ['package.test.mjs', 'cli.test.mjs', 'render.test.mjs', 'readme-app.test.mjs'];
const QUICK_NODE_TESTS = readdirSync(new URL('../test/node/', import.meta.url))
  .filter((f) => f.endsWith('.test.mjs') && !SLOW_NODE_TESTS.includes(f))
  .map((f) => `test/node/${f}`);
// Two lanes side by side (two cores): the CPU-bound checks in one, at a lower priority, so that the
// tests with timing in them, in the other, keep a core (beside a type check at normal priority, a
// node test's 2 s bound read 2.5 s on a loaded machine; more lanes made it 10 s).
const nice = process.platform === 'win32' ? '' : 'nice -n 15 ';
const QUICK = [
  [
    ['types of the tests and sources', `${nice}npm run lint:types --silent`],
    ['size budget', `${nice}node scripts/size.mjs --check`],
  ],
  [
    ['profiles (career-widgets validate)', 'node bin/career-widgets.js validate profiles/*.json'],
    ['node tests (but the four slowest)', `node --test ${QUICK_NODE_TESTS.join(' ')}`],
    ['the four main elements in Chromium', 'wtr --files test/salary-table.test.ts test/career-path.test.ts test/profession-quiz.test.ts test/vacancy-teaser.test.ts'],
  ],
];
const QUICK_STEPS = QUICK.flat();

const seconds = (ms) => {
  const s = Math.round(ms / 1000);
  return s >= 60 ? `${Math.floor(s / 60)} min ${String(s % 60).padStart(2, '0')} s` : `${s} s`;
};
const env = { ...process.env, PATH: `${root}node_modules/.bin:${process.env.PATH}` };

/** Runs one step; with `capture`, collects its output instead of passing it through. */
function run([label, command], { capture = false } = {}) {
  const started = Date.now();
  return new Promise((resolve) => {
    const child = spawn(command, { cwd: root, env, shell: true, stdio: capture ? ['ignore', 'pipe', 'pipe'] : 'inherit' });
    let output = '';
    if (capture) for (const stream of [child.stdout, child.stderr]) stream.on('data', (chunk) => (output += chunk));
    child.on('close', (code) => resolve({ label, command, code, output, ms: Date.now() - started }));
  });
}

function summary(results, started, total) {
  console.log(`\n━━ ${mode === 'quick' ? 'npm run test:quick' : 'npm test'}: ${seconds(Date.now() - started)} in all`);
  for (const r of results) console.log(`  ${r.code === 0 ? '✓' : '✗'} ${r.label.padEnd(46)} ${seconds(r.ms).padStart(10)}`);
  const failed = results.filter((r) => r.code !== 0);
  if (failed.length) console.log(`\n${failed.length} of ${total} failed: ${failed.map((r) => r.label).join(', ')} (rerun: ${failed.map((r) => r.command).join('; ')})`);
  else if (results.length === total) console.log(`\nall ${total} passed`);
  return failed.length ? 1 : 0;
}

const started = Date.now();
if (mode === 'full') {
  console.log(`npm test: ${FULL.length} suites, one after the other; about 15–17 minutes on 2 cores and about 1 GB of memory.`);
  console.log('A subset in under 3 minutes: npm run test:quick.');
  const results = [];
  for (const [i, step] of FULL.entries()) {
    console.log(`\n━━ [${i + 1}/${FULL.length}] ${step[0]}   (${step[1]})`);
    const result = await run(step);
    results.push(result);
    if (result.code !== 0) break;
  }
  process.exit(summary(results, started, FULL.length));
} else if (mode === 'quick') {
  console.log(`npm run test:quick: ${QUICK_STEPS.length} suites in two lanes, under 3 minutes; everything is npm test (about 15–17 minutes).`);
  if (!existsSync(new URL('../dist/index.js', import.meta.url)) || !existsSync(new URL('../dist/cdn/career-widgets.js', import.meta.url))) {
    console.log('\n━━ build   (dist/ is missing: npm run build)');
    const build = await run(['build', 'npm run build']);
    if (build.code !== 0) process.exit(summary([build], started, QUICK_STEPS.length + 1));
  } else {
    console.log('Testing the build in dist/ (run npm run build after changing src/).');
  }
  // The lanes side by side, the steps of a lane one after the other; each step's output whole, under its label, as it ends.
  const lane = async (steps) => {
    const done = [];
    for (const step of steps) {
      const result = await run(step, { capture: true });
      console.log(`\n━━ ${result.label}   (${result.command})   ${result.code === 0 ? 'passed' : 'FAILED'} in ${seconds(result.ms)}`);
      process.stdout.write(result.output.trimEnd() + '\n');
      done.push(result);
    }
    return done;
  };
  const results = (await Promise.all(QUICK.map(lane))).flat();
  process.exit(summary(results, started, QUICK_STEPS.length));
} else {
  console.error('usage: node scripts/test-run.mjs full|quick');
  process.exit(2);
}
