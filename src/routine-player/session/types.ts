import type { Segment } from '../../model/plan.js';
import type { HoldSession, SessionSnapshot } from '../../timing/session.js';
import type { ExerciseReport } from '../events.js';
import type { ProgressStore } from '../progress-store.js';

/**
 * What a routine session needs from the timeline that plays its plan. In the browser that is the
 * cues' `SessionController`, which also sounds, vibrates and keeps the screen awake.
 *
 * The timeline reports what time brings (the phases entered, the end) to `RoutineSession.apply`:
 * as time passes, and at once after `start`, `resume`, `catchUp`, `skip` and `goTo` (not after
 * `pause` or `reset`).
 */
export interface Timeline {
  /** The plan's state machine, or `null` while there is no plan to play. */
  readonly session: HoldSession | null;
  now(): number;
  snapshot(): SessionSnapshot | null;
  /** Starts at segment `atSegment`; `started` runs before the first phase is reported. */
  start(started?: () => void, atSegment?: number): boolean;
  /** `keepAwake`: the person is still exercising (at their own pace, or about to rate). */
  pause(keepAwake?: boolean): boolean;
  resume(): boolean;
  /** Reports what time has brought that nothing has reported yet; returns whether it had brought anything. */
  catchUp(): boolean;
  skip(): boolean;
  goTo(index: number): boolean;
  reset(): void;
}

/** What a session writes for `remember`: progress at the start of each exercise, the history at its end. */
export type ProgressSink = Pick<ProgressStore, 'saveProgress' | 'clearProgress' | 'addHistory' | 'painStoppedSince'>;

/** A person's rating of one exercise. */
export type Rating = Pick<ExerciseReport, 'pain' | 'difficulty'>;

/** Where a player is: before start, playing, stopped for pain, or at the summary. */
export type PlayerState = 'before' | 'playing' | 'stopped' | 'summary';

/** The rating a session waits for: of exercise `index`, and whether that was the last. */
export interface AwaitedRating {
  index: number;
  last: boolean;
}

/** What a routine session tells its player, in order, as it happens. */
export interface RoutineListener {
  /**
   * Fire `event` on the player: `routine-player-start` (before the first step), `-step` as each
   * exercise begins, `-pause`, `-resume`, and at the end `-complete` or `-stop`.
   */
  fire(event: Event): void;
  /** Worth saying: `segment` began (when `late`, too late to speak, but worth showing). */
  announce(segment: Segment, late: boolean): void;
  /** The session waits, clock stopped, for this rating. */
  awaitsRating(rating: AwaitedRating): void;
  /** The session ended: the routine is complete, or was stopped for pain (its event follows). */
  ended(reason: 'complete' | 'pain'): void;
}
