import { LEVELS, type Level } from '../model/types.js';

/** Where a routine was left, to offer resuming after a reload. */
export interface SavedProgress {
  level: Level;
  /** Index of the segment to resume at (the start of the exercise in progress). */
  segmentIndex: number;
  exerciseIndex: number;
  /** When it was saved, in milliseconds since 1970. */
  savedAt: number;
}

/** One finished or stopped session, kept in the visitor's browser only. */
export interface HistoryEntry {
  /** When the session ended, ISO 8601. */
  date: string;
  completed: boolean;
  reason?: 'pain';
}

const PREFIX = 'back-exercise-elements';
const MAX_HISTORY = 200;
/** Progress older than this is not offered for resuming. */
const PROGRESS_MAX_AGE_MS = 12 * 60 * 60 * 1000;

/**
 * Opt-in storage of progress and history in `localStorage`, keyed per routine.
 * Every failure (storage blocked, full, or holding something unexpected) is
 * swallowed here on purpose and turns `available` false, so the player keeps
 * working and can say that nothing is saved.
 */
export class ProgressStore {
  available = true;

  constructor(
    private readonly routineId: string,
    private readonly storage: () => Storage = () => window.localStorage,
  ) {}

  loadProgress(now = Date.now()): SavedProgress | null {
    const value = this.read(`progress:${this.routineId}`) as Partial<SavedProgress> | null;
    if (
      !value ||
      !LEVELS.includes(value.level as Level) ||
      !Number.isInteger(value.segmentIndex) ||
      !Number.isInteger(value.exerciseIndex) ||
      typeof value.savedAt !== 'number' ||
      now - value.savedAt > PROGRESS_MAX_AGE_MS
    ) {
      return null;
    }
    return value as SavedProgress;
  }

  saveProgress(progress: SavedProgress): void {
    this.write(`progress:${this.routineId}`, progress);
  }

  clearProgress(): void {
    try {
      this.storage().removeItem(`${PREFIX}:progress:${this.routineId}`);
    } catch {
      this.available = false;
    }
  }

  history(): HistoryEntry[] {
    const value = this.read(`history:${this.routineId}`);
    if (!Array.isArray(value)) return [];
    return value.filter(
      (entry): entry is HistoryEntry =>
        typeof entry === 'object' && entry !== null && typeof entry.date === 'string' && typeof entry.completed === 'boolean',
    );
  }

  addHistory(entry: HistoryEntry): void {
    this.write(`history:${this.routineId}`, [...this.history(), entry].slice(-MAX_HISTORY));
  }

  /** Sessions (finished or not) in the 7 days before `now`. */
  sessionsThisWeek(now = Date.now()): number {
    const weekAgo = now - 7 * 24 * 60 * 60 * 1000;
    return this.history().filter((entry) => Date.parse(entry.date) >= weekAgo).length;
  }

  private read(key: string): unknown {
    let text: string | null;
    try {
      text = this.storage().getItem(`${PREFIX}:${key}`);
    } catch {
      this.available = false;
      return null;
    }
    try {
      return text === null ? null : (JSON.parse(text) as unknown);
    } catch {
      return null; // something else wrote there; treat it as nothing saved
    }
  }

  private write(key: string, value: unknown): void {
    try {
      this.storage().setItem(`${PREFIX}:${key}`, JSON.stringify(value));
    } catch {
      this.available = false;
    }
  }
}
