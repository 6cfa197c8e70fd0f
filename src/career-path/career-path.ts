import { html, nothing, type PropertyValues, type TemplateResult, type PropertyDeclarations } from 'lit';
import { ProfileElement } from '../core/profile-element.js';
import { writeJsonLd } from '../core/json-ld.js';
import { renderable } from '../core/limits.js';
import { formatDuration } from '../core/format.js';
import { shortYear } from '../core/training-time.js';
import type { Profile, ProfileExam, ProfileRoute, ProfileSalary, ProfileTraining, ProfileTrainingPay } from '../core/profile-schema.js';
import { payStrings, payText, payUnit } from '../core/pay.js';
import { durationMonths } from '../core/duration.js';
import { safeUrl } from '../core/safe-url.js';
import { referrerPolicy } from '../core/privacy.js';
import { careerPathStrings, type CareerPathStrings } from './career-path.strings.js';
import { sectionReader } from '../core/read-profile.js';
import { text } from '../core/schema/fields.js';
import { EducationRequirements, FurtherEducation, Skills } from '../core/schema/page.js';
import { Salary } from '../core/schema/salary.js';
import { Training } from '../core/schema/training.js';
import { SalaryV1, TrainingV1 } from '../core/profile-schema-v1.js';
import * as v from 'valibot';

/** The sections the path shows: the way in, the training and its pay, and what comes after. */
const readCareerPath = sectionReader(
  {
    educationalPath: v.optional(text),
    educationRequirements: v.optional(EducationRequirements),
    skills: Skills,
    salary: v.optional(Salary),
    training: v.optional(Training),
    furtherEducation: v.optional(FurtherEducation),
    prospects: v.optional(text),
    occupationalCategory: v.optional(text),
  },
  { salary: v.optional(SalaryV1), training: v.optional(TrainingV1) },
);
import { careerPathStyles } from './career-path.styles.js';
import { branches, examTime, programJsonLd, strengths, trainingMonths, trainingSteps, type EducationOption, type TrainingStep } from './career-path.model.js';

/** A dual study counts its years as years of study ("2. Studienjahr"), not of training. */
const isStudy = (profile: Profile) => profile.salary?.kind === 'study-salary';

/**
 * The way into and through one profession, as a timeline: the school
 * certificate and strengths that help, the training year by year with its
 * exams, pay and a shorter way, the entry salary, and the further education
 * and study options as branches, each with its description behind a native
 * disclosure, and the prospects of the profession (Zukunftsaussichten).
 * The timeline is an ordered list, so assistive technology reads
 * the stages in order, top-down; in a wide container (a container query,
 * not the viewport) each stage uses the width: its facts in two columns,
 * the training years and exams in a row, the boxes and branches side by side.
 *
 * The title is a heading at `heading-level` (h2 by default), and each stage's
 * title a heading one level below, so a reader can jump from stage to stage.
 *
 * @summary The career path of one profession: entry, training, job entry, further education.
 * @tag career-path
 *
 * @fires {CustomEvent<ProfileLoadDetail>} profile-load - The sections this element shows were read and are valid. Detail: `{ profile }` (those sections, in format 2).
 * @fires {CustomEvent<ProfileErrorDetail>} profile-error - The profile could not be loaded or is invalid. Detail: `{ message, issues: [{ path, message }] }`.
 *
 * @cssprop {<color>} [--cw-color-accent=light-dark(#0b57d0, #a8c7fa)] - Stage markers, disclosure summaries, focus ring.
 * @cssprop {<color>} [--cw-color-milestone=light-dark(#9a4d00, #ffb77c)] - Exam markers.
 * @cssprop {<color>} [--cw-color-border=light-dark(#868e99, #767e8a)] - The timeline's line, boxes and state borders.
 * @cssprop {<color>} [--cw-color-subtle=rgb(127 127 127 / 0.1)] - Background of the shorter-way box.
 * @cssprop {<color>} [--cw-color-muted=light-dark(#5b6470, #b4bcc7)] - Durations, timings and loading text.
 * @cssprop {<color>} [--cw-color-error=light-dark(#b3261e, #f2b8b5)] - The error state.
 * @cssprop {<color>} [--cw-color-surface=transparent] - Background of the element.
 * @cssprop {<color>} [--cw-color-text=inherit] - Text colour; the host page's by default.
 * @cssprop {<color>} [--cw-color-focus=var(--cw-color-accent)] - Focus outline.
 * @cssprop {*} [--cw-font-family=inherit] - Typeface; the host page's by default.
 * @cssprop {<length-percentage>} [--cw-font-size=1rem] - Base font size.
 * @cssprop {<length>} [--cw-radius=0.5rem] - Corner radius of boxes and states.
 * @cssprop {<length>} [--cw-space=1rem] - Base spacing.
 * @cssprop {<length>} [--cw-min-block-size=112rem] - Height reserved while loading, so the page does not jump; by default the ready height (112rem, down to 64rem on a wide element). Also the least height of the error and empty states (12rem).
 *
 * @csspart base - The wrapper of the ready state.
 * @csspart title - The title ("Career path: …"; `<h2>`, or the `heading-level`).
 * @csspart timeline - The ordered list of stages.
 * @csspart stage - One stage: entry, training, job entry, after that.
 * @csspart stage-title - The title of a stage (a heading one level below the title).
 * @csspart strengths - The list of strengths that help.
 * @csspart steps - The ordered list of training years and exams.
 * @csspart step - One training year or exam.
 * @csspart exam - An exam step (also has `step`).
 * @csspart pay - The pay of a training year, or the entry salary.
 * @csspart shortening - A shorter way through the training.
 * @csspart card - A box of the training: the shorter way, a route, the specialisations, the additional qualifications.
 * @csspart route - Another way through the same training (part-time, PiA), with its own duration and pay.
 * @csspart specializations - The specialisations to choose during the training.
 * @csspart additional-qualifications - The additional qualifications, each with its own exam.
 * @csspart period - A period step (a stretch at school, in a company, a practical year; also has `step`).
 * @csspart branches - The list of further-education groups.
 * @csspart branch - One group: further training or study.
 * @csspart disclosure - Every `<details>` (certificate, training, shorter way, each option).
 * @csspart summary - The `<summary>` of a disclosure.
 * @csspart loading - The loading state.
 * @csspart error - The error state (`role="status"`).
 * @csspart empty - The state of a profile with neither training nor further education.
 */
export class CareerPath extends ProfileElement {
  static override styles = [...ProfileElement.styles, careerPathStyles];
  static override properties: PropertyDeclarations = {
    structuredData: { type: Boolean, attribute: 'structured-data' },
  };

  /**
   * Also write the training as schema.org JSON-LD into the page (a `<script type="application/ld+json">`
   * child): a `WorkBasedProgram` with `timeToComplete`, `programPrerequisites`,
   * `occupationalCredentialAwarded`, `trainingSalary` and `salaryUponCompletion`.
   */
  structuredData = false;

  protected readonly widget = 'career-path';
  protected readonly read = readCareerPath;

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

    // role="list": Safari drops list semantics from a list without list-style. The title heading
    // names the timeline that follows it; an aria-label saying the same would be read twice.
    return html`
      <div part="base" class="base">
        ${this.heading(html`${t.label}: ${this.text(profile.name)}`, 'title')}
        <ol part="timeline" class="timeline" role="list">
          ${this.renderEntry(profile)} ${training ? this.renderTraining(profile, training) : nothing}
          ${this.stage('job-entry', t.jobEntry, html`
            <p>${t.profession}: ${this.text(profile.name)}</p>
            ${profile.salary?.salaryUponCompletion ? this.renderEntryPay(profile, profile.salary.salaryUponCompletion) : nothing}
          `)}
          ${options.length || profile.prospects ? this.renderAfter(profile.furtherEducation?.introduction, options, profile.prospects) : nothing}
        </ol>
      </div>
    `;
  }

  /** The pay after the training: a civil servant's is Besoldung with its grade ("A 7"), never "Einstiegsgehalt". */
  private renderEntryPay(profile: Profile, entry: NonNullable<ProfileSalary['salaryUponCompletion']>) {
    const t = this.t;
    const allowances = entry.allowances ?? [];
    return html`<p part="pay" class="pay">${profile.salary?.kind === 'candidate-salary' ? t.besoldung : t.entrySalary}${entry.grade ? [' (', this.text(entry.grade), ')'] : ''}: ${this.pay(profile, entry.value)}</p>
      ${allowances.length
        ? html`<p class="meta">${t.allowances}:</p>
            <ul class="meta" role="list">${allowances.map((a) => html`<li>${this.text(a.name)}${a.value !== undefined ? html`: ${this.pay(profile, a.value)}` : nothing}${a.description ? [' – ', this.text(a.description)] : nothing}</li>`)}</ul>`
        : nothing}`;
  }

  /** Named texts as a labelled list: "Weitere Voraussetzungen", "Zusatzqualifikationen"; each name bold, its description after. */
  private namedList(label: string, items: readonly { name: string; description?: string }[], extra?: (item: never) => unknown) {
    if (!items.length) return nothing;
    return html`<p class="label">${label}</p>
      <ul class="options" role="list">
        ${items.map((item) => html`<li class="option"><p><strong>${this.text(item.name)}</strong></p>${item.description ? html`<p>${this.text(item.description)}</p>` : nothing}${extra ? extra(item as never) : nothing}</li>`)}
      </ul>`;
  }

  private stage(name: string, title: string, body: TemplateResult) {
    return html`<li part="stage" class="stage stage-${name}">
      ${this.heading(title, 'stage-title', 1)}
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

  /** One year's pay inside a period or a route: "3. Ausbildungsjahr (4 Monate): 1.200 € pro Monat", and its note. */
  private payLine(profile: Profile, row: ProfileTrainingPay, total: number | undefined) {
    const short = shortYear(row.year, total, row.duration);
    return html`<p part="pay" class="pay">${this.t.trainingYear(row.year, isStudy(profile))}${short ? ` (${this.duration(short)})` : ''}: ${this.pay(profile, row)}</p>
      ${row.note ? html`<p class="meta">${this.text(row.note)}</p>` : nothing}`;
  }

  private renderEntry(profile: Profile) {
    const t = this.t;
    const requirements = profile.educationRequirements;
    const skills = renderable(strengths(profile.skills));
    if (!requirements && skills.length === 0) return nothing;
    return this.stage('entry', t.entry, html`<div class="about">
      ${requirements
        ? html`<p class="certificate">${t.certificate}: <strong>${this.text(requirements.name)}</strong></p>
            ${requirements.alternatives?.length
              ? html`<p class="alternatives">${t.alternatives}: ${this.list(requirements.alternatives, 'disjunction')}</p>`
              : nothing}
            ${this.disclosure(t.moreCertificate, requirements.description)}
            ${this.namedList(t.conditions, requirements.conditions ?? [])}`
        : nothing}
      ${skills.length
        ? html`<p class="label">${t.strengths}</p>
            <ul part="strengths" class="strengths" role="list">
              ${skills.map((skill) => html`<li>${this.text(skill.name)}</li>`)}
            </ul>`
        : nothing}
    </div>`);
  }

  private renderTraining(profile: Profile, training: ProfileTraining) {
    const t = this.t;
    const steps = renderable(trainingSteps(training, profile.salary));
    const total = trainingMonths(training, profile.salary);
    const kind = training.programType ?? profile.educationalPath;
    const hours = training.hours;
    const payKind = profile.salary?.kind;
    return this.stage('training', t.training, html`<div class="about">
      ${kind ? html`<p class="kind">${this.text(kind)}</p>` : nothing}
      ${training.timeToComplete ? html`<p class="meta">${t.duration}: ${this.duration(training.timeToComplete)}</p>` : nothing}
      ${training.learningPlaces?.length
        ? html`<p class="meta">${t.learningPlaces}: ${this.list(training.learningPlaces, 'conjunction')}</p>`
        : nothing}
      ${hours && (hours.theory !== undefined || hours.practice !== undefined)
        ? html`<p class="meta hours">${t.hours(hours.theory, hours.practice)}</p>`
        : nothing}
      ${hours?.practiceBreakdown?.length
        ? html`<div><p class="meta">${t.practiceBreakdown}:</p>
            <ul class="meta hours-by-place" role="list">${hours.practiceBreakdown.map((p) => html`<li>${this.text(p.place)}: ${p.hours.toLocaleString(this.i18n.lang.locale)}</li>`)}</ul></div>`
        : nothing}
      ${hours?.note ? html`<p class="meta">${this.text(hours.note)}</p>` : nothing}
      ${training.educationalCredentialAwarded ? html`<p class="meta">${t.degree}: ${this.text(training.educationalCredentialAwarded)}</p>` : nothing}
      ${training.numberOfCredits !== undefined ? html`<p class="meta">${t.credits(training.numberOfCredits)}</p>` : nothing}
      ${payKind && payKind !== 'training-salary' ? html`<p class="meta">${t.payKindLabel}: ${t.payKind(payKind)}</p>` : nothing}
      ${this.disclosure(t.moreTraining, training.description)}
      </div>
      ${steps.length
        ? html`<ol part="steps" class="steps" role="list">${steps.map((step) => this.renderStep(profile, step, total))}</ol>`
        : nothing}
      <div class="boxes">
      ${this.renderSpecializations(training)}
      ${training.additionalQualifications?.length
        ? html`<div part="additional-qualifications card" class="shortening">${this.namedList(t.additionalQualifications, training.additionalQualifications, (q: NonNullable<ProfileTraining['additionalQualifications']>[number]) => html`
            ${q.exam ? html`<p>${this.text(q.exam)}</p>` : nothing}
            ${q.examiningBody ? html`<p class="meta">${t.examiningBody}: ${this.text(q.examiningBody.name)}</p>` : nothing}
            ${q.credential ? html`<p>${t.credential}: ${this.text(q.credential)}</p>` : nothing}`)}</div>`
        : nothing}
      ${renderable(training.shortening).map(
        (way) => html`<div part="shortening card" class="shortening">
          <p class="label">${t.shortening}</p>
          <p>${t.prerequisite}: ${this.text(way.prerequisite)}</p>
          <dl class="facts">
            <div><dt>${t.credited}:</dt> <dd>${this.duration(way.creditedDuration)}</dd></div>
            <div><dt>${t.remaining}:</dt> <dd>${this.duration(way.remainingDuration)}</dd></div>
          </dl>
          ${way.examsAt?.length
            ? html`<p class="label">${t.examsAt}</p>
                <ul class="options" role="list">${way.examsAt.map((e) => html`<li>${this.text(e.name)}: ${this.when(examTime(e), durationMonths(way.remainingDuration))}</li>`)}</ul>`
            : nothing}
          ${this.disclosure(t.moreShortening, way.description)}
        </div>`,
      )}
      ${renderable(training.routes).map((route) => this.renderRoute(profile, route))}
      </div>
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
        <p class="meta">${t.trainingYears(first, last, isStudy(profile))} · ${t.duration}: ${this.duration(period.duration)}</p>
        ${period.name ? html`<p class="meta">${t.learningPlace}: ${t.period(period.kind)}</p>` : nothing}
        ${step.pay.map((row) => this.payLine(profile, row, total))}
        ${period.description ? html`<p>${this.text(period.description)}</p>` : nothing}
      </li>`;
    }
    return html`<li part="step" class="step year">
      <p class="step-title">${t.trainingYear(step.year, isStudy(profile))}</p>
      ${step.duration ? html`<p class="meta">${t.duration}: ${this.duration(step.duration)}</p>` : nothing}
      ${step.pay ? html`<p part="pay" class="pay">${this.pay(profile, step.pay)}</p>` : nothing}
      ${step.pay?.note ? html`<p class="meta">${this.text(step.pay.note)}</p>` : nothing}
    </li>`;
  }

  /** When an exam is held: "Nach 18 Monaten, im 2. Ausbildungsjahr", or its window "Zwischen dem 18. und 24. Monat". */
  private when({ at, window }: { at?: number; window?: [number, number] }, total: number | undefined) {
    return window ? this.t.window(...window) : at === undefined ? '' : this.t.timing(at, total);
  }

  /** A body that holds or answers for an exam, framed by our word ("Prüfung: IHK"), linked where it is safe. */
  private body(label: string, body: ProfileExam['examiningBody']) {
    if (!body) return nothing;
    const href = safeUrl(body.url);
    return html`<p class="meta">${label}: ${href ? html`<a href=${href} referrerpolicy=${referrerPolicy()}>${this.text(body.name)}</a>` : this.text(body.name)}</p>`;
  }

  /** Components or areas: "Arbeitsauftrag (praktisch) · 30 %" (German), "· 30%" (English): Intl writes the percent as each language does. */
  private areas(label: string, areas: NonNullable<ProfileExam['components']> | undefined) {
    if (!areas?.length) return nothing;
    const t = this.t;
    return html`<p class="meta">${label}:</p>
      <ul class="meta areas" role="list">${areas.map((a) => html`<li>${this.text(a.name)}${a.form ? ` (${t.form(a.form)})` : ''}${a.weight !== undefined ? ` · ${(a.weight / 100).toLocaleString(this.i18n.lang.locale, { style: 'percent', maximumFractionDigits: 1 })}` : ''}</li>`)}</ul>`;
  }

  private renderExam({ exam, part, at, window }: Extract<TrainingStep, { kind: 'exam' }>, total: number | undefined) {
    const t = this.t;
    const when = this.when({ at, window }, total);
    return html`<li part="step exam" class="step exam">
      <p class="step-title">${part ? html`${this.text(exam.name)} – ${this.text(part.name)}` : this.text(exam.name)}</p>
      ${when ? html`<p class="meta">${when}</p>` : nothing}
      ${part?.weight !== undefined ? html`<p class="meta">${t.weight(part.weight)}</p>` : nothing}
      ${this.areas(t.areas, part?.areas)}
      ${this.body(t.examiningBody, exam.examiningBody)}
      ${this.body(t.conductingBody, exam.conductingBody)}
      ${!part || part === exam.parts?.at(-1) ? this.areas(t.components, exam.components) : nothing}
      ${exam.credential && (!part || part === exam.parts?.at(-1)) ? html`<p>${t.credential}: ${this.text(exam.credential)}</p>` : nothing}
      ${part?.description ? html`<p>${this.text(part.description)}</p>` : nothing}
      ${!part || part === exam.parts?.at(-1) ? this.disclosure(t.moreExam, exam.description) : nothing}
    </li>`;
  }

  /** A choice of credential during the training (nursing: a specialised one in year 3). */
  private renderSpecializations(training: ProfileTraining) {
    const options = training.specializations ?? [];
    if (!options.length) return nothing;
    const t = this.t;
    return html`<div part="specializations card" class="shortening specializations">
      <p class="label">${t.specializations}</p>
      <ul class="options" role="list">
        ${options.map(
          (option) => html`<li class="option">
            <p><strong>${this.text(option.name)}</strong></p>
            ${option.from ? html`<p class="meta">${t.from(durationMonths(option.from) ?? 0)}</p>` : nothing}
            ${option.credential ? html`<p>${t.credential}: ${this.text(option.credential)}</p>` : nothing}
            ${this.disclosure(t.moreSpecialization, option.description)}
          </li>`,
        )}
      </ul>
    </div>`;
  }

  /** Another way through the same training, with its own duration and pay. */
  private renderRoute(profile: Profile, route: ProfileRoute) {
    const t = this.t;
    const pay = [...(route.trainingSalary ?? [])].sort((a, b) => a.year - b.year);
    const total = durationMonths(route.timeToComplete) ?? trainingMonths(profile.training, profile.salary);
    return html`<div part="route card" class="shortening route">
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
      ${pay.map((row) => this.payLine(profile, row, total))}
      ${route.exams?.length
        ? html`<ol part="steps" class="steps" role="list">${trainingSteps({ exams: route.exams }, undefined).map((step) => this.renderStep(profile, step, total))}</ol>`
        : nothing}
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
        ${branches([...renderable(options)]).map(
          (group) => html`<li part="branch" class="branch branch-${group.kind}">
            <p class="label">${group.kind === 'study' ? t.study : t.furtherTraining}</p>
            <ul class="options" role="list">
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

// The types this element's properties, methods and events name, beside it (its manifest entry names them).
export type { ProfileData } from '../core/profile-schema.js';
export type { ProfileLoadDetail, ProfileErrorDetail } from '../core/events.js';
