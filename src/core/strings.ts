/**
 * The words every element shares (loading, errors). Each element keeps its
 * own words beside it, made with `defineStrings`. The English table is typed
 * by the German one, so a key missing in one language fails the type check.
 */
const de = {
  loading: 'Wird geladen …',
  errorInvalid: 'Das Berufsprofil ist fehlerhaft und kann nicht angezeigt werden.',
  errorNoProfile: 'Es wurde kein Berufsprofil angegeben.',
  errorJson: 'Das Berufsprofil ist kein gültiges JSON.',
  errorHttp: (status: number) => `Das Berufsprofil konnte nicht geladen werden (HTTP ${status}).`,
  errorNetwork: 'Das Berufsprofil konnte nicht geladen werden: keine Verbindung zum Server.',
  errorTimeout: (seconds: number) => `Das Berufsprofil wurde nicht rechtzeitig geladen (nach ${seconds.toLocaleString('de')} s abgebrochen).`,
  errorTooLarge: (megabytes: number) => `Das Berufsprofil ist zu groß (über ${megabytes.toLocaleString('de')} MB) und wurde nicht geladen.`,
  missingSection: (section: string) => `Dieses Berufsprofil enthält keine Angaben zu: ${section}.`,
};

/** A table of words with every text widened to `string` (functions take what varies). */
/** Texts become `string`, functions that make a text keep their arguments; a function that makes a sentence of parts (profile text marked with its language inside) keeps its type. */
export type Widen<T> = {
  [K in keyof T]: T[K] extends (...args: infer A) => string ? (...args: A) => string : T[K] extends (...args: never[]) => unknown ? T[K] : string;
};
export type Strings = Widen<typeof de>;

const en: Strings = {
  loading: 'Loading …',
  errorInvalid: 'The profession profile has errors and cannot be shown.',
  errorNoProfile: 'No profession profile was given.',
  errorJson: 'The profession profile is not valid JSON.',
  errorHttp: (status) => `The profession profile could not be loaded (HTTP ${status}).`,
  errorNetwork: 'The profession profile could not be loaded: no connection to the server.',
  errorTimeout: (seconds) => `The profession profile did not load in time (gave up after ${seconds.toLocaleString('en')} s).`,
  errorTooLarge: (megabytes) => `The profession profile is too large (over ${megabytes.toLocaleString('en')} MB) and was not loaded.`,
  missingSection: (section) => `This profession profile has no information on: ${section}.`,
};

export const strings = { de, en } as const;
export type Language = keyof typeof strings;

/** One element's words in every language: `defineStrings({ … German … }, { … English … })`. */
export function defineStrings<T extends Record<string, unknown>>(de: T, en: Widen<T>): Record<Language, Widen<T>> {
  return { de: de as Widen<T>, en };
}

/** `1st`, `2nd`, `3rd`, `4th` … */
export function englishOrdinal(n: number): string {
  const suffix = new Intl.PluralRules('en', { type: 'ordinal' }).select(n);
  return `${n}${{ one: 'st', two: 'nd', few: 'rd' }[suffix as string] ?? 'th'}`;
}
