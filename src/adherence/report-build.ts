import { LEVELS } from '../model/types.js';
import type { AcceptedProgression, SessionRecord } from './types.js';
import type { PatientReport, ReportExercise, ReportSession } from './report-link.js';

/** Days a report covers by default: the last six weeks, today included. */
export const REPORT_PERIOD_DAYS = 42;
const OUTCOMES = new Set(['done', 'skipped', 'stopped', 'not-reached']);
const DIFFICULTIES = new Set(['easy', 'right', 'hard']);

/** What a report is made of: the routine's identity and exercises, and what the patient's browser kept. */
export interface ReportSource {
  prescription: string;
  exerciseIds: readonly string[];
  sessions: readonly unknown[];
  progressions: readonly unknown[];
  /** The name the patient typed (blank for none). */
  name?: string;
  /** Now; the report covers the `periodDays` days up to today. */
  now: Date;
  periodDays?: number;
}

/** `YYYY-MM-DD` of a time in the patient's own calendar (local time). */
export function localDate(time: Date): string {
  const pad = (value: number) => String(value).padStart(2, '0');
  return `${time.getFullYear()}-${pad(time.getMonth() + 1)}-${pad(time.getDate())}`;
}

/** Whole local calendar days from `from` to `to`. */
function daysBetween(from: Date, to: Date): number {
  return Math.round((Date.UTC(to.getFullYear(), to.getMonth(), to.getDate()) - Date.UTC(from.getFullYear(), from.getMonth(), from.getDate())) / 86_400_000);
}

/**
 * The report of the sessions and accepted level changes of the last `periodDays` days. Stored
 * history is read defensively: an entry that is not a session record of this routine (an older
 * history's entry without exercises, an exercise of an edited routine, a field out of range) is
 * left out, never guessed at. The first day is the day of the earliest session or change kept.
 */
export function buildReport(source: ReportSource): PatientReport {
  const { now, exerciseIds } = source;
  const period = source.periodDays ?? REPORT_PERIOD_DAYS;
  const today = daysBetween(new Date(0), now);
  const inPeriod = (time: Date) => {
    const ago = today - daysBetween(new Date(0), time);
    return ago >= 0 && ago < period;
  };
  const records = source.sessions.filter(isSessionRecord).filter((record) => inPeriod(new Date(record.startedAt)));
  records.sort((a, b) => Date.parse(a.startedAt) - Date.parse(b.startedAt));
  const changes = source.progressions.filter(isProgression).filter((change) => inPeriod(new Date(change.date)) && exerciseIds[change.index] === change.id);
  const firsts = [...records.map((record) => new Date(record.startedAt)), ...changes.map((change) => new Date(change.date))];
  const start = firsts.length > 0 ? new Date(Math.min(...firsts.map((time) => time.getTime()))) : now;
  const sessions: ReportSession[] = records.map((record) => {
    const exercises = record.exercises
      .filter((exercise) => exerciseIds[exercise.index] === exercise.id)
      .map((exercise): ReportExercise => {
        const kept: ReportExercise = { index: exercise.index, id: exercise.id, outcome: exercise.outcome, level: exercise.level };
        if (exercise.pain !== undefined) kept.pain = exercise.pain;
        if (exercise.difficulty !== undefined) kept.difficulty = exercise.difficulty;
        return kept;
      });
    const session: ReportSession = { day: daysBetween(start, new Date(record.startedAt)), completed: record.completed, painStop: record.reason === 'pain', exercises };
    const at = record.stoppedAt;
    if (at && session.painStop && exerciseIds[at.exerciseIndex] === at.exerciseId) session.stoppedAt = { ...at, secondsIntoHold: Math.floor(at.secondsIntoHold) };
    return session;
  });
  const report: PatientReport = {
    prescription: source.prescription,
    startDate: localDate(start),
    days: daysBetween(start, now),
    exerciseIds: [...exerciseIds],
    sessions,
    progressions: changes
      .sort((a, b) => Date.parse(a.date) - Date.parse(b.date))
      .map((change) => ({ day: daysBetween(start, new Date(change.date)), index: change.index, id: change.id, from: change.from, to: change.to })),
  };
  const name = source.name?.trim();
  if (name) report.name = name;
  return report;
}

const isTime = (value: unknown): value is string => typeof value === 'string' && !Number.isNaN(Date.parse(value));
const isIndex = (value: unknown): value is number => typeof value === 'number' && Number.isInteger(value) && value >= 0;
const isLevel = (value: unknown) => (LEVELS as readonly unknown[]).includes(value);

/** Whether a stored entry is a whole session record (history version 2), with sound fields. */
export function isSessionRecord(value: unknown): value is SessionRecord {
  if (typeof value !== 'object' || value === null) return false;
  const record = value as Partial<SessionRecord>;
  return (
    isTime(record.startedAt) &&
    typeof record.completed === 'boolean' &&
    (record.reason === undefined || record.reason === 'pain') &&
    Array.isArray(record.exercises) &&
    record.exercises.every(
      (exercise: unknown) =>
        typeof exercise === 'object' &&
        exercise !== null &&
        isIndex((exercise as { index?: unknown }).index) &&
        typeof (exercise as { id?: unknown }).id === 'string' &&
        OUTCOMES.has((exercise as { outcome?: string }).outcome ?? '') &&
        isLevel((exercise as { level?: unknown }).level) &&
        ((exercise as { pain?: unknown }).pain === undefined || [0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10].includes((exercise as { pain: number }).pain)) &&
        ((exercise as { difficulty?: string }).difficulty === undefined || DIFFICULTIES.has((exercise as { difficulty: string }).difficulty)),
    )
  );
}

function isProgression(value: unknown): value is AcceptedProgression {
  if (typeof value !== 'object' || value === null) return false;
  const change = value as Partial<AcceptedProgression>;
  return isTime(change.date) && isIndex(change.index) && typeof change.id === 'string' && isLevel(change.from) && isLevel(change.to) && change.from !== change.to;
}
