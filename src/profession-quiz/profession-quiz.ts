import { html, svg, nothing, type PropertyValues, type TemplateResult, type PropertyDeclarations } from 'lit';
import { ProfileElement } from '../core/profile-element.js';
import { emit, type WidgetName } from '../core/events.js';
import { safeUrl } from '../core/safe-url.js';
import { linkForEvent, referrerPolicy, urlForMessage } from '../core/privacy.js';
import { warn } from '../core/warn.js';
import { icon, ARROW_RIGHT, BRIEFCASE, CHECK, SEARCH } from '../core/icons.js';
import type { Profile, ProfileQuiz } from '../core/profile-schema.js';
import { quizStrings } from './profession-quiz.strings.js';
import { quizStyles } from './profession-quiz.styles.js';
import { sectionReader } from '../core/read-profile.js';
import { Quiz } from '../core/schema/quiz.js';
import { Link } from '../core/schema/fields.js';
import * as v from 'valibot';
import { naturalOrders, shuffledOrders } from './shuffle.js';

/**
 * The quiz validates its own section only: a broken salary never stops it. Of the vacancies it reads
 * the link to all of them (a next step after the result), and drops it if broken: a broken vacancy
 * section never stops the quiz either.
 */
const readQuiz = sectionReader({ quiz: v.optional(Quiz), vacancies: v.fallback(v.optional(v.object({ moreLink: v.optional(Link) })), undefined) });

/** A wrong answer (icons.ts has the right one's check). */
const CROSS = 'M6 6l12 12M18 6L6 18';

type QuizStrings = typeof quizStrings.de;

/** Where the reader is: the intro, a question (before or after answering it), or the result. */
export type QuizStep = 'intro' | 'question' | 'feedback' | 'result';

/**
 * A short quiz from the profile ("does this profession suit you?"): one
 * question at a time with a progress line, native radio buttons in a
 * fieldset, an answer confirmed with a button, feedback with the explanation
 * in a live region, then the result chosen by score with its call to action.
 *
 * The quiz state (step, answers) lives in the element: it survives re-renders
 * and a change of `lang`, and starts afresh when a profile loads. Nothing is
 * stored, no cookie is set, no request is made but `src`.
 *
 * With `shuffle`, each question's options appear in a random order that is the
 * same for one profile on every load. Events always report the option's index
 * in the profile (`answerIndex`), never its position on screen.
 *
 * The result shows the score as a ring (a picture; the heading says it in words), the profile's
 * text for that score, and the next steps: the result's call to action from the profile, the
 * embedder's `finder-href` and `vacancies-href` (else the profile's `vacancies.moreLink`), and
 * "Play again". A link that is not safe (`https:`, `http:`, `mailto:`, `tel:`) is left out.
 *
 * @summary A short quiz: does this profession suit you? One question at a time, feedback, a result by score.
 * @tag profession-quiz
 *
 * @fires {CustomEvent<ProfileLoadDetail>} profile-load - The sections this element shows were read and are valid. Detail: `{ profile }` (those sections, in format 2).
 * @fires {CustomEvent<ProfileErrorDetail>} profile-error - The profile could not be loaded or is invalid (also bad quiz data). Detail: `{ message, issues: [{ path, message }] }`.
 * @fires {CustomEvent<QuizAnswerDetail>} quiz-answer - An answer was confirmed. Detail: `{ questionIndex, answerIndex, correct }`; `answerIndex` is the option's index in the profile, also when shuffled.
 * @fires {CustomEvent<QuizCompleteDetail>} quiz-complete - The result is shown. Detail: `{ score, total, result: { minScore, maxScore, text } }`.
 * @fires {CustomEvent<CtaClickDetail>} cta-click - A next step of the result was followed: its call to action, the finder or the vacancies. Detail: `{ href, label, widget }`.
 *
 * @cssprop {<color>} [--cw-color-accent=light-dark(#0b57d0, #a8c7fa)] - Buttons, progress, the score ring, the chosen option, links, focus ring.
 * @cssprop {<color>} [--cw-color-on-accent=light-dark(#ffffff, #062e6f)] - Text on buttons.
 * @cssprop {<color>} [--cw-color-correct=light-dark(#1b7f4b, #8fd9a8)] - The right answer in the feedback.
 * @cssprop {<color>} [--cw-color-error=light-dark(#b3261e, #f2b8b5)] - A wrong answer in the feedback, and the error state.
 * @cssprop {<color>} [--cw-color-border=light-dark(#868e99, #767e8a)] - Option borders and state borders.
 * @cssprop {<color>} [--cw-color-muted=light-dark(#5b6470, #b4bcc7)] - "Question 2 of 3", the question count, loading text.
 * @cssprop {<color>} [--cw-color-subtle=rgb(127 127 127 / 0.1)] - Progress and ring tracks, feedback and result background.
 * @cssprop {<color>} [--cw-color-surface=transparent] - Background of the element.
 * @cssprop {<color>} [--cw-color-text=inherit] - Text colour; the host page's by default.
 * @cssprop {*} [--cw-font-family=inherit] - Typeface; the host page's by default.
 * @cssprop {<length-percentage>} [--cw-font-size=1rem] - Base font size.
 * @cssprop {<length>} [--cw-radius=0.5rem] - Corner radius of options, buttons and states.
 * @cssprop {<length>} [--cw-space=1rem] - Base spacing.
 * @cssprop {<length>} [--cw-min-block-size=12.25rem] - Height reserved while loading, so the page does not jump; by default the ready height (12.25rem, 10.75rem from a 45rem wide element). Also the least height of the error and empty states.
 *
 * @csspart base - The wrapper of the ready state.
 * @csspart title - The quiz title (`<h2>`, or the `heading-level`).
 * @csspart intro - The intro text.
 * @csspart progress - The progress bar (`<progress>`; "Question 2 of 3" is in the legend).
 * @csspart question - The fieldset of one question.
 * @csspart legend - The question's legend: "Question 2 of 3" and the question; focused when a question appears.
 * @csspart option - One answer option (a label around a radio button).
 * @csspart feedback - The live region (`role="status"`) with right or wrong and the explanation.
 * @csspart button - Every button: start, check, next, result, play again.
 * @csspart answer-tag - "Right answer" or "Your answer" under an option, after the answer is checked.
 * @csspart result - The box of the result (also part `card`).
 * @csspart score-picture - The score as a ring with "2/3" (hidden from screen readers: the heading says it).
 * @csspart result-heading - The score (a heading one level below the title, "2 of 3 questions right"); focused when the result appears, and announced with the result's text (its description).
 * @csspart result-text - The text of the matching result.
 * @csspart next-steps - The links and the button after the result.
 * @csspart cta - The result's call to action from the profile.
 * @csspart finder-link - "Find professions that suit you" (`finder-href`).
 * @csspart vacancies-link - "See apprenticeships" (`vacancies-href`, or the profile's `vacancies.moreLink`).
 * @csspart loading - The loading state.
 * @csspart error - The error state (`role="status"`).
 * @csspart empty - The state of a profile without a quiz.
 */
export class ProfessionQuiz extends ProfileElement {
  static override styles = [...ProfileElement.styles, quizStyles];
  static override properties: PropertyDeclarations = {
    shuffle: { type: Boolean, reflect: true },
    finderHref: { attribute: 'finder-href' },
    vacanciesHref: { attribute: 'vacancies-href' },
    step: { state: true, attribute: false },
    current: { state: true, attribute: false },
    answers: { state: true, attribute: false },
    selected: { state: true, attribute: false },
    hint: { state: true, attribute: false },
  };

  /** Shows each question's options in a random order that is the same for one profile on every load. */
  shuffle = false;

  /** Where "Find professions that suit you" leads after the result (a profession finder); without it, no such link. */
  finderHref?: string;

  /** Where "See apprenticeships" leads after the result; without it, the profile's `vacancies.moreLink`, else no such link. */
  vacanciesHref?: string;

  protected readonly widget: WidgetName = 'profession-quiz';
  protected readonly read = readQuiz;

  private step: QuizStep = 'question';
  /** Index of the question on screen. */
  private current = 0;
  /** The confirmed answers so far, as option indices in the profile. */
  private answers: number[] = [];
  /** The option checked but not yet confirmed (index in the profile). */
  private selected?: number;
  /** "Choose an answer first" is showing. */
  private hint = false;

  /** What to focus after the next render; only ever set by the reader's own action. */
  private focusNext?: string;

  protected override onProfileLoad(profile: Profile) {
    // Every load starts afresh: a profile's answers mean nothing for another.
    // A re-render or a `lang` change does not load, so it keeps them.
    this.step = profile.quiz?.intro ? 'intro' : 'question';
    this.current = 0;
    this.answers = [];
    this.selected = undefined;
    this.hint = false;
  }

  protected renderProfile(profile: Profile): TemplateResult {
    const t = this.i18n.pick(quizStrings);
    const quiz = profile.quiz;
    if (!quiz) return this.renderMissingSection(t.section);
    // The title at `heading-level` (h2 by default), the result one below.
    return html`<div part="base" class="base">
      ${this.heading(quiz.title ? this.text(quiz.title) : t.defaultTitle, 'title')}
      ${this.step === 'intro'
        ? this.renderIntro(quiz, t)
        : this.step === 'result'
          ? this.renderResult(quiz, t)
          : this.renderQuestion(quiz, t)}
    </div>`;
  }

  private renderIntro(quiz: ProfileQuiz, t: QuizStrings) {
    return html`<div class="intro">
      <p part="intro">${this.text(quiz.intro!)}</p>
      <p class="count">${t.questionCount(quiz.questions.length)}</p>
      <button part="button" class="button" type="button" @click=${this.start}>${t.start}${icon(ARROW_RIGHT)}</button>
    </div>`;
  }

  /** One template for a question before and after it is answered, so the live region and the button stay the same nodes. */
  private renderQuestion(quiz: ProfileQuiz, t: QuizStrings) {
    const total = quiz.questions.length;
    const index = Math.min(this.current, total - 1);
    const question = quiz.questions[index];
    const order = (this.shuffle ? shuffledOrders : naturalOrders)(quiz.questions)[index];
    const answered = this.step === 'feedback' ? this.answers[index] : undefined;
    const done = answered !== undefined;
    const right = answered === question.correctOption;
    const chosen = done ? answered : this.selected;
    // `.checked` needs no `live()`: every check by the reader fires `change`, which re-renders, so Lit's
    // last value never lags the DOM's, and the radios of the next question are unchecked by the binding.
    const optionClass = (option: number) =>
      done && option === question.correctOption ? 'right' : done && option === answered ? 'wrong' : option === chosen ? 'selected' : '';
    const feedbackText = done
      ? html`<span class="verdict">${icon(right ? CHECK : CROSS)}<span>${right ? t.correct : t.wrong(this.text(question.options[question.correctOption]))}</span></span>
          ${question.explanation ? this.text(question.explanation) : nothing}`
      : this.hint
        ? t.chooseFirst
        : nothing;

    return html`<form novalidate @submit=${this.onSubmit}>
      <progress part="progress" max=${total} .value=${index + 1} aria-hidden="true"></progress>
      <fieldset part="question" ?disabled=${done}>
        <legend part="legend" tabindex="-1">
          <span class="step">${t.progress(index + 1, total)}</span>
          <span class="text">${this.text(question.question)}</span>
        </legend>
        ${order.map(
          (option) => html`<label part="option" class="option ${optionClass(option)}">
            <input type="radio" name="answer" .value=${String(option)} .checked=${option === chosen} @change=${() => this.choose(option)} />
            <span class="option-text">${this.text(question.options[option])}</span>
            ${done && option === question.correctOption ? html`<span part="answer-tag" class="tag">${icon(CHECK)}${t.rightAnswer}</span>` : nothing}
            ${done && option === answered && !right ? html`<span part="answer-tag" class="tag">${icon(CROSS)}${t.yourAnswer}</span>` : nothing}
          </label>`,
        )}
      </fieldset>
      <div part="feedback" class="feedback ${done ? (right ? 'right' : 'wrong') : ''}" role="status">${feedbackText}</div>
      <button part="button" class="button" type="submit">${done ? [index === total - 1 ? t.toResult : t.next, icon(ARROW_RIGHT)] : t.check}</button>
    </form>`;
  }

  private renderResult(quiz: ProfileQuiz, t: QuizStrings) {
    const score = this.score(quiz);
    const total = quiz.questions.length;
    const result = this.resultFor(quiz, score);
    const cta = result?.cta;
    const finder = this.nextStep(this.finderHref, t.finder, 'finder-link', SEARCH);
    const vacancies = this.nextStep(this.vacanciesHref ?? this.shownProfile?.vacancies?.moreLink?.href, t.vacancies, 'vacancies-link', BRIEFCASE);
    // The profile's call to action first; then, for a good score, the vacancies before the finder.
    const steps = [cta && this.nextStep(cta.href, cta.label, 'cta', ARROW_RIGHT, true), ...(score * 2 >= total ? [vacancies, finder] : [finder, vacancies])].filter(
      (step) => step !== undefined,
    );
    return html`<div part="result card" class="result">
      <div class="score">
        <div part="score-picture" class="ring" aria-hidden="true">
          <svg viewBox="0 0 36 36">
            <circle cx="18" cy="18" r="16"></circle>
            ${score ? svg`<circle class="arc" cx="18" cy="18" r="16" pathLength="100" stroke-dasharray="${(100 * score) / total} 100"></circle>` : nothing}
          </svg>
          <span>${score}/${total}</span>
        </div>
        <div>
          ${this.heading(t.score(score, total), 'result-heading', 1, { focusable: true, describedBy: result ? 'result-text' : undefined })}
          ${result ? html`<p part="result-text" id="result-text">${this.text(result.text)}</p>` : nothing}
        </div>
      </div>
      <div part="next-steps" class="steps">
        ${steps.map((step, i) => step(i === 0 ? 'button' : 'button secondary'))}
        <button part="button" type="button" class="button secondary" @click=${this.restart}>${t.restart}</button>
      </div>
    </div>`;
  }

  /**
   * A next step after the result: a link styled as a button, firing `cta-click`; `undefined` without a
   * safe URL, so that no dead or dangerous link shows. `fromProfile`: the label is the profile's text.
   */
  private nextStep(raw: string | undefined, label: string, part: string, path: string, fromProfile = false) {
    const href = safeUrl(raw);
    if (!href) return undefined;
    const text = fromProfile ? this.text(label) : label;
    const onClick = () => emit(this, 'cta-click', { href: linkForEvent(href), label, widget: this.widget });
    return (className: string) =>
      html`<a part=${part} class=${className} href=${href} referrerpolicy=${referrerPolicy()} @click=${onClick}>${icon(path)}${text}</a>`;
  }

  private score(quiz: ProfileQuiz) {
    return this.answers.filter((answer, i) => answer === quiz.questions[i]?.correctOption).length;
  }

  /** The validation guarantees exactly one result for every score. */
  private resultFor(quiz: ProfileQuiz, score: number) {
    return quiz.results.find((r) => r.minScore <= score && score <= r.maxScore);
  }

  private choose(option: number) {
    this.selected = option;
    this.hint = false;
  }

  private start() {
    this.goTo(0);
  }

  /** "Start again" goes straight to the first question: the intro has been read. */
  private restart() {
    this.answers = [];
    this.goTo(0);
  }

  private goTo(index: number) {
    this.step = 'question';
    this.current = index;
    this.selected = undefined;
    this.hint = false;
    this.focusNext = '[part="legend"]';
  }

  private onSubmit(event: SubmitEvent) {
    event.preventDefault();
    const quiz = this.shownProfile?.quiz;
    if (!quiz) return;
    if (this.step === 'question') this.confirm(quiz);
    else if (this.step === 'feedback') this.next(quiz);
  }

  /** Confirms the checked option. Focus is (or goes) on the button, which now says "next"; the live region speaks. */
  private confirm(quiz: ProfileQuiz) {
    const answerIndex = this.selected;
    if (answerIndex === undefined) {
      // The button stays enabled (a disabled one drops out of the Tab order and says nothing): it asks for a choice.
      this.hint = true;
      return;
    }
    const questionIndex = this.current;
    this.answers = [...this.answers.slice(0, questionIndex), answerIndex];
    this.step = 'feedback';
    // Enter on a radio submits too; the radios are disabled now, so focus must not stay on one.
    this.focusNext = 'button[type="submit"]';
    emit(this, 'quiz-answer', { questionIndex, answerIndex, correct: answerIndex === quiz.questions[questionIndex].correctOption });
  }

  private next(quiz: ProfileQuiz) {
    if (this.current + 1 < quiz.questions.length) {
      this.goTo(this.current + 1);
      return;
    }
    // quiz-complete fires as the result appears, which is when the result is chosen.
    this.step = 'result';
    // The score's heading is described by the result's text: a screen reader says both on focus.
    this.focusNext = '[part="result-heading"]';
    const score = this.score(quiz);
    const result = this.resultFor(quiz, score);
    if (result) {
      const { minScore, maxScore, text } = result;
      emit(this, 'quiz-complete', { score, total: quiz.questions.length, result: { minScore, maxScore, text } });
    }
  }

  protected override updated(changed: PropertyValues) {
    super.updated(changed);
    // An embedder's link that is not safe is left out; say why, without its query.
    for (const name of ['finderHref', 'vacanciesHref'] as const) {
      const value = this[name];
      if (changed.has(name) && value && !safeUrl(value)) warn(`<${this.localName}>: ${name.replace('H', '-h')} "${urlForMessage(value)}" is not a safe link; it is left out.`);
    }
    if (!this.focusNext) return;
    const target = this.renderRoot.querySelector<HTMLElement>(this.focusNext);
    this.focusNext = undefined;
    target?.focus();
  }
}

// The types this element's properties, methods and events name, beside it (its manifest entry names them).
export type { ProfileData } from '../core/profile-schema.js';
export type { ProfileLoadDetail, ProfileErrorDetail, QuizAnswerDetail, QuizCompleteDetail, CtaClickDetail } from '../core/events.js';
