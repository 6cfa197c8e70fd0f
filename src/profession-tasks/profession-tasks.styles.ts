import { css } from 'lit';

/** The working day as a timeline from morning to evening: a marker per part, a line between them. */
export const tasksStyles = css`
  .day {
    display: grid;
    gap: calc(var(--_space) * 1.25);
    padding: 0;
    list-style: none;
  }
  .part {
    position: relative;
    display: grid;
    gap: calc(var(--_space) / 2);
    padding-inline-start: calc(var(--_space) * 2);
    break-inside: avoid;
  }
  .part::before {
    content: '';
    position: absolute;
    inset-block-start: 0.3em;
    inset-inline-start: 0;
    inline-size: 0.9rem;
    block-size: 0.9rem;
    border: 3px solid var(--_accent);
    border-radius: 50%;
    background: var(--_surface);
  }
  .part:not(:last-child)::after {
    content: '';
    position: absolute;
    inset-block: 1.45em calc(var(--_space) * -1.25 + 0.3em);
    inset-inline-start: calc(0.45rem - 1px);
    border-inline-start: 2px solid var(--_border);
  }
  .part p {
    max-inline-size: 46em;
  }
`;
