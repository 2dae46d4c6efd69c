import { createAnchoredClock, replaceSystemClock, type Clock } from '../../src/timing/clock.js';
import { replaceSharedTicker, Ticker, type TickerHost } from '../../src/timing/ticker.js';
import { useTestClock, type FakeTimeOptions } from '../helpers/use-fake-time.js';

/** The clock of issue 9's contract: wall time is added only across a suspend()→resume() window. */
export type SuspendableClock = Clock & { suspend(): void; resume(): void };

/** `createAnchoredClock` typed with the contract's suspend() and resume(). */
export function anchoredClock(monotonic: () => number, wall: () => number): SuspendableClock {
  return createAnchoredClock(monotonic, wall) as SuspendableClock;
}

interface Timer {
  at: number;
  callback: () => void;
}

/**
 * A device with two time sources that tests move by hand: a monotonic clock
 * (`performance.now()`, which stalls while the device sleeps) and a wall clock
 * (`Date.now()`, which keeps going in sleep and can be set by the user or NTP).
 * Page timers run on monotonic time, as in a browser. The document's clock is
 * `createAnchoredClock` over these two sources, driven by the real `Ticker`.
 */
export class FakeDevice implements TickerHost {
  monotonic = 50_000;
  wall = Date.UTC(2025, 2, 30, 0, 30);
  hidden = false;
  readonly clock = anchoredClock(
    () => this.monotonic,
    () => this.wall,
  );
  private timers = new Map<number, Timer>();
  private nextId = 1;
  private visibilityListeners: (() => void)[] = [];

  /** Installs this device's clock and a ticker on it as the document's, for elements created afterwards. */
  install(): this {
    replaceSystemClock(this.clock);
    replaceSharedTicker(new Ticker(this.clock, this));
    return this;
  }

  setTimeout(callback: () => void, ms: number): number {
    const id = this.nextId++;
    this.timers.set(id, { at: this.monotonic + Math.max(0, ms), callback });
    return id;
  }

  clearTimeout(handle: number): void {
    this.timers.delete(handle);
  }

  isHidden(): boolean {
    return this.hidden;
  }

  onVisibilityChange(listener: () => void): void {
    this.visibilityListeners.push(listener);
  }

  /** The device is awake: both clocks move by `ms`, timers fire on the way at their own times. */
  advance(ms: number): void {
    const target = this.monotonic + ms;
    for (;;) {
      let next: [number, Timer] | undefined;
      for (const entry of this.timers) if (entry[1].at <= target && (!next || entry[1].at < next[1].at)) next = entry;
      if (!next) break;
      this.timers.delete(next[0]);
      const step = Math.max(0, next[1].at - this.monotonic);
      this.monotonic += step;
      this.wall += step;
      next[1].callback();
    }
    this.wall += target - this.monotonic;
    this.monotonic = target;
  }

  /** Someone sets the wall clock (NTP, a time-zone or clock change); the monotonic clock is unaffected. */
  setWallBy(ms: number): void {
    this.wall += ms;
  }

  /** The device sleeps for `ms`: wall time moves on, the monotonic clock and timers stand still. */
  sleep(ms: number): void {
    this.wall += ms;
  }

  setHidden(hidden: boolean): void {
    this.hidden = hidden;
    for (const listener of this.visibilityListeners) listener();
  }
}

/** Puts the real clock and ticker back. */
export function restoreDevice(): void {
  replaceSystemClock(undefined);
  replaceSharedTicker(undefined);
}

/**
 * `useFakeTime` with a device: a fresh FakeDevice installed before each test of the enclosing
 * `describe`, the real clock and ticker back after it. Returns the running test's device.
 */
export function useFakeDevice(options: FakeTimeOptions = {}): FakeDevice {
  return useTestClock(() => new FakeDevice().install(), restoreDevice, options);
}
