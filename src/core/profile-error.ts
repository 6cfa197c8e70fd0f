/** How an element reports a profile it cannot show: one warning and one bounded `profile-error`. */
import { emit } from './events.js';
import { isAbort, ProfileLoadError } from './load-profile.js';
import { MAX_REPORTED_ISSUES, MAX_WARNING_DETAILS } from './limits.js';
import type { Strings } from './strings.js';
import { summarize, warn } from './warn.js';

/** Any error as a `ProfileLoadError` (another error's message is not shown: `ProfileLoadError.describe`). */
export const asFailure = (error: unknown) =>
  error instanceof ProfileLoadError ? error : new ProfileLoadError('invalid', [{ path: '$', message: ProfileLoadError.describe(error) }]);

/** A valid profile that `el` failed to render (a bug, or data beyond what it was built for). */
export const unrenderableError = (el: HTMLElement, error: unknown) =>
  new ProfileLoadError('invalid', [{ path: '$', message: `<${el.localName}> could not show this profile: ${ProfileLoadError.describe(error)}` }]);

/** Warns once and fires `profile-error` on `el`, in its words `t`; an abort is no failure. */
export function reportProfileError(el: HTMLElement, error: unknown, t: Strings) {
  if (isAbort(error)) return;
  const failure = asFailure(error);
  const message = failure.localized(t);
  // One warning, however many issues: the first few paths, then how many more (see warn.ts).
  const { issues } = failure;
  warn(`<${el.localName}>: ${message}\n${summarize(issues.slice(0, MAX_WARNING_DETAILS).map((issue) => `${issue.path}: ${issue.message}`), issues.length)}`);
  // Bounded (limits.ts): the event goes on to the data layer, once per element.
  emit(el, 'profile-error', { message, issues: issues.slice(0, MAX_REPORTED_ISSUES), issueCount: issues.length });
}
