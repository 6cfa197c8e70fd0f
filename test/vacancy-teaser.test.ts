import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import type { TemplateResult } from 'lit';
import '../src/vacancy-teaser/define.js';
import type { VacancyTeaser } from '../src/vacancy-teaser/vacancy-teaser.js';
import { $, $$, SEED_URL, captureWarnings, plain, seedProfile, settled, sleep, visibleText } from './helpers.js';

/** The fixture feed in profiles/: 13 postings dated 2029–2031. */
const FIXTURE = '/profiles/feeds/kaufmann-dialogmarketing.json';
/** A feed dated from today (test/server/vacancy-feed.mjs). */
const feed = (query = '') => `/test-api/feed${query ? `?${query}` : ''}`;

const EMPTY_TEXT = 'Derzeit sind leider keine freien Lehrstellen als Kaufmann / Kauffrau für Dialogmarketing verfügbar.';
const NOTICE_DE = 'Die aktuellen Stellenangebote konnten gerade nicht geladen werden.';

async function ready(template: TemplateResult) {
  const el = await fixture<VacancyTeaser>(template);
  await settled(el);
  return el;
}

/** An element inside an English section. */
async function readyEnglish(template: TemplateResult) {
  const wrapper = await fixture(html`<div lang="en">${template}</div>`);
  const el = wrapper.querySelector('vacancy-teaser')!;
  await settled(el);
  return el;
}

const employers = (el: Element) => $$(el, '[part="employer"]').map((p) => plain(p.textContent));
const teasers = (el: Element) =>
  $$(el, '[part~="vacancy"]').map((li) =>
    ['title', 'employer', 'place', 'start'].map((part) => plain(li.querySelector(`[part="${part}"]`)?.textContent)),
  );

/** The JSON-LD script the element keeps in its light DOM, parsed. */
function structuredData(el: Element) {
  const scripts = el.querySelectorAll('script[type="application/ld+json"]');
  expect(scripts.length, 'at most one JSON-LD script').to.be.at.most(1);
  return scripts[0] ? JSON.parse(scripts[0].textContent!) : undefined;
}

async function withoutNavigating(link: HTMLElement, name: 'vacancy-click' | 'cta-click', host: Element) {
  link.addEventListener('click', (event) => event.preventDefault());
  setTimeout(() => link.click());
  return (await oneEvent(host, name)).detail;
}

describe('<vacancy-teaser>', () => {
  let warnings: ReturnType<typeof captureWarnings>;
  beforeEach(() => (warnings = captureWarnings()));
  afterEach(() => warnings.restore());

  describe('ready, from the fixture feed', () => {
    it('shows the first three vacancies, each with title, employer, place and start date', async () => {
      const el = await ready(html`<vacancy-teaser src=${SEED_URL} feed=${FIXTURE}></vacancy-teaser>`);
      await expect(el).to.be.accessible();
      expect(plain($(el, '[part="heading"]')!.textContent)).to.equal('Freie Lehrstellen: Kaufmann / Kauffrau für Dialogmarketing');
      // A heading at the default level, followed by the list it names (no aria-labelledby repeating it).
      expect($(el, '[part="heading"]')!.localName).to.equal('h2');
      expect($(el, 'ul')!.hasAttribute('aria-labelledby')).to.equal(false);
      expect($$(el, '[part="title"]').map((h) => h.localName)).to.deep.equal(['h3', 'h3', 'h3']);
      // Start 1 August 2030 for all three; among them the most recently posted first.
      expect(teasers(el)).to.deep.equal([
        ['Ausbildung Kaufmann / Kauffrau für Dialogmarketing (m/w/d)', 'Kö-Dialog Marketing GmbH', '40213 Düsseldorf', 'Beginn: 1. August 2030'],
        ['Ausbildung Kaufmann / Kauffrau für Dialogmarketing (m/w/d)', 'Weserdialog GmbH & Co. KG', '28195 Bremen', 'Beginn: 1. August 2030'],
        ['Ausbildung zur Kauffrau / zum Kaufmann für Dialogmarketing 2030', 'Hanse Kundenservice GmbH', '20097 Hamburg', 'Beginn: 1. August 2030'],
      ]);
      expect($$(el, 'li a[part="link"]').map((a) => a.getAttribute('href'))).to.deep.equal([
        'https://karriere.koe-dialog.example/ausbildung/kdm-2030-007',
        'https://karriere.weserdialog.example/ausbildung/kdm-2030-011',
        'https://karriere.hanse-kundenservice.example/ausbildung/kdm-2030-002',
      ]);
      expect(warnings.calls).to.have.length(0);
    });

    it('speaks English inside an English section', async () => {
      const el = await readyEnglish(html`<vacancy-teaser src=${SEED_URL} feed=${FIXTURE}></vacancy-teaser>`);
      await expect(el).to.be.accessible();
      expect(plain($(el, '[part="heading"]')!.textContent)).to.equal('Open apprenticeships: Kaufmann / Kauffrau für Dialogmarketing');
      expect(teasers(el)[0][3]).to.equal('Start: August 1, 2030');
      expect(plain($(el, '[part="more"]')!.textContent)).to.equal('Show all 13 vacancies');
    });

    it('offers the feed\'s own page as "show all" when there are more than the limit', async () => {
      const el = await ready(html`<vacancy-teaser src=${SEED_URL} feed=${FIXTURE}></vacancy-teaser>`);
      const more = $(el, 'a[part="more"]')!;
      expect(plain(more.textContent)).to.equal('Alle 13 Stellen anzeigen');
      expect(more.getAttribute('href')).to.equal('https://jobs.example/ausbildung/kaufmann-dialogmarketing');
      const detail = await withoutNavigating(more, 'cta-click', el);
      expect(detail).to.deep.equal({
        href: 'https://jobs.example/ausbildung/kaufmann-dialogmarketing',
        label: 'Alle 13 Stellen anzeigen',
        widget: 'vacancy-teaser',
      });
    });

    it('prefers the profile\'s vacancies.moreLink for "show all"', async () => {
      const profile = await seedProfile();
      profile.vacancies!.moreLink = { label: 'Alle Lehrstellen bei AUBI-plus', href: 'https://www.aubi-plus.de/suchen/' };
      const el = await ready(html`<vacancy-teaser .profile=${profile} feed=${FIXTURE}></vacancy-teaser>`);
      const more = $(el, 'a[part="more"]')!;
      expect(plain(more.textContent)).to.equal('Alle Lehrstellen bei AUBI-plus');
      expect(more.getAttribute('href')).to.equal('https://www.aubi-plus.de/suchen/');
    });
  });

  describe('limit', () => {
    it('shows at most `limit` vacancies, and "show all" only when there are more', async () => {
      const el = await ready(html`<vacancy-teaser src=${SEED_URL} feed=${FIXTURE} limit="5"></vacancy-teaser>`);
      expect($$(el, '[part~="vacancy"]')).to.have.length(5);
      expect($(el, '[part="more"]')).to.exist;

      el.limit = 13;
      await el.updateComplete;
      expect($$(el, '[part~="vacancy"]')).to.have.length(13);
      expect($(el, '[part="more"]'), 'all are shown: nothing more to see').to.be.null;
      await expect(el).to.be.accessible();
    });

    it('falls back to three for a limit that is no positive number', async () => {
      for (const limit of ['0', '-2', 'viele']) {
        const el = await ready(html`<vacancy-teaser src=${SEED_URL} feed=${FIXTURE} limit=${limit}></vacancy-teaser>`);
        expect($$(el, '[part~="vacancy"]'), limit).to.have.length(3);
      }
    });

    it('has no "show all" without a page to show them on', async () => {
      // The generated feed is a bare array (no url) and the seed profile has no moreLink.
      const el = await ready(html`<vacancy-teaser src=${SEED_URL} feed=${feed()}></vacancy-teaser>`);
      expect($$(el, '[part~="vacancy"]')).to.have.length(3);
      expect($(el, '[part="more"]')).to.be.null;
    });
  });

  describe('location', () => {
    it('matches the place, ignoring case', async () => {
      const el = await ready(html`<vacancy-teaser src=${SEED_URL} feed=${FIXTURE} location="BERLIN"></vacancy-teaser>`);
      await expect(el).to.be.accessible();
      expect(teasers(el).map(([, employer, place, start]) => [employer, place, start])).to.deep.equal([
        ['Dialogwerk Berlin GmbH', '10117 Berlin', 'Beginn: 1. August 2030'],
        ['Spreeruf Service GmbH', '10243 Berlin', 'Beginn: 1. August 2031'],
      ]);
      expect($(el, '[part="more"]')).to.be.null;
    });

    it('takes digits as a postal-code prefix', async () => {
      const el = await ready(html`<vacancy-teaser src=${SEED_URL} feed=${feed()} location="10" limit="10"></vacancy-teaser>`);
      expect(teasers(el).map(([, , place]) => place)).to.deep.equal(['10115 Berlin', '10247 Berlin']);
      el.location = '4';
      await el.updateComplete;
      // 04109 Leipzig has expired; 44135 Dortmund is left.
      expect(teasers(el).map(([, , place]) => place)).to.deep.equal(['44135 Dortmund']);
    });

    it('does not match part of a name', async () => {
      const el = await ready(html`<vacancy-teaser src=${SEED_URL} feed=${FIXTURE} location="Frankfurt"></vacancy-teaser>`);
      expect($$(el, '[part~="vacancy"]')).to.have.length(0);
      el.location = 'frankfurt am main';
      await el.updateComplete;
      expect(employers(el)).to.deep.equal(['Mainline Service Center GmbH']);
    });

    it('shows the empty state, without a fault notice, when no vacancy is in that place', async () => {
      const el = await ready(html`<vacancy-teaser src=${SEED_URL} feed=${FIXTURE} location="Kiel"></vacancy-teaser>`);
      await expect(el).to.be.accessible();
      expect(plain($(el, '[part="empty-text"]')!.textContent)).to.equal(EMPTY_TEXT);
      expect($(el, '[part="notice"]')).to.be.null;
      expect($(el, '[part="cta"]')).to.exist;
    });
  });

  describe('expiry and order, with dates counted from today', () => {
    it('never shows a posting past its validThrough, and sorts by start, then newest posting', async () => {
      const el = await ready(html`<vacancy-teaser src=${SEED_URL} feed=${feed()} limit="20"></vacancy-teaser>`);
      await expect(el).to.be.accessible();
      expect(employers(el)).to.deep.equal([
        'Hanse Kundenservice GmbH', // starts in 30 days
        'Rheinkontakt AG', // starts in 60 days, posted 2 days ago
        'Dialogwerk Berlin GmbH', // starts in 60 days, posted 10 days ago
        'Isar Direktmarketing GmbH', // 90 days
        'Spreeruf Service GmbH', // 120 days
        'Kiezdialog GmbH', // 150 days; today is its last day, so it is still open
        'Westfalen Dialog GmbH', // no start date: last
      ]);
      expect(visibleText(el)).not.to.contain('Messestadt', 'expired yesterday');
    });

    it('reads ItemList feeds with ListItem wrappers and JSON-LD @graph feeds alike', async () => {
      for (const shape of ['list', 'graph']) {
        const el = await ready(html`<vacancy-teaser src=${SEED_URL} feed=${feed(`shape=${shape}`)} limit="20"></vacancy-teaser>`);
        expect(employers(el), shape).to.have.length(7);
        expect(employers(el)[0], shape).to.equal('Hanse Kundenservice GmbH');
      }
      // The Organization node in the @graph is no posting: passed over without a warning.
      expect(warnings.calls).to.have.length(0);
    });
  });

  describe('bad postings', () => {
    it('skips them with one warning naming every path, and still shows the good ones', async () => {
      const el = await ready(html`<vacancy-teaser src=${SEED_URL} feed=${feed('bad=1')} limit="20"></vacancy-teaser>`);
      await expect(el).to.be.accessible();
      expect(employers(el)).to.have.length(7);
      expect(visibleText(el)).not.to.contain('Irgendwann GmbH');
      expect(visibleText(el)).not.to.contain('Ohne Titel GmbH');
      expect(warnings.calls).to.have.length(1);
      // The feed named without its query (issue 22: a feed's query may carry a token).
      expect(warnings.calls[0]).to.contain('skipped 2 postings at $[2], $[5] in the feed /test-api/feed\n');
      expect(warnings.calls[0]).to.contain('$[2].title: Required field is missing');
      expect(warnings.calls[0]).to.match(/\$\[5\]\.jobStartDate: Must be an ISO 8601 date/);
    });

    it('names the path inside an ItemList', async () => {
      await ready(html`<vacancy-teaser src=${SEED_URL} feed=${feed('bad=1&shape=list')}></vacancy-teaser>`);
      expect(warnings.calls).to.have.length(1);
      expect(warnings.calls[0]).to.contain('$.itemListElement[2].item.title');
      expect(warnings.calls[0]).to.contain('$.itemListElement[5].item.jobStartDate');
    });
  });

  describe('the empty state', () => {
    it('shows the profile\'s text and job alert without a feed, and its call to action fires cta-click', async () => {
      const el = await ready(html`<vacancy-teaser src=${SEED_URL}></vacancy-teaser>`);
      await expect(el).to.be.accessible();
      expect(plain($(el, '[part="empty-text"]')!.textContent)).to.equal(EMPTY_TEXT);
      expect(visibleText(el)).to.contain('Deine AUBI-plus Jobmail');
      expect(visibleText(el)).to.contain('Lass deinen Bot für dich suchen!');
      expect($(el, '[part="notice"]')).to.be.null;
      expect($(el, '[part="error"][role="status"]')).to.be.null;
      const cta = $(el, 'a[part="cta"]')!;
      expect(plain(cta.textContent)).to.equal('Suchbot erstellen');
      expect(cta.getAttribute('href')).to.equal('https://www.aubi-plus.de/jobmail/');
      const detail = await withoutNavigating(cta, 'cta-click', el);
      expect(detail).to.deep.equal({ href: 'https://www.aubi-plus.de/jobmail/', label: 'Suchbot erstellen', widget: 'vacancy-teaser' });
    });

    it('shows the profile\'s own vacancies when it has some and there is no feed, still dropping expired ones', async () => {
      const profile = await seedProfile();
      profile.vacancies!.items = [
        { title: 'Abgelaufen', hiringOrganization: { name: 'Alt GmbH' }, validThrough: '2020-07-31' },
        { title: 'Ausbildung 2030', hiringOrganization: { name: 'Neu GmbH' }, jobStartDate: '2030-08', validThrough: '2030-07' },
      ];
      const el = await ready(html`<vacancy-teaser .profile=${profile}></vacancy-teaser>`);
      await expect(el).to.be.accessible();
      expect(teasers(el)).to.deep.equal([['Ausbildung 2030', 'Neu GmbH', '', 'Beginn: August 2030']]);
      // No URL: the title is text, not a link.
      expect($(el, 'a')).to.be.null;
    });

    it('uses its own words when the profile has no text of its own', async () => {
      const profile = await seedProfile();
      profile.vacancies = { items: [] };
      const el = await readyEnglish(html`<vacancy-teaser .profile=${profile}></vacancy-teaser>`);
      expect(plain($(el, '[part="empty-text"]')!.textContent)).to.equal('There are no open apprenticeships at the moment.');
      expect($(el, '[part~="job-alert"]')).to.be.null;
    });

    it('says so when the profile has no vacancies section and there is no feed', async () => {
      const profile = await seedProfile();
      delete profile.vacancies;
      const el = await ready(html`<vacancy-teaser .profile=${profile}></vacancy-teaser>`);
      expect(plain($(el, '[part="empty"]')!.textContent)).to.equal('Dieses Berufsprofil enthält keine Angaben zu: Freie Lehrstellen.');
      await expect(el).to.be.accessible();
    });
  });

  describe('feed faults show the empty state with a notice, never the error state', () => {
    async function expectFault(template: TemplateResult, english = false) {
      let profileErrors = 0;
      const onError = () => profileErrors++;
      document.addEventListener('profile-error', onError);
      try {
        const el = (english ? await readyEnglish(template) : await ready(template)) as VacancyTeaser;
        await expect(el).to.be.accessible();
        expect($(el, '[part="error"]')).to.be.null;
        expect($(el, '[part="error"][role="status"]')).to.be.null;
        expect(plain($(el, '[part="notice"]')!.textContent)).to.equal(english ? 'The current vacancies could not be loaded just now.' : NOTICE_DE);
        expect(plain($(el, '[part="empty-text"]')!.textContent)).to.equal(EMPTY_TEXT);
        expect(plain($(el, 'a[part="cta"]')!.textContent)).to.equal('Suchbot erstellen');
        expect(profileErrors, 'a feed fault is no profile error').to.equal(0);
        expect(warnings.calls).to.have.length(1);
        expect(warnings.calls[0]).to.contain(`the feed ${el.feed!.split('?')[0]} could not be loaded`);
        return warnings.calls[0];
      } finally {
        document.removeEventListener('profile-error', onError);
      }
    }

    it('a 404', async () => {
      expect(await expectFault(html`<vacancy-teaser src=${SEED_URL} feed="/test-api/status/404"></vacancy-teaser>`)).to.contain('HTTP 404');
    });

    it('a 500, in English on an English page', async () => {
      const warning = await expectFault(html`<vacancy-teaser src=${SEED_URL} feed="/test-api/status/500"></vacancy-teaser>`, true);
      expect(warning).to.contain('HTTP 500');
    });

    it('an answer that is not JSON', async () => {
      expect(await expectFault(html`<vacancy-teaser src=${SEED_URL} feed="/test-api/text?body=%3Chtml%3E"></vacancy-teaser>`)).to.contain('is not JSON');
    });

    it('JSON that is no feed', async () => {
      expect(await expectFault(html`<vacancy-teaser src=${SEED_URL} feed="/test-api/text?body=%7B%7D"></vacancy-teaser>`)).to.contain('Not a vacancy feed');
    });

    it('a timeout', async () => {
      const warning = await expectFault(html`<vacancy-teaser src=${SEED_URL} timeout="300" feed="/test-api/hang?id=feed-timeout"></vacancy-teaser>`);
      expect(warning).to.contain('within 300 ms');
    });

    it('while a broken profile still shows the profile error', async () => {
      const el = await ready(html`<vacancy-teaser src="/test-api/status/404" feed=${FIXTURE}></vacancy-teaser>`);
      expect(plain($(el, '[part="error"][role="status"]')!.textContent)).to.equal('Das Berufsprofil konnte nicht geladen werden (HTTP 404).');
      await expect(el).to.be.accessible();
    });
  });

  describe('links', () => {
    it('renders an unsafe posting URL as plain text and resolves a relative one against the feed', async () => {
      const el = await ready(html`<vacancy-teaser src=${SEED_URL} feed=${feed()} limit="20"></vacancy-teaser>`);
      const hrefs = $$(el, 'a').map((a) => a.getAttribute('href') ?? '');
      expect(hrefs.filter((href) => /script:/i.test(href))).to.have.length(0);
      const munich = $$(el, '[part~="vacancy"]').find((li) => li.textContent!.includes('Isar Direktmarketing'))!;
      expect(munich.querySelector('a')).to.be.null;
      expect(plain(munich.querySelector('[part="title"]')!.textContent)).to.equal('Ausbildung Kaufmann / Kauffrau für Dialogmarketing (m/w/d) – München');
      expect(hrefs).to.include(new URL('/test-api/stellen/DM-101', location.href).href);
    });

    it('renders every string of a posting as text, never as HTML', async () => {
      const payload = '<img src=x onerror="window.__pwned=1"><script>window.__pwned=1</script>';
      const profile = await seedProfile();
      profile.vacancies!.items = [
        { title: payload, hiringOrganization: { name: payload }, jobLocation: { address: { addressLocality: payload } }, url: ' JaVaScRiPt:window.__pwned=1' },
      ];
      const el = await ready(html`<vacancy-teaser .profile=${profile} structured-data></vacancy-teaser>`);
      await sleep(50);
      expect((window as unknown as { __pwned?: number }).__pwned).to.be.undefined;
      expect(el.shadowRoot!.querySelector('img, script')).to.be.null;
      expect(plain($(el, '[part="title"]')!.textContent)).to.equal(payload);
      expect($(el, 'a')).to.be.null;
    });

    it('opens in the same tab by default, and where `target` says, with rel="noopener noreferrer" for a new window', async () => {
      const el = await ready(html`<vacancy-teaser src=${SEED_URL} feed=${FIXTURE}></vacancy-teaser>`);
      const first = () => $(el, 'a[part="link"]')!;
      expect(first().hasAttribute('target')).to.be.false;
      expect(first().hasAttribute('rel')).to.be.false;

      el.target = '_blank';
      await el.updateComplete;
      expect($$(el, 'a[part="link"]').every((a) => a.getAttribute('target') === '_blank' && a.getAttribute('rel') === 'noopener noreferrer')).to.be.true;
      // No path or query of the host page reaches the job site (issue 17, case 8).
      expect($$(el, 'a[part="link"]').every((a) => (a as HTMLAnchorElement).referrerPolicy === 'strict-origin-when-cross-origin')).to.be.true;
      expect(plain(first().textContent)).to.equal('Ausbildung Kaufmann / Kauffrau für Dialogmarketing (m/w/d) (öffnet in neuem Fenster)');
      await expect(el).to.be.accessible();

      el.target = '_top';
      await el.updateComplete;
      expect(first().getAttribute('target')).to.equal('_top');
      expect(first().hasAttribute('rel')).to.be.false;
    });

    it('fires vacancy-click with the posting\'s identifier and URL', async () => {
      const el = await ready(html`<vacancy-teaser src=${SEED_URL} feed=${feed()}></vacancy-teaser>`);
      const link = $(el, 'a[part="link"]')!;
      expect(await withoutNavigating(link, 'vacancy-click', el)).to.deep.equal({ id: 'DM-102', url: 'https://jobs.example/stellen/DM-102' });

      // A schema.org PropertyValue identifier gives its value.
      const fromFixture = await ready(html`<vacancy-teaser src=${SEED_URL} feed=${FIXTURE}></vacancy-teaser>`);
      expect(await withoutNavigating($(fromFixture, 'a[part="link"]')!, 'vacancy-click', fromFixture)).to.deep.equal({
        id: 'KDM-2030-007',
        url: 'https://karriere.koe-dialog.example/ausbildung/kdm-2030-007',
      });
    });

    it('is reached with the keyboard: each vacancy link, then "show all"', async () => {
      const before = await fixture(html`<div><button>before</button><vacancy-teaser src=${SEED_URL} feed=${FIXTURE}></vacancy-teaser></div>`);
      const el = before.querySelector('vacancy-teaser')!;
      await settled(el);
      before.querySelector('button')!.focus();
      const focused: string[] = [];
      for (let i = 0; i < 4; i++) {
        await sendKeys({ press: 'Tab' });
        focused.push(el.shadowRoot!.activeElement?.getAttribute('part') ?? 'outside');
      }
      expect(focused).to.deep.equal(['link', 'link', 'link', 'more']);
    });
  });

  describe('structured data', () => {
    it('writes the shown vacancies as JSON-LD into the light DOM, and keeps it in step', async () => {
      const el = await ready(html`<vacancy-teaser src=${SEED_URL} feed=${feed()} structured-data></vacancy-teaser>`);
      let data = structuredData(el);
      expect(data['@context']).to.equal('https://schema.org');
      expect(data['@graph']).to.have.length(3);
      const [first] = data['@graph'];
      expect(first['@type']).to.equal('JobPosting');
      expect(first.title).to.equal('Ausbildung Kaufmann / Kauffrau für Dialogmarketing (m/w/d) – Hamburg');
      expect(first.identifier).to.equal('DM-102');
      expect(first.hiringOrganization).to.deep.equal({ '@type': 'Organization', name: 'Hanse Kundenservice GmbH' });
      expect(first.jobLocation).to.deep.equal({
        '@type': 'Place',
        address: { '@type': 'PostalAddress', postalCode: '20095', addressLocality: 'Hamburg' },
      });
      expect(first.url).to.equal('https://jobs.example/stellen/DM-102');
      // The relative URL, absolute; the javascript: one left out.
      el.limit = 4;
      await el.updateComplete;
      data = structuredData(el);
      expect(data['@graph'].map((posting: { url?: string }) => posting.url)).to.deep.equal([
        'https://jobs.example/stellen/DM-102',
        'https://jobs.example/stellen/DM-103',
        new URL('/test-api/stellen/DM-101', location.href).href,
        undefined,
      ]);

      el.location = 'Kiel';
      await el.updateComplete;
      expect(structuredData(el), 'nothing shown, nothing written').to.be.undefined;
      el.location = 'Köln';
      await el.updateComplete;
      expect(structuredData(el)['@graph'].map((posting: { identifier: string }) => posting.identifier)).to.deep.equal(['DM-103']);

      el.structuredData = false;
      await el.updateComplete;
      expect(el.querySelector('script')).to.be.null;
    });

    it('writes nothing without the attribute', async () => {
      const el = await ready(html`<vacancy-teaser src=${SEED_URL} feed=${FIXTURE}></vacancy-teaser>`);
      expect(el.querySelector('script')).to.be.null;
    });

    it('cannot be closed by a string in a posting', async () => {
      const title = '</script><script>window.__pwnedLd=1</script><!--';
      const profile = await seedProfile();
      profile.vacancies!.items = [{ title, identifier: 7 }];
      const el = await ready(html`<vacancy-teaser .profile=${profile} structured-data></vacancy-teaser>`);
      const script = el.querySelector('script[type="application/ld+json"]')!;
      expect(script.textContent).not.to.contain('<');
      expect(script.textContent).to.contain('\\u003c/script>');
      expect(structuredData(el)['@graph'][0].title).to.equal(title);
      // Written into a page as HTML, it stays one script.
      const page = new DOMParser().parseFromString(el.outerHTML, 'text/html');
      expect(page.querySelectorAll('script')).to.have.length(1);
      expect((window as unknown as { __pwnedLd?: number }).__pwnedLd).to.be.undefined;
    });

    it('does not make the element load its profile again', async () => {
      let loads = 0;
      const el = await fixture<VacancyTeaser>(html`<vacancy-teaser @profile-load=${() => loads++} src=${SEED_URL} feed=${FIXTURE} structured-data></vacancy-teaser>`);
      await settled(el);
      el.limit = 2;
      await el.updateComplete;
      el.limit = 4;
      await el.updateComplete;
      await sleep(100);
      await settled(el);
      expect(loads).to.equal(1);
      expect(structuredData(el)['@graph']).to.have.length(4);
      expect($$(el, '[part~="vacancy"]')).to.have.length(4);
    });
  });

  describe('requests', () => {
    it('shows the loading state while the feed loads', async () => {
      const el = await fixture<VacancyTeaser>(html`<vacancy-teaser src=${SEED_URL} feed="/test-api/hang?id=feed-loading"></vacancy-teaser>`);
      await sleep(150);
      const loading = $(el, '[part="loading"]')!;
      expect(loading.getAttribute('aria-busy')).to.equal('true');
      expect(plain(loading.textContent)).to.equal('Wird geladen …');
      await expect(el).to.be.accessible();
      el.remove();
    });

    it('aborts the old request when the feed changes', async () => {
      const id = `feed-change-${Math.random()}`;
      const el = await fixture<VacancyTeaser>(html`<vacancy-teaser src=${SEED_URL} feed=${`/test-api/hang?id=${id}`}></vacancy-teaser>`);
      await sleep(150);
      el.feed = FIXTURE;
      await settled(el);
      await sleep(100);
      const record = await (await fetch(`/test-api/requests?id=${id}`)).json();
      expect(record.closed, 'the server saw the old request go away').to.be.true;
      expect($$(el, '[part~="vacancy"]')).to.have.length(3);
      expect(warnings.calls).to.have.length(0);
    });

    it('ignores an older, slower feed that answers after a newer one', async () => {
      const el = await fixture<VacancyTeaser>(html`<vacancy-teaser src=${SEED_URL} feed=${feed('delay=600&prefix=Alt-')}></vacancy-teaser>`);
      await sleep(50);
      el.feed = feed('prefix=Neu-');
      await settled(el);
      expect(employers(el)[0]).to.equal('Neu-Hanse Kundenservice GmbH');
      await sleep(800);
      await el.updateComplete;
      expect(employers(el)[0]).to.equal('Neu-Hanse Kundenservice GmbH');
    });

    it('goes back to the profile\'s vacancies when the feed is removed', async () => {
      const el = await ready(html`<vacancy-teaser src=${SEED_URL} feed=${FIXTURE}></vacancy-teaser>`);
      el.feed = undefined;
      await settled(el);
      expect(plain($(el, '[part="empty-text"]')!.textContent)).to.equal(EMPTY_TEXT);
    });

    it('aborts the feed request when removed, and loads again when put back', async () => {
      const id = `feed-removal-${Math.random()}`;
      const el = await fixture<VacancyTeaser>(html`<vacancy-teaser src=${SEED_URL} feed=${`/test-api/hang?id=${id}`}></vacancy-teaser>`);
      await sleep(150);
      const parent = el.parentElement!;
      el.remove();
      await sleep(200);
      const record = await (await fetch(`/test-api/requests?id=${id}`)).json();
      expect(record.closed, 'the server saw the request go away').to.be.true;
      expect(warnings.calls).to.have.length(0);

      el.feed = FIXTURE;
      parent.append(el);
      await settled(el);
      expect($$(el, '[part~="vacancy"]')).to.have.length(3);
    });
  });
});
