import { LEVELS, type Level } from '../model/types.js';
import type { AcceptedProgression, ExerciseRecord, SessionRecord } from './types.js';

/**
 * What level suggestions read and write: the routine's remembered sessions and the level changes
 * the patient accepted. `ProgressStore` (history version 2) has this shape; until then
 * {@link LocalProgressionHistory} reads and writes the same keys itself.
 */
export interface ProgressionHistory {
  /** The remembered sessions that say what happened to each exercise (older entries are skipped). */
  sessions(): SessionRecord[];
  progressions(): AcceptedProgression[];
  addProgression(progression: AcceptedProgression): void;
}

const PREFIX = 'back-exercise-elements';
const DIFFICULTIES: readonly unknown[] = ['easy', 'right', 'hard'];
const OUTCOMES: readonly unknown[] = ['done', 'skipped', 'stopped', 'not-reached'];
/** The most level changes kept per routine (the oldest go first). */
const MAX_PROGRESSIONS = 200;

const isObject = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null;
const isLevel = (value: unknown): value is Level => LEVELS.includes(value as Level);
const isIndex = (value: unknown): value is number => Number.isInteger(value) && (value as number) >= 0;
const isDate = (value: unknown): value is string => typeof value === 'string' && !Number.isNaN(Date.parse(value));

function isExerciseRecord(value: unknown): value is ExerciseRecord {
  if (!isObject(value)) return false;
  const { pain, difficulty } = value;
  return (
    isIndex(value.index) &&
    typeof value.id === 'string' &&
    OUTCOMES.includes(value.outcome) &&
    isLevel(value.level) &&
    (pain === undefined || (Number.isInteger(pain) && (pain as number) >= 0 && (pain as number) <= 10)) &&
    (difficulty === undefined || DIFFICULTIES.includes(difficulty))
  );
}

/** Whether a stored value is a session record this version understands (a version-1 entry is not). */
export function isSessionRecord(value: unknown): value is SessionRecord {
  return (
    isObject(value) &&
    isDate(value.date) &&
    typeof value.completed === 'boolean' &&
    (value.reason === undefined || value.reason === 'pain') &&
    (value.stoppedAt === undefined || (isObject(value.stoppedAt) && isIndex(value.stoppedAt.exerciseIndex))) &&
    Array.isArray(value.exercises) &&
    value.exercises.every(isExerciseRecord)
  );
}

/** Whether a stored value is an accepted level change. */
export function isAcceptedProgression(value: unknown): value is AcceptedProgression {
  return isObject(value) && isDate(value.date) && isIndex(value.index) && typeof value.id === 'string' && isLevel(value.from) && isLevel(value.to);
}

/**
 * The routine's sessions (the `history:<routine id>` key, where the session writes them) and its
 * accepted level changes (`progressions:<routine id>`) in `localStorage`, as history version 2
 * keeps them. Anything unreadable counts as nothing; a change the browser refuses to store holds
 * while the page is open (`available` turns false, so the player can say it was not saved).
 */
export class LocalProgressionHistory implements ProgressionHistory {
  available = true;
  /** Changes the browser would not store: they hold while the page stays open. */
  readonly #unsaved: AcceptedProgression[] = [];

  constructor(
    private readonly routineId: string,
    private readonly storage: () => Storage = () => window.localStorage,
  ) {}

  sessions(): SessionRecord[] {
    return this.#list('history').filter(isSessionRecord);
  }

  progressions(): AcceptedProgression[] {
    return [...this.#list('progressions').filter(isAcceptedProgression), ...this.#unsaved];
  }

  addProgression(progression: AcceptedProgression): void {
    const key = `${PREFIX}:progressions:${this.routineId}`;
    try {
      this.storage().setItem(key, JSON.stringify([...this.#list('progressions'), progression].slice(-MAX_PROGRESSIONS)));
    } catch {
      this.available = false;
      this.#unsaved.push(progression);
    }
  }

  #list(kind: 'history' | 'progressions'): unknown[] {
    try {
      const value = JSON.parse(this.storage().getItem(`${PREFIX}:${kind}:${this.routineId}`) ?? '[]') as unknown;
      return Array.isArray(value) ? value : [];
    } catch {
      return [];
    }
  }
}
