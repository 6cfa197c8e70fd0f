// The plain HTML page's own script (a module after the CDN bundle): the profile set as a property,
// the events taken with addEventListener, as a page without a framework does it.
// A JSON module: the profile is there when this script runs, before the document has loaded, as
// a page that sets it at once does it (an element with no input at DOMContentLoaded shows an error).
import profile from '/profiles/kaufmann-dialogmarketing.json' with { type: 'json' };

window.__profile = profile;
window.__setProfile = (next) => {
  for (const tag of window.__interop.TAGS) for (const el of document.querySelectorAll(tag)) el.profile = next;
};
for (const tag of window.__interop.TAGS) {
  for (const el of document.querySelectorAll(tag)) {
    for (const type of ['profile-load', 'quiz-answer', 'quiz-complete', 'cta-click', 'vacancy-click']) {
      el.addEventListener(type, (event) => {
        const extra = type === 'quiz-complete' ? `:${event.detail.score}` : type === 'vacancy-click' ? `:${event.detail.id}` : '';
        window.__record.handled.push(`${tag}:${type}${extra}`);
      });
    }
    el.profile = profile;
  }
}
