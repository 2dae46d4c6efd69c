import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { HoldTimer } from '../hold-timer/hold-timer.js';
import type { HoldTimerPhaseEvent } from '../hold-timer/events.js';
import type { Side } from '../model/plan.js';
import { ARRIVAL_MS, drawingMoment, type DrawingMoment } from '../shared/exercise-media.js';
import { systemClock, type Clock } from '../timing/clock.js';
import type { Ticker, TickSubscriber } from '../timing/ticker.js';
import { runPart } from '../hold-timer/run-part.js';

/** Where a card's drawing is in its timer's session: the moment to draw, and the side (mirrored for the right). */
export interface TimerDrawing {
  moment: DrawingMoment;
  side: Side | null;
}

/**
 * Keeps a card's drawing in step with its timer: the start position while getting ready, the
 * held one during each hold (moving into it once as it begins), the gentle loop only while
 * nothing is timed. The card hands on every event of its timer ({@link timerEvent}); the time
 * itself is the timer's. The one wake-up of its own, as the move into a hold ends, comes from
 * the shared ticker, so that the drawing is still again even if nothing else changes.
 */
export class TimerDrawingController implements ReactiveController, TickSubscriber {
  readonly #host: ReactiveControllerHost;
  readonly #timer: () => HoldTimer | null;
  /** Clock time at which the move into a hold is over, while one is under way. */
  #arrivalEnds: number | null = null;
  #ticker?: Ticker;
  #clock?: Clock;

  constructor(host: ReactiveControllerHost, timer: () => HoldTimer | null) {
    this.#host = host;
    this.#timer = timer;
    host.addController(this);
  }

  hostDisconnected(): void {
    this.#arrivalEnds = null;
    this.#ticker?.remove(this);
  }

  /** One of the timer's events: the drawing follows it, and a hold's start books the end of its move. */
  timerEvent(event: Event): void {
    if (event.type === 'hold-timer-phase') {
      const { segment, late } = event as HoldTimerPhaseEvent;
      // The ticker comes with the timer's session part, which is here whenever a phase is reported
      // (the card's first file leaves both out). The clock and ticker are found on first use:
      // nothing touches the page while constructed (server rendering).
      this.#ticker ??= runPart()?.sharedTicker();
      if (segment.kind === 'hold' && !late && this.#ticker) {
        this.#clock ??= systemClock();
        this.#arrivalEnds = this.#clock.now() + ARRIVAL_MS;
        this.#ticker.add(this);
      }
    }
    this.#host.requestUpdate();
  }

  /** What the drawing shows now. */
  get drawing(): TimerDrawing {
    const timer = this.#timer();
    const segment = timer?.segment;
    const plan = timer?.plan;
    if (!timer || !segment || !plan) return { moment: 'loop', side: null };
    const status = timer.status;
    const moment = drawingMoment(segment, status, plan.total - timer.remaining * 1000 - segment.start);
    return { moment, side: moment === 'loop' ? null : segment.side };
  }

  nextWake(): number | null {
    return this.#arrivalEnds;
  }

  tick(): void {
    this.#arrivalEnds = null;
    this.#host.requestUpdate();
  }
}
