import { css } from 'lit';

export const quizStyles = css`
  .base {
    /* Long German compounds wrap rather than overflow a narrow column. */
    overflow-wrap: anywhere;
    /* A line of a question or an option stays short enough to read at a glance on a wide page. */
    max-inline-size: 48rem;
  }
  .base,
  form,
  .intro {
    display: grid;
    gap: var(--_space);
  }
  /* Buttons as wide as their words; the title and the result box span the element (no hole beside them). */
  form,
  .intro {
    justify-items: start;
  }
  :is(.base, form, .intro, .result) > *,
  .score p {
    margin: 0;
    max-inline-size: 100%;
  }
  .count,
  .step {
    color: var(--_muted);
  }
  progress {
    appearance: none;
    inline-size: 100%;
    block-size: 0.375rem;
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
  /* Radio, then the text; after checking, a tag under the text (not beside it: the same at every width). */
  .option {
    display: grid;
    grid-template-columns: auto 1fr;
    align-items: center;
    gap: 0.25em 0.75em;
    min-block-size: 3rem;
    padding: 0.625em 1em;
    border: 1px solid var(--_mark, var(--_border));
    box-shadow: inset 0 0 0 1px var(--_mark, transparent);
    border-radius: var(--_radius);
    cursor: pointer;
  }
  :disabled .option {
    cursor: default;
  }
  :enabled > .option:hover {
    border-color: var(--_accent);
  }
  input {
    inline-size: 1.25em;
    block-size: 1.25em;
    margin: 0;
    accent-color: var(--_accent);
  }
  .tag {
    grid-column: 2;
    display: flex;
    align-items: center;
    gap: 0.25em;
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
    display: flex;
    gap: 0.375em;
    font-weight: 700;
  }
  .verdict .icon {
    color: var(--_mark);
    margin-block-start: 0.125em;
  }
  /* The result: a box with the score's ring beside its words, then the next steps. */
  .result {
    display: grid;
    gap: 1.25em;
    padding: var(--_space);
    border-radius: var(--_radius);
    background: var(--_subtle);
  }
  .score {
    display: flex;
    align-items: center;
    gap: 0.5em var(--_space);
  }
  .score p {
    margin-block-start: 0.25em;
  }
  /*
   * Focused by script when the result appears, so that a screen reader reads it; a heading is no
   * control, and a ring on it only puzzles a sighted reader. The next Tab goes to the next step.
   */
  [part~='result-heading']:focus {
    outline: none;
  }
  .ring {
    flex: none;
    display: grid;
    place-items: center;
    inline-size: 5em;
    block-size: 5em;
    font-size: 1.125em;
    font-weight: 700;
  }
  .ring > * {
    grid-area: 1 / 1;
  }
  /* The ring starts at the top; the track is a faint full circle, the arc the share of right answers. */
  .ring svg {
    inline-size: 100%;
    block-size: 100%;
    transform: rotate(-90deg);
    fill: none;
    stroke: var(--_border);
    stroke-opacity: 0.4;
    stroke-width: 3.5;
    stroke-linecap: round;
  }
  .ring .arc {
    stroke: var(--_accent);
    stroke-opacity: 1;
  }
  .steps {
    display: flex;
    flex-wrap: wrap;
    gap: 0.75em;
  }
  /* The profile's call to action leads on: its arrow after the words, as on the other buttons. */
  [part='cta'] .icon {
    order: 1;
  }
  /* Narrow: one finger-wide button per line. */
  @container (max-width: 30rem) {
    .steps > * {
      flex: 1 1 100%;
    }
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
    .result {
      border: 1px solid CanvasText;
    }
    .ring svg {
      forced-color-adjust: none;
      stroke: GrayText;
    }
    .ring .arc {
      stroke: Highlight;
    }
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
