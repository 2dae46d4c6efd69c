/**
 * Each exercise's level in force, from the level changes the patient accepted: what the player's
 * plan needs before start. Small and apart from the suggestion rule (progression.ts), which the
 * player loads only when it has sessions to suggest from.
 */
import type { Level } from '../model/types.js';
import type { AcceptedProgression } from './types.js';

/** The accepted progressions of exercise `index` (still the exercise `id` there), newest last. */
export function acceptedFor(progressions: readonly AcceptedProgression[], index: number, id: string): AcceptedProgression[] {
  return progressions.filter((p) => p.index === index && p.id === id).sort((a, b) => Date.parse(a.date) - Date.parse(b.date));
}

/**
 * The level in force for each exercise: the last level change accepted for it (at the same place
 * in the routine, for the same exercise), else `base` (the level the person chose).
 */
export function levelsInForce(exercises: readonly { id: string }[], progressions: readonly AcceptedProgression[], base: Level): Level[] {
  return exercises.map(({ id }, index) => acceptedFor(progressions, index, id).at(-1)?.to ?? base);
}
