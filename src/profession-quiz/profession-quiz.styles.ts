import { css } from 'lit';

export const quizStyles = css`
  .base {
    /* Long German compounds wrap rather than overflow a narrow column. */
    overflow-wrap: anywhere;
  }
  .base,
  form,
  .intro,
  .result {
    display: grid;
    gap: var(--_space);
    justify-items: start;
  }
  :is(.base, form, .intro, .result) > * {
    margin: 0;
    max-inline-size: 100%;
  }
  /* Sized by what they are, whatever their level (heading-level). */
  [part~='title'] {
    font-size: 1.25em;
  }
  [part~='result-heading'] {
    font-size: 1.125em;
  }
  .count,
  .step {
    color: var(--_muted);
  }
  progress {
    appearance: none;
    inline-size: 100%;
    block-size: 0.5rem;
    border: 0;
    border-radius: 1rem;
    overflow: hidden;
  }
  /* Apart, not in one list with progress: the CSS minifier drops a vendor pseudo-element from a list. */
  progress {
    background: var(--_subtle);
  }
  progress::-webkit-progress-bar {
    background: transparent;
  }
  progress::-webkit-progress-value {
    background: var(--_accent);
  }
  progress::-moz-progress-bar {
    background: var(--_accent);
  }
  fieldset {
    inline-size: 100%;
    min-inline-size: 0;
    margin: 0;
    padding: 0;
    border: 0;
    display: grid;
    gap: 0.5em;
  }
  legend {
    padding: 0 0 0.75em;
    font-weight: 700;
  }
  legend span {
    display: block;
  }
  .step {
    font-weight: normal;
    font-size: 0.875em;
  }
  /* --_mark: the colour of the chosen, right or wrong option, its tag and the feedback's edge. */
  .selected {
    --_mark: var(--_accent);
  }
  .right {
    --_mark: var(--_correct);
  }
  .wrong {
    --_mark: var(--_error);
  }
  .option {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 0.25em 0.75em;
    min-block-size: 2.75rem;
    padding: 0.5em 0.75em;
    border: 1px solid var(--_mark, var(--_border));
    box-shadow: inset 0 0 0 1px var(--_mark, transparent);
    border-radius: var(--_radius);
    cursor: pointer;
  }
  :disabled .option {
    cursor: default;
  }
  input {
    inline-size: 1.25em;
    block-size: 1.25em;
    margin: 0;
    accent-color: var(--_accent);
  }
  .option-text {
    flex: 1 1 12em;
  }
  .tag {
    font-size: 0.875em;
    font-weight: 700;
    color: var(--_mark);
  }
  .feedback {
    inline-size: 100%;
    padding: 0.75em;
    border-inline-start: 4px solid var(--_mark, var(--_border));
    background: var(--_subtle);
    border-radius: calc(var(--_radius) / 2);
  }
  /* Empty but present (never display: none), so a screen reader hears its text when it arrives. */
  .feedback:empty {
    padding: 0;
    border: 0;
    background: none;
  }
  .verdict {
    display: block;
    font-weight: 700;
  }
  button {
    min-block-size: 2.75rem;
    padding: 0.5em 1.25em;
    border: 1px solid var(--_accent);
    border-radius: var(--_radius);
    background: var(--_accent);
    color: var(--_on-accent);
    cursor: pointer;
  }
  button.secondary {
    background: transparent;
    color: var(--_accent);
  }
  /*
   * Forced colours (Windows high contrast): backgrounds and shadows are dropped, so the progress
   * is drawn in system colours, and the chosen, right and wrong options differ by their border's
   * colour, width and style, not by colour alone.
   */
  @media (forced-colors: active) {
    progress {
      forced-color-adjust: none;
      border: 1px solid CanvasText;
    }
    progress {
      background: Canvas;
    }
    progress::-webkit-progress-value {
      background: Highlight;
    }
    progress::-moz-progress-bar {
      background: Highlight;
    }
    .option.selected {
      border: 3px solid Highlight;
    }
    .option.right {
      border: 4px double CanvasText;
    }
    .option.wrong {
      border: 3px dashed CanvasText;
    }
    .feedback.wrong {
      border-inline-start-style: dashed;
    }
  }
  .result a {
    display: inline-flex;
    align-items: center;
    min-block-size: 2.75rem;
    font-weight: 700;
  }
  /* Height while loading: the title, intro and start button of the seed profile's quiz (bench/). */
  .loading {
    --_reserved-block-size: 12.25rem;
  }
  @container (min-width: 45rem) {
    .loading {
      --_reserved-block-size: 10.75rem;
    }
  }
`;
