// The analytics bridge (src/core/events.ts): off by default; with `data-layer` on an element, or
// `window.careerWidgets = { dataLayer: true }` on the page, every event of ours is also pushed to
// the Google Tag Manager data layer, without the profile object.
import { expect, fixture, html } from '@open-wc/testing';
import '../src/salary-table/define.js';
import '../src/career-path/define.js';
import '../src/profession-quiz/career-quiz.define.js';
import type { ProfileElement } from '../src/core/profile-element.js';
import type { DataLayerEntry } from '../src/core/events.js';
import { $, $$, SEED_URL, captureWarnings, seedProfile, settled } from './helpers.js';

type Layered = Window & Record<string, unknown>;
const w = window as unknown as Layered;
const NAME = 'Kaufmann / Kauffrau für Dialogmarketing';

async function ready<T extends ProfileElement>(template: ReturnType<typeof html>) {
  const el = await fixture<T>(template);
  await settled(el);
  return el;
}

/** Answers the seed quiz in the career-quiz by clicking, as a reader would. */
async function playQuiz(el: ProfileElement, picks: number[]) {
  ($(el, 'button[part="button"]') as HTMLButtonElement).click(); // start
  await el.updateComplete;
  for (const pick of picks) {
    ($$(el, 'input[type="radio"]')[pick] as HTMLInputElement).click();
    await el.updateComplete;
    ($(el, 'button[type="submit"]') as HTMLButtonElement).click(); // check
    await el.updateComplete;
    ($(el, 'button[type="submit"]') as HTMLButtonElement).click(); // next / to the result
    await el.updateComplete;
  }
}

describe('data layer', () => {
  beforeEach(() => {
    delete w.dataLayer;
    delete w.myLayer;
    delete w.careerWidgets;
  });

  it('is off by default: events fire, nothing is pushed and no dataLayer appears', async () => {
    let loads = 0;
    await ready(html`<salary-table @profile-load=${() => loads++} src=${SEED_URL}></salary-table>`);
    expect(loads).to.equal(1);
    expect(w.dataLayer).to.be.undefined;
  });

  it('pushes profile-load with the widget and the profession, never the profile object', async () => {
    await ready(html`<salary-table data-layer src=${SEED_URL}></salary-table>`);
    expect(w.dataLayer).to.deep.equal([{ event: 'career_widgets_profile_load', widget: 'salary-table', profession: NAME }]);
  });

  it('pushes to an existing GTM data layer through its own push, and names the element by id', async () => {
    const seen: unknown[] = [];
    w.dataLayer = Object.assign([{ 'gtm.start': 1 }], { push: (entry: unknown) => seen.push(entry) });
    await ready(html`<career-path id="path-1" data-layer src=${SEED_URL}></career-path>`);
    expect(seen).to.deep.equal([{ event: 'career_widgets_profile_load', widget: 'career-path', widgetId: 'path-1', profession: NAME }]);
  });

  it('pushes every quiz event as a plain copy of its detail, answers only when asked for by name', async () => {
    const el = await ready(html`<career-quiz data-layer data-layer-include="quiz-answer" src=${SEED_URL}></career-quiz>`);
    const completes: unknown[] = [];
    el.addEventListener('quiz-complete', (e) => completes.push(e.detail));
    await playQuiz(el, [1, 0, 1]);
    const layer = w.dataLayer as DataLayerEntry[];
    expect(layer.map((entry) => entry.event)).to.deep.equal([
      'career_widgets_profile_load',
      'career_widgets_quiz_answer',
      'career_widgets_quiz_answer',
      'career_widgets_quiz_answer',
      'career_widgets_quiz_complete',
    ]);
    expect(layer[2]).to.deep.equal({
      event: 'career_widgets_quiz_answer',
      questionIndex: 1,
      answerIndex: 0,
      correct: false,
      widget: 'career-quiz',
      profession: NAME,
    });
    const complete = layer[4];
    expect(complete).to.deep.include({ score: 2, total: 3, widget: 'career-quiz', profession: NAME });
    expect(complete.result).to.deep.equal({ minScore: 2, maxScore: 3, text: 'Es sieht so aus, als würde der Beruf gut zu dir passen.' });
    expect(complete.result, 'a copy, not the object the event carries').not.to.equal((completes[0] as { result: unknown }).result);
  });

  it('leaves the answers out unless the embedder names quiz-answer (issue 17, case 8)', async () => {
    const el = await ready(html`<career-quiz data-layer src=${SEED_URL}></career-quiz>`);
    const answers: unknown[] = [];
    el.addEventListener('quiz-answer', (e) => answers.push(e.detail));
    await playQuiz(el, [1, 0, 1]);
    expect(answers, 'the event still fires on the page').to.have.length(3);
    expect((w.dataLayer as DataLayerEntry[]).map((entry) => entry.event)).to.deep.equal(['career_widgets_profile_load', 'career_widgets_quiz_complete']);

    delete w.dataLayer;
    w.careerWidgets = { dataLayer: true, dataLayerInclude: ['quiz-answer'] };
    const page = await ready(html`<career-quiz src=${SEED_URL}></career-quiz>`);
    await playQuiz(page, [1, 0, 1]);
    expect((w.dataLayer as DataLayerEntry[]).filter((entry) => entry.event === 'career_widgets_quiz_answer')).to.have.length(3);
  });

  it('carries no query of a src, nor of the host page, in events or the data layer (issue 17, case 8)', async () => {
    const errors: CustomEvent[] = [];
    const el = await ready(html`<salary-table data-layer @profile-error=${(e: CustomEvent) => errors.push(e)} src="/test-api/status/404?api_key=geheim#x"></salary-table>`);
    expect(errors).to.have.length(1);
    expect(JSON.stringify(errors[0].detail)).not.to.contain('geheim');
    expect(JSON.stringify(w.dataLayer)).not.to.contain('geheim');
    expect(JSON.stringify(errors[0].detail)).to.contain('/test-api/status/404');
    // A link to `#…` resolves against the host page's address with its query (the test page has one).
    expect(location.search).not.to.equal('');
    const profile = await seedProfile();
    profile.salary!.moreInfo = { label: 'Mehr', href: '#gehalt' };
    el.profile = profile;
    await settled(el);
    const link = $(el, 'a[part="cta"]') as HTMLAnchorElement;
    link.addEventListener('click', (event) => event.preventDefault());
    const clicks: CustomEvent[] = [];
    el.addEventListener('cta-click', (event) => clicks.push(event));
    link.click();
    expect(clicks[0].detail.href, 'the event names the link without the page query').to.equal(`${location.origin}${location.pathname}`);
    const click = (w.dataLayer as DataLayerEntry[]).find((entry) => entry.event === 'career_widgets_cta_click')!;
    expect(click.href).to.equal(`${location.origin}${location.pathname}`);
    expect(JSON.stringify(w.dataLayer)).not.to.contain(location.search.slice(1));
  });

  it('pushes cta-click with its href and label', async () => {
    const el = await ready(html`<salary-table data-layer src=${SEED_URL}></salary-table>`);
    const link = $(el, 'a[part="cta"]') as HTMLAnchorElement;
    link.addEventListener('click', (event) => event.preventDefault());
    link.click();
    expect((w.dataLayer as DataLayerEntry[])[1]).to.deep.equal({
      event: 'career_widgets_cta_click',
      href: 'https://www.aubi-plus.de/gehalt/',
      label: link.textContent,
      widget: 'salary-table',
      profession: NAME,
    });
  });

  it('pushes profile-error with the issues, and no profession', async () => {
    const el = await ready<ProfileElement>(html`<salary-table data-layer src=${SEED_URL}></salary-table>`);
    const profile = await seedProfile();
    (profile as { name: unknown }).name = 42;
    const warnings = captureWarnings();
    try {
      el.profile = profile;
      await settled(el);
    } finally {
      warnings.restore();
    }
    const [loaded, entry] = w.dataLayer as DataLayerEntry[];
    expect(loaded.profession).to.equal(NAME);
    expect(entry.event).to.equal('career_widgets_profile_error');
    expect(entry.widget).to.equal('salary-table');
    expect(entry).not.to.have.property('profession');
    expect(entry.issues).to.deep.equal([{ path: '$.name', message: 'Invalid type: Expected string but received 42' }]);
  });

  it('reads the page-wide opt-in at the time of each event', async () => {
    const el = await ready<ProfileElement>(html`<salary-table src=${SEED_URL}></salary-table>`);
    expect(w.dataLayer, 'not yet opted in').to.be.undefined;
    w.careerWidgets = { dataLayer: true };
    el.profile = await seedProfile();
    await settled(el);
    expect(w.dataLayer).to.deep.equal([{ event: 'career_widgets_profile_load', widget: 'salary-table', profession: NAME }]);
    w.careerWidgets = { dataLayer: false };
    el.profile = await seedProfile();
    await settled(el);
    expect(w.dataLayer).to.have.length(1);
  });

  it('pushes to a renamed data layer, and to nothing that is not a plain name', async () => {
    await ready(html`<salary-table data-layer="myLayer" src=${SEED_URL}></salary-table>`);
    expect(w.myLayer).to.deep.equal([{ event: 'career_widgets_profile_load', widget: 'salary-table', profession: NAME }]);
    expect(w.dataLayer).to.be.undefined;

    w.careerWidgets = { dataLayer: '__proto__' };
    let loads = 0;
    await ready(html`<salary-table @profile-load=${() => loads++} src=${SEED_URL}></salary-table>`);
    expect(loads).to.equal(1);
    expect(Object.getPrototypeOf(window)).not.to.be.an('array');
  });

  it('never breaks the element when the data layer throws', async () => {
    w.dataLayer = { push: () => { throw new Error('broken tag manager'); } };
    let loads = 0;
    const el = await ready(html`<salary-table data-layer @profile-load=${() => loads++} src=${SEED_URL}></salary-table>`);
    expect(loads).to.equal(1);
    expect($(el, 'table'), 'the element renders').to.exist;
  });
});
