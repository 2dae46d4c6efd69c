import { svg } from 'lit';
import type { Segment } from '../model/plan.js';
import type { PhaseLook } from './phase-styles.js';

// The styles and the type live apart, so that an element's first file carries them without the icons.
export { phaseStyles, type PhaseLook } from './phase-styles.js';

/** The look of a segment. */
export function phaseLook(segment: Segment): PhaseLook {
  switch (segment.kind) {
    case 'prepare':
    case 'transition':
      return 'ready';
    case 'hold':
      return 'hold';
    case 'switch-sides':
      return 'switch';
    case 'rest':
      return segment.restBetween === 'sets' ? 'set-rest' : 'rest';
  }
}

const ICON_PATHS: Record<PhaseLook, ReturnType<typeof svg>> = {
  // A flag: get ready.
  ready: svg`<path d="M6 21V4M6 4h11l-2.5 4L17 12H6"></path>`,
  // A stopwatch: hold.
  hold: svg`<circle cx="12" cy="13.5" r="7"></circle><path d="M12 13.5V9.5M10 3h4M12 3v3.5"></path>`,
  // A cup: rest.
  rest: svg`<path d="M5 9h11v5a4 4 0 0 1-4 4H9a4 4 0 0 1-4-4zM16 10h1.5a2.5 2.5 0 0 1 0 5H16M8 3.5v2.5M12 3.5v2.5"></path>`,
  'set-rest': svg`<path d="M5 9h11v5a4 4 0 0 1-4 4H9a4 4 0 0 1-4-4zM16 10h1.5a2.5 2.5 0 0 1 0 5H16M8 3.5v2.5M12 3.5v2.5"></path>`,
  // Two arrows: switch sides.
  switch: svg`<path d="M4 8h14l-3.5-3.5M20 16H6l3.5 3.5"></path>`,
  // Two bars: paused.
  paused: svg`<path d="M9 5v14M15 5v14"></path>`,
  // A check mark: done.
  done: svg`<path d="M4.5 12.5l5 5L19.5 7"></path>`,
  idle: svg`<circle cx="12" cy="12" r="7.5"></circle>`,
};

/** The icon of a look: a small line drawing in the current colour, hidden from screen readers (the word says it). */
export function phaseIcon(look: PhaseLook) {
  return svg`<svg class="phase-icon" viewBox="0 0 24 24" aria-hidden="true" focusable="false" fill="none" stroke="currentColor"
    stroke-width="2.2" stroke-linecap="round" stroke-linejoin="round">${ICON_PATHS[look]}</svg>`;
}
