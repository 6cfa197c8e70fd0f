// npx career-widgets render FILE --tag TAG [--lang de|en] [--attr name=value …]
// Prints the element's HTML: the tag, its declarative shadow DOM and the profile as an inline
// script, ready to paste into a static page or a CMS (see README, "Pre-rendered HTML").
// `-` as FILE reads standard input. Exit 0 when printed, 1 when the profile is unreadable or
// invalid (nothing is printed then: a page should not get an error box pasted in), 2 on bad usage.
import { readFileSync } from 'node:fs';

const USAGE = 'usage: career-widgets render FILE --tag TAG [--lang de|en] [--attr name=value …]';

/** Control characters escaped, so that nothing read from a file can move the terminal's cursor. */
const safe = (text) => String(text).replace(/[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);

function parse(args) {
  const options = { attributes: {} };
  let file;
  for (let i = 0; i < args.length; i++) {
    const arg = args[i];
    const value = () => {
      if (i + 1 >= args.length) throw new Error(`${arg} needs a value`);
      return args[++i];
    };
    if (arg === '--tag') options.tag = value();
    else if (arg === '--lang') options.lang = value();
    else if (arg === '--attr') {
      const pair = value();
      const at = pair.indexOf('=');
      // `--attr shuffle` is an attribute without a value.
      if (at < 0) options.attributes[pair] = true;
      else options.attributes[pair.slice(0, at)] = pair.slice(at + 1);
    } else if (arg.startsWith('--')) throw new Error(`unknown option ${arg}`);
    else if (file === undefined) file = arg;
    else throw new Error(`one FILE only (also got ${arg})`);
  }
  if (file === undefined) throw new Error('FILE is missing');
  if (!options.tag) throw new Error('--tag is missing');
  return { file, ...options };
}

export async function run(args) {
  let options;
  try {
    options = parse(args);
  } catch (error) {
    console.error(`${safe(error.message)}\n${USAGE}`);
    return 2;
  }
  const { renderElement, TAGS, validateProfile } = await import('../dist/ssr/render-element.js');
  if (!TAGS.includes(options.tag)) {
    console.error(`unknown tag ${safe(options.tag)}: one of ${TAGS.join(', ')}`);
    return 2;
  }
  let profile;
  try {
    const text = readFileSync(options.file === '-' ? 0 : options.file, 'utf8').replace(/^\uFEFF/, '');
    profile = JSON.parse(text);
  } catch (error) {
    console.error(`✗ ${safe(options.file)}\n  $: ${error.code === 'ENOENT' ? 'file not found' : `not JSON: ${safe(error.message)}`}`);
    return 1;
  }
  const result = validateProfile(profile);
  if (!result.ok) {
    console.error(`✗ ${safe(options.file)}: ${result.issues.length} problem${result.issues.length === 1 ? '' : 's'}`);
    for (const issue of result.issues) console.error(`  ${safe(issue.path)}: ${safe(issue.message)}`);
    return 1;
  }
  try {
    process.stdout.write(`${await renderElement(options.tag, profile, { lang: options.lang, attributes: options.attributes })}\n`);
  } catch (error) {
    console.error(safe(error.message));
    return 2;
  }
  return 0;
}
