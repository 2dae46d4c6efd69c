import type { Plan } from '../model/plan.js';

/** The distinct sounds of a session. */
export type CueSound = 'count' | 'go' | 'rest' | 'switch' | 'done';

/** A sound due at an offset into the plan, in milliseconds. */
export interface TimedCue {
  offset: number;
  sound: CueSound;
}

/** Holds at least this long get a 3-2-1 count before they end; shorter ones would be all beeps. */
export const COUNTDOWN_MIN_HOLD_MS = 5000;

/**
 * Every sound of a plan, in time order, from `from` ms up to (not including) `until` ms:
 * `go` as each hold starts, `count` at 3, 2 and 1 s before a long hold ends,
 * `rest` as a hold ends into a rest, `switch` as a switch of sides starts, and
 * `done` at the very end.
 */
export function cueTimeline(plan: Plan, from = 0, until = Number.POSITIVE_INFINITY): TimedCue[] {
  const cues: TimedCue[] = [];
  const add = (offset: number, sound: CueSound) => {
    if (offset >= from && offset < until) cues.push({ offset, sound });
  };
  for (const segment of plan.segments) {
    if (segment.start > until) break;
    const end = segment.start + segment.duration;
    if (segment.kind === 'hold') {
      add(segment.start, 'go');
      if (segment.duration >= COUNTDOWN_MIN_HOLD_MS) for (const before of [3000, 2000, 1000]) add(end - before, 'count');
    } else if (segment.kind === 'rest') {
      add(segment.start, 'rest');
    } else if (segment.kind === 'switch-sides') {
      add(segment.start, 'switch');
    }
  }
  add(plan.total, 'done');
  return cues;
}
