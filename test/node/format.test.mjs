// Format 2 on the command line: a typo'd field fails `validate` with its path; `--allow-unknown`
// relaxes it; `migrate` writes the format-2 form of a format-1 profile; the JSON Schema covers both.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const cli = new URL('../../bin/career-widgets.js', import.meta.url).pathname;
const v1File = new URL('../fixtures/kaufmann-dialogmarketing.v1.json', import.meta.url).pathname;
const seedFile = new URL('../../profiles/kaufmann-dialogmarketing.json', import.meta.url).pathname;
const schemaFile = new URL('../../dist/profile.schema.json', import.meta.url).pathname;

function run(...args) {
  try {
    return { code: 0, out: execFileSync('node', [cli, ...args], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] }) };
  } catch (error) {
    return { code: error.status, out: `${error.stdout}${error.stderr}` };
  }
}
const temp = (name, data) => {
  const file = join(mkdtempSync(join(tmpdir(), 'cw-format-')), name);
  writeFileSync(file, typeof data === 'string' ? data : JSON.stringify(data, null, 2));
  return file;
};

test('a typo in a field name fails validate with its path and a likely meaning', () => {
  const profile = JSON.parse(readFileSync(seedFile, 'utf8'));
  profile.salry = profile.salary;
  delete profile.salary;
  profile.training.exams[0].examiningBodyy = { name: 'IHK' };
  const file = temp('typo.json', profile);
  const { code, out } = run('validate', file);
  assert.equal(code, 1);
  assert.match(out, /\$\.salry \(salry\): Unknown field; did you mean "salary"\?/);
  assert.match(out, /\$\.training\.exams\[0\]\.examiningBodyy \(1st exam, examining bodyy\): Unknown field; did you mean "examiningBody"\?/);
  const relaxed = run('validate', '--allow-unknown', file);
  assert.equal(relaxed.code, 0, relaxed.out);
  assert.match(relaxed.out, /✓ .*typo\.json/);
  assert.match(relaxed.out, /\$\.salry \(salry\): Unknown field.*\(allowed\)/);
  // In German, with --lang de.
  assert.match(run('--lang', 'de', 'validate', file).out, /\$\.salry \(salry\): Unbekanntes Feld; gemeint ist wohl „salary“\?/);
});

test('a format-1 profile still validates, and migrate writes its format-2 form', () => {
  assert.equal(run('validate', v1File).code, 0);
  const { code, out } = run('migrate', v1File);
  assert.equal(code, 0, out);
  const migrated = JSON.parse(out);
  assert.equal(migrated.schemaVersion, 2);
  assert.deepEqual(migrated.training.exams[0], { name: 'Zwischenprüfung', at: 'P1Y6M', examiningBody: { name: 'IHK' } });
  // The repo's seed profile is exactly the migrated format-1 file: nothing else changed.
  assert.deepEqual(migrated, JSON.parse(readFileSync(seedFile, 'utf8')));
  const file = temp('v1.json', readFileSync(v1File, 'utf8'));
  assert.equal(run('migrate', file, '--write').code, 0);
  assert.equal(run('validate', file).code, 0);
  assert.equal(JSON.parse(readFileSync(file, 'utf8')).schemaVersion, 2);
  // Format 2 is not migrated again.
  assert.equal(run('migrate', file).code, 1);
});

test('the published JSON Schema covers both formats and says the limits', () => {
  const schema = JSON.parse(readFileSync(schemaFile, 'utf8'));
  const [v2, v1] = schema.oneOf;
  assert.equal(v2.properties.schemaVersion.const, 2);
  assert.equal(v1.properties.schemaVersion.const, 1);
  assert.equal(v2.additionalProperties, false);
  assert.equal(v2.properties.name.maxLength, 10_000);
  assert.equal(v2.properties.skills.maxItems, 200);
  const exam = v2.properties.training.properties.exams.items;
  assert.deepEqual(Object.keys(exam.properties), ['name', 'at', 'window', 'examiningBody', 'conductingBody', 'parts', 'components', 'credential', 'description']);
  assert.ok(v1.properties.training.properties.exams.items.properties.timing);
});

test('validateProfile refuses a quiz of 50,000 questions and 50,001 results by its length, without going quadratic (case 1 of issue 17)', async () => {
  const { validateProfile } = await import('../../dist/core/validate.js');
  const profile = JSON.parse(readFileSync(seedFile, 'utf8'));
  profile.quiz.questions = Array.from({ length: 50_000 }, (_, i) => ({ question: `Frage ${i + 1}?`, options: ['Ja', 'Nein'], correctOption: 0 }));
  profile.quiz.results = Array.from({ length: 50_001 }, (_, score) => ({ minScore: score, maxScore: score, text: `${score} richtig` }));
  const start = performance.now();
  const result = validateProfile(profile);
  const ms = performance.now() - start;
  console.log(`# 50,000 questions: validated in ${ms.toFixed(0)} ms`);
  assert.equal(result.ok, false);
  assert.ok(result.issues.some((issue) => issue.path === '$.quiz.questions' && issue.message === 'Must not have more than 200 items'));
  // Not a speed test (the figure is printed): the bound only catches a validator that walks 50,000
  // items per item (minutes). It is about 0.5 s alone; a machine running other suites took 10 s.
  assert.ok(ms < 30_000, `${ms} ms`);
});
