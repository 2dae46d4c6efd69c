import { msg } from '@lit/localize';
import { BackExercise } from '../back-exercise/back-exercise.js';
import { ROUTINE_IDS, getRoutine } from '../model/catalog.js';
import { describeValue } from '../model/checker.js';
import { DataError, formatProblem, type DataProblem } from '../model/data-error.js';
import { parseJson, parseRoutine, resolveRoutine } from '../model/parse.js';
import type { Pace, ResolvedRoutine, Routine } from '../model/types.js';

/** Where a player's routine came from. */
export type RoutineSourceKind = 'data' | 'json' | 'children' | 'catalog';

export type RoutineSourceResult =
  | { ok: true; routine: ResolvedRoutine; source: RoutineSourceKind }
  | { ok: false; error: DataError }
  /** Child `<back-exercise>` elements have not read their own data yet; ask again once they have. */
  | { ok: false; pending: Promise<unknown> };

/** The child `<back-exercise>` elements a blogger composed the routine from. */
export function childExercises(host: Element): Element[] {
  return [...host.querySelectorAll(':scope > back-exercise')];
}

function fromChildren(host: Element, children: Element[]): ResolvedRoutine | DataProblem[] {
  const problems: DataProblem[] = [];
  const exercises = children.map((child, index) => {
    const exercise = (child as BackExercise).exerciseData;
    if (!exercise) {
      const reasons = ((child as BackExercise).dataError?.problems ?? []).map(formatProblem).join('; ');
      problems.push({ path: `items[${index}]`, message: `the <back-exercise> cannot be used: ${reasons}` });
    }
    return exercise;
  });
  if (problems.length > 0) return problems;
  const paces = children.map((child) => {
    const pace = child.getAttribute('pace');
    return pace === 'done' || pace === 'timer' ? (pace as Pace) : undefined;
  });
  const name = host.getAttribute('name')?.trim() || msg('Routine');
  return {
    id: host.getAttribute('routine-id') ?? 'custom',
    name,
    exercises: exercises as NonNullable<(typeof exercises)[number]>[],
    paces,
    restBetweenSeconds: 10,
  };
}

/**
 * Reads a player's routine from the first source that applies: the `data`
 * property, a child JSON script, child `<back-exercise>` elements, or the
 * `routine` attribute (a catalog id, `lower-back` when absent).
 */
export function resolveRoutineSource(host: Element, data: unknown, routineId: string | null): RoutineSourceResult {
  try {
    const script = host.querySelector(':scope > script[type="application/json"]');
    const children = childExercises(host);
    if (data !== undefined && data !== null) {
      return { ok: true, routine: resolveRoutine(parseRoutine(data as Routine)), source: 'data' };
    }
    if (script) {
      return { ok: true, routine: resolveRoutine(parseRoutine(parseJson(script.textContent ?? '', 'script'))), source: 'json' };
    }
    if (children.length > 0) {
      const unread = children.filter((child) => !(child instanceof BackExercise) || (!child.exerciseData && !child.dataError));
      if (unread.length > 0) {
        // The player connects before its children: wait for them to be defined and connected.
        return { ok: false, pending: customElements.whenDefined('back-exercise').then(() => Promise.resolve()) };
      }
      const result = fromChildren(host, children);
      if (Array.isArray(result)) return { ok: false, error: new DataError('routine-player', result) };
      return { ok: true, routine: result, source: 'children' };
    }
    const id = routineId ?? 'lower-back';
    const routine = getRoutine(id);
    if (!routine) {
      return {
        ok: false,
        error: new DataError('routine-player', [
          { path: 'routine', message: `is not a known routine, got ${describeValue(id)}; known routines are ${ROUTINE_IDS.join(', ')}` },
        ]),
      };
    }
    return { ok: true, routine: resolveRoutine(routine), source: 'catalog' };
  } catch (error) {
    if (error instanceof DataError) return { ok: false, error };
    throw error;
  }
}
