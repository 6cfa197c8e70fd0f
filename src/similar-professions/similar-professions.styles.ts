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
  .facts {
    gap: 0.25em;
    font-size: 0.9375em;
  }
  .facts div {
    display: flex;
    flex-wrap: wrap;
    column-gap: 0.5em;
  }
  dd {
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
