// `career-widgets migrate FILE [--write]`: the format-2 form of a format-1 profile, on standard
// output, or written over the file with --write. What could not be carried over is named, with its
// path, on standard error.
import { lstatSync, realpathSync, writeFileSync } from 'node:fs';
import { depthIssue, validateProfile } from '../../dist/core/validate.js';
import { migrateV1 } from '../../dist/core/migrate.js';
import { MAX_PROFILE_BYTES } from '../../dist/core/limits.js';
import { readJson } from './read-input.js';
import { inputProblem, issueLine } from './validate.js';

export default {
  name: 'migrate',
  summary: (t) => t.migrateSummary,
  /** @param {string[]} args  @param {import('./main.js').Context} cli */
  run(args, cli) {
    const { t } = cli;
    const write = args.includes('--write');
    if (args.includes('--help') || args.includes('-h')) return cli.print(t.migrateUsage), 0;
    const unknown = args.find((arg) => arg.startsWith('-') && arg !== '-' && arg !== '--write');
    if (unknown) return cli.usageError(t.unknownOption(unknown), t.migrateUsage);
    const names = args.filter((arg) => arg !== '--write');
    if (names.length !== 1 || (write && names[0] === '-')) return cli.usageError(undefined, t.migrateUsage);
    const [name] = names;
    const shown = cli.escape(name === '-' ? t.stdin : name);
    const fail = (...lines) => (lines.forEach((l) => process.stderr.write(`${l}\n`)), 1);

    let data;
    try {
      data = readJson(name, MAX_PROFILE_BYTES);
    } catch (error) {
      return fail(`✗ ${shown}`, `  $: ${cli.escape(inputProblem(error, t))}`);
    }
    // Before anything reads it: writing a profile nested 5,000 deep back as JSON overflowed the stack.
    const deep = depthIssue(data);
    if (deep) return fail(`✗ ${shown}: ${t.problems(1)}`, issueLine(deep, cli));
    if (data?.schemaVersion !== 1) return fail(`✗ ${shown}: ${t.notFormat1(cli.escape(JSON.stringify(data?.schemaVersion) ?? 'undefined'))}`);
    const { profile, notes } = migrateV1(data);
    for (const note of notes) process.stderr.write(`  ${cli.escape(note.path)}: ${cli.escape(note.message)}\n`);
    const result = validateProfile(profile);
    if (!result.ok) return fail(`✗ ${shown}: ${t.migratedInvalid}`, ...result.issues.map((issue) => issueLine(issue, cli)));
    const json = `${JSON.stringify(profile, null, 2)}\n`;
    if (!write) return process.stdout.write(json), 0;
    // Through a symbolic link, the file the link points to is written (the link stays a link) and
    // named: an editor who keeps `current.json` -> `v3.json` means that file, and refusing would only
    // make them resolve the link by hand. Before, the target was rewritten while the message named
    // the link. Resolved once, and that very path written, so what is named is what was written.
    let target = name;
    try {
      if (lstatSync(name).isSymbolicLink()) target = realpathSync(name);
      writeFileSync(target, json);
    } catch (error) {
      // EACCES, EPERM, EROFS …: Node's own message would name the file raw (an ESC in a name reached the terminal).
      return fail(`✗ ${cli.escape(target)}`, `  $: ${cli.escape(t.unwritable(error.code ?? String(error.message)))}`);
    }
    const through = target === name ? '' : ` (${t.linkedFrom(shown)})`;
    process.stderr.write(`✓ ${cli.escape(target)}: ${t.migrated}${through}\n`);
    return 0;
  },
};
