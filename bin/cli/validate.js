// `career-widgets validate FILE…`: exit 0 when every profile is valid, 1 otherwise.
import { validateProfile } from '../../dist/core/validate.js';
import { documentKind, validateCatalog, validateItemBank } from '../../dist/core/validate-catalog.js';
import { MAX_CATALOG_BYTES, MAX_ITEM_BANK_BYTES, MAX_PROFILE_BYTES } from '../../dist/core/limits.js';

/** Each document by its version field (`catalogVersion`, `itemBankVersion`; else a profile): docs/catalog-format.md. */
const VALIDATORS = { profile: validateProfile, catalog: validateCatalog, 'item-bank': validateItemBank };
/** Bytes each kind may have: what the elements read at most (src/core/limits.ts). */
const LIMITS = { profile: MAX_PROFILE_BYTES, catalog: MAX_CATALOG_BYTES, 'item-bank': MAX_ITEM_BANK_BYTES };
import { readJson, InputError } from './read-input.js';
import { relative, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { fieldLabel } from './field-labels.js';

/** What went wrong with one input, in the CLI's words. */
export function inputProblem(error, t) {
  if (!(error instanceof InputError)) return String(error?.message ?? error);
  switch (error.kind) {
    case 'missing': return t.missing;
    case 'directory': return t.directory;
    case 'unreadable': return t.unreadable(error.detail.code);
    case 'too-large': return t.tooLarge(error.detail.maxBytes);
    case 'json': return t.json(error.detail);
  }
}

/**
 * The profiles a catalog file links to, checked where they can be here: a link relative to the catalog
 * (or to a file) must lead to a file that is a valid profile. A web address is not fetched (the CLI
 * makes no request); the elements load it.
 */
function profileLinks(catalog, name, t) {
  if (name === '-') return [];
  const base = pathToFileURL(resolve(name));
  return catalog.professions.flatMap((profession, i) => {
    if (!profession.profileUrl) return [];
    const target = new URL(profession.profileUrl, base);
    if (target.protocol !== 'file:') return [];
    const path = `$.professions[${i}].profileUrl`;
    const file = relative(process.cwd(), fileURLToPath(target));
    let data;
    try {
      data = readJson(fileURLToPath(target), MAX_PROFILE_BYTES);
    } catch (error) {
      return [{ path, message: `The linked profile ${file}: ${inputProblem(error, t)}` }];
    }
    const result = validateProfile(data);
    return result.ok ? [] : [{ path, message: `The linked profile ${file} is not valid (${result.issues.length === 1 ? "1 issue" : `${result.issues.length} issues`}: career-widgets validate ${file})` }];
  });
}

/** One issue as a line: its path, the field's name for a person, the message; all escaped. */
export function issueLine(issue, cli, suffix = '', labelled = true) {
  // The field's name for a person: the profile's fields only (field-labels.js); a catalog's path speaks for itself.
  const label = labelled ? fieldLabel(issue.path, cli.lang) : undefined;
  return `  ${cli.escape(issue.path)}${label ? ` (${cli.escape(label)})` : ''}: ${cli.escape(cli.t.issue(issue.message))}${suffix}`;
}

export default {
  name: 'validate',
  summary: (t) => t.validateSummary,
  /** @param {string[]} args  @param {import('./main.js').Context} cli */
  run(args, cli) {
    const { t, print } = cli;
    const names = [];
    let options = true;
    // Unknown fields fail the check by default: it is the check before publishing, and a typo such as
    // "salry" would otherwise vanish. --allow-unknown lists them and passes.
    let allowUnknown = false;
    // Warnings (valid, but probably wrong: pay under the legal minimum, an old "Stand", "TODO") are shown
    // and pass; --strict makes them fail, for a portal's publishing pipeline.
    let strict = false;
    for (const arg of args) {
      if (options && arg === '--') options = false; // `--` ends the options: `validate -- -odd-name.json`
      else if (options && (arg === '--help' || arg === '-h')) return print(`${t.validateUsage}\n${t.validateHelp}`), 0;
      else if (options && arg === '--allow-unknown') allowUnknown = true;
      else if (options && arg === '--strict') strict = true;
      else if (options && arg.startsWith('-') && arg !== '-') return cli.usageError(t.unknownOption(arg), t.validateUsage);
      else names.push(arg);
    }
    if (names.length === 0) return cli.usageError(undefined, t.validateUsage);

    let failed = 0;
    for (const name of names) {
      const shown = name === '-' ? t.stdin : name;
      let data;
      try {
        // A catalog may be larger than a profile (5,000 professions are about 5.5 MB); a profile or item bank may not.
        data = readJson(name, MAX_CATALOG_BYTES, (json) => LIMITS[documentKind(json)]);
      } catch (error) {
        failed++;
        print(`✗ ${cli.escape(shown)}`, `  $: ${cli.escape(inputProblem(error, t))}`);
        continue;
      }
      const kind = documentKind(data);
      const result = VALIDATORS[kind](data);
      const links = kind === 'catalog' && result.ok ? profileLinks(result.value, name, t) : [];
      const issues = [...(result.ok ? (allowUnknown ? [] : result.unknown) : result.issues), ...links];
      const line = (issue, suffix) => issueLine(issue, cli, suffix, kind === 'profile');
      const warnings = result.warnings ?? [];
      const warningLines = () => warnings.forEach((warning) => print(line({ ...warning, path: warning.path }, '').replace(/^ {2}/, `  ${t.warning} `)));
      if (issues.length === 0 && !(strict && warnings.length)) {
        print(`✓ ${cli.escape(shown)}${kind === 'profile' ? '' : ` (${t.kind[kind]})`}${warnings.length ? `: ${t.warnings(warnings.length)}` : ''}`);
        if (result.ok && allowUnknown) result.unknown.forEach((issue) => print(line(issue, ` ${t.allowed}`)));
        warningLines();
        continue;
      }
      if (issues.length === 0) {
        failed++;
        print(`✗ ${cli.escape(shown)}: ${t.warnings(warnings.length)} (--strict)`);
        warningLines();
        continue;
      }
      failed++;
      print(`✗ ${cli.escape(shown)}${kind === 'profile' ? '' : ` (${t.kind[kind]})`}: ${t.problems(issues.length)}`);
      issues.forEach((issue) => print(line(issue)));
    }
    return failed ? 1 : 0;
  },
};
