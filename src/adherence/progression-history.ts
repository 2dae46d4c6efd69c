import type { AcceptedProgression, SessionRecord } from './types.js';

/**
 * What level suggestions read and write: the routine's remembered sessions and the level changes
 * the patient accepted. The player's `ProgressStore` (history version 2) is one.
 */
export interface ProgressionHistory {
  /** The remembered sessions, oldest first. */
  sessions(): SessionRecord[];
  /** The accepted level changes, oldest first. */
  progressions(): AcceptedProgression[];
  addProgression(progression: AcceptedProgression): void;
}
