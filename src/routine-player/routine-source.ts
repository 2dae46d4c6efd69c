import { isServer } from 'lit';
import { msg } from '../i18n/localize.js';
import { getRoutine } from '../model/catalog.js';
import { Checker, describeValue } from '../model/checker.js';
import { DataError, formatProblem, type DataProblem } from '../model/data-error.js';
import { checkRoutineTotal } from '../model/limits.js';
import { parseJson, parseRoutine, readPlainData, resolveRoutine, unknownRoutineMessage } from '../model/parse.js';
import type { Exercise, Pace, ResolvedRoutine } from '../model/types.js';
import { findJsonScript } from '../back-exercise/exercise-source.js';

/** Where a player's routine came from. */
export type RoutineSourceKind = 'data' | 'json' | 'children' | 'catalog';

export type RoutineSourceResult =
  /** `cards`: the child cards a routine was read from (`source` is `children`). */
  | { ok: true; routine: ResolvedRoutine; source: RoutineSourceKind; cards?: Element[] }
  | { ok: false; error: DataError }
  /** `<back-exercise>` is not defined yet, so the child cards cannot be read; ask again once it is. */
  | { ok: false; pending: Promise<unknown> };

/** The child `<back-exercise>` elements a blogger composed the routine from. */
function childExercises(host: Element): Element[] {
  return [...host.querySelectorAll(':scope > back-exercise')];
}

/** What a composing player reads from a child card; any copy of the library's card class has it. */
/** A child card created as HTML (not in another namespace, where it is no card at all). */
const XHTML = 'http://www.w3.org/1999/xhtml';

interface ReadableCard {
  readonly exerciseData: Exercise | undefined;
  readonly dataError: DataError | undefined;
}

/**
 * Reads what a child card found, or says why it cannot be used. Duck-typed rather than
 * `instanceof`, so that a card registered by another copy of the library still works, and
 * guarded, so that a card in another namespace or with a throwing getter is an error, not a hang.
 */
function readCard(child: Element): { exercise: Exercise } | { problem: string } {
  if (child.namespaceURI !== XHTML) {
    return { problem: 'is not an HTML <back-exercise> element (it was created in another namespace)' };
  }
  try {
    const card = child as unknown as Partial<ReadableCard>;
    if (!('exerciseData' in child)) return { problem: 'is a <back-exercise> that has not been upgraded to an exercise card' };
    if (card.exerciseData) return { exercise: card.exerciseData };
    const reasons = (card.dataError?.problems ?? []).map(formatProblem).join('; ');
    return { problem: `the <back-exercise> cannot be used: ${reasons || 'it has no exercise'}` };
  } catch {
    return { problem: 'the <back-exercise> could not be read' };
  }
}

/**
 * A short stable name for a composed routine's content (FNV-1a over its exercises and doses), so
 * that two different routines on one site never share saved progress, and an edited one starts afresh.
 */
function contentHash(exercises: Exercise[]): string {
  return fnv1a(JSON.stringify(exercises.map((exercise) => [exercise.id, exercise.dose])));
}

/** A short stable hash of a text (FNV-1a, base 36), for ids made from contents. */
export function fnv1a(text: string): string {
  let hash = 0x811c9dc5;
  for (let index = 0; index < text.length; index++) {
    hash ^= text.charCodeAt(index);
    hash = Math.imul(hash, 0x01000193);
  }
  return (hash >>> 0).toString(36);
}

const MAX_READ_ATTEMPTS = 3;

/**
 * A card that has not read its source yet: not upgraded yet (inserted with its player by
 * `innerHTML`, the player upgrades first), or upgraded but not connected yet.
 */
function isUnreadCard(child: Element): boolean {
  if (child.namespaceURI !== XHTML) return false;
  try {
    const card = child as unknown as Partial<ReadableCard>;
    return !('exerciseData' in child) || (!card.exerciseData && !card.dataError);
  } catch {
    return false;
  }
}

function fromChildren(host: Element, children: Element[]): ResolvedRoutine | DataProblem[] {
  const problems: DataProblem[] = [];
  const exercises = children.map((child, index) => {
    const read = readCard(child);
    if ('problem' in read) {
      problems.push({ path: `items[${index}]`, message: read.problem });
      return undefined;
    }
    return read.exercise;
  });
  const paces = children.map((child, index) => {
    const pace = child.getAttribute('pace');
    if (pace === null) return undefined;
    if (pace === 'done' || pace === 'timer') return pace as Pace;
    problems.push({ path: `items[${index}].pace`, message: `must be "timer" or "done", got ${describeValue(pace)}` });
    return undefined;
  });
  if (problems.length > 0) return problems;
  const routine: ResolvedRoutine = {
    id: host.getAttribute('routine-id') ?? `custom-${contentHash(exercises as Exercise[])}`,
    name: host.getAttribute('name')?.trim() || msg('Routine'),
    exercises: exercises as NonNullable<(typeof exercises)[number]>[],
    paces,
    restBetweenSeconds: 10,
  };
  // Each card has checked its own dose; the cards together must still fit the routine limit.
  const check = new Checker();
  return checkRoutineTotal(check, 'items', routine) ? routine : check.problems;
}

/** The routine cannot be played, for these `problems`. */
function failed(problems: DataProblem[]): RoutineSourceResult {
  return { ok: false, error: new DataError('routine-player', problems) };
}

/**
 * Reads a player's routine from the first source that applies: the `data`
 * property, a child JSON script, child `<back-exercise>` elements, or the
 * `routine` attribute (a catalog id, `lower-back` when absent).
 */
export function resolveRoutineSource(host: Element, data: unknown, routineId: string | null, attempt = 0): RoutineSourceResult {
  // Names the source in a problem about the whole of it ("data: must be a routine object").
  let root = 'data';
  try {
    // A server renders no children: only `data` and the `routine` id can be read there.
    const script = isServer ? null : findJsonScript(host);
    const children = isServer ? [] : childExercises(host);
    if (data !== undefined && data !== null) {
      return { ok: true, routine: resolveRoutine(parseRoutine(readPlainData(data, 'routine-player', 'data'), 'data')), source: 'data' };
    }
    if (script) {
      root = 'script';
      return { ok: true, routine: resolveRoutine(parseRoutine(parseJson(script.textContent ?? '', 'script'), 'script')), source: 'json' };
    }
    if (children.length > 0) {
      // Only an undefined tag is worth waiting for: once it is defined, every HTML child is
      // upgraded, and a child still unreadable then never will be (it gets an error instead).
      if (!customElements.get('back-exercise')) {
        return { ok: false, pending: customElements.whenDefined('back-exercise') };
      }
      // A player and its cards inserted together: the player connects first, the cards read
      // their own sources a moment later. Waiting is bounded, so a card that never reads is an error, not a hang.
      if (attempt < MAX_READ_ATTEMPTS && children.some(isUnreadCard)) return { ok: false, pending: Promise.resolve() };
      const result = fromChildren(host, children);
      if (Array.isArray(result)) return failed(result);
      return { ok: true, routine: result, source: 'children', cards: children };
    }
    const id = routineId ?? 'lower-back';
    const routine = getRoutine(id);
    if (!routine) return failed([{ path: 'routine', message: unknownRoutineMessage(id) }]);
    return { ok: true, routine: resolveRoutine(routine), source: 'catalog' };
  } catch (error) {
    if (error instanceof DataError) {
      return failed(error.problems.map((problem) => (problem.path ? problem : { ...problem, path: root })));
    }
    // Nothing a page hands us may throw out of a lifecycle callback.
    return failed([{ path: 'data', message: 'could not be read' }]);
  }
}
