import type { WidgetName } from '../core/events.js';
import { ProfessionQuiz } from './profession-quiz.js';

/**
 * `<profession-quiz>` under the tag school sites use: the same element, a
 * first-class tag of its own (a registry takes one constructor per tag, hence
 * this subclass). It names itself `career-quiz` in `cta-click` details.
 *
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
 * @summary The quiz under the tag school sites use. A short quiz: does this profession suit you? One question at a time, feedback, a result by score.
 * @tag career-quiz
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
export class CareerQuiz extends ProfessionQuiz {
  protected override readonly widget: WidgetName = 'career-quiz';
}

// The types this element's properties, methods and events name, beside it (its manifest entry names them).
export type { ProfileData } from '../core/profile-schema.js';
export type { ProfileLoadDetail, ProfileErrorDetail, QuizAnswerDetail, QuizCompleteDetail, CtaClickDetail } from '../core/events.js';
