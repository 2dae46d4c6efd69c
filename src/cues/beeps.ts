import type { CueSound } from '../timing/cue-timeline.js';

/** One tone: frequency in Hz, start and length in seconds from the cue's time. */
type Tone = [frequency: number, start: number, length: number];

const SOUNDS: Record<CueSound, Tone[]> = {
  count: [[880, 0, 0.12]],
  go: [[1320, 0, 0.25]],
  rest: [[440, 0, 0.35]],
  switch: [
    [660, 0, 0.15],
    [990, 0.2, 0.2],
  ],
  done: [
    [523, 0, 0.15],
    [659, 0.18, 0.15],
    [784, 0.36, 0.4],
  ],
};

interface BookedTone {
  oscillator: OscillatorNode;
  gain: GainNode;
  end: number;
}

type AudioContextConstructor = new () => AudioContext;

/**
 * Beeps booked ahead on the Web Audio clock, which keeps time in a background
 * tab where timers are throttled. The context must be created or resumed inside
 * a user's click (`unlock`); without Web Audio every call does nothing.
 */
export class BeepPlayer {
  private context: AudioContext | null = null;
  private booked: BookedTone[] = [];

  /** Creates or resumes the audio context; call from inside a click handler. */
  unlock(): void {
    try {
      if (!this.context) {
        const Context =
          window.AudioContext ?? (window as unknown as { webkitAudioContext?: AudioContextConstructor }).webkitAudioContext;
        if (!Context) return;
        this.context = new Context();
      }
      if (this.context.state === 'suspended') void this.context.resume().catch(() => undefined);
    } catch {
      this.context = null;
    }
  }

  /** Whether sounds can be played. */
  get available(): boolean {
    return this.context !== null;
  }

  /** Books `sound` to play `delayMs` from now (a negative delay plays at once). */
  book(sound: CueSound, delayMs: number): void {
    const context = this.context;
    if (!context) return;
    const at = context.currentTime + Math.max(0, delayMs) / 1000;
    this.prune(context.currentTime);
    for (const [frequency, start, length] of SOUNDS[sound]) {
      try {
        const oscillator = context.createOscillator();
        const gain = context.createGain();
        oscillator.type = 'sine';
        oscillator.frequency.value = frequency;
        const begin = at + start;
        const end = begin + length;
        gain.gain.setValueAtTime(0, begin);
        gain.gain.linearRampToValueAtTime(0.35, begin + 0.01);
        gain.gain.exponentialRampToValueAtTime(0.001, end);
        oscillator.connect(gain).connect(context.destination);
        oscillator.start(begin);
        oscillator.stop(end);
        this.booked.push({ oscillator, gain, end });
      } catch {
        return;
      }
    }
  }

  /** Silences everything booked, at once. */
  cancelAll(): void {
    for (const tone of this.booked) {
      try {
        tone.oscillator.stop();
      } catch {
        // already stopped
      }
      tone.oscillator.disconnect();
      tone.gain.disconnect();
    }
    this.booked = [];
  }

  /** Number of tones booked and not yet finished (for tests and benchmarks). */
  get pendingTones(): number {
    if (this.context) this.prune(this.context.currentTime);
    return this.booked.length;
  }

  /** Releases the audio context. */
  close(): void {
    this.cancelAll();
    void this.context?.close().catch(() => undefined);
    this.context = null;
  }

  private prune(currentTime: number): void {
    this.booked = this.booked.filter((tone) => tone.end > currentTime);
  }
}
