import type { Plan, Segment } from '../model/plan.js';
import type { SessionSnapshot } from '../timing/session.js';
import type { Level, ResolvedRoutine } from '../model/types.js';
import type { ExerciseOutcome, ExerciseReport, RoutineSummary, StopPosition } from './events.js';
import type { ProgressStore } from './progress-store.js';

/** A person's rating of one exercise. */
export type Rating = Pick<ExerciseReport, 'pain' | 'difficulty'>;

/** Times of a session, in milliseconds, as the timing core measured them. */
export interface SessionTimes {
  /** From start to end, pauses included. */
  elapsed: number;
  /** Of those, paused. */
  paused: number;
}

/**
 * The bookkeeping of one session of a routine: what happened to each exercise,
 * the ratings, where it stopped, and the progress saved for `remember`. It keeps
 * no time and renders nothing; the player tells it what happened.
 */
export class RoutineRun {
  /** Index of the exercise in progress, or -1 before the first phase. */
  currentExercise = -1;
  readonly #outcomes: ExerciseOutcome[];
  readonly #ratings = new Map<number, Rating>();
  #stoppedAt: StopPosition | undefined;
  readonly #startedAt = Date.now();
  /** Another tab stopped this routine for pain after this session began: none of its progress is saved any more. */
  stoppedElsewhere = false;

  constructor(
    readonly routine: ResolvedRoutine,
    readonly level: Level,
    /** Exercise the session starts at (more than 0 when resuming saved progress); those before count as done. */
    firstExercise: number,
    private store: ProgressStore | undefined,
  ) {
    this.#outcomes = routine.exercises.map((_, index) => (index < firstExercise ? 'done' : 'not-reached'));
  }

  /** `remember` was turned off: from now on nothing of this session is written to the browser's storage. */
  stopStoring(): void {
    this.store = undefined;
  }

  /**
   * Notes that `segment` (number `segmentIndex` of the plan) began. Returns the index of the
   * exercise just finished when this begins a later exercise (`-1` otherwise), and saves
   * progress at the start of each exercise.
   */
  enter(segment: Segment, segmentIndex: number): { began: boolean; finished: number } {
    if (segment.exerciseIndex === this.currentExercise) return { began: false, finished: -1 };
    const previous = this.currentExercise;
    // Marking done checks that there was an exercise before (-1: none).
    const finished = segment.exerciseIndex > previous && this.#markDone(previous) ? previous : -1;
    this.currentExercise = segment.exerciseIndex;
    this.store?.saveProgress({
      level: this.level,
      segmentIndex,
      exerciseIndex: segment.exerciseIndex,
      savedAt: Date.now(),
      startedAt: this.#startedAt,
    });
    return { began: true, finished };
  }

  /** Looks whether another tab has stopped this routine for pain since this session began; true when it first finds so. */
  noticeOtherTabs(): boolean {
    if (this.stoppedElsewhere || !this.store?.painStoppedSince(this.#startedAt)) return false;
    this.stoppedElsewhere = true;
    return true;
  }

  /** Notes that the last exercise ended with the routine; returns whether it counts as done. */
  finishLast(): boolean {
    return this.#markDone(this.currentExercise);
  }

  /** The person moved on from `index` before it was over. */
  skip(index: number): void {
    if (this.#outcomes[index] !== 'done') this.#outcomes[index] = 'skipped';
  }

  rate(index: number, rating: Rating): void {
    this.#ratings.set(index, rating);
  }

  ratingOf(index: number): Rating | undefined {
    return this.#ratings.get(index);
  }

  /** Stop — this hurts (or Stop now after a high pain rating): the exercise it happened in is `stopped`. */
  stop(position: StopPosition): void {
    this.#stoppedAt = position;
    this.#outcomes[position.exerciseIndex] = 'stopped';
  }

  /** Where the session is at `snapshot`: the exercise in progress, its phase, side, rep and set, and seconds into a hold. */
  positionAt({ segment, segmentElapsed }: SessionSnapshot): StopPosition {
    return {
      exerciseIndex: segment.exerciseIndex,
      exerciseId: this.routine.exercises[segment.exerciseIndex].id,
      phase: segment.kind,
      side: segment.side,
      rep: segment.rep,
      set: segment.set,
      secondsIntoHold: segment.kind === 'hold' ? Math.floor(segmentElapsed / 100) / 10 : 0,
    };
  }

  /** Where the session is while the person rates exercise `index`, just done: its last segment, phase `rating`. */
  positionAfter(index: number, plan: Plan): StopPosition {
    const last = [...plan.segments].reverse().find((segment) => segment.exerciseIndex === index)!;
    return { ...this.positionAt({ segment: last, segmentElapsed: 0 } as SessionSnapshot), phase: 'rating' };
  }

  /** What the session hands to the page, and records in the history when `remember` is on. */
  summary(reason: 'complete' | 'pain', times: SessionTimes): RoutineSummary {
    const { routine } = this;
    const summary: RoutineSummary = {
      routine: routine.id,
      name: routine.name,
      level: this.level,
      startedAt: new Date(this.#startedAt).toISOString(),
      endedAt: new Date().toISOString(),
      elapsedSeconds: Math.round(times.elapsed) / 1000,
      pausedSeconds: Math.round(times.paused) / 1000,
      completed: reason === 'complete',
      exercises: routine.exercises.map((exercise, index) => ({
        id: exercise.id,
        name: exercise.name,
        outcome: this.#outcomes[index],
        ...this.#ratings.get(index),
      })),
    };
    if (reason === 'pain') {
      summary.stopReason = 'pain';
      if (this.#stoppedAt) summary.stoppedAt = this.#stoppedAt;
    }
    this.store?.clearProgress();
    this.store?.addHistory({ date: summary.endedAt, completed: summary.completed, ...(reason === 'pain' ? { reason } : {}) });
    return summary;
  }

  #markDone(index: number): boolean {
    if (index < 0 || this.#outcomes[index] === 'skipped' || this.#outcomes[index] === 'stopped') return false;
    this.#outcomes[index] = 'done';
    return true;
  }
}
