/** A source of time in milliseconds that only moves forward. Injected everywhere time is read. */
export interface Clock {
  now(): number;
  /** The page is going quiet (hidden or frozen): the device may sleep from here on. */
  suspend?(): void;
  /** The page is back: time slept since {@link Clock.suspend} is accounted for. */
  resume?(): void;
}

/** Smallest gap between wall time and monotonic time that counts as the device having slept. */
export const SLEEP_THRESHOLD_MS = 1000;

/**
 * A clock built on a monotonic source (`performance.now()`), anchored to wall
 * time (`Date.now()`) so that a device sleep is noticed: the monotonic clock
 * stalls while the device sleeps, wall time does not. The time slept is added,
 * so a hold that should have ended during the sleep has ended on waking.
 *
 * Wall time is trusted only across a suspension (the page was hidden or frozen,
 * which a sleeping device always is), and only for as long as the monotonic
 * clock stalled in it, never more than the wall-clock gap across it. Any other
 * wall-clock change (a time-zone or NTP correction, the user setting the clock,
 * forwards or back) changes nothing: a 45 s hold still takes 45 s.
 */
export function createAnchoredClock(
  monotonic: () => number = () => performance.now(),
  wall: () => number = () => Date.now(),
  sleepThreshold = SLEEP_THRESHOLD_MS,
): Clock {
  let slept = 0;
  let suspendedAt: { monotonic: number; wall: number } | null = null;
  return {
    now() {
      return monotonic() + slept;
    },
    suspend() {
      suspendedAt ??= { monotonic: monotonic(), wall: wall() };
    },
    resume() {
      if (!suspendedAt) return;
      const wallGap = wall() - suspendedAt.wall;
      const stalled = wallGap - (monotonic() - suspendedAt.monotonic);
      suspendedAt = null;
      if (stalled > sleepThreshold) slept += Math.min(stalled, wallGap);
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
