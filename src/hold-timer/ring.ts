import { css, html } from 'lit';
import { keyed } from 'lit/directives/keyed.js';
import { cssomStyle } from '../shared/cssom-style.js';

/** How far along the current segment is. */
export interface RingState {
  /** Fraction done, 0 to 1. */
  fraction: number;
  /** Changes whenever the ring must jump rather than glide (new segment, pause, resume, skip). */
  key: string;
}

/**
 * A progress ring drawn by two half-ring arcs turned with CSS `transform`, in the colour of
 * the phase (`--_phase`, from phaseStyles on the element carrying `data-phase`). It
 * steps once a second, when the digits change and the page is awake anyway,
 * like a clock's second hand, for everyone (reduced motion or not). A
 * continuous CSS animation or a transition between steps looked smoother but
 * kept the main thread busy every frame where the compositor cannot take it
 * (measured in bench/timing: about twice the cost of the timer's text), which
 * a phone on the floor for twenty minutes pays for in battery.
 */
export function renderRing(state: RingState) {
  const f = Math.min(1, Math.max(0, state.fraction));
  const first = { transform: `rotate(${45 + Math.min(f, 0.5) * 360}deg)` };
  const second = { transform: `rotate(${225 + Math.max(0, f - 0.5) * 360}deg)` };
  return keyed(
    state.key,
    html`<div class="ring" part="ring" aria-hidden="true">
      <div class="track"></div>
      <div class="half first"><div class="arc" ${cssomStyle(first)}></div></div>
      <div class="half second"><div class="arc" ${cssomStyle(second)}></div></div>
    </div>`,
  );
}

/**
 * The digits of a clock face (`formatClock`) for the middle of a ring. Seconds alone (`45`) are
 * drawn at the time's own size; minutes (`12:05`) and hours (`1:00:05`) are wider, and are kept
 * inside the dial (whose width the element's styles give as `--_dial-size`).
 */
export function clockFace(text: string) {
  return text.length > 2 ? html`<span class=${text.length > 5 ? 'hours' : 'minutes'}>${text}</span>` : text;
}

/** The ring's state for a moment of a session; the key changes with the segment and with every pause or resume. */
export function ringState(status: string, index: number, segmentElapsed: number, durationMs: number, pausedMs: number): RingState {
  return {
    fraction: status === 'idle' ? 0 : status === 'done' ? 1 : segmentElapsed / durationMs,
    key: `${index}:${status}:${pausedMs}`,
  };
}

export const ringStyles = css`
  /* At most about 86% of the dial wide, in a bold font with tabular digits. */
  .minutes {
    font-size: min(1em, calc(var(--_dial-size, 100vw) * 0.27));
  }
  .hours {
    font-size: min(0.7em, calc(var(--_dial-size, 100vw) * 0.2));
  }
  .ring {
    position: relative;
    width: 100%;
    aspect-ratio: 1;
  }
  .track,
  .arc {
    position: absolute;
    top: 0;
    bottom: 0;
    box-sizing: border-box;
    border-radius: 50%;
    border: var(--ring-width) solid transparent;
  }
  .track {
    left: 0;
    right: 0;
    border-color: var(--ring-track);
  }
  .half {
    position: absolute;
    top: 0;
    bottom: 0;
    width: 50%;
    overflow: hidden;
  }
  .half.first {
    left: 50%;
  }
  .half.second {
    left: 0;
  }
  .arc {
    width: 200%;
    border-left-color: var(--_phase);
    border-bottom-color: var(--_phase);
  }
  .half.first .arc {
    left: -100%;
  }
  .half.second .arc {
    left: 0;
  }
  @media (forced-colors: active) {
    .track,
    .arc {
      forced-color-adjust: none;
    }
    .track {
      border-color: GrayText;
    }
    .arc {
      border-left-color: Highlight;
      border-bottom-color: Highlight;
    }
  }
`;
