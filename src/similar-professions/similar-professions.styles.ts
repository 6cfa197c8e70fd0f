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
  [part~='title'] {
    font-size: 1.5em;
    font-weight: 700;
    line-height: 1.25;
  }
  [part~='subheading'] {
    font-size: 1.2em;
    font-weight: 700;
    line-height: 1.3;
  }
  ul {
    padding: 0;
    list-style: none;
  }
  .themes,
  .professions {
    display: grid;
    grid-template-columns: repeat(auto-fill, minmax(min(100%, 17rem), 1fr));
    gap: var(--_space);
    /* A closed Themenwelt keeps its own height beside an open one. */
    align-items: start;
  }
  /* Four or five sit in pairs, not three and a lone one. */
  .professions.pairs {
    grid-template-columns: repeat(auto-fill, minmax(min(100%, 22rem), 1fr));
  }
  .professions {
    align-items: stretch;
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
  [part~='profession-name'] {
    font-size: 1.0625em;
    line-height: 1.35;
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
  dt {
    font-size: 0.875em;
  }
  dd {
    font-weight: 700;
  }
  /* Ready height (seed profile, measured at each width), so the page does not jump when the catalog arrives. */
  .loading {
    --_reserved-block-size: 88rem;
  }
  @container (min-width: 36rem) {
    .loading {
      --_reserved-block-size: 78rem;
    }
  }
  /* From 45rem the professions sit in pairs. */
  @container (min-width: 45rem) {
    .loading {
      --_reserved-block-size: 50rem;
    }
  }
  @container (min-width: 60rem) {
    .loading {
      --_reserved-block-size: 46rem;
    }
  }
`;
