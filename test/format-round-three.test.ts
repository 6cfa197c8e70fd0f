// Format 2, round three (issue 25), as a pupil reads it: a dual study and a civil-service training from
// the corpus through <career-path>, <salary-table> and <profession-facts> in German and English; exam
// windows, components and areas; Anwärterbezüge never called "Gehalt" or "Ausbildungsvergütung"; the
// profile's language on every profile text; each tariff's bars in its own table's rows at every width.
import { expect, fixture, html } from '@open-wc/testing';
import '../src/career-path/define.js';
import '../src/salary-table/define.js';
import '../src/profession-facts/define.js';
import type { ProfileElement } from '../src/core/profile-element.js';
import type { Profile } from '../src/core/profile-schema.js';
import { $, $$, plain, seedProfile, settled } from './helpers.js';

const seen = (el: Element) => plain(el.shadowRoot!.textContent).replace(/\s+/g, ' ');
const load = async (id: string): Promise<Profile> => (await fetch(`/profiles/${id}.json`)).json();

async function show(tag: string, profile: unknown, lang = 'de', width?: number) {
  const wrapper = await fixture<HTMLElement>(html`<div lang=${lang} style=${width ? `width: ${width}px` : ''}></div>`);
  const el = document.createElement(tag) as ProfileElement;
  el.profile = profile as never;
  wrapper.append(el);
  await settled(el);
  expect(el.shadowRoot!.querySelector('[part="error"]'), `<${tag}> without an error`).to.be.null;
  return el;
}
/** The texts marked with `lang`, trimmed. */
const marked = (el: Element, lang: string) => $$(el, `[lang="${lang}"]`).map((node) => plain(node.textContent).trim());

describe('a civil-service training (polizeimeisteranwaerter.json)', () => {
  it('<salary-table> says Anwärterbezüge and Besoldung (A 7), never Gehalt or Ausbildungsvergütung', async () => {
    const el = await show('salary-table', await load('polizeimeisteranwaerter'));
    const text = seen(el);
    expect($(el, 'caption')!.textContent).to.contain('Anwärterbezüge und Besoldung');
    expect(plain($$(el, 'thead th')[1].textContent)).to.equal('Anwärterbezüge pro Monat');
    expect(text).to.contain('Besoldung nach der Ausbildung (A 7)').and.to.contain('Polizeizulage: 228 €');
    expect(text).not.to.match(/Gehalt|Ausbildungsvergütung|Einstieg/);
    await expect(el).to.be.accessible();
  });

  it('<salary-table>: a route of its own is headed by the pay\'s name too, not "Gehalt"', async () => {
    const profile = await load('polizeimeisteranwaerter');
    const years = profile.salary!.trainingSalary!;
    profile.training!.routes = [{ name: 'Verkürzt mit Fachhochschulreife', timeToComplete: 'P2Y', trainingSalary: years.slice(0, 2) }];
    const el = await show('salary-table', profile);
    const route = plain($(el, '[part~="route-title"]')!.textContent);
    expect(route).to.equal('Anwärterbezüge auf dem Weg: Verkürzt mit Fachhochschulreife');
    expect(seen(el)).not.to.match(/Gehalt|Ausbildungsvergütung/);
  });

  it('<salary-table> in English: trainee pay, never "training pay" or "salary"', async () => {
    const el = await show('salary-table', await load('polizeimeisteranwaerter'), 'en');
    const text = seen(el);
    expect(text).to.contain('Civil-service trainee pay (Anwärterbezüge)').and.to.contain('Trainee pay per month');
    expect(text).to.contain('Pay as a civil servant after the training (A 7)');
    expect(text).not.to.match(/training pay|salary/i);
    // The grade and the allowances are the profile's words, marked German on an English page.
    expect(marked(el, 'de')).to.include.members(['A 7', 'Polizeizulage', 'Familienzuschlag']);
  });

  it('<career-path> shows the conditions, the window, the two bodies, the components and the Besoldung', async () => {
    const el = await show('career-path', await load('polizeimeisteranwaerter'));
    const text = seen(el);
    expect(text).to.contain('Weitere Voraussetzungen').and.to.contain('Staatsangehörigkeit');
    expect(text).to.contain('Bezahlung: Anwärterbezüge');
    const exam = $$(el, '[part~="exam"]').map((li) => plain(li.textContent).replace(/\s+/g, ' '));
    expect(exam[0]).to.contain('Zwischenprüfung').and.to.contain('Zwischen dem 12. und 18. Monat');
    expect(exam[0]).to.contain('Prüfung: Bundespolizeiakademie').and.to.contain('Durchführung: Aus- und Fortbildungszentrum der Bundespolizei');
    expect(exam[1]).to.contain('Besteht aus:').and.to.contain('Klausuren (schriftlich)').and.to.contain('Prüfungsgespräch (mündlich)');
    expect(text).to.contain('Besoldung nach der Ausbildung (A 7): 3.000 € pro Monat');
    expect(text).not.to.match(/Gehalt|Ausbildungsvergütung/);
    await expect(el).to.be.accessible();
  });

  it('<career-path> on an English page: our words English, every profile text marked German', async () => {
    const el = await show('career-path', await load('polizeimeisteranwaerter'), 'en');
    const text = seen(el);
    expect(text).to.contain('Between month 12 and 18').and.to.contain('Conducted by: Aus- und Fortbildungszentrum der Bundespolizei');
    expect(text).to.contain('Pay: Pay as a civil-service trainee (Anwärterbezüge)').and.to.contain('Further requirements');
    expect(text).to.contain('Klausuren (written)');
    expect(marked(el, 'de')).to.include.members(['Polizeimeisteranwärter / Polizeimeisteranwärterin (Bundespolizei)', 'Zwischenprüfung', 'Laufbahnprüfung', 'Klausuren', 'Alter', 'A 7', 'Aus- und Fortbildungszentrum der Bundespolizei']);
    await expect(el).to.be.accessible();
  });
});

describe('a dual study programme (wirtschaftsinformatik-dual.json)', () => {
  it('<career-path> shows the university periods, the degree, the ECTS and the pay by its name', async () => {
    const el = await show('career-path', await load('wirtschaftsinformatik-dual'));
    const text = seen(el);
    expect(text).to.contain('Akademischer Abschluss: Bachelor of Science (B. Sc.) Wirtschaftsinformatik').and.to.contain('Leistungspunkte: 210 ECTS');
    expect(text).to.contain('Bezahlung: Vergütung im dualen Studium');
    const periods = $$(el, '[part~="period"]').map((li) => plain(li.textContent).replace(/\s+/g, ' '));
    expect(periods).to.have.length(12);
    expect(periods.filter((p) => p.includes('Lernort: Hochschule'))).to.have.length(6);
    expect(periods.filter((p) => p.includes('Lernort: Schule'))).to.have.length(0);
    expect(text).to.contain('Zwischen dem 33. und 36. Monat');
    await expect(el).to.be.accessible();
  });

  it('<career-path> JSON-LD carries the degree and the credits in schema.org words', async () => {
    const wrapper = await fixture<HTMLElement>(html`<div lang="de"></div>`);
    const el = document.createElement('career-path') as ProfileElement & { structuredData: boolean };
    el.structuredData = true;
    el.profile = (await load('wirtschaftsinformatik-dual')) as never;
    wrapper.append(el);
    await settled(el);
    const ld = JSON.parse(el.querySelector('script[type="application/ld+json"]')!.textContent!);
    const program = ld['@graph'].find((thing: { '@type': string }) => thing['@type'] === 'WorkBasedProgram');
    expect(program.educationalCredentialAwarded).to.equal('Bachelor of Science (B. Sc.) Wirtschaftsinformatik');
    expect(program.numberOfCredits).to.equal(210);
    expect(program.programPrerequisites).to.deep.equal(['Abitur oder Fachhochschulreife', `Studienvertrag: ${(await load('wirtschaftsinformatik-dual')).educationRequirements!.conditions![0].description}`]);
  });

  it('<salary-table> calls the pay Vergütung, and <profession-facts> names degree and credits, in both languages', async () => {
    const profile = await load('wirtschaftsinformatik-dual');
    const table = await show('salary-table', profile);
    expect(plain($$(table, 'thead th')[1].textContent)).to.equal('Vergütung pro Monat');
    expect($(table, 'caption')!.textContent).to.contain('Vergütung im dualen Studium');
    // Its rows count years of study, not of training.
    const rows = $$(table, 'tbody th').map((th) => plain(th.textContent));
    expect(rows[0]).to.equal('1. Studienjahr');
    expect(rows.join(' ')).not.to.contain('Ausbildungsjahr');
    const english = await show('salary-table', profile, 'en');
    expect(plain($$(english, 'tbody th')[0].textContent)).to.equal('1st year of study');
    const facts = await show('profession-facts', profile);
    expect(seen(facts)).to.contain('Akademischer Abschluss').and.to.contain('Bachelor of Science (B. Sc.) Wirtschaftsinformatik').and.to.contain('210 ECTS');
    await expect(facts).to.be.accessible();
    const en = await show('profession-facts', profile, 'en');
    expect(seen(en)).to.contain('Academic degree').and.to.contain('Credits').and.to.contain('210 ECTS');
    expect(marked(en, 'de')).to.include('Bachelor of Science (B. Sc.) Wirtschaftsinformatik');
  });
});

describe('exams, hours and pay of round three in the corpus', () => {
  it('the Industriemechaniker: Teil 1 in its window, Teil 2 with its areas and weights; English too', async () => {
    const profile = await load('industriemechaniker');
    const exam = async (lang: string) => $$(await show('career-path', profile, lang), '[part~="exam"]').map((li) => plain(li.textContent).replace(/\s+/g, ' '));
    const [de1, de2] = await exam('de');
    expect(de1).to.contain('Zwischen dem 18. und 24. Monat').and.not.to.contain('Nach 18 Monaten');
    // German writes the percent after a (no-break) space, English right after the number.
    expect(de2).to.contain('Prüfungsbereiche:').and.to.contain('Arbeitsauftrag (praktisch) · 30 %').and.to.contain('Fertigungstechnik (schriftlich) · 12 %');
    const [en1, en2] = await exam('en');
    expect(en1).to.contain('Between month 18 and 24');
    expect(en2).to.contain('Exam areas:').and.to.contain('Arbeitsauftrag (practical) · 30%');
  });

  it('Pflege: practice hours by place, the committee at the school and the three parts of the state exam', async () => {
    const el = await show('career-path', await load('pflegefachmann'));
    const text = seen(el);
    expect($$(el, '.hours-by-place li').map((li) => plain(li.textContent))).to.have.length(8);
    expect(text).to.contain('Praxisstunden nach Ort:').and.to.contain('Vertiefungseinsatz beim Träger der praktischen Ausbildung: 500');
    expect(text).to.contain('Durchführung: Prüfungsausschuss an der Pflegeschule').and.to.contain('Mündlicher Teil (mündlich)');
  });

  it('Erzieher: no Schulgeld and BAföG possible, together', async () => {
    const el = await show('salary-table', await load('erzieher'));
    expect(plain($$(el, 'tbody td')[0].textContent)).to.match(/^unbezahlt · kein Schulgeld · Förderung möglich/);
  });

  it('a Schulgeld range, a route-only exam, exam times when shortened, additional qualifications', async () => {
    const profile = await seedProfile();
    profile.training!.routes = [{ name: 'Mit Berufsfachschule', timeToComplete: 'P3Y', trainingSalary: [{ year: 1, unpaid: 'school-fees', schoolFee: 300, schoolFeeMax: 600 }], exams: [{ name: 'Versetzungsprüfung', window: { from: 'P10M', to: 'P12M' } }] }];
    profile.training!.shortening = [{ prerequisite: 'Abitur', creditedDuration: 'P1Y', remainingDuration: 'P2Y', examsAt: [{ name: 'Abschlussprüfung – Teil 1', at: 'P12M' }] }];
    profile.training!.additionalQualifications = [{ name: 'Fremdsprachenkorrespondenz Englisch', exam: 'Eigene Prüfung im 3. Jahr', examiningBody: { name: 'IHK' }, credential: 'IHK-Zertifikat' }];
    const table = await show('salary-table', profile);
    expect(seen(table)).to.contain('unbezahlt · Schulgeld 300–600 €');
    const path = await show('career-path', profile);
    const route = plain($(path, '[part~="route"]')!.textContent).replace(/\s+/g, ' ');
    expect(route).to.contain('Versetzungsprüfung').and.to.contain('Zwischen dem 10. und 12. Monat');
    const shorter = plain($(path, '[part~="shortening"]')!.textContent).replace(/\s+/g, ' ');
    expect(shorter).to.contain('Prüfungen auf diesem Weg').and.to.contain('Abschlussprüfung – Teil 1: Nach der Hälfte der Ausbildung');
    const extra = plain($(path, '[part~="additional-qualifications"]')!.textContent).replace(/\s+/g, ' ');
    expect(extra).to.contain('Zusatzqualifikationen').and.to.contain('Fremdsprachenkorrespondenz Englisch').and.to.contain('Prüfung: IHK').and.to.contain('Abschluss: IHK-Zertifikat');
    await expect(path).to.be.accessible();
  });
});

describe('two tariffs in one profession (salary.scales)', () => {
  /** A Bankkaufmann: private banks (the main table) and Sparkassen (TVAöD), each with its own pay. */
  async function bank() {
    const profile = await seedProfile();
    profile.salary!.trainingSalary = [{ year: 1, value: 1300 }, { year: 2, value: 1400 }, { year: 3, value: 1500 }];
    profile.salary!.salaryUponCompletion = { value: 3600 };
    profile.salary!.scales = [{ name: 'Sparkassen (TVAöD)', trainingSalary: [{ year: 1, value: 1293.26 }, { year: 2, value: 1343.2 }, { year: 3, value: 1389.02 }], salaryUponCompletion: { value: 3300 }, note: 'Nach dem TVAöD – Besonderer Teil BBiG.' }];
    return profile;
  }

  it('gives each tariff its own table, with its own figures', async () => {
    const el = await show('salary-table', await bank());
    const tables = $$(el, 'table');
    expect(tables).to.have.length(2);
    expect(plain(tables[1].querySelector('caption')!.textContent)).to.contain('Tarif: Sparkassen (TVAöD)');
    const second = [...tables[1].querySelectorAll('tbody td')].map((td) => plain(td.textContent));
    expect(second).to.deep.equal(['1.293,26 €', '1.343,20 €', '1.389,02 €', '3.300 €']);
    expect(seen(el)).to.contain('Nach dem TVAöD – Besonderer Teil BBiG.');
    await expect(el).to.be.accessible();
  });

  for (const width of [390, 800, 1280]) {
    it(`keeps each tariff's bars in its own table's rows at ${width} px`, async () => {
      const el = await show('salary-table', await bank(), 'de', width);
      const tables = $$(el, 'table');
      expect(tables, 'a table per tariff').to.have.length(2);
      expect($(el, '[part="chart"]') === null, 'no chart beside or under the tables').to.be.true;
      for (const [i, table] of tables.entries()) {
        const rows = [...table.querySelectorAll('tbody tr')];
        expect(rows.map((row) => row.querySelectorAll('[part="bar"]').length), `tariff ${i}: a bar in every row`).to.deep.equal([1, 1, 1, 1]);
        for (const row of rows) {
          const r = row.getBoundingClientRect();
          const bar = row.querySelector('[part="bar"]')!.getBoundingClientRect();
          expect(bar.top >= r.top && bar.bottom <= r.bottom && bar.right <= r.right + 0.5, `tariff ${i}: the bar inside its row`).to.be.true;
        }
      }
      expect(el.scrollWidth).to.be.at.most(el.clientWidth);
    });
  }

});
