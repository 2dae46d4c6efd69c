import { css } from 'lit';

/**
 * Focus mode (FocusModeController): the whole screen, readable from the floor, Stop fixed at
 * the bottom; through the Fullscreen API or, where that is refused, as a fixed layout. Comes
 * after the views: its rules override theirs.
 *
 * With large text the top row, the Stop bar and the labels grow only as far as the screen's width
 * (its height, in landscape) lets them (never below their size at 100 %), and the ring and the drawing take what height is
 * left between the top row and Stop (the scroller is a size container): the phase, the countdown
 * and Stop stay on one screen at 200 % text.
 */
export const focusModeStyles = css`
  :host(:fullscreen) {
    background: var(--_surface);
  }
  .base.focus {
    position: fixed;
    inset: 0;
    z-index: 2147483000;
    display: flex;
    flex-direction: column;
    border: 0;
    border-radius: 0;
    padding: max(min(0.75rem, 12px), env(safe-area-inset-top)) max(min(0.75rem, 12px), env(safe-area-inset-right))
      max(min(0.5rem, 8px), env(safe-area-inset-bottom)) max(min(0.75rem, 12px), env(safe-area-inset-left));
    overflow: hidden;
  }
  .base.focus .playing {
    flex: 1;
    min-height: 0;
    display: flex;
    flex-direction: column;
    gap: min(0.5rem, 8px);
  }
  .base.focus .top {
    gap: min(0.35rem, 6px) min(0.75rem, 12px);
  }
  .base.focus .scroller {
    flex: 1;
    min-height: 0;
    overflow: auto;
    overscroll-behavior: contain;
    /* The ring and the drawing are sized by the room left here (cqh), after the top row and Stop. */
    container-type: size;
  }
  .base.focus .stage {
    gap: min(0.6rem, 8px);
  }
  .base.focus .stop-bar {
    position: static;
  }
  .base.focus [part='overall'] {
    font-size: min(1.1rem, max(16px, 4.5vmin));
  }
  .base.focus .focus-toggle {
    font-size: min(1rem, max(15px, 4.2vmin));
  }
  .base.focus .phase {
    font-size: min(clamp(1.75rem, 7.5vw, 3rem), max(28px, 8vmin));
  }
  .base.focus .dial {
    --_dial-size: min(76cqw, 45cqh, 30rem);
  }
  .base.focus [part='time'] {
    font-size: min(clamp(6rem, 26vw, 11rem), calc(var(--_dial-size) * 0.55));
  }
  .base.focus .count {
    font-size: min(clamp(1.25rem, 5vw, 1.75rem), max(20px, 6vmin));
  }
  .base.focus .position {
    font-size: min(1em, max(16px, 4.5vmin));
  }
  /* The movement takes up to three lines in a hold: the ring gives it room, so that the controls stay in view. */
  .base.focus .cue {
    font-size: clamp(1.1rem, 4.5vw, 1.6rem);
  }
  .base.focus .clock:has(.cue) .dial {
    --_dial-size: min(76cqw, 36cqh, 30rem);
  }
  .base.focus .media > *,
  .base.focus .media svg {
    max-height: min(22vh, 24cqh);
  }
  /* While rating, the scale needs the room, not the drawing (the name says which exercise it is). */
  .base.focus .stage:has(.rating) .media {
    display: none;
  }
  .base.focus .rating .phase {
    font-size: min(1.15rem, max(18px, 6cqi));
  }
  /* Two columns: the drawing is beside the countdown, not above it. */
  @media (min-width: 768px) {
    .base.focus .media > *,
    .base.focus .media svg {
      max-height: 22vh;
    }
  }
  .base.focus .controls button {
    min-height: min(3.25rem, 56px);
    font-size: min(1.1rem, max(17px, 4.8vmin));
  }
  .base.focus .stop-bar .stop {
    font-size: min(1.15rem, max(18px, 6vmin));
  }
  @media (orientation: landscape) and (max-height: 600px) {
    .base.focus .stage {
      display: grid;
      grid-template-columns: minmax(0, 1fr) minmax(0, 1fr);
      gap: 1rem;
      align-items: start;
    }
    .base.focus .guide,
    .base.focus .clock {
      display: flex;
      flex-direction: column;
      gap: 0.4rem;
    }
    .base.focus .clock {
      align-items: center;
    }
    .base.focus .dial {
      --_dial-size: min(40vw, 55vh, 70cqh);
    }
    .base.focus [part='time'] {
      font-size: min(clamp(4rem, 18vh, 8rem), calc(var(--_dial-size) * 0.55));
    }
    .base.focus .media > *,
    .base.focus .media svg {
      max-height: 50vh;
    }
  }

  /* On a phone in focus mode, only what is needed from the floor: the dose and what comes next are in the list. */
  @media (max-height: 900px) and (orientation: portrait) {
    .base.focus .dose,
    .base.focus .next {
      display: none;
    }
  }
  @media (max-height: 700px) and (orientation: portrait) {
    .base.focus [part='overall'] {
      font-size: min(0.95rem, max(15px, 4.5vmin));
    }
    .base.focus .focus-toggle {
      padding-inline: 0.6em;
      font-size: min(0.9rem, max(14.4px, 4.2vmin));
    }
    .base.focus .stage {
      gap: min(0.35rem, 6px);
    }
    .base.focus .media > *,
    .base.focus .media svg {
      max-height: min(12vh, 14cqh);
    }
    .base.focus .dial {
      --_dial-size: min(80cqw, 48cqh);
    }
    .base.focus .cue {
      font-size: 1rem;
      line-height: 1.25;
    }
    /* Never so small that the digits fall under 96 px (their 6rem at 100 %, 0.55 of the ring): readable from two metres. */
    .base.focus .clock:has(.cue) .dial {
      --_dial-size: min(80cqw, max(38cqh, 176px));
    }
    /* A cue of two lines: the drawing gives up the room the ring keeps, so that the controls stay in view. */
    .base.focus .stage:has(.cue) .media > *,
    .base.focus .stage:has(.cue) .media svg {
      max-height: min(9vh, 10cqh);
    }
  }
  .base.focus .name {
    font-size: min(clamp(1.5rem, 6vw, 2.25rem), max(24px, 7vmin));
    text-align: center;
  }
  .base.focus .dose {
    text-align: center;
  }
`;
