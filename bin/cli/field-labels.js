// A JSON path in words for a person: `$.salary.trainingSalary[1].value` → "2. Ausbildungsjahr,
// Gehalt" / "2nd year of training, pay". It works from the path's segments alone, so a field it
// has no word for (a newer format) still reads: its name split into words ("salary upon
// completion"), and an item of an unknown list as "item 3". Words before the first list item are
// left out: "2. Ausbildungsjahr" already says it is about pay.

/** Words for field names: `[de, en]`; `parent.key` first, where a name means different things. */
const FIELDS = {
  '.name': ['Berufsbezeichnung', 'name of the profession'],
  // A ListItem's `item` wraps the posting: no word of its own.
  item: null,
  'trainingSalary.value': ['Gehalt', 'pay'],
  'salaryUponCompletion.value': null, // "pay after the training" says it
  'identifier.value': ['Wert', 'value'],
  address: ['Adresse', 'address'],
  additionalQualifications: ['Zusatzqualifikationen', 'additional qualifications'],
  allowances: ['Zulagen', 'allowances'],
  areas: ['Prüfungsbereiche', 'exam areas'],
  components: ['Prüfungsteile', 'exam components'],
  conditions: ['weitere Voraussetzungen', 'further conditions'],
  conductingBody: ['durchführende Stelle', 'conducting body'],
  educationalCredentialAwarded: ['akademischer Abschluss', 'academic degree'],
  examiningBody: ['prüfende Stelle', 'examining body'],
  examsAt: ['Prüfungszeiten', 'exam times'],
  form: ['Prüfungsform', 'form of the exam'],
  grade: ['Besoldungs- oder Entgeltgruppe', 'pay grade'],
  'window.from': ['Beginn', 'start'],
  'window.to': ['Ende', 'end'],
  window: ['Zeitraum', 'window'],
  numberOfCredits: ['Leistungspunkte (ECTS)', 'credits (ECTS)'],
  practiceBreakdown: ['Praxisstunden nach Ort', 'practice hours by place'],
  place: ['Ort', 'place'],
  hours: ['Stunden', 'hours'],
  scales: ['Tarife', 'pay scales'],
  schoolFee: ['Schulgeld', 'school fees'],
  schoolFeeMax: ['höchstes Schulgeld', 'highest school fees'],
  unpaid: ['unbezahlt, weil', 'unpaid because'],
  weight: ['Gewicht', 'weight'],
  addressLocality: ['Ort', 'place'],
  alternatives: ['Alternativen', 'alternatives'],
  application: ['Bewerbung', 'application'],
  attire: ['Kleidung', 'attire'],
  company: ['im Betrieb', 'at the company'],
  conductedBy: ['abgenommen von', 'conducted by'],
  correctOption: ['richtige Antwort', 'right answer'],
  credential: ['Abschluss', 'credential'],
  creditedDuration: ['angerechnete Zeit', 'credited time'],
  cta: ['Handlungsaufruf', 'call to action'],
  currency: ['Währung', 'currency'],
  dailyRoutine: ['Arbeitsalltag', 'working day'],
  datePosted: ['veröffentlicht am', 'date posted'],
  description: ['Beschreibung', 'description'],
  documents: ['Unterlagen', 'documents'],
  educationRequirements: ['Schulabschluss', 'school certificate'],
  educationalPath: ['Ausbildungsart', 'kind of training'],
  employmentType: ['Art der Anstellung', 'employment type'],
  emptyText: ['Text ohne Stellen', 'text without vacancies'],
  explanation: ['Erklärung', 'explanation'],
  facts: ['Eckdaten', 'key facts'],
  feminine: ['weibliche Form', 'feminine form'],
  furtherEducation: ['Weiterbildung', 'further education'],
  highlighted: ['hervorgehoben', 'highlighted'],
  highlights: ['Schwerpunkte', 'highlights'],
  hiringOrganization: ['Arbeitgeber', 'employer'],
  href: ['Link', 'link'],
  identifier: ['Kennung', 'identifier'],
  intro: ['Einleitung', 'intro'],
  introduction: ['Einleitung', 'introduction'],
  jobAlert: ['Suchbot', 'job alert'],
  jobLocation: ['Arbeitsort', 'job location'],
  jobStartDate: ['Beginn', 'start date'],
  kind: ['Art', 'kind'],
  label: ['Beschriftung', 'label'],
  learningPlaces: ['Lernorte', 'places of learning'],
  masculine: ['männliche Form', 'masculine form'],
  maxScore: ['höchste Punktzahl', 'highest score'],
  minScore: ['niedrigste Punktzahl', 'lowest score'],
  moreInfo: ['mehr Informationen', 'more information'],
  moreLink: ['Link „alle anzeigen“', '"show all" link'],
  name: ['Name', 'name'],
  neutral: ['neutrale Form', 'neutral form'],
  notes: ['Hinweise', 'notes'],
  postalCode: ['Postleitzahl', 'postal code'],
  prerequisite: ['Voraussetzung', 'prerequisite'],
  prospects: ['Aussichten', 'prospects'],
  qualifications: ['Qualifikationen', 'qualifications'],
  question: ['Frage', 'question'],
  quiz: ['Quiz', 'quiz'],
  referenceDate: ['Stand', 'reference date'],
  remainingDuration: ['verbleibende Zeit', 'remaining time'],
  responsibilities: ['Aufgaben', 'tasks'],
  salary: ['Gehalt', 'pay'],
  salaryUponCompletion: ['Gehalt nach der Ausbildung', 'pay after the training'],
  schemaVersion: ['Formatversion', 'format version'],
  school: ['in der Berufsschule', 'at vocational school'],
  source: ['Quelle', 'source'],
  submission: ['Einreichung', 'submission'],
  suitability: ['Eignung', 'suitability'],
  text: ['Text', 'text'],
  timeToComplete: ['Dauer', 'duration'],
  timing: ['Zeitpunkt', 'timing'],
  title: ['Titel', 'title'],
  titles: ['Berufsbezeichnungen', 'job titles'],
  training: ['Ausbildung', 'training'],
  trainingContents: ['Ausbildungsinhalte', 'training contents'],
  unitText: ['Zeiteinheit', 'unit of time'],
  url: ['Link', 'link'],
  vacancies: ['Stellenangebote', 'vacancies'],
  validThrough: ['gültig bis', 'valid through'],
  value: ['Wert', 'value'],
  workplaces: ['Arbeitsorte', 'workplaces'],
};

/** Words for one item of a list: `[de, en]`, numbered ("2. Ausbildungsjahr", "2nd year of training"). */
const ITEMS = {
  trainingSalary: ['Ausbildungsjahr', 'year of training'],
  questions: ['Frage', 'question'],
  options: ['Antwortmöglichkeit', 'option'],
  'furtherEducation.options': ['Weiterbildungsmöglichkeit', 'further-education option'],
  results: ['Ergebnis', 'result'],
  exams: ['Prüfung', 'exam'],
  parts: ['Teil', 'part'],
  areas: ['Prüfungsbereich', 'exam area'],
  components: ['Prüfungsteil', 'exam component'],
  periods: ['Abschnitt', 'period'],
  routes: ['Weg', 'route'],
  scales: ['Tarif', 'pay scale'],
  allowances: ['Zulage', 'allowance'],
  conditions: ['Voraussetzung', 'condition'],
  additionalQualifications: ['Zusatzqualifikation', 'additional qualification'],
  practiceBreakdown: ['Einsatzort', 'place of practice'],
  examsAt: ['Prüfungszeit', 'exam time'],
  shortening: ['Verkürzungsmöglichkeit', 'way to shorten the training'],
  skills: ['Stärke', 'strength'],
  items: ['Stellenangebot', 'vacancy'],
  itemListElement: ['Stellenangebot', 'vacancy'],
  '@graph': ['Eintrag', 'entry'],
  relatedLinks: ['Link', 'link'],
  notes: ['Hinweis', 'note'],
  tips: ['Tipp', 'tip'],
  documents: ['Unterlage', 'document'],
};

const LANGS = { de: 0, en: 1 };
const own = (table, key) => (Object.hasOwn(table, key) ? table[key] : undefined);

/** `$.a.b[0]["odd key"]` → `['a', 'b', 0, 'odd key']`; `undefined` for what is no JSON path. */
export function pathSegments(path) {
  if (!path.startsWith('$')) return undefined;
  const segments = [];
  const pattern = /\.([A-Za-z_$][\w$]*)|\[(\d+)\]|\[("(?:[^"\\]|\\.)*")\]/y;
  pattern.lastIndex = 1;
  while (pattern.lastIndex < path.length) {
    const match = pattern.exec(path);
    if (!match) return undefined;
    segments.push(match[1] ?? (match[2] !== undefined ? Number(match[2]) : JSON.parse(match[3])));
  }
  return segments;
}

/** `salaryUponCompletion` → `salary upon completion`; `post_code` → `post code`. */
const humanize = (key) => key.replace(/([a-z\d])([A-Z])/g, '$1 $2').replace(/[_-]+/g, ' ').toLowerCase().trim();

function ordinal(n, lang) {
  if (lang === 'de') return `${n}.`;
  const suffix = { one: 'st', two: 'nd', few: 'rd' }[new Intl.PluralRules('en', { type: 'ordinal' }).select(n)] ?? 'th';
  return `${n}${suffix}`;
}

/**
 * The field a JSON path names, in words in `lang` (`de` or `en`); '' for the whole document (`$`)
 * or a path it cannot read.
 */
export function fieldLabel(path, lang = 'en') {
  const segments = pathSegments(path);
  if (!segments) return '';
  const i = LANGS[lang] ?? 1;
  const words = [];
  let firstItem = -1;
  segments.forEach((segment, at) => {
    const key = at > 0 ? segments[at - 1] : undefined;
    // The nearest field name above (over list indices): `trainingSalary` for `trainingSalary[1].value`.
    const above = (from) => segments.slice(0, from).reverse().find((s) => typeof s === 'string') ?? '';
    if (typeof segment === 'number') {
      const parent = above(at - 1);
      const noun = typeof key === 'string' ? (own(ITEMS, `${parent}.${key}`) ?? own(ITEMS, key)) : undefined;
      const n = segment + 1;
      const item = noun ? (i === 0 ? `${n}. ${noun[0]}` : `${ordinal(n, 'en')} ${noun[1]}`) : i === 0 ? `${n}. Eintrag` : `item ${n}`;
      // The list's own word goes: "2. Ausbildungsjahr", not "Ausbildungsgehalt, 2. Ausbildungsjahr". Unknown lists keep it.
      if (noun && typeof key === 'string') words.pop();
      if (firstItem === -1) firstItem = noun || typeof key !== 'string' ? words.length : words.length - 1;
      words.push(item);
      return;
    }
    const word = own(FIELDS, `${above(at)}.${segment}`) ?? own(FIELDS, segment);
    if (word !== null) words.push(word ? word[i] : humanize(segment));
  });
  return (firstItem > 0 ? words.slice(firstItem) : words).join(', ');
}
