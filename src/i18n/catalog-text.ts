import { getExercise, getRoutine } from '../model/catalog.js';
import type { Exercise, ResolvedRoutine } from '../model/types.js';
import { currentLocale, translation } from './localize.js';

/**
 * Whether `exercise` is the built-in catalog's own text (its name, steps and cautions as we wrote
 * them), which is shown in the element's language. An author's own text is never translated.
 */
export function isCatalogText(exercise: Exercise): boolean {
  const catalog = getExercise(exercise.id);
  const same = (a: readonly string[], b: readonly string[]) => a.length === b.length && a.every((text, i) => text === b[i]);
  return !!catalog && catalog.name === exercise.name && same(catalog.steps, exercise.steps) && same(catalog.cautions, exercise.cautions);
}

/** A built-in exercise in the language in force (the same object in English, or for an author's own exercise). */
export function localizeExercise(exercise: Exercise): Exercise {
  const text = translation(currentLocale())?.catalog.exercises[exercise.id];
  if (!text || !isCatalogText(exercise)) return exercise;
  const localized: Exercise = { ...exercise, name: text.name, targets: [...text.targets], steps: [...text.steps], cautions: [...text.cautions] };
  if (exercise.progression && text.progression) localized.progression = text.progression;
  if (exercise.startPosition && text.startPosition) localized.startPosition = text.startPosition;
  return localized;
}

/**
 * A routine in the language in force: each built-in exercise translated, and the name of a
 * built-in routine (`builtIn`: it came from the `routine` attribute) too.
 */
export function localizeRoutine(routine: ResolvedRoutine, builtIn: boolean): ResolvedRoutine {
  const own = translation(currentLocale());
  if (!own) return routine;
  const catalogName = builtIn && getRoutine(routine.id)?.name === routine.name ? own.catalog.routines[routine.id]?.name : undefined;
  return { ...routine, name: catalogName ?? routine.name, exercises: routine.exercises.map(localizeExercise) };
}
