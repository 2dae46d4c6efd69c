import { DataError, formatProblem, type DataProblem } from '../model/data-error.js';
import { parseExercise, parseJson, readPlainData } from '../model/parse.js';
import type { Exercise } from '../model/types.js';

/** The exercises a page offers a builder, and what was wrong with the rest. */
export interface PageExercises {
  exercises: Exercise[];
  problems: DataProblem[];
}

/** Each entry of a list validated as an exercise; the bad ones become problems under `path`. */
function readList(value: unknown, path: string, into: PageExercises): void {
  const list = Array.isArray(value) ? value : [value];
  list.forEach((entry, index) => {
    try {
      into.exercises.push(parseExercise(entry));
    } catch (error) {
      const where = Array.isArray(value) ? `${path}[${index}]` : path;
      const problems = error instanceof DataError ? error.problems : [{ path: '', message: 'could not be read' }];
      for (const problem of problems) into.problems.push({ path: problem.path ? `${where}.${problem.path}` : where, message: problem.message });
    }
  });
}

/**
 * Reads what a page offers besides the catalog: the `exercises` property, a child
 * `<script type="application/json">` (an exercise or a list of them) and child `<back-exercise>`
 * cards once they have read their own data. Never throws; an exercise offered twice (same id) is offered once.
 */
export function readPageExercises(host: Element, property: unknown): PageExercises {
  const read: PageExercises = { exercises: [], problems: [] };
  const into = (exercise: Exercise) => read.exercises.push(exercise);
  const problems = read.problems;
  if (property !== undefined && property !== null) {
    try {
      readList(readPlainData(property, 'routine-builder', 'exercises'), 'exercises', read);
    } catch (error) {
      read.problems.push({ path: 'exercises', message: error instanceof DataError ? error.problems.map(formatProblem).join('; ') : 'could not be read' });
    }
  }
  const script = host.querySelector(':scope > script[type="application/json"]');
  if (script) {
    try {
      readList(parseJson(script.textContent ?? '', 'script'), 'exercises (script)', read);
    } catch (error) {
      read.problems.push({ path: 'exercises (script)', message: error instanceof DataError ? error.problems.map((p) => p.message).join('; ') : 'could not be read' });
    }
  }
  host.querySelectorAll(':scope > back-exercise').forEach((card, index) => {
    const where = `exercises (<back-exercise> ${index + 1})`;
    try {
      // A card that has not read its data yet (not upgraded, or not connected yet) is read on the next look.
      const read = card as Element & { exerciseData?: Exercise; dataError?: DataError };
      if (read.exerciseData) into(read.exerciseData);
      else if (read.dataError) read.dataError.problems.forEach((problem) => problems.push({ path: problem.path ? `${where}.${problem.path}` : where, message: problem.message }));
    } catch {
      problems.push({ path: where, message: 'could not be read' });
    }
  });
  const seen = new Set<string>();
  read.exercises = read.exercises.filter((exercise) => !seen.has(exercise.id) && seen.add(exercise.id));
  return read;
}
