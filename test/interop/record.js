// Loaded first on every interop page, as a classic script from the page's own origin (a strict
// CSP allows nothing inline). It records what the page must not have — errors, warnings, CSP
// violations, profile errors — and lends test/interop/run.mjs the helpers it drives the elements with.
(() => {
  const record = {
    /** Console warnings and errors, and uncaught errors. */
    warnings: [],
    errors: [],
    /** Content-Security-Policy and Trusted Types violations. */
    violations: [],
    /** Every event of ours that reached the document, as `tag:event`. */
    events: [],
    /** What the framework's own handlers received (the app pushes here). */
    handled: [],
  };
  window.__record = record;

  for (const level of ['warn', 'error']) {
    const original = console[level].bind(console);
    console[level] = (...args) => {
      record[level === 'warn' ? 'warnings' : 'errors'].push(args.map(String).join(' '));
      original(...args);
    };
  }
  window.addEventListener('error', (event) => record.errors.push(`uncaught: ${event.message}`));
  window.addEventListener('unhandledrejection', (event) => record.errors.push(`unhandled rejection: ${event.reason}`));
  document.addEventListener('securitypolicyviolation', (event) =>
    record.violations.push(`${event.violatedDirective}: ${event.blockedURI || event.sample || ''}`),
  );
  for (const type of ['profile-load', 'profile-error', 'quiz-answer', 'quiz-complete', 'cta-click', 'vacancy-click']) {
    document.addEventListener(type, (event) => record.events.push(`${event.target.localName}:${type}`));
  }
  // The links lead off the page: a test clicks them for their events, never to leave.
  document.addEventListener('click', (event) => {
    if (event.composedPath().some((node) => node.localName === 'a')) event.preventDefault();
  });

  const TAGS = ['salary-table', 'career-path', 'profession-quiz', 'career-quiz', 'vacancy-teaser'];
  const part = (el, name) => el.shadowRoot?.querySelector(`[part~="${name}"]`);

  window.__interop = {
    TAGS,
    /** Resolves when every element on the page is defined and settled (or after `timeout` ms). */
    async settle(timeout = 15000) {
      const present = TAGS.filter((tag) => document.querySelector(tag));
      const all = present.flatMap((tag) => [...document.querySelectorAll(tag)]);
      const deadline = new Promise((resolve) => setTimeout(resolve, timeout));
      const settled = async () => {
        await Promise.all(present.map((tag) => customElements.whenDefined(tag)));
        await Promise.all(all.map((el) => el.settled));
        // A second pass: an element that upgraded before its inline profile was parsed settles again.
        await Promise.all(all.map((el) => el.settled));
      };
      await Promise.race([settled(), deadline]);
    },
    /** Each element's state: ready (its ready-state wrapper shows), loading, error or nothing. */
    states() {
      return TAGS.flatMap((tag) =>
        [...document.querySelectorAll(tag)].map((el) => {
          const state = part(el, 'error') ? 'error' : part(el, 'loading') ? 'loading' : part(el, 'base') || part(el, 'no-vacancies') ? 'ready' : 'empty';
          return `${el.id || tag}:${state}`;
        }),
      );
    },
    /** Plays a quiz to its result by clicking: start, then per question an option, check, next. */
    async playQuiz(el, picks = [1, 2, 1]) {
      const button = () => el.shadowRoot.querySelector('button[type="submit"]') ?? part(el, 'button');
      if (!el.shadowRoot.querySelector('fieldset')) {
        button().click();
        await el.updateComplete;
      }
      for (const pick of picks) {
        el.shadowRoot.querySelectorAll('input[type="radio"]')[pick].click();
        await el.updateComplete;
        button().click(); // check
        await el.updateComplete;
        button().click(); // next question, or the result
        await el.updateComplete;
      }
      return part(el, 'result-heading')?.textContent.trim();
    },
    /** Follows every call to action and vacancy link of every element (navigation is prevented). */
    async clickLinks() {
      for (const tag of TAGS) {
        for (const el of document.querySelectorAll(tag)) {
          for (const link of el.shadowRoot.querySelectorAll('a[part~="cta"], a[part~="link"], a[part~="more"]')) link.click();
          await el.updateComplete;
        }
      }
    },
  };
})();
