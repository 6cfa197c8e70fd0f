import { expect, html } from '@open-wc/testing';
import '../src/profession-suitability/define.js';
import type { ProfessionSuitability } from '../src/profession-suitability/profession-suitability.js';
import { $, SEED_URL, plain, seedProfile, visibleText } from './helpers.js';
import { ready, sectionContract, texts, withProfile } from './section-helpers.js';

describe('<profession-suitability>', () => {
  sectionContract({
    tag: 'profession-suitability',
    title: { de: 'Voraussetzungen', en: 'What it takes' },
    missing: 'Voraussetzungen und Eignung',
    strip: (p) => {
      delete p.qualifications;
      delete p.skills;
      delete p.educationRequirements;
      delete p.suitability;
    },
  });

  it('shows the qualifications, every strength with its text, the school certificate, and whom it suits and suits less', async () => {
    const el = await ready<ProfessionSuitability>(html`<profession-suitability src=${SEED_URL}></profession-suitability>`);
    const seed = await seedProfile();
    expect(texts(el, 'h3')).to.deep.equal(['Stärken, die dir helfen', 'Schulabschluss', 'Wer sich hier wohlfühlt']);
    expect(visibleText(el)).to.contain(seed.qualifications!.description!).and.to.contain(seed.qualifications!.note!);
    expect(texts(el, '.strengths .card-title')).to.deep.equal(seed.skills!.map((s) => s.name));
    for (const skill of seed.skills!) if (skill.description) expect(visibleText(el)).to.contain(skill.description);
    expect(plain($(el, '.certificate')!.textContent)).to.equal('Realschulabschluss / Mittlere Reife');
    expect(visibleText(el)).to.contain('Auch möglich: Sehr guter Hauptschulabschluss').and.to.contain(seed.educationRequirements!.description!);
    expect(plain($(el, '.suits .side-title')!.textContent)).to.equal('Passt gut zu dir, wenn …');
    expect(texts(el, '.suits li')).to.deep.equal(['✓du kommunikativ bist.', '✓du gerne kreativ arbeitest.']);
    expect(plain($(el, '.suits-less .side-title')!.textContent)).to.equal('Passt weniger zu dir, wenn …');
    expect(texts(el, '.suits-less li')).to.deep.equal(['–du nicht gerne telefonierst.']);
  });

  it('says its own words in English', async () => {
    const el = await withProfile<ProfessionSuitability>('profession-suitability', await seedProfile(), 'en');
    expect(texts(el, 'h3')).to.deep.equal(['Strengths that help', 'School certificate', 'Who feels at home here']);
    expect(texts(el, '.side-title')).to.deep.equal(['Suits you if …', 'Suits you less if …']);
  });

  it('writes qualifications, skills and educationRequirements as schema.org JSON-LD with structured-data', async () => {
    const seed = await seedProfile();
    const el = await withProfile<ProfessionSuitability>('profession-suitability', seed, 'de', 'structured-data');
    const data = JSON.parse(el.querySelector('script[type="application/ld+json"]')!.textContent!)['@graph'][0];
    expect(data).to.include({ '@type': 'Occupation', qualifications: seed.qualifications!.description, educationRequirements: 'Realschulabschluss / Mittlere Reife' });
    expect(data.skills).to.have.length(4);
  });
});
