import { planRoutine, type Plan } from '../../model/plan.js';
import { LEVELS, type Level, type Pace, type ResolvedRoutine } from '../../model/types.js';
import type { SavedProgress } from '../progress-store.js';

/**
 * The plan a player plays for `routine` at `level`: each item paced as it says, else as the
 * player's `pace` says (`done`: the person presses Done after each set). An unknown level plays
 * as beginner.
 */
export function planFor(routine: ResolvedRoutine, level: Level, pace: Pace): Plan {
  const known = LEVELS.includes(level) ? level : 'beginner';
  return planRoutine(routine, known, (index) => (routine.paces[index] ?? pace) === 'done');
}

/** Whether saved progress still points at the start of an exercise of the routine's plan at its level. */
export function fitsPlan(routine: ResolvedRoutine, pace: Pace, saved: SavedProgress): boolean {
  const segments = planFor(routine, saved.level, pace).segments;
  return segments[saved.segmentIndex]?.exerciseIndex === saved.exerciseIndex && segments[saved.segmentIndex - 1]?.exerciseIndex !== saved.exerciseIndex;
}
