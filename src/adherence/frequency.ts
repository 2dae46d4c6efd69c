/**
 * How often a routine is prescribed ({@link Frequency}): reading and checking it from untrusted
 * data (as `parseRoutine` reads every field, with paths like `frequency.timesPerDay`), its short
 * form in a routine link (version 2), and the days and times a reminder falls on. Plain data, no DOM.
 */
import { Checker, describeValue, isRecord } from '../model/checker.js';
import { checkKnownKeys, join } from '../model/check-fields.js';
import { WEEKDAYS, type Frequency, type Weekday } from './types.js';

/** Sessions a day, and days a week, a frequency may ask for. */
export const FREQUENCY_LIMITS = {
  timesPerDay: { min: 1, max: 3 },
  perWeek: { min: 1, max: 7 },
} as const;

/** A time of day, 24-hour `HH:MM`. */
const TIME_PATTERN = /^([01]\d|2[0-3]):([0-5]\d)$/;

/** Reads a time of day (`HH:MM`, 00:00 to 23:59), noting a problem at `path` when it is not one. */
export function readTime(check: Checker, path: string, value: unknown): string | undefined {
  if (typeof value === 'string' && TIME_PATTERN.test(value)) return value;
  return check.fail(path, `must be a time of day as HH:MM, 24-hour (00:00 to 23:59), got ${describeValue(value)}`);
}

function readWeekdays(check: Checker, path: string, value: unknown): Weekday[] | undefined {
  if (!Array.isArray(value) || value.length < 1 || value.length > WEEKDAYS.length) {
    return check.fail(path, `must be a list of 1 to 7 days (${WEEKDAYS.join(', ')}), got ${describeValue(value)}`);
  }
  const before = check.problems.length;
  const days = new Set<Weekday>();
  // Array.from visits holes too, so a sparse list is an error rather than a shorter one.
  Array.from(value as unknown[], (day, index) => {
    if (!(WEEKDAYS as readonly unknown[]).includes(day)) check.fail(`${path}[${index}]`, `must be one of ${WEEKDAYS.join(', ')}, got ${describeValue(day)}`);
    else if (days.has(day as Weekday)) check.fail(`${path}[${index}]`, `repeats ${day as string}; give each day once`);
    else days.add(day as Weekday);
  });
  if (check.problems.length > before) return undefined;
  // Monday first, whatever order they came in: the same frequency always reads (and hashes) the same.
  return WEEKDAYS.filter((day) => days.has(day));
}

/** Reads how often a routine is done, noting every problem in `check` under `path` (`frequency`). */
export function readFrequency(check: Checker, path: string, value: unknown): Frequency | undefined {
  if (!isRecord(value)) {
    return check.fail(path, `must be {"timesPerDay": 1, "days": {"weekdays": ["MO", "WE", "FR"]} or {"perWeek": 3}, "time": "08:00"}, got ${describeValue(value)}`);
  }
  const before = check.problems.length;
  checkKnownKeys(check, path, value, ['timesPerDay', 'days', 'time']);
  const timesPerDay = check.wholeNumber(join(path, 'timesPerDay'), value.timesPerDay === undefined ? 1 : value.timesPerDay, FREQUENCY_LIMITS.timesPerDay);
  const daysPath = join(path, 'days');
  let days: Frequency['days'] | undefined;
  const given = value.days;
  if (isRecord(given) && 'weekdays' in given) {
    checkKnownKeys(check, daysPath, given, ['weekdays']);
    const weekdays = readWeekdays(check, join(daysPath, 'weekdays'), given.weekdays);
    if (weekdays) days = { weekdays };
  } else if (isRecord(given) && 'perWeek' in given) {
    checkKnownKeys(check, daysPath, given, ['perWeek']);
    const perWeek = check.wholeNumber(join(daysPath, 'perWeek'), given.perWeek, FREQUENCY_LIMITS.perWeek);
    if (perWeek !== undefined) days = { perWeek };
  } else {
    check.fail(daysPath, `must be {"weekdays": ["MO", "WE", "FR"]} or {"perWeek": 3}, got ${describeValue(given)}`);
  }
  const time = value.time === undefined ? undefined : readTime(check, join(path, 'time'), value.time);
  if (check.problems.length > before) return undefined;
  const frequency: Frequency = { timesPerDay: timesPerDay!, days: days! };
  if (time !== undefined) frequency.time = time;
  return frequency;
}

/** Whether a frequency names its days (rather than a number of days a week). */
export function fixedWeekdays(frequency: Frequency): Weekday[] | undefined {
  return 'weekdays' in frequency.days ? frequency.days.weekdays : undefined;
}

/** Days spread over a week for "n days a week", Monday first: what a reminder suggests (the patient may move them). */
const SPREAD: Record<number, Weekday[]> = {
  1: ['MO'],
  2: ['MO', 'TH'],
  3: ['MO', 'WE', 'FR'],
  4: ['MO', 'TU', 'TH', 'FR'],
  5: ['MO', 'TU', 'WE', 'TH', 'FR'],
  6: ['MO', 'TU', 'WE', 'TH', 'FR', 'SA'],
  7: [...WEEKDAYS],
};

/** The days a reminder falls on: the named weekdays, or `perWeek` days spread over the week. */
export function reminderDays(frequency: Frequency): Weekday[] {
  return fixedWeekdays(frequency) ?? SPREAD[(frequency.days as { perWeek: number }).perWeek];
}

/** When the day's first session is when the clinic gave no time, minutes after midnight (08:00). */
export const DEFAULT_REMINDER_MINUTES = 8 * 60;
/** The latest a later session of the day is put, minutes after midnight (22:00). */
const LATEST_MINUTES = 22 * 60;

/** Minutes after midnight of a `HH:MM` time. */
export function minutesOf(time: string): number {
  const [hours, minutes] = time.split(':').map(Number);
  return hours * 60 + minutes;
}

/**
 * When each session of a day is, minutes after midnight: the first at the clinic's time (08:00 when
 * it gave none), the others 10 hours (twice a day) or 5 hours (three times) apart, drawn closer so
 * that none is after 22:00, but never closer than an hour (a late first session then moves earlier).
 */
export function sessionMinutes(frequency: Frequency): number[] {
  const count = frequency.timesPerDay;
  let first = frequency.time ? minutesOf(frequency.time) : DEFAULT_REMINDER_MINUTES;
  if (count === 1) return [first];
  let gap = count === 2 ? 600 : 300;
  if (first + gap * (count - 1) > LATEST_MINUTES) gap = Math.floor((LATEST_MINUTES - first) / (count - 1));
  if (gap < 60) {
    gap = 60;
    first = Math.min(first, 24 * 60 - 1 - gap * (count - 1));
  }
  return Array.from({ length: count }, (_, index) => first + gap * index);
}
