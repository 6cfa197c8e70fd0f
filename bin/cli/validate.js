// `career-widgets validate FILE…`: exit 0 when every profile is valid, 1 otherwise.
import { validateProfile } from '../../dist/core/validate.js';
import { MAX_PROFILE_BYTES } from '../../dist/core/limits.js';
import { readJson, InputError } from './read-input.js';
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

/** One issue as a line: its path, the field's name for a person, the message; all escaped. */
export function issueLine(issue, cli, suffix = '') {
  const label = fieldLabel(issue.path, cli.lang);
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
    for (const arg of args) {
      if (options && arg === '--') options = false; // `--` ends the options: `validate -- -odd-name.json`
      else if (options && (arg === '--help' || arg === '-h')) return print(`${t.validateUsage}\n${t.validateHelp}`), 0;
      else if (options && arg === '--allow-unknown') allowUnknown = true;
      else if (options && arg.startsWith('-') && arg !== '-') return cli.usageError(t.unknownOption(arg), t.validateUsage);
      else names.push(arg);
    }
    if (names.length === 0) return cli.usageError(undefined, t.validateUsage);

    let failed = 0;
    for (const name of names) {
      const shown = name === '-' ? t.stdin : name;
      let data;
      try {
        data = readJson(name, MAX_PROFILE_BYTES);
      } catch (error) {
        failed++;
        print(`✗ ${cli.escape(shown)}`, `  $: ${cli.escape(inputProblem(error, t))}`);
        continue;
      }
      const result = validateProfile(data);
      const issues = result.ok ? (allowUnknown ? [] : result.unknown) : result.issues;
      const line = (issue, suffix) => issueLine(issue, cli, suffix);
      if (issues.length === 0) {
        print(`✓ ${cli.escape(shown)}`);
        if (result.ok) result.unknown.forEach((issue) => print(line(issue, ` ${t.allowed}`)));
        continue;
      }
      failed++;
      print(`✗ ${cli.escape(shown)}: ${t.problems(issues.length)}`);
      issues.forEach((issue) => print(line(issue)));
    }
    return failed ? 1 : 0;
  },
};
