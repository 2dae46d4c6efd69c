import { css } from 'lit';

/**
 * How a moment of a session looks: each has its own colour, and also its own
 * icon and word, so that colour is never the only signal.
 */
export type PhaseLook = 'ready' | 'hold' | 'rest' | 'set-rest' | 'switch' | 'paused' | 'done' | 'idle';

/**
 * The colour of each look as `--_phase`, for an element carrying `data-phase`.
 * Each is at least 4.5:1 on white, so it serves for text as well as for the ring.
 * Each host that uses these sets `--_phase-ready`, `--_phase-rest`, `--_phase-set-rest` and
 * `--_phase-switch` from its own custom properties (`--hold-timer-rest-color`, …), else the theme's
 * `--_t-*`; paused and done take the theme's colours (`--_t-paused`, and `--_t-rest` for done).
 */
export const phaseStyles = css`
  [data-phase] {
    --_phase: var(--_accent);
  }
  [data-phase='ready'] {
    --_phase: var(--_phase-ready);
  }
  [data-phase='rest'] {
    --_phase: var(--_phase-rest);
  }
  [data-phase='set-rest'] {
    --_phase: var(--_phase-set-rest);
  }
  [data-phase='switch'] {
    --_phase: var(--_phase-switch);
  }
  [data-phase='paused'] {
    --_phase: var(--_t-paused);
  }
  [data-phase='done'] {
    --_phase: var(--_t-rest);
  }
  .phase-icon {
    width: 1.1em;
    height: 1.1em;
    flex: none;
    vertical-align: -0.15em;
  }
  @media (forced-colors: active) {
    [data-phase] {
      --_phase: CanvasText;
    }
  }
`;
