/** Whether the screen is being kept awake: not asked for, held, or asked for but refused or unsupported. */
export type WakeLockState = 'off' | 'held' | 'unavailable';

/**
 * Keeps the screen awake while wanted. The platform drops the lock whenever the
 * page is hidden, so it is asked for again when the page becomes visible.
 */
export class ScreenWakeLock {
  state: WakeLockState = 'off';
  #sentinel: WakeLockSentinel | null = null;
  #wanted = false;
  /** A request is on its way: one at a time, so that a quick pause and resume cannot leave two locks held. */
  #requesting = false;
  readonly #visibilityListener = () => this.#askAgain();

  /** Asks again while the lock is wanted, the page is visible and none is held or on its way. */
  #askAgain(): void {
    if (this.#wanted && document.visibilityState === 'visible' && !this.#sentinel) void this.#request();
  }

  constructor(private readonly onChange: (state: WakeLockState) => void) {}

  hold(): void {
    if (this.#wanted) return;
    this.#wanted = true;
    document.addEventListener('visibilitychange', this.#visibilityListener);
    void this.#request();
  }

  release(): void {
    if (!this.#wanted && !this.#sentinel) return;
    this.#wanted = false;
    document.removeEventListener('visibilitychange', this.#visibilityListener);
    const sentinel = this.#sentinel;
    this.#sentinel = null;
    releaseQuietly(sentinel);
    this.#set('off');
  }

  async #request(): Promise<void> {
    if (this.#requesting) return;
    this.#requesting = true;
    try {
      // Inside the try: on some platforms even reading navigator.wakeLock throws.
      if (!('wakeLock' in navigator) || !navigator.wakeLock) {
        this.#set('unavailable');
        return;
      }
      const sentinel = await navigator.wakeLock.request('screen');
      if (!this.#wanted || this.#sentinel) {
        releaseQuietly(sentinel);
        return;
      }
      this.#sentinel = sentinel;
      sentinel.addEventListener('release', () => {
        if (this.#sentinel !== sentinel) return;
        // Dropped by the browser while the page is visible (battery saving, say): ask again.
        this.#sentinel = null;
        this.#askAgain();
      });
      this.#set('held');
    } catch {
      if (this.#wanted) this.#set('unavailable');
    } finally {
      // Every way out, the unsupported one included (it returned early and kept the flag set).
      this.#requesting = false;
    }
  }

  #set(state: WakeLockState): void {
    if (state === this.state) return;
    this.state = state;
    this.onChange(state);
  }
}

/** Releases a wake lock, ignoring a platform that fails to (synchronously or not): the lock is gone for us either way. */
function releaseQuietly(sentinel: WakeLockSentinel | null): void {
  try {
    void sentinel?.release().catch(() => undefined);
  } catch {
    // already released, or a broken implementation
  }
}
