// Server rendering in Node (issue 14), after `npm run build`: `renderElement` from
// `career-widgets/ssr` and `npx career-widgets render`. What the rendered HTML shows in a browser,
// with JavaScript off and on, is checked by test/ssr/pages.mjs.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { renderElement, validateProfile } from 'career-widgets/ssr';

const cli = new URL('../../bin/career-widgets.js', import.meta.url).pathname;
const seedFile = new URL('../../profiles/kaufmann-dialogmarketing.json', import.meta.url).pathname;
const seed = () => JSON.parse(readFileSync(seedFile, 'utf8'));
/** The text a reader would see in the shadow root: tags, styles and the inline script dropped. */
const text = (html) => html.replace(/<style>[\s\S]*?<\/style>|<script[\s\S]*?<\/script>|<!--[\s\S]*?-->/g, '').replace(/<[^>]+>/g, ' ').replace(/\s+/g, ' ').trim();

function run(args, input) {
  try {
    return { code: 0, out: execFileSync('node', [cli, ...args], { encoding: 'utf8', input, stdio: 'pipe' }), err: '' };
  } catch (error) {
    return { code: error.status, out: String(error.stdout), err: String(error.stderr) };
  }
}

test('every element renders its ready state with a declarative shadow root and the inline profile', async () => {
  for (const tag of ['salary-table', 'career-path', 'profession-quiz', 'career-quiz', 'vacancy-teaser']) {
    const html = await renderElement(tag, seed());
    assert.match(html, new RegExp(`^<${tag}[^>]*><template shadowroot="open" shadowrootmode="open"><style>`), tag);
    assert.match(html, new RegExp(`<script type="application/json">\\{"\\$schema"[\\s\\S]*</script></${tag}>$`), tag);
    assert.doesNotMatch(text(html), /Wird geladen/, `${tag} is not in its loading state`);
  }
  assert.match(text(await renderElement('salary-table', seed())), /1\. Ausbildungsjahr 1\.000 €/);
  assert.match(text(await renderElement('salary-table', seed(), { lang: 'en' })), /1st year of training €1,000/);
});

test('an element with only src, or an invalid profile, renders what the browser would first show', async () => {
  assert.match(text(await renderElement('salary-table', undefined, { attributes: { src: '/p.json' } })), /^Wird geladen/);
  const broken = seed();
  broken.salary.trainingSalary[0].value = 'viel';
  assert.match(text(await renderElement('salary-table', broken)), /ungültig|fehlerhaft|nicht/i);
});

test('`career-widgets render` prints the HTML; a bad profile or usage prints why, and nothing to paste', () => {
  const { code, out } = run(['render', seedFile, '--tag', 'career-quiz', '--lang', 'en', '--attr', 'shuffle', '--attr', 'id=quiz']);
  assert.equal(code, 0);
  assert.match(out, /^<career-quiz\s+shuffle id="quiz" lang="en"><template shadowroot/);
  const piped = run(['render', '-', '--tag', 'salary-table'], `\uFEFF${readFileSync(seedFile, 'utf8')}`);
  assert.equal(piped.code, 0, piped.err);
  assert.match(piped.out, /1\. Ausbildungsjahr/);
  const broken = seed();
  broken.quiz.questions[0].correctOption = 9;
  const bad = run(['render', '-', '--tag', 'profession-quiz'], JSON.stringify(broken));
  assert.equal(bad.code, 1);
  assert.equal(bad.out, '');
  assert.match(bad.err, /\$\.quiz\.questions\[0\]\.correctOption/);
  assert.equal(run(['render', seedFile]).code, 2);
  assert.equal(run(['render', seedFile, '--tag', 'marquee']).code, 2);
});

// Issue 22, case 5: `render` keeps the rules `validate` keeps.

/** The CLI in English, with what it printed and how long it took; `shell` runs a pipeline through sh. */
function cliRun(args, { input, shell, timeout = 20_000 } = {}) {
  const env = { ...process.env, LC_ALL: '', LC_MESSAGES: '', LANG: 'C' };
  const start = performance.now();
  const result = shell
    ? spawnSync('sh', ['-c', `${shell} | node ${JSON.stringify(cli)} ${args.map((a) => JSON.stringify(a)).join(' ')}`], { encoding: 'utf8', env, timeout })
    : spawnSync('node', [cli, ...args], { encoding: 'utf8', input, env, timeout, maxBuffer: 200 * 1024 * 1024 });
  return { code: result.status, out: result.stdout, err: result.stderr, ms: performance.now() - start };
}
const dir = mkdtempSync(join(tmpdir(), 'cw-render-'));
const write = (name, text) => (writeFileSync(join(dir, name), text), join(dir, name));
/** Anything a terminal would act on: C0 but newline, DEL, C1, bidirectional controls. */
const RAW_CONTROL = /[\u0000-\u0009\u000b-\u001f\u007f-\u009f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/;
const NO_STACK = /^\s+at /m;
/** The seed with `extra` holding arrays nested `levels` deep (the profile itself is one more level). */
const nested = (levels) => `${JSON.stringify(seed()).slice(0, -1)},"extra":${'['.repeat(levels)}${']'.repeat(levels)}}`;

test('render prints no control character of the profile raw: no ESC [2J, no window title, no U+202E (case 5)', () => {
  const profile = seed();
  profile.salary.source.name = 'AUBI\u001b[2J\u001b[H-plus';
  profile.salary.notes[0] = 'Lehrjahr \u001b]0;pwned\u0007 \u202eevil\u202c \u0085 ok\r\n✓ all good';
  const file = write('controls.json', JSON.stringify(profile));
  const { code, out, err } = cliRun(['render', file, '--tag', 'salary-table', '--attr', 'title=\u001b[31mred']);
  assert.equal(code, 0, err);
  const [html] = out.split(/\n(?=$)/);
  assert.doesNotMatch(html, RAW_CONTROL, 'no raw control character (but the newline of the profile text)');
  // In the markup, as references that give the parser the same characters back (C1: U+FFFD, see render-element.ts) …
  assert.match(html, /AUBI&#x001b;\[2J&#x001b;\[H-plus/);
  assert.match(html, /Lehrjahr &#x001b;\]0;pwned&#x0007; &#x202e;evil&#x202c; \ufffd ok&#x000d;\n✓ all good/);
  assert.match(html, /title="&#x001b;\[31mred"/);
  // … and in the inline profile as JSON escapes, so the script reads exactly the profile.
  const json = /<script type="application\/json">(.*)<\/script><\/salary-table>$/s.exec(html)[1];
  assert.deepEqual(JSON.parse(json), profile);
});

test('render names a bad file with its newline and U+202E escaped, so it cannot forge "✓ all good" (case 5)', () => {
  mkdirSync(join(dir, 'names'));
  const file = write('names/x\n✓ all good\u202e.json', '{"schemaVersion": 2}');
  const { code, out, err } = cliRun(['render', file, '--tag', 'salary-table']);
  assert.equal(code, 1);
  assert.equal(out, '');
  assert.doesNotMatch(err, /^✓/m, 'no line of its own that says ✓');
  assert.doesNotMatch(err, RAW_CONTROL);
  assert.match(err, /^✗ .*x\\u000a✓ all good\\u202e\.json: \d+ problems?\n {2}\$/);
});

test('render reads at most 1 MB: a 50 MB file ends at once with a clear error (case 5)', () => {
  // Valid but for its size: 50,000 unknown strings of 1 KB (before, 52 MB of HTML were printed).
  const profile = seed();
  profile.extra = Array.from({ length: 50_000 }, () => 'x'.repeat(1024));
  const big = write('big.json', JSON.stringify(profile));
  const file = cliRun(['render', big, '--tag', 'salary-table']);
  assert.equal(file.code, 1);
  assert.equal(file.out, '');
  assert.match(file.err, /big\.json\n {2}\$: larger than 1 MB/);
  console.log(`# render: a 50 MB file refused in ${file.ms.toFixed(0)} ms`);
});

test('render reads at most 1 MB of standard input: 50 MB piped end at once with a clear error (case 5)', () => {
  // A generator that stops by itself at 50 MB (or when the CLI stops reading): bounded whatever the CLI does.
  const piped = cliRun(['render', '-', '--tag', 'salary-table'], { shell: `{ printf '{"extra": "'; yes x | tr -d '\\n' | head -c 50000000; printf '"}'; }` });
  assert.equal(piped.code, 1, piped.err);
  assert.match(piped.err, /^✗ \(standard input\)\n {2}\$: larger than 1 MB/);
  console.log(`# render: 50 MB piped refused in ${piped.ms.toFixed(0)} ms`);
});

test('render of /dev/zero ends at once with a clear error (case 5)', () => {
  // Before, /dev/zero took 10.7 GB in 40 s: killed after 5 s (it takes about 0.5 s), whatever happens.
  const zero = cliRun(['render', '/dev/zero', '--tag', 'salary-table'], { timeout: 5_000 });
  console.log(`# render: /dev/zero refused in ${zero.ms.toFixed(0)} ms`);
  assert.equal(zero.code, 1, `ended by ${zero.code === null ? 'the 5 s timeout' : zero.code}`);
  assert.match(zero.err, /^✗ \/dev\/zero\n {2}\$: larger than 1 MB/);
});

test('render refuses a profile nested 5,000 deep by name, with exit 1 and no stack trace (case 5)', () => {
  const deep = cliRun(['render', write('deep.json', nested(5_000)), '--tag', 'salary-table']);
  assert.equal(deep.code, 1, deep.err);
  assert.equal(deep.out, '');
  assert.doesNotMatch(deep.err, NO_STACK);
  assert.match(deep.err, /^✗ .*deep\.json: 1 problem\n {2}\$\.extra\[0\]\[0\]\[0\]\[0\]\[0\]\[0\]\[0\] \(extra, .*\): Nested more than 64 levels deep\n$/);
});

test('render says a directory is one, with exit 1; a wrong call stays exit 2 (case 5)', () => {
  const folder = cliRun(['render', dir, '--tag', 'salary-table']);
  assert.equal(folder.code, 1);
  assert.equal(folder.err, `✗ ${dir}\n  $: is a directory, not a file\n`);
  const attribute = cliRun(['render', seedFile, '--tag', 'salary-table', '--attr', 'onclick=alert(1)']);
  assert.equal(attribute.code, 2);
  assert.match(attribute.err, /Not an attribute name for this element: "onclick"\nusage: career-widgets render/);
});

test('validateProfile and renderElement refuse a profile nested past 64 levels with one and the same error; 64 levels pass (case 5)', async () => {
  const deep = JSON.parse(nested(5_000));
  const result = validateProfile(deep);
  assert.equal(result.ok, false);
  assert.deepEqual(result.issues, [{ path: '$.extra[0][0][0][0][0][0][0]', message: 'Nested more than 64 levels deep' }]);
  await assert.rejects(renderElement('salary-table', deep), (error) => {
    assert.ok(error instanceof RangeError);
    assert.equal(error.message, 'Profile not rendered: $.extra[0][0][0][0][0][0][0]: Nested more than 64 levels deep');
    return true;
  });
  // The limit exactly: the profile, then 63 levels of arrays, is fine; one more is not.
  const limit = JSON.parse(nested(63));
  assert.equal(validateProfile(limit).ok, true);
  assert.match(await renderElement('salary-table', limit), /<\/salary-table>$/);
  assert.equal(validateProfile(JSON.parse(nested(64))).ok, false);
  // A cycle is too deep too, not an endless walk.
  const cycle = seed();
  cycle.extra = { again: cycle };
  assert.equal(validateProfile(cycle).issues?.[0].message, 'Nested more than 64 levels deep');
});
