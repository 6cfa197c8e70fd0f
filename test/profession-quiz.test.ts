import { expect, fixture, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../src/profession-quiz/define.js';
import '../src/profession-quiz/career-quiz.define.js';
import { ProfessionQuiz } from '../src/profession-quiz/profession-quiz.js';
import { CareerQuiz } from '../src/profession-quiz/career-quiz.js';
import type { CareerWidgetEvents } from '../src/core/events.js';
import type { Profile } from '../src/core/profile-schema.js';
import { $, $$, SEED_URL, captureWarnings, plain, seedProfile, settled, sleep, visibleText } from './helpers.js';

type Tag = 'profession-quiz' | 'career-quiz';
const TAGS: Tag[] = ['profession-quiz', 'career-quiz'];

const press = (key: string) => sendKeys({ press: key });
const text = (node: Element | null | undefined) => plain(node?.textContent).replace(/\s+/g, ' ');
/** The element inside the quiz's shadow root that has focus. */
const focused = (el: Element) => el.shadowRoot!.activeElement as HTMLElement | null;
/** An element in words, for comparing focus: a failing assertion on DOM nodes would be serialized whole. */
const nameOf = (node: Element | null | undefined) =>
  node ? `<${node.localName}${node.getAttribute('part') ? ` part="${node.getAttribute('part')}"` : ''}${node instanceof HTMLInputElement ? ` value="${node.value}"` : ''}> ${text(node)}` : 'nothing';
const legend = (el: Element) => text($(el, 'legend'));
const status = (el: Element) => $(el, '[role="status"]')!;
const submitButton = (el: Element) => $(el, 'button[type="submit"]') as HTMLButtonElement;
const optionTexts = (el: Element) => $$(el, '.option-text').map((span) => text(span));
const radios = (el: Element) => $$(el, 'input[type="radio"]') as HTMLInputElement[];
/** The result's next steps as a reader sees them, in order. */
const stepTexts = (el: Element) => $$(el, '[part="next-steps"] > *').map((step) => text(step));

const Q1 = 'Welche Methode der Marktforschung wird über einen längeren Zeitraum durchgeführt?';
const Q2 = 'Was versteht man unter dem Begriff „AIDA-Modell“?';
const Q3 = 'Wofür steht die Abkürzung „IHK“?';
const EXPLANATIONS = [
  'Die Marktbeobachtung befasst sich mit der fortwährenden Marktentwicklung und nimmt daher einen größeren Zeitraum in Anspruch.',
  'Das „AIDA-Modell“ ist ein sehr beliebtes Modell zur Überprüfung einer Werbewirkung. AIDA steht für Attention, Interest, Desire und Action.',
  'Die Abkürzung „IHK“ steht natürlich für die Industrie- und Handelskammer.',
];
const RIGHT = ['Marktbeobachtung', 'Ein Modell zur Überprüfung einer Werbewirkung', 'Industrie- und Handelskammer'];
/** The seed's right answers, as option indices in the profile. */
const CORRECT = [1, 2, 1];
const LOW = {
  text: 'Vielleicht passt ein anderer Beruf noch besser zu dir.',
  cta: { label: 'Finde jetzt den passenden Beruf für dich', href: 'https://www.aubi-plus.de/berufe/' },
  range: { minScore: 0, maxScore: 1 },
};
const HIGH = {
  text: 'Es sieht so aus, als würde der Beruf gut zu dir passen.',
  cta: { label: 'Finde jetzt die passende Lehrstelle für dich', href: 'https://www.aubi-plus.de/ausbildung/' },
  range: { minScore: 2, maxScore: 3 },
};

/** A quiz after a focusable button, so a test can Tab into it as a reader would. */
async function quizFixture(tag: Tag, setup: (el: ProfessionQuiz) => void = (el) => (el.src = SEED_URL), lang = 'de') {
  const el = document.createElement(tag) as ProfessionQuiz;
  setup(el);
  const wrapper = await fixture<HTMLDivElement>(html`<div lang=${lang}><button id="before">before</button>${el}</div>`);
  await settled(el);
  return { el, wrapper, before: wrapper.querySelector<HTMLButtonElement>('#before')! };
}

/** Listens on the page for the quiz events, as an embedder would. */
function recordEvents(target: HTMLElement) {
  const answers: CareerWidgetEvents['quiz-answer'][] = [];
  const completes: CareerWidgetEvents['quiz-complete'][] = [];
  const flags: boolean[] = [];
  target.addEventListener('quiz-answer', (e) => (answers.push(e.detail), flags.push(e.bubbles && e.composed)));
  target.addEventListener('quiz-complete', (e) => (completes.push(e.detail), flags.push(e.bubbles && e.composed)));
  return { answers, completes, flags };
}

/**
 * From focus on a question's legend: Tab into the options, pick the one shown
 * at `position` with Space and the arrow keys, Tab to the button, press Enter.
 */
async function answerByKeyboard(el: ProfessionQuiz, position: number) {
  expect(nameOf(focused(el)), 'a new question has focus on its legend').to.equal(nameOf($(el, 'legend')));
  const before = status(el);
  expect(text(before), 'the live region is there, and empty, before the answer').to.equal('');
  await press('Tab');
  expect(nameOf(focused(el))).to.equal(nameOf(radios(el)[0]));
  await press('Space');
  for (let i = 0; i < position; i++) await press('ArrowDown');
  expect(radios(el)[position].checked).to.be.true;
  await press('Tab');
  expect(nameOf(focused(el))).to.equal(nameOf(submitButton(el)));
  expect(text(submitButton(el))).to.equal('Antwort prüfen');
  await press('Enter');
  await el.updateComplete;
  expect(status(el) === before, 'the same live region gets the feedback').to.be.true;
  expect(nameOf(focused(el)), 'focus stays on the button').to.equal(nameOf(submitButton(el)));
}

/** Plays the whole seed quiz by keyboard from the intro, returning what the reader heard after each answer. */
async function playByKeyboard(el: ProfessionQuiz, before: HTMLElement, positions: number[], axe = false) {
  before.focus();
  await press('Tab');
  expect(text(focused(el))).to.equal('Quiz starten');
  if (axe) await expect(el).to.be.accessible();
  await press('Enter');
  await el.updateComplete;
  const heard: string[] = [];
  for (const [i, position] of positions.entries()) {
    expect(legend(el)).to.equal(`Frage ${i + 1} von 3 ${[Q1, Q2, Q3][i]}`);
    expect(($(el, 'progress') as HTMLProgressElement).value).to.equal(i + 1);
    if (axe) await expect(el).to.be.accessible();
    await answerByKeyboard(el, position);
    heard.push(text(status(el)));
    expect(text(submitButton(el))).to.equal(i < 2 ? 'Nächste Frage' : 'Zum Ergebnis');
    if (axe) await expect(el).to.be.accessible();
    await press('Enter');
    await el.updateComplete;
  }
  expect(nameOf(focused(el)), 'the result heading has focus').to.equal(nameOf($(el, '[part="result-heading"]')));
  if (axe) await expect(el).to.be.accessible();
  return heard;
}

const feedback = (question: number, right: boolean) =>
  `${right ? 'Richtig!' : `Leider falsch. Richtig ist: „${RIGHT[question]}“.`} ${EXPLANATIONS[question]}`;

describe('<profession-quiz> and <career-quiz>', () => {
  let warnings: ReturnType<typeof captureWarnings>;
  beforeEach(() => (warnings = captureWarnings()));
  afterEach(() => warnings.restore());

  it('registers both tags, each with its own constructor of the same element', () => {
    const career = customElements.get('career-quiz')!;
    expect(customElements.get('profession-quiz') === ProfessionQuiz).to.be.true;
    expect(career === CareerQuiz).to.be.true;
    expect(career === ProfessionQuiz, 'a registry takes one constructor per tag').to.be.false;
    expect(document.createElement('career-quiz')).to.be.instanceOf(ProfessionQuiz);
  });

  for (const tag of TAGS) {
    describe(`<${tag}> played by keyboard`, () => {
      it('goes from the intro through every question to the result, with focus, live region, events and axe at each step', async function () {
        this.timeout(30_000);
        const { el, wrapper, before } = await quizFixture(tag);
        expect(text($(el, 'h2'))).to.equal('Passt der Beruf zu dir?');
        expect(visibleText(el)).to.contain('Drei kurze Fragen zum Beruf').and.to.contain('3 Fragen');
        const events = recordEvents(wrapper);

        // Wrong, right, wrong: one of three.
        const heard = await playByKeyboard(el, before, [0, 2, 3], true);
        expect(heard).to.deep.equal([feedback(0, false), feedback(1, true), feedback(2, false)]);
        expect(text($(el, 'h3'))).to.equal('1 von 3 Fragen richtig');
        expect(text($(el, '[part="result-text"]'))).to.equal(LOW.text);
        expect(events.answers).to.deep.equal([
          { questionIndex: 0, answerIndex: 0, correct: false },
          { questionIndex: 1, answerIndex: 2, correct: true },
          { questionIndex: 2, answerIndex: 3, correct: false },
        ]);
        expect(events.completes).to.deep.equal([{ score: 1, total: 3, result: { ...LOW.range, text: LOW.text } }]);
        expect(events.flags.every(Boolean), 'events bubble out of the shadow root').to.be.true;

        // The call to action, then "start again", by Tab.
        await press('Tab');
        expect(text(focused(el))).to.equal(LOW.cta.label);
        expect((focused(el) as HTMLAnchorElement).href).to.equal(LOW.cta.href);
        await press('Tab');
        expect(text(focused(el))).to.equal('Noch einmal spielen');
        await press('Enter');
        await el.updateComplete;
        expect(legend(el)).to.equal(`Frage 1 von 3 ${Q1}`);
        expect(nameOf(focused(el))).to.equal(nameOf($(el, 'legend')));
        expect(radios(el).some((radio) => radio.checked)).to.be.false;
        expect(text(status(el))).to.equal('');
        await expect(el).to.be.accessible();

        // A second round counts from zero.
        for (const position of [1, 2, 1]) {
          await answerByKeyboard(el, position);
          await press('Enter');
          await el.updateComplete;
        }
        expect(text($(el, 'h3'))).to.equal('3 von 3 Fragen richtig');
        expect(events.completes[1]).to.deep.equal({ score: 3, total: 3, result: { ...HIGH.range, text: HIGH.text } });
        expect(events.answers.slice(3).map((a) => a.correct)).to.deep.equal([true, true, true]);
      });

      for (const [positions, score, result] of [
        [[0, 0, 0], 0, LOW],
        [[1, 0, 0], 1, LOW],
        [[1, 2, 0], 2, HIGH],
        [[1, 2, 1], 3, HIGH],
      ] as const) {
        it(`shows the result for ${score} right answers`, async function () {
          this.timeout(20_000);
          const { el, wrapper, before } = await quizFixture(tag);
          const events = recordEvents(wrapper);
          const heard = await playByKeyboard(el, before, [...positions]);
          expect(heard).to.deep.equal(positions.map((p, i) => feedback(i, p === CORRECT[i])));
          expect(text($(el, '[part="result-heading"]'))).to.equal(`${score} von 3 Fragen richtig`);
          expect(text($(el, '[part="result-text"]'))).to.equal(result.text);
          const cta = $(el, 'a[part="cta"]') as HTMLAnchorElement;
          expect(text(cta)).to.equal(result.cta.label);
          expect(cta.href).to.equal(result.cta.href);
          expect(events.answers.map((a) => a.answerIndex)).to.deep.equal([...positions]);
          expect(events.completes).to.deep.equal([{ score, total: 3, result: { ...result.range, text: result.text } }]);
          if (score === 3) await expect(el).to.be.accessible();
        });
      }

      it(`fires cta-click naming itself ${tag}`, async () => {
        const { el, wrapper, before } = await quizFixture(tag);
        await playByKeyboard(el, before, [1, 2, 1]);
        const clicks: CareerWidgetEvents['cta-click'][] = [];
        wrapper.addEventListener('cta-click', (e) => clicks.push(e.detail));
        const link = $(el, 'a[part="cta"]') as HTMLAnchorElement;
        link.addEventListener('click', (event) => event.preventDefault());
        link.click();
        expect(clicks).to.deep.equal([{ href: HIGH.cta.href, label: HIGH.cta.label, widget: tag }]);
      });
    });
  }

  describe('one question at a time', () => {
    it('asks for a choice before checking, without counting an answer', async () => {
      const { el, wrapper } = await quizFixture('profession-quiz');
      const events = recordEvents(wrapper);
      ($(el, '[part="button"]') as HTMLButtonElement).click();
      await el.updateComplete;
      submitButton(el).click();
      await el.updateComplete;
      expect(text(status(el))).to.equal('Bitte wähle zuerst eine Antwort aus.');
      expect(events.answers).to.have.length(0);
      expect(text(submitButton(el))).to.equal('Antwort prüfen');
      await expect(el).to.be.accessible();
      radios(el)[1].click();
      await el.updateComplete;
      expect(text(status(el)), 'the hint goes once an option is chosen').to.equal('');
    });

    it('confirms with Enter on a radio too, and then moves focus off the disabled radios to the button', async () => {
      const { el } = await quizFixture('profession-quiz');
      ($(el, '[part="button"]') as HTMLButtonElement).click();
      await el.updateComplete;
      await press('Tab');
      await press('Space');
      await press('ArrowDown');
      await press('Enter');
      await el.updateComplete;
      expect(text(status(el))).to.equal(feedback(0, true));
      expect(($(el, 'fieldset') as HTMLFieldSetElement).disabled).to.be.true;
      expect(nameOf(focused(el))).to.equal(nameOf(submitButton(el)));
    });

    it('marks the right answer and a wrong choice in words, not only in colour', async () => {
      const { el } = await quizFixture('profession-quiz');
      ($(el, '[part="button"]') as HTMLButtonElement).click();
      await el.updateComplete;
      radios(el)[2].click();
      submitButton(el).click();
      await el.updateComplete;
      const labels = $$(el, '[part="option"]').map((label) => text(label));
      expect(labels).to.deep.equal(['Marktanalyse', 'Marktbeobachtung Richtige Antwort', 'Marktprognose Deine Antwort']);
    });

    it('starts at the first question when the profile has no intro, without taking focus on load', async () => {
      const profile = await seedProfile();
      delete profile.quiz!.intro;
      delete profile.quiz!.title;
      const { el, before } = await quizFixture('career-quiz', (quiz) => (quiz.profile = profile));
      expect(text($(el, 'h2'))).to.equal('Passt der Beruf zu dir?');
      expect($(el, '[part="intro"]')).to.be.null;
      expect(legend(el)).to.equal(`Frage 1 von 3 ${Q1}`);
      expect(document.activeElement === el, 'nothing took focus on load').to.be.false;
      expect(nameOf(focused(el))).to.equal('nothing');
      before.focus();
      await press('Tab');
      expect(nameOf(focused(el))).to.equal(nameOf(radios(el)[0]));
      await expect(el).to.be.accessible();
    });

    it('speaks English on an English page', async () => {
      const { el } = await quizFixture('career-quiz', undefined, 'en');
      expect(visibleText(el)).to.contain('3 questions').and.to.contain('Start the quiz');
      ($(el, '[part="button"]') as HTMLButtonElement).click();
      await el.updateComplete;
      expect(legend(el)).to.equal(`Question 1 of 3 ${Q1}`);
      radios(el)[0].click();
      submitButton(el).click();
      await el.updateComplete;
      expect(text(status(el))).to.equal(`Not quite. The right answer is “Marktbeobachtung”. ${EXPLANATIONS[0]}`);
      expect(text(submitButton(el))).to.equal('Next question');
      await expect(el).to.be.accessible();
    });
  });

  describe('the answer tags and the result', () => {
    /** Plays the whole quiz by clicks, picking the option shown at each position. */
    async function finish(el: ProfessionQuiz, positions: number[]) {
      if ($(el, '[part="intro"]')) {
        ($(el, '[part="button"]') as HTMLButtonElement).click();
        await el.updateComplete;
      }
      for (const position of positions) {
        radios(el)[position].click();
        submitButton(el).click();
        await el.updateComplete;
        submitButton(el).click();
        await el.updateComplete;
      }
    }
    const box = (node: Element | null) => node!.getBoundingClientRect();

    for (const width of [320, 900]) {
      it(`puts "Richtige Antwort" and "Deine Antwort" under the option's text, with a mark, at ${width} px`, async () => {
        const { el, wrapper } = await quizFixture('profession-quiz');
        wrapper.style.inlineSize = `${width}px`;
        ($(el, '[part="button"]') as HTMLButtonElement).click();
        await el.updateComplete;
        radios(el)[2].click();
        submitButton(el).click();
        await el.updateComplete;
        const tags = $$(el, '[part="answer-tag"]');
        expect(tags.map((tag) => text(tag))).to.deep.equal(['Richtige Antwort', 'Deine Antwort']);
        for (const tag of tags) {
          const optionText = box(tag.parentElement!.querySelector('.option-text'));
          const tagBox = box(tag);
          expect(tagBox.top, 'the tag stands below the text').to.be.at.least(optionText.bottom - 1);
          expect(Math.abs(tagBox.left - optionText.left), 'and starts where the text starts').to.be.below(1);
          const mark = tag.querySelector('svg')!;
          expect(mark.getAttribute('aria-hidden')).to.equal('true');
          expect(box(mark).width, 'a check or a cross beside the words').to.be.above(10);
        }
        for (const option of $$(el, '[part="option"]')) expect(box(option).height, 'a finger-sized target').to.be.at.least(44);
      });
    }

    it('pictures the score as a ring that says nothing twice: the heading says the score in words', async () => {
      const { el } = await quizFixture('career-quiz');
      await finish(el, [1, 0, 0]);
      const picture = $(el, '[part="score-picture"]')!;
      expect(picture.getAttribute('aria-hidden')).to.equal('true');
      expect(text(picture)).to.equal('1/3');
      expect(text($(el, '[part="result-heading"]'))).to.equal('1 von 3 Fragen richtig');
      const arc = picture.querySelector('.arc')!;
      const [share] = arc.getAttribute('stroke-dasharray')!.split(' ').map(Number);
      expect(share / 100, 'the arc covers a third of the ring').to.be.closeTo(1 / 3, 0.001);
      expect(box(picture).width).to.be.above(60);
      expect(arc.namespaceURI, 'drawn as SVG').to.equal('http://www.w3.org/2000/svg');
      expect(box(arc).width, 'and painted').to.be.above(30);
      await expect(el).to.be.accessible();
    });

    it('draws no arc for no right answer, and a full ring for all', async () => {
      const none = await quizFixture('profession-quiz');
      await finish(none.el, [0, 0, 0]);
      expect(text($(none.el, '[part="score-picture"]'))).to.equal('0/3');
      expect($(none.el, '[part="score-picture"] .arc')).to.be.null;
      const all = await quizFixture('profession-quiz');
      await finish(all.el, [1, 2, 1]);
      expect($(all.el, '[part="score-picture"] .arc')!.getAttribute('stroke-dasharray')).to.equal('100 100');
    });

    it('focuses the result heading for screen readers, without drawing a focus ring around it', async () => {
      const { el, before } = await quizFixture('profession-quiz');
      await playByKeyboard(el, before, [1, 2, 1]);
      const heading = $(el, '[part="result-heading"]')!;
      expect(nameOf(focused(el))).to.equal(nameOf(heading));
      expect(heading.matches(':focus-visible'), 'the keyboard brought it there').to.be.true;
      expect(getComputedStyle(heading).outlineStyle).to.equal('none');
      await press('Tab');
      expect(getComputedStyle(focused(el)!).outlineStyle, 'the next step shows its focus').to.equal('solid');
    });

    it('offers the finder and the vacancies as next steps where the embedder gives them, in the order the score suggests', async () => {
      const setup = (quiz: ProfessionQuiz) => {
        quiz.src = SEED_URL;
        quiz.setAttribute('finder-href', 'https://portal.example/berufe-finden');
        quiz.setAttribute('vacancies-href', '/lehrstellen?beruf=dialogmarketing');
      };
      const low = await quizFixture('career-quiz', setup);
      await finish(low.el, [0, 0, 0]);
      expect(stepTexts(low.el)).to.deep.equal([LOW.cta.label, 'Passende Berufe finden', 'Ausbildungsplätze ansehen', 'Noch einmal spielen']);
      const links = $$(low.el, '[part="next-steps"] a') as HTMLAnchorElement[];
      expect(links.map((a) => a.href)).to.deep.equal([LOW.cta.href, 'https://portal.example/berufe-finden', new URL('/lehrstellen?beruf=dialogmarketing', location.href).href]);
      expect(links.map((a) => a.className), 'one filled button, the others outlined').to.deep.equal(['button', 'button secondary', 'button secondary']);
      await expect(low.el).to.be.accessible();

      const clicks: CareerWidgetEvents['cta-click'][] = [];
      low.wrapper.addEventListener('cta-click', (e) => clicks.push(e.detail));
      const finder = $(low.el, '[part="finder-link"]') as HTMLAnchorElement;
      finder.addEventListener('click', (event) => event.preventDefault());
      finder.click();
      expect(clicks).to.deep.equal([{ href: 'https://portal.example/berufe-finden', label: 'Passende Berufe finden', widget: 'career-quiz' }]);

      // A good score: the vacancies come before the finder.
      const high = await quizFixture('profession-quiz', setup, 'en');
      await finish(high.el, [1, 2, 1]);
      expect(stepTexts(high.el)).to.deep.equal([HIGH.cta.label, 'See apprenticeships', 'Find professions that suit you', 'Play again']);
    });

    it("takes the vacancies link from the profile's vacancies.moreLink, unless vacancies-href is given", async () => {
      const profile = await seedProfile();
      for (const result of profile.quiz!.results) delete result.cta;
      profile.vacancies!.moreLink = { label: 'Alle Lehrstellen', href: 'https://www.aubi-plus.de/ausbildung/dialogmarketing/' };
      const fromProfile = await quizFixture('profession-quiz', (quiz) => (quiz.profile = profile));
      await finish(fromProfile.el, [1, 2, 1]);
      expect(stepTexts(fromProfile.el)).to.deep.equal(['Ausbildungsplätze ansehen', 'Noch einmal spielen']);
      const link = $(fromProfile.el, '[part="vacancies-link"]') as HTMLAnchorElement;
      expect(link.href).to.equal('https://www.aubi-plus.de/ausbildung/dialogmarketing/');
      expect(link.className, 'the only link is the filled button').to.equal('button');

      const given = await quizFixture('profession-quiz', (quiz) => ((quiz.profile = profile), (quiz.vacanciesHref = 'https://school.example/praktika')));
      await finish(given.el, [1, 2, 1]);
      expect(($(given.el, '[part="vacancies-link"]') as HTMLAnchorElement).href).to.equal('https://school.example/praktika');
    });

    it('shows no next step that does not exist: without links only "Noch einmal spielen"', async () => {
      const profile = await seedProfile();
      for (const result of profile.quiz!.results) delete result.cta;
      const { el } = await quizFixture('profession-quiz', (quiz) => (quiz.profile = profile));
      await finish(el, [0, 0, 0]);
      expect(stepTexts(el)).to.deep.equal(['Noch einmal spielen']);
      expect($(el, 'a')).to.be.null;
      await expect(el).to.be.accessible();
    });

    it('leaves out an unsafe finder-href or vacancies-href, with a warning that names the attribute', async () => {
      const { el } = await quizFixture('profession-quiz', (quiz) => {
        quiz.src = SEED_URL;
        quiz.setAttribute('finder-href', 'javascript:alert(1)');
        quiz.setAttribute('vacancies-href', 'https://www.arbeitsagentur.de@evil.example/?token=secret');
      });
      await finish(el, [1, 2, 1]);
      expect(stepTexts(el)).to.deep.equal([HIGH.cta.label, 'Noch einmal spielen']);
      expect($(el, '[part="finder-link"], [part="vacancies-link"]')).to.be.null;
      const said = warnings.calls.filter((call) => call.includes('<profession-quiz>'));
      expect(said).to.have.length(2);
      expect(said[0]).to.contain('finder-href "javascript:alert(1)" is not a safe link; it is left out.');
      expect(said[1]).to.contain('vacancies-href "https://evil.example/" is not a safe link').and.not.to.contain('secret');
    });
  });

  describe('state', () => {
    async function toSecondQuestion(el: ProfessionQuiz) {
      ($(el, '[part="button"]') as HTMLButtonElement).click();
      await el.updateComplete;
      radios(el)[1].click();
      submitButton(el).click();
      await el.updateComplete;
      submitButton(el).click();
      await el.updateComplete;
      radios(el)[2].click();
      await el.updateComplete;
    }
    const setLang = async (el: ProfessionQuiz, node: HTMLElement, lang: string) => {
      node.lang = lang;
      await sleep(0);
      await el.updateComplete;
    };

    it('keeps the answers given and the option chosen through a change of lang and a re-render', async () => {
      const { el, wrapper } = await quizFixture('profession-quiz');
      await toSecondQuestion(el);
      await setLang(el, wrapper, 'en');
      expect(legend(el)).to.equal(`Question 2 of 3 ${Q2}`);
      expect(radios(el).map((radio) => radio.checked)).to.deep.equal([false, false, true, false]);
      expect(text(submitButton(el))).to.equal('Check answer');

      el.requestUpdate();
      await el.updateComplete;
      submitButton(el).click();
      await el.updateComplete;
      expect(text(status(el))).to.equal(`Right! ${EXPLANATIONS[1]}`);

      // Back to German while the feedback shows: the same answer, in German words.
      await setLang(el, wrapper, 'de');
      expect(text(status(el))).to.equal(feedback(1, true));
      expect(text(submitButton(el))).to.equal('Nächste Frage');
      await expect(el).to.be.accessible();

      submitButton(el).click();
      await el.updateComplete;
      radios(el)[0].click();
      submitButton(el).click();
      await el.updateComplete;
      submitButton(el).click();
      await el.updateComplete;
      expect(text($(el, 'h3')), 'the first answer still counts').to.equal('2 von 3 Fragen richtig');
    });

    it('keeps its place when moved in the page', async () => {
      const { el } = await quizFixture('profession-quiz');
      await toSecondQuestion(el);
      const other = document.createElement('section');
      document.body.append(other);
      other.append(el);
      await settled(el);
      expect(legend(el)).to.equal(`Frage 2 von 3 ${Q2}`);
      expect(radios(el)[2].checked).to.be.true;
      other.remove();
    });

    it('starts cleanly when a different profile is given', async () => {
      const { el } = await quizFixture('profession-quiz');
      await toSecondQuestion(el);
      const profile = await seedProfile();
      profile.quiz!.title = 'Ein anderes Quiz';
      el.profile = profile;
      await settled(el);
      expect(text($(el, 'h2'))).to.equal('Ein anderes Quiz');
      expect($(el, '[part="intro"]')).to.exist;
      ($(el, '[part="button"]') as HTMLButtonElement).click();
      await el.updateComplete;
      expect(legend(el)).to.equal(`Frage 1 von 3 ${Q1}`);
      expect(radios(el).some((radio) => radio.checked)).to.be.false;
      for (const position of [0, 0, 0]) {
        radios(el)[position].click();
        submitButton(el).click();
        await el.updateComplete;
        submitButton(el).click();
        await el.updateComplete;
      }
      expect(text($(el, 'h3')), 'no answer from the old profile counts').to.equal('0 von 3 Fragen richtig');
    });

    it('starts cleanly when src changes', async () => {
      const { el } = await quizFixture('profession-quiz');
      await toSecondQuestion(el);
      el.src = '/test-api/profile?name=Neu';
      await settled(el);
      expect($(el, '[part="intro"]')).to.exist;
      expect($(el, 'legend')).to.be.null;
    });
  });

  describe('shuffle', () => {
    // Pinned: the order for the seed profile. It changes only when the seed's questions or options do.
    const SHUFFLED = [
      ['Marktanalyse', 'Marktprognose', 'Marktbeobachtung'],
      [
        'Ein Modell zur Überprüfung einer Werbewirkung',
        'Eine Software zur Verwaltung von Kundendaten',
        'Eine Methode zur Planung des Personaleinsatzes',
        'Ein Verfahren zur Kalkulation von Verkaufspreisen',
      ],
      ['Industrie- und Handelskammer', 'Institut für Handel und Kommunikation', 'Interessengemeinschaft der Handelskaufleute', 'Internationale Handelskonferenz'],
    ];

    async function shownOrders(el: ProfessionQuiz) {
      const orders: string[][] = [];
      ($(el, '[part="button"]') as HTMLButtonElement).click();
      await el.updateComplete;
      for (let i = 0; i < 3; i++) {
        orders.push(optionTexts(el));
        radios(el)[0].click();
        submitButton(el).click();
        await el.updateComplete;
        submitButton(el).click();
        await el.updateComplete;
      }
      return orders;
    }

    it('shows the same shuffled order for the same profile on every load, in any language', async () => {
      const first = await quizFixture('profession-quiz', (el) => ((el.src = SEED_URL), (el.shuffle = true)));
      expect(await shownOrders(first.el)).to.deep.equal(SHUFFLED);
      const second = await quizFixture('career-quiz', (el) => ((el.src = SEED_URL), (el.shuffle = true)), 'en');
      expect(await shownOrders(second.el)).to.deep.equal(SHUFFLED);
      const plainOrder = await quizFixture('profession-quiz');
      expect(await shownOrders(plainOrder.el)).to.deep.equal([
        ['Marktanalyse', 'Marktbeobachtung', 'Marktprognose'],
        [
          'Ein Verfahren zur Kalkulation von Verkaufspreisen',
          'Eine Software zur Verwaltung von Kundendaten',
          'Ein Modell zur Überprüfung einer Werbewirkung',
          'Eine Methode zur Planung des Personaleinsatzes',
        ],
        ['Internationale Handelskonferenz', 'Industrie- und Handelskammer', 'Institut für Handel und Kommunikation', 'Interessengemeinschaft der Handelskaufleute'],
      ]);
    });

    it('tracks the right answer through the shuffle and reports the index in the profile', async function () {
      this.timeout(20_000);
      const { el, wrapper, before } = await quizFixture('career-quiz', (quiz) => ((quiz.src = SEED_URL), (quiz.shuffle = true)));
      const events = recordEvents(wrapper);
      // On screen: the right answers stand third, first and first; pick right, wrong, right.
      const heard = await playByKeyboard(el, before, [2, 1, 0], true);
      expect(heard).to.deep.equal([feedback(0, true), feedback(1, false), feedback(2, true)]);
      expect(events.answers).to.deep.equal([
        { questionIndex: 0, answerIndex: 1, correct: true },
        { questionIndex: 1, answerIndex: 1, correct: false },
        { questionIndex: 2, answerIndex: 1, correct: true },
      ]);
      expect(events.completes[0].score).to.equal(2);
    });

    it('a different profile gets a different order', async () => {
      const profile = await seedProfile();
      profile.quiz!.questions[0].question = 'Welche Methode der Marktforschung dauert länger?';
      const { el } = await quizFixture('profession-quiz', (quiz) => ((quiz.profile = profile), (quiz.shuffle = true)));
      const orders = await shownOrders(el);
      expect(orders).not.to.deep.equal(SHUFFLED);
      expect(orders.map((options) => [...options].sort())).to.deep.equal(SHUFFLED.map((options) => [...options].sort()));
    });
  });

  describe('states', () => {
    it('reserves space while loading', async () => {
      const el = await fixture<ProfessionQuiz>(html`<career-quiz src="/test-api/profile?delay=300"></career-quiz>`);
      expect($(el, '[part="loading"]')!.getAttribute('aria-busy')).to.equal('true');
      await expect(el).to.be.accessible();
      await settled(el);
      expect($(el, '[part="intro"]')).to.exist;
    });

    it('says clearly that a profile without a quiz has none', async () => {
      const profile = await seedProfile();
      delete profile.quiz;
      const { el } = await quizFixture('profession-quiz', (quiz) => (quiz.profile = profile));
      expect(text($(el, '[part="empty"]'))).to.equal('Dieses Berufsprofil enthält keine Angaben zu: Quiz.');
      await expect(el).to.be.accessible();
    });

    describe('bad quiz data is a validation error with its path, never a broken quiz', () => {
      const cases: [string, (quiz: NonNullable<Profile['quiz']>) => void, string, string][] = [
        ['no questions', (quiz) => (quiz.questions = []), '$.quiz.questions', 'A quiz needs at least one question'],
        [
          'a right answer that is not among the options',
          (quiz) => (quiz.questions[1].correctOption = 4),
          '$.quiz.questions[1].correctOption',
          'The right answer must be one of the options',
        ],
        [
          'score ranges that overlap',
          (quiz) => (quiz.results[0].maxScore = 2),
          '$.quiz.results',
          'Results overlap at a score of 2',
        ],
        [
          'a score without a result',
          (quiz) => (quiz.results[1].minScore = 3),
          '$.quiz.results',
          'No result covers a score of 2',
        ],
        [
          'a range that runs backwards',
          (quiz) => (quiz.results = [{ minScore: 0, maxScore: 3, text: 'Alle' }, { minScore: 3, maxScore: 1, text: 'Niemand' }]),
          '$.quiz.results[1].maxScore',
          'maxScore must not be less than minScore',
        ],
      ];
      for (const [name, spoil, path, message] of cases) {
        it(name, async () => {
          const profile = await seedProfile();
          spoil(profile.quiz!);
          const errored = new Promise<CustomEvent>((resolve) =>
            document.addEventListener('profile-error', (e) => resolve(e as CustomEvent), { once: true }),
          );
          const { el } = await quizFixture('career-quiz', (quiz) => (quiz.profile = profile));
          const event = await errored;
          expect(text($(el, '[part="error"][role="status"]'))).to.equal('Das Berufsprofil ist fehlerhaft und kann nicht angezeigt werden.');
          expect(event.detail.issues).to.deep.include({ path, message });
          expect($(el, 'fieldset, button')).to.be.null;
          expect(warnings.calls.filter((call) => call.includes('<career-quiz>') && call.includes(path))).to.have.length(1);
          await expect(el).to.be.accessible();
        });
      }
    });
  });

  describe('safety', () => {
    it('renders quiz texts as text and drops an unsafe call to action', async () => {
      const profile = await seedProfile();
      const payload = '<img src=x onerror="window.__pwned=1">';
      profile.quiz!.questions[0].question = payload;
      profile.quiz!.questions[0].options[0] = payload;
      profile.quiz!.results[0].cta = { label: 'Weiter', href: 'javascript:window.__pwned=1' };
      const { el } = await quizFixture('profession-quiz', (quiz) => (quiz.profile = profile));
      ($(el, '[part="button"]') as HTMLButtonElement).click();
      await el.updateComplete;
      expect(legend(el)).to.contain(payload);
      for (let i = 0; i < 3; i++) {
        radios(el)[0].click();
        submitButton(el).click();
        await el.updateComplete;
        submitButton(el).click();
        await el.updateComplete;
      }
      expect(el.shadowRoot!.querySelector('img')).to.be.null;
      // No dead link among the next steps: an unsafe one is left out, words and all.
      expect($(el, 'a')).to.be.null;
      expect($(el, '[part="cta"]')).to.be.null;
      expect(stepTexts(el)).to.deep.equal(['Noch einmal spielen']);
      expect((window as unknown as { __pwned?: number }).__pwned).to.be.undefined;
    });

    it('stores nothing, sets no cookie and requests nothing but src', async () => {
      const cookies = document.cookie;
      const local = localStorage.length;
      const session = sessionStorage.length;
      const since = performance.now();
      const { el } = await quizFixture('career-quiz');
      ($(el, '[part="button"]') as HTMLButtonElement).click();
      await el.updateComplete;
      for (let i = 0; i < 3; i++) {
        radios(el)[1].click();
        submitButton(el).click();
        await el.updateComplete;
        submitButton(el).click();
        await el.updateComplete;
      }
      ($(el, '[part="button"]') as HTMLButtonElement).click();
      await sleep(50);
      const requests = performance
        .getEntriesByType('resource')
        .filter((entry) => entry.startTime >= since)
        .map((entry) => new URL(entry.name).pathname);
      expect(requests).to.deep.equal([SEED_URL]);
      expect(document.cookie).to.equal(cookies);
      expect(localStorage.length).to.equal(local);
      expect(sessionStorage.length).to.equal(session);
    });
  });
});
