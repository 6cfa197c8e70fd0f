import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property } from 'lit/decorators.js';
import { ProfileElement } from '../core/profile-element.js';
import { writeJsonLd } from '../core/json-ld.js';
import { formatDuration, formatList } from '../core/format.js';
import type { Profile, ProfileRoute, ProfileTraining, ProfileTrainingPay } from '../core/profile-schema.js';
import { payStrings, payText, payUnit } from '../core/pay.js';
import { durationMonths } from '../core/duration.js';
import { safeUrl } from '../core/safe-url.js';
import { careerPathStrings, type CareerPathStrings } from './career-path.strings.js';
import { careerPathStyles } from './career-path.styles.js';
import { branches, programJsonLd, strengths, trainingMonths, trainingSteps, type EducationOption, type TrainingStep } from './career-path.model.js';

/**
 * The way into and through one profession, as a timeline: the school
 * certificate and strengths that help, the training year by year with its
 * exams, pay and a shorter way, the entry salary, and the further education
 * and study options as branches, each with its description behind a native
 * disclosure, and the prospects of the profession (Zukunftsaussichten).
 * The timeline is an ordered list, so assistive technology reads
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
            <p>${t.profession}: ${this.text(profile.name)}</p>
            ${profile.salary?.salaryUponCompletion
              ? html`<p part="pay" class="pay">${t.entrySalary}: ${this.pay(profile, profile.salary.salaryUponCompletion.value)}</p>`
              : nothing}
          `)}
          ${options.length || profile.prospects ? this.renderAfter(profile.furtherEducation?.introduction, options, profile.prospects) : nothing}
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
  private disclosure(summary: string | TemplateResult, text: string | undefined) {
    if (!text) return nothing;
    return html`<details part="disclosure" class="disclosure">
      <summary part="summary">${summary}</summary>
      <p class="disclosure-text">${this.text(text)}</p>
    </details>`;
  }

  /** A year's pay, or why there is none; the entry salary is a bare amount. */
  private pay(profile: Profile, pay: number | ProfileTrainingPay) {
    const { currency, perMonth } = payUnit(profile.salary);
    const locale = this.i18n.lang.locale;
    const row = typeof pay === 'number' ? { value: pay } : pay;
    const text = payText(row, currency, locale, this.i18n.pick(payStrings));
    return row.value === undefined ? text : this.t.pay(text, perMonth);
  }

  private duration(iso: string) {
    return formatDuration(iso, this.i18n.lang.locale);
  }

  private list(items: string[], type: 'conjunction' | 'disjunction') {
    return formatList(items, this.i18n.lang.locale, type);
  }

  private renderEntry(profile: Profile) {
    const t = this.t;
    const requirements = profile.educationRequirements;
    const skills = strengths(profile.skills);
    if (!requirements && skills.length === 0) return nothing;
    return this.stage('entry', t.entry, html`
      ${requirements
        ? html`<p class="certificate">${t.certificate}: <strong>${this.text(requirements.name)}</strong></p>
            ${requirements.alternatives?.length
              ? html`<p class="alternatives">${t.alternatives}: ${this.text(this.list(requirements.alternatives, 'disjunction'))}</p>`
              : nothing}
            ${this.disclosure(t.moreCertificate, requirements.description)}`
        : nothing}
      ${skills.length
        ? html`<p class="label" id="strengths">${t.strengths}</p>
            <ul part="strengths" class="strengths" role="list" aria-labelledby="strengths">
              ${skills.map((skill) => html`<li>${this.text(skill.name)}</li>`)}
            </ul>`
        : nothing}
    `);
  }

  private renderTraining(profile: Profile, training: ProfileTraining) {
    const t = this.t;
    const steps = trainingSteps(training, profile.salary);
    const total = trainingMonths(training, profile.salary);
    const kind = training.programType ?? profile.educationalPath;
    const hours = training.hours;
    return this.stage('training', t.training, html`
      ${kind ? html`<p class="kind">${this.text(kind)}</p>` : nothing}
      ${training.timeToComplete ? html`<p class="meta">${t.duration}: ${this.duration(training.timeToComplete)}</p>` : nothing}
      ${training.learningPlaces?.length
        ? html`<p class="meta">${t.learningPlaces}: ${this.text(this.list(training.learningPlaces, 'conjunction'))}</p>`
        : nothing}
      ${hours && (hours.theory !== undefined || hours.practice !== undefined)
        ? html`<p class="meta hours">${t.hours(hours.theory, hours.practice)}</p>`
        : nothing}
      ${hours?.note ? html`<p class="meta">${this.text(hours.note)}</p>` : nothing}
      ${this.disclosure(t.moreTraining, training.description)}
      ${steps.length
        ? html`<ol part="steps" class="steps" role="list">${steps.map((step) => this.renderStep(profile, step, total))}</ol>`
        : nothing}
      ${this.renderSpecializations(training)}
      ${(training.shortening ?? []).map(
        (way) => html`<div part="shortening" class="shortening">
          <p class="label">${t.shortening}</p>
          <p>${t.prerequisite}: ${this.text(way.prerequisite)}</p>
          <dl class="facts">
            <div><dt>${t.credited}:</dt> <dd>${this.duration(way.creditedDuration)}</dd></div>
            <div><dt>${t.remaining}:</dt> <dd>${this.duration(way.remainingDuration)}</dd></div>
          </dl>
          ${this.disclosure(t.moreShortening, way.description)}
        </div>`,
      )}
      ${(training.routes ?? []).map((route) => this.renderRoute(profile, route))}
    `);
  }

  private renderStep(profile: Profile, step: TrainingStep, total: number | undefined) {
    if (step.kind === 'exam') return this.renderExam(step, total);
    const t = this.t;
    if (step.kind === 'period') {
      const { period } = step;
      const [first, last] = [Math.floor(step.from / 12) + 1, Math.max(Math.ceil(step.to / 12), Math.floor(step.from / 12) + 1)];
      return html`<li part="step period" class="step period period-${period.kind}">
        <p class="step-title">${period.name ? this.text(period.name) : t.period(period.kind)}</p>
        <p class="meta">${t.trainingYears(first, last)} · ${t.duration}: ${this.duration(period.duration)}</p>
        ${period.name ? html`<p class="meta">${t.learningPlace}: ${t.period(period.kind)}</p>` : nothing}
        ${step.pay.map((row) => html`<p part="pay" class="pay">${t.trainingYear(row.year)}: ${this.pay(profile, row)}</p>`)}
        ${period.description ? html`<p>${this.text(period.description)}</p>` : nothing}
      </li>`;
    }
    return html`<li part="step" class="step year">
      <p class="step-title">${t.trainingYear(step.year)}</p>
      ${step.duration ? html`<p class="meta">${t.duration}: ${this.duration(step.duration)}</p>` : nothing}
      ${step.pay ? html`<p part="pay" class="pay">${this.pay(profile, step.pay)}</p>` : nothing}
      ${step.pay?.note ? html`<p class="meta">${this.text(step.pay.note)}</p>` : nothing}
    </li>`;
  }

  private renderExam({ exam, part, at }: Extract<TrainingStep, { kind: 'exam' }>, total: number | undefined) {
    const t = this.t;
    const body = exam.examiningBody;
    const bodyHref = safeUrl(body?.url);
    return html`<li part="step exam" class="step exam">
      <p class="step-title">${part ? t.part(exam.name, part.name) : this.text(exam.name)}</p>
      ${at !== undefined ? html`<p class="meta">${t.timing(at, total)}</p>` : nothing}
      ${part?.weight !== undefined ? html`<p class="meta">${t.weight(part.weight)}</p>` : nothing}
      ${body
        ? html`<p class="meta">${t.examiningBody}: ${bodyHref
            ? html`<a href=${bodyHref} target="_blank" rel="noopener noreferrer">${this.text(body.name)}</a>`
            : this.text(body.name)}</p>`
        : nothing}
      ${exam.credential && (!part || part === exam.parts?.at(-1)) ? html`<p>${t.credential}: ${this.text(exam.credential)}</p>` : nothing}
      ${part?.description ? html`<p>${this.text(part.description)}</p>` : exam.description && (!part || part === exam.parts?.[0]) ? html`<p>${this.text(exam.description)}</p>` : nothing}
    </li>`;
  }

  /** A choice of credential during the training (nursing: a specialised one in year 3). */
  private renderSpecializations(training: ProfileTraining) {
    const options = training.specializations ?? [];
    if (!options.length) return nothing;
    const t = this.t;
    return html`<div part="specializations" class="shortening specializations">
      <p class="label">${t.specializations}</p>
      <ul class="options" role="list">
        ${options.map(
          (option) => html`<li class="option">
            <p><strong>${this.text(option.name)}</strong></p>
            ${option.from ? html`<p class="meta">${t.from(durationMonths(option.from) ?? 0)}</p>` : nothing}
            ${option.credential ? html`<p>${t.credential}: ${this.text(option.credential)}</p>` : nothing}
            ${option.description ? html`<p>${this.text(option.description)}</p>` : nothing}
          </li>`,
        )}
      </ul>
    </div>`;
  }

  /** Another way through the same training, with its own duration and pay. */
  private renderRoute(profile: Profile, route: ProfileRoute) {
    const t = this.t;
    const pay = [...(route.trainingSalary ?? [])].sort((a, b) => a.year - b.year);
    return html`<div part="route" class="shortening route">
      <p class="label">${t.route}: ${this.text(route.name)}</p>
      ${route.timeToComplete || route.schedule
        ? html`<p class="meta">${[
            route.timeToComplete ? `${t.duration}: ${this.duration(route.timeToComplete)}` : '',
            route.schedule ? t.schedule(route.schedule === 'part-time') : '',
          ].filter(Boolean).join(' · ')}</p>`
        : nothing}
      ${route.prerequisite ? html`<p>${t.prerequisite}: ${this.text(route.prerequisite)}</p>` : nothing}
      ${(route.periods ?? []).map(
        (period) => html`<p class="meta">${period.name ? this.text(period.name) : t.period(period.kind)} · ${this.duration(period.duration)}</p>`,
      )}
      ${pay.map((row) => html`<p part="pay" class="pay">${t.trainingYear(row.year)}: ${this.pay(profile, row)}</p>`)}
      ${this.disclosure(t.moreRoute, route.description)}
    </div>`;
  }

  private renderAfter(introduction: string | undefined, options: EducationOption[], prospects: string | undefined) {
    const t = this.t;
    return this.stage('after', t.after, html`
      ${introduction ? html`<p>${this.text(introduction)}</p>` : nothing}
      ${options.length ? this.renderBranches(options) : nothing}
      ${this.disclosure(t.prospects, prospects)}
    `);
  }

  private renderBranches(options: EducationOption[]) {
    const t = this.t;
    return html`
      <ul part="branches" class="branches" role="list">
        ${branches(options).map(
          (group) => html`<li part="branch" class="branch branch-${group.kind}">
            <p class="label" id=${`branch-${group.kind}`}>${group.kind === 'study' ? t.study : t.furtherTraining}</p>
            <ul class="options" role="list" aria-labelledby=${`branch-${group.kind}`}>
              ${group.options.map(
                // An option without a description is plain text: a disclosure that opens onto nothing is a trap.
                (option) => html`<li class="option">${option.description ? this.disclosure(this.text(option.name), option.description) : this.text(option.name)}</li>`,
              )}
            </ul>
          </li>`,
        )}
      </ul>
    `;
  }
}
