import type { Segment } from '../model/plan.js';

/** What a finished (or stopped) timer hands to the page, for a clinic to store if it wishes. */
export interface HoldTimerSummary {
  /** The timer's label, if any. */
  label: string | null;
  level: string;
  /** Seconds of holding done, all sides, reps and sets. */
  holdSeconds: number;
  reps: number;
  sets: number;
  eachSide: boolean;
  /** Seconds from start to end, pauses included. */
  elapsedSeconds: number;
  /** Seconds spent paused. */
  pausedSeconds: number;
}

/** Fired when the user starts the timer (button, Space or `start()`). */
export class HoldTimerStartEvent extends Event {
  static readonly eventName = 'hold-timer-start';
  constructor(readonly segment: Segment) {
    super(HoldTimerStartEvent.eventName, { bubbles: true, composed: false });
  }
}

/** Fired when the timer is paused. */
export class HoldTimerPauseEvent extends Event {
  static readonly eventName = 'hold-timer-pause';
  /** `remaining`: seconds left in the whole dose. */
  constructor(
    readonly segment: Segment,
    readonly remaining: number,
  ) {
    super(HoldTimerPauseEvent.eventName, { bubbles: true, composed: false });
  }
}

/** Fired when a paused timer resumes. */
export class HoldTimerResumeEvent extends Event {
  static readonly eventName = 'hold-timer-resume';
  constructor(
    readonly segment: Segment,
    readonly remaining: number,
  ) {
    super(HoldTimerResumeEvent.eventName, { bubbles: true, composed: false });
  }
}

/**
 * Fired as each segment begins (get ready, a hold, a rest, a switch of sides).
 * `late` is true when the page noticed it after the fact (it was hidden or the device slept).
 */
export class HoldTimerPhaseEvent extends Event {
  static readonly eventName = 'hold-timer-phase';
  constructor(
    readonly segment: Segment,
    readonly index: number,
    readonly late: boolean,
  ) {
    super(HoldTimerPhaseEvent.eventName, { bubbles: true, composed: false });
  }
}

/** Fired once when the whole dose is done. */
export class HoldTimerCompleteEvent extends Event {
  static readonly eventName = 'hold-timer-complete';
  constructor(
    readonly summary: HoldTimerSummary,
    readonly late: boolean,
  ) {
    super(HoldTimerCompleteEvent.eventName, { bubbles: true, composed: false });
  }
}

/** Fired when the user resets the timer. */
export class HoldTimerResetEvent extends Event {
  static readonly eventName = 'hold-timer-reset';
  constructor() {
    super(HoldTimerResetEvent.eventName, { bubbles: true, composed: false });
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'hold-timer-start': HoldTimerStartEvent;
    'hold-timer-pause': HoldTimerPauseEvent;
    'hold-timer-resume': HoldTimerResumeEvent;
    'hold-timer-phase': HoldTimerPhaseEvent;
    'hold-timer-complete': HoldTimerCompleteEvent;
    'hold-timer-reset': HoldTimerResetEvent;
  }
}
