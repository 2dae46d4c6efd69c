import type { Segment, SegmentKind, Side } from '../model/plan.js';
import type { Exercise, Level } from '../model/types.js';

/** What happened to one exercise of a session: `stopped` is the one in progress at Stop — this hurts. */
export type ExerciseOutcome = 'done' | 'skipped' | 'stopped' | 'not-reached';

/** Exactly where a session was stopped for pain: the one fact a physiotherapist needs. */
export interface StopPosition {
  /** Position of the exercise in the routine, from 0, and its id. */
  exerciseIndex: number;
  exerciseId: string;
  /** What was happening: a segment of the plan, or `rating` when stopped from the rating after the exercise. */
  phase: SegmentKind | 'rating';
  /** The side being worked, when the exercise has sides. */
  side: Side | null;
  /** Repetition and set (from 1) at the moment of stopping, and how many of each the exercise has. */
  rep: number;
  reps: number;
  set: number;
  sets: number;
  /** Seconds into the hold when stopped during a hold; 0 otherwise. */
  secondsIntoHold: number;
}

/** One exercise in a session summary. */
export interface ExerciseReport {
  id: string;
  name: string;
  outcome: ExerciseOutcome;
  /** Pain from 0 (none) to 10 (worst), when the person rated it (`rate`). */
  pain?: number;
  /** How hard it felt, when the person rated it (`rate`). */
  difficulty?: 'easy' | 'right' | 'hard';
}

/** An exercise the person rated at or above the player's `pain-threshold`. */
export interface HighPainRating {
  /** Position of the exercise in the routine, from 0, its id and its name as the person saw it. */
  exerciseIndex: number;
  id: string;
  name: string;
  /** The pain rated, from 0 to 10. */
  pain: number;
}

/** What a finished or stopped session hands to the page; a clinic may store it. */
export interface RoutineSummary {
  routine: string;
  name: string;
  level: Level;
  /** ISO 8601 times of start and end. */
  startedAt: string;
  endedAt: string;
  /** Seconds from start to end, pauses included, and of those, paused. */
  elapsedSeconds: number;
  pausedSeconds: number;
  completed: boolean;
  /** Why it ended early: `pain` (Stop — this hurts, or Stop now after a high pain rating). */
  stopReason?: 'pain';
  /** Where it was stopped for pain. */
  stoppedAt?: StopPosition;
  /**
   * Present when the person rated any exercise's pain at or above `threshold` (the player's
   * `pain-threshold`), even if they chose to continue: those exercises, in order. The summary then
   * names them, shows the safety advice and does not congratulate.
   */
  highPain?: { threshold: number; exercises: HighPainRating[] };
  exercises: ExerciseReport[];
}

/** They bubble, and are not composed (the default): they stay inside a shadow root the player sits in. */
const init = { bubbles: true } as const;

/** Fired when the person starts (or resumes a saved) session. */
export class RoutinePlayerStartEvent extends Event {
  static readonly eventName = 'routine-player-start';
  constructor(
    readonly routine: string,
    readonly level: Level,
    /** Index of the exercise it starts at (more than 0 when resuming a saved session). */
    readonly exerciseIndex: number,
  ) {
    super(RoutinePlayerStartEvent.eventName, init);
  }
}

/** Fired as each exercise begins (by time passing, Next or Previous). */
export class RoutinePlayerStepEvent extends Event {
  static readonly eventName = 'routine-player-step';
  constructor(
    readonly exerciseIndex: number,
    readonly exercise: Exercise,
    readonly segment: Segment,
    /** True when the page noticed it after the fact (hidden, asleep). */
    readonly late: boolean,
  ) {
    super(RoutinePlayerStepEvent.eventName, init);
  }
}

/** Fired when the session is paused. */
export class RoutinePlayerPauseEvent extends Event {
  static readonly eventName = 'routine-player-pause';
  constructor(readonly exerciseIndex: number) {
    super(RoutinePlayerPauseEvent.eventName, init);
  }
}

/** Fired when a paused session resumes. */
export class RoutinePlayerResumeEvent extends Event {
  static readonly eventName = 'routine-player-resume';
  constructor(readonly exerciseIndex: number) {
    super(RoutinePlayerResumeEvent.eventName, init);
  }
}

/**
 * Fired once when the whole routine is done. Its summary's `highPain` lists the exercises rated at
 * or above `pain-threshold`, when the person continued after such a rating.
 */
export class RoutinePlayerCompleteEvent extends Event {
  static readonly eventName = 'routine-player-complete';
  constructor(readonly summary: RoutineSummary) {
    super(RoutinePlayerCompleteEvent.eventName, init);
  }
}

/** Fired when the session ends early: `reason` is `pain` for Stop — this hurts. */
export class RoutinePlayerStopEvent extends Event {
  static readonly eventName = 'routine-player-stop';
  constructor(
    readonly reason: 'pain',
    readonly summary: RoutineSummary,
  ) {
    super(RoutinePlayerStopEvent.eventName, init);
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'routine-player-start': RoutinePlayerStartEvent;
    'routine-player-step': RoutinePlayerStepEvent;
    'routine-player-pause': RoutinePlayerPauseEvent;
    'routine-player-resume': RoutinePlayerResumeEvent;
    'routine-player-complete': RoutinePlayerCompleteEvent;
    'routine-player-stop': RoutinePlayerStopEvent;
  }
}
