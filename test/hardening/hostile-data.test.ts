/**
 * Hardening, hostile data at scale (issue 17): what a compromised portal or feed, a hostile host
 * page or a careless embedder can send. Each case settles within 2 s with a clear message
 * (measured as settled-within, not as a benchmark), and no request is left running.
 */
import { expect } from '@open-wc/testing';
import '../../src/index.js';
import { strings } from '../../src/core/strings.js';
import { MAX_FEED_BYTES, MAX_FEED_POSTINGS, MAX_PROFILE_BYTES, MAX_RENDERED_ITEMS, MAX_REPEATED_WARNINGS } from '../../src/core/limits.js';
import { vacancyStrings } from '../../src/vacancy-teaser/vacancy-teaser.strings.js';
import type { ProfileElement } from '../../src/core/profile-element.js';
import type { VacancyTeaser } from '../../src/vacancy-teaser/vacancy-teaser.js';
import { SEED_URL, seedProfile } from '../helpers.js';
import { TAGS, create, report, serve, settleWithin, sleep, stage, stateOf, uid, watchPage } from './fuzz-helpers.js';

const SETTLED = 2_000;
const alertText = (el: Element) => el.shadowRoot!.querySelector('[part="error"][role="status"]')?.textContent?.trim();
const notice = (el: Element) => el.shadowRoot!.querySelector('[part="notice"]')?.textContent?.trim();
const sent = async (id: string) => (await (await fetch(`/test-api/sent?id=${id}`)).json()) as { bytes: number; closed: boolean };

async function waitFor(condition: () => Promise<boolean> | boolean, ms = 3000) {
  const deadline = Date.now() + ms;
  while (!(await condition())) {
    if (Date.now() > deadline) throw new Error('timed out waiting');
    await sleep(25);
  }
}

describe('hardening: hostile data at scale', function () {
  this.timeout(30_000);
  let watch: ReturnType<typeof watchPage>;
  let container: HTMLElement;
  beforeEach(() => {
    watch = watchPage();
    container = stage();
  });
  afterEach(() => {
    watch.stop();
    container.remove();
    expect(watch.problems).to.deep.equal([]);
  });

  describe('bytes read (case 2)', () => {
    it('a src redirected to an endless stream stops at the limit, says "too large" and closes the stream', async () => {
      const id = uid('stream');
      const src = `/test-api/redirect?to=${encodeURIComponent(`/test-api/stream?id=${id}`)}`;
      const el = create('salary-table', { src });
      const errors: CustomEvent[] = [];
      el.addEventListener('profile-error', (event) => errors.push(event as CustomEvent));
      container.append(el);
      report(`endless stream behind a redirect: settled in ${(await settleWithin(el, SETTLED)).toFixed(0)} ms`);
      expect(alertText(el)).to.equal(strings.de.errorTooLarge(MAX_PROFILE_BYTES / 1024 / 1024));
      expect(alertText(el)).to.equal('Das Berufsprofil ist zu groß (über 1 MB) und wurde nicht geladen.');
      expect(errors).to.have.length(1);
      expect(errors[0].detail.issues[0].message).to.contain(`larger than ${MAX_PROFILE_BYTES} bytes`);
      await waitFor(async () => (await sent(id)).closed);
      // What the server wrote before it saw the client go: the limit and what was buffered on the way.
      expect((await sent(id)).bytes).to.be.below(64 * 1024 * 1024);
    });

    it('says so in English on an English page', async () => {
      const el = create('career-path', { src: `/test-api/stream?id=${uid('stream')}`, lang: 'en' });
      container.append(el);
      await settleWithin(el, SETTLED);
      expect(alertText(el)).to.equal('The profession profile is too large (over 1 MB) and was not loaded.');
    });

    it('a profile just under the limit still loads', async () => {
      const profile = await seedProfile();
      const text = JSON.stringify(profile);
      (profile as { description?: string }).description = 'x'.repeat(MAX_PROFILE_BYTES - text.length - 1_000);
      const el = create('salary-table', { src: await serve(JSON.stringify(profile)) });
      container.append(el);
      await el.settled;
      expect(stateOf(el)).to.equal('ready');
    });

    it('a feed with a 100 MB title stops at the feed limit and shows the empty state with its own notice', async () => {
      const el = create('vacancy-teaser', { src: SEED_URL, feed: '/test-api/big-title?mb=100' }) as VacancyTeaser;
      container.append(el);
      report(`feed with a 100 MB title: settled in ${(await settleWithin(el, SETTLED)).toFixed(0)} ms`);
      expect(notice(el)).to.equal(vacancyStrings.de.feedTooLarge);
      expect(el.shadowRoot!.textContent).not.to.contain('xxxxxxxxxx');
      expect(watch.ours.join('\n')).to.contain(`larger than ${MAX_FEED_BYTES} bytes`);
    });
  });

  describe('lengths and counts (cases 2 and 3)', () => {
    it('a posting with a title of 2 MB (under the byte limit) is skipped before validation; the others are shown', async () => {
      const feed = [
        { '@type': 'JobPosting', title: 'x'.repeat(2 * 1024 * 1024), url: 'https://jobs.example/huge' },
        { '@type': 'JobPosting', title: 'Ausbildung bei der Beispiel GmbH', url: 'https://jobs.example/ok' },
      ];
      const el = create('vacancy-teaser', { src: SEED_URL, feed: await serve(JSON.stringify(feed)) });
      container.append(el);
      report(`feed posting with a 2 MB title: settled in ${(await settleWithin(el, SETTLED)).toFixed(0)} ms`);
      const titles = [...el.shadowRoot!.querySelectorAll('[part="title"]')].map((title) => title.textContent!.trim());
      expect(titles).to.deep.equal(['Ausbildung bei der Beispiel GmbH']);
      expect(watch.ours).to.have.length(1);
      expect(watch.ours[0]).to.contain('skipped the posting at $[0]');
      expect(watch.ours[0]).to.contain('$[0].title: Longer than 10,000 characters (2,097,152)');
    });

    it('50,000 rejected postings make one summary warning (the count and the first paths), not 50,000', async () => {
      const el = create('vacancy-teaser', { src: SEED_URL, feed: '/test-api/many-bad?n=50000' });
      container.append(el);
      report(`feed of 50,000 rejected postings: settled in ${(await settleWithin(el, SETTLED)).toFixed(0)} ms`);
      expect(stateOf(el)).to.equal('empty');
      expect(watch.ours, watch.ours.join('\n---\n').slice(0, 2000)).to.have.length(2);
      const [skipped, capped] = watch.ours;
      expect(skipped).to.contain(`skipped ${MAX_FEED_POSTINGS.toLocaleString('en')} postings at $[0], $[1], $[2], $[3], $[4], … in the feed`);
      expect(skipped).to.contain('$[0].title: Required field is missing');
      expect(skipped).to.contain(`… and ${(MAX_FEED_POSTINGS - 5).toLocaleString('en')} more`);
      expect(skipped.split('\n').length, 'a short warning').to.be.below(10);
      expect(capped).to.contain(`read the first 1,000 of 50,000 postings`);
    });

    it('the same warning from many elements is written a few times, and its repeats counted in one line', async () => {
      const profile = await seedProfile();
      (profile as { name: unknown }).name = 42;
      const src = await serve(JSON.stringify(profile));
      const els = Array.from({ length: MAX_REPEATED_WARNINGS + 20 }, () => create('salary-table', { src }));
      container.append(...els);
      await Promise.all(els.map((el) => el.settled));
      expect(els.every((el) => stateOf(el) === 'error')).to.equal(true);
      expect(watch.ours.filter((line) => line.includes('$.name'))).to.have.length(MAX_REPEATED_WARNINGS);
      await waitFor(() => watch.repeats.some((line) => line.includes('came 20 more times')), 2500);
    });

    it(`<career-path> with 50,000 skills renders at most ${MAX_RENDERED_ITEMS} of them`, async () => {
      const profile = await seedProfile();
      profile.skills = Array.from({ length: 50_000 }, (_, i) => ({ name: `Stärke ${i + 1}` }));
      const el = create('career-path');
      el.profile = profile;
      container.append(el);
      report(`<career-path> with 50,000 skills: settled in ${(await settleWithin(el, SETTLED)).toFixed(0)} ms`);
      // Either the schema refuses the list (maxItems), or the element shows no more than the limit.
      const strengths = el.shadowRoot!.querySelectorAll('[part="strengths"] li').length;
      expect(strengths).to.be.at.most(MAX_RENDERED_ITEMS);
      expect(['ready', 'error']).to.include(stateOf(el));
    });
  });

  describe('the schema\'s limits (cases 1 and 2)', () => {
    it('a quiz of 50,000 questions and 50,001 results settles within 2 s, refused by its length, not checked score by score', async () => {
      const profile = (await seedProfile()) as unknown as Record<string, any>;
      profile.quiz.questions = Array.from({ length: 50_000 }, (_, i) => ({ question: `Frage ${i + 1}?`, options: ['Ja', 'Nein'], correctOption: 0 }));
      profile.quiz.results = Array.from({ length: 50_001 }, (_, score) => ({ minScore: score, maxScore: score, text: `${score} richtig` }));
      for (const tag of ['profession-quiz', 'career-quiz'] as const) {
        const el = create(tag);
        let issues: { path: string; message: string }[] = [];
        el.addEventListener('profile-error', (event) => (issues = event.detail.issues));
        el.profile = profile as never; // any value: the element validates it
        container.append(el);
        report(`<${tag}> with 50,000 questions: settled in ${(await settleWithin(el, SETTLED)).toFixed(0)} ms`);
        expect(stateOf(el)).to.equal('error');
        expect(alertText(el)).to.equal(strings.de.errorInvalid);
        expect(issues).to.deep.include({ path: '$.quiz.questions', message: 'Must not have more than 200 items' });
        expect(issues).to.deep.include({ path: '$.quiz.results', message: 'Must not have more than 200 items' });
      }
      // The salary table does not show the quiz: it is not stopped by it (section-wise validation).
      const table = create('salary-table');
      table.profile = profile as never;
      container.append(table);
      await settleWithin(table, SETTLED);
      expect(stateOf(table)).to.equal('ready');
    });

    it('a name of 20 MB is refused at once by its length, in every element', async () => {
      const profile = (await seedProfile()) as unknown as Record<string, any>;
      profile.name = 'Kaufmann '.repeat(2_300_000);
      for (const tag of TAGS) {
        const el = create(tag);
        let issues: { path: string; message: string }[] = [];
        el.addEventListener('profile-error', (event) => (issues = event.detail.issues));
        el.profile = profile as never;
        container.append(el);
        const ms = await settleWithin(el, SETTLED);
        if (tag === 'salary-table') report(`<${tag}> with a 20 MB name: settled in ${ms.toFixed(0)} ms`);
        expect(stateOf(el), `<${tag}>`).to.equal('error');
        expect(issues).to.deep.equal([{ path: '$.name', message: 'Must not be longer than 10,000 characters' }]);
      }
    });
  });

  describe('number attributes (case 5)', () => {
    for (const value of ['30s', '', '0', '-1', 'Infinity', 'NaN']) {
      it(`timeout="${value}" waits the default 10 s`, async () => {
        const el = create('salary-table', { timeout: value, src: '/test-api/profile?delay=300' });
        container.append(el);
        await el.settled;
        expect(el.timeout).to.equal(10_000);
        expect(stateOf(el)).to.equal('ready');
      });
    }

    it('a removed timeout goes back to 10 s; a valid one counts, and a huge one is capped at a day', async () => {
      const el = create('salary-table', { timeout: '150' });
      expect(el.timeout).to.equal(150);
      el.removeAttribute('timeout');
      expect(el.timeout).to.equal(10_000);
      el.setAttribute('timeout', '1e12');
      expect(el.timeout).to.equal(86_400_000);
      el.setAttribute('timeout', '150');
      el.src = `/test-api/hang?id=${uid('hang')}`;
      container.append(el);
      await el.settled;
      expect(alertText(el)).to.equal(strings.de.errorTimeout(0.15));
    });

    it('a timeout set from script as NaN is taken as 10 s, not as "after NaN s"', async () => {
      const el = create('salary-table', { src: '/test-api/profile?delay=200' });
      (el as { timeout: number }).timeout = Number.NaN;
      container.append(el);
      await el.settled;
      expect(stateOf(el)).to.equal('ready');
    });

    it('limit="abc", "0" and "-2" show the default 3 vacancies; "2.7" shows 2', async () => {
      for (const [limit, count] of [['abc', 3], ['0', 3], ['-2', 3], ['2.7', 2], ['', 3]] as const) {
        const el = create('vacancy-teaser', { src: SEED_URL, feed: '/test-api/feed', limit });
        container.append(el);
        await el.settled;
        expect(el.shadowRoot!.querySelectorAll('[part~="vacancy"]').length, `limit="${limit}"`).to.equal(count);
        el.remove();
      }
    });
  });

  describe('lookups keyed by outside input (case 6)', () => {
    for (const lang of ['constructor', '__proto__', 'hasOwnProperty', 'toString']) {
      it(`lang="${lang}" on the element or an ancestor falls back to German in every element`, async () => {
        const wrapper = document.createElement('div');
        wrapper.lang = lang;
        container.append(wrapper);
        const els = TAGS.map((tag) => create(tag, { src: SEED_URL, ...(tag === 'salary-table' ? { lang } : {}) }));
        wrapper.append(...els);
        await Promise.all(els.map((el) => el.settled));
        for (const el of els as ProfileElement[]) {
          expect(stateOf(el), el.localName).to.be.oneOf(['ready', 'empty']);
        }
        expect(els[0].shadowRoot!.textContent).to.contain('1. Ausbildungsjahr');
      });
    }
  });

  describe('privacy (case 8)', () => {
    let crossOrigin: string;
    let meta: HTMLMetaElement;
    before(async () => {
      crossOrigin = (await (await fetch('/test-api/cross-origin')).json()).origin;
    });
    beforeEach(() => {
      // A host page with a permissive policy: without ours, its path and query would go with every request.
      meta = Object.assign(document.createElement('meta'), { name: 'referrer', content: 'unsafe-url' });
      document.head.append(meta);
    });
    afterEach(() => meta.remove());
    const referer = async (tag: string) => ((await (await fetch(`/test-api/referer?tag=${tag}`)).json()) as { referer: string | null }).referer;

    it('a profile server and a feed server on another origin learn the origin of the page, never its path or query', async () => {
      expect(location.search, 'the test page has a query to leak').not.to.equal('');
      const [profileTag, feedTag] = [uid('ref'), uid('ref')];
      const el = create('vacancy-teaser', { src: `${crossOrigin}/profile?cors=1&tag=${profileTag}`, feed: `${crossOrigin}/feed?cors=1&tag=${feedTag}` });
      container.append(el);
      await el.settled;
      expect(stateOf(el)).to.equal('ready');
      expect(await referer(profileTag)).to.equal(`${location.origin}/`);
      expect(await referer(feedTag)).to.equal(`${location.origin}/`);
    });

    it('a page whose own policy sends less keeps it', async () => {
      meta.content = 'no-referrer';
      const tag = uid('ref');
      const el = create('salary-table', { src: `/test-api/profile?tag=${tag}` });
      container.append(el);
      await el.settled;
      expect(await referer(tag)).to.equal(null);
    });

    it('a vacancy link back to its feed (`#stelle-1`) is named in vacancy-click without the feed\'s query', async () => {
      const feed = await serve(JSON.stringify([{ '@type': 'JobPosting', title: 'Ausbildung', url: '#stelle-1' }]));
      expect(feed).to.contain('?');
      const el = create('vacancy-teaser', { src: SEED_URL, feed });
      container.append(el);
      await el.settled;
      const clicks: CustomEvent[] = [];
      el.addEventListener('vacancy-click', (event) => clicks.push(event as CustomEvent));
      const link = el.shadowRoot!.querySelector<HTMLAnchorElement>('a[part="link"]')!;
      link.addEventListener('click', (event) => event.preventDefault());
      link.click();
      expect(link.href, 'the link itself still goes where the feed says').to.equal(new URL(`${feed}#stelle-1`, location.href).href);
      expect(clicks[0].detail).to.deep.equal({ id: `${location.origin}/test-api/stored`, url: `${location.origin}/test-api/stored` });
    });

    it('links from the profile carry the same policy', async () => {
      const el = create('salary-table', { src: SEED_URL });
      container.append(el);
      await el.settled;
      const links = [...el.shadowRoot!.querySelectorAll('a')];
      expect(links.length).to.be.above(0);
      expect(links.every((a) => a.referrerPolicy === 'strict-origin-when-cross-origin')).to.equal(true);
    });
  });
});
