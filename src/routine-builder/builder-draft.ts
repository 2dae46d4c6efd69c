import { getExercise } from '../model/catalog.js';
import { DataError, type DataProblem } from '../model/data-error.js';
import { countAtLevel, DEFAULT_DOSE_TIMING, DEFAULT_REST_BETWEEN_SECONDS } from '../model/dose.js';
import { parseRoutine } from '../model/parse.js';
import type { Dose, Exercise, Level, Pace, Routine, RoutineItem } from '../model/types.js';
import { Checker } from '../model/checker.js';
import { checkNote, type SharedRoutine } from '../share/routine-link.js';
import { clinicEmailProblem, emptyFrequency, frequencyDraft, frequencyRaw, type FrequencyDraft } from './builder-frequency.js';

/**
 * What the builder edits, kept as the physiotherapist typed it: a number field holds its text,
 * so "-5" or "abc" stays on screen with its problem instead of vanishing. Plain data, no DOM;
 * {@link checkDraft} turns it into a routine with `parseRoutine`, so its problems are the
 * model's own messages, with the model's paths (`items[2].dose.holdSeconds`).
 */
export interface Draft {
  id: string;
  name: string;
  note: string;
  level: Level;
  pace: Pace;
  /** Seconds between exercises as typed; `undefined` while it is the default. */
  restBetween: string | undefined;
  items: DraftItem[];
  /** How often, as typed. */
  frequency: FrequencyDraft;
  /** The clinic's e-mail address for reports, as typed; empty for none. */
  clinicEmail: string;
  /** The clinic turns the patient's level suggestions off. */
  noSuggestions: boolean;
}

/** The dose fields a builder offers per item, in the order they are shown. */
export const DOSE_INPUTS = ['holdSeconds', 'reps', 'sets', 'restSeconds', 'setRestSeconds'] as const;
/** One of {@link DOSE_INPUTS}. */
export type DoseInput = (typeof DOSE_INPUTS)[number];

/** One exercise of the draft and the dose fields the physiotherapist changed. */
export interface DraftItem {
  /** Stable for the item's life, so moving it keeps its fields (and focus) with it. */
  key: number;
  exercise: string | Exercise;
  /** Changed fields as typed; an unchanged field is the exercise's own (at the chosen level, for repetitions). */
  edits: Partial<Record<DoseInput, string>>;
  /** Set when changed from the exercise's own. */
  eachSide?: boolean;
  /** Fields of a given routine's dose this builder does not show (prepare, switch): kept as they were. */
  kept?: Partial<Dose>;
  /** The item's own pace, kept from a given routine. */
  pace?: Pace;
}

/** The result of checking a draft: a routine when it is valid, and every problem by path. */
export interface CheckedDraft {
  routine: Routine | null;
  problems: DataProblem[];
}

let nextKey = 1;

/** An empty draft. */
export function emptyDraft(): Draft {
  return {
    id: 'custom-routine',
    name: '',
    note: '',
    level: 'beginner',
    pace: 'timer',
    restBetween: undefined,
    items: [],
    frequency: emptyFrequency(),
    clinicEmail: '',
    noSuggestions: false,
  };
}

/** The exercise of an item: the catalog's, or the page's own. */
export function itemExercise(item: Pick<DraftItem, 'exercise'>): Exercise | undefined {
  return typeof item.exercise === 'string' ? getExercise(item.exercise) : item.exercise;
}

/** A new item for an exercise, with its own dose. */
export function newItem(exercise: string | Exercise): DraftItem {
  return { key: nextKey++, exercise, edits: {} };
}

/** The value a dose field shows: as typed when changed, else the exercise's own at `level`. */
export function fieldText(item: DraftItem, field: DoseInput, level: Level): string {
  const typed = item.edits[field];
  if (typed !== undefined) return typed;
  const dose = { ...itemExercise(item)?.dose, ...item.kept };
  if (field === 'reps') return dose.reps === undefined ? '' : String(countAtLevel(dose.reps, level));
  const value = dose[field] ?? (field === 'restSeconds' || field === 'setRestSeconds' ? DEFAULT_DOSE_TIMING[field] : undefined);
  return value === undefined ? '' : String(value);
}

/** Whether the item is done on each side. */
export function itemEachSide(item: DraftItem): boolean {
  return item.eachSide ?? itemExercise(item)?.dose.eachSide ?? false;
}

/** Seconds between exercises as shown. */
export function restBetweenText(draft: Draft): string {
  return draft.restBetween ?? String(DEFAULT_REST_BETWEEN_SECONDS);
}

/** Text as typed becomes a number when it is plain digits; anything else stays text, so the model's message quotes it. */
function typedNumber(text: string): number | string {
  const trimmed = text.trim();
  return /^\d+$/.test(trimmed) ? Number(trimmed) : text;
}

function draftItemToRaw(item: DraftItem): Record<string, unknown> {
  const dose: Record<string, unknown> = { ...item.kept };
  for (const field of DOSE_INPUTS) {
    const typed = item.edits[field];
    if (typed !== undefined) dose[field] = typedNumber(typed);
  }
  if (item.eachSide !== undefined) dose.eachSide = item.eachSide;
  const raw: Record<string, unknown> = { exercise: item.exercise };
  if (Object.keys(dose).length > 0) raw.dose = dose;
  if (item.pace) raw.pace = item.pace;
  return raw;
}

/**
 * Checks a draft as a player would check its data (`parseRoutine`), and its note as a link is
 * checked. Never throws: every problem comes back with the path of its field.
 */
export function checkDraft(draft: Draft): CheckedDraft {
  const raw: Record<string, unknown> = { id: draft.id, name: draft.name, items: draft.items.map(draftItemToRaw) };
  if (draft.restBetween !== undefined) raw.restBetweenSeconds = typedNumber(draft.restBetween);
  const frequency = frequencyRaw(draft.frequency);
  if (frequency) raw.frequency = frequency;
  const problems: DataProblem[] = [];
  let routine: Routine | null = null;
  try {
    routine = parseRoutine(raw);
  } catch (error) {
    problems.push(...(error instanceof DataError ? error.problems : [{ path: '', message: 'could not be read' }]));
  }
  const note = noteProblem(draft.note);
  if (note) problems.push({ path: 'note', message: note });
  const email = clinicEmailProblem(draft.clinicEmail);
  if (email) problems.push({ path: 'clinicEmail', message: email });
  return { routine: problems.length === 0 ? routine : null, problems };
}

/**
 * Why a note cannot travel in a link, by the rule a player reads links with (`checkNote` of
 * routine-link.ts), or `undefined` when it can. Spaces alone are no note (the link leaves it out).
 */
export function noteProblem(note: string): string | undefined {
  if (!note.trim()) return undefined;
  const check = new Checker();
  checkNote(check, 'note', note);
  return check.problems[0]?.message;
}

/** A draft holding a routine (already valid) and what a link carries with it. */
export function draftFrom(routine: Routine, shared: Omit<SharedRoutine, 'routine'> = {}): Draft {
  const items = routine.items.map((item: RoutineItem) => {
    const draft = newItem(item.exercise);
    const { eachSide, prepareSeconds, switchSeconds, ...shown } = item.dose ?? {};
    for (const field of DOSE_INPUTS) {
      const value = shown[field];
      if (value === undefined) continue;
      // A per-level count stays per level (the fields show it at the chosen level) unless changed.
      if (field === 'reps' && typeof value === 'object') draft.kept = { ...draft.kept, reps: value };
      else draft.edits[field] = String(value);
    }
    if (eachSide !== undefined) draft.eachSide = eachSide;
    if (prepareSeconds !== undefined) draft.kept = { ...draft.kept, prepareSeconds };
    if (switchSeconds !== undefined) draft.kept = { ...draft.kept, switchSeconds };
    if (item.pace) draft.pace = item.pace;
    return draft;
  });
  return {
    id: routine.id,
    name: routine.name,
    note: shared.note ?? '',
    level: shared.level ?? 'beginner',
    pace: shared.pace ?? 'timer',
    restBetween: routine.restBetweenSeconds === undefined ? undefined : String(routine.restBetweenSeconds),
    items,
    frequency: frequencyDraft(routine.frequency),
    clinicEmail: shared.clinicEmail ?? '',
    noSuggestions: shared.noSuggestions === true,
  };
}

/** What a link carries besides the routine, from the draft: the level, pace, note, clinic's address and suggestions setting. */
export function draftSettings(draft: Draft): Omit<SharedRoutine, 'routine'> {
  const settings: Omit<SharedRoutine, 'routine'> = { level: draft.level };
  if (draft.pace !== 'timer') settings.pace = draft.pace;
  const note = draft.note.trim();
  if (note) settings.note = note;
  const email = draft.clinicEmail.trim();
  if (email) settings.clinicEmail = email;
  if (draft.noSuggestions) settings.noSuggestions = true;
  return settings;
}

/** The items with one moved by `offset` places (clamped to the list). */
export function moveItem(items: readonly DraftItem[], index: number, offset: number): DraftItem[] {
  const target = Math.max(0, Math.min(items.length - 1, index + offset));
  const moved = [...items];
  const [item] = moved.splice(index, 1);
  moved.splice(target, 0, item);
  return moved;
}

/** Where a problem belongs: the key of the field it names (`items[0].dose.reps.beginner` → `items[0].dose.reps`). */
export function fieldOf(path: string): string {
  // How often: each field by its own path (a day of the list by the list).
  if (path.startsWith('frequency.')) return path.replace(/\[\d+\]$/, '');
  const match = /^(items\[\d+\])(?:\.(dose)(?:\.(\w+))?|\.(exercise|pace))?/.exec(path);
  if (!match) return path.split('.')[0].split('[')[0];
  const [, item, dose, field, other] = match;
  if (dose) return field ? `${item}.dose.${field}` : `${item}.dose`;
  return other ? `${item}.${other}` : item;
}
