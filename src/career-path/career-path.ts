import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property } from 'lit/decorators.js';
import { ProfileElement } from '../core/profile-element.js';
import { writeJsonLd } from '../core/json-ld.js';
import { renderable } from '../core/limits.js';
import { formatDuration, formatList, formatMoney } from '../core/format.js';
import type { Profile, ProfileTraining } from '../core/profile-schema.js';
import { careerPathStrings, type CareerPathStrings } from './career-path.strings.js';
import { careerPathStyles } from './career-path.styles.js';
import { branches, programJsonLd, strengths, trainingSteps, type EducationOption, type Exam, type TrainingStep } from './career-path.model.js';

/**
 * The way into and through one profession, as a timeline: the school
 * certificate and strengths that help, the training year by year with its
 * exams, pay and a shorter way, the entry salary, and the further education
 * and study options as branches, each with its description behind a native
 * disclosure. The timeline is an ordered list, so assistive technology reads
 * the stages in order; it runs top-down in a narrow container and
 * left-to-right in a wide one (a container query, not the viewport).
 *
 * Stage titles are not headings: the element cannot know the host page's
 * heading levels, and a wrong level would break its outline.
 *
 * @summary The career path of one profession: entry, training, job entry, further education.
 * @tag career-path
 *
 * @fires profile-load - The profile was read and is valid. Detail: `{ profile }`.
 * @fires profile-error - The profile could not be loaded or is invalid. Detail: `{ message, issues: [{ path, message }] }`.
 *
 * @cssprop [--cw-color-accent=#0b57d0] - Stage markers, disclosure summaries, focus ring (dark scheme: #a8c7fa).
 * @cssprop [--cw-color-milestone=#9a4d00] - Exam markers (dark scheme: #ffb77c).
 * @cssprop [--cw-color-border=#c9ced6] - The timeline's line, boxes and state borders.
 * @cssprop [--cw-color-subtle=rgb(127 127 127 / 0.1)] - Background of the shorter-way box.
 * @cssprop [--cw-color-muted=#5b6470] - Durations, timings and loading text.
 * @cssprop [--cw-color-error=#b3261e] - The error state.
 * @cssprop [--cw-color-surface=transparent] - Background of the element.
 * @cssprop [--cw-color-text=inherit] - Text colour; the host page's by default.
 * @cssprop [--cw-color-focus=var(--cw-color-accent)] - Focus outline.
 * @cssprop [--cw-font-family=inherit] - Typeface; the host page's by default.
 * @cssprop [--cw-font-size=1rem] - Base font size.
 * @cssprop [--cw-radius=0.5rem] - Corner radius of boxes and states.
 * @cssprop [--cw-space=1rem] - Base spacing.
 * @cssprop [--cw-min-block-size] - Height reserved while loading, so the page does not jump; by default the ready height (94rem, down to 52.5rem on a wide element). Also the least height of the error and empty states (12rem).
 *
 * @csspart base - The wrapper of the ready state.
 * @csspart timeline - The ordered list of stages.
 * @csspart stage - One stage: entry, training, job entry, after that.
 * @csspart stage-title - The title of a stage.
 * @csspart strengths - The list of strengths that help.
 * @csspart steps - The ordered list of training years and exams.
 * @csspart step - One training year or exam.
 * @csspart exam - An exam step (also has `step`).
 * @csspart pay - The pay of a training year, or the entry salary.
 * @csspart shortening - A shorter way through the training.
 * @csspart branches - The list of further-education groups.
 * @csspart branch - One group: further training or study.
 * @csspart disclosure - Every `<details>` (certificate, training, shorter way, each option).
 * @csspart summary - The `<summary>` of a disclosure.
 * @csspart loading - The loading state.
 * @csspart error - The error state (`role="alert"`).
 * @csspart empty - The state of a profile with neither training nor further education.
 */
export class CareerPath extends ProfileElement {
  static override styles = [...ProfileElement.styles, careerPathStyles];

  /**
   * Also write the training as schema.org JSON-LD into the page (a `<script type="application/ld+json">`
   * child): a `WorkBasedProgram` with `timeToComplete`, `programPrerequisites`,
   * `occupationalCredentialAwarded`, `trainingSalary` and `salaryUponCompletion`.
   */
  @property({ type: Boolean, attribute: 'structured-data' }) structuredData = false;

  protected readonly widget = 'career-path';

  protected override updated(changed: PropertyValues<this>) {
    super.updated(changed);
    const profile = this.structuredData ? this.shownProfile : undefined;
    writeJsonLd(this, profile && programJsonLd(profile, this.t.trainingYear));
  }

  private get t(): CareerPathStrings {
    return this.i18n.pick(careerPathStrings);
  }

  protected renderProfile(profile: Profile) {
    const t = this.t;
    const training = profile.training;
    const options = profile.furtherEducation?.options ?? [];
    // The path is the training and what follows it; entry requirements alone are not a path.
    if (!training && options.length === 0) return this.renderMissingSection(t.section);

    // role="list": Safari drops list semantics from a list without list-style.
    return html`
      <div part="base" class="base">
        <ol part="timeline" class="timeline" role="list" aria-label=${t.label(profile.name)}>
          ${this.renderEntry(profile)} ${training ? this.renderTraining(profile, training) : nothing}
          ${this.stage('job-entry', t.jobEntry, html`
            <p>${t.profession}: ${profile.name}</p>
            ${profile.salary?.salaryUponCompletion
              ? html`<p part="pay" class="pay">${t.entrySalary}: ${this.pay(profile, profile.salary.salaryUponCompletion.value)}</p>`
              : nothing}
          `)}
          ${options.length ? this.renderAfter(profile.furtherEducation!.introduction, options) : nothing}
        </ol>
      </div>
    `;
  }

  private stage(name: string, title: string, body: TemplateResult) {
    return html`<li part="stage" class="stage stage-${name}">
      <p part="stage-title" class="stage-title">${title}</p>
      ${body}
    </li>`;
  }

  /** A native disclosure: keyboard-operable, announced as expanded or collapsed, no script. */
  private disclosure(summary: string, text: string | undefined) {
    if (!text) return nothing;
    return html`<details part="disclosure" class="disclosure">
      <summary part="summary">${summary}</summary>
      <p class="disclosure-text">${text}</p>
    </details>`;
  }

  private pay(profile: Profile, value: number) {
    const salary = profile.salary!;
    return this.t.pay(formatMoney(value, salary.currency, this.i18n.lang.locale), salary.unitText === 'MONTH');
  }

  private duration(iso: string) {
    return formatDuration(iso, this.i18n.lang.locale);
  }

  // Every list is cut at `MAX_RENDERED_ITEMS` (core/limits.ts): 50,000 skills froze the page for 16 s.
  private list(items: string[], type: 'conjunction' | 'disjunction') {
    return formatList([...renderable(items)], this.i18n.lang.locale, type);
  }

  private renderEntry(profile: Profile) {
    const t = this.t;
    const requirements = profile.educationRequirements;
    const skills = renderable(strengths(profile.skills));
    if (!requirements && skills.length === 0) return nothing;
    return this.stage('entry', t.entry, html`
      ${requirements
        ? html`<p class="certificate">${t.certificate}: <strong>${requirements.name}</strong></p>
            ${requirements.alternatives?.length
              ? html`<p class="alternatives">${t.alternatives}: ${this.list(requirements.alternatives, 'disjunction')}</p>`
              : nothing}
            ${this.disclosure(t.moreCertificate, requirements.description)}`
        : nothing}
      ${skills.length
        ? html`<p class="label" id="strengths">${t.strengths}</p>
            <ul part="strengths" class="strengths" role="list" aria-labelledby="strengths">
              ${skills.map((skill) => html`<li>${skill.name}</li>`)}
            </ul>`
        : nothing}
    `);
  }

  private renderTraining(profile: Profile, training: ProfileTraining) {
    const t = this.t;
    const steps = renderable(trainingSteps(training, profile.salary));
    const kind = training.programType ?? profile.educationalPath;
    return this.stage('training', t.training, html`
      ${kind ? html`<p class="kind">${kind}</p>` : nothing}
      ${training.timeToComplete ? html`<p class="meta">${t.duration}: ${this.duration(training.timeToComplete)}</p>` : nothing}
      ${training.learningPlaces?.length
        ? html`<p class="meta">${t.learningPlaces}: ${this.list(training.learningPlaces, 'conjunction')}</p>`
        : nothing}
      ${this.disclosure(t.moreTraining, training.description)}
      ${steps.length
        ? html`<ol part="steps" class="steps" role="list">${steps.map((step) => this.renderStep(profile, step))}</ol>`
        : nothing}
      ${renderable(training.shortening).map(
        (way) => html`<div part="shortening" class="shortening">
          <p class="label">${t.shortening}</p>
          <p>${t.prerequisite}: ${way.prerequisite}</p>
          <dl class="facts">
            <div><dt>${t.credited}:</dt> <dd>${this.duration(way.creditedDuration)}</dd></div>
            <div><dt>${t.remaining}:</dt> <dd>${this.duration(way.remainingDuration)}</dd></div>
          </dl>
          ${this.disclosure(t.moreShortening, way.description)}
        </div>`,
      )}
    `);
  }

  private renderStep(profile: Profile, step: TrainingStep) {
    if (step.kind === 'exam') return this.renderExam(step.exam);
    const t = this.t;
    return html`<li part="step" class="step year">
      <p class="step-title">${t.trainingYear(step.year)}</p>
      ${step.duration ? html`<p class="meta">${t.duration}: ${this.duration(step.duration)}</p>` : nothing}
      ${step.pay !== undefined ? html`<p part="pay" class="pay">${this.pay(profile, step.pay)}</p>` : nothing}
    </li>`;
  }

  private renderExam(exam: Exam) {
    const t = this.t;
    return html`<li part="step exam" class="step exam">
      <p class="step-title">${exam.name}</p>
      ${exam.timing !== undefined ? html`<p class="meta">${t.timing(exam.timing)}</p>` : nothing}
      ${exam.conductedBy ? html`<p class="meta">${t.conductedBy(exam.conductedBy)}</p>` : nothing}
      ${exam.credential ? html`<p>${t.credential}: ${exam.credential}</p>` : nothing}
      ${exam.description ? html`<p>${exam.description}</p>` : nothing}
    </li>`;
  }

  private renderAfter(introduction: string | undefined, options: EducationOption[]) {
    const t = this.t;
    return this.stage('after', t.after, html`
      ${introduction ? html`<p>${introduction}</p>` : nothing}
      <ul part="branches" class="branches" role="list">
        ${branches([...renderable(options)]).map(
          (group) => html`<li part="branch" class="branch branch-${group.kind}">
            <p class="label" id=${`branch-${group.kind}`}>${group.kind === 'study' ? t.study : t.furtherTraining}</p>
            <ul class="options" role="list" aria-labelledby=${`branch-${group.kind}`}>
              ${group.options.map(
                // An option without a description is plain text: a disclosure that opens onto nothing is a trap.
                (option) => html`<li class="option">${option.description ? this.disclosure(option.name, option.description) : option.name}</li>`,
              )}
            </ul>
          </li>`,
        )}
      </ul>
    `);
  }
}
