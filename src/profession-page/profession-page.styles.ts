import { css } from 'lit';

/**
 * A header (the profession's name), the contents as a row of chips, then the sections. The sections
 * are slotted light-DOM children: spaced by the grid's gap, which no margin rule of the host page can undo.
 */
export const pageStyles = css`
  .base {
    display: grid;
    gap: calc(var(--_space) * 2);
  }
  :is(p, ol, ul) {
    margin: 0;
  }
  .header {
    display: grid;
    gap: calc(var(--_space) / 3);
    padding-block-end: var(--_space);
    border-block-end: 1px solid var(--_border);
  }
  .kicker {
    color: var(--_accent);
    font-weight: 700;
    font-size: 0.875em;
  }
  .layout {
    display: grid;
    gap: calc(var(--_space) * 2);
  }
  /* The contents: a row of small chips that wraps, the same at every width; ten links in a few lines. */
  .toc {
    display: grid;
    gap: calc(var(--_space) / 2);
  }
  .toc-title,
  .related-title {
    color: var(--_muted);
    font-size: 0.875em;
    font-weight: 700;
  }
  .toc ol {
    display: flex;
    flex-wrap: wrap;
    gap: calc(var(--_space) / 2);
    padding: 0;
    list-style: none;
  }
  .toc a {
    display: block;
    padding: 0.25em 0.75em;
    border: 1px solid var(--_border);
    border-radius: 999px;
    background: var(--_surface);
    font-size: 0.875em;
    font-weight: 600;
    text-decoration: none;
  }
  .toc a:hover {
    border-color: var(--_accent);
    text-decoration: underline;
  }
  .sections {
    display: grid;
    gap: calc(var(--_space) * 3);
    min-inline-size: 0;
  }
  slot {
    display: contents;
  }
  ::slotted(*) {
    min-inline-size: 0;
    scroll-margin-block-start: var(--cw-scroll-margin, 1rem);
  }
  ::slotted(:not(profession-facts, script)) {
    padding-block-start: calc(var(--_space) * 2);
    border-block-start: 1px solid var(--_border);
  }
  .related {
    display: grid;
    gap: calc(var(--_space) / 2);
    padding-block-start: var(--_space);
    border-block-start: 1px solid var(--_border);
  }
  .related ul {
    display: grid;
    gap: 0.375em;
    padding: 0;
    list-style: none;
  }
  .related li {
    display: flex;
    flex-wrap: wrap;
    gap: 0.25em 0.75em;
  }
  /* Paper: no contents (there is nothing to click), no quiz (it cannot be answered on paper). */
  @media print {
    .toc,
    ::slotted(:is(profession-quiz, career-quiz)) {
      display: none !important;
    }
    .layout {
      display: block;
    }
    .sections {
      gap: calc(var(--_space) * 2);
    }
    ::slotted(*) {
      break-before: auto;
    }
    /* Narrower than its wide layout (48rem), the career path runs top-down: four columns of open disclosures are unreadable on A4. */
    ::slotted(career-path) {
      max-inline-size: 40rem;
    }
  }
`;
