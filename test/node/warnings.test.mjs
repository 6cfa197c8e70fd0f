// The validator's warnings (issue 25): what is valid but probably wrong, for an editor before publishing.
// Each fires on a profile made wrong on purpose and stays quiet on every profile we ship; the CLI shows
// them and passes, --strict fails on them. Needs dist/ (`npm run build`).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { validateProfile } from '../../dist/core/validate.js';
import { minimumTrainingPay } from '../../dist/core/minimum-training-pay.js';

const profilesDir = new URL('../../profiles/', import.meta.url).pathname;
const read = (file) => JSON.parse(readFileSync(join(profilesDir, file), 'utf8'));
const corpus = readdirSync(profilesDir).filter((f) => f.endsWith('.json') && 'schemaVersion' in read(f));
const TODAY = new Date('2026-12-05T12:00:00Z');
const warningsOf = (profile, today = TODAY) => {
  const result = validateProfile(profile, { today });
  assert.ok(result.ok, JSON.stringify(result.issues));
  return result.warnings.map((w) => `${w.path}: ${w.message}`);
};
/** A BBiG training without a collective agreement, starting in `year`, paying `pay` per year. */
const bbig = (year, pay) => {
  const p = read('kaufmann-dialogmarketing.json');
  p.salary.referenceDate = `${year}-08-01`;
  p.salary.trainingSalary = pay.map((value, i) => ({ year: i + 1, value }));
  return p;
};

test('every profile we ship is quiet', () => {
  assert.ok(corpus.length >= 8);
  for (const file of corpus) assert.deepEqual(warningsOf(read(file)), [], file);
});

test('pay under the legal minimum of §17 BBiG, by the year the training starts (2024, 2025, 2026)', () => {
  assert.deepEqual([2024, 2025, 2026].map((y) => [1, 2, 3, 4].map((n) => minimumTrainingPay(y, n))), [
    [649, 766, 876, 909],
    [682, 805, 921, 955],
    [724, 854, 977, 1014],
  ]);
  // Exactly the minimum is fine; a euro less is not, in the year it is less.
  assert.deepEqual(warningsOf(bbig(2026, [724, 854, 977]), new Date('2026-09-01')), []);
  const low = warningsOf(bbig(2026, [723, 854, 976]), new Date('2026-09-01'));
  assert.equal(low.length, 2, low.join('\n'));
  assert.match(low[0], /^\$\.salary\.trainingSalary\[0\]\.value: Below the legal minimum for year 1 of a training starting in 2026 \(724 €/);
  assert.match(low[1], /^\$\.salary\.trainingSalary\[2\]\.value: Below the legal minimum for year 3/);
  // 700 € was enough in 2025 and is not in 2026.
  assert.deepEqual(warningsOf(bbig(2025, [700, 810, 930]), new Date('2026-01-10')), []);
  // A collective agreement, or a training not under BBiG/HwO, is not held against it.
  const agreed = bbig(2026, [600, 700, 800]);
  agreed.salary.collectiveAgreement = { name: 'Haustarif' };
  assert.deepEqual(warningsOf(agreed, new Date('2026-09-01')), []);
  const school = bbig(2026, [600, 700, 800]);
  school.training.legalBasis = 'land-law';
  assert.deepEqual(warningsOf(school, new Date('2026-09-01')), []);
});

test('a reference date more than two years old', () => {
  const p = read('tischler.json');
  p.salary.referenceDate = '2024-11';
  assert.deepEqual(warningsOf(p), ['$.salary.referenceDate: More than 2 years old: are these figures still true?']);
  p.salary.referenceDate = '2025-01';
  assert.deepEqual(warningsOf(p), []);
});

test('an entry salary below the last training year, a closed vacancy, an http: link, placeholder text', () => {
  const p = read('industriemechaniker.json');
  p.salary.salaryUponCompletion.value = 1200;
  assert.deepEqual(warningsOf(p), ['$.salary.salaryUponCompletion.value: Below the pay of the last training year (1460): a pupil would earn less after the training']);
  const v = read('kaufmann-dialogmarketing.json');
  v.vacancies = { ...v.vacancies, items: [{ title: 'Ausbildung 2026', validThrough: '2026-12-04' }, { title: 'Ausbildung 2027', validThrough: '2026-12-05' }] };
  assert.deepEqual(warningsOf(v), ['$.vacancies.items[0].validThrough: Past: the vacancy has closed (the element no longer shows it)']);
  const h = read('erzieher.json');
  h.relatedLinks = [{ label: 'Mehr', href: 'http://www.example.de/erzieher' }, { label: 'Test', href: 'http://localhost:8000/x' }];
  h.description = 'Lorem ipsum dolor sit amet';
  h.skills[0].name = 'XXX';
  assert.deepEqual(warningsOf(h).sort(), [
    '$.description: Placeholder text ("Lorem ipsum"): not meant for a pupil',
    '$.relatedLinks[0].href: An http: link: use https: (browsers warn, and the page may block it)',
    '$.skills[0].name: Placeholder text ("XXX"): not meant for a pupil',
  ]);
  // Words that merely contain the letters are no placeholder.
  h.description = 'Textilien, Boxxer, Methodik';
  h.skills[0].name = 'Teamfähigkeit';
  assert.equal(warningsOf(h).filter((w) => /Placeholder/.test(w)).length, 0);
});

test('the CLI shows warnings and passes; --strict fails on them; German with --lang de', () => {
  const dir = mkdtempSync(join(tmpdir(), 'cw-warn-'));
  const p = read('tischler.json');
  p.description = 'TODO: Text schreiben';
  writeFileSync(join(dir, 'todo.json'), JSON.stringify(p));
  const cli = new URL('../../bin/career-widgets.js', import.meta.url).pathname;
  const run = (...args) => spawnSync('node', [cli, ...args], { encoding: 'utf8', env: { ...process.env, LC_ALL: '', LANG: 'C' } });
  const shown = run('validate', join(dir, 'todo.json'));
  assert.equal(shown.status, 0, shown.stdout);
  assert.match(shown.stdout, /✓ .*todo\.json: 1 warning\n {2}⚠ \$\.description \(description\): Placeholder text \("TODO"\)/);
  const strict = run('validate', '--strict', join(dir, 'todo.json'));
  assert.equal(strict.status, 1);
  assert.match(strict.stdout, /✗ .*todo\.json: 1 warning \(--strict\)/);
  assert.match(run('--lang', 'de', 'validate', join(dir, 'todo.json')).stdout, /⚠ \$\.description \(Beschreibung\): Platzhalter \(„TODO“\)/);
  assert.equal(run('validate', '--strict', join(profilesDir, 'tischler.json')).status, 0);
});
