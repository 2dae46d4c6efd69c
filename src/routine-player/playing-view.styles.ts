import { css } from 'lit';

/**
 * While playing (`renderPlaying`): overall progress, the picture and steps, the phase, the
 * countdown in its ring, the controls, and the Stop bar.
 *
 * Large text (a browser's font size at 150 % or 200 %) grows everything set in rem; on a narrow
 * player the top row, the name, the phase, the count, the controls and the Stop bar grow only as
 * far as the player's width lets them (a `min()` with `cqi`, never below their size at 100 %), and
 * the ring shrinks with the screen's height: the phase, the countdown and Stop fit one screen.
 */
export const playingViewStyles = css`
  .playing {
    gap: 0.75rem;
  }
  .top {
    display: grid;
    grid-template-columns: minmax(0, 1fr) auto;
    align-items: center;
    gap: 0.35rem 0.75rem;
  }
  .top progress {
    grid-column: 1 / -1;
  }
  [part='overall'] {
    font-weight: 600;
    font-size: min(1rem, max(16px, 5.5cqi));
  }
  .focus-toggle {
    min-width: 0;
    min-height: min(2.75rem, 48px);
    padding-inline: 0.75em;
    font-size: min(1rem, max(16px, 5cqi));
  }
  progress {
    width: 100%;
    height: min(0.6rem, 12px);
    appearance: none;
    border: 0;
    border-radius: 0.3rem;
    background: var(--_track);
    overflow: hidden;
  }
  progress::-webkit-progress-bar {
    background: var(--_track);
  }
  progress::-webkit-progress-value {
    background: var(--_accent);
  }
  progress::-moz-progress-bar {
    background: var(--_accent);
  }
  .stage {
    display: flex;
    flex-direction: column;
    gap: 0.6rem;
  }
  /* On a narrow player the two columns merge: picture and clock first, the steps after. */
  .guide,
  .clock {
    display: contents;
  }
  .how,
  .cautions {
    order: 2;
  }
  .name {
    scroll-margin-top: 0.5rem;
    font-size: min(1.4rem, max(22px, 8cqi, 1em));
  }
  .media {
    display: grid;
    place-items: center;
    border-radius: 0.5rem;
    background: var(--_tint);
  }
  .media > *,
  .media svg {
    width: 100%;
    max-height: 30vh;
    height: auto;
    object-fit: contain;
  }
  .media figure {
    margin: 0;
  }
  .phase {
    display: flex;
    align-items: center;
    justify-content: center;
    gap: 0.45rem;
    color: var(--_phase);
    font-size: min(1.5rem, max(24px, 8cqi));
    font-weight: 700;
    text-align: center;
  }
  /* The movement, under the phase: read from the mat, so larger than body text, and never wider than the clock column. */
  .cue {
    margin: 0;
    text-align: center;
    font-size: 1.2rem;
    font-weight: 600;
    line-height: 1.3;
    text-wrap: balance;
    overflow-wrap: anywhere;
  }
  .dial {
    align-self: center;
    /* Narrower than the screen and shorter than a third of it: the phase and Stop fit beside it. */
    --_dial-size: var(--routine-player-size, min(13rem, 62vw, 36vh));
    --ring-width: min(0.8rem, 14px);
    /* Every size of the ring (compact, focus mode) sets only --_dial-size: this width follows it. */
    width: var(--_dial-size);
    display: grid;
    place-items: center;
    contain: layout paint;
  }
  .dial > * {
    grid-area: 1 / 1;
  }
  [part='time'] {
    /* Never wider than the inside of the ring, however large the text. */
    font-size: min(clamp(3rem, 15cqi, 4.5rem), calc(var(--_dial-size) * 0.42));
    font-weight: 700;
    font-variant-numeric: tabular-nums;
    line-height: 1;
    text-align: center;
  }
  .count {
    text-align: center;
    font-size: min(1.2rem, max(19px, 6cqi));
    font-weight: 600;
  }
  .position,
  .next {
    text-align: center;
  }
  .controls {
    display: flex;
    flex-wrap: wrap;
    gap: min(0.5rem, 8px);
    justify-content: center;
  }
  /* Previous, Pause and Next stay on one row of a phone at any text size. */
  .controls button {
    min-width: min(5.5rem, 25cqi);
    min-height: min(2.75rem, 52px);
    padding-inline: min(1rem, 3cqi);
    font-size: min(1em, max(16px, 5cqi));
  }
  @container (max-width: 600px) {
    .controls button {
      flex: 1 1 0;
      min-width: max-content;
    }
  }
  details summary {
    display: flex;
    align-items: center;
    gap: 0.4rem;
    min-height: 2.75rem;
    cursor: pointer;
    font-weight: 600;
    list-style: none;
  }
  details summary::-webkit-details-marker {
    display: none;
  }
  details summary::before {
    content: '';
    width: 0.5em;
    height: 0.5em;
    border-inline-end: 0.15em solid currentColor;
    border-block-end: 0.15em solid currentColor;
    transform: rotate(-45deg);
    transition: transform 0.15s;
  }
  details[open] summary::before {
    transform: rotate(45deg);
  }
  @media (prefers-reduced-motion: reduce) {
    details summary::before {
      transition: none;
    }
  }
  details ol {
    margin: 0.25rem 0 0;
    padding-inline-start: 1.4rem;
  }
  /* Stop is always in reach: it sticks to the bottom of the screen while any of the player shows. */
  .stop-bar {
    position: sticky;
    bottom: 0;
    padding-block: min(0.5rem, 8px) min(0.25rem, 4px);
    background: var(--_surface);
  }
  /* On one line and at most 64 px high at any text size: the countdown keeps the screen. */
  .stop-bar .stop {
    width: 100%;
    min-height: min(3.5rem, 64px);
    padding: min(0.4rem, 6px) min(1rem, 12px);
    font-size: min(1.15rem, max(18px, 6cqi));
    line-height: 1.2;
  }
  [part='cautions'] ul {
    margin: 0;
    padding-inline-start: 1.2rem;
  }
  :host(:is([compact], :state(compact))) .dial {
    --_dial-size: var(--routine-player-size, min(10rem, 55vw));
  }

  /* Two columns where the player is wide: picture and steps | countdown and controls. */
  @container (min-width: 768px) {
    .stage {
      display: grid;
      grid-template-columns: minmax(0, 1fr) minmax(0, 1fr);
      gap: 1.5rem;
      align-items: start;
    }
    .guide,
    .clock {
      display: flex;
      flex-direction: column;
      gap: 0.6rem;
    }
    .clock {
      align-items: center;
    }
    .media > *,
    .media svg {
      max-height: 45vh;
    }
    /* The rating, in the clock's place, fills the clock's column. */
    .rating {
      width: 100%;
    }
  }
`;
