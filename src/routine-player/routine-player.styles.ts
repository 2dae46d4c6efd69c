import { css } from 'lit';

export const routinePlayerStyles = css`
  :host {
    display: block;
    color: var(--routine-player-color, CanvasText);
    background: var(--routine-player-background, Canvas);
    --ring-width: 0.7rem;
    --ring-track: #dfe4e8;
    --ring-color: var(--routine-player-accent, #1f5f8b);
    --_accent: var(--routine-player-accent, #1f5f8b);
  }
  :host([hidden]) {
    display: none;
  }
  [part='base'] {
    box-sizing: border-box;
    padding: 1rem;
    border: 1px solid #c7ccd1;
    border-radius: 0.75rem;
  }
  section {
    display: grid;
    gap: 0.6rem;
  }
  h2 {
    margin: 0;
    font-size: 1.4rem;
  }
  h2:focus {
    outline: none;
  }
  h2:focus-visible {
    outline: 3px solid var(--routine-player-accent, #1f5f8b);
  }
  p {
    margin: 0;
  }
  [part='list'] {
    margin: 0;
    padding-inline-start: 1.5rem;
  }
  [part='list'] li {
    margin: 0.3rem 0;
  }
  .item-name {
    font-weight: 600;
  }
  .item-dose {
    display: block;
    font-size: 0.95rem;
  }
  fieldset {
    border: 1px solid #c7ccd1;
    border-radius: 0.5rem;
    display: flex;
    flex-wrap: wrap;
    gap: 0.25rem 1rem;
  }
  label {
    display: inline-flex;
    align-items: center;
    gap: 0.35rem;
    min-height: 2.75rem;
  }
  input[type='radio'],
  input[type='checkbox'] {
    width: 1.2rem;
    height: 1.2rem;
  }
  button.stop,
  [part~='stop'] {
    border-color: var(--routine-player-stop-color, #b3261e);
    background: var(--routine-player-stop-color, #b3261e);
    color: #fff;
    font-weight: 700;
  }
  progress {
    width: 100%;
    height: 0.6rem;
    accent-color: var(--routine-player-accent, #1f5f8b);
  }
  .dial {
    justify-self: center;
    width: var(--routine-player-size, min(11rem, 60vw));
    display: grid;
    place-items: center;
    contain: layout paint;
  }
  .dial > * {
    grid-area: 1 / 1;
  }
  [part='time'] {
    font-size: 2.6rem;
    font-weight: 700;
    font-variant-numeric: tabular-nums;
    text-align: center;
  }
  [part='phase'] {
    text-align: center;
    font-size: 1.25rem;
    font-weight: 600;
  }
  [part='count'],
  [part='position'],
  [part='next'] {
    text-align: center;
  }
  [part='controls'] {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5rem;
    justify-content: center;
  }
  [part='cautions'],
  [part='advice'] {
    padding: 0.5rem 0.9rem;
    border-inline-start: 0.3rem solid var(--routine-player-stop-color, #b3261e);
    background: #fdf1f0;
    color: #4a0f0b;
    border-radius: 0.25rem;
  }
  [part='cautions'] ul {
    margin: 0;
    padding-inline-start: 1.2rem;
  }
  [part='advice'] ::slotted(*),
  [part='advice'] p {
    margin: 0.25rem 0;
  }
  [part='rating'] {
    display: grid;
    gap: 0.4rem;
    padding: 0.6rem;
    border: 1px dashed #c7ccd1;
    border-radius: 0.5rem;
  }
  @media (forced-colors: active) {
    button.stop {
      border-color: ButtonText;
    }
  }
`;
