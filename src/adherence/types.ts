/**
 * The shapes of adherence data: how often a routine is prescribed, what a remembered session
 * keeps, the level changes a patient accepted, and what a report to the clinic carries.
 * Everything here stays in the patient's browser until the patient chooses to send a report.
 */
import type { Level } from '../model/types.js';
import type { ExerciseOutcome, ExerciseReport, StopPosition } from '../routine-player/events.js';

/** Days of the week, as iCalendar names them (`BYDAY`). */
export type Weekday = 'MO' | 'TU' | 'WE' | 'TH' | 'FR' | 'SA' | 'SU';
export const WEEKDAYS: readonly Weekday[] = ['MO', 'TU', 'WE', 'TH', 'FR', 'SA', 'SU'];

/** How often a clinic prescribes a routine. */
export interface Frequency {
  /** Sessions on each day it is done, 1 to 3. */
  timesPerDay: number;
  /** Which days: fixed weekdays (all seven is "every day"), or any `perWeek` days of the week (1 to 7). */
  days: { weekdays: Weekday[] } | { perWeek: number };
  /** Preferred time of day, 24-hour `HH:MM`, for reminders; absent when the clinic gave none. */
  time?: string;
}

/** One exercise of a remembered session. */
export interface ExerciseRecord {
  /** Position in the routine, from 0, and the exercise's id. */
  index: number;
  id: string;
  outcome: ExerciseOutcome;
  /** The level it was done at. */
  level: Level;
  pain?: number;
  difficulty?: ExerciseReport['difficulty'];
}

/** One finished or stopped session, kept with `remember` (history version 2). */
export interface SessionRecord {
  /** When it began and ended, ISO 8601. */
  startedAt: string;
  date: string;
  completed: boolean;
  reason?: 'pain';
  /** Where it was stopped for pain. */
  stoppedAt?: StopPosition;
  exercises: ExerciseRecord[];
}

/** A level change the patient accepted (never applied on its own). */
export interface AcceptedProgression {
  /** When it was accepted, ISO 8601. */
  date: string;
  /** Position of the exercise in the routine, from 0, and its id. */
  index: number;
  id: string;
  from: Level;
  to: Level;
}
