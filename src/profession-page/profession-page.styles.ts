import { css } from 'lit';

/**
 * A header, then the contents beside the sections on a wide element (sticky, so it stays in
 * reach) and above them on a phone. The sections are slotted light-DOM children: spaced by the
 * grid's gap, which no margin rule of the host page can undo.
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
  .title {
    margin: 0;
    font-size: clamp(1.625em, 5cqi, 2.5em);
    font-weight: 800;
    line-height: 1.15;
  }
  .layout {
    display: grid;
    gap: calc(var(--_space) * 2);
  }
  .toc {
    display: grid;
    gap: calc(var(--_space) / 2);
    padding: var(--_space);
    border-radius: var(--_radius);
    background: var(--_subtle);
  }
  .toc-title,
  .related-title {
    color: var(--_muted);
    font-size: 0.875em;
    font-weight: 700;
  }
  /* On a phone the contents are chips that wrap: ten links in a few lines, not a screenful. */
  .toc ol {
    display: flex;
    flex-wrap: wrap;
    gap: calc(var(--_space) / 2);
    padding: 0;
    list-style: none;
  }
  .toc a {
    display: block;
    padding: 0.3em 0.8em;
    min-block-size: 24px;
    border: 1px solid var(--_border);
    border-radius: 999px;
    background: var(--_surface);
    text-decoration: none;
    font-weight: 600;
  }
  .toc a:hover {
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
  @container (min-width: 60rem) {
    .layout {
      grid-template-columns: 14rem minmax(0, 1fr);
      gap: calc(var(--_space) * 3);
    }
    .toc {
      position: sticky;
      inset-block-start: var(--cw-scroll-margin, 1rem);
      align-self: start;
      padding: 0;
      background: none;
    }
    .toc ol {
      display: grid;
      gap: 0;
      border-inline-start: 2px solid var(--_border);
    }
    .toc a {
      padding: 0.4em 0 0.4em var(--_space);
      margin-inline-start: -2px;
      border: 0;
      border-inline-start: 2px solid transparent;
      border-radius: 0;
      background: none;
    }
    .toc a:hover {
      border-inline-start-color: var(--_accent);
    }
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
