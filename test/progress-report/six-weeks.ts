import type { AcceptedProgression, ExerciseRecord, SessionRecord } from '../../src/adherence/types.js';
import type { Level } from '../../src/model/types.js';
import { getRoutine } from '../../src/model/catalog.js';
import { resolveRoutine } from '../../src/model/parse.js';

/** The 6-exercise routine the records are of. */
export const ROUTINE = resolveRoutine(getRoutine('lower-back')!);
export const IDS = ROUTINE.exercises.map((exercise) => exercise.id);
/** The first session: Monday 5 October 2026, 08:00 in the browser's time zone. */
export const FIRST = new Date(2026, 9, 5, 8, 0);
/** The day (from the first) of the one pain stop, and of the one accepted level change. */
export const STOP_DAY = 17;
export const CHANGE_DAY = 20;
const DIFFICULTIES = ['easy', 'right', 'hard'] as const;


/** Pain from 0 to 10 and a difficulty that vary from day to day and exercise to exercise with no short period (which would compress better than real ratings). */
export const painOf = (day: number, index: number) => (day * 37 + index * 11 + ((day * index) % 7)) % 11;
export const difficultyOf = (day: number, index: number) => DIFFICULTIES[(day * 5 + index * 2 + (day % 4)) % 3];

/**
 * Six weeks of daily sessions of the lower-back routine, rated, as history version 2 keeps them:
 * on day {@link STOP_DAY} a pain stop in the second exercise (right side, 20 s into the hold),
 * and from day {@link CHANGE_DAY} the half crunch at intermediate. `first` is the day of the first
 * session (its time of day is not used: each session begins at 08:00).
 */
export function sixWeeks(first = FIRST): { sessions: SessionRecord[]; progressions: AcceptedProgression[]; now: Date } {
  const at = (day: number, hour = 8, minute = 0) => new Date(first.getFullYear(), first.getMonth(), first.getDate() + day, hour, minute);
  const sessions: SessionRecord[] = [];
  for (let day = 0; day < 42; day++) {
    const stopped = day === STOP_DAY;
    const exercises: ExerciseRecord[] = IDS.map((id, index) => {
      const level: Level = index === 3 && day >= CHANGE_DAY ? 'intermediate' : 'beginner';
      if (stopped && index > 1) return { index, id, outcome: 'not-reached', level };
      if (stopped && index === 1) return { index, id, outcome: 'stopped', level };
      return { index, id, outcome: 'done', level, pain: painOf(day, index), difficulty: difficultyOf(day, index) };
    });
    const record: SessionRecord = { startedAt: at(day).toISOString(), date: at(day, 8, 14).toISOString(), completed: !stopped, exercises };
    if (stopped) {
      record.reason = 'pain';
      record.stoppedAt = { exerciseIndex: 1, exerciseId: IDS[1], phase: 'hold', side: 'right', rep: 1, reps: 1, set: 1, sets: 1, secondsIntoHold: 20.4 };
    }
    sessions.push(record);
  }
  const progressions: AcceptedProgression[] = [{ date: at(CHANGE_DAY, 7, 55).toISOString(), index: 3, id: IDS[3], from: 'beginner', to: 'intermediate' }];
  return { sessions, progressions, now: at(41, 20) };
}
