import { doseAtLevel, isRepBased } from './dose.js';
import { openingSeconds } from './positions.js';
import type { Dose, Level, LevelDose, ResolvedRoutine } from './types.js';

/** What happens during a segment of a plan. */
export type SegmentKind = 'prepare' | 'hold' | 'switch-sides' | 'rest' | 'transition';

/** The side being worked, for exercises done on each side. */
export type Side = 'left' | 'right';

/** One stretch of time in a plan: everything the display and the cues need to know about it. */
export interface Segment {
  kind: SegmentKind;
  /** Id of the exercise this segment belongs to (for a transition: the exercise coming next). */
  exercise: string;
  /** Position of that exercise in its routine, from 0. */
  exerciseIndex: number;
  /** The side worked, or `null` when the exercise has no sides. */
  side: Side | null;
  /** Repetition number, from 1 (for a rest: the repetition just done). */
  rep: number;
  reps: number;
  /** Set number, from 1. */
  set: number;
  sets: number;
  /** For a rest: whether it falls between repetitions or between sets. */
  restBetween?: 'reps' | 'sets';
  /**
   * For a hold: the person does all the set's repetitions at their own pace and
   * says when they are done; the duration is only an estimate for totals.
   */
  selfPaced?: boolean;
  /** Start, in milliseconds from the start of the plan. */
  start: number;
  /** Length in milliseconds; never zero. */
  duration: number;
}

/** A flat list of segments; total and remaining time are sums over it. */
export interface Plan {
  segments: Segment[];
  /** Sum of all segment durations, in milliseconds. */
  total: number;
}

/** An exercise as far as planning needs it. */
export interface PlannableExercise {
  id: string;
  dose: Dose;
}

interface PlanOptions {
  exerciseIndex?: number;
  /** Whether to open with a get-ready segment (a routine uses a transition instead after its first exercise). */
  prepare?: boolean;
}

const SECOND = 1000;

/** One level for a whole routine, or one for each exercise, by its index (a patient's accepted level changes). */
export type RoutineLevel = Level | readonly Level[];

/** The level of exercise `index` (where a list has none for it, the first one listed, else beginner). */
export function levelAt(level: RoutineLevel, index: number): Level {
  return typeof level === 'string' ? level : (level[index] ?? level[0] ?? 'beginner');
}

class PlanBuilder {
  readonly segments: Segment[] = [];
  #offset = 0;

  add(fields: Omit<Segment, 'start' | 'duration'>, seconds: number): void {
    if (seconds <= 0) return;
    const duration = seconds * SECOND;
    this.segments.push({ ...fields, start: this.#offset, duration });
    this.#offset += duration;
  }

  get total(): number {
    return this.#offset;
  }
}

function addExercise(
  builder: PlanBuilder,
  id: string,
  dose: LevelDose,
  exerciseIndex: number,
  prepareSeconds: number | null,
  selfPaced: boolean,
): void {
  const { reps, sets } = dose;
  const base = { exercise: id, exerciseIndex, reps, sets };
  const sides: (Side | null)[] = dose.eachSide ? ['left', 'right'] : [null];
  if (prepareSeconds !== null) builder.add({ ...base, kind: 'prepare', side: sides[0], rep: 1, set: 1 }, prepareSeconds);
  for (let set = 1; set <= sets; set++) {
    for (const side of sides) {
      if (side === 'right') builder.add({ ...base, kind: 'switch-sides', side, rep: 1, set }, dose.switchSeconds);
      if (selfPaced) {
        const estimate = reps * dose.holdSeconds + (reps - 1) * dose.restSeconds;
        builder.add({ ...base, kind: 'hold', side, rep: reps, set, selfPaced: true }, estimate);
        continue;
      }
      for (let rep = 1; rep <= reps; rep++) {
        builder.add({ ...base, kind: 'hold', side, rep, set }, dose.holdSeconds);
        if (rep < reps) builder.add({ ...base, kind: 'rest', side, rep, set, restBetween: 'reps' }, dose.restSeconds);
      }
    }
    if (set < sets) {
      builder.add({ ...base, kind: 'rest', side: sides[0], rep: reps, set, restBetween: 'sets' }, dose.setRestSeconds);
    }
  }
}

/**
 * Turns one exercise's dose at a level into a plan: get ready, then for each set
 * every repetition on the left (or only) side, a switch, the same on the right,
 * with rests between repetitions and between sets. Both sides get identical holds.
 */
export function planExercise(exercise: PlannableExercise, level: Level, options: PlanOptions = {}): Plan {
  const builder = new PlanBuilder();
  const dose = doseAtLevel(exercise.dose, level);
  const prepare = (options.prepare ?? true) ? dose.prepareSeconds : null;
  addExercise(builder, exercise.id, dose, options.exerciseIndex ?? 0, prepare, false);
  return { segments: builder.segments, total: builder.total };
}

/**
 * Turns a routine at a level (or each exercise at its own) into one flat timeline: the first exercise opens
 * with a get-ready segment of at least 15 s, every later one with a transition
 * (time to get into its starting position) of the routine's `restBetweenSeconds`,
 * 10 s more where the floor position changes (see `openingSeconds`). Exercises for
 * which `selfPaced(index)` is true and that have repetitions get one
 * self-paced hold per set and side instead of timed repetitions.
 */
export function planRoutine(routine: ResolvedRoutine, level: RoutineLevel, selfPaced: (index: number) => boolean = () => false): Plan {
  const builder = new PlanBuilder();
  const ids = routine.exercises.map((exercise) => exercise.id);
  routine.exercises.forEach((exercise, index) => {
    const dose = doseAtLevel(exercise.dose, levelAt(level, index));
    const opening = openingSeconds(ids, index, dose.prepareSeconds, routine.restBetweenSeconds);
    if (index > 0) {
      builder.add(
        {
          kind: 'transition',
          exercise: exercise.id,
          exerciseIndex: index,
          side: dose.eachSide ? 'left' : null,
          rep: 1,
          reps: dose.reps,
          set: 1,
          sets: dose.sets,
        },
        opening,
      );
    }
    addExercise(builder, exercise.id, dose, index, index === 0 ? opening : null, selfPaced(index) && isRepBased(dose));
  });
  return { segments: builder.segments, total: builder.total };
}

/**
 * Seconds the plan of a routine at a level takes, summed from the doses without building it:
 * the same figure as `planRoutine(routine, level).total / 1000`, whatever the pace (a self-paced
 * set's estimate is the time of its timed repetitions). Cheap even for a routine far past the
 * limits, which is what checking it needs.
 */
export function routineSeconds(routine: Pick<ResolvedRoutine, 'exercises' | 'restBetweenSeconds'>, level: Level): number {
  const ids = routine.exercises.map((exercise) => exercise.id);
  return routine.exercises.reduce((total, exercise, index) => {
    const { holdSeconds, reps, sets, eachSide, restSeconds, setRestSeconds, prepareSeconds, switchSeconds } = doseAtLevel(exercise.dose, level);
    const sides = eachSide ? 2 : 1;
    const opening = openingSeconds(ids, index, prepareSeconds, routine.restBetweenSeconds);
    const work = sets * sides * (reps * holdSeconds + (reps - 1) * restSeconds);
    return total + opening + work + (eachSide ? sets * switchSeconds : 0) + (sets - 1) * setRestSeconds;
  }, 0);
}

/** Total milliseconds spent in segments of one kind, optionally on one side. */
export function sumOf(plan: Plan, kind: SegmentKind, side?: Side | null): number {
  return plan.segments
    .filter((segment) => segment.kind === kind && (side === undefined || segment.side === side))
    .reduce((sum, segment) => sum + segment.duration, 0);
}

/** Index of the segment running at `elapsed` ms into the plan (the last one at or after the end). */
export function segmentIndexAt(plan: Plan, elapsed: number): number {
  const { segments } = plan;
  let low = 0;
  let high = segments.length - 1;
  while (low < high) {
    const middle = (low + high + 1) >> 1;
    if (segments[middle].start <= elapsed) low = middle;
    else high = middle - 1;
  }
  return low;
}
