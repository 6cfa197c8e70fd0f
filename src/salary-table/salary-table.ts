import { html, svg, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property } from 'lit/decorators.js';
import { ProfileElement } from '../core/profile-element.js';
import { formatDate, formatMoney } from '../core/format.js';
import { safeUrl } from '../core/safe-url.js';
import { referrerPolicy } from '../core/privacy.js';
import { writeJsonLd } from '../core/json-ld.js';
import { graph, pay, trainingPay, workBasedProgram } from '../core/schema-org.js';
import type { Profile, ProfileSalary } from '../core/profile-schema.js';
import { salaryStrings } from './salary-table.strings.js';
import { salaryTableStyles } from './salary-table.styles.js';

interface SalaryRow {
  label: string;
  shortLabel: string;
  value: number;
  entry: boolean;
}

/** The figures in the order a reader meets them: each training year, then the entry salary. */
function salaryRows(salary: ProfileSalary, t: typeof salaryStrings.de): SalaryRow[] {
  const years = [...(salary.trainingSalary ?? [])].sort((a, b) => a.year - b.year);
  const rows = years.map(({ year, value }) => ({
    label: t.trainingYear(year),
    shortLabel: t.trainingYearShort(year),
    value,
    entry: false,
  }));
  if (salary.salaryUponCompletion) {
    rows.push({ label: t.entry, shortLabel: t.entryShort, value: salary.salaryUponCompletion.value, entry: true });
  }
  return rows;
}

/**
 * Pay per training year and at job entry, as a table and as a bar chart of the
 * same figures, with source and reference date where the profile has them.
 * The table is the accessible source; the chart is a picture of it.
 *
 * @summary Training and entry salary of one profession, as a table and a bar chart.
 * @tag salary-table
 *
 * @fires profile-load - The profile was read and is valid. Detail: `{ profile }`.
 * @fires profile-error - The profile could not be loaded or is invalid. Detail: `{ message, issues: [{ path, message }] }`.
 * @fires cta-click - The "more about pay" link was followed. Detail: `{ href, label, widget }`.
 *
 * @cssprop [--cw-color-accent=#0b57d0] - Bars and links (dark scheme: #a8c7fa).
 * @cssprop [--cw-color-entry=#1b7f4b] - The entry-salary bar (dark scheme: #8fd9a8).
 * @cssprop [--cw-color-border=#c9ced6] - Table rules and state borders.
 * @cssprop [--cw-color-muted=#5b6470] - Source line and loading text.
 * @cssprop [--cw-color-error=#b3261e] - The error state.
 * @cssprop [--cw-color-surface=transparent] - Background of the element.
 * @cssprop [--cw-color-text=inherit] - Text colour; the host page's by default.
 * @cssprop [--cw-font-family=inherit] - Typeface; the host page's by default.
 * @cssprop [--cw-font-size=1rem] - Base font size.
 * @cssprop [--cw-radius=0.5rem] - Corner radius of the element, bars and states.
 * @cssprop [--cw-space=1rem] - Base spacing.
 * @cssprop [--cw-min-block-size] - Height reserved while loading, so the page does not jump; by default the ready height (27.5rem, 17.5rem from a 40rem wide element). Also the least height of the error and empty states (12rem).
 *
 * @csspart base - The wrapper of the ready state.
 * @csspart table - The salary table.
 * @csspart caption - The table's caption.
 * @csspart chart - The bar chart.
 * @csspart bar - One bar of the chart.
 * @csspart source - The line with source and reference date.
 * @csspart cta - The "more about pay" link.
 * @csspart loading - The loading state.
 * @csspart error - The error state (`role="alert"`).
 * @csspart empty - The state of a profile without salary data.
 */
export class SalaryTable extends ProfileElement {
  static override styles = [...ProfileElement.styles, salaryTableStyles];

  /** Show the table, the bar chart, or both. With `chart`, the table stays for assistive technology. */
  @property({ reflect: true }) view: 'table' | 'chart' | 'both' = 'both';

  /**
   * Also write the figures as schema.org JSON-LD into the page (a `<script type="application/ld+json">`
   * child): the `Occupation` with its `estimatedSalary`, and the training as a `WorkBasedProgram` with
   * `trainingSalary` per year and `salaryUponCompletion`.
   */
  @property({ type: Boolean, attribute: 'structured-data' }) structuredData = false;

  protected readonly widget = 'salary-table';

  protected override updated(changed: PropertyValues<this>) {
    super.updated(changed);
    writeJsonLd(this, this.structuredData ? this.jsonLd() : undefined);
  }

  /** The shown figures in schema.org's words; nothing while no salary is shown. */
  private jsonLd() {
    const profile = this.shownProfile;
    const salary = profile?.salary;
    const t = this.i18n.pick(salaryStrings);
    if (!profile || !salary || !salaryRows(salary, t).length) return undefined;
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
    const rows = salary ? salaryRows(salary, t) : [];
    if (!salary || rows.length === 0) return this.renderMissingSection(t.section);

    const money = (value: number) => formatMoney(value, salary.currency, locale);
    const view: SalaryView = this.view === 'table' || this.view === 'chart' ? this.view : 'both';
    const max = Math.max(...rows.map((row) => row.value)) || 1;
    return html`
      <div part="base" class="base view-${view}">
        <table part="table" class=${view === 'chart' ? 'visually-hidden' : ''}>
          <caption part="caption">${t.caption}: ${profile.name}</caption>
          <thead>
            <tr><th scope="col">${t.period}</th><th scope="col">${t.amount(salary.unitText === 'MONTH')}</th></tr>
          </thead>
          <tbody>
            ${rows.map(
              (row) => html`<tr class=${row.entry ? 'entry' : ''}><th scope="row">${row.label}</th><td>${money(row.value)}</td></tr>`,
            )}
          </tbody>
        </table>
        ${view === 'table'
          ? nothing
          : html`<div part="chart" class="chart" aria-hidden="true">
              ${rows.map(
                (row) => html`<div class="bar-row${row.entry ? ' entry' : ''}">
                  <span class="bar-label">${row.shortLabel}</span>
                  <svg part="bar" class="bar" viewBox="0 0 100 10" preserveAspectRatio="none" focusable="false">
                    ${svg`<rect width=${(row.value / max) * 100} height="10"></rect>`}
                  </svg>
                  <span class="bar-value">${money(row.value)}</span>
                </div>`,
              )}
            </div>`}
        ${this.renderSource(salary, locale)}
      </div>
    `;
  }

  private renderSource(salary: ProfileSalary, locale: string) {
    const t = this.i18n.pick(salaryStrings);
    const source = salary.source;
    const sourceHref = safeUrl(source?.url);
    if (!source && !salary.referenceDate && !salary.moreInfo) return nothing;
    return html`<p part="source" class="source">
      ${source
        ? html`<span>${t.source}: ${sourceHref ? html`<a href=${sourceHref} referrerpolicy=${referrerPolicy()}>${source.name}</a>` : source.name}</span>`
        : nothing}
      ${salary.referenceDate ? html`<span>${t.referenceDate}: ${formatDate(salary.referenceDate, locale)}</span>` : nothing}
      ${salary.moreInfo ? this.renderCta(salary.moreInfo) : nothing}
    </p>`;
  }
}

export type SalaryView = SalaryTable['view'];
