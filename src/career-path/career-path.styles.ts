import { css } from 'lit';

/**
 * The stages top-down; when the element's own box (its container, not the viewport) is wide, each
 * stage uses the width: facts in two columns, the training's steps in a row, boxes side by side.
 */
export const careerPathStyles = css`
  :host {
    --_marker: 1rem;
  }
  .base {
    /* Long German compounds must wrap rather than overflow a 320 px sidebar. */
    overflow-wrap: anywhere;
  }
  p,
  ol,
  ul,
  dl,
  dd {
    margin: 0;
    padding: 0;
  }
  ol,
  ul {
    list-style: none;
  }
  .timeline {
    display: grid;
    gap: var(--_space);
  }
  .stage {
    position: relative;
    display: grid;
    gap: calc(var(--_space) / 2);
    align-content: start;
    min-inline-size: 0;
    padding-inline-start: calc(var(--_marker) + var(--_space));
  }
  /* The line from this stage to the next, and the stage's marker. */
  .stage::before,
  .step::before {
    content: '';
    position: absolute;
    inset-block: calc(var(--_marker) / 2) calc(-1 * var(--_space));
    inset-inline-start: calc(var(--_marker) / 2 - 1px);
    border-inline-start: 2px solid var(--_border);
  }
  .stage:last-child::before,
  .step:last-child::before {
    display: none;
  }
  .stage::after,
  .step::after {
    content: '';
    position: absolute;
    inset-block-start: 0.25em;
    inset-inline-start: 0;
    inline-size: var(--_marker);
    block-size: var(--_marker);
    border-radius: 50%;
    background: var(--_accent);
  }
  [part~='title'] {
    margin-block-end: var(--_space);
  }
  .label,
  .step-title {
    font-weight: 700;
  }
  .kind,
  .meta,
  .facts dt {
    color: var(--_muted);
  }
  .pay {
    font-variant-numeric: tabular-nums;
    font-weight: 700;
  }
  .strengths,
  .options {
    display: grid;
    gap: 0.25em;
  }
  .strengths li {
    padding-inline-start: 1em;
    text-indent: -1em;
  }
  .strengths li::before {
    content: '✓ ';
    /* A decoration: not read as part of each strength (the first value is for browsers without alt text). */
    content: '✓ ' / '';
    color: var(--_accent);
  }
  .steps {
    display: grid;
    gap: calc(var(--_space) / 2);
    margin-block-start: calc(var(--_space) / 4);
  }
  .step {
    --_marker: 0.75rem;
    position: relative;
    padding-inline-start: calc(var(--_marker) + var(--_space) / 2);
  }
  .step::before {
    inset-block-end: calc(-1 * var(--_space) / 2);
    border-inline-start-style: dotted;
  }
  .step::after {
    inset-block-start: 0.375em;
    background: transparent;
    border: 2px solid var(--_accent);
  }
  /* Exams are milestones: a filled diamond in their own colour. */
  .exam::after {
    border: 0;
    border-radius: 0;
    background: var(--_milestone);
    transform: rotate(45deg) scale(0.85);
  }
  .shortening {
    display: grid;
    gap: 0.25em;
    padding: calc(var(--_space) / 2) calc(var(--_space) * 0.75);
    border: 1px dashed var(--_border);
    border-radius: var(--_radius);
    background: var(--_subtle);
  }
  .facts div {
    display: flex;
    flex-wrap: wrap;
    column-gap: 0.35em;
  }
  .facts dd {
    font-weight: 700;
  }
  .about,
  .boxes,
  .branches {
    display: grid;
    gap: calc(var(--_space) / 2);
  }
  .branch {
    display: grid;
    gap: 0.25em;
    padding-inline-start: calc(var(--_space) * 0.75);
    border-inline-start: 2px solid var(--_border);
  }
  .disclosure-text {
    padding-block: 0.25em 0.5em;
  }
  summary {
    /* At least 24 × 24 px to hit (WCAG 2.5.8). */
    min-block-size: 1.5rem;
    padding-block: 0.125rem;
    color: var(--_accent);
    cursor: pointer;
    border-radius: calc(var(--_radius) / 2);
  }
  summary:hover {
    text-decoration: underline;
  }

  /*
   * Forced colours (Windows high contrast) drop backgrounds, and with them the filled markers:
   * the stages' dots and the exams' diamonds are painted in the text's system colour instead.
   */
  @media (forced-colors: active) {
    .stage::after,
    .exam::after {
      forced-color-adjust: none;
      background: CanvasText;
    }
  }
  @container (min-width: 48rem) {
    /* Facts in balanced columns; each fact whole in one. */
    .about {
      display: block;
      columns: 2;
      column-gap: calc(var(--_space) * 2);
    }
    .about > * {
      break-inside: avoid;
      margin-block-end: calc(var(--_space) / 2);
    }
    /* The years and exams from left to right, the dotted line across from marker to marker. */
    .steps,
    .boxes,
    .branches {
      display: flex;
      flex-wrap: wrap;
      align-items: start;
      gap: var(--_space);
    }
    .step {
      flex: 1 1 9rem;
      padding-inline-start: 0;
      padding-block-start: calc(var(--_marker) + var(--_space) / 2);
    }
    .step::before {
      inset-block: calc(var(--_marker) / 2 - 1px) auto;
      inset-inline: var(--_marker) calc(-1 * var(--_space));
      border-inline-start: 0;
      border-block-start: 2px dotted var(--_border);
    }
    .step::after {
      inset-block-start: 0;
    }
    .boxes > *,
    .branch {
      flex: 1 1 17rem;
    }
  }
  /* Height while loading: the ready timeline of the seed profile with its title, narrow, then wide (measured at 300–1200 px). */
  .loading {
    --_reserved-block-size: 112rem;
  }
  @container (min-width: 48rem) {
    .loading {
      --_reserved-block-size: 73rem;
    }
  }
  @container (min-width: 56rem) {
    .loading {
      --_reserved-block-size: 67rem;
    }
  }
  @container (min-width: 64rem) {
    .loading {
      --_reserved-block-size: 64rem;
    }
  }
`;
