import { css } from 'lit';

/** The Themenwelten as a row of boxes, the similar professions as cards with their facts in a line. */
export const similarStyles = css`
  .themes,
  .professions,
  .theme-professions {
    margin: 0;
    padding: 0;
    list-style: none;
  }
  .themes {
    display: grid;
    grid-template-columns: repeat(auto-fill, minmax(min(100%, 17rem), 1fr));
    gap: calc(var(--_space) * 0.75);
  }
  .theme {
    display: grid;
    gap: 0.25em;
    align-content: start;
    min-inline-size: 0;
    padding: calc(var(--_space) * 0.75);
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_subtle);
  }
  li.theme:has(> details) {
    padding: 0;
  }
  [part~='theme-name'] {
    font-weight: 700;
  }
  a[part~='theme-name'],
  [part~='link'] {
    /* At least 24 × 24 px to hit (WCAG 2.2, 2.5.8). */
    display: inline-block;
    min-block-size: 24px;
  }
  summary {
    padding: calc(var(--_space) * 0.75);
    border-radius: var(--_radius);
    cursor: pointer;
  }
  details > :not(summary) {
    margin-inline: calc(var(--_space) * 0.75);
  }
  details[open] > :last-child {
    margin-block-end: calc(var(--_space) * 0.75);
  }
  details .theme-description {
    margin-block-end: 0.5em;
  }
  .theme-description,
  .count,
  .note,
  dt {
    color: var(--_muted);
  }
  .theme-description,
  .note {
    font-size: 0.9375em;
  }
  .count {
    font-weight: normal;
  }
  .theme-professions {
    display: grid;
    gap: 0.25em;
  }
  .professions {
    display: grid;
    grid-template-columns: repeat(auto-fill, minmax(min(100%, 17rem), 1fr));
    gap: var(--_space);
  }
  .profession {
    display: grid;
    gap: 0.5em;
    align-content: start;
    min-inline-size: 0;
    padding: var(--_space);
    border: 1px solid var(--_border);
    border-block-start: 3px solid var(--_accent);
    border-radius: var(--_radius);
    background: var(--_surface);
    break-inside: avoid;
  }
  .profession-name {
    font-size: 1.0625em;
    font-weight: 700;
    line-height: 1.35;
  }
  .facts {
    display: grid;
    gap: 0.25em;
    margin: 0;
    font-size: 0.9375em;
  }
  .facts div {
    display: flex;
    flex-wrap: wrap;
    column-gap: 0.5em;
  }
  dd {
    margin: 0;
    font-weight: 700;
  }
  /* Ready height (seed profile), so the page does not jump when the catalog arrives. */
  .loading {
    --_reserved-block-size: 52rem;
  }
  @container (min-width: 36rem) {
    .loading {
      --_reserved-block-size: 36rem;
    }
  }
  @container (min-width: 56rem) {
    .loading {
      --_reserved-block-size: 30rem;
    }
  }
`;
