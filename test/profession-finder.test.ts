import { expect, fixture, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../src/profession-finder/define.js';
import { ProfessionFinder } from '../src/profession-finder/profession-finder.js';
import { rankProfessions, areaScores, type Answer } from '../src/core/catalog.js';
import type { CatalogDocument, ItemBankDocument } from '../src/core/schema/catalog.js';
import type { CareerWidgetEvents } from '../src/core/events.js';
import { $, $$, captureWarnings, plain } from './helpers.js';

const CATALOG_URL = '/profiles/catalog.json';
const ITEMS_URL = '/profiles/finder-items.json';
type Area = 'R' | 'I' | 'A' | 'S' | 'E' | 'C';

const press = (key: string) => sendKeys({ press: key });
const text = (node: Element | null | undefined) => plain(node?.textContent).replace(/\s+/g, ' ').replace(/\u00ad/g, '');
const focused = (el: Element) => el.shadowRoot!.activeElement as HTMLElement | null;
const nameOf = (node: Element | null | undefined) =>
  node
    ? `<${node.localName}${node.getAttribute('part') ? ` part="${node.getAttribute('part')}"` : ''}${node instanceof HTMLInputElement ? ` name="${node.name}"` : ''}> ${text(node)}`
    : 'nothing';
const submit = (el: Element) => $(el, 'button[type="submit"]') as HTMLButtonElement;
/** A profession's key facts, label → value. */
const facts = (li: Element) =>
  Object.fromEntries([...li.querySelectorAll('[part~="facts"] div')].map((d) => [text(d.querySelector('dt')), text(d.querySelector('dd'))]));
/** After a `lang` change: the language observer's callback, then the update. */
const afterLangChange = async (el: ProfessionFinder) => (await new Promise((resolve) => setTimeout(resolve)), await el.updateComplete);
const names = (el: Element) => $$(el, '[part~="profession-name"]').map((h) => text(h));

let catalog: CatalogDocument;
let bank: ItemBankDocument;
before(async () => {
  catalog = await (await fetch(CATALOG_URL)).json();
  bank = await (await fetch(ITEMS_URL)).json();
});
const codeOf = (name: string) => catalog.professions.find((p) => p.name === name)!.interests;

async function finderFixture(setup: (el: ProfessionFinder) => void = (el) => ((el.catalog = CATALOG_URL), (el.items = ITEMS_URL)), lang = 'de') {
  const el = document.createElement('profession-finder');
  setup(el);
  const wrapper = await fixture<HTMLDivElement>(html`<div lang=${lang}><button id="before">before</button>${el}</div>`);
  await el.settled;
  return {
    el,
    wrapper,
    before: wrapper.querySelector<HTMLButtonElement>('#before')!,
  };
}

function recordCompletes(target: EventTarget) {
  const details: CareerWidgetEvents['finder-complete'][] = [];
  target.addEventListener('finder-complete', (e) => details.push((e as CustomEvent).detail));
  return details;
}

/** Position of the answer (0 "Mag ich", 1 "Weiß nicht", 2 "Mag ich nicht") liking `area` only. */
const liking = (area: Area) => (itemArea: string) => (itemArea === area ? 0 : 2);

/**
 * Plays the finder from the intro by keyboard alone: Tab to start, Enter; on each page Tab into each
 * item's radio group, Space, arrows to the answer; Tab to "Weiter" (past "Zurück"), Enter.
 */
async function playByKeyboard(el: ProfessionFinder, before: HTMLElement, answer: (area: string) => number | undefined, axe = false) {
  before.focus();
  await press('Tab');
  expect(text(focused(el))).to.equal('Los geht’s');
  await press('Enter');
  await el.updateComplete;
  const total = bank.items.length;
  for (let first = 0; first < total; first += 6) {
    expect(nameOf(focused(el)), 'a new page has focus on its heading').to.equal(nameOf($(el, '[part~="page"]')));
    expect(text(focused(el))).to.equal(`Fragen ${first + 1}–${Math.min(first + 6, total)} von ${total}`);
    if (axe) await expect(el).to.be.accessible();
    for (const item of bank.items.slice(first, first + 6)) {
      const position = answer(item.area);
      if (position === undefined) continue; // skipped: Tab passes this group by
      await press('Tab');
      const radio = focused(el) as HTMLInputElement;
      expect(radio.name, 'Tab reaches the next item').to.equal(item.id);
      await press('Space');
      for (let i = 0; i < position; i++) await press('ArrowDown');
      expect(($$(el, `input[name="${item.id}"]`)[position] as HTMLInputElement).checked).to.be.true;
    }
    if (first > 0) {
      await press('Tab');
      expect(text(focused(el))).to.equal('Zurück');
    }
    await press('Tab');
    expect(nameOf(focused(el))).to.equal(nameOf(submit(el)));
    await press('Enter');
    await el.updateComplete;
  }
  expect(nameOf(focused(el)), 'the result has focus on its heading').to.equal(nameOf($(el, '[part~="result-heading"]')));
}

/** Answers by clicking (fast), `answer` by item; then to the result. */
async function playByClicks(el: ProfessionFinder, answer: (item: { id: string; area: string }) => number | undefined) {
  ($(el, '[part~="intro"] button') as HTMLButtonElement).click();
  await el.updateComplete;
  while ($(el, 'form')) {
    for (const fieldset of $$(el, 'fieldset[part~="item"]')) {
      const name = (fieldset.querySelector('input') as HTMLInputElement).name;
      const position = answer(bank.items.find((i) => i.id === name)!);
      if (position !== undefined) (fieldset.querySelectorAll('input')[position] as HTMLInputElement).click();
    }
    await el.updateComplete;
    submit(el).click();
    await el.updateComplete;
  }
  await el.settled;
}

describe('<profession-finder>', () => {
  let warnings: ReturnType<typeof captureWarnings>;
  beforeEach(() => (warnings = captureWarnings()));
  afterEach(() => warnings.restore());

  it('renders its intro on the first render, before either document has arrived', async () => {
    const el = document.createElement('profession-finder');
    el.catalog = '/test-api/hang?id=finder-intro-c';
    el.items = '/test-api/hang?id=finder-intro-i';
    document.body.append(el);
    await el.updateComplete;
    expect(text($(el, 'h2'))).to.equal('Welcher Beruf passt zu dir?');
    expect(text($(el, '[part~="intro"] button'))).to.equal('Los geht’s');
    expect($(el, '[aria-busy="true"]'), 'the count waits for the item bank').to.exist;
    await expect(el).to.be.accessible();
    // Started before the items are there: the loading state, space reserved.
    ($(el, '[part~="intro"] button') as HTMLButtonElement).click();
    await el.updateComplete;
    const loading = $(el, '[part~="loading"]')!;
    expect(loading.getAttribute('aria-busy')).to.equal('true');
    expect(loading.getBoundingClientRect().height).to.be.greaterThan(150);
    await expect(el).to.be.accessible();
    el.remove();
  });

  it('says what it is on the intro: 30 short questions, about five minutes, nothing saved', async () => {
    const { el } = await finderFixture();
    expect(text($(el, '[part~="intro"]'))).to.include('30 kurze Fragen · etwa 5 Minuten · nichts wird gespeichert');
    expect($(el, '[aria-busy]')).to.be.null;
    await expect(el).to.be.accessible();
  });

  for (const area of ['S', 'R'] as const) {
    it(`played by keyboard liking the ${area} items only, ranks professions led by ${area} first (axe on every page)`, async function () {
      this.timeout(60_000);
      const { el, before } = await finderFixture();
      const completes = recordCompletes(el);
      await playByKeyboard(el, before, liking(area), area === 'S');
      await expect(el).to.be.accessible();
      const shown = names(el);
      expect(shown).to.have.length(10);
      for (const name of shown.slice(0, 3)) expect(codeOf(name)[0], name).to.equal(area);
      const [detail] = completes;
      const rank = (slug: string) => {
        const i = detail.ranking.findIndex((r) => r.slug === slug);
        return i < 0 ? Infinity : i;
      };
      if (area === 'S') {
        expect(rank('erzieher')).to.be.below(rank('industriemechaniker'));
        expect(rank('pflegefachmann')).to.be.below(rank('industriemechaniker'));
      } else {
        expect(rank('industriemechaniker')).to.be.below(rank('erzieher'));
        expect(rank('industriemechaniker')).to.be.below(rank('pflegefachmann'));
      }
      // The interests: the liked area first, at 100 %.
      expect(text($(el, '[part~="interests"] li'))).to.include(bank.areas.find((a) => a.id === area)!.name.de);
      expect(text($(el, '[part~="interests"] li'))).to.include('100 %');
      const areaName = bank.areas.find((a) => a.id === area)!.name.de;
      expect(text($(el, '[part~="profession"] .fit'))).to.match(
        new RegExp(`^Übereinstimmung \\d+ % · passt zu deinem Interesse an: ${areaName.replace('&', '\\&')}`),
      );
    });
  }

  for (const area of ['I', 'A', 'E', 'C'] as const) {
    it(`liking the ${area} items only ranks professions led by ${area} first`, async function () {
      this.timeout(20_000);
      const { el } = await finderFixture();
      await playByClicks(el, (item) => liking(area)(item.area));
      for (const name of names(el).slice(0, 3)) expect(codeOf(name)[0], name).to.equal(area);
    });
  }

  it('keeps the answers by item id across pages and a language switch mid-way', async () => {
    const { el, wrapper } = await finderFixture();
    ($(el, '[part~="intro"] button') as HTMLButtonElement).click();
    await el.updateComplete;
    for (const fieldset of $$(el, 'fieldset')) (fieldset.querySelectorAll('input')[0] as HTMLInputElement).click();
    submit(el).click();
    await el.updateComplete;
    ($$(el, 'fieldset')[0].querySelectorAll('input')[2] as HTMLInputElement).click();
    await el.updateComplete;
    wrapper.setAttribute('lang', 'en');
    await afterLangChange(el);
    expect(text($(el, '[part~="page"]'))).to.equal('Questions 7–12 of 30');
    expect(text($(el, 'legend'))).to.equal(`7 of 30 ${bank.items[6].text.en}`);
    expect($$(el, 'fieldset')[0].querySelectorAll('label').length).to.equal(3);
    expect($$(el, 'fieldset')[0].querySelectorAll('label')[0].textContent!.trim()).to.equal('Like');
    expect($$(el, 'fieldset')[0].querySelectorAll('label')[2].textContent!.trim()).to.equal('Dislike');
    expect(($$(el, 'fieldset')[0].querySelectorAll('input')[2] as HTMLInputElement).checked, 'the answer given before the switch').to.be.true;
    ($(el, '.actions button.secondary') as HTMLButtonElement).click();
    await el.updateComplete;
    expect(text($(el, '[part~="page"]'))).to.equal('Questions 1–6 of 30');
    for (const fieldset of $$(el, 'fieldset')) expect((fieldset.querySelector('input') as HTMLInputElement).checked).to.be.true;
    el.requestUpdate();
    await el.updateComplete;
    for (const fieldset of $$(el, 'fieldset')) expect((fieldset.querySelector('input') as HTMLInputElement).checked, 'and a re-render').to.be.true;
  });

  it('fires finder-complete once per result, with the interests and the top 20 of the full ranking only', async () => {
    const { el } = await finderFixture();
    const completes = recordCompletes(document);
    await playByClicks(el, (item) => (item.area === 'S' ? 0 : 1));
    expect(completes).to.have.length(1);
    const [detail] = completes;
    expect(Object.keys(detail)).to.deep.equal(['interests', 'ranking']);
    expect(Object.keys(detail.interests)).to.deep.equal(['R', 'I', 'A', 'S', 'E', 'C']);
    expect(detail.interests.S).to.equal(1);
    expect(detail.interests.R).to.equal(0.5);
    expect(detail.ranking).to.have.length(20);
    for (const entry of detail.ranking) expect(Object.keys(entry)).to.deep.equal(['slug', 'name', 'score']);
    // The library's ranking, recomputed here.
    const answers = Object.fromEntries(bank.items.map((i) => [i.id, (i.area === 'S' ? 2 : 1) as Answer]));
    const expected = rankProfessions(catalog.professions, areaScores(bank.items, answers), new Intl.Collator('de')).slice(0, 20);
    expect(detail.ranking.map((r) => r.slug)).to.deep.equal(expected.map((r) => r.entry.slug));
    // A filter, a re-render, "more": no second event. Start again and finish: a second one.
    const select = $(el, 'select') as HTMLSelectElement;
    select.value = 'hauptschulabschluss';
    select.dispatchEvent(new Event('change'));
    el.requestUpdate();
    await el.updateComplete;
    expect(completes).to.have.length(1);
    ($(el, '.actions button.secondary') as HTMLButtonElement).click();
    await el.updateComplete;
    expect(text($(el, '[part~="page"]'))).to.equal('Fragen 1–6 von 30');
    expect(nameOf(focused(el)), 'start again: focus on the first page').to.equal(nameOf($(el, '[part~="page"]')));
    expect($$(el, 'input:checked'), 'start again clears the answers').to.have.length(0);
    while ($(el, 'form')) {
      submit(el).click();
      await el.updateComplete;
    }
    expect(completes).to.have.length(2);
    expect(completes[1].interests.S, 'nothing answered: every area 0').to.equal(0);
  });

  it('filters by school certificate (that or lower) and kind of training, without changing a score', async () => {
    const { el } = await finderFixture();
    await playByClicks(el, (item) => (item.area === 'S' || item.area === 'C' ? 0 : 2));
    const fits = () =>
      new Map($$(el, '[part~="profession"]').map((li) => [text(li.querySelector('[part~="profession-name"]')), text(li.querySelector('.fit'))]));
    const before = fits();
    const [certificate, kind] = $$(el, 'select') as HTMLSelectElement[];
    certificate.value = 'hauptschulabschluss';
    certificate.dispatchEvent(new Event('change'));
    await el.updateComplete;
    const after = fits();
    expect(after.size).to.be.greaterThan(0);
    for (const [name, fit] of after) {
      expect(catalog.professions.find((p) => p.name === name)!.schoolCertificate, name).to.equal('hauptschulabschluss');
      if (before.has(name)) expect(fit).to.equal(before.get(name));
    }
    for (const li of $$(el, '[part~="profession"]'))
      expect(facts(li).Schulabschluss).to.match(/^(meist Hauptschulabschluss|Hauptschulabschluss \(Voraussetzung\))$/);
    kind.value = 'civil-service';
    kind.dispatchEvent(new Event('change'));
    await el.updateComplete;
    // No civil-service training with a Hauptschulabschluss in our catalog: the empty state, with a way back.
    expect(text($(el, '[part~="empty"]'))).to.include('Keine Berufe passen zu diesen Filtern.');
    await expect(el).to.be.accessible();
    ($(el, '[part~="empty"] button') as HTMLButtonElement).click();
    await el.updateComplete;
    expect(names(el)).to.deep.equal([...before.keys()]);
    expect(nameOf(focused(el))).to.equal(nameOf($(el, 'select')));
    kind.value = 'health';
    kind.dispatchEvent(new Event('change'));
    await el.updateComplete;
    for (const name of names(el)) expect(catalog.professions.find((p) => p.name === name)!.trainingKind).to.equal('health');
  });

  it('shows "Mehr zeigen" past the limit, and moves focus to the first profession that came in', async () => {
    const { el } = await finderFixture((el) => ((el.catalog = CATALOG_URL), (el.items = ITEMS_URL), (el.limit = 5)));
    await playByClicks(el, () => 0);
    expect(names(el)).to.have.length(5);
    ($(el, 'button.more') as HTMLButtonElement).click();
    await el.updateComplete;
    expect(names(el)).to.have.length(10);
    expect(nameOf(focused(el))).to.equal(nameOf($$(el, '[part~="profession-name"]')[5]));
  });

  it('says when the answers show no clear interest, and lists every profession from A to Z', async () => {
    const { el } = await finderFixture();
    await playByClicks(el, () => 1);
    expect(text($(el, '[part~="professions-heading"]'))).to.equal('Alle Berufe');
    expect(text($(el, '.result'))).to.include('Deine Antworten zeigen noch kein klares Interesse.');
    const shown = names(el);
    expect(shown).to.deep.equal([...shown].sort(new Intl.Collator('de').compare));
    expect($(el, '.fit'), 'no "passt zu" for equal scores').to.be.null;
  });

  it('shows each profession with its key facts and link; Anwärterbezüge are never a training salary', async () => {
    const { el } = await finderFixture((el) => ((el.catalog = CATALOG_URL), (el.items = ITEMS_URL), (el.hrefPattern = '/berufe/{slug}')));
    await playByClicks(el, (item) => (item.area === 'R' || item.area === 'E' ? 0 : 2));
    const police = $$(el, '[part~="profession"]').find((li) => text(li).includes('Polizei'))!;
    expect(police, 'the police training is among the top ten for R and E').to.exist;
    expect(facts(police).Anwärterbezüge).to.match(/^ca\. [\d.]+ € im Monat$/);
    expect(text(police)).not.to.include('Ausbildungsvergütung');
    expect(text(police)).to.include('Beamtenausbildung');
    expect(police.querySelector('a')!.getAttribute('href')).to.equal(new URL('/berufe/polizeimeisteranwaerter', location.href).href);
    // Without a pattern: the profile's URL against the catalog's.
    const { el: plainFinder } = await finderFixture();
    await playByClicks(plainFinder, (item) => (item.area === 'E' ? 0 : 2));
    const dialog = $$(plainFinder, '[part~="profession"]').find((li) => text(li).includes('Dialogmarketing'))!;
    expect(dialog.querySelector('a')!.getAttribute('href')).to.equal(new URL('/profiles/kaufmann-dialogmarketing.json', location.href).href);
    expect(facts(dialog)).to.deep.include({
      Dauer: '3 Jahre',
      Art: 'Duale Ausbildung',
      Schulabschluss: 'meist Mittlerer Schulabschluss',
    });
    expect(facts(dialog).Ausbildungsvergütung).to.match(/^(ca\. )?[\d.]+–[\d.]+ € im Monat$/);
  });

  it('sets its headings from heading-level', async () => {
    const { el } = await finderFixture((el) => ((el.catalog = CATALOG_URL), (el.items = ITEMS_URL), (el.headingLevel = 3)));
    expect($(el, 'h3[part~="title"]')).to.exist;
    await playByClicks(el, () => 0);
    expect($(el, 'h4[part~="result-heading"]')).to.exist;
    expect($(el, 'h5[part~="profession-name"]')).to.exist;
  });

  it('sends no request but the catalog and the item bank, and stores nothing', async () => {
    const requested: string[] = [];
    const original = window.fetch;
    window.fetch = (input, init) => (requested.push(String(input instanceof Request ? input.url : input)), original(input, init));
    const since = performance.now();
    const cookies = document.cookie;
    const stored = [localStorage.length, sessionStorage.length];
    try {
      const { el } = await finderFixture();
      await playByClicks(el, (item) => (item.area === 'A' ? 0 : 2));
      await new Promise((resolve) => setTimeout(resolve, 100));
    } finally {
      window.fetch = original;
    }
    expect(requested.map((url) => new URL(url, location.href).pathname).sort()).to.deep.equal([CATALOG_URL, ITEMS_URL]);
    const resources = performance
      .getEntriesByType('resource')
      .filter((r) => r.startTime >= since)
      .map((r) => new URL(r.name).pathname);
    expect([...new Set(resources)].sort()).to.deep.equal([CATALOG_URL, ITEMS_URL]);
    expect(document.cookie).to.equal(cookies);
    expect([localStorage.length, sessionStorage.length]).to.deep.equal(stored);
  });

  it('shows an error for a catalog that is not there, in its language, with one warning and profile-error', async () => {
    const errors: CareerWidgetEvents['profile-error'][] = [];
    document.addEventListener('profile-error', (e) => errors.push((e as CustomEvent).detail), {
      once: true,
    });
    const { el } = await finderFixture((el) => ((el.catalog = '/test-api/status/404?token=secret'), (el.items = ITEMS_URL)));
    const error = $(el, '[part~="error"]')!;
    expect(error.getAttribute('role')).to.equal('status');
    expect(text(error)).to.equal('Die Berufeliste konnte nicht geladen werden (HTTP 404).');
    expect(errors).to.have.length(1);
    expect(errors[0].message).to.equal('Die Berufeliste konnte nicht geladen werden (HTTP 404).');
    expect(warnings.calls).to.have.length(1);
    expect(warnings.calls[0]).to.include('/test-api/status/404').and.not.include('secret');
    await expect(el).to.be.accessible();
    el.setAttribute('lang', 'en');
    await afterLangChange(el);
    expect(text($(el, '[part~="error"]'))).to.equal('The list of professions could not be loaded (HTTP 404).');
  });

  it('says so when an area of the item bank has no items', async () => {
    const withoutA = {
      ...bank,
      items: bank.items.filter((i) => i.area !== 'A'),
    };
    const { el } = await finderFixture((el) => ((el.catalog = CATALOG_URL), (el.itemsData = withoutA)));
    expect(text($(el, '[part~="error"][role="status"]'))).to.equal(
      'Zu einem Interessenbereich gibt es keine Fragen; der Check kann so nicht ausgewertet werden.',
    );
    expect(warnings.calls).to.have.length(1);
    expect(warnings.calls[0]).to.include('No item for the area A');
    await expect(el).to.be.accessible();
  });

  it('shows the interests and an empty state for a catalog with no professions', async () => {
    const empty = { ...catalog, professions: [] };
    const { el } = await finderFixture((el) => ((el.catalogData = empty), (el.items = ITEMS_URL)));
    const completes = recordCompletes(el);
    await playByClicks(el, (item) => (item.area === 'S' ? 0 : 2));
    expect($$(el, '[part~="interests"] li')).to.have.length(6);
    expect(text($(el, '[part~="empty"]'))).to.equal('Die Berufeliste enthält noch keine Berufe.');
    expect($(el, '.actions button.secondary'), 'a way back: start again').to.exist;
    expect(completes[0].ranking).to.deep.equal([]);
    expect(warnings.calls).to.have.length(0);
    await expect(el).to.be.accessible();
  });

  it('ranks 5,000 professions without going quadratic (the figure is printed)', async function () {
    this.timeout(30_000);
    const letters = 'RIASEC';
    // Deterministic codes of one to three distinct letters, from the real entries.
    const professions = Array.from({ length: 5000 }, (_, i) => {
      const base = catalog.professions[i % catalog.professions.length];
      const code = [...new Set([letters[i % 6], letters[(i * 7 + 1) % 6], letters[(i * 13 + 2) % 6]])].slice(0, 1 + (i % 3)).join('');
      return {
        ...base,
        slug: `${base.slug}-${i}`,
        name: `${base.name} ${i}`,
        profileUrl: undefined,
        interests: code,
      };
    });
    const big = { ...catalog, professions };
    const { el } = await finderFixture((el) => ((el.catalogData = big), (el.items = ITEMS_URL)));
    ($(el, '[part~="intro"] button') as HTMLButtonElement).click();
    await el.updateComplete;
    for (let page = 0; page < 4; page++) {
      for (const fieldset of $$(el, 'fieldset')) (fieldset.querySelectorAll('input')[page % 3] as HTMLInputElement).click();
      submit(el).click();
      await el.updateComplete;
    }
    for (const fieldset of $$(el, 'fieldset')) (fieldset.querySelector('input') as HTMLInputElement).click();
    const start = performance.now();
    submit(el).click(); // the ranking, the first ten rendered, finder-complete
    await el.updateComplete;
    const result = performance.now() - start;
    const scores = areaScores(bank.items, { r1: 2, s1: 2, i1: 1 });
    const t0 = performance.now();
    rankProfessions(big.professions, scores, new Intl.Collator('de'));
    const rankOnly = performance.now() - t0;
    console.log(`[finder] 5,000 professions: to the result ${result.toFixed(1)} ms, rankProfessions alone ${rankOnly.toFixed(1)} ms`);
    expect(names(el)).to.have.length(10);
    // Not a speed test: about 40 ms alone, 143 ms on a machine running other suites. The bound only
    // catches a ranking that compares every profession with every other (25 million steps: seconds).
    expect(result).to.be.below(1_500);
  });
});
