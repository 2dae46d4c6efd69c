import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { whenIdle } from './idle-load.js';

/**
 * The drawings of the printed handout, which the screen never shows: drawn in idle time after the
 * drawings arrive, not in the same task as the list's thumbnails (a long task on a phone), and at
 * once when the page is about to print (`flush` renders the host there and then).
 */
export class PrintDrawingsController implements ReactiveController {
  /** Whether the handout shows the drawings yet. */
  ready = false;
  #scheduled = false;
  readonly #onBeforePrint = () => {
    this.#show();
    this.flush();
  };

  constructor(
    private readonly host: ReactiveControllerHost,
    private readonly flush: () => void,
  ) {
    host.addController(this);
  }

  hostConnected(): void {
    window.addEventListener('beforeprint', this.#onBeforePrint);
  }

  hostDisconnected(): void {
    window.removeEventListener('beforeprint', this.#onBeforePrint);
  }

  /** The drawings arrived: the handout's follow in idle time. */
  drawingsArrived(): void {
    if (this.ready || this.#scheduled) return;
    this.#scheduled = true;
    void whenIdle().then(() => this.#show());
  }

  #show(): void {
    if (this.ready) return;
    this.ready = true;
    this.host.requestUpdate();
  }
}
