// Format 2, round three (issue 25): what a dual study, a civil-service training and an exam window need,
// as optional fields; each check across fields fails a wrong profile with its path, in German too, and
// the JSON Schema names the new fields. Needs dist/ (`npm run build`).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { validateProfile } from '../../dist/core/validate.js';
import { fieldLabel } from '../../bin/cli/field-labels.js';

const profilesDir = new URL('../../profiles/', import.meta.url).pathname;
const read = (file) => JSON.parse(readFileSync(join(profilesDir, file), 'utf8'));
const TODAY = new Date('2026-12-05T12:00:00Z');
const issuesOf = (profile) => {
  const result = validateProfile(profile, { today: TODAY });
  return result.ok ? [...result.unknown, ...result.warnings].map((i) => `${i.path}: ${i.message}`) : result.issues.map((i) => `${i.path}: ${i.message}`);
};

/** Every new field at once, each used as the docs show it. */
function everything() {
  const p = read('industriemechaniker.json');
  p.educationRequirements.conditions = [{ name: 'Alter', description: 'mindestens 16 Jahre' }];
  Object.assign(p.training, {
    educationalCredentialAwarded: 'Bachelor of Engineering (B.Eng.)',
    numberOfCredits: 210,
    additionalQualifications: [{ name: 'Europaassistent/in', exam: 'Eigene Prüfung im 3. Jahr', examiningBody: { name: 'IHK' }, credential: 'Zertifikat' }],
    hours: { practice: 900, practiceBreakdown: [{ place: 'Werkstatt', hours: 500 }, { place: 'Montage', hours: 400 }] },
  });
  p.training.exams = [
    {
      name: 'Abschlussprüfung',
      examiningBody: { name: 'IHK' },
      conductingBody: { name: 'Prüfungsausschuss der IHK' },
      parts: [
        { name: 'Teil 1', window: { from: 'P18M', to: 'P24M' }, weight: 40, areas: [{ name: 'Arbeitsauftrag', form: 'practical', weight: 40 }] },
        { name: 'Teil 2', at: 'P3Y6M', weight: 60, areas: [{ name: 'Arbeitsauftrag', weight: 30 }, { name: 'Auftrags- und Funktionsanalyse', form: 'written', weight: 12 }, { name: 'Fertigungstechnik', weight: 12 }, { name: 'Wirtschafts- und Sozialkunde', weight: 6 }] },
      ],
    },
    { name: 'Staatsprüfung', at: 'P3Y6M', components: [{ name: 'Schriftlich', form: 'written' }, { name: 'Mündlich', form: 'oral' }, { name: 'Praktisch', form: 'practical' }] },
  ];
  p.training.shortening[0].examsAt = [{ name: 'Abschlussprüfung – Teil 1', window: { from: 'P12M', to: 'P18M' } }];
  p.training.routes = [{ name: 'Mit Berufsfachschule', exams: [{ name: 'Versetzungsprüfung', at: 'P1Y' }] }];
  p.salary.kind = 'training-salary';
  p.salary.salaryUponCompletion = { value: 3500, grade: 'EG 5', allowances: [{ name: 'Schichtzulage', value: 150 }] };
  p.salary.scales = [{ name: 'Handwerk', collectiveAgreement: { name: 'TV Handwerk' }, trainingSalary: [{ year: 1, value: 1000 }], salaryUponCompletion: { value: 3000 } }];
  p.salary.trainingSalary[3] = { year: 4, duration: 'P6M', unpaid: ['fees-covered', 'grant'] };
  return p;
}

test('every new field of round three is valid format 2, with no warning', () => {
  assert.deepEqual(issuesOf(everything()), []);
  const school = everything();
  school.salary.trainingSalary[0] = { year: 1, unpaid: 'school-fees', schoolFee: 300, schoolFeeMax: 600 };
  assert.deepEqual(issuesOf(school), []);
});

test('the checks across the new fields fail with their paths', () => {
  const cases = [
    [(p) => (p.training.exams[0].parts[0].window = { from: 'P24M', to: 'P18M' }), '$.training.exams[0].parts[0].window: from must come before to'],
    [(p) => (p.training.exams[0].parts[0].at = 'P18M'), '$.training.exams[0].parts[0].window: Give either at or window, not both'],
    [(p) => (p.training.exams[0].parts[1].areas[0].weight = 31), "$.training.exams[0].parts[1].areas: The weights of the areas must add up to the part's weight"],
    [(p) => (p.training.exams[0].parts[0].window.to = 'P4Y'), '$.training.exams: An exam must not come after the end of the training (timeToComplete)'],
    [(p) => p.training.exams[1].components.forEach((c, i) => (c.weight = [50, 30, 30][i])), null],
    [(p) => (p.training.hours.practice = 1000), '$.training.hours.practiceBreakdown: The hours by place must add up to practice'],
    [(p) => (p.training.shortening[0].examsAt[0] = { name: 'Teil 1' }), '$.training.shortening[0].examsAt[0].at: Give either at or window'],
    [(p) => (p.salary.trainingSalary[3].unpaid = ['grant', 'grant']), '$.salary.trainingSalary[3].unpaid: Must not name a reason twice'],
    [(p) => (p.salary.trainingSalary[3].unpaid = ['grant', 'no-pay', 'fees-covered']), '$.salary.trainingSalary[3].unpaid: Must not have more than 2 reasons'],
    [(p) => (p.salary.trainingSalary[0] = { year: 1, unpaid: 'grant', schoolFee: 300 }), '$.salary.trainingSalary[0].schoolFee: schoolFee goes with unpaid: "school-fees"'],
    [(p) => (p.salary.trainingSalary[0] = { year: 1, unpaid: 'school-fees', schoolFee: 600, schoolFeeMax: 300 }), '$.salary.trainingSalary[0].schoolFeeMax: schoolFeeMax goes with a lower schoolFee'],
    [(p) => (p.salary.kind = 'wage'), '$.salary.kind: Invalid type: Expected ("training-salary" | "candidate-salary" | "study-salary") but received "wage"'],
    [(p) => (p.training.numberOfCredits = 210.5), '$.training.numberOfCredits: Invalid integer: Received 210.5'],
    [(p) => (p.salary.scales[0].trainingSalery = []), '$.salary.scales[0].trainingSalery: Unknown field; did you mean "trainingSalary"?'],
  ];
  for (const [wrong, expected] of cases) {
    const p = everything();
    wrong(p);
    const issues = issuesOf(p);
    if (expected === null) assert.match(issues.join('\n'), /components: The weights of the components must add up to 100/);
    else assert.ok(issues.some((issue) => issue.startsWith(expected)), `${expected}\n got: ${issues.join('\n')}`);
  }
});

test('a further tariff without its collective agreement is held against the legal minimum', () => {
  const p = read('kaufmann-dialogmarketing.json');
  p.salary.referenceDate = '2026-08-01';
  p.salary.trainingSalary = [{ year: 1, value: 1000 }];
  p.salary.scales = [{ name: 'Kleine Betriebe', trainingSalary: [{ year: 1, value: 700 }] }, { name: 'Mit Tarif', collectiveAgreement: { name: 'Haustarif' }, trainingSalary: [{ year: 1, value: 650 }] }];
  const warnings = validateProfile(p, { today: new Date('2026-09-01') }).warnings.map((w) => w.path);
  assert.deepEqual(warnings, ['$.salary.scales[0].trainingSalary[0].value']);
});

test('the new fields have names for a person, and the CLI says the new checks in German', () => {
  assert.equal(fieldLabel('$.training.exams[0].parts[0].window.from', 'de'), '1. Prüfung, 1. Teil, Zeitraum, Beginn');
  assert.equal(fieldLabel('$.training.exams[0].parts[1].areas[2].weight', 'en'), '1st exam, 2nd part, 3rd exam area, weight');
  assert.equal(fieldLabel('$.salary.scales[1].trainingSalary[0].value', 'de'), '2. Tarif, 1. Ausbildungsjahr, Gehalt');
  assert.equal(fieldLabel('$.training.hours.practiceBreakdown[0].hours', 'en'), '1st place of practice, hours');
  assert.equal(fieldLabel('$.salary.salaryUponCompletion.grade', 'de'), 'Gehalt, Gehalt nach der Ausbildung, Besoldungs- oder Entgeltgruppe');
  const p = everything();
  p.training.exams[0].parts[0].window = { from: 'P24M', to: 'P18M' };
  const dir = mkdtempSync(join(tmpdir(), 'cw-format3-'));
  writeFileSync(join(dir, 'window.json'), JSON.stringify(p));
  const cli = new URL('../../bin/career-widgets.js', import.meta.url).pathname;
  const out = spawnSync('node', [cli, '--lang', 'de', 'validate', join(dir, 'window.json')], { encoding: 'utf8' });
  assert.equal(out.status, 1);
  assert.match(out.stdout, /\$\.training\.exams\[0\]\.parts\[0\]\.window \(1\. Prüfung, 1\. Teil, Zeitraum\): from muss vor to liegen/);
});

test('the JSON Schema names the new fields where an editor writes them', () => {
  const [v2] = JSON.parse(readFileSync(new URL('../../dist/profile.schema.json', import.meta.url), 'utf8')).oneOf;
  const training = v2.properties.training.properties;
  const part = training.exams.items.properties.parts.items;
  assert.deepEqual(Object.keys(part.properties), ['name', 'at', 'window', 'weight', 'areas', 'description']);
  assert.deepEqual(Object.keys(part.properties.window.properties), ['from', 'to']);
  for (const key of ['educationalCredentialAwarded', 'numberOfCredits', 'additionalQualifications']) assert.ok(training[key], key);
  assert.ok(training.hours.properties.practiceBreakdown);
  assert.ok(training.routes.items.properties.exams);
  assert.ok(training.shortening.items.properties.examsAt);
  const salary = v2.properties.salary.properties;
  assert.deepEqual(salary.kind.enum, ['training-salary', 'candidate-salary', 'study-salary']);
  assert.deepEqual(Object.keys(salary.salaryUponCompletion.properties), ['value', 'grade', 'allowances']);
  assert.ok(salary.scales.items.properties.trainingSalary);
  assert.ok(v2.properties.educationRequirements.properties.conditions);
});
