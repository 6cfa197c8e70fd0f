import { css } from 'lit';

export const vacancyTeaserStyles = css`
  .base {
    display: grid;
    gap: calc(var(--_space) * 0.75);
  }
  p {
    margin: 0;
  }
  /* Cards that wrap and grow: one column on a phone, side by side where there is room, no empty track. */
  .list {
    display: flex;
    flex-wrap: wrap;
    align-items: start;
    gap: calc(var(--_space) * 0.75);
    margin: 0;
    padding: 0;
    list-style: none;
  }
  .vacancy {
    flex: 1 1 16rem;
  }
  .vacancy,
  .job-alert {
    display: grid;
    gap: 0.25em;
    align-content: start;
    padding: calc(var(--_space) * 0.75);
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_vacancy-background);
  }
  [part~='title'] {
    overflow-wrap: anywhere;
  }
  [part~='title'] a {
    /* At least 24 × 24 px to hit (WCAG 2.2, 2.5.8). */
    display: inline-block;
    min-block-size: 24px;
    min-inline-size: 24px;
  }
  .detail,
  .notice {
    color: var(--_muted);
    font-size: 0.9375em;
  }
  /* A key fact with its icon (employer, place, start) on one line with it. */
  .detail {
    display: flex;
    gap: 0.4em;
  }
  .button {
    justify-self: start;
  }
  /*
   * Height while loading (bench/, seed profile): the empty state with its title and job alert; with a
   * feed, three vacancies and the "show all" link, one column, then side by side.
   */
  .loading {
    --_reserved-block-size: 25.5rem;
  }
  :host([feed]) .loading {
    --_reserved-block-size: 49rem;
  }
  @container (min-width: 26rem) {
    .loading {
      --_reserved-block-size: 23.25rem;
    }
  }
  @container (min-width: 30rem) {
    :host([feed]) .loading {
      --_reserved-block-size: 41.25rem;
    }
  }
  @container (min-width: 40rem) {
    .loading {
      --_reserved-block-size: 20.25rem;
    }
    :host([feed]) .loading {
      --_reserved-block-size: 32rem;
    }
  }
  @container (min-width: 56rem) {
    :host([feed]) .loading {
      --_reserved-block-size: 20.5rem;
    }
  }
`;
