import type { Frequency } from '../adherence/types.js';

/** Fitness levels; doses given as ranges in the source map onto these. */
export const LEVELS = ['beginner', 'intermediate', 'advanced'] as const;

/** A fitness level: `beginner`, `intermediate` or `advanced`. */
export type Level = (typeof LEVELS)[number];

/** What an exercise does: lengthen (stretch) or strengthen. */
export type ExerciseKind = 'stretch' | 'strength';

/** A count that is either the same at every level or given per level. */
export type PerLevel = number | Record<Level, number>;

/**
 * How much of an exercise to do. Times are whole seconds.
 * Fields the source leaves open have documented defaults in {@link DEFAULT_DOSE_TIMING}.
 */
export interface Dose {
  /** Length of one hold, in seconds. */
  holdSeconds: number;
  /** Repetitions per set (per side when `eachSide`), the same or per level. */
  reps: PerLevel;
  /** Number of sets. */
  sets: number;
  /** Whether every set is done on the left side, then on the right. */
  eachSide: boolean;
  /** Rest between repetitions, in seconds. */
  restSeconds?: number;
  /** Rest between sets, in seconds. */
  setRestSeconds?: number;
  /** Get-ready time before the first hold, in seconds. */
  prepareSeconds?: number;
  /** Time to change sides, in seconds. */
  switchSeconds?: number;
}

/** One exercise with everything a person needs to do it safely. */
export interface Exercise {
  /** Stable id, lowercase words joined by hyphens: `knee-to-chest`. */
  id: string;
  /** Display name. */
  name: string;
  kind: ExerciseKind;
  /** Muscles worked, in plain words. */
  targets: string[];
  /** Steps in order. */
  steps: string[];
  /** Safety advice, shown set apart. */
  cautions: string[];
  /** How to make the exercise harder once it is easy. */
  progression?: string;
  /** The position to get into before starting; defaults to the first step. */
  startPosition?: string;
  /** The author's own picture or video of the exercise, shown instead of the built-in drawing. */
  media?: ExerciseMedia;
  dose: Dose;
}

/** A picture (with its text alternative) or a video (with a caption) of an exercise. */
export type ExerciseMedia = { image: string; alt: string } | { video: string; caption: string };

/** How repetitions are paced: by the timer, or by the person pressing Done after each set. */
export type Pace = 'timer' | 'done';

/** One entry of a routine: a catalog id or a whole exercise, with an optional dose override. */
export interface RoutineItem {
  exercise: string | Exercise;
  dose?: Partial<Dose>;
  /** How this item's repetitions are paced; the player's `pace` attribute applies when absent. */
  pace?: Pace;
}

/** An ordered list of exercises done in one session. */
export interface Routine {
  id: string;
  name: string;
  items: RoutineItem[];
  /** Time to get into position between exercises, in seconds. */
  restBetweenSeconds?: number;
  /** How often it is done (part of the prescription): shown, printed, and given to a calendar as a reminder. */
  frequency?: Frequency;
}

/** A routine whose items are all whole exercises with their final doses. */
export interface ResolvedRoutine {
  id: string;
  name: string;
  exercises: Exercise[];
  /** Each exercise's own pace, where its item gave one. */
  paces: (Pace | undefined)[];
  restBetweenSeconds: number;
  /** How often it is done, when the routine says. */
  frequency?: Frequency;
}

/** A dose with every field filled in for one level. */
export interface LevelDose {
  holdSeconds: number;
  reps: number;
  sets: number;
  eachSide: boolean;
  restSeconds: number;
  setRestSeconds: number;
  prepareSeconds: number;
  switchSeconds: number;
}
