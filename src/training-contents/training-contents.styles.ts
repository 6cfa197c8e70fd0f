import { css } from 'lit';

/** The school's cards in a second colour, so that company and school read apart at a glance. */
export const contentsStyles = css`
  .school .card {
    border-block-start-color: var(--_muted);
  }
  .highlights {
    display: grid;
    gap: calc(var(--_space) / 2);
    padding: 0;
    list-style: none;
  }
  .highlights li {
    display: grid;
    grid-template-columns: 1.6em 1fr;
  }
  .star {
    color: var(--_accent);
    font-weight: 700;
  }
`;
