// `career-widgets migrate FILE [--write]`: the format-2 form of a format-1 profile, on standard
// output, or written over the file with --write. What could not be carried over is named, with its
// path, on standard error.
import { writeFileSync } from 'node:fs';
import { validateProfile } from '../../dist/core/validate.js';
import { migrateV1 } from '../../dist/core/migrate.js';
import { MAX_PROFILE_BYTES } from '../../dist/core/limits.js';
import { readJson } from './read-input.js';
import { inputProblem } from './validate.js';

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
    if (data?.schemaVersion !== 1) return fail(`✗ ${shown}: ${t.notFormat1(cli.escape(JSON.stringify(data?.schemaVersion) ?? 'undefined'))}`);
    const { profile, notes } = migrateV1(data);
    for (const note of notes) process.stderr.write(`  ${cli.escape(note.path)}: ${cli.escape(note.message)}\n`);
    const result = validateProfile(profile);
    if (!result.ok) return fail(`✗ ${shown}: ${t.migratedInvalid}`, ...result.issues.map((i) => `  ${cli.escape(i.path)}: ${cli.escape(t.issue(i.message))}`));
    const json = `${JSON.stringify(profile, null, 2)}\n`;
    if (!write) return process.stdout.write(json), 0;
    writeFileSync(name, json);
    process.stderr.write(`✓ ${shown}: ${t.migrated}\n`);
    return 0;
  },
};
