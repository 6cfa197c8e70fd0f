import { css } from 'lit';

export const workplacesStyles = css`
  .employers {
    display: grid;
    gap: calc(var(--_space) / 2);
    padding: 0;
    list-style: none;
  }
  .employers li {
    padding: calc(var(--_space) * 0.75) var(--_space);
    border-radius: var(--_radius);
    background: var(--_subtle);
    border-inline-start: 4px solid var(--_accent);
  }
  .facts .bullets {
    gap: calc(var(--_space) / 2);
  }
`;
