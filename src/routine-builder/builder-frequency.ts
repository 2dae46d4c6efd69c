import { Checker } from '../model/checker.js';
import { checkClinicEmail } from '../share/clinic-email.js';
import type { Frequency, Weekday } from '../adherence/types.js';

/** Which days the builder's "How often" asks for: none given, every day, named days, or a number a week. */
export type DaysChoice = 'none' | 'every' | 'weekdays' | 'perWeek';

/** The "How often" fields as typed (numbers and the time stay text, so a slip stays on screen with its problem). */
export interface FrequencyDraft {
  days: DaysChoice;
  weekdays: Weekday[];
  perWeek: string;
  timesPerDay: string;
  time: string;
}

/** No frequency: the fields' starting values once one is chosen. */
export function emptyFrequency(): FrequencyDraft {
  return { days: 'none', weekdays: ['MO', 'WE', 'FR'], perWeek: '3', timesPerDay: '1', time: '' };
}

/** The fields holding a routine's frequency (already valid). */
export function frequencyDraft(frequency: Frequency | undefined): FrequencyDraft {
  const draft = emptyFrequency();
  if (!frequency) return draft;
  draft.timesPerDay = String(frequency.timesPerDay);
  draft.time = frequency.time ?? '';
  if ('weekdays' in frequency.days) {
    draft.days = frequency.days.weekdays.length === 7 ? 'every' : 'weekdays';
    if (frequency.days.weekdays.length < 7) draft.weekdays = [...frequency.days.weekdays];
  } else {
    draft.days = 'perWeek';
    draft.perWeek = String(frequency.days.perWeek);
  }
  return draft;
}

/** Plain digits become a number; anything else stays text, so the model's message quotes it. */
function typedNumber(text: string): number | string {
  const trimmed = text.trim();
  return /^\d+$/.test(trimmed) ? Number(trimmed) : text;
}

/** The fields as the data `parseRoutine` checks (`frequency`), or `undefined` when no frequency is chosen. */
export function frequencyRaw(draft: FrequencyDraft): Record<string, unknown> | undefined {
  if (draft.days === 'none') return undefined;
  const days =
    draft.days === 'every'
      ? { weekdays: ['MO', 'TU', 'WE', 'TH', 'FR', 'SA', 'SU'] }
      : draft.days === 'weekdays'
        ? { weekdays: draft.weekdays }
        : { perWeek: typedNumber(draft.perWeek) };
  const raw: Record<string, unknown> = { timesPerDay: typedNumber(draft.timesPerDay), days };
  if (draft.time.trim()) raw.time = draft.time.trim();
  return raw;
}

/** Why the clinic's e-mail address cannot travel in a link, or `undefined` when it can (empty is no address). */
export function clinicEmailProblem(email: string): string | undefined {
  if (!email.trim()) return undefined;
  const check = new Checker();
  checkClinicEmail(check, 'clinicEmail', email);
  return check.problems[0]?.message;
}
