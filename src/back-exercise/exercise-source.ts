import { isServer } from 'lit';
import { getExercise } from '../model/catalog.js';
import { Checker } from '../model/checker.js';
import { DataError } from '../model/data-error.js';
import { givenDoseAttributes, readDoseAttributes, type DoseAttributeValues } from '../model/dose-attributes.js';
import { checkWholeDose } from '../model/limits.js';
import { parseJson, readExercise, readPlainData, unknownExerciseMessage } from '../model/parse.js';
import { LEVELS } from '../model/types.js';
import type { Exercise, Level } from '../model/types.js';

/** Everything a `<back-exercise>` reads its exercise from, first that applies wins. */
export interface ExerciseSourceInput {
  data: unknown;
  exercise: string | null | undefined;
  level: string | null | undefined;
  dose: DoseAttributeValues;
  kind: string | null | undefined;
  targets: string | null | undefined;
}

/** Where the exercise came from. */
export type ExerciseSourceKind = 'data' | 'json' | 'catalog' | 'markup';

/** The result of reading an element's sources: an exercise at a level, or every problem found. */
export type ExerciseSourceResult =
  | { ok: true; exercise: Exercise; level: Level; source: ExerciseSourceKind }
  | { ok: false; error: DataError };

function collapse(text: string | null): string {
  return (text ?? '').replace(/\s+/g, ' ').trim();
}

function slug(text: string): string {
  return (
    text
      .toLowerCase()
      .normalize('NFKD')
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-+|-+$/g, '')
      .slice(0, 64)
      .replace(/-+$/, '') || 'exercise'
  );
}

/**
 * Reads an exercise written as plain HTML inside the element: the first heading
 * is the name, the first `<ol>` the steps, an `<aside>` the cautions (one per
 * `<li>` or `<p>`, or its whole text).
 */
export function readAuthoredMarkup(host: Element): Record<string, unknown> {
  const heading = host.querySelector(':scope > :is(h1, h2, h3, h4, h5, h6), :scope > header :is(h1, h2, h3, h4, h5, h6)');
  const steps = [...host.querySelectorAll(':scope ol:not(aside ol) > li')].map((li) => collapse(li.textContent));
  const aside = host.querySelector(':scope > aside');
  let cautions: string[] = [];
  if (aside) {
    const entries = [...aside.querySelectorAll('li, p')].map((node) => collapse(node.textContent));
    cautions = entries.length > 0 ? entries : [collapse(aside.textContent)];
  }
  const name = collapse(heading?.textContent ?? null);
  return { id: slug(name), name, steps, cautions: cautions.filter(Boolean) };
}

/** The child `<script type="application/json">`, if any. */
export function findJsonScript(host: Element): HTMLScriptElement | null {
  return host.querySelector(':scope > script[type="application/json"]');
}

/** Reads an element's exercise from the first source that applies, applying dose attributes on top. */
export function resolveExerciseSource(host: Element, input: ExerciseSourceInput): ExerciseSourceResult {
  const check = new Checker();
  // A framework that drops the prop sets it to undefined: that is the default, not an error.
  const level = check.oneOf('level', input.level ?? 'beginner', LEVELS);
  const doseOverride = readDoseAttributes(check, input.dose);
  let exercise: Exercise | undefined;
  let source: ExerciseSourceKind = 'markup';
  // A server renders no children: only `data` and the `exercise` id can be read there.
  const script = isServer ? null : findJsonScript(host);
  try {
    if (input.data !== undefined && input.data !== null) {
      source = 'data';
      exercise = readExercise(check, 'data', readPlainData(input.data, 'back-exercise', 'data'));
    } else if (script) {
      source = 'json';
      exercise = readExercise(check, 'script', parseJson(script.textContent ?? '', 'script'));
    } else if (input.exercise) {
      source = 'catalog';
      exercise = getExercise(input.exercise);
      if (!exercise) {
        check.fail('exercise', unknownExerciseMessage(input.exercise));
      }
    } else if (isServer) {
      // Written in HTML, the exercise is its own server-rendered content (the card shows it through a slot).
      check.fail('exercise', 'is written in HTML, which a server shows as it is');
    } else {
      source = 'markup';
      const authored = readAuthoredMarkup(host);
      const targets = input.targets ? input.targets.split(',').map((t) => t.trim()).filter(Boolean) : [];
      const reps = doseOverride.reps ?? 1;
      const repBased = (typeof reps === 'number' ? reps : reps.advanced) > 1 || (doseOverride.sets ?? 1) > 1;
      if (input.dose.hold === undefined || input.dose.hold === null) {
        check.fail('hold', 'is required for an exercise written in HTML: the seconds of one hold, e.g. hold="30"');
      }
      if (!authored.name) check.fail('heading', 'is missing: start the exercise with a heading such as <h3>Knee to chest</h3>');
      if ((authored.steps as string[]).length === 0) check.fail('steps', 'are missing: list the steps in an <ol>');
      const raw = {
        ...authored,
        kind: input.kind ?? (repBased ? 'strength' : 'stretch'),
        targets,
        dose: { holdSeconds: doseOverride.holdSeconds ?? 1 },
      };
      if (check.problems.length === 0) exercise = readExercise(check, '', raw);
    }
  } catch (error) {
    // Nothing a page hands us may throw out of a lifecycle callback: an unexpected error is a problem too.
    const problems = error instanceof DataError ? error.problems : [{ path: source, message: 'could not be read' }];
    check.problems.push(...problems.map((problem) => ({ ...problem, path: problem.path || 'script' })));
  }
  if (check.problems.length > 0 || !exercise || !level) return { ok: false, error: new DataError('back-exercise', check.problems) };
  // The exercise's own dose is checked already; with the attributes on top it must still fit the limit.
  const dose = checkWholeDose(check, givenDoseAttributes(input.dose), { ...exercise.dose, ...doseOverride });
  if (!dose) return { ok: false, error: new DataError('back-exercise', check.problems) };
  return { ok: true, exercise: { ...exercise, dose }, level, source };
}
