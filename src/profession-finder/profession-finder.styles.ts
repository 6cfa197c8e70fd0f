import { css } from 'lit';

export const finderStyles = css`
  .base,
  form,
  .intro,
  .result {
    display: grid;
    gap: var(--_space);
  }
  :is(.base, form, .intro, .result) > * {
    margin: 0;
  }
  /* Headings focused by script (a new page, the result) say where the reader is; they are no control to ring. */
  [tabindex='-1']:focus {
    outline: none;
  }
  .muted,
  dt {
    color: var(--_muted);
  }
  progress {
    appearance: none;
    inline-size: 100%;
    block-size: 0.5rem;
    border: 0;
    border-radius: 1rem;
    overflow: hidden;
  }
  /* Apart, not in one list with progress: the CSS minifier drops a vendor pseudo-element from a list. */
  progress {
    background: var(--_subtle);
  }
  progress::-webkit-progress-bar {
    background: transparent;
  }
  progress::-webkit-progress-value {
    background: var(--_accent);
  }
  progress::-moz-progress-bar {
    background: var(--_accent);
  }
  fieldset {
    min-inline-size: 0;
    margin: 0;
    padding: 0;
    border: 0;
  }
  legend {
    padding: 0 0 0.5em;
    font-weight: 700;
  }
  legend .muted {
    display: block;
    font-weight: normal;
    font-size: 0.875em;
  }
  /* One answer under the other on a phone (no "Mag ich nicht" alone on a second row), side by side where three fit. */
  .answers {
    display: grid;
    gap: 0.5em;
  }
  @container (min-width: 30rem) {
    .answers {
      grid-template-columns: repeat(3, 1fr);
    }
  }
  .answer {
    display: flex;
    align-items: center;
    gap: 0.75em;
    min-block-size: 2.75rem;
    padding: 0.5em 0.75em;
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    cursor: pointer;
  }
  .answer:has(:checked) {
    border-color: var(--_accent);
    box-shadow: inset 0 0 0 1px var(--_accent);
  }
  input {
    inline-size: 1.25em;
    block-size: 1.25em;
    margin: 0;
    flex: none;
    accent-color: var(--_accent);
  }
  .actions {
    display: flex;
    flex-wrap: wrap;
    gap: 0.75em;
  }
  .button {
    justify-self: start;
  }
  ul,
  ol {
    margin: 0;
    padding: 0;
    list-style: none;
    display: grid;
    gap: 0.75em;
  }
  .interests li {
    flex: 1 1 22rem;
    display: grid;
    gap: 0.25em;
  }
  /* The track is the picture's background, the score its one rect (as the salary table's bars). */
  .bar {
    display: block;
    inline-size: 100%;
    block-size: 0.75rem;
    background: var(--_subtle);
    border-radius: calc(var(--_radius) / 2);
  }
  .bar rect {
    fill: var(--_accent);
  }
  .filters {
    display: flex;
    flex-wrap: wrap;
    gap: 0.75em 1.5em;
  }
  /* A select is as wide as its longest option; here it takes its label's width instead, down to 320 px. */
  .filters label {
    display: grid;
    grid-template-columns: minmax(0, 1fr);
    gap: 0.25em;
    flex: 1 1 14rem;
    min-inline-size: 0;
  }
  select {
    font: inherit;
    min-block-size: 2.75rem;
    padding: 0.25em 0.5em;
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    background: transparent;
    color: inherit;
    inline-size: 100%;
  }
  /* Cards that wrap and grow, each as tall as its content: no empty track, no stretched card. */
  .professions,
  .interests {
    display: flex;
    flex-wrap: wrap;
    align-items: start;
    gap: var(--_space);
  }
  /* Two cards a row at 1280 px: ten fill five rows. */
  .profession {
    flex: 1 1 26rem;
    display: grid;
    gap: 0.5em;
    padding: var(--_space);
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
  }
  .profession > * {
    margin: 0;
  }
  .profession a {
    font-weight: 700;
  }
  .facts {
    display: grid;
    /* Four facts, two by two: no lone fact on a row of its own. */
    grid-template-columns: 1fr 1fr;
    gap: 0.5em 1em;
    margin: 0;
    font-size: 0.875em;
  }
  dd {
    margin: 0;
  }
  /* A fact's label after its icon. */
  dt {
    display: flex;
    align-items: center;
    gap: 0.35em;
  }
  .state.empty {
    flex-direction: column;
    gap: 0.75em;
    min-block-size: 8rem;
  }
  .state.empty p {
    margin: 0;
  }
  /* Height while loading: about the intro's (title, text, count, button) at a phone's width. */
  .loading {
    --_reserved-block-size: 14rem;
  }
  @media (forced-colors: active) {
    progress,
    .bar {
      forced-color-adjust: none;
      border: 1px solid CanvasText;
    }
    progress::-webkit-progress-value {
      background: Highlight;
    }
    .bar {
      background: Canvas;
    }
    .bar rect {
      fill: Highlight;
    }
    .answer:has(:checked) {
      border: 3px solid Highlight;
    }
  }
  /* On paper: the result alone, every profession whole; links print their address (baseStyles). */
  @media print {
    .actions,
    .filters,
    .more {
      display: none;
    }
    .profession {
      break-inside: avoid;
    }
    .bar rect {
      print-color-adjust: exact;
    }
  }
`;
