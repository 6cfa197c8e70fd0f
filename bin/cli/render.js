// `career-widgets render FILE --tag TAG [--lang de|en] [--attr name=value …]`: the element's HTML
// (the tag, its declarative shadow DOM and the profile as an inline script), ready to paste into a
// static page or a CMS (docs/frameworks.md, "Pre-rendered HTML"). `-` as FILE reads standard input.
// Exit 0 when printed; 1 when the profile is unreadable or invalid (nothing is printed on standard
// output then: a page should not get an error box pasted in); 2 on a wrong call. It reads and
// reports as `validate` does (read-input.js, issueLine), so the same limits and escapes hold.
import { MAX_PROFILE_BYTES } from '../../dist/core/limits.js';
import { readJson } from './read-input.js';
import { inputProblem, issueLine } from './validate.js';

/** FILE, --tag and the attributes; a string when the call is wrong (the message). */
function parse(args, t) {
  const options = { attributes: {} };
  for (let i = 0; i < args.length; i++) {
    const arg = args[i];
    if (arg === '--tag' || arg === '--attr') {
      if (i + 1 >= args.length) return t.needsValue(arg);
      const value = args[++i];
      if (arg === '--tag') options.tag = value;
      else {
        const at = value.indexOf('=');
        // `--attr shuffle` is an attribute without a value.
        if (at < 0) options.attributes[value] = true;
        else options.attributes[value.slice(0, at)] = value.slice(at + 1);
      }
    } else if (arg.startsWith('-') && arg !== '-') return t.unknownOption(arg);
    else if (options.file === undefined) options.file = arg;
    else return t.oneFile(arg);
  }
  if (options.file === undefined) return t.fileMissing;
  if (!options.tag) return t.tagMissing;
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
    // Lit's server renderer loads only now: a wrong call answers at once.
    const { renderElement, TAGS, validateProfile } = await import('../../dist/ssr/render-element.js');
    if (!TAGS.includes(options.tag)) return cli.usageError(t.unknownTag(options.tag, TAGS.join(', ')), t.renderUsage);
    const shown = cli.escape(options.file === '-' ? t.stdin : options.file);
    const fail = (...lines) => (lines.forEach((line) => process.stderr.write(`${line}\n`)), 1);

    let profile;
    try {
      profile = readJson(options.file, MAX_PROFILE_BYTES);
    } catch (error) {
      return fail(`✗ ${shown}`, `  $: ${cli.escape(inputProblem(error, t))}`);
    }
    // Also refuses a profile nested too deep to write back as the inline script.
    const result = validateProfile(profile);
    if (!result.ok) return fail(`✗ ${shown}: ${t.problems(result.issues.length)}`, ...result.issues.map((issue) => issueLine(issue, cli)));
    let html;
    try {
      // The global --lang is the element's language here as well as the messages'.
      html = await renderElement(options.tag, profile, { lang: cli.langGiven ? cli.lang : undefined, attributes: options.attributes });
    } catch (error) {
      // renderElement's TypeError: an attribute name it does not render (`--attr onclick=…`), a wrong call.
      // Anything else is unexpected, for main.js's guard (one line, exit 1).
      if (error instanceof TypeError) return cli.usageError(error.message, t.renderUsage);
      throw error;
    }
    // renderElement writes no control character of the profile raw (no ESC to clear the screen).
    process.stdout.write(`${html}\n`);
    return 0;
  },
};
