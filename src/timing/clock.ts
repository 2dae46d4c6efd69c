/** A source of time in milliseconds that only moves forward. Injected everywhere time is read. */
export interface Clock {
  now(): number;
}

/** Smallest gap between wall time and monotonic time that counts as the device having slept. */
export const SLEEP_THRESHOLD_MS = 1000;

/**
 * A clock built on a monotonic source (`performance.now()`), anchored to wall
 * time (`Date.now()`) so that a device sleep is noticed: the monotonic clock
 * stalls while the device sleeps, wall time does not. The time slept is added,
 * so a hold that should have ended during the sleep has ended on waking.
 * A backward wall-time jump (a clock correction) is ignored.
 */
export function createAnchoredClock(
  monotonic: () => number = () => performance.now(),
  wall: () => number = () => Date.now(),
  sleepThreshold = SLEEP_THRESHOLD_MS,
): Clock {
  let lastMonotonic = monotonic();
  let lastWall = wall();
  let slept = 0;
  return {
    now() {
      const m = monotonic();
      const w = wall();
      const gap = w - lastWall - (m - lastMonotonic);
      if (gap > sleepThreshold) slept += gap;
      lastMonotonic = m;
      lastWall = w;
      return m + slept;
    },
  };
}

let documentClock: Clock | undefined;

/** The one clock shared by every timer in this document. */
export function systemClock(): Clock {
  documentClock ??= createAnchoredClock();
  return documentClock;
}

/**
 * Replaces the document's clock for timers created afterwards (`undefined`
 * restores the real one). For tests and benchmarks; not part of the public API.
 */
export function replaceSystemClock(clock: Clock | undefined): void {
  documentClock = clock;
}
