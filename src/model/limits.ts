import { type Checker, LIMITS } from './checker.js';
import { countAtLevel, DEFAULT_DOSE_TIMING } from './dose.js';
import { routineSeconds } from './plan.js';
import { LEVELS, type Dose, type Level, type ResolvedRoutine } from './types.js';

/**
 * Longest any level of a dose takes, in seconds, by the rule of the exercise limit: every hold and
 * rest of every repetition on every side, and a rest after every set. (The WordPress plugin
 * checks shortcodes with the same formula; keep them equal.)
 */
export function longestSeconds(dose: Dose): number {
  const reps = Math.max(...LEVELS.map((level) => countAtLevel(dose.reps, level)));
  const sides = dose.eachSide ? 2 : 1;
  const rest = dose.restSeconds ?? DEFAULT_DOSE_TIMING.restSeconds;
  const setRest = dose.setRestSeconds ?? DEFAULT_DOSE_TIMING.setRestSeconds;
  return dose.sets * sides * reps * (dose.holdSeconds + rest) + dose.sets * setRest;
}

/**
 * Checks a whole dose (the one that plays, once every override is merged onto the exercise's own)
 * against {@link LIMITS.exerciseTotalSeconds}, at its longest level. Every path that merges a dose
 * calls this: a routine item's override, a card's or a timer's attributes, an exercise's own dose.
 */
export function checkWholeDose(check: Checker, path: string, dose: Dose): Dose | undefined {
  if (longestSeconds(dose) <= LIMITS.exerciseTotalSeconds) return dose;
  return check.fail(path, `adds up to more than ${LIMITS.exerciseTotalSeconds / 3600} hours; lower the hold, repetitions or sets`);
}

/** Whole seconds as hours and minutes for a message: `2 h 5 min`. */
function hoursAndMinutes(seconds: number): string {
  const minutes = Math.ceil(seconds / 60);
  return `${Math.floor(minutes / 60)} h ${minutes % 60} min`;
}

/**
 * Checks a routine's planned total at its longest level against {@link LIMITS.routineTotalSeconds}
 * (the person may pick any level, so the longest is the one that must fit). Every path that
 * makes a routine calls this: data, JSON, a link, the builder, a player's child cards.
 */
export function checkRoutineTotal(check: Checker, path: string, routine: Pick<ResolvedRoutine, 'exercises' | 'restBetweenSeconds'>): boolean {
  let longest: { level: Level; seconds: number } = { level: LEVELS[0], seconds: 0 };
  for (const level of LEVELS) {
    const seconds = routineSeconds(routine, level);
    if (seconds > longest.seconds) longest = { level, seconds };
  }
  if (longest.seconds <= LIMITS.routineTotalSeconds) return true;
  check.fail(
    path,
    `take ${hoursAndMinutes(longest.seconds)} at the ${longest.level} level, more than the ${LIMITS.routineTotalSeconds / 3600} hours a routine may take; remove exercises or lower their doses`,
  );
  return false;
}
