import { css, html } from 'lit';
import { keyed } from 'lit/directives/keyed.js';
import { styleMap } from 'lit/directives/style-map.js';

/** How far along the current segment is, and whether it is moving. */
export interface RingState {
  /** Fraction done, 0 to 1. */
  fraction: number;
  durationMs: number;
  /** Milliseconds into the segment when the animation (re)started; fixed for one key. */
  startedAtMs: number;
  running: boolean;
  /** Whether the ring should step once a second instead of turning smoothly. */
  reducedMotion: boolean;
  /** Changes whenever the animation must restart (new segment, resume, skip). */
  key: string;
}

/**
 * A progress ring drawn by two half-ring arcs, each turned by a CSS `transform`
 * animation that the compositor runs: no script or style work per frame or
 * per second. While running, the animation is set up once per key with a
 * negative delay so it joins at the right point, and its inline style then
 * stays the same; with reduced motion there is no animation and the ring
 * shows the inline position, re-rendered once a second.
 */
export function renderRing(state: RingState) {
  const animate = state.running && !state.reducedMotion;
  let first = {};
  let second = {};
  if (animate) {
    const motion = { animationDuration: `${state.durationMs}ms`, animationDelay: `${-state.startedAtMs}ms` };
    first = motion;
    second = motion;
  } else {
    const f = Math.min(1, Math.max(0, state.fraction));
    first = { transform: `rotate(${45 + Math.min(f, 0.5) * 360}deg)` };
    second = { transform: `rotate(${225 + Math.max(0, f - 0.5) * 360}deg)` };
  }
  return keyed(
    state.key,
    html`<div class="ring ${animate ? 'running' : ''}" part="ring" aria-hidden="true">
      <div class="track"></div>
      <div class="half first"><div class="arc" style=${styleMap(first)}></div></div>
      <div class="half second"><div class="arc" style=${styleMap(second)}></div></div>
    </div>`,
  );
}

/**
 * Keeps the ring's animation start fixed while nothing but time changes, so a
 * running ring's inline style is written once per segment, not every second.
 */
export class RingTracker {
  private key = '';
  private startedAt = 0;

  state(status: string, index: number, segmentElapsed: number, durationMs: number, pausedMs: number): RingState {
    const key = `${index}:${status}:${pausedMs}`;
    if (key !== this.key) {
      this.key = key;
      this.startedAt = segmentElapsed;
    }
    return {
      fraction: status === 'idle' ? 0 : status === 'done' ? 1 : segmentElapsed / durationMs,
      durationMs,
      startedAtMs: this.startedAt,
      running: status === 'running',
      reducedMotion: window.matchMedia('(prefers-reduced-motion: reduce)').matches,
      key,
    };
  }
}

export const ringStyles = css`
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
    border-left-color: var(--ring-color);
    border-bottom-color: var(--ring-color);
  }
  .half.first .arc {
    left: -100%;
  }
  .half.second .arc {
    left: 0;
  }
  .running .half.first .arc {
    animation-name: ring-first;
    animation-timing-function: linear;
    animation-fill-mode: both;
  }
  .running .half.second .arc {
    animation-name: ring-second;
    animation-timing-function: linear;
    animation-fill-mode: both;
  }
  @keyframes ring-first {
    0% {
      transform: rotate(45deg);
    }
    50%,
    100% {
      transform: rotate(225deg);
    }
  }
  @keyframes ring-second {
    0%,
    50% {
      transform: rotate(225deg);
    }
    100% {
      transform: rotate(405deg);
    }
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
