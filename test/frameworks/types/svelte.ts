// Svelte 5 with `back-exercise-elements/frameworks/svelte`: the svelteHTML.IntrinsicElements
// entries (what svelte-check checks markup against) give attributes, properties and both
// `onevent` and `on:event` handlers; each `@ts-expect-error` line must fail.
// Checked by scripts/check-framework-types.mjs (tsconfig.svelte.json, with Svelte's own
// svelte-html.d.ts); never run.
import type {} from 'back-exercise-elements/frameworks/svelte';
import { getRoutine } from 'back-exercise-elements';

type Player = svelteHTML.IntrinsicElements['routine-player'];
type Card = svelteHTML.IntrinsicElements['back-exercise'];
type Timer = svelteHTML.IntrinsicElements['hold-timer'];

/** `<routine-player routine="lower-back" level="advanced" pain-threshold="7" rate onroutine-player-stop={…}>` */
export const player: Player = {
  routine: 'lower-back',
  level: 'advanced',
  'pain-threshold': '7',
  rate: true,
  class: 'player',
  'onroutine-player-stop': (event) => event.summary.stoppedAt?.phase,
  'on:routine-player-complete': (event) => event.summary.completed,
};

export const boundPlayer: Player = { data: getRoutine('lower-back'), headingLevel: 2, painThreshold: 6 };

export const card: Card = {
  exercise: 'half-crunch',
  'heading-level': 'auto',
  'no-timer': true,
  noDrawings: false,
  'onhold-timer-complete': (event) => event.summary.holdSeconds,
};

export const timer: Timer = { hold: 30, 'each-side': true, 'on:hold-timer-phase': (event) => event.currentTarget.label };

// @ts-expect-error: there is no level "expert"
export const wrongLevel: Player = { level: 'expert' };
// @ts-expect-error: the payload of routine-player-stop is a reason and a summary, it has no segment
export const wrongPayload: Player = { 'onroutine-player-stop': (event) => event.segment };
// @ts-expect-error: Svelte writes no-timer={false} as no-timer="false", which turns it on
export const wrongBoolean: Card = { 'no-timer': false };
