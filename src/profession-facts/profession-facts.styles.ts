import { css } from 'lit';

/** A card: the figures in a row of tiles when there is room, the strengths as ticked chips. */
export const factsStyles = css`
  .base {
    padding: calc(var(--_space) * 1.25);
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_subtle);
  }
  .facts {
    display: grid;
    grid-template-columns: repeat(auto-fit, minmax(min(100%, 12rem), 1fr));
    gap: var(--_space);
  }
  .fact {
    display: grid;
    gap: 0.25em;
    align-content: start;
    min-inline-size: 0;
  }
  dt {
    display: flex;
    gap: 0.375em;
    align-items: center;
    color: var(--_muted);
    font-size: 0.875em;
  }
  dt .icon {
    color: var(--_accent);
  }
  dd {
    font-size: 1.125em;
    font-weight: 700;
  }
  .strengths {
    display: flex;
    flex-wrap: wrap;
    gap: calc(var(--_space) / 2);
    padding: 0;
    list-style: none;
  }
  .strengths li {
    display: inline-flex;
    gap: 0.4em;
    align-items: baseline;
    padding: 0.35em 0.8em;
    border: 1px solid var(--_border);
    border-radius: 999px;
    background: var(--_surface);
  }
  .tick {
    color: var(--_accent);
    font-weight: 700;
  }
`;
