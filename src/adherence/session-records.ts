/**
 * History version 2: what a remembered session keeps (a {@link SessionRecord}), made from the
 * session's summary, and read back from storage, where anything may be found (an older version's
 * entry, another script's data, a hand-edited value). Plain TypeScript, no DOM.
 */
import { LEVELS, type Level } from '../model/types.js';
import type { ExerciseOutcome, ExerciseReport, RoutineSummary, StopPosition } from '../routine-player/events.js';
import type { AcceptedProgression, ExerciseRecord, SessionRecord } from './types.js';

const OUTCOMES: readonly ExerciseOutcome[] = ['done', 'skipped', 'stopped', 'not-reached'];
const DIFFICULTIES: readonly NonNullable<ExerciseReport['difficulty']>[] = ['easy', 'right', 'hard'];
const PHASES: readonly StopPosition['phase'][] = ['prepare', 'hold', 'switch-sides', 'rest', 'transition', 'rating'];
/** Ids longer than this are not an exercise id of ours or of any sensible routine. */
const MAX_ID_LENGTH = 200;

/**
 * The record a session keeps when it ends: its dates, each exercise's outcome, level and ratings,
 * and where a pain stop happened. `levels`: the level each exercise was played at (the summary's
 * level where it gives none).
 */
export function sessionRecord(summary: RoutineSummary, levels: readonly Level[] = []): SessionRecord {
  const record: SessionRecord = {
    startedAt: summary.startedAt,
    date: summary.endedAt,
    completed: summary.completed,
    exercises: summary.exercises.map(({ id, outcome, pain, difficulty }, index) => ({
      index,
      id,
      outcome,
      level: levels[index] ?? summary.level,
      ...(pain === undefined ? {} : { pain }),
      ...(difficulty === undefined ? {} : { difficulty }),
    })),
  };
  if (summary.stopReason === 'pain') record.reason = 'pain';
  if (summary.stoppedAt) record.stoppedAt = { ...summary.stoppedAt };
  return record;
}

const isObject = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);
const isDate = (value: unknown): value is string => typeof value === 'string' && value.length <= 40 && !Number.isNaN(Date.parse(value));
const isCount = (value: unknown, least: number): value is number => Number.isInteger(value) && (value as number) >= least && (value as number) <= 10_000;
const isId = (value: unknown): value is string => typeof value === 'string' && value.length > 0 && value.length <= MAX_ID_LENGTH;

function readExercise(value: unknown): ExerciseRecord | null {
  if (!isObject(value)) return null;
  const { index, id, outcome, level, pain, difficulty } = value;
  if (!isCount(index, 0) || !isId(id) || !OUTCOMES.includes(outcome as ExerciseOutcome) || !LEVELS.includes(level as Level)) return null;
  const record: ExerciseRecord = { index, id, outcome: outcome as ExerciseOutcome, level: level as Level };
  if (Number.isInteger(pain) && (pain as number) >= 0 && (pain as number) <= 10) record.pain = pain as number;
  if (DIFFICULTIES.includes(difficulty as NonNullable<ExerciseReport['difficulty']>)) record.difficulty = difficulty as ExerciseRecord['difficulty'];
  return record;
}

function readStopPosition(value: unknown): StopPosition | null {
  if (!isObject(value)) return null;
  const { exerciseIndex, exerciseId, phase, side, rep, reps, set, sets, secondsIntoHold } = value;
  const valid =
    isCount(exerciseIndex, 0) &&
    isId(exerciseId) &&
    PHASES.includes(phase as StopPosition['phase']) &&
    (side === null || side === 'left' || side === 'right') &&
    isCount(rep, 1) &&
    isCount(reps, 1) &&
    isCount(set, 1) &&
    isCount(sets, 1) &&
    typeof secondsIntoHold === 'number' &&
    secondsIntoHold >= 0 &&
    secondsIntoHold <= 3600;
  return valid ? { exerciseIndex, exerciseId, phase: phase as StopPosition['phase'], side, rep, reps, set, sets, secondsIntoHold } : null;
}

/**
 * The session an entry of the stored history stands for, or `null` when it is not one. A version-1
 * entry (`date`, `completed`, `reason` only) is a session with no exercises recorded, so it still
 * counts; parts of a version-2 entry that do not make sense are left out, the rest kept.
 */
export function readSessionRecord(value: unknown): SessionRecord | null {
  if (!isObject(value) || !isDate(value.date) || typeof value.completed !== 'boolean') return null;
  const record: SessionRecord = {
    startedAt: isDate(value.startedAt) ? value.startedAt : value.date,
    date: value.date,
    completed: value.completed,
    exercises: Array.isArray(value.exercises) ? value.exercises.map(readExercise).filter((exercise): exercise is ExerciseRecord => exercise !== null) : [],
  };
  if (value.reason === 'pain') record.reason = 'pain';
  const stoppedAt = readStopPosition(value.stoppedAt);
  if (stoppedAt) record.stoppedAt = stoppedAt;
  return record;
}

/** A stored accepted progression, or `null` when it is not one. */
export function readProgression(value: unknown): AcceptedProgression | null {
  if (!isObject(value)) return null;
  const { date, index, id, from, to } = value;
  if (!isDate(date) || !isCount(index, 0) || !isId(id) || !LEVELS.includes(from as Level) || !LEVELS.includes(to as Level)) return null;
  return { date, index, id, from: from as Level, to: to as Level };
}
