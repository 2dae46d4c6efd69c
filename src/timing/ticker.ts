import { systemClock, type Clock } from './clock.js';

/** Something the ticker wakes: it says when it next needs waking and what to do then. */
export interface TickSubscriber {
  /** Clock time of the next moment this subscriber must be woken, or `null` for none. */
  nextWake(now: number): number | null;
  /** Called at (or after) the wake time, and once on returning to a visible page. */
  tick(now: number): void;
  /** Called when the page becomes hidden, before the ticker goes quiet. */
  hidden?(now: number): void;
}

/** What the ticker needs from the page; injected so tests can drive it. */
export interface TickerHost {
  setTimeout(callback: () => void, ms: number): number;
  clearTimeout(handle: number): void;
  isHidden(): boolean;
  onVisibilityChange(listener: () => void): void;
}

function browserHost(): TickerHost {
  return {
    setTimeout: (callback, ms) => window.setTimeout(callback, ms),
    clearTimeout: (handle) => window.clearTimeout(handle),
    isHidden: () => document.visibilityState === 'hidden',
    onVisibilityChange: (listener) => document.addEventListener('visibilitychange', listener),
  };
}

/**
 * One timer for every subscriber on the page. It sleeps until the earliest
 * moment any subscriber needs (a visible digit changing, a segment ending),
 * never on a fixed interval, and does nothing at all while the page is hidden.
 * On return it wakes every subscriber at once so each can catch up.
 */
export class Ticker {
  /** Every subscriber, with the wake time it last asked for. */
  readonly #subscribers = new Map<TickSubscriber, number | null>();
  #handle: number | null = null;
  #wakeAt: number | null = null;

  constructor(
    private readonly clock: Clock,
    private readonly host: TickerHost,
  ) {
    host.onVisibilityChange(() => this.#visibilityChanged());
  }

  /** Whether the page is hidden now (then sounds are booked to the end, since nothing wakes on time). */
  get pageHidden(): boolean {
    return this.host.isHidden();
  }

  add(subscriber: TickSubscriber): void {
    this.#subscribers.set(subscriber, null);
    this.schedule();
  }

  remove(subscriber: TickSubscriber): void {
    this.#subscribers.delete(subscriber);
    this.schedule();
  }

  /**
   * Wakes any subscriber whose wake time has passed, then re-reads every
   * subscriber's next wake time and books one timer for the earliest. Call
   * after a subscriber's state changed. Waking the overdue first matters: a
   * timer may fire a little early, or another caller may get here between a
   * wake time passing and the timer firing, and re-reading first would skip
   * that subscriber's moment.
   */
  schedule(): void {
    if (this.host.isHidden()) {
      this.#cancel();
      return;
    }
    let now = this.clock.now();
    for (const [subscriber, wake] of [...this.#subscribers]) {
      // Checked against the live entry: a nested schedule() may have woken it already.
      if (wake !== null && wake <= now && this.#subscribers.get(subscriber) === wake) {
        this.#subscribers.set(subscriber, null);
        subscriber.tick(now);
        now = this.clock.now();
      }
    }
    let earliest: number | null = null;
    for (const subscriber of this.#subscribers.keys()) {
      const wake = subscriber.nextWake(now);
      this.#subscribers.set(subscriber, wake);
      if (wake !== null && (earliest === null || wake < earliest)) earliest = wake;
    }
    if (earliest === this.#wakeAt && this.#handle !== null) return;
    this.#cancel();
    if (earliest === null) return;
    this.#wakeAt = earliest;
    this.#handle = this.host.setTimeout(() => this.#fire(), Math.max(0, earliest - now));
  }

  /** Whether a wake-up is booked (for tests and benchmarks). */
  get pending(): boolean {
    return this.#handle !== null;
  }

  #cancel(): void {
    if (this.#handle !== null) this.host.clearTimeout(this.#handle);
    this.#handle = null;
    this.#wakeAt = null;
  }

  #fire(): void {
    this.#handle = null;
    this.#wakeAt = null;
    this.schedule();
  }

  #visibilityChanged(): void {
    const hidden = this.host.isHidden();
    // A hidden page is where a device sleeps: the clock counts a stall from here, and only from here.
    if (hidden) this.clock.suspend?.();
    else this.clock.resume?.();
    const now = this.clock.now();
    if (hidden) {
      this.#cancel();
      for (const subscriber of [...this.#subscribers.keys()]) subscriber.hidden?.(now);
      return;
    }
    for (const subscriber of [...this.#subscribers.keys()]) {
      this.#subscribers.set(subscriber, null);
      subscriber.tick(now);
    }
    this.schedule();
  }
}

let documentTicker: Ticker | undefined;

/** The one ticker shared by every timer in this document. */
export function sharedTicker(): Ticker {
  documentTicker ??= new Ticker(systemClock(), browserHost());
  return documentTicker;
}

/**
 * Replaces the document's ticker for timers created afterwards (`undefined`
 * restores the real one). For tests and benchmarks; not part of the public API.
 */
export function replaceSharedTicker(ticker: Ticker | undefined): void {
  documentTicker = ticker;
}
