import { html, svg, nothing, type PropertyValues, type TemplateResult, type PropertyDeclarations } from 'lit';
import { ProfileElement } from '../core/profile-element.js';
import { formatDate, formatDuration } from '../core/format.js';
import { durationMonths } from '../core/duration.js';
import { payStrings, payText, payUnit } from '../core/pay.js';
import { shortYear, trainingMonths } from '../core/training-time.js';
import { safeUrl } from '../core/safe-url.js';
import { referrerPolicy } from '../core/privacy.js';
import { writeJsonLd } from '../core/json-ld.js';
import { graph, pay, trainingPay, workBasedProgram } from '../core/schema-org.js';
import type { PayKind, Profile, ProfileSalary, ProfileTrainingPay } from '../core/profile-schema.js';
import { salaryStrings, type SalaryStrings } from './salary-table.strings.js';
import { sectionReader } from '../core/read-profile.js';
import { text } from '../core/schema/fields.js';
import { Salary } from '../core/schema/salary.js';
import { TrainingForPay } from '../core/schema/training.js';
import { SalaryV1, TrainingV1 } from '../core/profile-schema-v1.js';
import * as v from 'valibot';

/** The sections the table shows: the pay, and of the training what it reads: its length, short years and routes. */
const readSalary = sectionReader(
  { salary: v.optional(Salary), training: v.optional(TrainingForPay), occupationalCategory: v.optional(text), educationalPath: v.optional(text) },
  { salary: v.optional(SalaryV1), training: v.optional(TrainingV1) },
);
import { salaryTableStyles } from './salary-table.styles.js';

interface SalaryRow {
  label: string | TemplateResult;
  shortLabel: string;
  /** The amount, or why there is none. */
  pay: Pick<ProfileTrainingPay, 'value' | 'unpaid' | 'schoolFee' | 'schoolFeeMax'>;
  note?: string;
  entry: boolean;
}

/**
 * The figures in the order a reader meets them: each training year, then the entry salary. A year
 * shorter than a year says so ("4. Ausbildungsjahr (6 Monate)"): its own `duration`, or what is left
 * of the training's `timeToComplete`.
 */
function salaryRows(rows: readonly ProfileTrainingPay[], total: number | undefined, t: SalaryStrings, locale: string, kind?: PayKind): SalaryRow[] {
  // A dual study counts its years as years of study, not of training.
  const yearLabel = kind === 'study-salary' ? t.studyYear : t.trainingYear;
  return [...rows]
    .sort((a, b) => a.year - b.year)
    .map((row) => {
      const short = shortYear(row.year, total, row.duration);
      const length = short ? ` (${formatDuration(short, locale)})` : '';
      return { label: yearLabel(row.year) + length, shortLabel: t.trainingYearShort(row.year) + length, pay: row, note: row.note, entry: false };
    });
}

/**
 * Pay per training year and at job entry, as a table with a bar beside each
 * amount (the chart is a view of the table: every figure is written once), with
 * source and reference date where the profile has them and the profile's notes
 * on pay behind a disclosure. The table is the accessible source.
 *
 * @summary Training and entry salary of one profession, as a table with a bar per amount.
 * @tag salary-table
 *
 * @fires {CustomEvent<ProfileLoadDetail>} profile-load - The sections this element shows were read and are valid. Detail: `{ profile }` (those sections, in format 2).
 * @fires {CustomEvent<ProfileErrorDetail>} profile-error - The profile could not be loaded or is invalid. Detail: `{ message, issues: [{ path, message }] }`.
 * @fires {CustomEvent<CtaClickDetail>} cta-click - The "more about pay" link was followed. Detail: `{ href, label, widget }`.
 *
 * @cssprop {<color>} [--cw-color-accent=light-dark(#0b57d0, #a8c7fa)] - Bars and links.
 * @cssprop {<color>} [--cw-color-entry=light-dark(#1b7f4b, #8fd9a8)] - The entry-salary bar.
 * @cssprop {<color>} [--cw-color-subtle=rgb(127 127 127 / 0.1)] - The track behind each bar.
 * @cssprop {<color>} [--cw-color-border=light-dark(#868e99, #767e8a)] - Table rules and state borders.
 * @cssprop {<color>} [--cw-color-muted=light-dark(#5b6470, #b4bcc7)] - Source line and loading text.
 * @cssprop {<color>} [--cw-color-error=light-dark(#b3261e, #f2b8b5)] - The error state.
 * @cssprop {<color>} [--cw-color-surface=transparent] - Background of the element.
 * @cssprop {<color>} [--cw-color-text=inherit] - Text colour; the host page's by default.
 * @cssprop {*} [--cw-font-family=inherit] - Typeface; the host page's by default.
 * @cssprop {<length-percentage>} [--cw-font-size=1rem] - Base font size.
 * @cssprop {<length>} [--cw-radius=0.5rem] - Corner radius of the element, bars and states.
 * @cssprop {<length>} [--cw-space=1rem] - Base spacing.
 * @cssprop {<length>} [--cw-min-block-size=34.5rem] - Height reserved while loading, so the page does not jump; by default the ready height of the seed profile (34.5rem; 25.5rem from a 30rem wide element, 21.75rem from 40rem). Also the least height of the error and empty states (12rem).
 *
 * @csspart base - The wrapper of the ready state.
 * @csspart table - The salary table.
 * @csspart caption - The table's caption (it holds the title).
 * @csspart title - The title (`<h2>`, or the `heading-level`): in the caption, or above the chart with `view="chart"`.
 * @csspart chart - The bar chart of `view="chart"`.
 * @csspart bar - One bar: beside its amount in the table, or in the chart.
 * @csspart notes-disclosure - The `<details>` holding the profile's notes on pay (closed at first).
 * @csspart summary - Its `<summary>` ("Hinweise zur Bezahlung").
 * @csspart notes - The list of the profile's notes on pay.
 * @csspart allowances - The allowances paid on top after the training (a civil servant's Polizeizulage).
 * @csspart route-title - The heading of a route's own table of pay (PiA, part-time).
 * @csspart source - The line with source and reference date.
 * @csspart cta - The "more about pay" link.
 * @csspart loading - The loading state.
 * @csspart error - The error state (`role="status"`).
 * @csspart empty - The state of a profile without salary data.
 */
export class SalaryTable extends ProfileElement {
  static override styles = [...ProfileElement.styles, salaryTableStyles];
  static override properties: PropertyDeclarations = {
    view: { reflect: true },
    structuredData: { type: Boolean, attribute: 'structured-data' },
  };

  /**
   * `both`: the table with a bar beside each amount; `table`: the table without bars; `chart`: a bar
   * chart with labels and amounts instead of the table, which stays for assistive technology.
   */
  view: 'table' | 'chart' | 'both' = 'both';

  /**
   * Also write the figures as schema.org JSON-LD into the page (a `<script type="application/ld+json">`
   * child): the `Occupation` with its `estimatedSalary`, and the training as a `WorkBasedProgram` with
   * `trainingSalary` per year and `salaryUponCompletion`.
   */
  structuredData = false;

  protected readonly widget = 'salary-table';
  protected readonly read = readSalary;

  protected override updated(changed: PropertyValues<this>) {
    super.updated(changed);
    writeJsonLd(this, this.structuredData ? this.jsonLd() : undefined);
  }

  /** The shown figures in schema.org's words; nothing while no salary is shown. */
  private jsonLd() {
    const profile = this.shownProfile;
    const salary = profile?.salary;
    const t = this.i18n.pick(salaryStrings);
    if (!profile || !salary || (!salary.trainingSalary?.length && !salary.salaryUponCompletion)) return undefined;
    // The entry salary is the occupation's estimated pay: what a trained Kaufmann earns on starting.
    const entry = salary.salaryUponCompletion && pay(salary, salary.salaryUponCompletion.value, t.entry);
    const training = trainingPay(salary, t.trainingYear);
    return graph([
      {
        '@type': 'Occupation',
        name: profile.name,
        ...(profile.occupationalCategory ? { occupationalCategory: profile.occupationalCategory } : {}),
        ...(entry ? { estimatedSalary: entry } : {}),
      },
      workBasedProgram(profile, {
        ...(training.length ? { trainingSalary: training } : {}),
        ...(entry ? { salaryUponCompletion: entry } : {}),
      }),
    ]);
  }

  protected renderProfile(profile: Profile): TemplateResult {
    const t = this.i18n.pick(salaryStrings);
    const { locale } = this.i18n.lang;
    const salary = profile.salary;
    const total = trainingMonths(profile.training, salary);
    const rows = salary ? this.rows(salary, salary, total) : [];
    // Other ways through the training with pay of their own (PiA, part-time) get a table each, and so does each further tariff.
    const routes = (profile.training?.routes ?? []).filter((route) => route.trainingSalary?.length);
    const scales = salary?.scales ?? [];
    if (!salary || (rows.length === 0 && routes.length === 0 && scales.length === 0)) return this.renderMissingSection(t.section);
    const kind = salary.kind ?? 'training-salary';
    const allowances = salary.salaryUponCompletion?.allowances ?? [];

    const view: SalaryView = this.view === 'table' || this.view === 'chart' ? this.view : 'both';
    return html`
      <div part="base" class="base">
        ${rows.length ? this.renderFigures(html`${t.kindCaption(kind) || t.caption}: ${this.text(profile.name)}`, 0, rows, salary, view) : nothing}
        ${scales.map((scale) => html`${this.renderFigures(html`${t.scale}: ${this.text(scale.name)}`, 1, this.rows(salary, scale, total), salary, view)}
          ${scale.note ? html`<p class="row-note">${this.text(scale.note)}</p>` : nothing}`)}
        ${routes.map((route) =>
          this.renderFigures(
            html`${t.route(kind)}: ${this.text(route.name)}`,
            1,
            salaryRows(route.trainingSalary!, durationMonths(route.timeToComplete) ?? total, t, locale, kind),
            salary,
            view,
          ),
        )}
        ${allowances.length
          ? html`<p class="source">${t.allowances}:</p>
              <ul part="allowances" class="notes" role="list">${allowances.map((a) => html`<li>${this.text(a.name)}${a.value !== undefined ? `: ${payText(a, payUnit(salary).currency, locale, this.i18n.pick(payStrings))}` : ''}${a.description ? [' – ', this.text(a.description)] : nothing}</li>`)}</ul>`
          : nothing}
        ${salary.notes?.length
          ? html`<details part="notes-disclosure" class="more">
              <summary part="summary">${t.notes}</summary>
              <ul part="notes" class="notes" role="list">${salary.notes.map((note) => html`<li>${this.text(note)}</li>`)}</ul>
            </details>`
          : nothing}
        ${this.renderSource(salary, locale)}
      </div>
    `;
  }

  /** The rows of one table: each training year, then the pay after the training ("Besoldung nach der Ausbildung (A 7)" for a civil servant). */
  private rows(salary: ProfileSalary, table: Pick<ProfileSalary, 'trainingSalary' | 'salaryUponCompletion'>, total: number | undefined): SalaryRow[] {
    const t = this.i18n.pick(salaryStrings);
    const rows = salaryRows(table.trainingSalary ?? [], total, t, this.i18n.lang.locale, salary.kind);
    const entry = table.salaryUponCompletion;
    if (entry) {
      const civil = salary.kind === 'candidate-salary';
      const label = civil ? t.besoldung : t.entry;
      rows.push({ label: entry.grade ? html`${label} (${this.text(entry.grade)})` : label, shortLabel: civil ? t.besoldungShort : t.entryShort, pay: entry, entry: true });
    }
    return rows;
  }

  /**
   * One table of figures. With view="both" (the default) each amount has its bar beside it in its own
   * row: the chart is a view of the table, every figure written once. With view="chart" the bars stand
   * alone with their labels and amounts, and the table is for assistive technology only: the heading
   * stands visibly above the chart, and the table (with a plain caption) is hidden in a wrapper of 1 px,
   * since a table ignores its own height and would add all of it as blank scroll. The title is a
   * heading (at `heading-level`, a route's one below) inside the caption: it still names the table.
   */
  private renderFigures(title: TemplateResult, depth: number, rows: SalaryRow[], salary: ProfileSalary, view: SalaryView) {
    const t = this.i18n.pick(salaryStrings);
    const { locale } = this.i18n.lang;
    const { currency, perMonth } = payUnit(salary);
    const words = this.i18n.pick(payStrings);
    const amount = (row: SalaryRow) => payText(row.pay, currency, locale, words);
    const max = Math.max(...rows.map((row) => row.pay.value ?? 0)) || 1;
    // Figures with no pay at all have nothing to draw: the table says it, also in the chart-only view.
    if (!rows.some((row) => row.pay.value !== undefined)) view = 'table';
    const chart = view === 'chart';
    // A year without pay has no bar: the words stand alone, so no empty bar reads as a wage of zero.
    const bar = (row: SalaryRow) =>
      row.pay.value === undefined
        ? nothing
        : html`<svg part="bar" class="bar" viewBox="0 0 100 10" preserveAspectRatio="none" focusable="false" aria-hidden="true">
            ${svg`<rect width=${(row.pay.value / max) * 100} height="10"></rect>`}
          </svg>`;
    const heading = this.heading(title, depth ? 'route-title' : 'title', depth);
    return html`<div class="figures">
      ${chart ? heading : nothing}
      <div class=${chart ? 'visually-hidden' : 'table'}><table part="table" class=${view === 'both' ? 'bars' : ''}>
        <caption part="caption">${chart ? title : heading}</caption>
        <thead>
          <tr><th scope="col">${t.period}</th><th scope="col">${salary.kind && salary.kind !== 'training-salary' ? t.kindAmount(salary.kind, perMonth) : t.amount(perMonth)}</th></tr>
        </thead>
        <tbody>
          ${rows.map(
            (row) => html`<tr class=${row.entry ? 'entry' : row.pay.value === undefined ? 'unpaid' : ''}>
              <th scope="row">${row.label}</th>
              <td><span class="value">${view === 'both' ? bar(row) : nothing}<span class="amount">${amount(row)}</span></span>${row.note ? html`<span class="row-note">${this.text(row.note)}</span>` : nothing}</td>
            </tr>`,
          )}
        </tbody>
      </table></div>
      ${chart
        ? html`<div part="chart" class="chart" aria-hidden="true">
            ${rows.map(
              (row) => html`<div class="bar-row${row.entry ? ' entry' : ''}">
                <span class="bar-label">${row.shortLabel}</span>
                ${row.pay.value === undefined ? html`<span class="bar-none">${amount(row)}</span>` : [bar(row), html`<span class="bar-value">${amount(row)}</span>`]}
              </div>`,
            )}
          </div>`
        : nothing}
    </div>`;
  }

  private renderSource(salary: ProfileSalary, locale: string) {
    const t = this.i18n.pick(salaryStrings);
    const source = salary.source;
    const sourceHref = safeUrl(source?.url);
    if (!source && !salary.referenceDate && !salary.moreInfo) return nothing;
    return html`<p part="source" class="source">
      ${source
        ? html`<span>${t.source}: ${sourceHref ? html`<a href=${sourceHref} referrerpolicy=${referrerPolicy()}>${this.text(source.name)}</a>` : this.text(source.name)}</span>`
        : nothing}
      ${salary.referenceDate ? html`<span>${t.referenceDate}: ${formatDate(salary.referenceDate, locale)}</span>` : nothing}
      ${salary.moreInfo ? this.renderCta(salary.moreInfo) : nothing}
    </p>`;
  }
}

export type SalaryView = SalaryTable['view'];

// The types this element's properties, methods and events name, beside it (its manifest entry names them).
export type { ProfileData } from '../core/profile-schema.js';
export type { ProfileLoadDetail, ProfileErrorDetail, CtaClickDetail } from '../core/events.js';
