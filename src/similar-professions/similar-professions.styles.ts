import { css } from 'lit';

/** The Themenwelten as boxes, the similar professions as cards, in the section elements' look (section.styles.ts). */
export const similarStyles = css`
  .base,
  .block,
  .theme,
  .profession,
  .facts {
    display: grid;
    align-content: start;
    min-inline-size: 0;
  }
  .base {
    gap: calc(var(--_space) * 1.5);
  }
  .block {
    gap: var(--_space);
  }
  p,
  ul,
  dl,
  dd {
    margin: 0;
  }
  ul {
    padding: 0;
    list-style: none;
  }
  /*
   * Boxes that wrap and grow: a row is always full (no empty track beside two cards), and each box is
   * as tall as its content (a closed Themenwelt beside an open one, a short card beside a long one).
   */
  .themes,
  .professions {
    display: flex;
    flex-wrap: wrap;
    gap: var(--_space);
    align-items: start;
  }
  .themes > *,
  .professions > * {
    flex: 1 1 17rem;
  }
  .theme,
  .profession {
    gap: 0.5em;
    padding: var(--_space);
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
  }
  .theme {
    background: var(--_subtle);
  }
  /* A disclosure fills its box: the whole summary is the target. */
  .theme:has(> details) {
    padding: 0;
  }
  summary {
    padding: var(--_space);
    cursor: pointer;
  }
  details > :not(summary) {
    margin: 0 var(--_space) var(--_space);
  }
  /* Names of several lines each: bullets and a gap tell one from the next. */
  .theme-professions {
    display: grid;
    gap: 0.35em;
    padding-inline-start: 1.25em;
    list-style: disc;
  }
  .theme-professions li::marker {
    color: var(--_accent);
  }
  /* Inline, so the bullet sits on the first line of a long name (each line is 24px tall: 1.5 × 16px). */
  .theme-professions a {
    display: inline;
  }
  .profession {
    border-block-start: 3px solid var(--_accent);
    background: var(--_surface);
    break-inside: avoid;
  }
  [part~='theme-name'],
  [part~='profession-name'] {
    font-weight: 700;
  }
  /* At least 24 × 24 px to hit (WCAG 2.2, 2.5.8). */
  a {
    display: inline-block;
    min-block-size: 24px;
  }
  .muted,
  .count,
  dt {
    color: var(--_muted);
    font-weight: normal;
  }
  /* Duration and kind side by side, the pay below them; each label above its value. */
  .facts {
    grid-template-columns: auto 1fr;
    gap: 0.5em 1.5em;
    font-size: 0.9375em;
  }
  .facts div:last-child {
    grid-column: 1 / -1;
  }
  /* A fact's label after its icon. */
  dt {
    display: flex;
    align-items: center;
    gap: 0.35em;
    font-size: 0.875em;
  }
  dd {
    font-weight: 700;
  }
  /* Ready height (seed profile, measured at each width), so the page does not jump when the catalog arrives. */
  .loading {
    --_reserved-block-size: 100rem;
  }
  @container (min-width: 35rem) {
    .loading {
      --_reserved-block-size: 63rem;
    }
  }
  @container (min-width: 45rem) {
    .loading {
      --_reserved-block-size: 58rem;
    }
  }
  @container (min-width: 60rem) {
    .loading {
      --_reserved-block-size: 46rem;
    }
  }
`;
