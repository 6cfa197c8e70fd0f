// The CLI's own words in German and English (`--lang`, else LC_ALL / LC_MESSAGES / LANG).
export const LANGUAGES = ['de', 'en'];

/** The language of the environment: `de_DE.UTF-8` → `de`; anything we have no words for → `en`. */
export function environmentLanguage(env = process.env) {
  const value = env.LC_ALL || env.LC_MESSAGES || env.LANG || '';
  const primary = value.split(/[_.@-]/)[0].toLowerCase();
  return LANGUAGES.includes(primary) ? primary : 'en';
}

const plural = (n, one, many) => `${n.toLocaleString('en')} ${n === 1 ? one : many}`;

export const messages = {
  de: {
    usage: (commands) =>
      `Aufruf: career-widgets <Befehl> [Optionen]\n\nBefehle:\n${commands}\n\nOptionen:\n  --lang de|en   Sprache der Meldungen (Standard: aus LANG)\n  -h, --help     diese Hilfe\n  --version      die Version`,
    unknownCommand: (name) => `Unbekannter Befehl „${name}“.`,
    unknownOption: (name) => `Unbekannte Option „${name}“.`,
    badLanguage: (value) => `Unbekannte Sprache „${value}“ (de oder en).`,
    validateSummary: 'prüft Berufsprofile, Kataloge und Fragenbanken (JSON); „-“ liest die Standardeingabe',
    validateUsage: 'Aufruf: career-widgets validate [--allow-unknown] [--strict] DATEI… (oder - für die Standardeingabe)',
    validateHelp:
      'Beendet sich mit 0, wenn jedes Profil gültig ist, mit 1 sonst, mit 2 bei falschem Aufruf.\nUnbekannte Felder (etwa ein Tippfehler wie „salry“) sind Fehler; --allow-unknown listet sie nur auf.\nWarnungen (gültig, aber wohl falsch: Vergütung unter dem Mindestlohn für Azubis, ein alter Stand, „TODO“) werden gezeigt; mit --strict sind sie Fehler.',
    allowed: '(erlaubt)',
    warning: '⚠',
    warnings: (n) => (n === 1 ? '1 Warnung' : `${n.toLocaleString('de')} Warnungen`),
    kind: { catalog: 'Katalog', 'item-bank': 'Fragenbank des Berufe-Finders' },
    migrateSummary: 'schreibt ein Profil im Format 1 als Format 2 (--write ersetzt die Datei)',
    renderSummary: 'gibt ein Element als HTML mit deklarativem Shadow DOM aus (DATEI --tag TAG [--lang de|en] [--attr name=wert …] [--catalog DATEI] [--items DATEI])',
    migrateUsage: 'Aufruf: career-widgets migrate DATEI [--write]',
    renderUsage: 'Aufruf: career-widgets render DATEI --tag TAG [--lang de|en] [--attr name=wert …] [--catalog DATEI] [--items DATEI] (oder - für die Standardeingabe; profession-finder ohne DATEI, mit --catalog und --items)',
    finderNoFile: 'profession-finder zeigt kein Profil: keine DATEI, nur --catalog und --items.',
    needsValue: (option) => `${option} braucht einen Wert.`,
    oneFile: (other) => `Nur eine DATEI (auch „${other}“ angegeben).`,
    fileMissing: 'DATEI fehlt.',
    tagMissing: '--tag fehlt.',
    unknownTag: (tag, tags) => `Unbekanntes Element „${tag}“: eines von ${tags}.`,
    notFormat1: (version) => `kein Profil im Format 1 (schemaVersion ist ${version})`,
    migratedInvalid: 'die Form im Format 2 ist nicht gültig',
    migrated: 'jetzt im Format 2',
    linkedFrom: (link) => `das Ziel des symbolischen Links ${link}`,
    unwritable: (code) => `Datei kann nicht geschrieben werden (${{ EACCES: 'keine Berechtigung', EPERM: 'keine Berechtigung', EROFS: 'schreibgeschütztes Dateisystem', ENOSPC: 'kein Platz mehr' }[code] ?? code})`,
    stdin: '(Standardeingabe)',
    problems: (n) => (n === 1 ? '1 Problem' : `${n.toLocaleString('de')} Probleme`),
    missing: 'Datei nicht gefunden',
    directory: 'ist ein Verzeichnis, keine Datei',
    unreadable: (code) => `Datei kann nicht gelesen werden (${{ EACCES: 'keine Berechtigung', EPERM: 'keine Berechtigung', ELOOP: 'Schleife symbolischer Links' }[code] ?? code})`,
    tooLarge: (maxBytes) => `größer als ${(maxBytes / 1024 / 1024).toLocaleString('de')} MB; so viel lesen die Elemente nicht`,
    json: ({ line, column, reason }) => `kein gültiges JSON: Zeile ${line}, Spalte ${column}: ${reason}`,
    // valibot's and the schema's most frequent words, in German; anything else stays as it is.
    issue: (message) =>
      message
        .replace(/^Required field is missing$/, 'Pflichtfeld fehlt')
        .replace(/^Must not be empty$/, 'Darf nicht leer sein')
        .replace(/^Invalid type: Expected (.*) but received (.*)$/s, 'Falscher Typ: erwartet $1, erhalten $2')
        .replace(/^Invalid key: Expected (.*) but received (.*)$/s, 'Falscher Schlüssel: erwartet $1, erhalten $2')
        .replace(/^Invalid length: Expected (.*) but received (.*)$/s, 'Falsche Länge: erwartet $1, erhalten $2')
        .replace(/^Unknown field; did you mean "(.*)"\?$/s, 'Unbekanntes Feld; gemeint ist wohl „$1“?')
        .replace(/^Unknown field \(not part of the profile format\)$/, 'Unbekanntes Feld (nicht Teil des Profilformats)')
        .replace(/^Unknown field \(not part of the catalog format\)$/, 'Unbekanntes Feld (nicht Teil des Katalogformats)')
        .replace(/^Unknown field \(not part of the item bank format\)$/, 'Unbekanntes Feld (nicht Teil des Formats der Fragenbank)')
        .replace(/^Nested more than (\d+) levels deep$/, 'Mehr als $1 Ebenen tief verschachtelt')
        .replace(/^Below the legal minimum for year (\d+) of a training starting in (\d+) \((\d+) € a month, (.*)\); name the collective agreement in salary\.collectiveAgreement if one applies$/s, 'Unter der Mindestausbildungsvergütung für das $1. Ausbildungsjahr bei Beginn $2 ($3 € im Monat, $4); gilt ein Tarifvertrag, nenne ihn in salary.collectiveAgreement')
        .replace(/^More than (\d+) years old: are these figures still true\?$/, 'Älter als $1 Jahre: stimmen die Zahlen noch?')
        .replace(/^Below the pay of the last training year \((.*)\): a pupil would earn less after the training$/s, 'Unter der Vergütung im letzten Ausbildungsjahr ($1): nach der Ausbildung verdiente man weniger')
        .replace(/^Past: the vacancy has closed \(the element no longer shows it\)$/, 'Abgelaufen: die Stelle ist nicht mehr offen (das Element zeigt sie nicht mehr)')
        .replace(/^An http: link: use https: \(browsers warn, and the page may block it\)$/, 'Ein http:-Link: nimm https: (Browser warnen, die Seite kann ihn sperren)')
        .replace(/^Placeholder text \("(.*)"\): not meant for a pupil$/s, 'Platzhalter („$1“): nicht für Schülerinnen und Schüler gedacht')
        // The format's checks across fields of issue 25 (exam windows, areas, hours by place, Schulgeld ranges).
        .replace(/^from must come before to$/, 'from muss vor to liegen')
        .replace(/^Give either at or window, not both$/, 'Entweder at oder window angeben, nicht beides')
        .replace(/^Give either at or window$/, 'at oder window angeben')
        .replace(/^The weights of the areas must add up to the part's weight$/, 'Die Gewichte der Prüfungsbereiche müssen zusammen das Gewicht des Teils ergeben')
        .replace(/^The weights of the components must add up to 100$/, 'Die Gewichte der Prüfungsteile müssen zusammen 100 ergeben')
        .replace(/^The hours by place must add up to practice$/, 'Die Stunden nach Ort müssen zusammen practice ergeben')
        .replace(/^schoolFeeMax goes with a lower schoolFee$/, 'schoolFeeMax gehört zu einem niedrigeren schoolFee')
        .replace(/^Must not name a reason twice$/, 'Darf keinen Grund zweimal nennen'),
  },
  en: {
    usage: (commands) =>
      `usage: career-widgets <command> [options]\n\ncommands:\n${commands}\n\noptions:\n  --lang de|en   language of the messages (default: from LANG)\n  -h, --help     this help\n  --version      the version`,
    unknownCommand: (name) => `unknown command "${name}"`,
    unknownOption: (name) => `unknown option "${name}"`,
    badLanguage: (value) => `unknown language "${value}" (de or en)`,
    validateSummary: 'checks profession profiles, catalogs and item banks (JSON); "-" reads standard input',
    validateUsage: 'usage: career-widgets validate [--allow-unknown] [--strict] FILE… (or - for standard input)',
    validateHelp:
      'Exits with 0 when every profile is valid, 1 otherwise, 2 when called wrongly.\nUnknown fields (a typo such as "salry") are problems; --allow-unknown only lists them.\nWarnings (valid but probably wrong: pay under the legal minimum, an old reference date, "TODO") are shown; --strict makes them problems.',
    allowed: '(allowed)',
    warning: '⚠',
    warnings: (n) => plural(n, 'warning', 'warnings'),
    kind: { catalog: 'catalog', 'item-bank': 'item bank of the profession finder' },
    migrateSummary: 'writes a format-1 profile as format 2 (--write replaces the file)',
    renderSummary: 'prints an element as HTML with declarative shadow DOM (FILE --tag TAG [--lang de|en] [--attr name=value …] [--catalog FILE] [--items FILE])',
    migrateUsage: 'usage: career-widgets migrate FILE [--write]',
    renderUsage: 'usage: career-widgets render FILE --tag TAG [--lang de|en] [--attr name=value …] [--catalog FILE] [--items FILE] (or - for standard input; profession-finder takes no FILE, only --catalog and --items)',
    finderNoFile: 'profession-finder shows no profile: no FILE, only --catalog and --items',
    needsValue: (option) => `${option} needs a value`,
    oneFile: (other) => `one FILE only (also got "${other}")`,
    fileMissing: 'FILE is missing',
    tagMissing: '--tag is missing',
    unknownTag: (tag, tags) => `unknown tag "${tag}": one of ${tags}`,
    notFormat1: (version) => `not a format-1 profile (schemaVersion is ${version})`,
    migratedInvalid: 'its format-2 form is not valid',
    migrated: 'now format 2',
    linkedFrom: (link) => `the file the symbolic link ${link} points to`,
    unwritable: (code) => `file cannot be written (${{ EACCES: 'permission denied', EPERM: 'permission denied', EROFS: 'read-only file system', ENOSPC: 'no space left' }[code] ?? code})`,
    stdin: '(standard input)',
    problems: (n) => plural(n, 'problem', 'problems'),
    missing: 'file not found',
    directory: 'is a directory, not a file',
    unreadable: (code) => `file cannot be read (${{ EACCES: 'permission denied', EPERM: 'permission denied', ELOOP: 'a loop of symbolic links' }[code] ?? code})`,
    tooLarge: (maxBytes) => `larger than ${(maxBytes / 1024 / 1024).toLocaleString('en')} MB; the elements do not read that much`,
    json: ({ line, column, reason }) => `not JSON: line ${line}, column ${column}: ${reason}`,
    issue: (message) => message,
  },
};
