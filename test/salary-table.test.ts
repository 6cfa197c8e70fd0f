import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import type { TemplateResult } from 'lit';
import { sendKeys } from '@web/test-runner-commands';
import '../src/salary-table/define.js';
import type { SalaryTable } from '../src/salary-table/salary-table.js';
import { $, $$, SEED_URL, captureWarnings, plain, seedProfile, settled, sleep, visibleText } from './helpers.js';

async function ready(template: TemplateResult) {
  const el = await fixture<SalaryTable>(template);
  await settled(el);
  return el;
}

/** A <salary-table> holding its profile in a child <script type="application/json"> (Lit cannot bind inside a script). */
function withInlineProfile(json: string, src?: string) {
  const el = document.createElement('salary-table');
  if (src) el.src = src;
  const script = document.createElement('script');
  script.type = 'application/json';
  script.textContent = json;
  el.append(script);
  return el;
}

const rowTexts = (el: SalaryTable) =>
  $$(el, 'tbody tr').map((tr) => [plain(tr.querySelector('th')!.textContent), plain(tr.querySelector('td')!.textContent)]);

describe('<salary-table>', () => {
  let warnings: ReturnType<typeof captureWarnings>;
  beforeEach(() => (warnings = captureWarnings()));
  afterEach(() => warnings.restore());

  describe('ready, from the seed profile', () => {
    it('shows each training year and the entry salary in German', async () => {
      const el = await ready(html`<salary-table src=${SEED_URL}></salary-table>`);
      await expect(el).to.be.accessible();
      expect(plain($(el, 'caption')!.textContent)).to.equal('Ausbildungs- und Einstiegsgehalt: Kaufmann / Kauffrau für Dialogmarketing');
      expect(rowTexts(el)).to.deep.equal([
        ['1. Ausbildungsjahr', '1.000 €'],
        ['2. Ausbildungsjahr', '1.100 €'],
        ['3. Ausbildungsjahr', '1.200 €'],
        ['Einstiegsgehalt', '2.500 €'],
      ]);
      expect($$(el, 'thead th').map((th) => th.getAttribute('scope'))).to.deep.equal(['col', 'col']);
      expect($$(el, 'tbody th').every((th) => th.getAttribute('scope') === 'row')).to.be.true;
      expect(plain($(el, 'thead th:last-child')!.textContent)).to.equal('Gehalt pro Monat');
      expect(visibleText(el)).to.contain('Quelle: AUBI-plus');
    });

    it('speaks English inside an English page section', async () => {
      const wrapper = await fixture(html`<div lang="en-GB"><salary-table src=${SEED_URL}></salary-table></div>`);
      const el = wrapper.querySelector('salary-table')!;
      await settled(el);
      await expect(el).to.be.accessible();
      expect(rowTexts(el)).to.deep.equal([
        ['1st year of training', '€1,000'],
        ['2nd year of training', '€1,100'],
        ['3rd year of training', '€1,200'],
        ['Entry salary', '€2,500'],
      ]);
      expect(visibleText(el)).to.contain('Source: AUBI-plus');
    });

    it('follows its own lang over the page, and re-renders when it changes', async () => {
      const wrapper = await fixture(html`<div lang="en"><salary-table lang="de" src=${SEED_URL}></salary-table></div>`);
      const el = wrapper.querySelector('salary-table')!;
      await settled(el);
      expect(rowTexts(el)[0]).to.deep.equal(['1. Ausbildungsjahr', '1.000 €']);
      el.removeAttribute('lang');
      await sleep(0);
      await el.updateComplete;
      expect(rowTexts(el)[0]).to.deep.equal(['1st year of training', '€1,000']);
    });

    it('draws a bar beside each amount in its own table row, and writes each figure once', async () => {
      const el = await ready(html`<salary-table src=${SEED_URL}></salary-table>`);
      expect($(el, '[part="chart"]') === null, 'no second copy of the figures beside the table').to.be.true;
      const rows = $$(el, 'tbody tr');
      const bars = rows.map((tr) => tr.querySelector('td [part="bar"]')!);
      expect(bars.every(Boolean), 'a bar in every row').to.be.true;
      expect(bars.map((bar) => Number(bar.querySelector('rect')!.getAttribute('width')))).to.deep.equal([40, 44, 48, 100]);
      for (const [i, bar] of bars.entries()) {
        const row = rows[i].getBoundingClientRect();
        const box = bar.getBoundingClientRect();
        expect(box.width, 'a bar one can see').to.be.greaterThan(40);
        expect(box.top >= row.top && box.bottom <= row.bottom, `bar ${i + 1} inside its row`).to.be.true;
        expect(bar.getAttribute('aria-hidden')).to.equal('true');
      }
      // Every amount written once: the table's cell is the only place it appears.
      for (const [, amount] of rowTexts(el)) expect(plain(visibleText(el)).split(amount).length - 1, amount).to.equal(1);
      // The bars of one table share one scale: their tracks are equally long.
      expect(new Set(bars.map((bar) => Math.round(bar.getBoundingClientRect().width))).size).to.equal(1);
      await expect(el).to.be.accessible();
    });

    it('keeps the profile\'s notes on pay behind a closed disclosure that opens with the keyboard', async () => {
      const el = await ready(html`<salary-table src=${SEED_URL}></salary-table>`);
      const details = $(el, 'details[part~="notes-disclosure"]') as HTMLDetailsElement;
      expect(details.open).to.be.false;
      expect(plain($(el, 'details > summary')!.textContent)).to.equal('Hinweise zur Bezahlung');
      expect($(el, '[part="notes"]')!.checkVisibility(), 'the notes are closed at first').to.be.false;
      $(el, 'details > summary')!.focus();
      await sendKeys({ press: 'Enter' });
      expect(details.open).to.be.true;
      expect($$(el, '[part="notes"] li')).to.have.length(3);
      expect($(el, '[part="notes"]')!.checkVisibility()).to.be.true;
      await expect(el).to.be.accessible();
    });

    it('shows only the table or only the chart on request, keeping the table for assistive technology', async () => {
      const el = await ready(html`<salary-table view="table" src=${SEED_URL}></salary-table>`);
      expect($(el, '[part="chart"]')).to.be.null;
      expect($$(el, '[part="bar"]'), 'no bars in the table-only view').to.have.length(0);
      el.view = 'chart';
      await el.updateComplete;
      expect($(el, '[part="chart"]')).to.exist;
      expect($(el, 'table')!.parentElement!.classList.contains('visually-hidden')).to.be.true;
      expect($$(el, '[part="chart"] .bar-value').map((span) => plain(span.textContent))).to.deep.equal(['1.000 €', '1.100 €', '1.200 €', '2.500 €']);
      expect($$(el, 'table [part="bar"]'), 'the bars are in the chart, not in the hidden table').to.have.length(0);
      await expect(el).to.be.accessible();
      // The chart keeps a visible title, and the hidden table takes no room: no blank scroll below.
      const title = $(el, '[part="title"]')!;
      expect(title.localName).to.equal('h2');
      expect(title.getBoundingClientRect().height).to.be.greaterThan(10);
      expect(plain(title.textContent)).to.equal('Ausbildungs- und Einstiegsgehalt: Kaufmann / Kauffrau für Dialogmarketing');
      expect(title.closest('table')).to.be.null;
      expect(plain($(el, 'caption')!.textContent)).to.equal(plain(title.textContent));
      const bottom = Math.max(...$$(el, '[part="base"] > *').map((child) => child.getBoundingClientRect().bottom));
      expect(el.scrollHeight, 'no scroll overflow beyond the chart and the source').to.be.at.most(Math.ceil(el.getBoundingClientRect().height) + 1);
      expect(el.getBoundingClientRect().bottom).to.be.closeTo(bottom, 1);
      expect(document.documentElement.scrollHeight, 'the page is no taller than the element').to.be.at.most(Math.max(innerHeight, Math.ceil(el.getBoundingClientRect().bottom) + 40));
    });

    it('has its title as a heading in the caption, at heading-level', async () => {
      const el = await ready(html`<salary-table heading-level="4" src=${SEED_URL}></salary-table>`);
      expect($(el, 'caption > [part="title"]')!.localName).to.equal('h4');
      await expect(el).to.be.accessible();
    });

    it('shows source and reference date where the profile has them', async () => {
      const profile = await seedProfile();
      profile.salary!.source = { name: 'Tarifregister', url: 'https://example.org/tarif' };
      profile.salary!.referenceDate = '2025-08';
      const el = await ready(html`<salary-table .profile=${profile}></salary-table>`);
      expect(visibleText(el)).to.contain('Quelle: Tarifregister').and.to.contain('Stand: August 2025');
      expect($(el, '[part="source"] a')!.getAttribute('href')).to.equal('https://example.org/tarif');
    });

    it('fires profile-load with the profile', async () => {
      const el = document.createElement('salary-table');
      el.src = SEED_URL;
      const loaded = oneEvent(el, 'profile-load');
      document.body.append(el);
      const event = await loaded;
      expect(event.detail.profile.name).to.equal('Kaufmann / Kauffrau für Dialogmarketing');
      expect(event.bubbles && event.composed).to.be.true;
      el.remove();
    });
  });

  describe('input precedence', () => {
    it('prefers the profile property over an inline script, and an inline script over src', async () => {
      const inline = await seedProfile();
      inline.name = 'Aus dem Skript';
      const el = await ready(html`${withInlineProfile(JSON.stringify(inline), '/test-api/profile?name=Aus%20src')}`);
      expect(plain($(el, 'caption')!.textContent)).to.contain('Aus dem Skript');

      const property = await seedProfile();
      property.name = 'Aus der Eigenschaft';
      el.profile = property;
      await settled(el);
      expect(plain($(el, 'caption')!.textContent)).to.contain('Aus der Eigenschaft');

      el.profile = undefined;
      el.querySelector('script')!.remove();
      await sleep(0);
      await settled(el);
      expect(plain($(el, 'caption')!.textContent)).to.contain('Aus src');
    });

    it('re-renders when the inline script changes', async () => {
      const el = await ready(html`${withInlineProfile(JSON.stringify(await seedProfile()))}`);
      const profile = await seedProfile();
      profile.salary!.trainingSalary![0].value = 999;
      el.querySelector('script')!.textContent = JSON.stringify(profile);
      await sleep(0);
      await settled(el);
      expect(rowTexts(el)[0][1]).to.equal('999 €');
    });
  });

  describe('loading', () => {
    it('reserves space and says it is busy', async () => {
      const el = await fixture<SalaryTable>(html`<salary-table src="/test-api/profile?delay=400"></salary-table>`);
      const loading = $(el, '[part="loading"]')!;
      expect(loading.getAttribute('aria-busy')).to.equal('true');
      expect(el.getBoundingClientRect().height).to.be.greaterThan(150);
      expect(visibleText(el)).to.equal('Wird geladen …');
      await expect(el).to.be.accessible();
      await settled(el);
      expect($(el, '[part="loading"]')).to.be.null;
    });
  });

  describe('errors', () => {
    async function expectError(template: TemplateResult, message: string, path: string) {
      // Listen on the document before the element exists: a sync failure fires on the first update.
      const errored = new Promise<CustomEvent>((resolve) =>
        document.addEventListener('profile-error', (e) => resolve(e as CustomEvent), { once: true }),
      );
      const wrapper = await fixture(html`<div>${template}</div>`);
      const table = wrapper.querySelector('salary-table')!;
      const event = await errored;
      await settled(table);
      const alert = $(table, '[part="error"][role="status"]')!;
      expect(plain(alert.textContent)).to.equal(message);
      expect(event.detail.message).to.equal(message);
      expect(event.detail.issues.map((issue: { path: string }) => issue.path)).to.include(path);
      expect(warnings.calls.filter((call) => call.includes('<salary-table>'))).to.have.length(1);
      expect(visibleText(table)).not.to.match(/at \w+ \(|Error:/);
      await expect(table).to.be.accessible();
      return event.detail;
    }

    it('names every wrong field of a broken profile with its path', async () => {
      const profile = (await seedProfile()) as unknown as Record<string, any>;
      profile.salary.trainingSalary[1].value = 'viel';
      profile.salary.currency = 'Euro';
      delete profile.name;
      const detail = await expectError(
        html`<salary-table .profile=${profile}></salary-table>`,
        'Das Berufsprofil ist fehlerhaft und kann nicht angezeigt werden.',
        '$.salary.trainingSalary[1].value',
      );
      const paths = detail.issues.map((issue: { path: string }) => issue.path);
      expect(paths).to.include.members(['$.name', '$.salary.currency', '$.salary.trainingSalary[1].value']);
    });

    it('reports an inline script that is not JSON', async () => {
      await expectError(
        html`${withInlineProfile('{ "name": ')}`,
        'Das Berufsprofil ist kein gültiges JSON.',
        '$',
      );
    });

    it('reports a 404', async () => {
      await expectError(
        html`<salary-table src="/test-api/status/404"></salary-table>`,
        'Das Berufsprofil konnte nicht geladen werden (HTTP 404).',
        '$',
      );
    });

    it('reports a server error in English on an English page', async () => {
      await expectError(
        html`<section lang="en"><salary-table src="/test-api/status/500"></salary-table></section>`,
        'The profession profile could not be loaded (HTTP 500).',
        '$',
      );
    });

    it('reports a response that is not JSON', async () => {
      await expectError(
        html`<salary-table src="/test-api/text?body=%3Chtml%3E"></salary-table>`,
        'Das Berufsprofil ist kein gültiges JSON.',
        '$',
      );
    });

    it('gives up after the timeout', async () => {
      await expectError(
        html`<salary-table timeout="300" src="/test-api/hang?id=timeout"></salary-table>`,
        'Das Berufsprofil wurde nicht rechtzeitig geladen (nach 0,3 s abgebrochen).',
        '$',
      );
    });

    it('reports a network failure', async () => {
      await expectError(
        html`<salary-table src="http://127.0.0.1:9/profile.json"></salary-table>`,
        'Das Berufsprofil konnte nicht geladen werden: keine Verbindung zum Server.',
        '$',
      );
    });

    it('says so when it is given no profile at all', async () => {
      await expectError(html`<salary-table></salary-table>`, 'Es wurde kein Berufsprofil angegeben.', '$');
    });
  });

  it('shows the pay of a profile whose exams are broken (the career path\'s error), and still refuses broken periods', async () => {
    // An exam after the end of the training and one without a name: <career-path> says so; the pay does not depend on them.
    const profile = await seedProfile();
    profile.training!.exams = [{ name: 'Abschlussprüfung', at: 'P5Y' }, { at: 'P1Y' } as never];
    const el = await ready(html`<salary-table .profile=${profile}></salary-table>`);
    expect($$(el, 'tbody tr').length, 'the pay table').to.be.greaterThan(2);
    expect(visibleText(el)).to.contain('1. Ausbildungsjahr');
    await expect(el).to.be.accessible();
    // What the table reads of the training is still checked: periods that do not add up to the length are an error.
    const periods = await seedProfile();
    periods.training!.periods = [{ kind: 'school', duration: 'P1Y' }];
    const errored = new Promise<CustomEvent>((resolve) => document.addEventListener('profile-error', (e) => resolve(e as CustomEvent), { once: true }));
    const wrapper = await fixture(html`<div><salary-table .profile=${periods}></salary-table></div>`);
    const event = await errored;
    await settled(wrapper.querySelector('salary-table')!);
    expect($(wrapper.querySelector('salary-table')!, '[part="error"][role="status"]'), 'the error state').to.exist;
    expect(event.detail.issues.map((issue: { path: string; message: string }) => `${issue.path}: ${issue.message}`)).to.include('$.training.periods: The periods must add up to timeToComplete');
  });

  it('says clearly that a profile without salary data has none', async () => {
    const profile = await seedProfile();
    delete profile.salary;
    const el = await ready(html`<salary-table .profile=${profile}></salary-table>`);
    expect(plain($(el, '[part="empty"]')!.textContent)).to.equal('Dieses Berufsprofil enthält keine Angaben zu: Gehalt.');
    expect($(el, 'table')).to.be.null;
    await expect(el).to.be.accessible();
  });

  describe('requests', () => {
    it('ignores an older, slower src that answers after a newer one', async () => {
      const el = await fixture<SalaryTable>(html`<salary-table src="/test-api/profile?delay=600&name=Alt"></salary-table>`);
      await sleep(50);
      el.src = '/test-api/profile?name=Neu';
      await settled(el);
      expect(plain($(el, 'caption')!.textContent)).to.contain('Neu');
      await sleep(800);
      await el.updateComplete;
      expect(plain($(el, 'caption')!.textContent)).to.contain('Neu');
    });

    it('aborts its request when removed, and loads again when put back', async () => {
      const id = `removal-${Math.random()}`;
      const el = await fixture<SalaryTable>(html`<salary-table src=${`/test-api/hang?id=${id}`}></salary-table>`);
      await sleep(100);
      const parent = el.parentElement!;
      el.remove();
      await sleep(200);
      const record = await (await fetch(`/test-api/requests?id=${id}`)).json();
      expect(record.closed, 'the server saw the request go away').to.be.true;
      expect(warnings.calls).to.have.length(0);

      el.src = SEED_URL;
      parent.append(el);
      await settled(el);
      expect(rowTexts(el)).to.have.length(4);
    });
  });

  it('renders every profile string as text, never as HTML', async () => {
    const profile = await seedProfile();
    const payload = '<img src=x onerror="window.__pwned=1"><script>window.__pwned=1</script>';
    profile.name = payload;
    profile.salary!.source = { name: payload, url: 'javascript:window.__pwned=1' };
    profile.salary!.moreInfo = { label: payload, href: ' JaVaScRiPt:window.__pwned=1' };
    const el = await ready(html`<salary-table .profile=${profile}></salary-table>`);
    await sleep(50);
    expect((window as unknown as { __pwned?: number }).__pwned).to.be.undefined;
    expect(el.shadowRoot!.querySelector('img, script')).to.be.null;
    expect(plain($(el, 'caption')!.textContent)).to.contain(payload);
    expect($$(el, 'a').filter((a) => /script:/i.test(a.getAttribute('href') ?? ''))).to.have.length(0);
  });

  it('fires cta-click for its safe link', async () => {
    const el = await ready(html`<salary-table src=${SEED_URL}></salary-table>`);
    const link = $(el, 'a[part="cta"]') as HTMLAnchorElement;
    link.addEventListener('click', (event) => event.preventDefault());
    setTimeout(() => link.click());
    const event = await oneEvent(el, 'cta-click');
    expect(event.detail).to.deep.equal({ href: 'https://www.aubi-plus.de/gehalt/', label: link.textContent, widget: 'salary-table' });
  });

  describe('routes with pay of their own (issue 25)', () => {
    /** The physiotherapist's three routes: a free state school (no pay), a private one (Schulgeld), a hospital school (paid). */
    async function threeRoutes() {
      const profile = await seedProfile();
      profile.salary!.trainingSalary = [1, 2, 3].map((year) => ({ year, unpaid: 'no-pay' as const }));
      profile.salary!.salaryUponCompletion = { value: 2900 };
      profile.training!.routes = [
        { name: 'Private Berufsfachschule', trainingSalary: [1, 2, 3].map((year) => ({ year, unpaid: 'school-fees' as const, schoolFee: 450 })) },
        { name: 'Schule an einer Klinik', trainingSalary: [{ year: 1, value: 1190 }, { year: 2, value: 1250 }, { year: 3, value: 1350 }] },
        { name: 'Staatliche Berufsfachschule', trainingSalary: [1, 2, 3].map((year) => ({ year, unpaid: 'fees-covered' as const })) },
      ];
      return profile;
    }

    for (const width of [390, 800, 1280]) {
      it(`keeps each route's bars in its own table's rows at ${width} px`, async () => {
        const wrapper = await fixture<HTMLDivElement>(html`<div style="width: ${width}px"><salary-table .profile=${await threeRoutes()}></salary-table></div>`);
        const el = wrapper.querySelector('salary-table')!;
        await settled(el);
        const tables = $$(el, 'table');
        expect(tables).to.have.length(4);
        expect(plain(tables[2].querySelector('caption')!.textContent)).to.contain('Schule an einer Klinik');
        expect($(el, '[part="chart"]') === null, 'no chart beside the tables').to.be.true;
        // Only the hospital school pays: its three years and the entry salary of the main table have bars, in their rows.
        expect(tables.map((table) => table.querySelectorAll('[part="bar"]').length)).to.deep.equal([1, 0, 3, 0]);
        for (const row of tables[2].querySelectorAll('tbody tr')) {
          const r = row.getBoundingClientRect();
          const bar = row.querySelector('[part="bar"]')!.getBoundingClientRect();
          expect(bar.top >= r.top && bar.bottom <= r.bottom && bar.right <= r.right + 0.5, 'the bar inside its row').to.be.true;
        }
        expect(el.scrollWidth, 'nothing wider than the element').to.be.at.most(el.clientWidth);
        await expect(el).to.be.accessible();
      });
    }
  });
});
