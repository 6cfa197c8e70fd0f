import { expect, html } from '@open-wc/testing';
import '../src/profession-facts/define.js';
import type { ProfessionFacts } from '../src/profession-facts/profession-facts.js';
import { $, $$, SEED_URL, plain, seedProfile } from './helpers.js';
import { ready, sectionContract, texts, withProfile } from './section-helpers.js';

const facts = (el: Element) => $$(el, '.fact').map((fact) => [plain(fact.querySelector('dt')!.textContent), plain(fact.querySelector('dd')!.textContent)]);

describe('<profession-facts>', () => {
  sectionContract({
    tag: 'profession-facts',
    title: { de: 'Auf einen Blick', en: 'At a glance' },
    missing: 'Eckdaten',
    strip: (p) => {
      delete p.educationalPath;
      delete p.educationRequirements;
      delete p.skills;
      delete p.training;
    },
  });

  it('shows the seed page’s key facts and the highlighted strengths', async () => {
    const el = await ready<ProfessionFacts>(html`<profession-facts src=${SEED_URL}></profession-facts>`);
    expect(facts(el)).to.deep.equal([
      ['Bildungsweg', 'Duale Ausbildung'],
      ['Schulabschluss', 'Realschulabschluss / Mittlere Reife'],
      ['Ausbildungsdauer', '3 Jahre'],
    ]);
    expect(plain($(el, 'h3')!.textContent)).to.equal('Deine Stärken');
    // The tick is decoration: a screen reader reads the strengths, not "check mark".
    expect(texts(el, '.strengths li')).to.deep.equal(['✓Mündlich und schriftlich kommunizieren', '✓Andere beraten und überzeugen', '✓Eigene Ideen entwickeln und umsetzen']);
    expect($$(el, '.tick').every((tick) => tick.getAttribute('aria-hidden') === 'true')).to.be.true;
  });

  it('says the facts in English words, with the duration through Intl', async () => {
    const el = await withProfile<ProfessionFacts>('profession-facts', await seedProfile(), 'en');
    expect(facts(el)).to.deep.equal([
      ['Type of training', 'Duale Ausbildung'],
      ['School certificate', 'Realschulabschluss / Mittlere Reife'],
      ['Duration of training', '3 years'],
    ]);
    expect(plain($(el, 'h3')!.textContent)).to.equal('Your strengths');
  });

  it('shows only the facts a profile has', async () => {
    const el = await withProfile<ProfessionFacts>('profession-facts', { schemaVersion: 2, name: 'Beruf', training: { timeToComplete: 'P3Y6M' } });
    expect(facts(el)).to.deep.equal([['Ausbildungsdauer', '3 Jahre, 6 Monate']]);
    expect($(el, '.strengths')).to.be.null;
  });

  it('writes educationRequirements and skills as schema.org JSON-LD with structured-data', async () => {
    const el = await withProfile<ProfessionFacts>('profession-facts', await seedProfile(), 'de', 'structured-data');
    const data = JSON.parse(el.querySelector('script[type="application/ld+json"]')!.textContent!);
    expect(data['@context']).to.equal('https://schema.org');
    expect(data['@graph'][0]).to.deep.equal({
      '@type': 'Occupation',
      name: 'Kaufmann / Kauffrau für Dialogmarketing',
      educationRequirements: 'Realschulabschluss / Mittlere Reife',
      skills: ['Mündlich und schriftlich kommunizieren', 'Andere beraten und überzeugen', 'Eigene Ideen entwickeln und umsetzen'],
    });
  });
});
