import { css } from 'lit';

/** The two lists side by side when there is room; a tick for "suits", a dash for "suits less". */
export const suitabilityStyles = css`
  .fit {
    display: grid;
    grid-template-columns: repeat(auto-fit, minmax(min(100%, 16rem), 1fr));
    gap: var(--_space);
  }
  .side {
    display: grid;
    gap: calc(var(--_space) / 2);
    align-content: start;
    padding: var(--_space);
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    break-inside: avoid;
  }
  .suits {
    border-color: var(--_accent);
    background: var(--_subtle);
  }
  .side-title {
    font-weight: 700;
  }
  .side ul {
    display: grid;
    gap: 0.4em;
    padding: 0;
    list-style: none;
  }
  .side li {
    display: grid;
    grid-template-columns: 1.4em 1fr;
  }
  .mark {
    font-weight: 700;
    color: var(--_accent);
  }
  .suits-less .mark {
    color: var(--_muted);
  }
  .certificate {
    font-weight: 700;
  }
`;
