import type { DataProblem } from '../model/data-error.js';
import type { Routine } from '../model/types.js';
import type { SharedRoutine } from '../share/routine-link.js';

/**
 * Fired when the physiotherapist changes the routine in a `<routine-builder>`: adds, removes or
 * moves an exercise, or changes a dose, the level, the pace, the name or the note. Never fired
 * because the page set `value`. Bubbles, not composed.
 */
export class RoutineBuilderChangeEvent extends Event {
  static readonly eventName = 'routine-builder-change';
  constructor(
    /** The routine, or `null` while the builder shows problems. */
    readonly value: Routine | null,
    /** The routine with the level, pace and note a link carries, or `null` while there are problems. */
    readonly shared: SharedRoutine | null,
    /** Every problem, with `parseRoutine`'s paths and messages (`items[0].dose.holdSeconds`). */
    readonly problems: readonly DataProblem[],
  ) {
    super(RoutineBuilderChangeEvent.eventName, { bubbles: true, composed: false });
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'routine-builder-change': RoutineBuilderChangeEvent;
  }
}
