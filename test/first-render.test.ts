// Issue 14 (a profile that is already there is on screen in the first render, never "loading"
// first) and issue 17 item 9 (an element with no input yet waits in its loading state; "no
// profile" only after the page has loaded and NO_PROFILE_GRACE_MS more).
import { expect, fixture, html } from '@open-wc/testing';
import '../src/index.js';
import type { ProfileElement } from '../src/core/profile-element.js';
import { NO_PROFILE_GRACE_MS } from '../src/core/load-profile.js';
import { SEED_URL, captureWarnings, seedProfile, sleep, visibleText } from './helpers.js';

const TAGS = ['salary-table', 'career-path', 'profession-quiz', 'career-quiz', 'vacancy-teaser'];
/** The part of the outermost element in the shadow root: the state on screen. */
const shown = (el: Element) => el.shadowRoot!.querySelector('[part]')?.getAttribute('part') ?? '';

describe('a profile that is already there', () => {
  for (const tag of TAGS) {
    it(`<${tag}> shows the property's profile in its first render`, async () => {
      const el = document.createElement(tag) as ProfileElement;
      el.profile = await seedProfile();
      const states: string[] = [];
      // Every render of the element, from the first on.
      const observer = new MutationObserver(() => states.push(shown(el)));
      document.body.append(el);
      observer.observe(el.shadowRoot!, { childList: true, subtree: true });
      await el.updateComplete;
      observer.disconnect();
      expect(shown(el)).to.be.oneOf(['base', 'no-vacancies']);
      expect(states).not.to.include('loading');
      el.remove();
    });
  }

  it('an inline script is read in the first render too', async () => {
    const profile = await seedProfile();
    const el = document.createElement('salary-table') as ProfileElement;
    const script = document.createElement('script');
    script.type = 'application/json';
    script.textContent = JSON.stringify(profile);
    el.append(script);
    document.body.append(el);
    await el.updateComplete; // the first update, no further task
    expect(shown(el)).to.equal('base');
    expect(visibleText(el)).to.contain(profile.name);
    el.remove();
  });

  it('four elements given their profiles in one task all show them after one update', async () => {
    const profile = await seedProfile();
    const els = TAGS.slice(0, 4).map((tag) => Object.assign(document.createElement(tag) as ProfileElement, { profile }));
    document.body.append(...els);
    await Promise.all(els.map((el) => el.updateComplete));
    expect(els.map(shown)).to.deep.equal(['base', 'base', 'base', 'base']);
    els.forEach((el) => el.remove());
  });
});

describe('an input set late (issue 17, item 9)', () => {
  let warnings: ReturnType<typeof captureWarnings>;
  beforeEach(() => (warnings = captureWarnings()));
  afterEach(() => warnings.restore());

  it('waits at least 2 s', () => {
    expect(NO_PROFILE_GRACE_MS).to.be.at.least(2000);
  });

  it("the README's npm example: loading, then the table, and no profile-error", async () => {
    const el = await fixture<ProfileElement>(html`<salary-table></salary-table>`);
    const errors: string[] = [];
    el.addEventListener('profile-error', (event) => errors.push(event.detail.message));
    expect(shown(el)).to.equal('loading');
    await sleep(1200); // a slow fetch
    expect(shown(el), 'still waiting').to.equal('loading');
    el.profile = await (await fetch(SEED_URL)).json();
    await el.settled;
    expect(shown(el)).to.equal('base');
    await sleep(NO_PROFILE_GRACE_MS - 1000); // past the grace time of the first wait
    expect(shown(el)).to.equal('base');
    expect(errors).to.deep.equal([]);
    expect(warnings.calls).to.deep.equal([]);
  });

  it('an element that gets nothing says so once the grace time has passed', async () => {
    const el = await fixture<ProfileElement>(html`<career-path></career-path>`);
    let errors = 0;
    el.addEventListener('profile-error', () => errors++);
    await sleep(NO_PROFILE_GRACE_MS - 300);
    expect(shown(el)).to.equal('loading');
    expect(errors).to.equal(0);
    await el.settled;
    expect(shown(el)).to.equal('error');
    expect(visibleText(el)).to.equal('Es wurde kein Berufsprofil angegeben.');
    expect(errors).to.equal(1);
  });

  it('a removed element never reports, and waits afresh when it is back', async () => {
    const el = await fixture<ProfileElement>(html`<salary-table></salary-table>`);
    const parent = el.parentElement!;
    let errors = 0;
    el.addEventListener('profile-error', () => errors++);
    await sleep(NO_PROFILE_GRACE_MS - 500);
    el.remove();
    await sleep(800);
    expect(errors).to.equal(0);
    parent.append(el);
    await sleep(NO_PROFILE_GRACE_MS - 500);
    expect(shown(el)).to.equal('loading');
    el.src = SEED_URL;
    await el.settled;
    expect(shown(el)).to.equal('base');
    expect(errors).to.equal(0);
  });
});
