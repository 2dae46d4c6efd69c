import { css } from 'lit';

/**
 * Focus mode (FocusModeController): the whole screen, readable from the floor, Stop fixed at
 * the bottom; through the Fullscreen API or, where that is refused, as a fixed layout. Comes
 * after the views: its rules override theirs.
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
    padding: max(0.75rem, env(safe-area-inset-top)) max(0.75rem, env(safe-area-inset-right))
      max(0.5rem, env(safe-area-inset-bottom)) max(0.75rem, env(safe-area-inset-left));
    overflow: hidden;
  }
  .base.focus .playing {
    flex: 1;
    min-height: 0;
    display: flex;
    flex-direction: column;
    gap: 0.5rem;
  }
  .base.focus .scroller {
    flex: 1;
    min-height: 0;
    overflow: auto;
    overscroll-behavior: contain;
  }
  .base.focus .stop-bar {
    position: static;
  }
  .base.focus [part='overall'] {
    font-size: 1.1rem;
  }
  .base.focus .phase {
    font-size: clamp(1.75rem, 7.5vw, 3rem);
  }
  .base.focus .dial {
    --_dial-size: min(76vw, 36vh, 30rem);
    width: var(--_dial-size);
  }
  .base.focus [part='time'] {
    font-size: clamp(6rem, 26vw, 11rem);
  }
  .base.focus .count {
    font-size: clamp(1.25rem, 5vw, 1.75rem);
  }
  /* The movement takes up to three lines in a hold: the ring gives it room, so that the controls stay in view. */
  .base.focus .cue {
    font-size: clamp(1.1rem, 4.5vw, 1.6rem);
  }
  .base.focus .clock:has(.cue) .dial {
    --_dial-size: min(76vw, 28vh, 30rem);
  }
  .base.focus .media > *,
  .base.focus .media svg {
    max-height: 22vh;
  }
  .base.focus .controls button {
    min-height: 3.25rem;
    font-size: 1.1rem;
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
      --_dial-size: min(40vw, 55vh);
      width: var(--_dial-size);
    }
    .base.focus [part='time'] {
      font-size: clamp(4rem, 18vh, 8rem);
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
      font-size: 0.95rem;
    }
    .base.focus .focus-toggle {
      min-height: 2.75rem;
      padding-inline: 0.6rem;
      font-size: 0.9rem;
    }
    .base.focus .stage {
      gap: 0.35rem;
    }
    .base.focus .phase {
      font-size: 1.75rem;
    }
    .base.focus .media > *,
    .base.focus .media svg {
      max-height: 12vh;
    }
    .base.focus .dial {
      --_dial-size: min(80vw, 34vh);
      width: var(--_dial-size);
    }
    .base.focus .cue {
      font-size: 1rem;
      line-height: 1.25;
    }
    .base.focus .clock:has(.cue) .dial {
      --_dial-size: min(80vw, 29vh);
    }
    .base.focus .name {
      font-size: 1.35rem;
    }
  }
  .base.focus .name {
    font-size: clamp(1.5rem, 6vw, 2.25rem);
    text-align: center;
  }
  .base.focus .dose {
    text-align: center;
  }
`;
