import { LEVELS, type Level } from '../model/types.js';
import { readProgression, readSessionRecord } from '../adherence/session-records.js';
import type { AcceptedProgression, SessionRecord } from '../adherence/types.js';
import type { ProgressionHistory } from '../adherence/progression-history.js';
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

/**
 * One finished or stopped session, kept in the visitor's browser only (history version 1; a
 * version-2 {@link SessionRecord} is one too, with its exercises).
 */
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
export class ProgressStore implements ProgressionHistory {
  available = true;
  /** Accepted level changes the browser would not store: they hold while the page is open. */
  readonly #unsaved: AcceptedProgression[] = [];

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

  /** Adds an entry (a {@link SessionRecord} since version 2), keeping every entry already stored, understood or not. */
  addHistory(entry: HistoryEntry | SessionRecord): void {
    this.#write(`history:${this.routineId}`, [...this.#storedHistory(), entry].slice(-MAX_HISTORY));
  }

  /** Every remembered session, oldest first: version-2 records, and version-1 entries as sessions with no exercises recorded. */
  sessions(): SessionRecord[] {
    return this.#storedHistory()
      .map(readSessionRecord)
      .filter((record): record is SessionRecord => record !== null);
  }

  /** The level changes the patient accepted for this routine, oldest first (with those the browser would not store). */
  progressions(): AcceptedProgression[] {
    const value = this.#read(`progressions:${this.routineId}`);
    const stored = Array.isArray(value) ? value.map(readProgression).filter((progression): progression is AcceptedProgression => progression !== null) : [];
    return [...stored, ...this.#unsaved];
  }

  /** Records a level change the patient accepted; where the browser refuses to store it, it holds while the page is open (`available` turns false). */
  addProgression(progression: AcceptedProgression): void {
    const stored = this.progressions().filter((kept) => !this.#unsaved.includes(kept));
    if (!this.#write(`progressions:${this.routineId}`, [...stored, progression].slice(-MAX_HISTORY))) this.#unsaved.push(progression);
  }

  /**
   * The level now in force for each exercise (by its position in the routine) that has an accepted
   * progression: the latest one's. Given the routine's exercise `ids`, a progression recorded for
   * another exercise at that position (the routine changed since) is left out.
   */
  levels(ids?: readonly string[]): Map<number, Level> {
    const levels = new Map<number, Level>();
    for (const { index, id, to } of this.progressions()) if (!ids || ids[index] === id) levels.set(index, to);
    return levels;
  }

  /**
   * Forgets everything remembered of this routine in this browser: its history, the progressions
   * accepted and any progress to resume. Returns whether it is all gone.
   */
  deleteAll(): boolean {
    this.#unsaved.length = 0;
    let gone = true;
    for (const key of [`history:${this.routineId}`, `progressions:${this.routineId}`, `progress:${this.routineId}`]) {
      try {
        this.storage().removeItem(`${PREFIX}:${key}`);
      } catch {
        gone = false;
      }
    }
    if (!gone) this.available = false;
    return gone;
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

  /** Writes `value`; returns whether the browser stored it. */
  #write(key: string, value: unknown): boolean {
    try {
      this.storage().setItem(`${PREFIX}:${key}`, JSON.stringify(value));
      return true;
    } catch {
      this.available = false;
      return false;
    }
  }
}
