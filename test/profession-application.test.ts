import { expect, html } from '@open-wc/testing';
import '../src/profession-application/define.js';
import type { ProfessionApplication } from '../src/profession-application/profession-application.js';
import { $, SEED_URL, seedProfile, visibleText } from './helpers.js';
import { ready, sectionContract, texts, withProfile } from './section-helpers.js';

describe('<profession-application>', () => {
  sectionContract({
    tag: 'profession-application',
    title: { de: 'Bewerbung', en: 'How to apply' },
    missing: 'Bewerbung',
    strip: (p) => delete p.application,
  });

  it('shows every document in order, how to send it, every tip, and what to wear', async () => {
    const el = await ready<ProfessionApplication>(html`<profession-application src=${SEED_URL}></profession-application>`);
    const a = (await seedProfile()).application!;
    expect(texts(el, 'h3')).to.deep.equal(['Deine Bewerbungsunterlagen', 'So schickst du sie ab', 'Tipps für deine Bewerbung', 'Kleidung im Vorstellungsgespräch']);
    expect(visibleText(el)).to.contain(a.introduction!);
    expect($(el, 'ol.documents')).to.exist;
    expect(texts(el, '.documents .card-title')).to.deep.equal(['Anschreiben', 'Lebenslauf', 'Anlagen']);
    expect(texts(el, '[part="submission"] p')).to.deep.equal([a.submission]);
    expect(texts(el, '.tips .card-title')).to.deep.equal(['Praktische Erfahrungen betonen', 'Motivation herausstellen', 'Sorgfältig erstellte Bewerbungsunterlagen']);
    expect(texts(el, '.attire .card-title')).to.deep.equal(['Empfehlung für Männer', 'Empfehlung für Frauen']);
    for (const x of [...a.documents!, ...a.tips!, ...a.attire!.recommendations!]) expect(visibleText(el)).to.contain(x.description!);
    expect(visibleText(el)).to.contain(a.attire!.introduction!);
  });

  it('says its own words in English', async () => {
    const el = await withProfile<ProfessionApplication>('profession-application', await seedProfile(), 'en');
    expect(texts(el, 'h3')).to.deep.equal(['Your application documents', 'How to send it', 'Tips for your application', 'What to wear to the interview']);
  });
});
