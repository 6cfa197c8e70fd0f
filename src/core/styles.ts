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
    font-size: var(--cw-font-size, 1rem);
    line-height: var(--cw-line-height, 1.5);
    color: var(--cw-color-text, inherit);
    text-align: start;
    container-type: inline-size;
    /*
     * A German compound too long for its line ("Tarifvertragsverhandlungsergebnisdokumentation")
     * breaks rather than overflows, in grid and flex layouts too. Table cells should set
     * overflow-wrap: break-word, so that columns are not squeezed below their longest word.
     */
    overflow-wrap: anywhere;
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
  *,
  *::before,
  *::after {
    box-sizing: inherit;
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
  a {
    color: var(--_accent);
  }
  :focus-visible {
    outline: 3px solid var(--_focus);
    outline-offset: 2px;
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
