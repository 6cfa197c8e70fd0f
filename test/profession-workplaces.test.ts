import { expect, html } from '@open-wc/testing';
import '../src/profession-workplaces/define.js';
import type { ProfessionWorkplaces } from '../src/profession-workplaces/profession-workplaces.js';
import { SEED_URL, seedProfile, visibleText } from './helpers.js';
import { ready, sectionContract, texts, withProfile } from './section-helpers.js';

describe('<profession-workplaces>', () => {
  sectionContract({
    tag: 'profession-workplaces',
    title: { de: 'Wo du arbeitest', en: 'Where you work' },
    missing: 'Arbeitsorte',
    strip: (p) => {
      delete p.workplaces;
      delete p.facts;
    },
  });

  it('shows every employer, every place of work with its text, and the three facts', async () => {
    const el = await ready<ProfessionWorkplaces>(html`<profession-workplaces src=${SEED_URL}></profession-workplaces>`);
    const seed = await seedProfile();
    expect(texts(el, 'h3')).to.deep.equal(['Arbeitgeber', 'Arbeitsorte', 'Gut zu wissen']);
    expect(visibleText(el)).to.contain('Als Kauffrau bzw. Kaufmann für Dialogmarketing arbeitest du meistens:');
    expect(texts(el, '.employers li')).to.deep.equal(seed.workplaces!.employers!);
    expect(texts(el, '.places .card-title')).to.deep.equal(['(Großraum-)Büros', 'Kabinen', 'Besprechungsräume', 'Homeoffice bzw. mobil']);
    for (const place of seed.workplaces!.places!) expect(visibleText(el)).to.contain(place.description!);
    expect(texts(el, '.facts li')).to.deep.equal(seed.facts!);
  });

  it('says its own words in English', async () => {
    const el = await withProfile<ProfessionWorkplaces>('profession-workplaces', await seedProfile(), 'en');
    expect(texts(el, 'h3')).to.deep.equal(['Employers', 'Places of work', 'Good to know']);
  });

  it('shows the facts alone when the profile has no workplaces', async () => {
    const profile = await seedProfile();
    delete profile.workplaces;
    const el = await withProfile<ProfessionWorkplaces>('profession-workplaces', profile);
    expect(texts(el, 'h3')).to.deep.equal(['Gut zu wissen']);
  });
});
