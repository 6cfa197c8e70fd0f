import { css } from 'lit';

/**
 * What the section elements (profile-section.ts) share: a title, sub-sections, cards of named
 * texts, lists. Only the shared private tokens of styles.ts, never a literal colour, so a theme
 * (and the light/dark palette) reaches every piece.
 */
export const sectionStyles = css`
  .base {
    display: grid;
    gap: calc(var(--_space) * 1.5);
    min-inline-size: 0;
  }
  :is(h1, h2, h3, h4, h5, h6, p, ul, ol, dl, dd, figure) {
    margin: 0;
  }
  .block {
    display: grid;
    gap: var(--_space);
    align-content: start;
    min-inline-size: 0;
  }
  .block > p,
  .lead {
    max-inline-size: 46em;
  }
  .lead {
    font-size: 1.0625em;
  }
  /*
   * Cards wrap, at most three to a row (two for four cards), and the cards of a short row grow to
   * fill it: no row leaves an empty track. Each card is as tall as its own text (align-items), so
   * none is stretched with an empty bottom.
   */
  .cards {
    --_columns: 3;
    display: flex;
    flex-wrap: wrap;
    align-items: start;
    gap: var(--_space);
    padding: 0;
    list-style: none;
  }
  .cards.pairs {
    --_columns: 2;
  }
  .cards > * {
    flex: 1 1 max(min(100%, 17rem), calc((100% - (var(--_columns) - 1) * var(--_space)) / var(--_columns)));
  }
  .card {
    display: grid;
    gap: calc(var(--_space) / 2);
    align-content: start;
    min-inline-size: 0;
    padding: var(--_space);
    border: 1px solid var(--_border);
    border-block-start: 3px solid var(--_accent);
    border-radius: var(--_radius);
    background: var(--_surface);
    break-inside: avoid;
  }
  .card-title .icon {
    margin-inline-end: 0.375em;
    color: var(--_accent);
  }
  /* A sub-section to open (profile-section.ts, more()): its heading a full-width bar with a chevron, a finger's height. */
  .more > summary {
    display: flex;
    align-items: center;
    justify-content: space-between;
    gap: var(--_space);
    min-block-size: 2.75rem;
    padding-block: 0.375em;
    border-block-end: 1px solid var(--_border);
    cursor: pointer;
    list-style: none;
  }
  .more > summary::-webkit-details-marker {
    display: none;
  }
  .more > summary .icon {
    color: var(--_accent);
  }
  .more[open] > summary .icon {
    rotate: 180deg;
  }
  .more > .block {
    padding-block-start: var(--_space);
  }
  .bullets {
    display: grid;
    gap: calc(var(--_space) / 3);
    margin: 0;
    padding-inline-start: 1.25em;
  }
  .bullets li::marker {
    color: var(--_accent);
  }
  .note,
  .muted {
    color: var(--_muted);
  }
  /* A box for a short text that stands out: a hint, the submission, did-you-know facts. */
  .callout {
    display: grid;
    gap: calc(var(--_space) / 2);
    padding: var(--_space);
    border-radius: var(--_radius);
    border-inline-start: 4px solid var(--_accent);
    background: var(--_subtle);
    break-inside: avoid;
  }
  @media print {
    /* On paper every sub-section is open (Chrome 131, Safari 18.4, Firefox 143: ::details-content). */
    ::details-content {
      content-visibility: visible;
    }
    .more > summary .icon {
      display: none;
    }
    .title,
    .subheading,
    .card-title {
      break-after: avoid;
    }
    .card {
      border-block-start-width: 1px;
    }
  }
`;
