// Nothing personal leaves through an event, the data layer or the console (issue 22, item 3): a URL's
// query and fragment (`?candidate=anna.mueller&token=…`), a user or password in a URL, a platform's
// own error message that quotes a URL, and unbounded lists of issues.
import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import '../src/vacancy-teaser/define.js';
import '../src/salary-table/define.js';
import '../src/profession-suitability/define.js';
import type { ProfileElement } from '../src/core/profile-element.js';
import type { DataLayerEntry, ProfileErrorDetail } from '../src/core/events.js';
import { $, captureWarnings, seedProfile, settled } from './helpers.js';

type Layered = Window & Record<string, unknown>;
const w = window as unknown as Layered;
const SECRET = /anna|mueller|geheim|token|api_key/i;

/** An element that fails to load `src`: what its `profile-error`, the data layer and the console say. */
async function failing(tag: 'salary-table', src: string) {
  const warnings = captureWarnings();
  try {
    const el = await fixture<ProfileElement>(html`<div></div>`);
    const target = document.createElement(tag) as ProfileElement;
    target.setAttribute('data-layer', '');
    target.setAttribute('src', src);
    setTimeout(() => el.append(target));
    const event = await oneEvent(target, 'profile-error');
    await settled(target);
    return { detail: event.detail as ProfileErrorDetail, shown: $(target, '[part="error"]')!.textContent!.trim(), warnings: warnings.calls.join('\n') };
  } finally {
    warnings.restore();
  }
}

describe('privacy of events, the data layer and the console', () => {
  beforeEach(() => {
    w.dataLayer = [];
  });
  afterEach(() => {
    delete w.dataLayer;
  });

  for (const [what, src] of [
    ['an invalid port', 'http://127.0.0.1:99999/profile.json?api_key=GEHEIM#anna'],
    ['a user and password', 'http://anna.mueller:geheim@127.0.0.1:9/profile.json?token=GEHEIM'],
    ['an HTTP error', '/test-api/status/404?api_key=GEHEIM&candidate=anna.mueller'],
    ['a body that is not JSON', '/test-api/text?body=api_key%3DGEHEIM%20anna.mueller'],
  ]) {
    it(`names a src with ${what} without its query, user or password, in the event, the data layer and the console`, async () => {
      const { detail, shown, warnings } = await failing('salary-table', src);
      expect(shown, 'the reader sees our short message').not.to.equal('');
      const said = [JSON.stringify(detail), JSON.stringify(w.dataLayer), warnings];
      for (const text of said) expect(text).not.to.match(SECRET);
      // Still says where: the host and path an editor needs.
      expect(detail.issues[0].message).to.match(/127\.0\.0\.1|\/test-api\//);
      expect(detail.issueCount).to.equal(detail.issues.length);
    });
  }

  it('gives vacancy-click an id and a URL without query or fragment when a posting has no identifier', async () => {
    const profile = await seedProfile();
    const url = 'https://jobs.example/stellen/42?candidate=anna.mueller&token=GEHEIM#bewerben';
    profile.vacancies = { ...profile.vacancies, items: [{ title: 'Ausbildung Kaufmann/-frau für Dialogmarketing 2026', url }] };
    const el = await fixture<ProfileElement>(html`<vacancy-teaser data-layer .profile=${profile}></vacancy-teaser>`);
    await settled(el);
    const link = $(el, 'a[part="link"]')!;
    expect(link.getAttribute('href'), 'the link itself goes where the feed says').to.equal(url);
    link.addEventListener('click', (event) => event.preventDefault());
    setTimeout(() => link.click());
    const { detail } = await oneEvent(el, 'vacancy-click');
    expect(detail).to.deep.equal({ id: 'https://jobs.example/stellen/42', url: 'https://jobs.example/stellen/42' });
    expect(JSON.stringify(w.dataLayer)).not.to.match(SECRET);
  });

  it('names a feed without its query in its warnings: bad postings, and a feed that fails', async () => {
    const profile = await seedProfile();
    const warnings = captureWarnings();
    try {
      const bad = await fixture<ProfileElement>(html`<vacancy-teaser .profile=${profile} feed="/test-api/many-bad?n=3&token=GEHEIM"></vacancy-teaser>`);
      await settled(bad);
      const broken = await fixture<ProfileElement>(html`<vacancy-teaser .profile=${profile} feed="http://anna:geheim@127.0.0.1:99999/feed.json?token=GEHEIM"></vacancy-teaser>`);
      await settled(broken);
    } finally {
      warnings.restore();
    }
    const said = warnings.calls.join('\n');
    expect(said).to.contain('/test-api/many-bad');
    expect(said).to.contain('127.0.0.1:99999/feed.json');
    expect(said).not.to.match(SECRET);
  });

  it('bounds the issues of one profile-error: the first 100 and how many there were', async () => {
    const profile = await seedProfile();
    // 90,000 skills that are not skills: each one an issue (and the list too long).
    (profile as unknown as { skills: unknown[] }).skills = Array.from({ length: 90_000 }, () => ({ name: 42 }));
    const warnings = captureWarnings();
    let detail: ProfileErrorDetail;
    try {
      const el = await fixture<ProfileElement>(html`<div></div>`);
      const target = document.createElement('profession-suitability') as ProfileElement;
      target.setAttribute('data-layer', '');
      target.profile = profile;
      setTimeout(() => el.append(target));
      detail = (await oneEvent(target, 'profile-error')).detail;
    } finally {
      warnings.restore();
    }
    expect(detail.issues).to.have.length(100);
    expect(detail.issueCount).to.be.at.least(90_000);
    const entry = (w.dataLayer as DataLayerEntry[]).find((e) => e.event === 'career_widgets_profile_error')!;
    expect((entry.issues as unknown[]).length).to.equal(100);
    expect(JSON.stringify(w.dataLayer).length, 'the data layer holds kilobytes, not megabytes').to.be.below(20_000);
    expect(warnings.calls).to.have.length(1);
    expect(warnings.calls[0].split('\n').length).to.be.below(10);
  });
});
