/** The start of every key the player writes in `localStorage` (with `remember`). */
export const PREFIX = 'back-exercise-elements';

/**
 * Whether a `storage` event (fired in every other document of the site when one writes) may have
 * added to a routine's history, a pain stop perhaps: a history or an accepted level change written, or the storage cleared.
 */
export function isHistoryChange(event: StorageEvent): boolean {
  return event.key === null || event.key.startsWith(`${PREFIX}:history:`) || event.key.startsWith(`${PREFIX}:progressions:`);
}
