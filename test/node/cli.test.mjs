// The profile validator on the command line: `npx career-widgets validate FILE…`.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const cli = new URL('../../bin/career-widgets.js', import.meta.url).pathname;
const seedFile = new URL('../../profiles/kaufmann-dialogmarketing.json', import.meta.url).pathname;

function run(...args) {
  try {
    return { code: 0, out: execFileSync('node', [cli, ...args], { encoding: 'utf8' }) };
  } catch (error) {
    return { code: error.status, out: `${error.stdout}${error.stderr}` };
  }
}

test('the seed profile is valid', () => {
  const { code, out } = run('validate', seedFile);
  assert.equal(code, 0);
  assert.match(out, /✓ .*kaufmann-dialogmarketing\.json/);
});

test('a broken profile fails with every problem and its path', () => {
  const dir = mkdtempSync(join(tmpdir(), 'cw-'));
  const profile = JSON.parse(readFileSync(seedFile, 'utf8'));
  profile.salary.trainingSalary[2].value = 'viel';
  profile.quiz.questions[1].correctOption = 9;
  delete profile.name;
  const broken = join(dir, 'broken.json');
  writeFileSync(broken, JSON.stringify(profile));
  const notJson = join(dir, 'not.json');
  writeFileSync(notJson, '{ nope');

  const { code, out } = run('validate', seedFile, broken, notJson, join(dir, 'missing.json'));
  assert.equal(code, 1);
  assert.match(out, /broken\.json: 3 problems/);
  assert.match(out, /\$\.name: Required field is missing/);
  assert.match(out, /\$\.salary\.trainingSalary\[2\]\.value: Invalid type: Expected number but received "viel"/);
  assert.match(out, /\$\.quiz\.questions\[1\]\.correctOption: The right answer must be one of the options/);
  assert.match(out, /not\.json\n {2}\$: not JSON/);
  assert.match(out, /missing\.json\n {2}\$: file not found/);
});

test('it explains its usage', () => {
  const { code, out } = run();
  assert.equal(code, 2);
  assert.match(out, /usage: career-widgets validate .*FILE…/);
});
