import { LEVELS, type Level } from '../model/types.js';
import { PREFIX } from './storage-keys.js';

/** Where a routine was left, to offer resuming after a reload. */
export interface SavedProgress {
  level: Level;
  /** Index of the segment to resume at (the start of the exercise in progress). */
  segmentIndex: number;
  exerciseIndex: number;
  /** When it was saved, in milliseconds since 1970. */
  savedAt: number;
  /**
   * When the session that saved it began, in milliseconds since 1970: a pain stop of the routine
   * recorded after that (in any tab) ends it for good. Progress saved without it counts from `savedAt`.
   */
  startedAt?: number;
}

/** One finished or stopped session, kept in the visitor's browser only. */
export interface HistoryEntry {
  /** When the session ended, ISO 8601. */
  date: string;
  completed: boolean;
  reason?: 'pain';
}

const MAX_HISTORY = 200;
/** Progress older than this is not offered for resuming. */
const PROGRESS_MAX_AGE_MS = 12 * 60 * 60 * 1000;
/** Progress dated further ahead than this (a clock set wrong, or someone else's data) is not offered. */
const PROGRESS_MAX_FUTURE_MS = 5 * 60 * 1000;


/**
 * Opt-in storage of progress and history in `localStorage`, keyed per routine.
 *
 * A pain stop has the last word across tabs: progress of a session that began before the last
 * pain stop of the routine is neither saved nor offered, whichever tab it comes from and in
 * whatever order the tabs write.
 * Every failure (storage blocked, full, or holding something unexpected) is
 * swallowed here on purpose and turns `available` false, so the player keeps
 * working and can say that nothing is saved.
 */
export class ProgressStore {
  available = true;

  constructor(
    private readonly routineId: string,
    private readonly storage: () => Storage = () => window.localStorage,
  ) {
    // Finds out at once whether anything can be written, so the person is told before a session, not after.
    try {
      const key = `${PREFIX}:probe`;
      this.storage().setItem(key, '1');
      this.storage().removeItem(key);
    } catch {
      this.available = false;
    }
  }

  /**
   * Saved progress worth offering: well-formed, recent, not from the future, and
   * `fits` the routine as it is now (its indexes point into the plan). Anything
   * else is removed, so it is not offered again.
   */
  loadProgress(fits: (progress: SavedProgress) => boolean, now = Date.now()): SavedProgress | null {
    const value = this.#read(`progress:${this.routineId}`) as Partial<SavedProgress> | null;
    if (value === null) return null;
    const usable =
      typeof value === 'object' &&
      LEVELS.includes(value.level as Level) &&
      Number.isInteger(value.segmentIndex) &&
      Number.isInteger(value.exerciseIndex) &&
      typeof value.savedAt === 'number' &&
      now - value.savedAt <= PROGRESS_MAX_AGE_MS &&
      value.savedAt - now <= PROGRESS_MAX_FUTURE_MS &&
      (value.startedAt === undefined || typeof value.startedAt === 'number') &&
      !this.painStoppedSince(value.startedAt ?? value.savedAt) &&
      fits(value as SavedProgress);
    if (!usable) {
      this.clearProgress();
      return null;
    }
    return value as SavedProgress;
  }

  /** Saves where a session is, unless a pain stop of the routine (in another tab) came after the session began. */
  saveProgress(progress: SavedProgress): void {
    if (this.painStoppedSince(progress.startedAt ?? progress.savedAt)) return;
    this.#write(`progress:${this.routineId}`, progress);
  }

  /** Whether the history holds a pain stop of the routine at or after `time` (milliseconds since 1970). */
  painStoppedSince(time: number): boolean {
    return this.history().some((entry) => entry.reason === 'pain' && Date.parse(entry.date) >= time);
  }

  clearProgress(): void {
    const key = `${PREFIX}:progress:${this.routineId}`;
    try {
      this.storage().removeItem(key);
    } catch {
      // Where removing fails, overwriting with nothing still keeps a finished session from being offered.
      try {
        this.storage().setItem(key, 'null');
      } catch {
        this.available = false;
      }
    }
  }

  /** The entries this version understands; others (an older or newer version's) are skipped, not lost. */
  history(): HistoryEntry[] {
    return this.#storedHistory().filter(
      (entry): entry is HistoryEntry =>
        typeof entry === 'object' && entry !== null && typeof entry.date === 'string' && typeof entry.completed === 'boolean',
    );
  }

  /** Adds an entry, keeping every entry already stored, understood or not. */
  addHistory(entry: HistoryEntry): void {
    this.#write(`history:${this.routineId}`, [...this.#storedHistory(), entry].slice(-MAX_HISTORY));
  }

  #storedHistory(): { date?: unknown; completed?: unknown }[] {
    const value = this.#read(`history:${this.routineId}`);
    return Array.isArray(value) ? value : [];
  }

  /** Sessions (finished or not) in the 7 days before `now`. */
  sessionsThisWeek(now = Date.now()): number {
    const weekAgo = now - 7 * 24 * 60 * 60 * 1000;
    return this.history().filter((entry) => Date.parse(entry.date) >= weekAgo).length;
  }

  #read(key: string): unknown {
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

  #write(key: string, value: unknown): void {
    try {
      this.storage().setItem(`${PREFIX}:${key}`, JSON.stringify(value));
    } catch {
      this.available = false;
    }
  }
}
