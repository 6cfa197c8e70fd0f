// The CLI's frame: global options, the command table, the shared context every command gets.
// A command is a module of its own with `{ name, summary(t), run(args, cli) → exit code }`;
// registering one is one line in COMMANDS below.
import { readFileSync } from 'node:fs';
import { environmentLanguage, LANGUAGES, messages } from './messages.js';
import { escapeControls } from './terminal.js';

/** Every command, by name, loaded only when it runs. */
const COMMANDS = {
  validate: () => import('./validate.js'),
  migrate: () => import('./migrate.js'),
  render: () => import('./render.js'),
};

/**
 * @typedef {object} Context
 * @property {'de' | 'en'} lang
 * @property {boolean} langGiven  whether --lang was on the command line (render takes it as the element's language too)
 * @property {typeof messages.en} t
 * @property {(...lines: string[]) => void} print  standard output, one line each (escape what came from outside first)
 * @property {(text: string) => string} escape  control characters as \u escapes (terminal.js)
 * @property {(message: string | undefined, usage: string) => number} usageError  prints to standard error; returns 2
 */

const version = () => JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')).version;

/**
 * An error no command expected, as one escaped line on standard error: never a stack trace, and
 * never a raw file name from Node's message (`EACCES: …, open '…'`).
 */
export function reportUnexpected(error) {
  const message = error instanceof Error ? `${error.name}: ${error.message}` : String(error);
  // Bounded: a message may quote a whole input.
  process.stderr.write(`✗ career-widgets: ${escapeControls(message.length > 500 ? `${message.slice(0, 500)}…` : message)}\n`);
  return 1;
}

/**
 * Runs the CLI with `argv` (without node and the script); resolves to the exit code: 0 done, 1 bad
 * input (also for anything unexpected), 2 a wrong call.
 */
export async function main(argv, env = process.env) {
  try {
    return await dispatch(argv, env);
  } catch (error) {
    return reportUnexpected(error);
  }
}

async function dispatch(argv, env) {
  let lang = environmentLanguage(env);
  const rest = [];
  let badLanguage;
  let langGiven = false;
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    if (arg === '--') {
      rest.push(...argv.slice(i));
      break;
    }
    const value = arg === '--lang' ? argv[++i] : arg.startsWith('--lang=') ? arg.slice(7) : undefined;
    if (value === undefined && arg !== '--lang') rest.push(arg);
    else if (LANGUAGES.includes(String(value).toLowerCase())) (lang = String(value).toLowerCase()), (langGiven = true);
    else badLanguage = String(value ?? '');
  }
  const t = messages[lang];
  const print = (...lines) => lines.forEach((line) => process.stdout.write(`${line}\n`));
  const usageError = (message, usage) => {
    process.stderr.write(`${message ? `${escapeControls(message)}\n` : ''}${usage}\n`);
    return 2;
  };
  const usage = async () =>
    t.usage(
      (await Promise.all(Object.entries(COMMANDS).map(async ([name, load]) => `  ${name.padEnd(14)} ${(await load()).default.summary(t)}`))).join('\n'),
    );

  if (badLanguage !== undefined) return usageError(t.badLanguage(badLanguage), await usage());
  const [command, ...args] = rest;
  if (command === '--version') return print(version()), 0;
  if (command === '--help' || command === '-h') return print(await usage()), 0;
  if (command === undefined) return usageError(undefined, await usage());
  if (!Object.hasOwn(COMMANDS, command)) {
    return usageError(command.startsWith('-') ? t.unknownOption(command) : t.unknownCommand(command), await usage());
  }
  const { default: run } = await COMMANDS[command]();
  return run.run(args, { lang, langGiven, t, print, escape: escapeControls, usageError });
}
