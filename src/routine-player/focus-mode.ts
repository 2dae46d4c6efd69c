import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { deepActiveElement, inertOutside } from './inert-outside.js';

/** A phone: a coarse pointer on a small screen, where focus mode is the better view from the floor. */
export const onPhone = (): boolean =>
  typeof matchMedia === 'function' && matchMedia('(pointer: coarse) and (max-width: 600px), (pointer: coarse) and (max-height: 600px)').matches;

/** The playing view's first and last controls, between which Tab goes round in the fixed layout. */
const FIRST_CONTROL = '.focus-toggle';
const LAST_CONTROL = '.stop-bar .stop';

/**
 * Focus mode: the player fills the screen, through the Fullscreen API where the browser has it
 * and lets us, and as a fixed full-viewport layout otherwise (the element's styles do that from
 * `active`). Leaving full screen by the browser's own means (Escape, the back gesture) leaves focus
 * mode too.
 *
 * The fixed layout (an iPhone has no Fullscreen API for elements) covers the page but does not
 * take it away as full screen does, so it does that itself, like a modal dialog: everything
 * outside the player is inert (no Tab stop, no click, nothing for a screen reader), Tab goes
 * round the player, Escape leaves focus mode wherever the focus is, and leaving gives the focus
 * back where it was.
 */
export class FocusModeController implements ReactiveController {
  /** Whether the player fills the screen. */
  active = false;
  #fullscreen?: boolean;
  /** Gives the page back (set while the fixed layout stands in for full screen). */
  #releasePage?: () => void;
  /** What had the focus when focus mode began. */
  #focusedBefore?: Element | null;
  readonly #onFullscreenChange = () => {
    if (this.#fullscreen && document.fullscreenElement !== this.host) {
      this.#fullscreen = false;
      this.active = false;
      this.host.requestUpdate();
    }
  };
  /**
   * Tab and Escape anywhere in the document (the page's body too, where a tap on the overlay
   * leaves the focus). It listens where the event ends its way, so the player's own Escape (which
   * leaves focus mode, and otherwise means Stop) has been handled first: Escape never stops the
   * session here.
   */
  readonly #onKeydown = (event: KeyboardEvent) => {
    if (!this.active) return;
    if (event.key === 'Escape') {
      event.preventDefault();
      this.exit();
    } else if (event.key === 'Tab') this.#keepTabInside(event);
  };

  constructor(private readonly host: ReactiveControllerHost & HTMLElement) {
    host.addController(this);
  }

  hostConnected(): void {
    document.addEventListener('fullscreenchange', this.#onFullscreenChange);
  }

  hostDisconnected(): void {
    document.removeEventListener('fullscreenchange', this.#onFullscreenChange);
    this.exit();
  }

  /** Call from a click: browsers grant full screen only to a user's gesture. */
  enter(): void {
    if (this.active) return;
    this.active = true;
    this.#focusedBefore = deepActiveElement();
    this.host.requestUpdate();
    try {
      if (!document.fullscreenEnabled) {
        this.#standIn();
        return;
      }
      const request = this.host.requestFullscreen?.({ navigationUI: 'hide' });
      if (!request) {
        this.#standIn();
        return;
      }
      request
        .then(() => {
          const granted = document.fullscreenElement === this.host;
          // Granted after focus mode was left (the session stopped meanwhile): leave full screen too.
          if (!this.active) {
            if (granted) void document.exitFullscreen().catch(() => undefined);
            return;
          }
          this.#fullscreen = granted;
          if (!granted) this.#standIn();
        })
        .catch(() => this.#standIn()); // refused: the fixed layout stands in
    } catch {
      this.#standIn(); // no Fullscreen API (or one that throws): the fixed layout stands in
    }
  }

  exit(): void {
    if (!this.active) return;
    this.active = false;
    this.host.requestUpdate();
    if (this.#fullscreen && document.fullscreenElement === this.host) {
      void document.exitFullscreen().catch(() => undefined);
    }
    this.#fullscreen = false;
    const focusedBefore = this.#focusedBefore;
    this.#focusedBefore = undefined;
    if (!this.#releasePage) return;
    document.removeEventListener('keydown', this.#onKeydown);
    this.#releasePage();
    this.#releasePage = undefined;
    // After the player's update: where the session ended (Stop, the summary) the view it shows
    // takes the focus, and what had it before is gone.
    void this.host.updateComplete.then(() => {
      const stillThere = focusedBefore instanceof HTMLElement && focusedBefore.isConnected && focusedBefore !== document.body;
      if (stillThere && !this.active && deepActiveElement() !== focusedBefore) focusedBefore.focus();
    });
  }

  toggle(): void {
    if (this.active) this.exit();
    else this.enter();
  }

  /**
   * Tab from the last control (Stop) goes to the first (Full screen), Shift+Tab the other way, and
   * either from outside the player (the body) into it: not to the browser's own controls, which
   * would leave a person on the floor with no focus to see. Elsewhere the browser moves the focus.
   */
  #keepTabInside(event: KeyboardEvent): void {
    const first = this.host.shadowRoot?.querySelector<HTMLElement>(FIRST_CONTROL);
    const last = this.host.shadowRoot?.querySelector<HTMLElement>(LAST_CONTROL);
    if (!first || !last) return;
    const [edge, next] = event.shiftKey ? [first, last] : [last, first];
    // The active element of the document is the player itself while the focus is in its shadow tree.
    if (this.host.contains(document.activeElement) && deepActiveElement() !== edge) return;
    event.preventDefault();
    next.focus();
  }

  /** The fixed layout stands in for full screen: the page outside the player is taken away until exit. */
  #standIn(): void {
    if (!this.active || this.#releasePage) return;
    this.#releasePage = inertOutside(this.host);
    document.addEventListener('keydown', this.#onKeydown);
  }
}
