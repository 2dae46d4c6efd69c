import { levelAt, planRoutine, type Plan, type RoutineLevel } from '../../model/plan.js';
import { LEVELS, type Level, type Pace, type ResolvedRoutine } from '../../model/types.js';
import type { SavedProgress } from '../progress-store.js';

/**
 * The plan a player plays for `routine` at `level` (one for all, or each exercise's own): each item
 * paced as it says, else as the player's `pace` says (`done`: the person presses Done after each
 * set). An unknown level plays as beginner.
 */
export function planFor(routine: ResolvedRoutine, level: RoutineLevel, pace: Pace): Plan {
  const known = (index: number): Level => {
    const wanted = levelAt(level, index);
    return LEVELS.includes(wanted) ? wanted : 'beginner';
  };
  return planRoutine(
    routine,
    routine.exercises.map((_, index) => known(index)),
    (index) => (routine.paces[index] ?? pace) === 'done',
  );
}

/**
 * Whether saved progress still points at the start of an exercise of the routine's plan at its
 * level (`levels`: each exercise's level when the saved one is the level chosen, by default that one for all).
 */
export function fitsPlan(routine: ResolvedRoutine, pace: Pace, saved: SavedProgress, levels: (chosen: Level) => RoutineLevel = (chosen) => chosen): boolean {
  const segments = planFor(routine, levels(saved.level), pace).segments;
  return segments[saved.segmentIndex]?.exerciseIndex === saved.exerciseIndex && segments[saved.segmentIndex - 1]?.exerciseIndex !== saved.exerciseIndex;
}
