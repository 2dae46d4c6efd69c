import { WEEKDAYS, type Frequency, type Weekday } from './types.js';
import { dayNumber, type PatientReport, type ReportExercise } from './report-link.js';

/** One calendar week (Monday to Sunday) of a report: sessions done against those prescribed. */
export interface WeekAdherence {
  /** Monday of the week, `YYYY-MM-DD`, and the report's first and last days that fall in it. */
  monday: string;
  firstDay: number;
  lastDay: number;
  /** Sessions finished, and sessions stopped or ended early. */
  done: number;
  unfinished: number;
  /** Sessions prescribed on the week's days within the report, or `null` without a frequency. */
  prescribed: number | null;
}

/** One exercise's ratings, session by session. */
export interface ExerciseTrend {
  index: number;
  id: string;
  points: { day: number; record: ReportExercise }[];
}

/**
 * The frequency of a routine the clinic holds, read defensively (the player's routine may or may
 * not have one, and an object from a page may hold anything): `undefined` unless it is well formed.
 */
export function readFrequency(value: unknown): Frequency | undefined {
  if (typeof value !== 'object' || value === null) return undefined;
  const { timesPerDay, days, time } = value as Record<string, unknown>;
  if (typeof timesPerDay !== 'number' || !Number.isInteger(timesPerDay) || timesPerDay < 1 || timesPerDay > 3) return undefined;
  if (time !== undefined && (typeof time !== 'string' || !/^([01]\d|2[0-3]):[0-5]\d$/.test(time))) return undefined;
  if (typeof days !== 'object' || days === null) return undefined;
  const { weekdays, perWeek } = days as Record<string, unknown>;
  const frequency: Frequency = { timesPerDay, days: { perWeek: 7 } };
  if (time !== undefined) frequency.time = time as string;
  if (Array.isArray(weekdays) && weekdays.length > 0 && weekdays.every((day) => (WEEKDAYS as readonly unknown[]).includes(day))) {
    frequency.days = { weekdays: weekdays as Weekday[] };
    return frequency;
  }
  if (typeof perWeek === 'number' && Number.isInteger(perWeek) && perWeek >= 1 && perWeek <= 7) {
    frequency.days = { perWeek };
    return frequency;
  }
  return undefined;
}

/** `YYYY-MM-DD` of a day number (days since 1970-01-01). */
export function dateOf(day: number): string {
  return new Date(day * 86_400_000).toISOString().slice(0, 10);
}

/** The weekday of a day number, as iCalendar names it (1970-01-01 was a Thursday). */
export function weekdayOf(day: number): Weekday {
  return WEEKDAYS[(((day + 3) % 7) + 7) % 7];
}

/**
 * The report's weeks, Monday to Sunday, from the week of its first day to the week of the day it
 * was made. A week the report covers only in part is prescribed only its days within the report
 * (fixed weekdays that fall there; for "n days a week", at most one a day).
 */
export function weeksOf(report: PatientReport, frequency: Frequency | undefined): WeekAdherence[] {
  const start = dayNumber(report.startDate) ?? 0;
  const firstMonday = -((((start + 3) % 7) + 7) % 7);
  const weeks: WeekAdherence[] = [];
  for (let monday = firstMonday; monday <= report.days; monday += 7) {
    const firstDay = Math.max(monday, 0);
    const lastDay = Math.min(monday + 6, report.days);
    const sessions = report.sessions.filter((session) => session.day >= firstDay && session.day <= lastDay);
    const done = sessions.filter((session) => session.completed).length;
    let prescribed: number | null = null;
    if (frequency) {
      const count = lastDay - firstDay + 1;
      const days =
        'weekdays' in frequency.days
          ? Array.from({ length: count }, (_, offset) => weekdayOf(start + firstDay + offset)).filter((day) => (frequency.days as { weekdays: Weekday[] }).weekdays.includes(day)).length
          : Math.min(frequency.days.perWeek, count);
      prescribed = days * frequency.timesPerDay;
    }
    weeks.push({ monday: dateOf(start + monday), firstDay, lastDay, done, unfinished: sessions.length - done, prescribed });
  }
  return weeks;
}

/** Each exercise's records over the sessions, in order of days. */
export function trendsOf(report: PatientReport): ExerciseTrend[] {
  return report.exerciseIds.map((id, index) => ({
    index,
    id,
    points: report.sessions.flatMap((session) => session.exercises.filter((record) => record.index === index).map((record) => ({ day: session.day, record }))),
  }));
}
