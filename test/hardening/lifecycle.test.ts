// Regression tests for the lifecycle findings of test/hardening/pages/lifecycle.mjs:
// 1. an element moved to another parent while its request was in flight (a move disconnects
//    and reconnects at once, before the aborted request has settled) stayed in its loading
//    state for good. Fixed by remembering the abort (the profile request: ProfileElement; the feed:
//    src/core/document-request.ts);
// 2. a change of input and of the inline script in the same turn was read in the wrong order
//    (the update ran before the observer saw the script): a false "no profile" error, or the
//    removed script's profile loaded first. Fixed by reading the script before every update
//    (ProfileElement.willUpdate).
import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import '../../src/index.js';
import type { ProfileElement } from '../../src/core/profile-element.js';
import { captureWarnings, sleep } from '../helpers.js';

const SLOW_PROFILE = (id: string) => `/test-api/profile?delay=300&name=${encodeURIComponent(id)}`;
/** `el.settled`, or a clear failure after 3 s instead of a hang. */
const settledWithin = (el: ProfileElement, ms = 3000) =>
  new Promise<void>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`<${el.localName}> did not settle within ${ms} ms`)), ms);
    el.settled.then(() => (clearTimeout(timer), resolve()));
  });
// Booleans and strings only in assertions: a failing assertion on a DOM node makes the runner hang while it serialises the node.
const has = (el: Element, name: string) => el.shadowRoot!.querySelector(`[part~="${name}"]`) !== null;
/** The part of the outermost element in the shadow root: the state on screen ("loading", "base", …). */
const shown = (el: Element) => el.shadowRoot!.querySelector('[part]')?.getAttribute('part') ?? '';

async function twoPlaces() {
  const root = await fixture<HTMLElement>(html`<div><div id="a"></div><div id="b"></div></div>`);
  return [root.querySelector<HTMLElement>('#a')!, root.querySelector<HTMLElement>('#b')!];
}

describe('an element moved while it loads', () => {
  let warnings: ReturnType<typeof captureWarnings>;
  beforeEach(() => (warnings = captureWarnings()));
  afterEach(() => warnings.restore());

  for (const tag of ['salary-table', 'career-path', 'profession-quiz', 'career-quiz', 'vacancy-teaser']) {
    it(`<${tag}> loads its profile in the new place`, async () => {
      const [a, b] = await twoPlaces();
      const el = document.createElement(tag) as ProfileElement;
      const loads: string[] = [];
      el.addEventListener('profile-load', (event) => loads.push(event.detail.profile.name));
      el.src = SLOW_PROFILE(`moved ${tag}`);
      a.append(el);
      await el.updateComplete;
      await sleep(30); // the request is in flight
      expect(shown(el), 'before the move').to.equal('loading');
      b.append(el); // disconnects and reconnects at once
      await sleep(50);
      await settledWithin(el);
      expect(shown(el), 'after the move').to.be.oneOf(['base', 'no-vacancies']);
      expect(loads).to.deep.equal([`moved ${tag}`]);
      expect(warnings.calls).to.deep.equal([]);
    });
  }

  it('<vacancy-teaser> loads its feed in the new place', async () => {
    const [a, b] = await twoPlaces();
    const el = document.createElement('vacancy-teaser') as ProfileElement & { feed?: string };
    el.src = '/test-api/profile';
    el.setAttribute('feed', '/test-api/feed?delay=300');
    const profileLoaded = oneEvent(el, 'profile-load');
    a.append(el);
    await profileLoaded;
    await sleep(30);
    expect(shown(el), 'the feed, before the move').to.equal('loading');
    b.append(el);
    await sleep(50);
    await settledWithin(el);
    expect(shown(el), 'after the move').to.equal('base');
    expect(el.shadowRoot!.querySelectorAll('[part~="vacancy"]').length).to.be.greaterThan(0);
  });

  it('a ready element that moves keeps its state and loads nothing again', async () => {
    const [a, b] = await twoPlaces();
    const el = document.createElement('profession-quiz') as ProfileElement;
    let loads = 0;
    el.addEventListener('profile-load', () => loads++);
    el.src = '/test-api/profile';
    a.append(el);
    await settledWithin(el);
    el.shadowRoot!.querySelector<HTMLButtonElement>('[part~="button"]')!.click(); // leaves the intro
    await el.updateComplete;
    expect(has(el, 'question')).to.equal(true);
    b.append(el);
    el.remove();
    a.append(el);
    await sleep(50);
    await settledWithin(el);
    expect(has(el, 'question'), 'still on the first question').to.equal(true);
    expect(loads).to.equal(1);
  });

  it('an element removed while it loads, and put back after the abort, loads again', async () => {
    const [a] = await twoPlaces();
    const el = document.createElement('salary-table') as ProfileElement;
    el.src = SLOW_PROFILE('back again');
    a.append(el);
    await el.updateComplete;
    await sleep(30);
    el.remove();
    await sleep(100); // the abort has settled
    a.append(el);
    await settledWithin(el);
    expect(el.shadowRoot!.textContent).to.contain('back again');
  });
});

describe('the inputs changed together with the inline script, in one turn', () => {
  let warnings: ReturnType<typeof captureWarnings>;
  beforeEach(() => (warnings = captureWarnings()));
  afterEach(() => warnings.restore());

  const inline = (name: string) => {
    const script = document.createElement('script');
    script.type = 'application/json';
    script.textContent = JSON.stringify({ ...seed, name });
    return script;
  };
  let seed: Record<string, unknown>;
  before(async () => (seed = await (await fetch('/test-api/profile')).json()));

  it('the property cleared and a script added: the script\'s profile, no error', async () => {
    const el = await fixture<ProfileElement>(html`<salary-table .profile=${{ ...seed, name: 'from the property' }}></salary-table>`);
    await settledWithin(el);
    const loads: string[] = [];
    let errors = 0;
    el.addEventListener('profile-load', (event) => loads.push(event.detail.profile.name));
    el.addEventListener('profile-error', () => errors++);
    el.profile = undefined;
    el.append(inline('from the script'));
    await sleep(20);
    await settledWithin(el);
    expect(errors, 'profile-error events').to.equal(0);
    expect(loads).to.deep.equal(['from the script']);
    expect(warnings.calls).to.deep.equal([]);
    expect(shown(el)).to.equal('base');
  });

  it('src set and the script removed: only the src profile loads, not the removed one', async () => {
    const el = document.createElement('salary-table') as ProfileElement;
    el.append(inline('from the script'));
    await fixture(el);
    await settledWithin(el);
    const loads: string[] = [];
    el.addEventListener('profile-load', (event) => loads.push(event.detail.profile.name));
    el.src = '/test-api/profile?name=from%20src';
    el.querySelector('script')!.remove();
    await sleep(20);
    await settledWithin(el);
    expect(loads).to.deep.equal(['from src']);
    expect(warnings.calls).to.deep.equal([]);
  });
});
