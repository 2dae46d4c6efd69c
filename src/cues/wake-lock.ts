/** Whether the screen is being kept awake: not asked for, held, or asked for but refused or unsupported. */
export type WakeLockState = 'off' | 'held' | 'unavailable';

/**
 * Keeps the screen awake while wanted. The platform drops the lock whenever the
 * page is hidden, so it is asked for again when the page becomes visible.
 */
export class ScreenWakeLock {
  state: WakeLockState = 'off';
  private sentinel: WakeLockSentinel | null = null;
  private wanted = false;
  private readonly visibilityListener = () => {
    if (this.wanted && document.visibilityState === 'visible' && !this.sentinel) void this.request();
  };

  constructor(private readonly onChange: (state: WakeLockState) => void) {}

  hold(): void {
    if (this.wanted) return;
    this.wanted = true;
    document.addEventListener('visibilitychange', this.visibilityListener);
    void this.request();
  }

  release(): void {
    this.wanted = false;
    document.removeEventListener('visibilitychange', this.visibilityListener);
    const sentinel = this.sentinel;
    this.sentinel = null;
    void sentinel?.release().catch(() => undefined);
    this.set('off');
  }

  private async request(): Promise<void> {
    if (!('wakeLock' in navigator) || !navigator.wakeLock) {
      this.set('unavailable');
      return;
    }
    try {
      const sentinel = await navigator.wakeLock.request('screen');
      if (!this.wanted) {
        void sentinel.release().catch(() => undefined);
        return;
      }
      this.sentinel = sentinel;
      sentinel.addEventListener('release', () => {
        if (this.sentinel === sentinel) this.sentinel = null;
      });
      this.set('held');
    } catch {
      if (this.wanted) this.set('unavailable');
    }
  }

  private set(state: WakeLockState): void {
    if (state === this.state) return;
    this.state = state;
    this.onChange(state);
  }
}
