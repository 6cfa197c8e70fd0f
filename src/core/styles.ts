import { css } from 'lit';

/**
 * What every element shares: theme tokens with defaults, the host page's font
 * and colour, dark mode, and the loading / error / empty states. Components
 * read the private `--_x` values; designers set the public `--cw-x` ones.
 */
export const baseStyles = css`
  :host {
    --_accent: var(--cw-color-accent, #0b57d0);
    --_on-accent: var(--cw-color-on-accent, #ffffff);
    --_muted: var(--cw-color-muted, #5b6470);
    --_border: var(--cw-color-border, #c9ced6);
    --_surface: var(--cw-color-surface, transparent);
    --_subtle: var(--cw-color-subtle, rgb(127 127 127 / 0.1));
    --_error: var(--cw-color-error, #b3261e);
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
     * Every other inherited property that moves text is ours, whatever the page sets on
     * <body> or on every element (a reset's "* { font: inherit }", "* { line-height: 1.2 }").
     * !important because a page rule that matches the host itself (such as "*") beats a
     * plain :host rule, while an !important :host rule beats the page's, even its
     * !important ones. Size and line height stay themable through --cw-font-size and
     * --cw-line-height (1rem: the element follows the root font size, the reader's text size).
     * test/hardening/pages/host-pages.mjs checks this on hostile, Bootstrap and Tailwind pages.
     */
    font-size: var(--cw-font-size, 1rem) !important;
    line-height: var(--cw-line-height, 1.5) !important;
    font-weight: normal !important;
    font-style: normal !important;
    font-variant: normal !important;
    font-stretch: normal !important;
    letter-spacing: normal !important;
    word-spacing: normal !important;
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
  @media (prefers-color-scheme: dark) {
    :host {
      --_accent: var(--cw-color-accent, #a8c7fa);
      --_on-accent: var(--cw-color-on-accent, #062e6f);
      --_muted: var(--cw-color-muted, #b4bcc7);
      --_border: var(--cw-color-border, #5c6470);
      --_error: var(--cw-color-error, #f2b8b5);
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
