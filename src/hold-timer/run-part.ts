import type * as TimerRunModule from './timer-run.js';

type RunPart = typeof TimerRunModule;

let loaded: RunPart | undefined;
let loading: Promise<RunPart> | undefined;

/**
 * The session part of `<hold-timer>` (`timer-run.ts`: the session, its cues, events and running
 * view), once it is here. The per-element file the loader imports leaves it out, and every timer
 * of the page loads it once, in idle time after its first render ({@link loadRunPart}); the
 * element's own `define.js` (the one-file bundle, bundlers) brings it along at once.
 */
export const runPart = (): RunPart | undefined => loaded;

/** Makes the session part available at once (for the modules that import it directly). */
export function provideRunPart(part: RunPart): void {
  loaded = part;
}

/** Loads the session part (once per page; a failed load is tried again on the next call). */
export function loadRunPart(): Promise<RunPart> {
  loading ??= import('./timer-run.js').then(
    (part) => (loaded = part),
    (error: unknown) => {
      loading = undefined;
      throw error;
    },
  );
  return loading;
}
