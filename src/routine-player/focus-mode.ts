import type { ReactiveController, ReactiveControllerHost } from 'lit';

/**
 * Focus mode: the player fills the screen, through the Fullscreen API where the
 * browser has it and lets us, and as a fixed full-viewport layout otherwise
 * (the element's styles do that from `active`). Leaving full screen by the
 * browser's own means (Escape, the back gesture) leaves focus mode too.
 */
export class FocusModeController implements ReactiveController {
  /** Whether the player fills the screen. */
  active = false;
  #fullscreen?: boolean;
  readonly #onFullscreenChange = () => {
    if (this.#fullscreen && document.fullscreenElement !== this.host) {
      this.#fullscreen = false;
      this.active = false;
      this.host.requestUpdate();
    }
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
    this.host.requestUpdate();
    try {
      if (!document.fullscreenEnabled) return;
      // Where there is no such method, the chain stops here (a value that is not one throws, and is caught).
      this.host
        .requestFullscreen?.({ navigationUI: 'hide' })
        .then(() => {
          const granted = document.fullscreenElement === this.host;
          // Granted after focus mode was left (the session stopped meanwhile): leave full screen too.
          if (!this.active) {
            if (granted) void document.exitFullscreen().catch(() => undefined);
            return;
          }
          this.#fullscreen = granted;
        })
        .catch(() => undefined); // refused: the fixed layout stands in
    } catch {
      // no Fullscreen API: the fixed layout stands in
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
  }

  toggle(): void {
    if (this.active) this.exit();
    else this.enter();
  }
}
