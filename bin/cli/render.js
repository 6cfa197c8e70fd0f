// `career-widgets render FILE --tag TAG [--lang de|en] [--attr name=value …] [--catalog FILE] [--items FILE]`:
// the element's HTML (the tag, its declarative shadow DOM and its data as inline scripts), ready to
// paste into a static page or a CMS (docs/frameworks.md). `-` as FILE reads standard input.
// `--catalog` (similar-professions, profession-page, profession-finder) and `--items`
// (profession-finder, which takes no FILE) read the documents those elements show.
// Exit 0 when printed; 1 when an input is unreadable or invalid (nothing is printed on standard
// output then: a page should not get an error box pasted in); 2 on a wrong call. It reads and
// reports as `validate` does (read-input.js, issueLine), so the same limits and escapes hold.
import { MAX_CATALOG_BYTES, MAX_ITEM_BANK_BYTES, MAX_PROFILE_BYTES } from '../../dist/core/limits.js';
import { TAGS } from '../../dist/core/tags.js';
import { validateCatalog, validateItemBank } from '../../dist/core/validate-catalog.js';
import { readJson } from './read-input.js';
import { inputProblem, issueLine } from './validate.js';

const VALUED = ['--tag', '--attr', '--catalog', '--items'];

/** FILE, --tag, the attributes and the documents; a string when the call is wrong (the message). */
function parse(args, t) {
  const options = { attributes: {} };
  for (let i = 0; i < args.length; i++) {
    const arg = args[i];
    if (VALUED.includes(arg)) {
      if (i + 1 >= args.length) return t.needsValue(arg);
      const value = args[++i];
      if (arg === '--attr') {
        const at = value.indexOf('=');
        // `--attr shuffle` is an attribute without a value.
        if (at < 0) options.attributes[value] = true;
        else options.attributes[value.slice(0, at)] = value.slice(at + 1);
      } else options[arg.slice(2)] = value;
    } else if (arg.startsWith('-') && arg !== '-') return t.unknownOption(arg);
    else if (options.file === undefined) options.file = arg;
    else return t.oneFile(arg);
  }
  if (!options.tag) return t.tagMissing;
  // The finder shows no profile: its documents are all it reads.
  if (options.tag === 'profession-finder' ? options.file !== undefined : options.file === undefined) return options.file === undefined ? t.fileMissing : t.finderNoFile;
  return options;
}

export default {
  name: 'render',
  summary: (t) => t.renderSummary,
  /** @param {string[]} args  @param {import('./main.js').Context} cli */
  async run(args, cli) {
    const { t } = cli;
    if (args.includes('--help') || args.includes('-h')) return cli.print(t.renderUsage), 0;
    const options = parse(args, t);
    if (typeof options === 'string') return cli.usageError(options, t.renderUsage);
    if (!TAGS.includes(options.tag)) return cli.usageError(t.unknownTag(options.tag, TAGS.join(', ')), t.renderUsage);
    const fail = (...lines) => (lines.forEach((line) => process.stderr.write(`${line}\n`)), 1);

    /** One input, read and checked as `validate` does; `{ failed }` with the exit code when it is not usable. */
    const read = (file, maxBytes, validate) => {
      const shown = cli.escape(file === '-' ? t.stdin : file);
      let data;
      try {
        data = readJson(file, maxBytes);
      } catch (error) {
        return { failed: fail(`✗ ${shown}`, `  $: ${cli.escape(inputProblem(error, t))}`) };
      }
      // Also refuses data nested too deep to write back as an inline script.
      const result = validate(data);
      if (!result.ok) return { failed: fail(`✗ ${shown}: ${t.problems(result.issues.length)}`, ...result.issues.map((issue) => issueLine(issue, cli))) };
      return { data };
    };

    // Lit's server renderer loads only now: a wrong call answers at once. Without @lit-labs/ssr
    // (an optional peer dependency), its error names the package and the command to install it.
    let ssr;
    try {
      ssr = await import('../../dist/ssr/render-element.js');
    } catch (error) {
      if (error?.code !== 'CAREER_WIDGETS_MISSING_PEER') throw error;
      return fail(`✗ ${cli.escape(error.message)}`);
    }
    const inputs = {};
    for (const [name, file, maxBytes, validate] of [
      ['profile', options.file, MAX_PROFILE_BYTES, ssr.validateProfile],
      ['catalog', options.catalog, MAX_CATALOG_BYTES, validateCatalog],
      ['items', options.items, MAX_ITEM_BANK_BYTES, validateItemBank],
    ]) {
      if (file === undefined) continue;
      const { data, failed } = read(file, maxBytes, validate);
      if (failed !== undefined) return failed;
      inputs[name] = data;
    }
    let html;
    try {
      // The global --lang is the element's language here as well as the messages'.
      html = await ssr.renderElement(options.tag, inputs.profile ?? null, {
        lang: cli.langGiven ? cli.lang : undefined,
        attributes: options.attributes,
        catalog: inputs.catalog,
        items: inputs.items,
      });
    } catch (error) {
      // renderElement's TypeError: an attribute name it does not render (`--attr onclick=…`), a
      // document the tag does not read (`--catalog` for salary-table): a wrong call.
      // Anything else is unexpected, for main.js's guard (one line, exit 1).
      if (error instanceof TypeError) return cli.usageError(error.message, t.renderUsage);
      throw error;
    }
    // renderElement writes no control character of the inputs raw (no ESC to clear the screen).
    process.stdout.write(`${html}\n`);
    return 0;
  },
};
