import { formatDose, kindLabel } from '../i18n/format.js';
import { frequencyText } from '../adherence/frequency-text.js';
import { readFrequency } from '../adherence/frequency.js';
import { formatList, msg, str } from '../i18n/localize.js';
import { EXERCISE_IDS, ROUTINE_IDS, getExercise, getRoutine } from '../model/catalog.js';
import { Checker, describeValue, isRecord } from '../model/checker.js';
import { DataError } from '../model/data-error.js';
import { doseAtLevel } from '../model/dose.js';
import { resolveRoutine } from '../model/parse.js';
import { planExercise, planRoutine } from '../model/plan.js';
import type { Exercise, ExerciseKind, Level, ResolvedRoutine, Routine } from '../model/types.js';
import { checkLevel } from './exercise-html.js';

/*
 * The shape, and why (each name is a schema.org type or property; the ranges are schema.org's own):
 *
 * - An exercise is an `ExercisePlan` ("fitness-related activity designed for a specific
 *   health-related purpose, including defined exercise routines"), not a `HowTo`: HowTo no longer
 *   has a rich result of its own, and ExercisePlan has the properties of a dose. It is both a
 *   CreativeWork and a PhysicalActivity, so it may use the properties of either.
 * - `repetitions` (Number): repetitions per side times sets. `restPeriods` (Text): the rest between
 *   repetitions as an ISO 8601 duration, only where there are repetitions. `activityDuration`
 *   (Duration, ISO 8601): the whole session, the total of the very plan the hold timer runs.
 * - The dose in words ("Hold 45 seconds on each side") and the progression go in
 *   `additionalVariable` (Text: "any additional component of the exercise prescription that may
 *   need to be articulated to the patient … the number of repetitions of movement … progressions
 *   over time"). Not in `workload`: its range is Energy or QuantitativeValue and it means energy
 *   expenditure, which a hold time is not.
 * - The kind is said twice: in words in `exerciseType` (Text) and as the PhysicalActivity
 *   `category` enumeration member `Flexibility` or `StrengthTraining`, for machines.
 * - The level the counts are for is `educationalLevel` (CreativeWork, Text), whose definition
 *   names "beginner", "intermediate" and "advanced" as examples. The muscles worked are
 *   `associatedAnatomy` (PhysicalActivity), each an `AnatomicalStructure` ("any part of the human
 *   body") with its name. The catalog id is `identifier` (Thing); not `@id`, which is an IRI and
 *   would resolve against the page's address.
 * - The steps: ExercisePlan has no `step` (that belongs to HowTo and HowToSection), so each step
 *   is a `HowToStep` with its `position` and `text` in `hasPart` (CreativeWork: "an item or
 *   CreativeWork that is part of this item"). Its range is CreativeWork, and HowToStep is one (as
 *   well as a ListItem and an ItemList). Typing the plan as HowTo too would allow `step`, but
 *   would claim the page is a HowTo, which is the markup Google stopped showing.
 * - The cautions go at the end of `description` (Thing, Text), after the muscles worked, as
 *   "Take care: …". There is no caution property to use: `additionalProperty` is only for
 *   Product, Place, Offer and a few others, `contraindication` only for MedicalTherapy and
 *   MedicalDevice (ExercisePlan is neither), `warning` only for Drug; and a `HowToTip` is for
 *   "what could be done, or what should not be done", not "stop if it hurts". The description is
 *   what every reader of the data shows, so the safety advice is not lost.
 * - A routine is an `ExercisePlan` too (the definition includes "defined exercise routines"),
 *   with its own `activityDuration` (the player's plan of the whole routine), `restPeriods` (the
 *   time between exercises), `activityFrequency` (how often, in words, when it says) and each exercise as an `ExercisePlan` with its `position` in
 *   `hasPart`. Not an `ItemList`: a list has no duration, kind or rest, and is not a plan. Each
 *   exercise in it is the same data as on its own, so its `activityDuration` is its own session
 *   with its get-ready time; the routine's has the time between exercises instead.
 *
 * Every text is a plain string: the data says what the exercise says, never markup. Words this
 * module adds (the dose, "Works:", "Take care:", "Progression:", the kind) are in the language in
 * force, as in exerciseToHTML: English outside an element's localized work.
 */

/** Options of {@link toStructuredData}. */
export interface StructuredDataOptions {
  /** The level whose repetitions and durations the data gives; `beginner` when absent. */
  level?: Level;
}

/** One step of an exercise in the data. */
export interface HowToStepData {
  '@type': 'HowToStep';
  /** From 1. */
  position: number;
  text: string;
}

/** A muscle or body part an exercise works. */
export interface AnatomicalStructureData {
  '@type': 'AnatomicalStructure';
  name: string;
}

/** An exercise, or a routine, as a schema.org ExercisePlan. */
export interface ExercisePlanData {
  '@context'?: 'https://schema.org';
  '@type': 'ExercisePlan';
  /** The exercise's place in its routine, from 1 (only inside a routine). */
  position?: number;
  identifier: string;
  name: string;
  description?: string;
  exerciseType: string | string[];
  category?: string | string[];
  educationalLevel: Level;
  associatedAnatomy?: AnatomicalStructureData[];
  /** ISO 8601 duration: `PT1M40S`. */
  activityDuration: string;
  repetitions?: number;
  /** ISO 8601 duration: `PT3S`. */
  restPeriods?: string;
  /** How often, in words (a routine with a frequency): `Mon, Wed, and Fri · twice a day · 08:00 and 18:00`. */
  activityFrequency?: string;
  additionalVariable?: string[];
  hasPart: HowToStepData[] | ExercisePlanData[];
}

const SUBJECT = 'toStructuredData';

/** schema.org's PhysicalActivityCategory members for our two kinds. */
const CATEGORIES: Record<ExerciseKind, string> = {
  stretch: 'https://schema.org/Flexibility',
  strength: 'https://schema.org/StrengthTraining',
};

/** Milliseconds as an ISO 8601 duration to the second: `PT45S`, `PT1M40S`, `PT1H2M`, `PT0S`. */
function isoDuration(ms: number): string {
  let seconds = Math.max(0, Math.round(ms / 1000));
  const hours = Math.floor(seconds / 3600);
  seconds %= 3600;
  const minutes = Math.floor(seconds / 60);
  seconds %= 60;
  let text = 'PT';
  if (hours > 0) text += `${hours}H`;
  if (minutes > 0) text += `${minutes}M`;
  if (seconds > 0 || text === 'PT') text += `${seconds}S`;
  return text;
}

/** A text as a sentence: its own closing mark kept, a full stop added where it has none. */
function sentence(text: string): string {
  const trimmed = text.trim();
  return /[.!?。؟…]$/u.test(trimmed) ? trimmed : `${trimmed}.`;
}

/** One value, or the list of them when there is more than one. */
function oneOrMany(values: string[]): string | string[] {
  return values.length === 1 ? values[0] : values;
}

function isKind(kind: unknown): kind is ExerciseKind {
  return kind === 'stretch' || kind === 'strength';
}

/** The kind in words; an untyped caller's other value is passed through as text. */
function kindInWords(kind: unknown): string {
  return isKind(kind) ? kindLabel(kind) : String(kind);
}

/** What the exercise works, then its cautions, as sentences; `undefined` when it has neither. */
function describe(exercise: Exercise): string | undefined {
  const parts: string[] = [];
  if (exercise.targets.length > 0) parts.push(sentence(msg(str`Works: ${formatList(exercise.targets)}`)));
  if (exercise.cautions.length > 0) parts.push(msg(str`Take care: ${exercise.cautions.map(sentence).join(' ')}`));
  return parts.length > 0 ? parts.join(' ') : undefined;
}

/** One exercise at a level, without `@context` (the caller adds it at the top). */
function exercisePlan(exercise: Exercise, level: Level, position?: number): ExercisePlanData {
  const dose = doseAtLevel(exercise.dose, level);
  const data: ExercisePlanData = {
    '@type': 'ExercisePlan',
    ...(position === undefined ? {} : { position }),
    identifier: exercise.id,
    name: exercise.name,
    description: describe(exercise),
    exerciseType: kindInWords(exercise.kind),
    category: isKind(exercise.kind) ? CATEGORIES[exercise.kind] : undefined,
    educationalLevel: level,
    associatedAnatomy:
      exercise.targets.length > 0 ? exercise.targets.map((name) => ({ '@type': 'AnatomicalStructure', name })) : undefined,
    activityDuration: isoDuration(planExercise(exercise, level).total),
    repetitions: dose.reps * dose.sets,
    restPeriods: dose.reps > 1 ? isoDuration(dose.restSeconds * 1000) : undefined,
    additionalVariable: [formatDose(dose), ...(exercise.progression ? [msg(str`Progression: ${exercise.progression}`)] : [])],
    hasPart: exercise.steps.map((text, index) => ({ '@type': 'HowToStep', position: index + 1, text })),
  };
  return withoutUndefined(data);
}

/** How often in words, when the routine says and says it right (a routine given as data is not checked here). */
function frequencyWords(frequency: unknown): string | undefined {
  const checked = frequency === undefined ? undefined : readFrequency(new Checker(), 'frequency', frequency);
  return checked ? frequencyText(checked) : undefined;
}

/** A routine at a level, without `@context`. */
function routinePlan(routine: ResolvedRoutine, level: Level): ExercisePlanData {
  const kinds = [...new Set(routine.exercises.map((exercise) => exercise.kind as unknown))];
  const categories = kinds.filter(isKind).map((kind) => CATEGORIES[kind]);
  // The player's own timeline: exercises paced by Done count their estimate, as its total does.
  const plan = planRoutine(routine, level, (index) => routine.paces[index] === 'done');
  const data: ExercisePlanData = {
    '@type': 'ExercisePlan',
    identifier: routine.id,
    name: routine.name,
    exerciseType: oneOrMany(kinds.map(kindInWords)),
    category: categories.length > 0 ? oneOrMany(categories) : undefined,
    educationalLevel: level,
    activityDuration: isoDuration(plan.total),
    restPeriods: routine.restBetweenSeconds > 0 ? isoDuration(routine.restBetweenSeconds * 1000) : undefined,
    activityFrequency: frequencyWords(routine.frequency),
    hasPart: routine.exercises.map((exercise, index) => exercisePlan(exercise, level, index + 1)),
  };
  return withoutUndefined(data);
}

/** The object without its `undefined` fields, so that the data has no empty keys. */
function withoutUndefined<T extends object>(data: T): T {
  return Object.fromEntries(Object.entries(data).filter(([, value]) => value !== undefined)) as T;
}

/** A problem with the argument itself: what it must be, what it was, then what is allowed. */
function badInput(value: unknown, message: string, allowed = ''): DataError {
  return new DataError(SUBJECT, [{ path: 'exerciseOrRoutine', message: `${message}, got ${describeValue(value)}${allowed}` }]);
}

/** The exercise or the resolved routine the input names or is. */
function lookUp(input: string | Exercise | Routine | ResolvedRoutine): Exercise | ResolvedRoutine {
  if (typeof input === 'string') {
    const found = getExercise(input) ?? getRoutine(input);
    if (!found) {
      throw badInput(
        input,
        'is not a known exercise or routine',
        `; known exercises are ${EXERCISE_IDS.join(', ')}; known routines are ${ROUTINE_IDS.join(', ')}`,
      );
    }
    return 'items' in found ? resolveRoutine(found) : found;
  }
  if (isRecord(input)) {
    if (Array.isArray(input.steps) && isRecord(input.dose)) return input as Exercise;
    if (Array.isArray(input.exercises)) return input as ResolvedRoutine;
    if (Array.isArray(input.items)) return resolveRoutine(input as Routine);
  }
  throw badInput(input, 'must be an exercise or routine id, an exercise, or a routine');
}

/**
 * The schema.org data of an exercise or a routine at a level, as a JSON-LD object: an
 * `ExercisePlan` with its name, kind, repetitions, rest, whole duration (the timer's own plan),
 * dose in words, steps (as `HowToStep`s in `hasPart`) and cautions (in `description`); a
 * routine is an `ExercisePlan` whose `hasPart` are its exercises. Put it in the page as
 * `<script type="application/ld+json">` with {@link structuredDataScript}.
 *
 * Every text is a plain string, whatever the exercise says; the function builds no HTML.
 *
 * @param exerciseOrRoutine A catalog exercise or routine id, an exercise, or a routine (as
 *   written, with ids and dose overrides, or resolved).
 * @throws {DataError} for an unknown id (in the argument or in a routine's items), an input that
 *   is none of these, or a bad `level`.
 */
export function toStructuredData(
  exerciseOrRoutine: string | Exercise | Routine | ResolvedRoutine,
  options: StructuredDataOptions = {},
): ExercisePlanData {
  const level = checkLevel(SUBJECT, options.level);
  const found = lookUp(exerciseOrRoutine);
  const data = 'exercises' in found ? routinePlan(found, level) : exercisePlan(found, level);
  return { '@context': 'https://schema.org', ...data };
}

/**
 * A `<script type="application/ld+json">` element holding `data` as JSON, made by
 * `ownerDocument.createElement` (the page's document when absent). Every `<` is written `\u003c`
 * (the same string to a JSON reader), so no text in the data can end the script element or open a
 * comment inside it, even once the page is saved as HTML.
 *
 * The JSON goes in as a text node rather than through `textContent`: on a page that enforces
 * Trusted Types (`require-trusted-types-for 'script'`), setting a script's `textContent` throws,
 * while a text node is kept (Chromium still reports a violation for it when the element is added,
 * but the data stays in the page).
 */
export function structuredDataScript(data: object, ownerDocument: Document = document): HTMLScriptElement {
  const script = ownerDocument.createElement('script');
  script.type = 'application/ld+json';
  script.append(ownerDocument.createTextNode(JSON.stringify(data).replace(/</g, '\\u003c')));
  return script;
}
