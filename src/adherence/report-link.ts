import { packPayload, unpackPayload, type PayloadOptions } from '../share/link-payload.js';
import { Checker, LIMITS, describeValue, isRecord } from '../model/checker.js';
import { checkId } from '../model/check-fields.js';
import { DataError } from '../model/data-error.js';
import { LEVELS, type Level } from '../model/types.js';
import type { SegmentKind, Side } from '../model/plan.js';
import type { ExerciseOutcome, ExerciseReport, StopPosition } from '../routine-player/events.js';
import { MAX_LINK_LENGTH, NOTE_MARKUP } from '../share/routine-link.js';

/**
 * A patient's report to the clinic, in a link, chosen and sent by the patient: the prescription's
 * identity (its hash), the sessions of a period with their ratings, the level changes accepted,
 * and a name only when the patient typed one. Nothing else: no routine, no times of day, no device.
 *
 * Format, version 1: `#report=1z.<base64url of deflate-raw(JSON)>` (or `1j.<base64url of JSON>`
 * where the browser has no `CompressionStream`), with the same limits as a routine link. The JSON:
 * `{ h: hash, s: "YYYY-MM-DD" first day, u: days from it to the day of the report, e: [exercise ids],
 * r: sessions, p?: progressions, n?: name }`. A session is `[day, status, exercises, stop?]`: `day`
 * counted from `s`, `status` 1 finished, 2 stopped for pain, 0 ended otherwise; each exercise (in
 * routine order, `null` when the session has no record of it) is a short code: outcome `d` done,
 * `s` skipped, `x` stopped, `n` not reached; level 0–2; pain 0–10 if rated; difficulty `e` easy,
 * `r` right, `h` hard if rated (`d03e`: done at beginner, pain 3, easy). A stop is
 * `[exercise, phase, side 0/1/2 (none, left, right), rep, reps, set, sets, seconds into the hold]`.
 * A progression is `[day, exercise, from level, to level]`.
 */

/** One exercise of a reported session. */
export interface ReportExercise {
  /** Position in the routine, from 0, and the exercise's id. */
  index: number;
  id: string;
  outcome: ExerciseOutcome;
  level: Level;
  pain?: number;
  difficulty?: ExerciseReport['difficulty'];
}

/** One session of a report: its day (from the report's first day), how it ended, and each exercise. */
export interface ReportSession {
  day: number;
  completed: boolean;
  /** Ended with Stop — this hurts (or Stop now after a high pain rating). */
  painStop: boolean;
  stoppedAt?: StopPosition;
  exercises: ReportExercise[];
}

/** A level change the patient accepted, on a day of the report. */
export interface ReportProgression {
  day: number;
  index: number;
  id: string;
  from: Level;
  to: Level;
}

/** What a report link carries. */
export interface PatientReport {
  /** The prescription's hash (`prescriptionHash`) of the routine the patient did. */
  prescription: string;
  /** The first day of the report, `YYYY-MM-DD` (the patient's calendar), and how many days after it the report was made. */
  startDate: string;
  days: number;
  /** The routine's exercise ids, in order. */
  exerciseIds: string[];
  sessions: ReportSession[];
  progressions: ReportProgression[];
  /** The name the patient typed, if any. */
  name?: string;
}

/** Most sessions, progressions and days a report holds (ten years of three sessions a day is far beyond any period sent). */
export const REPORT_LIMITS = { sessions: 500, progressions: 200, days: 3660 } as const;
const MAX_JSON_LENGTH = 64_000;
const FRAGMENT_KEY = 'report';
const OUTCOMES: Record<string, ExerciseOutcome> = { d: 'done', s: 'skipped', x: 'stopped', n: 'not-reached' };
const DIFFICULTIES: Record<string, NonNullable<ExerciseReport['difficulty']>> = { e: 'easy', r: 'right', h: 'hard' };
const PHASES: readonly (SegmentKind | 'rating')[] = ['prepare', 'hold', 'switch-sides', 'rest', 'transition', 'rating'];
const SIDES: readonly (Side | null)[] = [null, 'left', 'right'];
const CODE = /^([dsxn])([012])(10|[0-9])?([erh])?$/;
const HASH = /^[0-9a-z]{1,13}$/;
const DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

function reportError(message: string, path = 'report'): DataError {
  return new DataError('patient report', [{ path, message }]);
}

const PAYLOAD: PayloadOptions = { maxJson: MAX_JSON_LENGTH, fail: (message) => reportError(message), noun: 'report' };

function exerciseCode(exercise: ReportExercise): string {
  const outcome = Object.keys(OUTCOMES).find((key) => OUTCOMES[key] === exercise.outcome)!;
  const difficulty = exercise.difficulty ? exercise.difficulty[0] : '';
  return `${outcome}${LEVELS.indexOf(exercise.level)}${exercise.pain ?? ''}${difficulty}`;
}

function compactSession(session: ReportSession, count: number): unknown[] {
  const codes: (string | null)[] = new Array<string | null>(count).fill(null);
  for (const exercise of session.exercises) codes[exercise.index] = exerciseCode(exercise);
  const entry: unknown[] = [session.day, session.completed ? 1 : session.painStop ? 2 : 0, codes];
  const at = session.stoppedAt;
  if (at) entry.push([at.exerciseIndex, at.phase, SIDES.indexOf(at.side), at.rep, at.reps, at.set, at.sets, Math.floor(at.secondsIntoHold)]);
  return entry;
}

/** The fragment text (without `#`) of a report: `report=1z.…`. The report is validated first, as a decoder would. */
export async function encodeReportLink(report: PatientReport): Promise<string> {
  const compact: Record<string, unknown> = {
    h: report.prescription,
    s: report.startDate,
    u: report.days,
    e: report.exerciseIds,
    r: report.sessions.map((session) => compactSession(session, report.exerciseIds.length)),
  };
  if (report.progressions.length > 0) compact.p = report.progressions.map(({ day, index, from, to }) => [day, index, LEVELS.indexOf(from), LEVELS.indexOf(to)]);
  if (report.name) compact.n = report.name;
  readCompact(compact);
  return `${FRAGMENT_KEY}=${await packPayload(1, compact, PAYLOAD)}`;
}

/** A page's address with the report in its fragment, replacing any fragment it had. */
export async function reportLink(report: PatientReport, pageUrl: string): Promise<string> {
  const url = new URL(pageUrl);
  url.hash = await encodeReportLink(report);
  return url.href;
}

/**
 * Reads a report link (`#report=…`, with or without `#`, or a whole address, or just `1z.…`).
 * `null` when the text holds no report; a `PatientReport` when it does; a `DataError` (thrown)
 * whose problems name `report` or the field when it is cut short, changed, too large, of an
 * unknown version or holds anything a report of ours never does. Never anything else.
 */
export async function decodeReportLink(text: string): Promise<PatientReport | null> {
  let fragment = String(text).trim();
  if (fragment.length > MAX_LINK_LENGTH * 2) throw reportError('is too long to be a report link');
  const hash = fragment.indexOf('#');
  if (hash >= 0) fragment = fragment.slice(hash + 1);
  const parameter = /^\d+[a-z]\./.test(fragment) ? fragment : new URLSearchParams(fragment).get(FRAGMENT_KEY);
  if (parameter === null) return null;
  if (parameter.length > MAX_LINK_LENGTH) throw reportError('is too long to be a report link');
  const match = /^(\d+)([a-z])\.(.*)$/s.exec(parameter);
  if (!match) throw reportError('is not a report link of ours: it has no version');
  const [, version, kind, body] = match;
  if (version !== '1' || (kind !== 'z' && kind !== 'j')) throw reportError(`has format ${version.slice(0, 6)}${kind}, which this version does not read`);
  const compact = await unpackPayload(kind, body, PAYLOAD);
  return readCompact(compact);
}

/** Days from 1970-01-01 of a `YYYY-MM-DD` date that exists, or `undefined`. */
export function dayNumber(date: string): number | undefined {
  const match = DATE.exec(date);
  if (!match) return undefined;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const time = Date.UTC(year, month - 1, day);
  const back = new Date(time);
  if (year < 2000 || back.getUTCFullYear() !== year || back.getUTCMonth() !== month - 1 || back.getUTCDate() !== day) return undefined;
  return time / 86_400_000;
}

const whole = (value: unknown, min: number, max: number): value is number => typeof value === 'number' && Number.isInteger(value) && value >= min && value <= max;

/** Validates the JSON of a report, naming the field of each problem; gives the report or throws a `DataError`. */
function readCompact(compact: unknown): PatientReport {
  if (!isRecord(compact)) throw reportError('does not hold a report');
  const check = new Checker();
  const { h, s, u, e, r, p, n, ...rest } = compact;
  for (const key of Object.keys(rest)) check.fail('report', `holds a field no report of ours writes (${describeValue(key)})`);
  if (typeof h !== 'string' || !HASH.test(h)) check.fail('report.prescription', `must be a prescription hash (1 to 13 lowercase letters and digits), got ${describeValue(h)}`);
  if (typeof s !== 'string' || dayNumber(s) === undefined) check.fail('report.startDate', `must be a date written YYYY-MM-DD, got ${describeValue(s)}`);
  const days = whole(u, 0, REPORT_LIMITS.days) ? u : check.fail('report.days', `must be a whole number from 0 to ${REPORT_LIMITS.days}, got ${describeValue(u)}`);
  const ids = readIds(check, e);
  const sessions = readSessions(check, r, ids, days);
  const progressions = readProgressions(check, p, ids, days);
  let name: string | undefined;
  if (n !== undefined) {
    name = check.text('report.name', n, LIMITS.nameLength);
    if (name !== undefined && NOTE_MARKUP.test(name)) name = check.fail('report.name', `must be plain text without HTML tags, got ${describeValue(name)}`);
  }
  if (check.problems.length > 0) throw new DataError('patient report', check.problems.slice(0, 10));
  const report: PatientReport = { prescription: h as string, startDate: s as string, days: days!, exerciseIds: ids!, sessions: sessions!, progressions: progressions! };
  if (name !== undefined) report.name = name;
  return report;
}

function readIds(check: Checker, value: unknown): string[] | undefined {
  if (!Array.isArray(value) || value.length < 1 || value.length > LIMITS.routineItems) {
    return check.fail('report.exercises', `must be a list of 1 to ${LIMITS.routineItems} exercise ids, got ${describeValue(value)}`);
  }
  const ids = Array.from(value, (id: unknown, index) => checkId(check, `report.exercises[${index}]`, id));
  return ids.every((id) => id !== undefined) ? (ids as string[]) : undefined;
}

function readSessions(check: Checker, value: unknown, ids: string[] | undefined, days: number | undefined): ReportSession[] | undefined {
  if (!Array.isArray(value) || value.length > REPORT_LIMITS.sessions) {
    return check.fail('report.sessions', `must be a list of at most ${REPORT_LIMITS.sessions} sessions, got ${describeValue(value)}`);
  }
  if (!ids || days === undefined) return undefined;
  const sessions: ReportSession[] = [];
  for (let index = 0; index < value.length && check.problems.length < 10; index++) {
    const session = readSession(check, `report.sessions[${index}]`, value[index], ids, days);
    if (session) sessions.push(session);
  }
  return sessions;
}

function readSession(check: Checker, path: string, value: unknown, ids: string[], days: number): ReportSession | undefined {
  if (!Array.isArray(value) || value.length < 3 || value.length > 4) return check.fail(path, `must be [day, status, exercises, stop?], got ${describeValue(value)}`);
  const [day, status, codes, stop] = value as unknown[];
  if (!whole(day, 0, days)) return check.fail(`${path}.day`, `must be a whole number from 0 to ${days} (the report's days), got ${describeValue(day)}`);
  if (status !== 0 && status !== 1 && status !== 2) return check.fail(`${path}.status`, `must be 0, 1 or 2, got ${describeValue(status)}`);
  if (!Array.isArray(codes) || codes.length !== ids.length) return check.fail(`${path}.exercises`, `must be a list of ${ids.length} exercise codes, got ${describeValue(codes)}`);
  const exercises: ReportExercise[] = [];
  for (let index = 0; index < codes.length; index++) {
    const code: unknown = codes[index];
    if (code === null) continue;
    const match = typeof code === 'string' ? CODE.exec(code) : null;
    if (!match) return check.fail(`${path}.exercises[${index}]`, `must be an exercise code such as "d03e", got ${describeValue(code)}`);
    const exercise: ReportExercise = { index, id: ids[index], outcome: OUTCOMES[match[1]], level: LEVELS[Number(match[2])] };
    if (match[3] !== undefined) exercise.pain = Number(match[3]);
    if (match[4] !== undefined) exercise.difficulty = DIFFICULTIES[match[4]];
    exercises.push(exercise);
  }
  const session: ReportSession = { day, completed: status === 1, painStop: status === 2, exercises };
  if (stop !== undefined) {
    const stoppedAt = readStop(check, `${path}.stoppedAt`, stop, ids);
    if (!stoppedAt) return undefined;
    if (status !== 2) return check.fail(`${path}.stoppedAt`, 'is given for a session that was not stopped for pain');
    session.stoppedAt = stoppedAt;
  }
  return session;
}

function readStop(check: Checker, path: string, value: unknown, ids: string[]): StopPosition | undefined {
  if (!Array.isArray(value) || value.length !== 8) return check.fail(path, `must be [exercise, phase, side, rep, reps, set, sets, seconds], got ${describeValue(value)}`);
  const [index, phase, side, rep, reps, set, sets, seconds] = value as unknown[];
  if (!whole(index, 0, ids.length - 1)) return check.fail(`${path}.exercise`, `must be a whole number from 0 to ${ids.length - 1}, got ${describeValue(index)}`);
  if (!(PHASES as readonly unknown[]).includes(phase)) return check.fail(`${path}.phase`, `must be one of ${PHASES.join(', ')}, got ${describeValue(phase)}`);
  if (!whole(side, 0, 2)) return check.fail(`${path}.side`, `must be 0 (none), 1 (left) or 2 (right), got ${describeValue(side)}`);
  if (!whole(reps, LIMITS.reps.min, LIMITS.reps.max) || !whole(rep, 1, reps)) return check.fail(`${path}.rep`, `must be a repetition from 1 to ${LIMITS.reps.max} within its count, got ${describeValue(rep)} of ${describeValue(reps)}`);
  if (!whole(sets, LIMITS.sets.min, LIMITS.sets.max) || !whole(set, 1, sets)) return check.fail(`${path}.set`, `must be a set from 1 to ${LIMITS.sets.max} within its count, got ${describeValue(set)} of ${describeValue(sets)}`);
  if (!whole(seconds, 0, LIMITS.holdSeconds.max)) return check.fail(`${path}.seconds`, `must be a whole number from 0 to ${LIMITS.holdSeconds.max}, got ${describeValue(seconds)}`);
  return { exerciseIndex: index, exerciseId: ids[index], phase: phase as StopPosition['phase'], side: SIDES[side], rep, reps, set, sets, secondsIntoHold: seconds };
}

function readProgressions(check: Checker, value: unknown, ids: string[] | undefined, days: number | undefined): ReportProgression[] | undefined {
  if (value === undefined) return [];
  if (!Array.isArray(value) || value.length > REPORT_LIMITS.progressions) {
    return check.fail('report.progressions', `must be a list of at most ${REPORT_LIMITS.progressions} level changes, got ${describeValue(value)}`);
  }
  if (!ids || days === undefined) return undefined;
  const progressions: ReportProgression[] = [];
  value.forEach((entry: unknown, position) => {
    const path = `report.progressions[${position}]`;
    if (!Array.isArray(entry) || entry.length !== 4) return check.fail(path, `must be [day, exercise, from level, to level], got ${describeValue(entry)}`);
    const [day, index, from, to] = entry as unknown[];
    if (!whole(day, 0, days)) return check.fail(`${path}.day`, `must be a whole number from 0 to ${days}, got ${describeValue(day)}`);
    if (!whole(index, 0, ids.length - 1)) return check.fail(`${path}.exercise`, `must be a whole number from 0 to ${ids.length - 1}, got ${describeValue(index)}`);
    if (!whole(from, 0, 2) || !whole(to, 0, 2) || from === to) return check.fail(`${path}.level`, `must be two different levels from 0 to 2, got ${describeValue(from)} and ${describeValue(to)}`);
    progressions.push({ day, index, id: ids[index], from: LEVELS[from], to: LEVELS[to] });
  });
  return progressions;
}
