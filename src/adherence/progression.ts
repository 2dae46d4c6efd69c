/**
 * When to suggest a change of level, from what the patient rated after each exercise. A pure
 * function of the remembered sessions, the level changes already accepted and the pain threshold:
 * nothing here is ever applied on its own; the player shows a suggestion and the patient accepts
 * it or not.
 *
 * - **Move up** one level after {@link SESSIONS_TO_MOVE_UP} sessions in a row in which the
 *   exercise was done at the level in force and rated `easy` with pain at most
 *   {@link MOVE_UP_MAX_PAIN}; never when any pain in those sessions reached the threshold, nor
 *   when one of them was stopped for pain.
 * - **Step back** one level after the last session was stopped for pain in the exercise, or its
 *   pain was rated at or over the threshold; where there is no easier level, **call the clinic**.
 * - Only exercises whose levels differ; a level "up" or "down" is the nearest one whose dose differs.
 */
import { countAtLevel, levelsDiffer } from '../model/dose.js';
import { acceptedFor } from './levels-in-force.js';
import { LEVELS, type Dose, type Level } from '../model/types.js';
import type { AcceptedProgression, SessionRecord } from './types.js';

/** Sessions in a row, rated easy and (nearly) painless, before moving up is suggested. */
export const SESSIONS_TO_MOVE_UP = 3;
/** The most pain (0–10) a session may have had in the exercise and still count towards moving up. */
export const MOVE_UP_MAX_PAIN = 2;

/** What the player suggests for one exercise. */
export type LevelSuggestion =
  /** Move `up` or step `down` from the level in force to `to`. */
  | { kind: 'up' | 'down'; index: number; id: string; from: Level; to: Level }
  /** It hurt, and there is no easier level: talk to the clinic before doing it again. */
  | { kind: 'clinic'; index: number; id: string; from: Level };

/** What the rule looks at. */
export interface ProgressionInput {
  /** The routine's exercises, in order. */
  exercises: readonly { id: string; dose: Dose }[];
  /** The level in force for each exercise now (see {@link levelsInForce}). */
  levels: readonly Level[];
  /** The remembered sessions of the routine (any order). */
  sessions: readonly SessionRecord[];
  /** The level changes accepted so far (any order). */
  progressions: readonly AcceptedProgression[];
  /** The player's `pain-threshold`: a pain rating at or over it is too much. */
  painThreshold: number;
}

const rank = (level: Level) => LEVELS.indexOf(level);

/** The nearest level in `direction` (+1 harder, -1 easier) whose repetitions differ from those at `from`, if any. */
export function levelWithOtherDose(dose: Dose, from: Level, direction: 1 | -1): Level | undefined {
  const reps = countAtLevel(dose.reps, from);
  for (let at = rank(from) + direction; at >= 0 && at < LEVELS.length; at += direction) {
    if (countAtLevel(dose.reps, LEVELS[at]) !== reps) return LEVELS[at];
  }
  return undefined;
}

/** Whether a session had any pain at or over the threshold: a rating, or a stop for pain. */
function painful(session: SessionRecord, threshold: number): boolean {
  return session.reason === 'pain' || session.exercises.some((record) => record.pain !== undefined && record.pain >= threshold);
}

/** The suggestion, if any, for exercise `index` (see the module's rule). */
function suggestionFor(input: ProgressionInput, index: number): LevelSuggestion | undefined {
  const { id, dose } = input.exercises[index];
  const level = input.levels[index];
  if (!levelsDiffer([{ dose }])) return undefined;
  // Only sessions since the last change of this exercise's level count.
  const since = acceptedFor(input.progressions, index, id).at(-1);
  const sessions = input.sessions
    .filter((session) => !since || Date.parse(session.date) > Date.parse(since.date))
    .sort((a, b) => Date.parse(a.date) - Date.parse(b.date));
  const last = sessions.at(-1);
  if (!last) return undefined;
  const record = (session: SessionRecord) => session.exercises.find((r) => r.index === index && r.id === id);
  const lastRecord = record(last);
  const stoppedHere = last.reason === 'pain' && (last.stoppedAt?.exerciseIndex === index || lastRecord?.outcome === 'stopped');
  const hurt = stoppedHere || (lastRecord?.pain !== undefined && lastRecord.pain >= input.painThreshold);
  if (hurt) {
    // Hurt at a harder level than the one in force now: the person has already stepped back.
    if (lastRecord && rank(lastRecord.level) > rank(level)) return undefined;
    const to = levelWithOtherDose(dose, level, -1);
    return to ? { kind: 'down', index, id, from: level, to } : { kind: 'clinic', index, id, from: level };
  }
  const recent = sessions.slice(-SESSIONS_TO_MOVE_UP);
  const easy = recent.every((session) => {
    const done = record(session);
    return (
      !painful(session, input.painThreshold) &&
      done?.outcome === 'done' &&
      done.level === level &&
      done.difficulty === 'easy' &&
      done.pain !== undefined &&
      done.pain <= MOVE_UP_MAX_PAIN
    );
  });
  const to = levelWithOtherDose(dose, level, 1);
  return recent.length === SESSIONS_TO_MOVE_UP && easy && to ? { kind: 'up', index, id, from: level, to } : undefined;
}

/** The level suggestions for a routine, one at most per exercise, in the routine's order. */
export function suggestLevels(input: ProgressionInput): LevelSuggestion[] {
  return input.exercises.flatMap((_, index) => suggestionFor(input, index) ?? []);
}

export { levelsInForce } from './levels-in-force.js';
