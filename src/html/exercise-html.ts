import { msg, str } from '../i18n/localize.js';
import { formatDose } from '../i18n/format.js';
import { getExercise, getRoutine } from '../model/catalog.js';
import { describeValue } from '../model/checker.js';
import { DataError } from '../model/data-error.js';
import { DEFAULT_DOSE_TIMING, doseAtLevel } from '../model/dose.js';
import { resolveRoutine, unknownExerciseMessage, unknownRoutineMessage } from '../model/parse.js';
import { LEVELS, type Dose, type Exercise, type Level, type Pace, type Routine } from '../model/types.js';

/** Options of {@link exerciseToHTML}. */
export interface ExerciseHTMLOptions {
  /** The level whose repetitions the card carries; `beginner` when absent. */
  level?: Level;
  /** Heading level of the exercise's name, 1 to 6; 3 when absent (the card's own default). */
  headingLevel?: number;
  /** Dose fields that replace the exercise's own. */
  dose?: Partial<Dose>;
  /**
   * Keep the catalog id: the card gets `exercise="id"` (and dose attributes only for the fields of
   * `dose`), so with its script it shows the catalog's exercise, with its drawing and every level,
   * and the HTML inside is only what reads before (and without) the script. Needs a catalog id.
   */
  catalog?: boolean;
}

/** Options of {@link routineToHTML}. */
export interface RoutineHTMLOptions {
  /** The level the player starts at and whose repetitions its cards carry; `beginner` when absent. */
  level?: Level;
  /** Heading level of the routine's name, 1 to 5; 2 when absent. Each card's name is one level below. */
  headingLevel?: number;
  /** The paragraphs shown after Stop — this hurts; the player's own advice when absent. */
  safetyAdvice?: readonly string[];
  /**
   * Keep the catalog id: the player gets `routine="id"` and plays the catalog routine (drawings,
   * every level), and the exercises inside are plain sections that only read before (and without)
   * the script, rather than cards it composes the routine from. Needs a catalog id.
   */
  catalog?: boolean;
}

const CARD_HEADING_LEVEL = 3;
const ROUTINE_HEADING_LEVEL = 2;
const INDENT = '  ';

// `&#039;` as WordPress's esc_html and PHP's htmlspecialchars write it, so that the plugin's
// server-rendered markup is the same text.
const ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#039;' };

/** Text made safe for HTML text and for a double-quoted attribute value. */
function escapeHTML(text: string): string {
  return text.replace(/[&<>"']/g, (character) => ESCAPES[character]);
}

/** ` name="value"` for each present attribute (`true` for a boolean one), in the given order. */
function attributes(entries: [string, string | number | boolean | undefined][]): string {
  return entries
    .filter(([, value]) => value !== undefined && value !== false)
    .map(([name, value]) => (value === true ? ` ${name}` : ` ${name}="${escapeHTML(String(value))}"`))
    .join('');
}

function indent(lines: string[]): string[] {
  return lines.map((line) => INDENT + line);
}

/** The level of `options.level`: `beginner` when absent, a {@link DataError} naming `level` when it is not a level. */
export function checkLevel(subject: string, level: unknown): Level {
  if (level === undefined) return 'beginner';
  if ((LEVELS as readonly unknown[]).includes(level)) return level as Level;
  throw new DataError(subject, [{ path: 'level', message: `must be one of ${LEVELS.join(', ')}, got ${describeValue(level)}` }]);
}

function checkHeadingLevel(subject: string, value: unknown, fallback: number, max: number): number {
  if (value === undefined) return fallback;
  if (typeof value === 'number' && Number.isInteger(value) && value >= 1 && value <= max) return value;
  throw new DataError(subject, [{ path: 'headingLevel', message: `must be a whole number from 1 to ${max}, got ${describeValue(value)}` }]);
}

/** The fields of a partial dose that are actually given (an explicit `undefined` is not a change). */
function givenFields(dose: Partial<Dose> | undefined): Partial<Dose> {
  return Object.fromEntries(Object.entries(dose ?? {}).filter(([, value]) => value !== undefined)) as Partial<Dose>;
}

/** A value only where it differs from the default the card assumes when the attribute is absent. */
function unlessDefault(value: number, fallback: number): number | undefined {
  return value === fallback ? undefined : value;
}

/** The opening tag of a card that carries its whole exercise in attributes and text; `pace` is a routine item's own pace. */
function authoredOpen(exercise: Exercise, level: Level, headingLevel: number, pace?: Pace): string {
  const dose = doseAtLevel(exercise.dose, level);
  return `<back-exercise${attributes([
    ['level', level],
    ['kind', exercise.kind],
    // The card splits targets on commas, so a target's own comma cannot be told apart.
    ['targets', exercise.targets.length > 0 ? exercise.targets.join(', ') : undefined],
    ['hold', dose.holdSeconds],
    ['reps', unlessDefault(dose.reps, 1)],
    ['sets', unlessDefault(dose.sets, 1)],
    ['each-side', dose.eachSide],
    ['rest', unlessDefault(dose.restSeconds, DEFAULT_DOSE_TIMING.restSeconds)],
    ['set-rest', unlessDefault(dose.setRestSeconds, DEFAULT_DOSE_TIMING.setRestSeconds)],
    ['prepare', unlessDefault(dose.prepareSeconds, DEFAULT_DOSE_TIMING.prepareSeconds)],
    ['switch', unlessDefault(dose.switchSeconds, DEFAULT_DOSE_TIMING.switchSeconds)],
    ['heading-level', unlessDefault(headingLevel, CARD_HEADING_LEVEL)],
    ['pace', pace],
  ])}>`;
}

/** Dose attributes for the given dose fields only (a catalog card keeps the catalog's dose otherwise). */
function doseOverrideAttributes(dose: Partial<Dose>): [string, string | number | boolean | undefined][] {
  const reps = dose.reps;
  return [
    ['hold', dose.holdSeconds],
    ['reps', typeof reps === 'object' ? undefined : reps],
    ['sets', dose.sets],
    ['each-side', dose.eachSide],
    ['rest', dose.restSeconds],
    ['set-rest', dose.setRestSeconds],
    ['prepare', dose.prepareSeconds],
    ['switch', dose.switchSeconds],
  ];
}

/** The name, dose in words, steps, progression and cautions of an exercise at a level, as HTML lines. */
function exerciseBody(exercise: Exercise, level: Level, headingLevel: number): string[] {
  const dose = doseAtLevel(exercise.dose, level);
  const body = [
    `<h${headingLevel}>${escapeHTML(exercise.name)}</h${headingLevel}>`,
    `<p>${escapeHTML(formatDose(dose))}</p>`,
    '<ol>',
    ...indent(exercise.steps.map((step) => `<li>${escapeHTML(step)}</li>`)),
    '</ol>',
  ];
  if (exercise.progression) {
    body.push(`<p>${escapeHTML(msg(str`Progression: ${exercise.progression}`))}</p>`);
  }
  if (exercise.cautions.length > 0) {
    // A heading, not a <p> or <li>: the card reads every <p> and <li> of the aside as a caution.
    const label = Math.min(6, headingLevel + 1);
    body.push(
      '<aside>',
      ...indent([
        `<h${label}>${escapeHTML(msg('Take care'))}</h${label}>`,
        '<ul>',
        ...indent(exercise.cautions.map((caution) => `<li>${escapeHTML(caution)}</li>`)),
        '</ul>',
      ]),
      '</aside>',
    );
  }
  return body;
}

/** The lines of one card written in HTML; `pace` is a routine item's own pace. */
function cardLines(exercise: Exercise, level: Level, headingLevel: number, pace?: Pace): string[] {
  return [authoredOpen(exercise, level, headingLevel, pace), ...indent(exerciseBody(exercise, level, headingLevel)), '</back-exercise>'];
}

function lookUpExercise(idOrExercise: string | Exercise): Exercise {
  if (typeof idOrExercise !== 'string') return idOrExercise;
  const exercise = getExercise(idOrExercise);
  if (!exercise) throw new DataError('exerciseToHTML', [{ path: 'exercise', message: unknownExerciseMessage(idOrExercise) }]);
  return exercise;
}

/**
 * The authored-HTML form of an exercise: a `<back-exercise>` with its dose
 * attributes at the level, wrapping the name as a heading, the dose in words,
 * the numbered steps, the progression and the cautions. It reads as a complete
 * exercise before (or without) the script, and the card reads the same exercise
 * back from it. Every text is escaped, so the markup is safe to print whatever
 * the exercise says.
 *
 * Not carried, because the card's HTML reader has no place for them: the id, the
 * start position, the author's media and the repetitions of the other levels.
 *
 * @param idOrExercise A catalog id (`knee-to-chest`) or a whole exercise.
 * @throws {DataError} for an unknown id, a bad `level` or `headingLevel`.
 */
export function exerciseToHTML(idOrExercise: string | Exercise, options: ExerciseHTMLOptions = {}): string {
  const level = checkLevel('exerciseToHTML', options.level);
  const headingLevel = checkHeadingLevel('exerciseToHTML', options.headingLevel, CARD_HEADING_LEVEL, 6);
  const exercise = lookUpExercise(idOrExercise);
  const given = givenFields(options.dose);
  const dose = { ...exercise.dose, ...given };
  if (!options.catalog) return cardLines({ ...exercise, dose }, level, headingLevel).join('\n');
  if (typeof idOrExercise !== 'string') {
    throw new DataError('exerciseToHTML', [{ path: 'catalog', message: 'needs a catalog id, not an exercise object' }]);
  }
  const open = `<back-exercise${attributes([
    ['exercise', exercise.id],
    ['level', level],
    ...doseOverrideAttributes(given),
    ['heading-level', unlessDefault(headingLevel, CARD_HEADING_LEVEL)],
  ])}>`;
  return [open, ...indent(exerciseBody({ ...exercise, dose }, level, headingLevel)), '</back-exercise>'].join('\n');
}

/**
 * The authored-HTML form of a routine: a `<routine-player>` named after it,
 * wrapping its name as a heading, one {@link exerciseToHTML} card per exercise
 * (its name one heading level below the routine's) and the safety advice in the
 * `safety-advice` slot. Without the script it reads as the full list of
 * exercises with their steps and cautions; with it, the player composes the
 * routine from the cards.
 *
 * The player composes with its default 10 s between exercises, so a routine's
 * own `restBetweenSeconds` is not carried.
 *
 * @param idOrRoutine A catalog id (`lower-back`) or a whole routine.
 * @throws {DataError} for an unknown routine or exercise id, a bad `level` or `headingLevel`.
 */
export function routineToHTML(idOrRoutine: string | Routine, options: RoutineHTMLOptions = {}): string {
  const level = checkLevel('routineToHTML', options.level);
  const headingLevel = checkHeadingLevel('routineToHTML', options.headingLevel, ROUTINE_HEADING_LEVEL, 5);
  const routine = typeof idOrRoutine === 'string' ? getRoutine(idOrRoutine) : idOrRoutine;
  if (!routine) {
    throw new DataError('routineToHTML', [
      { path: 'routine', message: unknownRoutineMessage(idOrRoutine) },
    ]);
  }
  const resolved = resolveRoutine(routine);
  const advice = options.safetyAdvice ?? [
    msg('Stop the exercise and rest in a comfortable position.'),
    msg('Do not push through pain.'),
    msg('If the pain persists or gets worse, contact your physiotherapist or a doctor.'),
  ];
  if (options.catalog && typeof idOrRoutine !== 'string') {
    throw new DataError('routineToHTML', [{ path: 'catalog', message: 'needs a catalog id, not a routine object' }]);
  }
  const exercises = resolved.exercises.flatMap((exercise, index) =>
    options.catalog
      ? ['<section>', ...indent(exerciseBody(exercise, level, headingLevel + 1)), '</section>']
      : cardLines(exercise, level, headingLevel + 1, resolved.paces[index]),
  );
  const body = [
    `<h${headingLevel}>${escapeHTML(resolved.name)}</h${headingLevel}>`,
    ...exercises,
    ...advice.map((paragraph) => `<p slot="safety-advice">${escapeHTML(paragraph)}</p>`),
  ];
  const open = options.catalog
    ? `<routine-player${attributes([['routine', resolved.id], ['level', level]])}>`
    : `<routine-player${attributes([['name', resolved.name], ['level', level]])}>`;
  return [open, ...indent(body), '</routine-player>'].join('\n');
}
