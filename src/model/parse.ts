import { EXERCISE_IDS, ROUTINE_IDS, getExercise } from './catalog.js';
import { Checker, describeValue, hasHiddenCharacters, isRecord, LIMITS } from './checker.js';
import { checkBoolean, checkId, checkKnownKeys, checkTextList, join } from './check-fields.js';
import { DataError } from './data-error.js';
import { DEFAULT_REST_BETWEEN_SECONDS } from './dose.js';
import { checkRoutineTotal, checkWholeDose } from './limits.js';
import { LEVELS } from './types.js';
import { readFrequency } from '../adherence/frequency.js';
import type { Dose, Exercise, ExerciseMedia, PerLevel, ResolvedRoutine, Routine, RoutineItem } from './types.js';

const DOSE_FIELDS = [
  'holdSeconds',
  'reps',
  'sets',
  'eachSide',
  'restSeconds',
  'setRestSeconds',
  'prepareSeconds',
  'switchSeconds',
] as const;
const OPTIONAL_SECONDS = ['restSeconds', 'setRestSeconds', 'prepareSeconds', 'switchSeconds'] as const;
const EXERCISE_FIELDS = ['id', 'name', 'kind', 'targets', 'steps', 'cautions', 'progression', 'startPosition', 'media', 'dose'];
/** Addresses a picture may come from: http(s), a path on the same site, or an inline image. */
const MEDIA_URL_PATTERN = /^(?:https?:\/\/|\/|\.{0,2}\/|[\w-]+(?:[./][\w-]+)*(?:[?#]|$)|data:image\/(?:png|jpeg|gif|webp|svg\+xml)[;,])/i;
const MEDIA_URL_LENGTH = 2048;
const ROUTINE_FIELDS = ['id', 'name', 'items', 'restBetweenSeconds', 'frequency'];
const ITEM_FIELDS = ['exercise', 'dose', 'pace'];

/** Longest list that is copied at all; longer ones are far past every limit and are refused without reading them. */
const MAX_COPIED_LIST = 100_000;
/** Deepest nesting that is copied; exercise data is never deeper than a few levels. */
const MAX_DEPTH = 32;

function copyPlain(value: unknown, path: string, seen: Set<object>, depth: number): unknown {
  if (typeof value !== 'object' || value === null) return value;
  if (depth > MAX_DEPTH) throw new DataError('data', [{ path, message: `is nested more than ${MAX_DEPTH} levels deep` }]);
  if (seen.has(value)) throw new DataError('data', [{ path, message: 'refers to itself (a cycle)' }]);
  seen.add(value);
  let copy: unknown;
  if (Array.isArray(value)) {
    const length = value.length;
    if (length > MAX_COPIED_LIST) {
      throw new DataError('data', [{ path, message: `has ${length} entries, far more than allowed` }]);
    }
    const list: unknown[] = new Array(length);
    // Holes stay holes, so the checker can name them.
    for (let index = 0; index < length; index++) {
      if (index in value) list[index] = copyPlain(value[index], `${path}[${index}]`, seen, depth + 1);
    }
    copy = list;
  } else {
    const record: Record<string, unknown> = {};
    for (const key of Object.keys(value)) {
      // defineProperty keeps a "__proto__" key an ordinary (and then unknown) field instead of a prototype.
      Object.defineProperty(record, key, {
        value: copyPlain((value as Record<string, unknown>)[key], join(path, key), seen, depth + 1),
        enumerable: true,
        writable: true,
        configurable: true,
      });
    }
    copy = record;
  }
  seen.delete(value);
  return copy;
}

/**
 * A plain copy of data handed over by a page: objects, lists and primitives, read exactly once.
 * A getter or proxy trap that throws, a revoked proxy, a cycle or absurd nesting becomes a
 * {@link DataError} naming `path`, never an exception in the host page; the copy cannot change later.
 */
export function readPlainData(value: unknown, subject: string, path: string): unknown {
  try {
    return copyPlain(value, path, new Set(), 0);
  } catch (error) {
    if (error instanceof DataError) throw new DataError(subject, error.problems);
    const reason = error instanceof Error ? `${error.name}: ${error.message}` : 'it threw while being read';
    throw new DataError(subject, [{ path, message: `could not be read (${describeValue(reason).slice(1, -1)})` }]);
  }
}

/** Parses JSON text, turning a syntax error into a {@link DataError}. */
export function parseJson(text: string, subject = 'JSON'): unknown {
  try {
    return JSON.parse(text) as unknown;
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    throw new DataError(subject, [{ path: '', message: `is not valid JSON (${reason})` }]);
  }
}

function readPerLevel(check: Checker, path: string, value: unknown): PerLevel | undefined {
  if (isRecord(value)) {
    checkKnownKeys(check, path, value, LEVELS);
    const counts = LEVELS.map((level) => check.wholeNumber(join(path, level), value[level], LIMITS.reps));
    if (counts.some((count) => count === undefined)) return undefined;
    return Object.fromEntries(LEVELS.map((level, i) => [level, counts[i]])) as Record<(typeof LEVELS)[number], number>;
  }
  if (typeof value === 'number') return check.wholeNumber(path, value, LIMITS.reps);
  return check.fail(
    path,
    `must be a whole number from ${LIMITS.reps.min} to ${LIMITS.reps.max}, or one per level ({"beginner": 8, "intermediate": 9, "advanced": 10}), got ${describeValue(value)}`,
  );
}

/**
 * Reads a dose. With `partial`, every field is optional (a routine item's override, checked
 * against the exercise limit once merged); otherwise `holdSeconds` is required, the rest default
 * (`reps` and `sets` to 1, `eachSide` to false), and the whole dose is checked against the limit.
 */
export function readDose(check: Checker, path: string, value: unknown, partial: boolean): Partial<Dose> | undefined {
  if (!isRecord(value)) return check.fail(path, `must be an object with holdSeconds, reps, sets and eachSide, got ${describeValue(value)}`);
  const before = check.problems.length;
  checkKnownKeys(check, path, value, DOSE_FIELDS);
  const dose: Partial<Dose> = {};
  if (value.holdSeconds !== undefined || !partial) {
    dose.holdSeconds = check.wholeNumber(join(path, 'holdSeconds'), value.holdSeconds, LIMITS.holdSeconds);
  }
  if (value.reps !== undefined) dose.reps = readPerLevel(check, join(path, 'reps'), value.reps);
  else if (!partial) dose.reps = 1;
  if (value.sets !== undefined) dose.sets = check.wholeNumber(join(path, 'sets'), value.sets, LIMITS.sets);
  else if (!partial) dose.sets = 1;
  if (value.eachSide !== undefined) dose.eachSide = checkBoolean(check, join(path, 'eachSide'), value.eachSide);
  else if (!partial) dose.eachSide = false;
  for (const field of OPTIONAL_SECONDS) {
    if (value[field] !== undefined) dose[field] = check.wholeNumber(join(path, field), value[field], LIMITS[field]);
  }
  if (check.problems.length > before) return undefined;
  // An override is checked once merged, by the routine item that carries it.
  return partial ? dose : checkWholeDose(check, path, dose as Dose);
}

function readMediaUrl(check: Checker, path: string, value: unknown): string | undefined {
  const trimmed = typeof value === 'string' ? value.trim() : '';
  if (typeof value !== 'string' || value.length > MEDIA_URL_LENGTH || !MEDIA_URL_PATTERN.test(trimmed) || /\s/.test(trimmed) || hasHiddenCharacters(trimmed)) {
    return check.fail(
      path,
      `must be the address of a file (http:, https:, or a path on this site), at most ${MEDIA_URL_LENGTH} characters, got ${describeValue(value)}`,
    );
  }
  return trimmed;
}

/** Reads an exercise's own picture or video: `{ image, alt }` or `{ video, caption }`. */
function readMedia(check: Checker, path: string, value: unknown): ExerciseMedia | undefined {
  if (isRecord(value) && 'video' in value) {
    checkKnownKeys(check, path, value, ['video', 'caption']);
    const video = readMediaUrl(check, join(path, 'video'), value.video);
    const caption = check.text(join(path, 'caption'), value.caption, LIMITS.textLength);
    return video && caption ? { video, caption } : undefined;
  }
  if (isRecord(value) && 'image' in value) {
    checkKnownKeys(check, path, value, ['image', 'alt']);
    const image = readMediaUrl(check, join(path, 'image'), value.image);
    const alt = check.text(join(path, 'alt'), value.alt, LIMITS.textLength);
    return image && alt ? { image, alt } : undefined;
  }
  return check.fail(path, `must be {"image": address, "alt": text} or {"video": address, "caption": text}, got ${describeValue(value)}`);
}

/** Reads an exercise, noting every problem in `check`. */
export function readExercise(check: Checker, path: string, value: unknown): Exercise | undefined {
  if (!isRecord(value)) return check.fail(path, `must be an exercise object, got ${describeValue(value)}`);
  const before = check.problems.length;
  checkKnownKeys(check, path, value, EXERCISE_FIELDS);
  const id = checkId(check, join(path, 'id'), value.id);
  const name = check.text(join(path, 'name'), value.name, LIMITS.nameLength);
  const kind = check.oneOf(join(path, 'kind'), value.kind, ['stretch', 'strength'] as const);
  const listBounds = { min: 0, max: LIMITS.listItems };
  const targets = checkTextList(check, join(path, 'targets'), value.targets ?? [], listBounds, LIMITS.nameLength);
  const steps = checkTextList(check, join(path, 'steps'), value.steps, { min: 1, max: LIMITS.steps }, LIMITS.textLength);
  const cautions = checkTextList(check, join(path, 'cautions'), value.cautions ?? [], listBounds, LIMITS.textLength);
  const progression =
    value.progression === undefined ? undefined : check.text(join(path, 'progression'), value.progression, LIMITS.textLength);
  const startPosition =
    value.startPosition === undefined
      ? undefined
      : check.text(join(path, 'startPosition'), value.startPosition, LIMITS.textLength);
  const media = value.media === undefined ? undefined : readMedia(check, join(path, 'media'), value.media);
  const dose = readDose(check, join(path, 'dose'), value.dose, false) as Dose | undefined;
  if (check.problems.length > before) return undefined;
  const exercise: Exercise = { id: id!, name: name!, kind: kind!, targets: targets!, steps: steps!, cautions: cautions!, dose: dose! };
  if (progression) exercise.progression = progression;
  if (startPosition) exercise.startPosition = startPosition;
  if (media) exercise.media = media;
  return exercise;
}

/** Turns untrusted data (an object, or JSON text) into an {@link Exercise}, or throws a {@link DataError} listing every problem. */
export function parseExercise(input: unknown): Exercise {
  const value = typeof input === 'string' ? parseJson(input, 'exercise') : readPlainData(input, 'exercise', '');
  const check = new Checker();
  const exercise = readExercise(check, '', value);
  if (!exercise) throw new DataError('exercise', check.problems);
  return exercise;
}

/** The problem message for an exercise id that is not in the catalog. */
export function unknownExerciseMessage(id: unknown): string {
  return `is not a known exercise, got ${describeValue(id)}; known exercises are ${EXERCISE_IDS.join(', ')}`;
}

/** The problem message for a routine id that is not in the catalog. */
export function unknownRoutineMessage(id: unknown): string {
  return `is not a known routine, got ${describeValue(id)}; known routines are ${ROUTINE_IDS.join(', ')}`;
}

function readItem(check: Checker, path: string, value: unknown): RoutineItem | undefined {
  // A bare id is accepted as shorthand for { "exercise": id }.
  const record = typeof value === 'string' ? { exercise: value } : value;
  if (!isRecord(record)) return check.fail(path, `must be an exercise id or {"exercise": …}, got ${describeValue(value)}`);
  const before = check.problems.length;
  checkKnownKeys(check, path, record, ITEM_FIELDS);
  const exercisePath = join(path, 'exercise');
  let exercise: string | Exercise | undefined;
  let base: Exercise | undefined;
  if (typeof record.exercise === 'string') {
    base = getExercise(record.exercise);
    exercise = base ? record.exercise : check.fail(exercisePath, unknownExerciseMessage(record.exercise));
  } else {
    exercise = base = readExercise(check, exercisePath, record.exercise);
  }
  const dose = record.dose === undefined ? undefined : readDose(check, join(path, 'dose'), record.dose, true);
  const pace = record.pace === undefined ? undefined : check.oneOf(join(path, 'pace'), record.pace, ['timer', 'done'] as const);
  if (check.problems.length > before || exercise === undefined) return undefined;
  // The dose that plays is the exercise's own with the override on top: that is what the limit is for.
  if (dose && !checkWholeDose(check, join(path, 'dose'), { ...base!.dose, ...dose })) return undefined;
  const item: RoutineItem = { exercise };
  if (dose) item.dose = dose;
  if (pace) item.pace = pace;
  return item;
}

/**
 * Turns untrusted data (an object, or JSON text) into a {@link Routine}, or throws a {@link DataError} listing
 * every problem. `root` names the whole input in a problem about the whole of it (an element says `data` or `script`).
 */
export function parseRoutine(input: unknown, root = ''): Routine {
  const value = typeof input === 'string' ? parseJson(input, 'routine') : readPlainData(input, 'routine', root);
  const check = new Checker();
  if (!isRecord(value)) {
    check.fail(root, `must be a routine object with id, name and items, got ${describeValue(value)}`);
    throw new DataError('routine', check.problems);
  }
  checkKnownKeys(check, '', value, ROUTINE_FIELDS);
  const id = checkId(check, 'id', value.id);
  const name = check.text('name', value.name, LIMITS.nameLength);
  let items: (RoutineItem | undefined)[] = [];
  if (!Array.isArray(value.items) || value.items.length < 1 || value.items.length > LIMITS.routineItems) {
    check.fail('items', `must be a list of 1 to ${LIMITS.routineItems} exercises, got ${describeValue(value.items)}`);
  } else {
    // Array.from visits holes too (`map` skips them), so a sparse list is an error, not a shorter list.
    items = Array.from(value.items as unknown[], (item, index) => readItem(check, `items[${index}]`, item));
  }
  const restBetweenSeconds =
    value.restBetweenSeconds === undefined
      ? undefined
      : check.wholeNumber('restBetweenSeconds', value.restBetweenSeconds, LIMITS.restBetweenSeconds);
  const frequency = value.frequency === undefined ? undefined : readFrequency(check, 'frequency', value.frequency);
  if (check.problems.length > 0) throw new DataError('routine', check.problems);
  const routine: Routine = { id: id!, name: name!, items: items as RoutineItem[] };
  if (restBetweenSeconds !== undefined) routine.restBetweenSeconds = restBetweenSeconds;
  if (frequency) routine.frequency = frequency;
  if (!checkRoutineTotal(check, 'items', resolveRoutine(routine))) throw new DataError('routine', check.problems);
  return routine;
}

/** A routine with catalog ids looked up and each item's dose override applied. */
export function resolveRoutine(routine: Routine): ResolvedRoutine {
  const exercises = routine.items.map((item, index) => {
    const base = typeof item.exercise === 'string' ? getExercise(item.exercise) : structuredClone(item.exercise);
    if (!base) {
      throw new DataError('routine', [{ path: `items[${index}].exercise`, message: unknownExerciseMessage(item.exercise) }]);
    }
    return item.dose ? { ...base, dose: { ...base.dose, ...item.dose } } : base;
  });
  return {
    id: routine.id,
    name: routine.name,
    exercises,
    paces: routine.items.map((item) => item.pace),
    restBetweenSeconds: routine.restBetweenSeconds ?? DEFAULT_REST_BETWEEN_SECONDS,
    ...(routine.frequency ? { frequency: structuredClone(routine.frequency) } : {}),
  };
}
