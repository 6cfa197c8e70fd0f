/**
 * The elements' own words, per language. `en` is typed as `Strings`, the
 * shape of `de`, so a key missing in one language fails the type check.
 * Functions take the values that vary (numbers come pre-formatted).
 */
const de = {
  loading: 'Wird geladen …',
  errorInvalid: 'Das Berufsprofil ist fehlerhaft und kann nicht angezeigt werden.',
  errorNoProfile: 'Es wurde kein Berufsprofil angegeben.',
  errorJson: 'Das Berufsprofil ist kein gültiges JSON.',
  errorHttp: (status: number) => `Das Berufsprofil konnte nicht geladen werden (HTTP ${status}).`,
  errorNetwork: 'Das Berufsprofil konnte nicht geladen werden: keine Verbindung zum Server.',
  errorTimeout: (seconds: number) => `Das Berufsprofil wurde nicht rechtzeitig geladen (nach ${seconds.toLocaleString('de')} s abgebrochen).`,
  missingSection: (section: string) => `Dieses Berufsprofil enthält keine Angaben zu: ${section}.`,
  source: 'Quelle',
  referenceDate: 'Stand',

  salarySection: 'Gehalt',
  salaryCaption: 'Ausbildungs- und Einstiegsgehalt',
  salaryPeriod: 'Zeitraum',
  salaryAmount: (perMonth: boolean) => (perMonth ? 'Gehalt pro Monat' : 'Gehalt pro Jahr'),
  salaryTrainingYear: (year: number) => `${year}. Ausbildungsjahr`,
  salaryTrainingYearShort: (year: number) => `${year}. Jahr`,
  salaryEntry: 'Einstiegsgehalt',
  salaryEntryShort: 'Einstieg',
  salaryChartLabel: 'Balkendiagramm der Gehälter',
};

/** The shape of `de`, with every text widened to `string`. */
export type Strings = { [K in keyof typeof de]: (typeof de)[K] extends (...args: infer A) => string ? (...args: A) => string : string };

const en: Strings = {
  loading: 'Loading …',
  errorInvalid: 'The profession profile has errors and cannot be shown.',
  errorNoProfile: 'No profession profile was given.',
  errorJson: 'The profession profile is not valid JSON.',
  errorHttp: (status) => `The profession profile could not be loaded (HTTP ${status}).`,
  errorNetwork: 'The profession profile could not be loaded: no connection to the server.',
  errorTimeout: (seconds) => `The profession profile did not load in time (gave up after ${seconds.toLocaleString('en')} s).`,
  missingSection: (section) => `This profession profile has no information on: ${section}.`,
  source: 'Source',
  referenceDate: 'As of',

  salarySection: 'salary',
  salaryCaption: 'Training and entry salary',
  salaryPeriod: 'Period',
  salaryAmount: (perMonth) => (perMonth ? 'Pay per month' : 'Pay per year'),
  salaryTrainingYear: (year) => `${year}${ordinalSuffix(year)} year of training`,
  salaryTrainingYearShort: (year) => `Year ${year}`,
  salaryEntry: 'Entry salary',
  salaryEntryShort: 'Entry',
  salaryChartLabel: 'Bar chart of the salaries',
};

function ordinalSuffix(n: number): string {
  const suffix = new Intl.PluralRules('en', { type: 'ordinal' }).select(n);
  return { one: 'st', two: 'nd', few: 'rd' }[suffix as string] ?? 'th';
}

export const strings = { de, en } as const;
export type Language = keyof typeof strings;
