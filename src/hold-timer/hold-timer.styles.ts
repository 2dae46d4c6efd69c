import { css } from 'lit';

export const holdTimerStyles = css`
  :host {
    display: block;
    --_text: var(--hold-timer-color, var(--exercise-text, var(--_t-text)));
    --_surface: var(--exercise-surface, var(--_t-surface));
    --_accent: var(--hold-timer-accent, var(--exercise-accent, var(--_t-accent)));
    --_accent-contrast: var(--hold-timer-accent-contrast, var(--exercise-accent-contrast, var(--_t-accent-contrast)));
    --_focus: var(--hold-timer-focus-color, var(--_text));
    --_phase-ready: var(--hold-timer-ready-color, var(--_t-ready));
    --_phase-rest: var(--hold-timer-rest-color, var(--_t-rest));
    --_phase-set-rest: var(--hold-timer-rest-color, var(--_t-set-rest));
    --_phase-switch: var(--hold-timer-switch-color, var(--_t-switch));
    --ring-width: var(--hold-timer-ring-width, 0.7rem);
    --ring-track: var(--hold-timer-track-color, var(--_track));
    color: var(--_text);
    font: var(--hold-timer-font, var(--exercise-font, inherit));
  }
  :host(:is([compact], :state(compact))) {
    --ring-width: var(--hold-timer-ring-width, 0.55rem);
  }
  :host(:is([compact], :state(compact))) .dial {
    --_dial-size: var(--hold-timer-size, min(9rem, 55vw));
    width: min(var(--_dial-size), 100%);
  }
  :host(:is([compact], :state(compact))) [part='time'] {
    font-size: var(--hold-timer-time-size, 2.25rem);
  }
  :host([hidden]) {
    display: none;
  }
  [part='base'] {
    display: grid;
    /* Never wider than the timer's box: with large text on a phone the ring gives way, not the page. */
    grid-template-columns: minmax(0, 1fr);
    justify-items: center;
    gap: 0.5rem;
    text-align: center;
    /* Its own surface, so a dark timer reads on a light page and the other way round. */
    padding: 0.75rem;
    border-radius: var(--_radius);
    background: var(--_surface);
  }
  .done-mark {
    display: grid;
    place-items: center;
    color: var(--_phase);
  }
  .done-mark .phase-icon {
    width: 1.4em;
    height: 1.4em;
  }
  .dial {
    position: relative;
    /* The time changes every second: keep its layout and paint inside the dial. */
    contain: layout paint;
    --_dial-size: var(--hold-timer-size, min(12rem, 70vw));
    width: min(var(--_dial-size), 100%);
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
    outline: 3px solid var(--_focus);
    outline-offset: 2px;
  }
  [part='phase'] {
    display: flex;
    align-items: center;
    gap: 0.4rem;
    font-size: 1.25rem;
    font-weight: 700;
    color: var(--_phase);
  }
  [data-phase='idle'] [part='phase'] {
    color: inherit;
  }
  p {
    margin: 0;
  }
  [part='cue'] {
    max-width: 100%;
    font-size: 1.1rem;
    font-weight: 600;
    text-align: center;
    text-wrap: balance;
    overflow-wrap: anywhere;
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
  [part='notice'] {
    font-size: 0.9rem;
  }
  /* A timer has nothing to say on paper. */
  @media print {
    :host {
      display: none;
    }
  }
`;
