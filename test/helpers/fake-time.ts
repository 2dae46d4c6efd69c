import { replaceSystemClock, type Clock } from '../../src/timing/clock.js';
import { replaceSharedTicker, Ticker, type TickerHost } from '../../src/timing/ticker.js';

interface Timer {
  at: number;
  callback: () => void;
}

/**
 * A clock and a page that tests drive by hand: time moves only when `advance`
 * is called, timers fire in order at their exact times, and visibility is a switch.
 * Installed as the document's clock and ticker, so elements created afterwards use it.
 */
export class FakeTime implements Clock, TickerHost {
  time = 1_000_000;
  hidden = false;
  private timers = new Map<number, Timer>();
  private nextId = 1;
  private visibilityListeners: (() => void)[] = [];

  now(): number {
    return this.time;
  }

  setTimeout(callback: () => void, ms: number): number {
    const id = this.nextId++;
    this.timers.set(id, { at: this.time + Math.max(0, ms), callback });
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

  /** Number of timers waiting to fire. */
  get pendingTimers(): number {
    return this.timers.size;
  }

  /** Moves time forward by `ms`, firing every timer due on the way at its own time. */
  advance(ms: number): void {
    const target = this.time + ms;
    for (;;) {
      let next: [number, Timer] | undefined;
      for (const entry of this.timers) if (entry[1].at <= target && (!next || entry[1].at < next[1].at)) next = entry;
      if (!next) break;
      this.timers.delete(next[0]);
      this.time = Math.max(this.time, next[1].at);
      next[1].callback();
    }
    this.time = target;
  }

  /** Moves time forward without firing anything (the page was frozen or asleep). */
  jump(ms: number): void {
    this.time += ms;
  }

  setHidden(hidden: boolean): void {
    this.hidden = hidden;
    for (const listener of this.visibilityListeners) listener();
  }
}

/** Installs a fresh FakeTime as the document's clock and ticker. */
export function installFakeTime(): FakeTime {
  const time = new FakeTime();
  replaceSystemClock(time);
  replaceSharedTicker(new Ticker(time, time));
  return time;
}

/** Puts the real clock and ticker back. */
export function restoreTime(): void {
  replaceSystemClock(undefined);
  replaceSharedTicker(undefined);
}
