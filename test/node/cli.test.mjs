// The profile validator on the command line: `npx career-widgets validate FILE…`.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync, spawn, spawnSync } from 'node:child_process';
import { chmodSync, lstatSync, mkdirSync, mkdtempSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { once } from 'node:events';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fieldLabel } from '../../bin/cli/field-labels.js';
import { escapeControls } from '../../bin/cli/terminal.js';

const cli = new URL('../../bin/career-widgets.js', import.meta.url).pathname;
const seedFile = new URL('../../profiles/kaufmann-dialogmarketing.json', import.meta.url).pathname;
const seedText = readFileSync(seedFile, 'utf8');
const { version } = JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8'));

/** Runs the CLI in English unless `env` says otherwise. */
function run(args, { input, env = {}, uid } = {}) {
  const result = spawnSync('node', [cli, ...args], {
    encoding: 'utf8',
    input,
    env: { ...process.env, LC_ALL: '', LC_MESSAGES: '', LANG: 'C', ...env },
    ...(uid === undefined ? {} : { uid, gid: uid }),
  });
  return { code: result.status, out: result.stdout, err: result.stderr };
}

const dir = mkdtempSync(join(tmpdir(), 'cw-'));
const write = (name, text) => {
  writeFileSync(join(dir, name), text);
  return join(dir, name);
};

test('the seed profile is valid', () => {
  const { code, out } = run(['validate', seedFile]);
  assert.equal(code, 0);
  assert.match(out, /✓ .*kaufmann-dialogmarketing\.json/);
});

test('a broken profile fails with every problem, its path and its name for a person', () => {
  const profile = JSON.parse(seedText);
  profile.salary.trainingSalary[2].value = 'viel';
  profile.quiz.questions[1].correctOption = 9;
  delete profile.name;
  const broken = write('broken.json', JSON.stringify(profile));
  const notJson = write('not.json', '{ nope');

  const { code, out } = run(['validate', seedFile, broken, notJson, join(dir, 'missing.json')]);
  assert.equal(code, 1);
  assert.match(out, /broken\.json: 3 problems/);
  assert.match(out, /\$\.name \(name of the profession\): Required field is missing/);
  assert.match(out, /\$\.salary\.trainingSalary\[2\]\.value \(3rd year of training, pay\): Invalid type: Expected number but received "viel"/);
  assert.match(out, /\$\.quiz\.questions\[1\]\.correctOption \(2nd question, right answer\): The right answer must be one of the options/);
  assert.match(out, /not\.json\n {2}\$: not JSON: line 1, column 3/);
  assert.match(out, /missing\.json\n {2}\$: file not found/);
});

test('control characters from a file are escaped, so no value can redraw the terminal (issue 17, case 4)', () => {
  const profile = JSON.parse(seedText);
  profile.salary.trainingSalary[1].value = '\u001b[1A\u001b[2K\r✓ evil.json';
  const evil = write('evil.json', JSON.stringify(profile));
  const named = write('name-\u001b[31m.json', '{');
  const { code, out } = run(['validate', evil, named]);
  assert.equal(code, 1);
  assert.doesNotMatch(out, /[\u0000-\u0009\u000b-\u001f\u007f-\u009f]/, 'no control character but the newlines');
  assert.match(out, /received "\\u001b\[1A\\u001b\[2K\\u000d✓ evil\.json"/);
  assert.match(out, /✗ .*name-\\u001b\[31m\.json/);
  assert.equal(escapeControls('a\u202eb\u0000c'), 'a\\u202eb\\u0000c', 'bidirectional overrides too');
});

test('a UTF-8 byte order mark is accepted, and "-" reads standard input (case 7)', () => {
  const bom = write('bom.json', `\uFEFF${seedText}`);
  assert.equal(run(['validate', bom]).code, 0);
  const stdin = run(['validate', '-'], { input: `\uFEFF${seedText}` });
  assert.equal(stdin.code, 0);
  assert.match(stdin.out, /✓ \(standard input\)/);
  assert.equal(run(['validate', '-'], { input: '[1,' }).code, 1);
});

test('a missing file, a directory, an unreadable file, a symlink loop and bad JSON each say what they are (case 7)', () => {
  mkdirSync(join(dir, 'folder'));
  symlinkSync('loop', join(dir, 'loop'));
  const locked = write('locked.json', seedText);
  chmodSync(locked, 0o000);
  const bad = write('bad.json', '{\n  "a": 1,\n}\n');
  const { code, out } = run(['validate', join(dir, 'nothing.json'), join(dir, 'folder'), join(dir, 'loop'), locked, bad]);
  assert.equal(code, 1);
  assert.match(out, /nothing\.json\n {2}\$: file not found/);
  assert.match(out, /folder\n {2}\$: is a directory, not a file/);
  assert.match(out, /loop\n {2}\$: file cannot be read \(a loop of symbolic links\)/);
  // As root every file can be read: then the locked file is simply valid.
  if (process.getuid?.() !== 0) assert.match(out, /locked\.json\n {2}\$: file cannot be read \(permission denied\)/);
  assert.match(out, /bad\.json\n {2}\$: not JSON: line 3, column 1: /);
});

test('a profile larger than the elements read is refused as too large', () => {
  const profile = JSON.parse(seedText);
  profile.description = 'x'.repeat(1024 * 1024);
  const { code, out } = run(['validate', write('huge.json', JSON.stringify(profile))]);
  assert.equal(code, 1);
  assert.match(out, /huge\.json\n {2}\$: larger than 1 MB/);
  // An endless standard input is not read to its end.
  const endless = spawnSync('sh', ['-c', `yes | node ${JSON.stringify(cli)} validate -`], { encoding: 'utf8', timeout: 10_000, env: { ...process.env, LANG: 'C' } });
  assert.equal(endless.status, 1);
  // Before it is parsed it may be a catalog, which may be 8 MB (docs/catalog-format.md).
  assert.match(endless.stdout, /\(standard input\)\n {2}\$: larger than 8 MB/);
});

test('--help, -h and --version answer with exit 0; a wrong call explains the usage with exit 2', () => {
  for (const flag of ['--help', '-h']) {
    const { code, out } = run([flag]);
    assert.equal(code, 0);
    assert.match(out, /usage: career-widgets <command>/);
    assert.match(out, /validate +checks profession profiles/);
  }
  assert.match(run(['validate', '--help']).out, /usage: career-widgets validate \[--allow-unknown\] \[--strict\] FILE…/);
  assert.deepEqual(run(['--version']), { code: 0, out: `${version}\n`, err: '' });
  const none = run([]);
  assert.equal(none.code, 2);
  assert.match(none.err, /usage: career-widgets <command>/);
  assert.equal(run(['validate']).code, 2);
  assert.match(run(['validate', '--strickt', seedFile]).err, /unknown option "--strickt"/);
  assert.match(run(['frobnicate']).err, /unknown command "frobnicate"/);
  assert.match(run(['--lang', 'fr', 'validate', seedFile]).err, /unknown language "fr"/);
  assert.equal(run(['validate', '--', seedFile]).code, 0, '-- ends the options');
});

test('in German with --lang de, and by default from LANG or LC_ALL', () => {
  const profile = JSON.parse(seedText);
  profile.salary.trainingSalary[1].value = 'viel';
  const broken = write('kaputt.json', JSON.stringify(profile));
  const expected = /kaputt\.json: 1 Problem\n {2}\$\.salary\.trainingSalary\[1\]\.value \(2\. Ausbildungsjahr, Gehalt\): Falscher Typ: erwartet number, erhalten "viel"/;
  assert.match(run(['--lang', 'de', 'validate', broken]).out, expected);
  assert.match(run(['validate', broken, '--lang=de']).out, expected);
  assert.match(run(['validate', broken], { env: { LANG: 'de_DE.UTF-8' } }).out, expected);
  assert.match(run(['validate', broken], { env: { LANG: 'en_US.UTF-8', LC_ALL: 'de_AT.UTF-8' } }).out, expected);
  assert.match(run(['validate', join(dir, 'fehlt.json')], { env: { LANG: 'de_DE' } }).out, /fehlt\.json\n {2}\$: Datei nicht gefunden/);
  assert.match(run(['--lang', 'en', 'validate', broken], { env: { LANG: 'de_DE' } }).out, /\(2nd year of training, pay\): Invalid type/);
});

test('the field labeller reads any path from its segments, also fields it has no word for', () => {
  assert.equal(fieldLabel('$.salary.trainingSalary[1].value', 'de'), '2. Ausbildungsjahr, Gehalt');
  assert.equal(fieldLabel('$.salary.trainingSalary[1].value', 'en'), '2nd year of training, pay');
  assert.equal(fieldLabel('$.quiz.questions[0].options[2]', 'de'), '1. Frage, 3. Antwortmöglichkeit');
  assert.equal(fieldLabel('$.salary.currency', 'en'), 'pay, currency');
  assert.equal(fieldLabel('$.itemListElement[2].item.title', 'en'), '3rd vacancy, title');
  assert.equal(fieldLabel('$.careerLevels[11].minimumPay', 'en'), 'career levels, item 12, minimum pay');
  assert.equal(fieldLabel('$["odd key"].constructor', 'de'), 'odd key, constructor');
  assert.equal(fieldLabel('$.__proto__[0]', 'en'), 'proto, item 1');
  assert.equal(fieldLabel('$', 'de'), '');
  assert.equal(fieldLabel('not a path', 'en'), '');
});

// Issue 22, case 6: `migrate` keeps the rules `validate` keeps.
const v1Text = readFileSync(new URL('../fixtures/kaufmann-dialogmarketing.v1.json', import.meta.url), 'utf8');
const NO_STACK = /^\s+at /m;

test('migrate refuses a format-1 profile nested 5,000 deep by name, exit 1, no stack trace (case 6)', () => {
  // Valid but for an unknown field 5,000 levels deep: before, writing it out threw a RangeError with its stack.
  const deep = write('deep-v1.json', `${JSON.stringify(JSON.parse(v1Text)).slice(0, -1)},"extra":${'['.repeat(5_000)}${']'.repeat(5_000)}}`);
  const { code, out, err } = run(['migrate', deep]);
  assert.equal(code, 1, err);
  assert.equal(out, '');
  assert.doesNotMatch(err, NO_STACK);
  assert.match(err, /^✗ .*deep-v1\.json: 1 problem\n {2}\$\.extra\[0\]\[0\]\[0\]\[0\]\[0\]\[0\]\[0\] \(extra, .*\): Nested more than 64 levels deep\n$/);
  // In a value that the messages quote (schemaVersion) too.
  const quoted = run(['migrate', write('deep-version.json', `{"schemaVersion":${'['.repeat(5_000)}${']'.repeat(5_000)}}`)]);
  assert.equal(quoted.code, 1);
  assert.match(quoted.err, /^✗ .*deep-version\.json: 1 problem\n {2}\$\.schemaVersion.*: Nested more than 64 levels deep\n$/);
});

test('migrate --write on a file it may read but not write says so by its escaped name, exit 1, no stack trace (case 6)', () => {
  // As root every file is writable, so the CLI runs as nobody there (an editor's own rights);
  // the folder and the file are root's, readable by all, writable by none but root.
  const asRoot = process.getuid?.() === 0;
  const folder = join(dir, 'read-only');
  mkdirSync(folder);
  const file = join(folder, 'locked-\u001b[2J.json');
  writeFileSync(file, v1Text);
  chmodSync(file, 0o444);
  chmodSync(dir, 0o755); // mkdtemp made it 0700
  const { code, out, err } = run(['migrate', file, '--write'], asRoot ? { uid: 65534 } : {});
  assert.equal(code, 1, err);
  assert.equal(out, '');
  assert.doesNotMatch(err, NO_STACK);
  assert.doesNotMatch(err, /[\u0000-\u0009\u000b-\u001f\u007f-\u009f]/, 'no raw ESC from the name');
  assert.equal(err, `✗ ${folder}/locked-\\u001b[2J.json\n  $: file cannot be written (permission denied)\n`);
  assert.equal(readFileSync(file, 'utf8'), v1Text, 'the file is as it was');
});

test('migrate --write through a symbolic link writes the file it points to and names that file (case 6)', () => {
  const folder = join(dir, 'linked');
  mkdirSync(folder);
  const real = join(folder, 'v1-real.json');
  writeFileSync(real, v1Text);
  const link = join(folder, 'current.json');
  symlinkSync('v1-real.json', link);
  const { code, out, err } = run(['migrate', link, '--write']);
  assert.equal(code, 0, err);
  assert.equal(out, '');
  assert.equal(err, `✓ ${real}: now format 2 (the file the symbolic link ${link} points to)\n`);
  assert.ok(lstatSync(link).isSymbolicLink(), 'the link stays a link');
  assert.equal(JSON.parse(readFileSync(real, 'utf8')).schemaVersion, 2);
  // A plain file is named as given.
  const plain = write('v1-plain.json', v1Text);
  assert.equal(run(['migrate', plain, '--write']).err, `✓ ${plain}: now format 2\n`);
});

test('migrate reads as validate does: a directory, a file past 1 MB (read-input.js, shared)', () => {
  mkdirSync(join(dir, 'a-folder'));
  assert.deepEqual(run(['migrate', join(dir, 'a-folder')]), { code: 1, out: '', err: `✗ ${join(dir, 'a-folder')}\n  $: is a directory, not a file\n` });
  const big = run(['migrate', '-'], { input: `{"schemaVersion":1,"extra":"${'x'.repeat(2 * 1024 * 1024)}"}` });
  assert.equal(big.code, 1);
  assert.equal(big.err, '✗ (standard input)\n  $: larger than 1 MB; the elements do not read that much\n');
});

test('an error no command expected (standard output closed: EPIPE) is one escaped line and exit 1, never a stack trace (issue 22)', async () => {
  // The reading end is closed before the CLI writes its output: Node emits an 'error' event no command catches.
  const child = spawn('node', [cli, 'migrate', new URL('../fixtures/kaufmann-dialogmarketing.v1.json', import.meta.url).pathname], { stdio: ['ignore', 'pipe', 'pipe'] });
  child.stdout.destroy();
  let err = '';
  child.stderr.setEncoding('utf8').on('data', (chunk) => (err += chunk));
  const [code] = await once(child, 'close');
  assert.equal(code, 1);
  assert.equal(err, '✗ career-widgets: Error: write EPIPE\n');
});
