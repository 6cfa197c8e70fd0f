import { css } from 'lit';

export const salaryTableStyles = css`
  .base,
  .figures {
    display: grid;
    gap: var(--_space);
  }
  /* A table of a few rows reads best at a reading width, not stretched over a wide page. */
  .table {
    max-inline-size: 48rem;
  }
  table {
    inline-size: 100%;
    border-collapse: collapse;
    font-variant-numeric: tabular-nums;
  }
  caption {
    text-align: start;
    font-weight: 700;
    padding-block-end: calc(var(--_space) / 2);
    caption-side: top;
  }
  th,
  td {
    padding: 0.4em 0.5em;
    border-block-end: 1px solid var(--_border);
    text-align: start;
    font-weight: normal;
    /* Columns as wide as their longest word (the host breaks words anywhere). */
    overflow-wrap: break-word;
  }
  /*
   * Phone-narrow: fixed columns, so the table never widens the page; a word longer than its column
   * (a German compound) breaks inside it (break-word), every other word stays whole. With
   * overflow-wrap: anywhere the automatic layout squeezed both columns and broke words that fit
   * ("Ausbildungsja|hr" at 290 px).
   */
  @container (max-width: 24rem) {
    table {
      table-layout: fixed;
    }
    thead th:first-child {
      inline-size: 58%;
    }
  }
  /* With view="chart" the table is for screen readers only: let it shrink, so it never widens the page. */
  .visually-hidden :is(table, th, td) {
    white-space: normal;
    overflow-wrap: anywhere;
  }
  thead th {
    font-weight: 700;
  }
  td,
  thead th:last-child {
    text-align: end;
  }
  tr.entry th,
  tr.entry td {
    font-weight: 700;
  }
  /* The bar beside its amount, the amount in a column of its own width; on a phone the bar under it. */
  .value {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    justify-content: flex-end;
    gap: 0.25em 0.75em;
  }
  .bars .bar {
    order: 1;
    flex: 1 1 100%;
    block-size: 0.75em;
  }
  .bars .amount {
    min-inline-size: 5.5em;
  }
  @container (min-width: 30rem) {
    .bars .bar {
      order: 0;
      flex-basis: 2rem;
      block-size: 1.25em;
    }
    .bars thead th:first-child {
      inline-size: 40%;
    }
  }
  .chart {
    display: grid;
    /* A label ("4. Jahr (6 Monate)") wraps before the chart grows wider than its container. */
    grid-template-columns: minmax(min-content, max-content) minmax(3rem, 1fr) max-content;
    gap: 0.5em 0.75em;
    align-items: center;
    font-variant-numeric: tabular-nums;
    margin: 0;
  }
  .bar-row {
    display: contents;
  }
  .bar {
    display: block;
    inline-size: 100%;
    block-size: 1.25em;
    fill: var(--_accent);
    border-radius: calc(var(--_radius) / 2);
    background: var(--_subtle);
  }
  .entry .bar {
    fill: var(--_entry);
  }
  /* Forced colours (Windows high contrast): the bars and their track in system colours, the entry bar apart. */
  @media (forced-colors: active) {
    .bar {
      forced-color-adjust: none;
      background: Canvas;
      outline: 1px solid CanvasText;
    }
    .bar rect {
      fill: CanvasText;
    }
    .entry .bar rect {
      fill: Highlight;
    }
  }
  .source {
    margin: 0;
    display: flex;
    flex-wrap: wrap;
    gap: 0.25em 1em;
    color: var(--_muted);
    font-size: 0.875em;
  }
  /* A year without pay: the words take the bar's place, so no empty bar reads as a wage of zero. */
  .bar-none {
    grid-column: span 2;
    color: var(--_muted);
    font-style: italic;
  }
  .row-note {
    display: block;
    font-size: 0.875em;
    color: var(--_muted);
  }
  summary {
    font-size: 0.875em;
    min-block-size: 1.5rem;
    color: var(--_accent);
    cursor: pointer;
  }
  .notes {
    margin: 0.25em 0 0;
    padding-inline-start: 1.25em;
    display: grid;
    gap: 0.25em;
    font-size: 0.875em;
  }
  /*
   * Height while loading: the ready table with its bars, the closed notes and the source of the seed
   * profile (a three-year training), measured at 300–1200 px wide.
   */
  .loading {
    --_reserved-block-size: 34.5rem;
  }
  @container (min-width: 30rem) {
    .loading {
      --_reserved-block-size: 25.5rem;
    }
  }
  @container (min-width: 40rem) {
    .loading {
      --_reserved-block-size: 21.75rem;
    }
  }
`;
