import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import type { TemplateResult } from 'lit';
import '../src/similar-professions/define.js';
import type { SimilarProfessions } from '../src/similar-professions/similar-professions.js';
import type { CatalogDocument } from '../src/core/schema/catalog.js';
import { $, $$, SEED_URL, captureWarnings, plain, seedProfile, settled, sleep } from './helpers.js';

const CATALOG = '/profiles/catalog.json';
/** The eight full profiles, each named in the catalog. */
const PROFILES = [
  'dental-assistant-en', 'erzieher', 'fachinformatiker-anwendungsentwicklung', 'industriemechaniker',
  'kaufmann-dialogmarketing', 'pflegefachmann', 'tischler', 'verwaltungsfachangestellter',
];

let catalogCopy: CatalogDocument | undefined;
const catalog = async (): Promise<CatalogDocument> => (catalogCopy ??= await (await fetch(CATALOG)).json());

async function ready(template: TemplateResult) {
  const wrapper = await fixture<HTMLElement>(html`<div>${template}</div>`);
  const el = wrapper.querySelector('similar-professions')!;
  await settled(el);
  return el;
}

const names = (el: Element) => $$(el, '[part~="profession-name"]').map((h) => plain(h.textContent));
/** The Themenwelten's names, without a disclosure's count. */
const themeNames = (el: Element) => $$(el, '[part~="theme-name"]').map((n) => plain(n.textContent).replace(/ \(\d+ \w+\)$/, ''));
const status = (el: Element) => $(el, '[part="error"][role="status"]');
/** Every link in the element, as the browser resolved it. */
const links = (el: Element) => $$(el, 'a') as HTMLAnchorElement[];

async function clickWithoutNavigating(link: HTMLElement, host: Element) {
  link.addEventListener('click', (event) => event.preventDefault());
  setTimeout(() => link.click());
  return (await oneEvent(host, 'cta-click')).detail;
}

describe('<similar-professions>', () => {
  let warnings: ReturnType<typeof captureWarnings>;
  beforeEach(() => (warnings = captureWarnings()));
  afterEach(() => warnings.restore());

  describe('the eight profiles, each finding its catalog through its own catalog field', () => {
    for (const file of PROFILES) {
      it(`${file}: its Themenwelten and similar professions, every link to a real profile`, async () => {
        const el = await ready(html`<similar-professions src=${`/profiles/${file}.json`}></similar-professions>`);
        const data = await catalog();
        const profile = await (await fetch(`/profiles/${file}.json`)).json();
        // Found by slug, or (the English dental assistant) by the URL it was loaded from.
        const entry = data.professions.find((p) => p.slug === profile.identifier) ?? data.professions.find((p) => p.profileUrl === `${file}.json`)!;
        expect(entry, file).to.exist;
        expect(status(el), 'no error').to.equal(null);
        expect(themeNames(el)).to.deep.equal(entry.themes.map((id) => data.themes.find((t) => t.id === id)!.name));
        const shown = names(el);
        expect(shown.length, 'similar professions').to.be.within(1, 4);
        const themes = new Set(entry.themes);
        for (const name of shown) {
          const other = data.professions.find((p) => p.name === name)!;
          expect(other.slug).to.not.equal(entry.slug);
          expect(other.themes.some((id) => themes.has(id)), `${name} shares a Themenwelt`).to.equal(true);
        }
        // Without href-pattern the links are the catalog's profileUrls, against the catalog's URL (not the
        // page's); a profession without a profile is plain text (IT, metal and wood have no other profile).
        const withProfile = data.professions.filter((p) => p.profileUrl && p.slug !== entry.slug && p.themes.some((id) => themes.has(id)));
        expect(links(el).length, 'links').to.equal(withProfile.length + shown.filter((n) => withProfile.some((p) => p.name === n)).length);
        for (const a of links(el)) {
          expect(a.href).to.match(new RegExp(`^${location.origin}/profiles/[a-z-]+\\.json$`));
          const linked = await fetch(a.href);
          expect(linked.ok, a.href).to.equal(true);
          const target = await linked.json();
          expect(target.schemaVersion, a.href).to.equal(2);
          expect(plain(a.textContent)).to.equal(data.professions.find((p) => p.profileUrl && a.href.endsWith(`/profiles/${p.profileUrl}`))!.name);
        }
        await expect(el).to.be.accessible();
        // With the portal's pattern every similar profession is a link to its page.
        el.setAttribute('href-pattern', '/berufe/{slug}');
        await el.updateComplete;
        const paths = $$(el, '[part~="profession-name"]').map((h) => new URL(h.querySelector('a')!.href).pathname);
        expect(paths).to.deep.equal(shown.map((n) => `/berufe/${data.professions.find((p) => p.name === n)!.slug}`));
      });
    }
  });

  it('shows each similar profession with its duration, kind of training, pay range and sentence', async () => {
    const el = await ready(html`<similar-professions src=${SEED_URL}></similar-professions>`);
    await expect(el).to.be.accessible();
    expect(plain($(el, 'h2')!.textContent)).to.equal('Ähnliche Berufe');
    expect($$(el, 'h3').map((h) => plain(h.textContent))).to.deep.equal(['Themenwelten', 'Das könnte dich auch interessieren']);
    expect(plain($(el, '.themes-block p')!.textContent)).to.equal('In diesen Themenwelten findest du ähnliche Berufe:');
    expect($(el, '[part~="profession-name"]')!.localName).to.equal('h4');
    // ESC: Kaufmann/-frau im Einzelhandel (ECS) and Verkäufer/in (ESC) are nearest.
    const data = await catalog();
    const first = $(el, '[part~="profession"]')!;
    const entry = data.professions.find((p) => p.name === plain(first.querySelector('[part~="profession-name"]')!.textContent))!;
    expect(entry.interests).to.match(/^E/);
    expect(plain(first.querySelector('[part="summary"]')!.textContent)).to.equal(entry.summary);
    const facts = [...first.querySelectorAll('dt')].map((dt) => [plain(dt.textContent), plain(dt.nextElementSibling!.textContent)]);
    expect(facts[0]).to.deep.equal(['Dauer', entry.duration === 'P2Y' ? '2 Jahre' : '3 Jahre']);
    expect(facts[1]).to.deep.equal(['Art', 'Duale Ausbildung']);
    expect(facts[2][0]).to.equal('Ausbildungsvergütung');
    expect(facts[2][1]).to.match(/^ca\. \d\.\d{3}–\d\.\d{3} €$/);
    expect(plain($(el, '[part="note"]')!.textContent)).to.contain('brutto im Monat');
    expect(warnings.calls).to.deep.equal([]);
  });

  it('calls Anwärterbezüge so, never Ausbildungsvergütung; an unpaid start and Schulgeld in words, never 0 €', async () => {
    const el = await ready(html`<similar-professions src="/profiles/verwaltungsfachangestellter.json" limit="50"></similar-professions>`);
    const card = (name: RegExp) => $$(el, '[part~="profession"]').find((li) => name.test(li.textContent!))!;
    const pay = (li: HTMLElement) => [...li.querySelectorAll('dt')].slice(2).map((dt) => [plain(dt.textContent), plain(dt.nextElementSibling!.textContent)])[0];
    expect(pay(card(/Finanzwirt/))).to.deep.equal(['Anwärterbezüge', 'ca. 1.400 €']);
    expect(pay(card(/Polizei/))).to.deep.equal(['Anwärterbezüge', 'ca. 1.500 €']);
    expect(pay(card(/Notfallsanit/))).to.deep.equal(['Ausbildungsvergütung', '1.415,69–1.578,38 €']);
    const erzieher = await ready(html`<similar-professions src="/profiles/pflegefachmann.json" limit="50"></similar-professions>`);
    const of = (name: RegExp) => pay($$(erzieher, '[part~="profession"]').find((li) => name.test(li.textContent!))!);
    expect(of(/Erzieher/)).to.deep.equal(['Ausbildungsvergütung', '1.–2. Jahr unbezahlt, danach ca. 1.880 €']);
    expect(of(/Physiotherap/)).to.deep.equal(['Vergütung', 'unbezahlt · Schulgeld ca. 0–600 €']);
    expect(plain(erzieher.shadowRoot!.textContent)).to.not.match(/(^|[^\d.,])0 €/);
  });

  it('links Themenwelten and professions to the portal’s patterns', async () => {
    const el = await ready(html`<similar-professions src=${SEED_URL} href-pattern="/berufe/{slug}" theme-href-pattern="/themenwelten/{id}"></similar-professions>`);
    await expect(el).to.be.accessible();
    const themeLinks = $$(el, 'a[part~="theme-name"]') as HTMLAnchorElement[];
    expect(themeLinks.map((a) => [plain(a.textContent), new URL(a.href).pathname])).to.deep.equal([
      ['Wirtschaft & Verwaltung', '/themenwelten/wirtschaft-verwaltung'],
      ['Handel & Verkauf', '/themenwelten/handel-verkauf'],
    ]);
    expect($$(el, '[part="theme-description"]').map((p) => plain(p.textContent))[0]).to.match(/^Berufe im Büro/);
    expect($(el, 'details'), 'no disclosure with a pattern').to.equal(null);
    const data = await catalog();
    const professionLinks = $$(el, '[part~="profession-name"] a') as HTMLAnchorElement[];
    expect(professionLinks).to.have.length(4);
    for (const a of professionLinks) {
      const slug = data.professions.find((p) => p.name === plain(a.textContent))!.slug;
      expect(a.href).to.equal(new URL(`/berufe/${slug}`, location.href).href);
    }
  });

  it('without theme-href-pattern, each Themenwelt opens to list its professions, each a link', async () => {
    const el = await ready(html`<similar-professions src="/profiles/tischler.json" href-pattern="/berufe/{slug}"></similar-professions>`);
    const details = $$(el, 'details');
    expect(details).to.have.length(1);
    const summary = plain(details[0].querySelector('summary')!.textContent);
    const data = await catalog();
    const members = data.professions.filter((p) => p.themes.includes('bau-handwerk') && p.slug !== 'tischler');
    expect(summary).to.equal(`Bau, Holz & Ausbau (${members.length} Berufe)`);
    const listed = [...details[0].querySelectorAll('[part="theme-professions"] a')].map((a) => plain(a.textContent));
    expect([...listed].sort()).to.deep.equal(members.map((p) => p.name).sort());
    expect(listed).to.deep.equal([...listed].sort(new Intl.Collator('de').compare));
    (details[0] as HTMLDetailsElement).open = true;
    await expect(el).to.be.accessible();
  });

  it('reaches every link by keyboard, in reading order', async () => {
    const el = await ready(html`<similar-professions src=${SEED_URL} href-pattern="/berufe/{slug}" theme-href-pattern="/themenwelten/{id}"></similar-professions>`);
    const all = links(el);
    expect(all.length).to.equal(6);
    const before = document.createElement('button');
    before.textContent = 'before';
    el.before(before);
    before.focus();
    for (const link of all) {
      await sendKeys({ press: 'Tab' });
      expect(el.shadowRoot!.activeElement).to.equal(link);
    }
    // The disclosures: the summary is reached, Enter opens it, and its links follow.
    el.removeAttribute('theme-href-pattern');
    await el.updateComplete;
    before.focus();
    await sendKeys({ press: 'Tab' });
    const summary = $(el, 'summary')!;
    expect(el.shadowRoot!.activeElement).to.equal(summary);
    await sendKeys({ press: 'Enter' });
    await sendKeys({ press: 'Tab' });
    expect(el.shadowRoot!.activeElement).to.equal(summary.parentElement!.querySelector('[part="theme-professions"] a'));
    before.remove();
  });

  it('fires cta-click with the link, its label and the widget, without query or fragment', async () => {
    const el = await ready(html`<similar-professions src=${SEED_URL} href-pattern="/berufe/{slug}?from=similar#top" theme-href-pattern="/themenwelten/{id}?from=similar"></similar-professions>`);
    const link = $(el, '[part~="profession-name"] a')!;
    const detail = await clickWithoutNavigating(link, el);
    expect(detail).to.deep.equal({ href: (link as HTMLAnchorElement).href.replace(/[?#].*$/, ''), label: plain(link.textContent), widget: 'similar-professions' });
    expect(detail.href).to.not.contain('?');
    const theme = await clickWithoutNavigating($(el, 'a[part~="theme-name"]')!, el);
    expect(theme).to.deep.equal({ href: new URL('/themenwelten/wirtschaft-verwaltung', location.href).href, label: 'Wirtschaft & Verwaltung', widget: 'similar-professions' });
  });

  it('on an English page: its own words in English, the catalog’s text marked German, links with hreflang', async () => {
    const wrapper = await fixture<HTMLElement>(html`<div lang="en"><similar-professions src=${SEED_URL} href-pattern="/berufe/{slug}"></similar-professions></div>`);
    const el = wrapper.querySelector('similar-professions')!;
    await settled(el);
    await expect(el).to.be.accessible();
    expect(plain($(el, 'h2')!.textContent)).to.equal('Similar professions');
    expect(plain($(el, '.themes-block p')!.textContent)).to.equal('You will find similar professions in these fields of work:');
    expect($(el, 'summary [lang="de"]')!.textContent).to.equal('Wirtschaft & Verwaltung');
    const first = $(el, '[part~="profession"]')!;
    expect(first.querySelector('[part="summary"] [lang="de"]')).to.exist;
    expect(first.querySelector('a')!.getAttribute('hreflang')).to.equal('de');
    expect(first.querySelector('a [lang="de"]')).to.exist;
    const facts = [...first.querySelectorAll('dt')].map((dt) => plain(dt.textContent));
    expect(facts).to.deep.equal(['Duration', 'Type', 'Training pay']);
    expect(plain(first.querySelectorAll('dd')[2].textContent)).to.match(/^about €\d,\d{3} – €\d,\d{3}$/);
  });

  it('marks the link to the English profile with hreflang on a German page', async () => {
    const el = await ready(html`<similar-professions src="/profiles/pflegefachmann.json" limit="20"></similar-professions>`);
    const isDental = (a: HTMLElement) => a.getAttribute('href')!.endsWith('dental-assistant-en.json');
    // In the similar professions and in the Themenwelt "Gesundheit & Medizin".
    expect($$(el, 'a').filter(isDental).map((a) => a.getAttribute('hreflang'))).to.deep.equal(['en', 'en']);
    expect($$(el, 'a').filter((a) => !isDental(a)).every((a) => !a.hasAttribute('hreflang'))).to.equal(true);
  });

  it('takes a catalog attribute relative to the page', async () => {
    const depth = location.pathname.split('/').length - 2;
    const relative = `${'../'.repeat(depth)}profiles/catalog.json`;
    expect(new URL(relative, location.href).pathname).to.equal(CATALOG);
    const profile = await seedProfile();
    delete profile.catalog;
    const el = await ready(html`<similar-professions catalog=${relative} .profile=${profile}></similar-professions>`);
    expect(status(el)).to.equal(null);
    expect(names(el)).to.have.length(4);
    // The catalog's links against the catalog's URL.
    for (const a of links(el)) expect(new URL(a.href).pathname).to.match(/^\/profiles\/[a-z-]+\.json$/);
  });

  it('resolves a profile’s own catalog against profile-url, never the page, when the profile comes as a property', async () => {
    const profile = await seedProfile();
    const alone = await ready(html`<similar-professions .profile=${profile}></similar-professions>`);
    await expect(alone).to.be.accessible();
    expect(plain(status(alone)!.textContent)).to.equal('Zu diesem Beruf sind keine ähnlichen Berufe hinterlegt.');
    expect(warnings.calls).to.have.length(1);
    expect(warnings.calls[0]).to.contain('the profile\'s catalog "catalog.json" is relative');
    const placed = await ready(html`<similar-professions profile-url=${SEED_URL} .profile=${profile}></similar-professions>`);
    expect(status(placed)).to.equal(null);
    expect(names(placed)).to.have.length(4);
  });

  describe('states', () => {
    it('loading: space reserved and aria-busy while the catalog is on its way', async () => {
      const profile = await seedProfile();
      delete profile.catalog;
      const el = await fixture<SimilarProfessions>(html`<similar-professions catalog="/test-api/hang?id=similar-loading" .profile=${profile}></similar-professions>`);
      const loading = $(el, '[part="loading"]')!;
      expect(loading.getAttribute('aria-busy')).to.equal('true');
      expect(loading.getBoundingClientRect().height).to.be.greaterThan(300);
      await expect(el).to.be.accessible();
      el.remove();
    });

    it('error: a catalog that is not there (404)', async () => {
      const el = await ready(html`<similar-professions src=${SEED_URL} catalog="/test-api/status/404?key=secret"></similar-professions>`);
      await expect(el).to.be.accessible();
      expect(plain(status(el)!.textContent)).to.equal('Die ähnlichen Berufe konnten nicht geladen werden (HTTP 404).');
      expect(plain($(el, 'h2')!.textContent)).to.equal('Ähnliche Berufe');
      expect(warnings.calls).to.have.length(1);
      expect(warnings.calls[0]).to.contain('<similar-professions>: the catalog /test-api/status/404 could not be loaded.');
      expect(warnings.calls[0]).to.contain('HTTP 404');
      expect(warnings.calls[0]).to.not.contain('secret');
    });

    it('error: an invalid catalog, its bad fields named in one warning', async () => {
      const errors: Event[] = [];
      const wrapper = await fixture<HTMLElement>(html`<div @profile-error=${(e: Event) => errors.push(e)}><similar-professions src=${SEED_URL} catalog="/test/fixtures/catalog-invalid.json"></similar-professions></div>`);
      const el = wrapper.querySelector('similar-professions')!;
      await settled(el);
      await expect(el).to.be.accessible();
      expect(plain(status(el)!.textContent)).to.equal('Die ähnlichen Berufe konnten nicht geladen werden.');
      expect(warnings.calls).to.have.length(1);
      expect(warnings.calls[0]).to.contain('$.professions[1].slug');
      expect(warnings.calls[0]).to.contain('$.professions[2].themes[0]: No Themenwelt has the id "gibt-es-nicht"');
      expect(errors, 'the profile is fine: no profile-error').to.have.length(0);
    });

    it('error: a profession that is not in the catalog and names no Themenwelt', async () => {
      const el = await ready(html`<similar-professions catalog=${CATALOG} .profile=${{ schemaVersion: 2, name: 'Bestattungsfachkraft', identifier: 'bestattungsfachkraft' }}></similar-professions>`);
      await expect(el).to.be.accessible();
      expect(plain(status(el)!.textContent)).to.equal('Zu diesem Beruf sind keine ähnlichen Berufe hinterlegt.');
      expect(warnings.calls).to.have.length(1);
      expect(warnings.calls[0]).to.contain('has no entry for the profile "bestattungsfachkraft"');
      // In English too.
      el.setAttribute('lang', 'en');
      await sleep(0);
      await el.updateComplete;
      expect(plain(status(el)!.textContent)).to.equal('No similar professions are listed for this profession.');
      expect(warnings.calls, 'not warned again on a re-render').to.have.length(1);
    });

    it('a profession not in the catalog with Themenwelten of its own: those, and where to look instead of similar professions', async () => {
      const el = await ready(html`<similar-professions catalog=${CATALOG} .profile=${{ schemaVersion: 2, name: 'Bestattungsfachkraft', identifier: 'bestattungsfachkraft', themes: ['handel-verkauf', 'nicht-im-katalog'] }}></similar-professions>`);
      await expect(el).to.be.accessible();
      expect(themeNames(el)).to.deep.equal(['Handel & Verkauf']);
      expect(names(el)).to.deep.equal([]);
      expect(plain($(el, '[part="no-similar"]')!.textContent)).to.equal('Zu diesem Beruf sind keine ähnlichen Berufe hinterlegt.');
    });

    it('empty: a profession alone in its Themenwelt', async () => {
      const data = structuredClone(await catalog());
      data.professions = data.professions.filter((p) => p.slug === 'tischler' || !p.themes.includes('bau-handwerk'));
      // Served as a stored document (test/server/test-api.mjs), so it has a URL of its own.
      await fetch('/test-api/store?id=similar-alone', { method: 'POST', body: JSON.stringify(data) });
      const el = await ready(html`<similar-professions src="/profiles/tischler.json" catalog="/test-api/stored?id=similar-alone"></similar-professions>`);
      await expect(el).to.be.accessible();
      expect(themeNames(el)).to.deep.equal(['Bau, Holz & Ausbau']);
      expect(plain($(el, 'summary')!.textContent)).to.equal('Bau, Holz & Ausbau (0 Berufe)');
      expect(names(el)).to.deep.equal([]);
      expect(plain($(el, '[part="no-similar"]')!.textContent)).to.equal('Im Katalog stehen keine weiteren Berufe dieser Themenwelten.');
    });

    it('the newest catalog wins, and limit bounds the list', async () => {
      const el = await ready(html`<similar-professions src=${SEED_URL} limit="2"></similar-professions>`);
      expect(names(el)).to.have.length(2);
      el.catalog = '/test-api/status/500';
      await sleep(0);
      el.catalog = CATALOG;
      await settled(el);
      expect(status(el)).to.equal(null);
      expect(names(el)).to.have.length(2);
    });
  });
});
