import { css } from 'lit';

/**
 * After the session: where it was stopped and the safety advice (`renderStopped`); the summary
 * (`renderSummary`) needs nothing beyond the shared styles.
 */
export const summaryViewStyles = css`
  [part='advice'] ::slotted(*),
  [part='advice'] p {
    margin: 0.25rem 0;
  }
  .stopped-at {
    font-size: 1.1rem;
    font-weight: 600;
  }
`;
