// The project's own catalog (profiles/catalog.json) and the finder's item bank
// (profiles/finder-items.json): their internal consistency, their agreement with the eight full
// profiles they link, and the ranking method of docs/catalog-format.md run on them.
// Each check returns a list of problems, so the same checks also run on broken copies below:
// a check that cannot fail proves nothing.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const profilesDir = new URL('../../profiles/', import.meta.url);
const catalogUrl = new URL('catalog.json', profilesDir);
const itemsUrl = new URL('finder-items.json', profilesDir);
const readJson = (url) => JSON.parse(readFileSync(url, 'utf8'));
const catalog = readJson(catalogUrl);
const bank = readJson(itemsUrl);

const RIASEC = ['R', 'I', 'A', 'S', 'E', 'C'];
const KINDS = ['dual', 'school', 'health', 'civil-service', 'dual-study'];
const CERTIFICATES = ['hauptschulabschluss', 'mittlerer-schulabschluss', 'fachhochschulreife', 'hochschulreife'];
const PAY_KINDS = ['training-salary', 'candidate-salary', 'study-salary', 'unpaid'];
const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
const DURATION = /^P(?:(\d+)Y)?(?:(\d+)M)?$/;
const MAX_ITEM_CHARS = 70;
const ITEMS_PER_AREA = 5;
const MAX_SUMMARY_CHARS = 200;
const MIN_PROFESSIONS_PER_THEME = 3;
const MIN_LEADS_PER_LETTER = 3;
/** § 17 BBiG, training starting in 2025, years 1–4. */
const LEGAL_MINIMUM_2025 = [682, 805, 921, 955];
/** The statutory minimum wage (MiLoG) in 2025, 12.82 € an hour, as a full-time month (40 h × 13 / 3 weeks). */
const MINIMUM_WAGE_MONTH_2025 = Math.round(12.82 * 40 * 13 / 3);

const months = (duration) => {
  const m = DURATION.exec(duration ?? '');
  return m && (m[1] || m[2]) ? Number(m[1] ?? 0) * 12 + Number(m[2] ?? 0) : NaN;
};

// ---------------------------------------------------------------- checks on the catalog

function checkCatalog(c) {
  const problems = [];
  const bad = (path, message) => problems.push(`${path}: ${message}`);
  if (c.catalogVersion !== 1) bad('$.catalogVersion', 'must be 1');
  if (typeof c.lang !== 'string' || !c.lang) bad('$.lang', 'missing');
  if (!/^\d{4}-\d{2}-\d{2}$/.test(c.updated ?? '')) bad('$.updated', 'must be a date YYYY-MM-DD');

  const sourceIds = new Set();
  for (const [i, s] of (c.sources ?? []).entries()) {
    if (!SLUG.test(s.id ?? '')) bad(`$.sources[${i}].id`, 'not a slug');
    if (sourceIds.has(s.id)) bad(`$.sources[${i}].id`, `duplicate "${s.id}"`);
    sourceIds.add(s.id);
    if (!s.name) bad(`$.sources[${i}].name`, 'missing');
    if (s.url !== undefined && !s.url.startsWith('https://')) bad(`$.sources[${i}].url`, 'must be https:');
  }
  const usedSources = new Set();
  const useSource = (path, id) => {
    usedSources.add(id);
    if (!sourceIds.has(id)) bad(path, `unknown source "${id}"`);
  };
  if (c.interestsSource !== undefined) useSource('$.interestsSource', c.interestsSource);

  const themeIds = new Set();
  for (const [i, t] of (c.themes ?? []).entries()) {
    if (!SLUG.test(t.id ?? '')) bad(`$.themes[${i}].id`, 'not a slug');
    if (themeIds.has(t.id)) bad(`$.themes[${i}].id`, `duplicate "${t.id}"`);
    themeIds.add(t.id);
    if (!t.name || !t.description) bad(`$.themes[${i}]`, 'name and description are required');
  }

  const slugs = new Set();
  const perTheme = new Map([...themeIds].map((id) => [id, 0]));
  const leads = new Map(RIASEC.map((l) => [l, 0]));
  for (const [i, p] of (c.professions ?? []).entries()) {
    const at = `$.professions[${i}] (${p.slug})`;
    if (!SLUG.test(p.slug ?? '')) bad(at, 'slug is not a slug');
    if (slugs.has(p.slug)) bad(at, `duplicate slug "${p.slug}"`);
    slugs.add(p.slug);
    if (!p.name) bad(at, 'name missing');
    if (!p.titles?.feminine || !p.titles?.masculine) bad(`${at}.titles`, 'feminine and masculine forms are required');
    if (!Array.isArray(p.themes) || p.themes.length === 0) bad(`${at}.themes`, 'at least one Themenwelt');
    for (const t of p.themes ?? []) {
      if (!themeIds.has(t)) bad(`${at}.themes`, `unknown Themenwelt "${t}"`);
      else perTheme.set(t, perTheme.get(t) + 1);
    }
    if (new Set(p.themes).size !== (p.themes ?? []).length) bad(`${at}.themes`, 'a Themenwelt twice');
    const code = p.interests ?? '';
    if (!/^[RIASEC]{1,3}$/.test(code) || new Set(code).size !== code.length) bad(`${at}.interests`, `"${code}" is not 1–3 distinct RIASEC letters`);
    else leads.set(code[0], leads.get(code[0]) + 1);
    if (!KINDS.includes(p.trainingKind)) bad(`${at}.trainingKind`, `"${p.trainingKind}" is not one of ${KINDS.join(', ')}`);
    const m = months(p.duration);
    if (!(m > 0 && m <= 120)) bad(`${at}.duration`, `"${p.duration}" is not an ISO 8601 duration of up to 10 years`);
    if (!CERTIFICATES.includes(p.schoolCertificate)) bad(`${at}.schoolCertificate`, `"${p.schoolCertificate}" unknown`);
    if (typeof p.summary !== 'string' || !p.summary || p.summary.length > MAX_SUMMARY_CHARS) bad(`${at}.summary`, `one sentence of at most ${MAX_SUMMARY_CHARS} characters`);
    if (p.profileUrl !== undefined && /^[a-z][a-z0-9+.-]*:/i.test(p.profileUrl) && !p.profileUrl.startsWith('https://')) bad(`${at}.profileUrl`, 'absolute URLs must be https:');

    const pay = p.trainingPay;
    if (!pay || !PAY_KINDS.includes(pay.kind)) bad(`${at}.trainingPay.kind`, `one of ${PAY_KINDS.join(', ')}`);
    else {
      useSource(`${at}.trainingPay.source`, pay.source);
      if (typeof pay.estimate !== 'boolean') bad(`${at}.trainingPay.estimate`, 'must be true or false');
      if (pay.year !== 2025) bad(`${at}.trainingPay.year`, 'the figures of this catalog are for 2025');
      if (pay.kind === 'unpaid') {
        if (pay.min !== undefined || pay.max !== undefined) bad(`${at}.trainingPay`, 'an unpaid training has no min or max');
        if (!pay.note) bad(`${at}.trainingPay.note`, 'an unpaid training says why, in a note');
      } else {
        if (!(pay.min > 0 && pay.max > 0)) bad(`${at}.trainingPay`, 'min and max must be positive amounts');
        if (!(pay.min <= pay.max)) bad(`${at}.trainingPay`, `min ${pay.min} > max ${pay.max}`);
        const unpaid = pay.unpaidYears ?? 0;
        if (!Number.isInteger(unpaid) || unpaid < 0 || unpaid * 12 >= m) bad(`${at}.trainingPay.unpaidYears`, 'a whole number of years, shorter than the training');
        // The legal minimum (§ 17 BBiG) for the first and the last training year, for trainings under BBiG/HwO.
        if (p.trainingKind === 'dual') {
          const lastYear = Math.min(Math.ceil(m / 12), 4);
          if (pay.min < LEGAL_MINIMUM_2025[0]) bad(`${at}.trainingPay.min`, `${pay.min} € is under the legal minimum of ${LEGAL_MINIMUM_2025[0]} €`);
          if (pay.max < LEGAL_MINIMUM_2025[lastYear - 1]) bad(`${at}.trainingPay.max`, `${pay.max} € is under the legal minimum of ${LEGAL_MINIMUM_2025[lastYear - 1]} € in year ${lastYear}`);
        }
      }
      if (pay.schoolFee !== undefined && !(pay.schoolFee.min >= 0 && pay.schoolFee.min <= pay.schoolFee.max)) bad(`${at}.trainingPay.schoolFee`, 'min ≤ max, both ≥ 0');
      if (p.trainingKind === 'civil-service' && pay.kind !== 'candidate-salary') bad(`${at}.trainingPay.kind`, 'civil-service trainings are paid Anwärterbezüge (candidate-salary)');
      if (pay.kind === 'candidate-salary' && p.trainingKind !== 'civil-service') bad(`${at}.trainingPay.kind`, 'Anwärterbezüge only in civil-service trainings');
    }
    const entry = p.entryPay;
    if (!entry) bad(`${at}.entryPay`, 'missing');
    else {
      useSource(`${at}.entryPay.source`, entry.source);
      if (typeof entry.estimate !== 'boolean') bad(`${at}.entryPay.estimate`, 'must be true or false');
      if (!(entry.min > 0 && entry.min <= entry.max)) bad(`${at}.entryPay`, `min ${entry.min} > max ${entry.max}`);
      if (entry.min < MINIMUM_WAGE_MONTH_2025) bad(`${at}.entryPay.min`, `${entry.min} € is under the minimum wage, ${MINIMUM_WAGE_MONTH_2025} € a month full-time`);
      if (pay?.max !== undefined && entry.min < pay.max) bad(`${at}.entryPay.min`, `${entry.min} € is less than the last training year's ${pay.max} €`);
    }
  }
  for (const [id, n] of perTheme) if (n < MIN_PROFESSIONS_PER_THEME) bad(`$.themes (${id})`, `${n} professions; at least ${MIN_PROFESSIONS_PER_THEME}`);
  for (const [letter, n] of leads) if (n < MIN_LEADS_PER_LETTER) bad(`$.professions`, `${letter} leads ${n} codes; at least ${MIN_LEADS_PER_LETTER}`);
  for (const s of sourceIds) if (!usedSources.has(s)) bad('$.sources', `"${s}" is listed but used by no figure`);
  return problems;
}

/** Every linked profile exists next to the catalog and says the same as its catalog entry. */
function checkProfileLinks(c, base) {
  const problems = [];
  for (const p of c.professions) {
    if (p.profileUrl === undefined) continue;
    const url = new URL(p.profileUrl, base);
    if (url.protocol !== 'file:' || !existsSync(url)) {
      problems.push(`${p.slug}: profileUrl "${p.profileUrl}" resolves to ${url.href}, which does not exist`);
      continue;
    }
    const profile = readJson(url);
    const lang = profile.inLanguage ?? 'de';
    if (lang !== (p.profileLang ?? c.lang)) problems.push(`${p.slug}: profile language "${lang}", catalog says "${p.profileLang ?? c.lang}"`);
    if (lang === c.lang && profile.identifier !== undefined && profile.identifier !== p.slug) problems.push(`${p.slug}: the profile's identifier is "${profile.identifier}"`);
    if (lang === c.lang && profile.name !== p.name) problems.push(`${p.slug}: name "${p.name}" differs from the profile's "${profile.name}"`);
    if (profile.training?.timeToComplete && profile.training.timeToComplete !== p.duration) problems.push(`${p.slug}: duration ${p.duration}, profile ${profile.training.timeToComplete}`);
    const rows = profile.salary?.trainingSalary ?? [];
    const paid = rows.filter((r) => r.value !== undefined);
    const leadingUnpaid = rows.findIndex((r) => r.value !== undefined);
    if (paid.length > 0) {
      if (p.trainingPay.min !== paid[0].value) problems.push(`${p.slug}: trainingPay.min ${p.trainingPay.min}, profile's first paid year ${paid[0].value}`);
      if (p.trainingPay.max !== rows.at(-1).value) problems.push(`${p.slug}: trainingPay.max ${p.trainingPay.max}, profile's last year ${rows.at(-1).value}`);
      if ((p.trainingPay.unpaidYears ?? 0) !== leadingUnpaid) problems.push(`${p.slug}: unpaidYears ${p.trainingPay.unpaidYears ?? 0}, profile ${leadingUnpaid}`);
    }
    // What the pay is called (issue 25): Anwärterbezüge in the catalog are Anwärterbezüge in the profile.
    const kind = profile.salary?.kind ?? 'training-salary';
    if (p.trainingPay.kind !== 'unpaid' && profile.salary && kind !== p.trainingPay.kind) problems.push(`${p.slug}: trainingPay.kind ${p.trainingPay.kind}, profile's salary.kind ${kind}`);
    const entry = profile.salary?.salaryUponCompletion?.value;
    if (entry !== undefined && !(p.entryPay.min <= entry && entry <= p.entryPay.max)) problems.push(`${p.slug}: entry pay ${p.entryPay.min}–${p.entryPay.max} leaves out the profile's ${entry}`);
  }
  return problems;
}

// ---------------------------------------------------------------- checks on the item bank

function checkItems(b) {
  const problems = [];
  const bad = (path, message) => problems.push(`${path}: ${message}`);
  if (b.itemBankVersion !== 1) bad('$.itemBankVersion', 'must be 1');
  if (!b.lang) bad('$.lang', 'missing');
  const langs = b.languages ?? [b.lang];
  const areaIds = (b.areas ?? []).map((a) => a.id);
  if (areaIds.join('') !== RIASEC.join('')) bad('$.areas', `must be the six areas in the order R I A S E C, not ${areaIds.join(' ')}`);
  for (const [i, a] of (b.areas ?? []).entries()) {
    for (const l of langs) if (!a.name?.[l] || !a.description?.[l]) bad(`$.areas[${i}]`, `name and description in "${l}"`);
  }
  const ids = new Set();
  const texts = new Set();
  const perArea = new Map(RIASEC.map((l) => [l, 0]));
  for (const [i, item] of (b.items ?? []).entries()) {
    const at = `$.items[${i}] (${item.id})`;
    if (!/^[a-z0-9-]+$/.test(item.id ?? '')) bad(at, 'id missing or not a slug');
    if (ids.has(item.id)) bad(at, `duplicate id "${item.id}"`);
    ids.add(item.id);
    if (!perArea.has(item.area)) bad(`${at}.area`, `"${item.area}" is not a RIASEC area`);
    else perArea.set(item.area, perArea.get(item.area) + 1);
    for (const l of langs) {
      const text = item.text?.[l];
      if (typeof text !== 'string' || !text.trim()) bad(`${at}.text.${l}`, 'missing');
      else {
        if (text.length > MAX_ITEM_CHARS) bad(`${at}.text.${l}`, `${text.length} characters; at most ${MAX_ITEM_CHARS}`);
        if (texts.has(text)) bad(`${at}.text.${l}`, 'the same text twice');
        texts.add(text);
      }
    }
  }
  for (const [area, n] of perArea) if (n !== ITEMS_PER_AREA) bad('$.items', `area ${area} has ${n} items; exactly ${ITEMS_PER_AREA}`);
  return problems;
}

// ---------------------------------------------------------------- the ranking of docs/catalog-format.md

// The library's own ranking (src/core/catalog.ts, built into dist/: `npm run build` first), so that the
// worked example of the docs checks the code the finder runs.
const library = await import('../../dist/core/catalog.js');
const POINTS = { like: 2, unsure: 1, dislike: 0 };
const collator = new Intl.Collator('de');

/** The six area scores in [0, 1], from answers written as words. */
const areaScores = (items, answers) => library.areaScores(items, Object.fromEntries(Object.entries(answers).map(([id, word]) => [id, POINTS[word]])));

const rank = (professions, scores) =>
  library.rankProfessions(professions, scores, collator).map(({ entry, score }) => ({ slug: entry.slug, name: entry.name, interests: entry.interests, score }));

/** Like every item of one area, dislike the rest. */
const favouring = (letter) => Object.fromEntries(bank.items.map((i) => [i.id, i.area === letter ? 'like' : 'dislike']));

// ---------------------------------------------------------------- the tests

test('the catalog is consistent: slugs, Themenwelten, codes, kinds, durations, pay and sources', () => {
  assert.deepEqual(checkCatalog(catalog), []);
  assert.ok(catalog.professions.length >= 40, `${catalog.professions.length} professions; at least 40`);
  assert.ok(catalog.themes.length >= 8, `${catalog.themes.length} Themenwelten; at least 8`);
  assert.deepEqual(new Set(catalog.professions.map((p) => p.trainingKind)), new Set(KINDS), 'every kind of training is in it');
});

test('every profile link resolves against the catalog URL, and the profile agrees with its entry', () => {
  assert.deepEqual(checkProfileLinks(catalog, catalogUrl), []);
  // Every full profile in profiles/ is in the catalog.
  const profiles = readdirSync(fileURLToPath(profilesDir)).filter((f) => f.endsWith('.json') && 'schemaVersion' in readJson(new URL(f, profilesDir)));
  const linked = catalog.professions.map((p) => p.profileUrl).filter(Boolean);
  assert.deepEqual([...linked].sort(), [...profiles].sort());
});

test('the codes discriminate: social professions lead with S, realistic ones with R', () => {
  const code = (slug) => catalog.professions.find((p) => p.slug === slug)?.interests;
  for (const slug of ['erzieher', 'pflegefachmann', 'notfallsanitaeter', 'physiotherapeut', 'sozialassistent']) assert.equal(code(slug)?.[0], 'S', slug);
  for (const slug of ['industriemechaniker', 'elektroniker-energie-gebaeudetechnik', 'tischler', 'kfz-mechatroniker', 'maurer']) assert.equal(code(slug)?.[0], 'R', slug);
});

test('docs/catalog-interest-codes.md gives every profession its code and reference, and no other code', () => {
  const table = readFileSync(new URL('../../docs/catalog-interest-codes.md', import.meta.url), 'utf8');
  const rows = new Map();
  for (const line of table.split('\n')) {
    const m = /^\| [^|]*\(`([a-z0-9-]+)`\) \| ([A-Z]+) \| ([^|]+) \|/.exec(line);
    if (m) rows.set(m[1], { code: m[2], reference: m[3] });
  }
  for (const p of catalog.professions) {
    assert.equal(rows.get(p.slug)?.code, p.interests, `${p.slug}: the table's code`);
    assert.match(rows.get(p.slug).reference, /\(\d{2}-\d{4}\.\d{2}\)/, `${p.slug}: an O*NET-SOC reference`);
  }
  assert.equal(rows.size, catalog.professions.length, 'no row for a profession the catalog does not have');
});

test('the item bank: six areas, five items each, German and English, short and distinct', () => {
  assert.deepEqual(checkItems(bank), []);
  assert.equal(bank.items.length, 30);
});

test('the ranking puts professions of the favoured area first, for every area', () => {
  for (const letter of RIASEC) {
    const ranking = rank(catalog.professions, areaScores(bank.items, favouring(letter)));
    const top = ranking.slice(0, 3);
    for (const r of top) assert.equal(r.interests[0], letter, `liking only ${letter}: ${r.name} (${r.interests}) is in the top 3`);
  }
  const position = (ranking, slug) => ranking.findIndex((r) => r.slug === slug);
  const social = rank(catalog.professions, areaScores(bank.items, favouring('S')));
  for (const slug of ['erzieher', 'pflegefachmann']) assert.ok(position(social, slug) < position(social, 'industriemechaniker'), slug);
  const realistic = rank(catalog.professions, areaScores(bank.items, favouring('R')));
  for (const slug of ['erzieher', 'pflegefachmann']) assert.ok(position(realistic, 'industriemechaniker') < position(realistic, slug), slug);
});

test('the worked example of docs/catalog-format.md', () => {
  // R: like like unsure dislike like; I: unsure unsure like dislike dislike; A: like dislike dislike dislike dislike;
  // S: like like like unsure like; E: unsure unsure unsure unsure unsure; C: dislike dislike unsure like dislike.
  const pattern = { R: 'LLUDL', I: 'UULDD', A: 'LDDDD', S: 'LLLUL', E: 'UUUUU', C: 'DDULD' };
  const word = { L: 'like', U: 'unsure', D: 'dislike' };
  const answers = {};
  for (const [area, letters] of Object.entries(pattern)) [...letters].forEach((a, n) => (answers[`${area.toLowerCase()}${n + 1}`] = word[a]));
  const scores = areaScores(bank.items, answers);
  assert.deepEqual(scores, { R: 0.7, I: 0.4, A: 0.2, S: 0.9, E: 0.5, C: 0.3 });
  const example = [
    { slug: 'pflegefachmann', name: 'Pflegefachfrau / Pflegefachmann', interests: 'SIC' },
    { slug: 'industriemechaniker', name: 'Industriemechaniker / Industriemechanikerin', interests: 'RIC' },
    { slug: 'notfallsanitaeter', name: 'Notfallsanitäter / Notfallsanitäterin', interests: 'SRI' },
    { slug: 'maurer', name: 'Maurer / Maurerin', interests: 'RC' },
    { slug: 'berufskraftfahrer', name: 'Berufskraftfahrer / Berufskraftfahrerin', interests: 'RC' },
    { slug: 'erzieher', name: 'Erzieher / Erzieherin', interests: 'SAE' },
  ];
  assert.deepEqual(rank(example, scores).map((r) => `${r.slug} ${r.score}`), [
    'notfallsanitaeter 0.75',
    'pflegefachmann 0.633',
    'erzieher 0.6',
    'berufskraftfahrer 0.54',
    'maurer 0.54',
    'industriemechaniker 0.533',
  ]);
  // The same input gives the same ranking, whatever the order of the catalog.
  assert.deepEqual(rank([...catalog.professions].reverse(), scores), rank(catalog.professions, scores));
});

test('the checks fail on broken data (they are not vacuous)', () => {
  const copy = () => structuredClone(catalog);
  let c = copy();
  c.professions[1].slug = c.professions[0].slug;
  assert.match(checkCatalog(c).join('\n'), /duplicate slug/);
  c = copy();
  c.professions[0].themes = ['no-such-theme'];
  assert.match(checkCatalog(c).join('\n'), /unknown Themenwelt "no-such-theme"/);
  c = copy();
  c.themes.push({ id: 'leer', name: 'Leer', description: 'Noch ohne Berufe.' });
  assert.match(checkCatalog(c).join('\n'), /\(leer\): 0 professions/);
  c = copy();
  c.professions[0].interests = 'SS';
  assert.match(checkCatalog(c).join('\n'), /"SS" is not 1–3 distinct RIASEC letters/);
  c = copy();
  for (const p of c.professions) if (p.interests[0] === 'A') p.interests = 'R';
  assert.match(checkCatalog(c).join('\n'), /A leads 0 codes/);
  c = copy();
  Object.assign(c.professions[0].trainingPay, { min: 1300, max: 1200 });
  assert.match(checkCatalog(c).join('\n'), /min 1300 > max 1200/);
  c = copy();
  c.professions[0].entryPay.source = 'nowhere';
  assert.match(checkCatalog(c).join('\n'), /unknown source "nowhere"/);
  c = copy();
  c.professions.find((p) => p.trainingKind === 'dual').trainingPay.min = 500;
  assert.match(checkCatalog(c).join('\n'), /under the legal minimum of 682 €/);
  c = copy();
  c.professions[0].entryPay.min = 2000;
  assert.match(checkCatalog(c).join('\n'), /2000 € is under the minimum wage, 2222 €/);
  c = copy();
  c.professions.find((p) => p.profileUrl).profileUrl = 'missing-profile.json';
  assert.match(checkProfileLinks(c, catalogUrl).join('\n'), /missing-profile\.json.*does not exist/);
  c = copy();
  c.professions.find((p) => p.slug === 'pflegefachmann').trainingPay.min = 1400;
  assert.match(checkProfileLinks(c, catalogUrl).join('\n'), /pflegefachmann: trainingPay\.min 1400, profile's first paid year 1415\.69/);
  // Relative URLs resolve against the catalog's own URL, not against the working directory.
  assert.match(checkProfileLinks(catalog, new URL('file:///nowhere/catalog.json')).join('\n'), /does not exist/);

  const b = structuredClone(bank);
  b.items = b.items.filter((i) => i.id !== 'c5');
  b.items[0].text.en = 'x'.repeat(71);
  delete b.items[1].text.de;
  const itemProblems = checkItems(b).join('\n');
  assert.match(itemProblems, /area C has 4 items/);
  assert.match(itemProblems, /71 characters; at most 70/);
  assert.match(itemProblems, /text\.de: missing/);
});
