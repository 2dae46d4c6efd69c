import { fnv1a } from '../routine-player/routine-source.js';
import type { ResolvedRoutine } from '../model/types.js';
import { WEEKDAYS, type Frequency } from './types.js';

/**
 * The identity of a prescription, for a report to say which routine it is about without
 * carrying the routine: FNV-1a over the canonical JSON (keys sorted, weekdays in week order) of
 * each exercise's id and dose, the rest between exercises, and the frequency when there is one.
 * Names, texts and pictures are left out: a translated or reworded routine is the same
 * prescription, a changed dose or frequency is not.
 *
 * It is kept apart from the player's routine id (which, for a link, may also be a hash): that id
 * names where progress is stored; this one is what a clinic compares a report against.
 */
export function prescriptionHash(routine: ResolvedRoutine & { frequency?: Frequency | undefined }): string {
  const prescription = {
    exercises: routine.exercises.map((exercise) => ({ id: exercise.id, dose: exercise.dose })),
    restBetweenSeconds: routine.restBetweenSeconds,
    frequency: canonicalFrequency(routine.frequency),
  };
  return fnv1a(canonicalJson(prescription));
}

/** The frequency with its weekdays in week order (a set, however it was written), or `null`. */
function canonicalFrequency(frequency: Frequency | undefined): unknown {
  if (!frequency) return null;
  const days = 'weekdays' in frequency.days ? { weekdays: WEEKDAYS.filter((day) => (frequency.days as { weekdays: string[] }).weekdays.includes(day)) } : frequency.days;
  return { timesPerDay: frequency.timesPerDay, days, time: frequency.time ?? null };
}

/** JSON with every object's keys sorted and `undefined` fields left out: the same data gives the same text. */
export function canonicalJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map((item) => (item === undefined ? 'null' : canonicalJson(item))).join(',')}]`;
  if (typeof value === 'object' && value !== null) {
    const entries = Object.entries(value as Record<string, unknown>)
      .filter(([, field]) => field !== undefined)
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return `{${entries.map(([key, field]) => `${JSON.stringify(key)}:${canonicalJson(field)}`).join(',')}}`;
  }
  return JSON.stringify(value) ?? 'null';
}
