import { css } from 'lit';

/** The documents numbered in the order they go into the application. */
export const applicationStyles = css`
  .documents {
    counter-reset: document;
  }
  .documents .card {
    counter-increment: document;
    grid-template-columns: 2.25rem 1fr;
    column-gap: calc(var(--_space) * 0.75);
    border-block-start-width: 1px;
  }
  .documents .card > * {
    grid-column: 2;
  }
  .documents .card::before {
    content: counter(document);
    grid-row: span 2;
    display: grid;
    place-items: center;
    inline-size: 2.25rem;
    block-size: 2.25rem;
    border-radius: 50%;
    background: var(--_accent);
    color: var(--_on-accent);
    font-weight: 700;
  }
`;
