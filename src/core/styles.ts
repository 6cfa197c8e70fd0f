import { css } from 'lit';

/**
 * What every element shares: theme tokens with defaults (one palette for every
 * element), the host page's font, colour and colour scheme, and the loading /
 * error / empty states. Components read the private `--_x` values; designers set
 * the public `--cw-x` ones (a `light-dark()` value of their own works too).
 */
export const baseStyles = css`
  /*
   * The palette. light-dark() picks by the element's used color-scheme, which it inherits from
   * the host page: a page that declares none is light, "color-scheme: light dark" follows the
   * reader's system, "dark" is dark, and color-scheme on the element itself wins. Not
   * prefers-color-scheme: most host pages are light-only, and a reader's dark system setting
   * must not paint light text on their white page. Native controls (the quiz's radios) follow
   * the same inherited color-scheme. Every default meets 4.5:1 for text and 3:1 for bars,
   * borders and focus rings on the page's canvas in both schemes (test/a11y/).
   */
  :host {
    --_accent: var(--cw-color-accent, light-dark(#0b57d0, #a8c7fa));
    --_on-accent: var(--cw-color-on-accent, light-dark(#ffffff, #062e6f));
    --_muted: var(--cw-color-muted, light-dark(#5b6470, #b4bcc7));
    --_border: var(--cw-color-border, light-dark(#868e99, #767e8a));
    --_error: var(--cw-color-error, light-dark(#b3261e, #f2b8b5));
    --_correct: var(--cw-color-correct, light-dark(#1b7f4b, #8fd9a8));
    --_entry: var(--cw-color-entry, light-dark(#1b7f4b, #8fd9a8));
    --_milestone: var(--cw-color-milestone, light-dark(#9a4d00, #ffb77c));
    --_vacancy-background: var(--cw-vacancy-background, light-dark(rgb(127 127 127 / 0.06), rgb(255 255 255 / 0.06)));
    --_surface: var(--cw-color-surface, transparent);
    --_subtle: var(--cw-color-subtle, rgb(127 127 127 / 0.1));
    --_radius: var(--cw-radius, 0.5rem);
    --_space: var(--cw-space, 1rem);
    --_focus: var(--cw-color-focus, var(--_accent));

    display: block;
    box-sizing: border-box;
    /* The host page's typeface and colour, unless a designer sets ours. */
    font-family: var(--cw-font-family, inherit);
    color: var(--cw-color-text, inherit);
    container-type: inline-size;
    /*
     * Text spacing is the reader's (WCAG 1.4.12): line-height, letter-spacing and word-spacing
     * are plain declarations, so that what an ancestor sets (a page's "body { letter-spacing }")
     * stops here, while a rule that matches the host itself - which is how a reader's
     * text-spacing bookmarklet or extension works ("* { line-height: 1.5 !important }") - wins
     * and reaches every text inside (test/a11y/text-spacing.test.ts).
     */
    line-height: var(--cw-line-height, 1.5);
    letter-spacing: normal;
    word-spacing: normal;
    /*
     * Every other inherited property that moves text is ours, whatever the page sets on
     * <body> or on every element (a reset's "* { font-weight: inherit }").
     * !important because a page rule that matches the host itself (such as "*") beats a
     * plain :host rule, while an !important :host rule beats the page's, even its
     * !important ones. Size stays themable through --cw-font-size (1rem: the element
     * follows the root font size, the reader's text size).
     * test/hardening/pages/host-pages.mjs checks this on hostile, Bootstrap and Tailwind pages.
     */
    font-size: var(--cw-font-size, 1rem) !important;
    font-weight: normal !important;
    font-style: normal !important;
    font-variant: normal !important;
    font-stretch: normal !important;
    text-indent: 0 !important;
    text-transform: none !important;
    text-align: start !important;
    white-space: normal !important;
    word-break: normal !important;
    hyphens: manual !important;
    /*
     * A German compound too long for its line ("Tarifvertragsverhandlungsergebnisdokumentation")
     * breaks rather than overflows, in grid and flex layouts too. Table cells should set
     * overflow-wrap: break-word, so that columns are not squeezed below their longest word.
     */
    overflow-wrap: anywhere !important;
  }
  /* Browsers before light-dark() (Chrome 123, Firefox 120, Safari 17.5) get the light palette. */
  @supports not (color: light-dark(#000, #fff)) {
    :host {
      --_accent: var(--cw-color-accent, #0b57d0);
      --_on-accent: var(--cw-color-on-accent, #fff);
      --_muted: var(--cw-color-muted, #5b6470);
      --_border: var(--cw-color-border, #868e99);
      --_error: var(--cw-color-error, #b3261e);
      --_correct: var(--cw-color-correct, #1b7f4b);
      --_entry: var(--cw-color-entry, #1b7f4b);
      --_milestone: var(--cw-color-milestone, #9a4d00);
      --_vacancy-background: var(--cw-vacancy-background, rgb(127 127 127 / 0.06));
    }
  }
  :host([hidden]) {
    display: none;
  }
  /* Not "inherit": a page's "* { box-sizing: content-box }" reaches the host and would flow in. */
  *,
  *::before,
  *::after {
    box-sizing: border-box;
  }
  /*
   * One type scale for every element and the page: a heading's size comes from its tag (its level,
   * heading-level), never from the element, so titles at the same level look alike everywhere.
   * Their line height is the host's, so that a reader's own text spacing reaches them (WCAG 1.4.12).
   */
  h1,
  h2,
  h3,
  h4,
  h5,
  h6 {
    margin: 0;
    font-size: var(--cw-font-size-h6, 1em);
    font-weight: 700;
  }
  h1 {
    font-size: var(--cw-font-size-h1, 2em);
  }
  h2 {
    font-size: var(--cw-font-size-h2, 1.5em);
  }
  h3 {
    font-size: var(--cw-font-size-h3, 1.25em);
  }
  h4 {
    font-size: var(--cw-font-size-h4, 1.0625em);
  }
  h5 {
    font-size: var(--cw-font-size-h5, 1em);
  }
  /* The browser's button styles reset text spacing to "normal"; the reader's must reach buttons too. */
  button {
    font: inherit;
    letter-spacing: inherit;
    word-spacing: inherit;
  }
  /*
   * The one button look, on <button> and on links that are calls to action: filled accent, or
   * outlined (secondary); at least 44 px tall (a finger's target).
   */
  .button {
    display: inline-flex;
    align-items: center;
    justify-content: center;
    gap: 0.5em;
    min-block-size: 2.75rem;
    padding: 0.5em 1.25em;
    border: 2px solid var(--_accent);
    border-radius: var(--_radius);
    background: var(--_accent);
    color: var(--_on-accent);
    font-weight: 600;
    text-decoration: none;
    cursor: pointer;
  }
  .button.secondary {
    background: transparent;
    color: var(--_accent);
  }
  /* The small inline icons (icons.ts): as tall as a line of text, in the text's colour. */
  .icon {
    flex: none;
    inline-size: 1.25em;
    block-size: 1.25em;
    vertical-align: -0.25em;
  }
  .base {
    background: var(--_surface);
    border-radius: var(--_radius);
  }
  .state {
    display: flex;
    align-items: center;
    justify-content: center;
    min-block-size: var(--cw-min-block-size, 12rem);
    padding: var(--_space);
    border: 1px dashed var(--_border);
    border-radius: var(--_radius);
    color: var(--_muted);
    text-align: center;
  }
  .state.error {
    border-style: solid;
    border-color: var(--_error);
    color: var(--_error);
  }
  /*
   * While loading, the box is as tall as the element will most likely be when ready, so that
   * nothing below it moves when the profile arrives (layout shift, bench/RESULTS.md). Each
   * element sets --_reserved-block-size on its .loading for its own layout at each container
   * width (measured on the seed profile); a designer's --cw-min-block-size wins. README.md
   * repeats these heights in its :not(:defined) rules, for the moment before the script runs.
   * The words sit at the top, where a reader sees them in a tall box.
   */
  .state.loading {
    min-block-size: var(--cw-min-block-size, var(--_reserved-block-size, 12rem));
    align-items: start;
  }
  a {
    color: var(--_accent);
  }
  :focus-visible {
    outline: 3px solid var(--_focus);
    outline-offset: 2px;
  }
  /* On paper a link cannot be followed: its address is printed after it (a pupil takes the page to a counsellor). */
  @media print {
    a[href^='http']::after {
      content: ' (' attr(href) ')';
      overflow-wrap: anywhere;
    }
  }
  .visually-hidden {
    position: absolute;
    inline-size: 1px;
    block-size: 1px;
    overflow: hidden;
    clip-path: inset(50%);
    white-space: nowrap;
  }
`;
