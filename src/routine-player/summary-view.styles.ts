import { css } from 'lit';

/**
 * After the session: where it was stopped and the safety advice (`renderStopped`), and
 * "Send to my physiotherapist" with its panel (after either view, with `remember`).
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
  .send-report {
    margin-block: 1rem;
  }
  /* At 200 % text on a phone a long word ("physiotherapist") breaks rather than overflowing. */
  .send-panel {
    margin-block-start: 0.75rem;
    padding: 0.75rem;
    overflow-wrap: break-word;
    hyphens: auto;
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_tint);
  }
  .send-panel h3 {
    margin: 0 0 0.5rem;
  }
  .send-panel .field {
    margin-block: 0.75rem;
  }
  /* A field's label, not one of the start view's tile-like choices. */
  .send-panel label {
    display: block;
    min-height: 0;
    padding: 0;
    border: 0;
    cursor: default;
    font-weight: 600;
    margin-block-end: 0.25rem;
  }
  .send-panel > p:first-of-type {
    margin-block-end: 0.5rem;
  }
  .send-panel input {
    font: inherit;
    box-sizing: border-box;
    inline-size: 100%;
    min-height: 2.75rem;
    padding: 0.4rem 0.6rem;
    border: 2px solid var(--_border);
    border-radius: 0.5rem;
    background: var(--_surface);
    color: var(--_text);
  }
  .send-panel input:focus-visible {
    outline: 3px solid var(--_text);
    outline-offset: 2px;
  }
  .send-panel .hint {
    margin: 0.25rem 0 0;
    color: var(--_muted);
    font-size: 0.9375rem;
  }
  .send-actions {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5rem;
  }
  /* The e-mail link looks like the buttons beside it. */
  .button-link {
    display: inline-flex;
    align-items: center;
    box-sizing: border-box;
    min-height: 2.75rem;
    padding: 0.4rem 1rem;
    border: 2px solid var(--_accent);
    border-radius: 0.5rem;
    background: var(--_surface);
    color: var(--_accent);
    text-decoration: none;
  }
  .button-link:focus-visible {
    outline: 3px solid var(--_text);
    outline-offset: 2px;
  }
  .send-qr {
    margin-block-start: 0.75rem;
  }
  .send-qr svg {
    display: block;
    inline-size: min(22rem, 100%);
    block-size: auto;
  }
  @media print {
    .send-report {
      display: none;
    }
  }
`;
