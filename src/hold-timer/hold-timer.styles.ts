import { css } from 'lit';

export const holdTimerStyles = css`
  :host {
    display: block;
    color: var(--hold-timer-color, CanvasText);
    font: var(--hold-timer-font, inherit);
    --ring-width: var(--hold-timer-ring-width, 0.7rem);
    --ring-track: var(--hold-timer-track-color, #dfe4e8);
    --ring-color: var(--hold-timer-accent, #1f5f8b);
  }
  :host([hidden]) {
    display: none;
  }
  [part='base'] {
    display: grid;
    justify-items: center;
    gap: 0.5rem;
    text-align: center;
  }
  [part='base'][data-kind='rest'],
  [part='base'][data-kind='prepare'],
  [part='base'][data-kind='transition'] {
    --ring-color: var(--hold-timer-rest-color, #5d7a3a);
  }
  [part='base'][data-kind='switch-sides'] {
    --ring-color: var(--hold-timer-switch-color, #8a4b08);
  }
  .dial {
    position: relative;
    /* The time changes every second: keep its layout and paint inside the dial. */
    contain: layout paint;
    width: var(--hold-timer-size, min(12rem, 70vw));
    display: grid;
    place-items: center;
  }
  .dial > * {
    grid-area: 1 / 1;
  }
  [part='time'] {
    contain: layout paint;
    font-size: var(--hold-timer-time-size, 3rem);
    font-weight: 700;
    font-variant-numeric: tabular-nums;
    line-height: 1;
    border-radius: 0.5rem;
    padding: 0.25rem 0.5rem;
  }
  [part='time']:focus-visible {
    outline: 3px solid var(--hold-timer-focus-color, #1f5f8b);
    outline-offset: 2px;
  }
  [part='phase'] {
    margin: 0;
    font-size: 1.25rem;
    font-weight: 600;
  }
  [part='count'],
  [part='total'] {
    margin: 0;
  }
  [part='total'] {
    font-size: 0.9rem;
    opacity: 0.85;
  }
  [part='controls'] {
    display: flex;
    flex-wrap: wrap;
    justify-content: center;
    gap: 0.5rem;
  }
  button {
    font: inherit;
    min-height: 2.75rem;
    min-width: 5.5rem;
    padding: 0.4rem 1rem;
    border-radius: 0.5rem;
    border: 2px solid var(--hold-timer-accent, #1f5f8b);
    background: Canvas;
    color: var(--hold-timer-accent, #1f5f8b);
    cursor: pointer;
  }
  button.primary {
    background: var(--hold-timer-accent, #1f5f8b);
    color: var(--hold-timer-accent-contrast, #fff);
  }
  button:disabled {
    opacity: 0.55;
    cursor: default;
  }
  button:focus-visible {
    outline: 3px solid var(--hold-timer-focus-color, #1f5f8b);
    outline-offset: 2px;
  }
  [part='notice'] {
    margin: 0;
    font-size: 0.9rem;
  }
  [part='error'] {
    padding: 0.75rem 1rem;
    border: 2px solid #b3261e;
    border-radius: 0.5rem;
    background: #fdf1f0;
    color: #4a0f0b;
  }
  [part='error'] p {
    margin: 0 0 0.25rem;
    font-weight: 600;
  }
  [part='error'] ul {
    margin: 0;
    padding-inline-start: 1.2rem;
  }
  .visually-hidden {
    position: absolute;
    width: 1px;
    height: 1px;
    overflow: hidden;
    clip-path: inset(50%);
    white-space: nowrap;
  }
  @media (forced-colors: active) {
    button.primary {
      border-color: ButtonText;
    }
  }
`;
