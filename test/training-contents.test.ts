import { expect, html } from '@open-wc/testing';
import '../src/training-contents/define.js';
import type { TrainingContents } from '../src/training-contents/training-contents.js';
import { SEED_URL, seedProfile, visibleText } from './helpers.js';
import { ready, sectionContract, texts, withProfile } from './section-helpers.js';

describe('<training-contents>', () => {
  sectionContract({
    tag: 'training-contents',
    title: { de: 'Was du in der Ausbildung lernst', en: 'What you learn in the training' },
    missing: 'Ausbildungsinhalte',
    strip: (p) => delete p.trainingContents,
  });

  it('shows what the company and the vocational school teach, each with its text, and the highlights', async () => {
    const el = await ready<TrainingContents>(html`<training-contents src=${SEED_URL}></training-contents>`);
    const c = (await seedProfile()).trainingContents!;
    expect(texts(el, 'h3')).to.deep.equal(['Im Ausbildungsbetrieb', 'In der Berufsschule', 'Highlights der Ausbildung']);
    expect(texts(el, '.company .card-title')).to.deep.equal(c.company!.map((x) => x.name));
    expect(texts(el, '.school .card-title')).to.deep.equal(c.school!.map((x) => x.name));
    for (const x of [...c.company!, ...c.school!]) expect(visibleText(el)).to.contain(x.description!);
    expect(texts(el, '.highlights li')).to.deep.equal(c.highlights!.map((h) => `★${h}`));
  });

  it('says its own words in English', async () => {
    const el = await withProfile<TrainingContents>('training-contents', await seedProfile(), 'en');
    expect(texts(el, 'h3')).to.deep.equal(['In the company', 'At vocational school', 'Highlights of the training']);
  });
});
