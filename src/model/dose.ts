import { LEVELS, type Dose, type Level, type LevelDose, type PerLevel } from './types.js';

/**
 * Defaults for the times the source article does not give. They are chosen to
 * be safe and unhurried; every one can be overridden per exercise or per timer.
 */
export const DEFAULT_DOSE_TIMING = {
  /** Rest between repetitions: time to lower down and breathe. */
  restSeconds: 3,
  /** Rest between sets. */
  setRestSeconds: 30,
  /** Get-ready time before the first hold. */
  prepareSeconds: 5,
  /** Time to change sides. */
  switchSeconds: 5,
} as const;

/** Default time between two exercises of a routine, to get into position. */
export const DEFAULT_REST_BETWEEN_SECONDS = 10;

/** The value of a per-level count at one level. */
export function countAtLevel(value: PerLevel, level: Level): number {
  return typeof value === 'number' ? value : value[level];
}

/** Fills in every field of a dose for one level. */
export function doseAtLevel(dose: Dose, level: Level): LevelDose {
  return {
    holdSeconds: dose.holdSeconds,
    reps: countAtLevel(dose.reps, level),
    sets: dose.sets,
    eachSide: dose.eachSide,
    restSeconds: dose.restSeconds ?? DEFAULT_DOSE_TIMING.restSeconds,
    setRestSeconds: dose.setRestSeconds ?? DEFAULT_DOSE_TIMING.setRestSeconds,
    prepareSeconds: dose.prepareSeconds ?? DEFAULT_DOSE_TIMING.prepareSeconds,
    switchSeconds: dose.switchSeconds ?? DEFAULT_DOSE_TIMING.switchSeconds,
  };
}

/** Whether a dose is counted in repetitions rather than one long hold. */
export function isRepBased(dose: LevelDose): boolean {
  return dose.reps > 1 || dose.sets > 1;
}

/**
 * Whether the level changes anything for these exercises: some repetitions differ by level. Not
 * so for a routine whose every dose is explicit (a clinic's link with its own counts): there a
 * level choice would do nothing, so none is offered and none is printed.
 */
export function levelsDiffer(exercises: readonly { dose: Dose }[]): boolean {
  return exercises.some(({ dose }) => new Set(LEVELS.map((level) => countAtLevel(dose.reps, level))).size > 1);
}
