// `career-widgets render FILE --tag TAG [--lang de|en] [--attr name=value …]` (bin/render.js does the work).
// The global --lang is the element's language here as well as the messages'.
import { run } from '../render.js';

export default {
  name: 'render',
  summary: (t) => t.renderSummary,
  /** @param {string[]} args  @param {import('./main.js').Context} cli */
  run: (args, cli) => run(cli.langGiven ? [...args, '--lang', cli.lang] : args),
};
