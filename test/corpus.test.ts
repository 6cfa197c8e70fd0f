// Every profile of the corpus (profiles/), through every element, as a pupil reads it on a German
// page: the figures, exam names and bodies, and periods in order (test/corpus-facts.json, written by
// hand from the profiles and the elements' words), with axe. A fact missing or out of order fails.
import { expect, fixture, html } from '@open-wc/testing';
import '../src/index.js';
import type { ProfileElement } from '../src/core/profile-element.js';
import type { Profile } from '../src/core/profile-schema.js';
import { plain } from './helpers.js';

type Facts = Record<string, { salaryTable: string[]; careerPath: string[] }>;
const facts: Facts = await (await fetch('/test/corpus-facts.json')).json();
const seen = (el: Element) => plain(el.shadowRoot!.textContent).replace(/\s+/g, ' ');

async function show(tag: string, id: string, lang = 'de') {
  const wrapper = await fixture<HTMLElement>(html`<div lang=${lang}></div>`);
  const el = document.createElement(tag) as ProfileElement;
  el.setAttribute('src', `/profiles/${id}.json`);
  wrapper.append(el);
  await el.settled;
  expect(el.shadowRoot!.querySelector('[part="error"]'), `<${tag}> shows ${id} without an error`).to.be.null;
  return el;
}

/** Each fact appears, in this order, in what the element shows. */
function expectInOrder(text: string, expected: string[], where: string) {
  let from = 0;
  for (const fact of expected) {
    const at = text.indexOf(fact, from);
    expect(at, `${where}: "${fact}" after position ${from} in: ${text.slice(from, from + 300)}`).to.be.greaterThan(-1);
    from = at + fact.length;
  }
}

describe('the corpus: every profile through every element', () => {
  it('has at least eight profiles of different kinds', () => {
    expect(Object.keys(facts)).to.have.length.of.at.least(8);
  });

  for (const id of Object.keys(facts)) {
    describe(id, () => {
      let profile: Profile;
      before(async () => (profile = await (await fetch(`/profiles/${id}.json`)).json()));

      it('<salary-table> shows every year with its pay or why there is none, in order', async () => {
        const el = await show('salary-table', id);
        expectInOrder(seen(el), facts[id].salaryTable, `<salary-table> ${id}`);
        expect(seen(el), 'an unpaid year is never "0 €"').not.to.match(/(^|[^\d.,])0 €/);
        await expect(el).to.be.accessible();
      });

      it('<career-path> shows the periods, exams, bodies and pay in order', async () => {
        const el = await show('career-path', id);
        expectInOrder(seen(el), facts[id].careerPath, `<career-path> ${id}`);
        expect(seen(el)).not.to.match(/Prüfung vor der|\d+ % der Ausbildung/);
        await expect(el).to.be.accessible();
      });

      it('<profession-quiz> opens with its intro, then asks its first question', async () => {
        const el = await show('profession-quiz', id);
        const quiz = profile.quiz!;
        if (quiz.intro) {
          expect(seen(el)).to.contain(quiz.intro).and.to.contain(`${quiz.questions.length} Fragen`);
          await expect(el).to.be.accessible();
          el.shadowRoot!.querySelector<HTMLButtonElement>('button')!.click();
          await el.updateComplete;
        }
        expect(seen(el)).to.contain(quiz.questions[0].question);
        expect(seen(el)).to.contain(`Frage 1 von ${quiz.questions.length}`);
        await expect(el).to.be.accessible();
      });

      it('<vacancy-teaser> shows its vacancies or its empty state with the job alert', async () => {
        const el = await show('vacancy-teaser', id);
        const vacancies = profile.vacancies!;
        const text = seen(el);
        if (vacancies.items?.length) expect(text).to.contain(vacancies.items[0].title);
        else expect(text).to.contain(vacancies.emptyText ?? 'Suchbot');
        if (vacancies.jobAlert) expect(text).to.contain(vacancies.jobAlert.cta.label);
        await expect(el).to.be.accessible();
      });

      it('marks its text with its language where the page speaks another', async () => {
        const other = profile.inLanguage === 'en' ? 'de' : 'en';
        const el = await show('career-path', id, other);
        const marked = [...el.shadowRoot!.querySelectorAll(`[lang="${profile.inLanguage}"]`)].map((node) => node.textContent);
        expect(marked).to.include(profile.name);
      });
    });
  }
});
