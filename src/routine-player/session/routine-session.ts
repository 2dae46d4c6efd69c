import { sessionRecord } from '../../adherence/session-records.js';
import type { Segment } from '../../model/plan.js';
import type { Level, ResolvedRoutine } from '../../model/types.js';
import type { SessionChange } from '../../timing/session.js';
import {
  RoutinePlayerCompleteEvent,
  RoutinePlayerPauseEvent,
  RoutinePlayerResumeEvent,
  RoutinePlayerStartEvent,
  RoutinePlayerStepEvent,
  RoutinePlayerStopEvent,
  type ExerciseOutcome,
  type RoutineSummary,
  type StopPosition,
} from '../events.js';
import type { AwaitedRating, PlayerState, ProgressSink, Rating, RoutineListener, Timeline } from './types.js';

/**
 * One routine played from Start to its summary, with no DOM: the rules of a session over the
 * {@link Timeline} that keeps its time. It waits for Done after a self-paced set and, with ratings,
 * for the rating after each exercise, however late the page notices either; it moves between
 * exercises; it stops for pain, knowing exactly where. It keeps what happened to each exercise,
 * the ratings and the summary, and saves progress and history to the store it is given. It tells
 * its {@link RoutineListener} what happens: the player's events to fire (typed `Event`s, as the
 * page gets them), what to say, when it waits for a rating, and when it ends.
 */
export class RoutineSession {
  /** `before`, `playing`, `stopped` or `summary`. */
  state: PlayerState = 'before';
  /** The level being played (`undefined` unless playing). */
  level: Level | undefined;
  /** The level each exercise is played at (`undefined` unless playing): `level`, unless the patient accepted another for it. */
  levels: Level[] | undefined;
  /** Waiting for Done on a self-paced set. */
  waiting = false;
  /** The rating the session waits for, or `null`. */
  rating: AwaitedRating | null = null;
  /** What the session handed over at its end (while `stopped` or at the `summary`). */
  summary: RoutineSummary | null = null;
  /** A pain rating (0–10) at or above this is too much to go on: the summary then lists it (`highPain`). */
  painThreshold = 7;
  /** Another tab stopped this routine for pain after this session began: none of its progress is saved any more. */
  stoppedElsewhere = false;
  readonly #timeline: Timeline;
  readonly #listener: RoutineListener;
  readonly #ratings: () => boolean;
  readonly #wall: () => number;
  // What happened in the session being played: the routine as read and as the person sees it, where
  // it is kept, what became of each exercise, the ratings, and when it started.
  #read?: ResolvedRoutine;
  #routine?: ResolvedRoutine;
  #store?: ProgressSink | undefined;
  #outcomes: ExerciseOutcome[] = [];
  #rated = new Map<number, Rating>();
  #startedAt = 0;
  /** Index of the exercise in progress, or -1 before the first phase. */
  #current = -1;

  /**
   * `ratings` says whether to ask for a rating after each exercise; it is read as the session goes,
   * so it may change during one. `wall` is wall time in milliseconds since 1970, for the dates saved
   * and in the summary.
   */
  constructor(timeline: Timeline, listener: RoutineListener, ratings: () => boolean = () => false, wall: () => number = Date.now) {
    this.#timeline = timeline;
    this.#listener = listener;
    this.#ratings = ratings;
    this.#wall = wall;
  }

  /**
   * Starts `routine` at `level`, from segment `atSegment` of the timeline's plan: more than 0 when
   * resuming saved progress, and the exercises before it count as done. The events carry the
   * routine as read; the summary names its exercises as `shown` to the person (in their
   * language). `store` keeps progress and history. `levels`: each exercise's level, where the
   * patient accepted another than `level` for some (as the timeline's plan has them).
   */
  start(routine: ResolvedRoutine, shown: ResolvedRoutine, level: Level, store: ProgressSink | undefined, atSegment = 0, levels?: readonly Level[]): void {
    const plan = this.#timeline.session?.plan;
    if (!plan || this.state === 'playing') return;
    const firstExercise = plan.segments[atSegment]?.exerciseIndex ?? 0;
    this.#read = routine;
    this.#routine = shown;
    this.level = level;
    this.levels = routine.exercises.map((_, index) => levels?.[index] ?? level);
    this.#store = store;
    this.#outcomes = routine.exercises.map((_, index) => (index < firstExercise ? 'done' : 'not-reached'));
    this.#rated = new Map();
    this.#startedAt = this.#wall();
    this.stoppedElsewhere = false;
    this.#current = -1;
    this.state = 'playing';
    this.#setStops();
    this.#timeline.start(() => this.#listener.fire(new RoutinePlayerStartEvent(routine.id, level, firstExercise)), atSegment);
  }

  /**
   * Looks whether another tab has stopped this routine for pain since this session began; the
   * first time it finds so, the session pauses and says so (`stoppedElsewhere`). True then.
   */
  noticeOtherTabs(): boolean {
    if (this.state !== 'playing' || this.stoppedElsewhere || !this.#store?.painStoppedSince(this.#startedAt)) return false;
    this.stoppedElsewhere = true;
    this.pause();
    return true;
  }

  /** Pauses, unless it waits for Done or a rating. */
  pause(): void {
    if (this.state === 'playing' && !this.waiting && !this.rating && this.#timeline.pause()) {
      this.#listener.fire(new RoutinePlayerPauseEvent(this.#current));
    }
  }

  /** Goes on from a pause, unless it waits for Done or a rating. */
  resume(): void {
    // Just arrived (unnoticed until now) where the person has to act: that is shown, nothing resumes.
    if (this.state !== 'playing' || this.#timeline.catchUp()) return;
    if (!this.waiting && !this.rating && this.#timeline.resume()) {
      this.#listener.fire(new RoutinePlayerResumeEvent(this.#current));
    }
  }

  /** The one primary button: Done while waiting for it, else Resume or Pause. */
  toggle(): void {
    if (this.#timeline.catchUp()) return;
    if (this.waiting) this.done();
    else if (this.#timeline.session?.status(this.#timeline.now()) === 'paused') this.resume();
    else this.pause();
  }

  /** Ends a self-paced set ("I've done my repetitions") and moves on. */
  done(): void {
    if (!this.waiting) return;
    this.#stopWaiting();
    this.#timeline.skip();
  }

  /** Moves to the start of the next exercise; the one left counts as skipped. */
  next(): void {
    const index = this.#exerciseToMoveFrom();
    if (index === undefined) return;
    if (this.#outcomes[index] !== 'done') this.#outcomes[index] = 'skipped';
    this.#jumpToExercise(index + 1);
  }

  /** Moves to the start of the previous exercise (or restarts the first). */
  previous(): void {
    const index = this.#exerciseToMoveFrom();
    if (index !== undefined) this.#jumpToExercise(Math.max(0, index - 1));
  }

  /**
   * Stops at once for pain (Stop — this hurts, or Stop now after a high pain rating): the exercise
   * in progress is `stopped`, and the summary says exactly where.
   */
  stopForPain(): void {
    if (this.state !== 'playing') return;
    let position: StopPosition;
    if (this.rating) {
      // Rating the exercise just done: its last segment, phase `rating`.
      const { index } = this.rating;
      const last = [...this.#timeline.session!.plan.segments].reverse().find((segment) => segment.exerciseIndex === index)!;
      position = { ...this.#positionIn(last, 0), phase: 'rating' };
    } else {
      const { segment, segmentElapsed } = this.#timeline.snapshot()!;
      position = this.#positionIn(segment, segmentElapsed);
    }
    this.#outcomes[position.exerciseIndex] = 'stopped';
    this.#finish('pain', position);
  }

  /** The person's rating of exercise `index` so far. */
  ratingOf(index: number): Rating | undefined {
    return this.#rated.get(index);
  }

  /** Adds to the rating of exercise `index` (its pain, its difficulty, or both). */
  rate(index: number, rating: Rating): void {
    this.#rated.set(index, { ...this.#rated.get(index), ...rating });
  }

  /** The person has rated: on to the next exercise, or to the summary after the last. */
  continueAfterRating(): void {
    const rating = this.rating;
    if (!rating) return;
    this.rating = null;
    if (rating.last) {
      this.#finish('complete');
      return;
    }
    this.#timeline.resume();
    const snapshot = this.#timeline.snapshot();
    if (snapshot) this.#listener.announce(snapshot.segment, false);
  }

  /** From the advice after a stop, or from the summary, back to the start. */
  backToStart(): void {
    this.state = 'before';
    this.summary = null;
  }

  /** Whether this session writes its progress and history (it was started with a store, and `remember` stayed on). */
  get storing(): boolean {
    return this.#store !== undefined;
  }

  /** `remember` was turned off: from now on nothing of this session is written. */
  stopStoring(): void {
    this.#store = undefined;
  }

  /** Ratings were turned on or off: a session under way waits after each exercise from now on, or no longer. */
  updateStops(): void {
    if (this.state === 'playing') this.#setStops();
  }

  /** What the timeline reports as time passes (see {@link Timeline}). */
  apply(changes: SessionChange[]): void {
    let finished = -1;
    for (const change of changes) {
      if (change.type === 'complete') {
        const last = this.#current;
        if (this.#markDone(last) && this.#ratings()) this.#askRating(last, true);
        else this.#finish('complete');
        return;
      }
      const { segment } = change;
      const previous = this.#current;
      if (segment.exerciseIndex === previous) continue;
      // An exercise later than the one before means that one is done (unless skipped or stopped).
      if (segment.exerciseIndex > previous && this.#markDone(previous)) finished = previous;
      this.#current = segment.exerciseIndex;
      this.#store?.saveProgress({ level: this.level!, segmentIndex: change.index, exerciseIndex: segment.exerciseIndex, savedAt: this.#wall(), startedAt: this.#startedAt });
      this.#listener.fire(new RoutinePlayerStepEvent(segment.exerciseIndex, this.#read!.exercises[segment.exerciseIndex], segment, change.late));
    }
    const last = changes[changes.length - 1];
    if (last.type !== 'phase') return;
    if (finished >= 0 && this.#ratings()) {
      // The next exercise waits, clock stopped, until the person has rated the one just done.
      this.#timeline.pause(true);
      this.#askRating(finished, false);
      return;
    }
    this.#listener.announce(last.segment, last.late);
    if (last.segment.selfPaced) {
      this.waiting = true;
      this.#timeline.pause(true);
    }
  }

  /**
   * Where the person has to act, the session waits even if nothing notices on time (a hidden page,
   * a sleeping device): each Done of a self-paced set and, with ratings, each next exercise.
   */
  #setStops(): void {
    const session = this.#timeline.session;
    const segments = session?.plan.segments ?? [];
    session?.stopAt(
      segments
        .filter((segment, index) => segment.selfPaced || (this.#ratings() && index > 0 && segment.exerciseIndex !== segments[index - 1].exerciseIndex))
        .map((segment) => segment.start),
    );
  }

  /** Exactly where `elapsed` ms into `segment` is: the exercise, its phase, side, rep and set, and seconds into a hold. */
  #positionIn(segment: Segment, elapsed: number): StopPosition {
    return {
      exerciseIndex: segment.exerciseIndex,
      exerciseId: this.#routine!.exercises[segment.exerciseIndex].id,
      phase: segment.kind,
      side: segment.side,
      rep: segment.rep,
      reps: segment.reps,
      set: segment.set,
      sets: segment.sets,
      secondsIntoHold: segment.kind === 'hold' ? Math.floor(elapsed / 100) / 10 : 0,
    };
  }

  /** The exercise in progress, when Next and Previous can move from it (playing, and not rating). */
  #exerciseToMoveFrom(): number | undefined {
    const snapshot = this.#timeline.snapshot();
    return this.state === 'playing' && !this.rating ? snapshot?.segment.exerciseIndex : undefined;
  }

  /** Leaves a self-paced set: time runs again from where it stood. */
  #stopWaiting(): void {
    this.waiting = false;
    this.#timeline.resume();
  }

  #jumpToExercise(exerciseIndex: number): void {
    const segments = this.#timeline.session!.plan.segments;
    const target = segments.findIndex((segment) => segment.exerciseIndex === exerciseIndex);
    if (this.waiting) this.#stopWaiting();
    if (target !== -1) {
      this.#timeline.goTo(target);
    } else if (this.#timeline.goTo(segments.length - 1)) {
      // Next from the last exercise: there is nothing after it, so the routine ends.
      this.#timeline.skip();
    }
  }

  /** Marks exercise `index` done, unless there is none (-1) or it was skipped or stopped; says whether it did. */
  #markDone(index: number): boolean {
    const outcome = this.#outcomes[index];
    if (index < 0 || outcome === 'skipped' || outcome === 'stopped') return false;
    this.#outcomes[index] = 'done';
    return true;
  }

  #askRating(index: number, last: boolean): void {
    this.rating = { index, last };
    this.#listener.awaitsRating(this.rating);
  }

  /**
   * Ends the session: hands over the summary, records it in the history (with each exercise's
   * outcome and ratings, and where a pain stop happened), and forgets the progress.
   * `stoppedAt`: where it was stopped for pain.
   */
  #finish(reason: 'complete' | 'pain', stoppedAt?: StopPosition): void {
    const session = this.#timeline.session!;
    const now = this.#timeline.now();
    const paused = session.pausedFor(now);
    const routine = this.#routine!;
    const summary: RoutineSummary = {
      routine: routine.id,
      name: routine.name,
      level: this.level!,
      startedAt: new Date(this.#startedAt).toISOString(),
      endedAt: new Date(this.#wall()).toISOString(),
      elapsedSeconds: Math.round(session.elapsed(now) + paused) / 1000,
      pausedSeconds: Math.round(paused) / 1000,
      completed: reason === 'complete',
      exercises: routine.exercises.map((exercise, index) => ({
        id: exercise.id,
        name: exercise.name,
        outcome: this.#outcomes[index],
        ...this.#rated.get(index),
      })),
    };
    if (stoppedAt) {
      summary.stopReason = 'pain';
      summary.stoppedAt = stoppedAt;
    }
    const threshold = this.painThreshold;
    const highPain = summary.exercises.flatMap(({ id, name, pain }, exerciseIndex) => (pain !== undefined && pain >= threshold ? [{ exerciseIndex, id, name, pain }] : []));
    if (highPain.length > 0) summary.highPain = { threshold, exercises: highPain };
    this.#store?.clearProgress();
    this.#store?.addHistory(sessionRecord(summary, this.levels!));
    this.#timeline.reset();
    this.waiting = false;
    this.rating = null;
    this.level = undefined;
    this.levels = undefined;
    this.summary = summary;
    this.state = reason === 'pain' ? 'stopped' : 'summary';
    this.#listener.ended(reason);
    this.#listener.fire(reason === 'pain' ? new RoutinePlayerStopEvent(reason, summary) : new RoutinePlayerCompleteEvent(summary));
  }
}
