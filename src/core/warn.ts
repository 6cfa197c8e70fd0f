import { MAX_REPEATED_WARNINGS, MAX_WARNING_DETAILS } from './limits.js';

/**
 * Our `console.warn`s, bounded however often one comes. 100,000 warnings froze a page for 7 s
 * (over 60 s with DevTools open), so the same message written `MAX_REPEATED_WARNINGS` times
 * within a second (hundreds of elements with one broken `src`) is not written again in that
 * second: its repeats are counted into one line at the end of it. Elements that fail alike still
 * get one warning each up to there, naming the element (many warnings in one are `summarize`d).
 */
const recent = new Map<string, { written: number; skipped: number }>();

export function warn(message: string) {
  const text = `[career-widgets] ${message}`;
  let seen = recent.get(text);
  if (!seen) {
    seen = { written: 0, skipped: 0 };
    recent.set(text, seen);
    const window = seen;
    setTimeout(() => {
      recent.delete(text);
      const n = window.skipped;
      if (n > 0) console.warn(`[career-widgets] the warning above came ${n.toLocaleString('en')} more time${n === 1 ? '' : 's'}: ${message.split('\n')[0]}`);
    }, 1000);
  }
  if (seen.written >= MAX_REPEATED_WARNINGS) {
    seen.skipped++;
    return;
  }
  seen.written++;
  console.warn(text);
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
