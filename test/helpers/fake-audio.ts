/**
 * A fake Web Audio context and a fake `speechSynthesis`, installed on `window` in place of the
 * real ones, so that tests see exactly which tones are booked at which audio time and which words
 * are queued, and can make the browser suspend, interrupt or refuse as phones do.
 */

/** The name of a cue from the frequency of its first tone (see src/cues/beeps.ts). */
const CUE_OF_FIRST_TONE: Record<number, string> = { 880: 'count', 1320: 'go', 440: 'rest', 660: 'switch', 523: 'done' };

/** One oscillator the code under test made. */
export interface FakeTone {
  frequency: number;
  /** Audio-clock time it was booked to start at. */
  start: number;
  /** Stopped early (cancelled) before it played out. */
  cancelled: boolean;
}

/** How the fake answers `resume()` when not told otherwise. */
export type ResumePolicy = 'allow' | 'when-visible' | 'refuse' | 'never-settle';

const audioParam = () => ({ value: 0, setValueAtTime() {}, linearRampToValueAtTime() {}, exponentialRampToValueAtTime() {} });

/**
 * A fake `AudioContext` whose clock follows `monotonicMs()` (the test's fake clock), standing
 * still while the context is not running. `suspendBy` plays the browser stopping it (a hidden
 * page, a locked screen); `resume()` answers as `policy` says, or `allow` inside a tap
 * (`gesture`).
 */
export class FakeAudioContext extends EventTarget {
  static monotonicMs: () => number = () => 0;
  static instances: FakeAudioContext[] = [];
  static policy: ResumePolicy = 'allow';
  /** The next resume() is inside a user's tap (the browser allows it whatever the policy). */
  static gesture = false;

  state: string = 'running';
  tones: FakeTone[] = [];
  resumeCalls = 0;
  readonly destination = {};
  /** Audio seconds at the last time the clock stood still, and the monotonic ms then (null while it runs). */
  #stoodAt: number | null = null;
  #lost = 0;

  constructor() {
    super();
    FakeAudioContext.instances.push(this);
  }

  get currentTime(): number {
    const now = this.#stoodAt ?? FakeAudioContext.monotonicMs();
    return (now - this.#lost) / 1000;
  }

  /** The browser stops the context (`suspended` or Safari's `interrupted`) and says so. */
  suspendBy(state: 'suspended' | 'interrupted'): void {
    this.#stop();
    this.#setState(state);
  }

  resume(): Promise<void> {
    this.resumeCalls += 1;
    let policy = FakeAudioContext.gesture ? 'allow' : FakeAudioContext.policy;
    if (policy === 'when-visible') policy = document.visibilityState === 'visible' ? 'allow' : 'refuse';
    if (policy === 'never-settle') return new Promise(() => undefined);
    if (policy === 'refuse') return Promise.reject(new DOMException('needs a user gesture', 'NotAllowedError'));
    if (this.state !== 'running' && this.state !== 'closed') {
      this.#start();
      // As browsers do: the state changes, and its event comes, a moment later.
      queueMicrotask(() => this.#setState('running'));
    }
    return Promise.resolve();
  }

  close(): Promise<void> {
    this.#setState('closed');
    return Promise.resolve();
  }

  createOscillator() {
    const tone: FakeTone = { frequency: 0, start: Number.NaN, cancelled: false };
    this.tones.push(tone);
    let stops = 0;
    const node = {
      type: 'sine',
      frequency: {
        set value(hz: number) {
          tone.frequency = hz;
        },
      },
      connect: (next: unknown) => next,
      disconnect() {},
      start(when: number) {
        tone.start = when;
      },
      stop() {
        // The first stop() is the booked end; any later one cuts the tone off.
        stops += 1;
        if (stops > 1) tone.cancelled = true;
      },
    };
    return node;
  }

  createGain() {
    return { gain: audioParam(), connect: (next: unknown) => next, disconnect() {} };
  }

  /** The cues booked to start at or after audio time `from` and not cancelled, as `name@audio seconds` (to the ms), in order of time. */
  liveCues(from = Number.NEGATIVE_INFINITY): string[] {
    return this.tones
      .filter((tone) => !tone.cancelled && CUE_OF_FIRST_TONE[tone.frequency] && tone.start >= from - 1e-6)
      .sort((a, b) => a.start - b.start)
      .map((tone) => `${CUE_OF_FIRST_TONE[tone.frequency]}@${Math.round(tone.start * 1000) / 1000}`);
  }

  #stop(): void {
    this.#stoodAt ??= FakeAudioContext.monotonicMs();
  }

  #start(): void {
    if (this.#stoodAt === null) return;
    this.#lost += FakeAudioContext.monotonicMs() - this.#stoodAt;
    this.#stoodAt = null;
  }

  #setState(state: string): void {
    if (state === this.state) return;
    this.state = state;
    this.dispatchEvent(new Event('statechange'));
  }
}

/** Installs {@link FakeAudioContext} as `window.AudioContext`, its clock on `monotonicMs`; returns the restorer. */
export function installFakeAudio(monotonicMs: () => number): () => void {
  FakeAudioContext.monotonicMs = monotonicMs;
  FakeAudioContext.instances = [];
  FakeAudioContext.policy = 'allow';
  FakeAudioContext.gesture = false;
  const original = Object.getOwnPropertyDescriptor(window, 'AudioContext');
  Object.defineProperty(window, 'AudioContext', { configurable: true, writable: true, value: FakeAudioContext });
  return () => {
    if (original) Object.defineProperty(window, 'AudioContext', original);
  };
}

/** A fake `speechSynthesis`: one queue for the page, as the real one has. The head of the queue is speaking. */
export class FakeSpeech {
  queue: SpeechSynthesisUtterance[] = [];
  /** Every text that began to be spoken, in order. */
  begun: string[] = [];
  cancels = 0;
  paused = false;

  get speaking(): boolean {
    return this.queue.length > 0;
  }

  get pending(): boolean {
    return this.queue.length > 1;
  }

  getVoices(): SpeechSynthesisVoice[] {
    return [];
  }

  speak(utterance: SpeechSynthesisUtterance): void {
    this.queue.push(utterance);
    if (this.queue.length === 1) this.#begin();
  }

  cancel(): void {
    this.cancels += 1;
    const dropped = this.queue;
    this.queue = [];
    for (const utterance of dropped) utterance.dispatchEvent(new Event('error'));
  }

  /** The utterance speaking now ends; the next begins. */
  finishCurrent(): void {
    const done = this.queue.shift();
    done?.dispatchEvent(new Event('end'));
    if (this.queue.length > 0) this.#begin();
  }

  /** The texts queued (the first is speaking), empty silent unlocks left out. */
  get queuedTexts(): string[] {
    return this.queue.map((utterance) => utterance.text).filter(Boolean);
  }

  addEventListener(): void {}
  removeEventListener(): void {}

  #begin(): void {
    const utterance = this.queue[0];
    this.begun.push(utterance.text);
    utterance.dispatchEvent(new Event('start'));
  }
}

/** Installs a {@link FakeSpeech} as `window.speechSynthesis`; returns it and the restorer. */
export function installFakeSpeech(): { speech: FakeSpeech; restore(): void } {
  const speech = new FakeSpeech();
  const original = Object.getOwnPropertyDescriptor(window, 'speechSynthesis');
  Object.defineProperty(window, 'speechSynthesis', { configurable: true, get: () => speech });
  return {
    speech,
    restore: () => {
      delete (window as unknown as Record<string, unknown>).speechSynthesis;
      if (original) Object.defineProperty(window, 'speechSynthesis', original);
    },
  };
}

/**
 * Makes the document itself hidden or visible (`document.visibilityState`, with its event), as the
 * audio and wake-lock code read it; the fake clock's own switch is set by the caller.
 */
export function setDocumentHidden(hidden: boolean): void {
  Object.defineProperty(document, 'visibilityState', { configurable: true, get: () => (hidden ? 'hidden' : 'visible') });
  document.dispatchEvent(new Event('visibilitychange'));
}

/** Gives `document.visibilityState` back to the browser. */
export function restoreDocumentVisibility(): void {
  delete (document as unknown as Record<string, unknown>).visibilityState;
}
