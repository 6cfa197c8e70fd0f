// `career-widgets validate` on the two documents beside the profile (issue 23): a catalog and the
// finder's item bank are told apart by their version field and checked like a profile: the schema,
// what only the whole document can say (a slug given twice, an unknown Themenwelt), unknown fields,
// the limits, and for a catalog its profile links. Needs dist/ (`npm run build`).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { copyFileSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const cli = new URL('../../bin/career-widgets.js', import.meta.url).pathname;
const profiles = new URL('../../profiles/', import.meta.url).pathname;
const catalog = JSON.parse(readFileSync(join(profiles, 'catalog.json'), 'utf8'));
const bank = JSON.parse(readFileSync(join(profiles, 'finder-items.json'), 'utf8'));

const run = (args) => {
  const result = spawnSync('node', [cli, ...args], { encoding: 'utf8', env: { ...process.env, LC_ALL: '', LC_MESSAGES: '', LANG: 'C' } });
  return { code: result.status, out: result.stdout + result.stderr };
};
const dir = mkdtempSync(join(tmpdir(), 'cw-catalog-'));
/** A changed copy of `document`, written beside copies of the linked profiles (so its relative links resolve). */
function variant(name, document, change) {
  const copy = structuredClone(document);
  change(copy);
  writeFileSync(join(dir, name), JSON.stringify(copy));
  return join(dir, name);
}
for (const p of catalog.professions.filter((p) => p.profileUrl)) copyFileSync(join(profiles, p.profileUrl), join(dir, p.profileUrl));

test('our catalog and item bank are valid, and say what they are', () => {
  const { code, out } = run(['validate', join(profiles, 'catalog.json'), join(profiles, 'finder-items.json')]);
  assert.equal(code, 0, out);
  assert.match(out, /✓ .*catalog\.json \(catalog\)/);
  assert.match(out, /✓ .*finder-items\.json \(item bank of the profession finder\)/);
});

test('a catalog: a slug given twice, an unknown Themenwelt and source, an unsafe link, a typo, each with its path', () => {
  const file = variant('bad.json', catalog, (c) => {
    c.professions[1].slug = c.professions[0].slug;
    c.professions[2].themes = ['gibt-es-nicht'];
    c.professions[3].entryPay.source = 'unbekannt';
    c.professions[4].profileUrl = 'javascript:alert(1)';
    c.professions[5].intrests = 'RIC';
  });
  const { code, out } = run(['validate', file]);
  assert.equal(code, 1, out);
  assert.match(out, /\$\.professions\[1\]\.slug: The slug "kaufmann-dialogmarketing" is given twice \(first at \$\.professions\[0\]\)/);
  assert.match(out, /\$\.professions\[2\]\.themes\[0\]: No Themenwelt has the id "gibt-es-nicht"/);
  assert.match(out, /\$\.professions\[3\]\.entryPay\.source: No source has the id "unbekannt"/);
  assert.match(out, /\$\.professions\[4\]\.profileUrl: Must be an https: or http: URL/);
  assert.match(out, /\$\.professions\[5\]\.intrests: Unknown field; did you mean "interests"\?/);
});

test('a catalog: the schema and the limits (codes, pay, kinds, version)', () => {
  const file = variant('schema.json', catalog, (c) => {
    c.professions[0].interests = 'RRX';
    c.professions[1].trainingPay.min = 2000;
    c.professions[1].trainingPay.max = 1000;
    c.professions[2].trainingKind = 'apprenticeship';
    c.professions[3].duration = 'P30Y';
  });
  const { code, out } = run(['validate', file]);
  assert.equal(code, 1, out);
  assert.match(out, /\$\.professions\[0\]\.interests: Must be one to three of the letters R, I, A, S, E, C/);
  assert.match(out, /\$\.professions\[1\]\.trainingPay: max must not be below min/);
  assert.match(out, /\$\.professions\[2\]\.trainingKind: Invalid type/);
  assert.match(out, /\$\.professions\[3\]\.duration: Must not be longer than 10 years/);
  const version = run(['validate', variant('v9.json', catalog, (c) => (c.catalogVersion = 9))]);
  assert.match(version.out, /\$\.catalogVersion: Must be 1/);
});

test('a catalog: each profile link resolves against the catalog file to a valid profile', () => {
  const file = variant('links.json', catalog, (c) => {
    c.professions[0].profileUrl = 'fehlt.json';
    c.professions[1].profileUrl = 'broken-profile.json';
  });
  writeFileSync(join(dir, 'broken-profile.json'), JSON.stringify({ schemaVersion: 2, name: '' }));
  const { code, out } = run(['validate', file]);
  assert.equal(code, 1, out);
  assert.match(out, /\$\.professions\[0\]\.profileUrl: The linked profile \S*fehlt\.json: file not found/);
  assert.match(out, /\$\.professions\[1\]\.profileUrl: The linked profile \S*broken-profile\.json is not valid \(1 issue/);
  // The eight linked profiles beside it are found and valid: only the two changed links are named.
  assert.equal(out.match(/profileUrl/g).length, 2, out);
});

test('an item bank: an area without items, an item id twice, a missing translation, six areas in order', () => {
  const file = variant('items.json', bank, (b) => {
    b.items = b.items.filter((item) => item.area !== 'A');
    b.items.push({ ...b.items[0] });
    delete b.items[1].text.en;
  });
  const { code, out } = run(['validate', file]);
  assert.equal(code, 1, out);
  assert.match(out, /\$\.items: No item for the area A: its score would be unknown/);
  assert.match(out, /\$\.items\[\d+\]\.id: The item id "r1" is given twice/);
  assert.match(out, /\$\.items\[1\]\.text: No text in "en", one of the bank's languages/);
  const areas = run(['validate', variant('areas.json', bank, (b) => b.areas.reverse())]);
  assert.match(areas.out, /\$\.areas: Must list the six areas R, I, A, S, E, C, in this order/);
});

test('sizes: a catalog may hold 5,000 professions (about 5 MB); a profile stays limited to 1 MB', () => {
  const big = variant('big.json', catalog, (c) => {
    c.professions = Array.from({ length: 5000 }, (_, i) => ({ ...catalog.professions[i % catalog.professions.length], slug: `beruf-${i}`, profileUrl: undefined }));
  });
  assert.ok(readFileSync(big).length > 1024 * 1024);
  const { code, out } = run(['validate', big]);
  assert.equal(code, 0, out);
  const profile = JSON.parse(readFileSync(join(profiles, 'tischler.json'), 'utf8'));
  profile.description = 'x'.repeat(1024 * 1024);
  writeFileSync(join(dir, 'huge-profile.json'), JSON.stringify(profile));
  const huge = run(['validate', join(dir, 'huge-profile.json')]);
  assert.equal(huge.code, 1);
  assert.match(huge.out, /larger than 1 MB/);
});
