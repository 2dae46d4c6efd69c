/**
 * What the patient's history view counts, as pure functions of the remembered sessions and `now`
 * (no DOM, no storage): this week against the prescription as a week grid, a count that
 * encourages (sessions, active weeks, weeks in a row; nothing about days missed), the pain rated
 * per exercise over the last weeks, and the file "Download my history" writes.
 *
 * Weeks run Monday to Sunday in the browser's local time, as the handout's week grid does.
 */
import type { AcceptedProgression, Frequency, SessionRecord, Weekday } from './types.js';
import { WEEKDAYS } from './types.js';

/** How many weeks the pain chart looks back, this week included. */
export const HISTORY_WEEKS = 6;

/** Local midnight `days` days after the local midnight `day` (calendar days: a day of a clock change is one day too). */
export function addDays(day: number, days: number): number {
  const date = new Date(day);
  return new Date(date.getFullYear(), date.getMonth(), date.getDate() + days).getTime();
}

/** Local midnight of the day `time` falls in. */
export function startOfDay(time: number): number {
  return addDays(time, 0);
}

/** Local midnight of the Monday of the week `time` falls in. */
export function startOfWeek(time: number): number {
  return addDays(time, -((new Date(time).getDay() + 6) % 7));
}

/** One day of the week grid. */
export interface WeekDay {
  /** Local midnight of the day. */
  start: number;
  weekday: Weekday;
  /** Sessions remembered that day. */
  sessions: number;
  today: boolean;
  /** Still to come this week. */
  future: boolean;
  /** The clinic prescribed this weekday (only when the frequency names fixed weekdays). */
  prescribed: boolean;
}

/** This week against the prescription. */
export interface WeekProgress {
  days: WeekDay[];
  /** Sessions remembered this week. */
  sessions: number;
  /**
   * The sessions that count towards the prescription: on each day at most `timesPerDay`, in all at
   * most the target (a session on another day than the prescribed ones counts too). Without a
   * prescription, every session.
   */
  counted: number;
  /** Sessions a week the prescription asks for, or `null` without one. */
  target: number | null;
}

const endTime = (record: SessionRecord) => Date.parse(record.date);

/** Sessions a week that `frequency` asks for. */
export function weeklyTarget(frequency: Frequency): number {
  const days = 'weekdays' in frequency.days ? new Set(frequency.days.weekdays).size : frequency.days.perWeek;
  return frequency.timesPerDay * days;
}

/** The week `now` falls in, Monday to Sunday: the sessions of each day, and how many count towards `frequency`. */
export function thisWeek(records: readonly SessionRecord[], now: number, frequency?: Frequency): WeekProgress {
  const monday = startOfWeek(now);
  const today = startOfDay(now);
  const fixed = frequency && 'weekdays' in frequency.days ? frequency.days.weekdays : [];
  const days = WEEKDAYS.map((weekday, offset): WeekDay => {
    const start = addDays(monday, offset);
    const end = addDays(monday, offset + 1);
    return {
      start,
      weekday,
      sessions: records.filter((record) => endTime(record) >= start && endTime(record) < end).length,
      today: start === today,
      future: start > today,
      prescribed: fixed.includes(weekday),
    };
  });
  const sessions = days.reduce((sum, day) => sum + day.sessions, 0);
  if (!frequency) return { days, sessions, counted: sessions, target: null };
  const target = weeklyTarget(frequency);
  const counted = Math.min(
    target,
    days.reduce((sum, day) => sum + Math.min(day.sessions, frequency.timesPerDay), 0),
  );
  return { days, sessions, counted, target };
}

/** What the patient has done so far, counted to encourage. */
export interface HistoryTotals {
  /** Every session remembered. */
  sessions: number;
  /** Weeks (Monday to Sunday) with at least one session. */
  activeWeeks: number;
  /**
   * Weeks in a row with a session, up to this week; a week just begun with no session yet does
   * not break the run (it counts up to last week then).
   */
  weeksInARow: number;
  /** When the first remembered session ended, or `null` with none. */
  since: number | null;
}

/** Counts of the history up to `now`. */
export function historyTotals(records: readonly SessionRecord[], now: number): HistoryTotals {
  const times = records.map(endTime).filter((time) => time <= now);
  const weeks = new Set(times.map(startOfWeek));
  let week = startOfWeek(now);
  if (!weeks.has(week)) week = addDays(week, -7);
  let weeksInARow = 0;
  while (weeks.has(week)) {
    weeksInARow += 1;
    week = addDays(week, -7);
  }
  return { sessions: times.length, activeWeeks: weeks.size, weeksInARow, since: times.length > 0 ? Math.min(...times) : null };
}

/** The pain ratings of one exercise of the routine, oldest first. */
export interface PainSeries {
  /** Position of the exercise in the routine, from 0, and its id. */
  index: number;
  id: string;
  points: { time: number; pain: number }[];
}

/** The pain chart's data: a line per exercise, and the same numbers as table rows (one per session with a rating). */
export interface PainChart {
  /** Local midnight of the Monday the chart begins, and of the Monday after this week. */
  from: number;
  to: number;
  /** Local midnight of each Monday shown. */
  weekStarts: number[];
  series: PainSeries[];
  rows: { time: number; pains: (number | null)[] }[];
}

/**
 * The pain rated for each exercise of the routine (its exercise `ids`, in order) in the last
 * `weeks` weeks up to the end of this one. A rating belongs to an exercise when it was recorded
 * at the same position with the same id, so a routine changed since is not mixed up.
 */
export function painChart(records: readonly SessionRecord[], ids: readonly string[], now: number, weeks = HISTORY_WEEKS): PainChart {
  const thisMonday = startOfWeek(now);
  const from = addDays(thisMonday, -7 * (weeks - 1));
  const to = addDays(thisMonday, 7);
  const inWindow = records.filter((record) => endTime(record) >= from && endTime(record) < to).sort((a, b) => endTime(a) - endTime(b));
  const painOf = (record: SessionRecord, index: number) => record.exercises.find((exercise) => exercise.index === index && exercise.id === ids[index])?.pain ?? null;
  const series = ids.map((id, index) => ({
    index,
    id,
    points: inWindow.flatMap((record) => {
      const pain = painOf(record, index);
      return pain === null ? [] : [{ time: endTime(record), pain }];
    }),
  }));
  const rows = inWindow
    .map((record) => ({ time: endTime(record), pains: ids.map((_, index) => painOf(record, index)) }))
    .filter((row) => row.pains.some((pain) => pain !== null));
  return { from, to, weekStarts: Array.from({ length: weeks }, (_, week) => addDays(from, 7 * week)), series, rows };
}

/** The sessions stopped for pain in the last `weeks` weeks up to the end of this one, newest first. */
export function recentPainStops(records: readonly SessionRecord[], now: number, weeks = HISTORY_WEEKS): SessionRecord[] {
  const from = addDays(startOfWeek(now), -7 * (weeks - 1));
  return records.filter((record) => record.reason === 'pain' && endTime(record) >= from).sort((a, b) => endTime(b) - endTime(a));
}

/** What "Download my history" saves: plain JSON the patient can keep, read or give to their clinic. */
export interface HistoryFile {
  format: 'back-exercise-elements history';
  version: 2;
  routine: { id: string; name: string };
  /** When the file was made, ISO 8601. */
  exportedAt: string;
  sessions: SessionRecord[];
  progressions: AcceptedProgression[];
}

/** The downloaded file's content. */
export function historyFile(
  routine: { id: string; name: string },
  sessions: readonly SessionRecord[],
  progressions: readonly AcceptedProgression[],
  now: number,
): HistoryFile {
  return {
    format: 'back-exercise-elements history',
    version: 2,
    routine: { id: routine.id, name: routine.name },
    exportedAt: new Date(now).toISOString(),
    sessions: [...sessions],
    progressions: [...progressions],
  };
}

/** A file name for the download: the routine's id (letters, digits and dashes only) and the day. */
export function historyFileName(routineId: string, now: number): string {
  const date = new Date(now);
  const day = [date.getFullYear(), date.getMonth() + 1, date.getDate()].map((part) => String(part).padStart(2, '0')).join('-');
  const id = routineId.replace(/[^A-Za-z0-9-]+/g, '-').slice(0, 60) || 'routine';
  return `history-${id}-${day}.json`;
}

const WEEKDAY_SET: ReadonlySet<unknown> = new Set(WEEKDAYS);

/**
 * The routine's prescription, read defensively from whatever its `frequency` holds (the model
 * validates it; a routine object built by hand may carry anything): `undefined` unless it is a
 * well-formed {@link Frequency}.
 */
export function prescribedFrequency(routine: object): Frequency | undefined {
  const value = (routine as { frequency?: unknown }).frequency;
  if (typeof value !== 'object' || value === null) return undefined;
  const { timesPerDay, days } = value as Partial<Frequency>;
  if (!Number.isInteger(timesPerDay) || timesPerDay! < 1 || timesPerDay! > 3 || typeof days !== 'object' || days === null) return undefined;
  if ('weekdays' in days) {
    const { weekdays } = days;
    return Array.isArray(weekdays) && weekdays.length > 0 && weekdays.every((day) => WEEKDAY_SET.has(day)) ? (value as Frequency) : undefined;
  }
  const { perWeek } = days as { perWeek?: unknown };
  return Number.isInteger(perWeek) && (perWeek as number) >= 1 && (perWeek as number) <= 7 ? (value as Frequency) : undefined;
}
