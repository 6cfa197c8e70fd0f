import { MAX_WARNING_DETAILS } from './limits.js';

/**
 * Our `console.warn`s: one per distinct message, however often it comes. 100,000 warnings froze a
 * page for 7 s (over 60 s with DevTools open), so a message repeated within a second (200
 * elements with one broken profile) is written once at once, and its repeats are counted into
 * one more line after that second.
 */
const repeats = new Map<string, number>();

export function warn(message: string) {
  const text = `[career-widgets] ${message}`;
  const seen = repeats.get(text);
  if (seen !== undefined) {
    repeats.set(text, seen + 1);
    return;
  }
  console.warn(text);
  repeats.set(text, 0);
  setTimeout(() => {
    const count = repeats.get(text) ?? 0;
    repeats.delete(text);
    if (count > 0) console.warn(`[career-widgets] the warning above came ${count} more time${count === 1 ? '' : 's'}: ${message.split('\n')[0]}`);
  }, 1000);
}

/**
 * Many details in one warning: the first few lines, then how many more there are.
 * `summarize(['a', 'b', … 50,000 lines])` → `a\nb\n…\n… and 49,995 more`.
 */
export function summarize(details: readonly string[], total = details.length, max = MAX_WARNING_DETAILS): string {
  const shown = details.slice(0, max);
  const more = total - shown.length;
  return more > 0 ? [...shown, `… and ${more.toLocaleString('en')} more`].join('\n') : shown.join('\n');
}
