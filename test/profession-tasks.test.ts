import { expect, html } from '@open-wc/testing';
import { emulateMedia } from '@web/test-runner-commands';
import '../src/profession-tasks/define.js';
import type { ProfessionTasks } from '../src/profession-tasks/profession-tasks.js';
import { $, $$, SEED_URL, plain, seedProfile, visibleText } from './helpers.js';
import { ready, sectionContract, texts, withProfile } from './section-helpers.js';

describe('<profession-tasks>', () => {
  sectionContract({
    tag: 'profession-tasks',
    title: { de: 'Infos zum Beruf', en: 'About the job' },
    missing: 'Aufgaben und Berufsalltag',
    strip: (p) => {
      delete p.description;
      delete p.responsibilities;
      delete p.dailyRoutine;
    },
  });

  it('shows the description in its paragraphs, every task with its text, the note, and every part of the day in order', async () => {
    const el = await ready<ProfessionTasks>(html`<profession-tasks src=${SEED_URL}></profession-tasks>`);
    const seed = await seedProfile();
    expect(texts(el, 'h3')).to.deep.equal(['Was du machst', 'Typische Aufgaben', 'Dein Arbeitstag']);
    expect(texts(el, '.about p')).to.have.length(2);
    expect(texts(el, '.tasks .card-title')).to.deep.equal(['Kampagnen planen', 'Verkaufsgespräche führen', 'Personal schulen', 'Ergebnisse kontrollieren']);
    expect($$(el, '.tasks .card-title').every((h) => h.localName === 'h4')).to.be.true;
    for (const task of seed.responsibilities!.items) expect(visibleText(el)).to.contain(task.description!);
    expect(plain($(el, '[part="note"]')!.textContent)).to.equal('Hinweis: Die Aufgaben unterscheiden sich je nach deinem Projekt und deinen Zuständigkeiten.');
    expect(texts(el, '.day .card-title')).to.deep.equal([
      'Vormittags: Tagesplanung, Kundenkontakt und Beratung',
      'Nachmittags: Auswertungen, Planung und kreative Aufgaben',
      'Tagesabschluss',
    ]);
    // The morning has two paragraphs, each its own <p>.
    expect($$(el, '.day li')[0].querySelectorAll('p')).to.have.length(2);
    expect($(el, 'ol.day')).to.exist;
  });

  it('puts the typical tasks and the working day into sub-sections to open, their headings the summaries; on paper they show unopened', async () => {
    const el = await ready<ProfessionTasks>(html`<profession-tasks src=${SEED_URL}></profession-tasks>`);
    const more = $$(el, 'details[part~="more"]') as HTMLDetailsElement[];
    expect(more.map((d) => plain(d.querySelector('summary > h3')!.textContent))).to.deep.equal(['Typische Aufgaben', 'Dein Arbeitstag']);
    expect(more.some((d) => d.open)).to.be.false;
    const day = $(el, 'ol.day')!;
    expect(day.checkVisibility()).to.be.false;
    try {
      await emulateMedia({ media: 'print' });
      expect(day.checkVisibility()).to.be.true;
      expect(day.getBoundingClientRect().height).to.be.greaterThan(100);
    } finally {
      await emulateMedia({ media: 'screen' });
    }
    more[1].querySelector('summary')!.click();
    expect(day.checkVisibility()).to.be.true;
  });

  it('says its own words in English', async () => {
    const el = await withProfile<ProfessionTasks>('profession-tasks', await seedProfile(), 'en');
    expect(texts(el, 'h3')).to.deep.equal(['What you do', 'Typical tasks', 'A working day']);
  });

  it('shows the working day alone when that is all the profile has', async () => {
    const el = await withProfile<ProfessionTasks>('profession-tasks', { schemaVersion: 2, name: 'Beruf', dailyRoutine: [{ name: 'Morgens' }] });
    expect(texts(el, 'h3')).to.deep.equal(['Dein Arbeitstag']);
    expect(texts(el, '.day .card-title')).to.deep.equal(['Morgens']);
  });

  it('writes description and responsibilities as schema.org JSON-LD with structured-data', async () => {
    const seed = await seedProfile();
    const el = await withProfile<ProfessionTasks>('profession-tasks', seed, 'de', 'structured-data');
    const data = JSON.parse(el.querySelector('script[type="application/ld+json"]')!.textContent!)['@graph'][0];
    expect(data['@type']).to.equal('Occupation');
    expect(data.description).to.equal(seed.description);
    expect(data.responsibilities).to.deep.equal(['Kampagnen planen', 'Verkaufsgespräche führen', 'Personal schulen', 'Ergebnisse kontrollieren']);
  });
});
