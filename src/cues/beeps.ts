import type { CueSound } from '../timing/cue-timeline.js';
import { adoptEarlyAudio } from './audio-unlock.js';

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

/** What a browser's audio context may be in: Safari adds `interrupted` (a call, the screen locked). */
type ContextState = AudioContextState | 'interrupted';

/** States in which a context plays nothing until it is resumed. */
const isQuiet = (state: ContextState) => state === 'suspended' || state === 'interrupted';

/** The page's one audio context, shared by every element (browsers limit how many a page may open). */
interface SharedAudio {
  context: AudioContext;
  /** Each player using it, with what to call when its sound stops or comes back. */
  users: Map<BeepPlayer, () => void>;
  /** The browser refused to resume it without a tap (since it last ran). */
  refused: boolean;
  /** Asks the browser to resume it, noting a refusal. */
  resume(): void;
  stopWatching(): void;
}

let shared: SharedAudio | null = null;

function openSharedContext(user: BeepPlayer, onChange: () => void): AudioContext | null {
  if (!shared) {
    // A context opened in a Start click before this player had loaded is the page's one.
    const early = adoptEarlyAudio();
    const Context =
      window.AudioContext ?? (window as unknown as { webkitAudioContext?: AudioContextConstructor }).webkitAudioContext;
    if (!early && !Context) return null;
    const audio: SharedAudio = {
      context: early ?? new Context(),
      users: new Map(),
      refused: false,
      resume: () => undefined,
      stopWatching: () => undefined,
    };
    audio.stopWatching = watchForSilence(audio);
    shared = audio;
  }
  shared.users.set(user, onChange);
  return shared.context;
}

/**
 * Safari suspends (or "interrupts") the context when the page is hidden or the screen locks, and
 * keeps it so on return: then nothing booked sounds. It is resumed when the page becomes visible
 * again (`visibilitychange`, `pageshow` after the back-forward cache) and whenever its own state
 * changes to quiet; a refusal is kept, so the elements can ask for a tap.
 */
function watchForSilence(audio: SharedAudio): () => void {
  const { context } = audio;
  const tell = () => {
    for (const onChange of [...audio.users.values()]) onChange();
  };
  const refuse = () => {
    if (shared !== audio || !isQuiet(context.state as ContextState)) return;
    audio.refused = true;
    tell();
  };
  const resume = () => {
    if (shared !== audio || !isQuiet(context.state as ContextState)) return;
    try {
      void Promise.resolve(context.resume()).then(refuse, refuse);
    } catch {
      refuse();
    }
  };
  const pageBack = () => {
    if (document.visibilityState === 'visible') resume();
  };
  const stateChanged = () => {
    if (isQuiet(context.state as ContextState)) resume();
    else audio.refused = false;
    tell();
  };
  audio.resume = resume;
  document.addEventListener('visibilitychange', pageBack);
  window.addEventListener('pageshow', pageBack);
  try {
    context.addEventListener('statechange', stateChanged);
  } catch {
    // an old or partial implementation without events: the page's own events still resume it
  }
  return () => {
    document.removeEventListener('visibilitychange', pageBack);
    window.removeEventListener('pageshow', pageBack);
    try {
      context.removeEventListener('statechange', stateChanged);
    } catch {
      // as above
    }
  };
}

function leaveSharedContext(user: BeepPlayer): void {
  if (!shared?.users.delete(user) || shared.users.size > 0) return;
  const left = shared;
  // Closed a moment later, not at once: an element moved to another place in the page
  // disconnects and connects again in the same task, and keeps the same context.
  queueMicrotask(() => {
    if (shared !== left || left.users.size > 0) return;
    shared = null;
    left.stopWatching();
    try {
      void left.context.close?.().catch(() => undefined);
    } catch {
      // an old or partial implementation without a working close()
    }
  });
}

/**
 * Beeps booked ahead on the Web Audio clock, which keeps time in a background
 * tab where timers are throttled. Every player on a page shares one audio
 * context, opened or resumed inside a user's click (`unlock`) and closed when
 * no player needs it any more; without Web Audio every call does nothing.
 */
export class BeepPlayer {
  #context: AudioContext | null = null;
  #booked: BookedTone[] = [];
  readonly #onChange: () => void;

  /** `onChange` hears when the page's audio stops (suspended, interrupted, refused) or runs again. */
  constructor(onChange: () => void = () => undefined) {
    this.#onChange = onChange;
  }

  /**
   * Joins (or opens) the page's audio context and resumes it. Call from inside a click
   * handler; called again later (an element put back into the page) it works wherever
   * the page has had a click before.
   */
  unlock(): void {
    try {
      this.#context ??= openSharedContext(this, this.#onChange);
      if (this.#context && shared?.context === this.#context && isQuiet(this.#context.state as ContextState)) {
        // Inside a gesture the browser may allow what it refused before: a new refusal is noted anew.
        shared.refused = false;
        shared.resume();
      }
    } catch {
      this.#context = null;
    }
  }

  /** Whether sounds can be played. */
  get available(): boolean {
    return this.#context !== null;
  }

  /** Whether the audio is stopped (suspended or interrupted by the browser): nothing booked sounds until it runs again. */
  get quiet(): boolean {
    return this.#context !== null && isQuiet(this.#context.state as ContextState);
  }

  /** Whether the browser refused to resume the audio without a tap (see {@link BeepPlayer.unlock}). */
  get refused(): boolean {
    return this.quiet && shared?.context === this.#context && shared.refused;
  }

  /** Books `sound` to play `delayMs` from now (a negative delay plays at once). */
  book(sound: CueSound, delayMs: number): void {
    const context = this.#context;
    if (!context) return;
    const at = context.currentTime + Math.max(0, delayMs) / 1000;
    this.#prune(context.currentTime);
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
        this.#booked.push({ oscillator, gain, end });
      } catch {
        return;
      }
    }
  }

  /** Silences everything booked, at once. */
  cancelAll(): void {
    for (const tone of this.#booked) {
      try {
        tone.oscillator.stop();
        tone.oscillator.disconnect();
        tone.gain.disconnect();
      } catch {
        // already stopped, or a partial implementation
      }
    }
    this.#booked = [];
  }

  /** Number of tones booked and not yet finished (for tests and benchmarks). */
  get pendingTones(): number {
    if (this.#context) this.#prune(this.#context.currentTime);
    return this.#booked.length;
  }

  /** Stops every sound and leaves the shared audio context, which closes once no player uses it. */
  close(): void {
    this.cancelAll();
    this.#context = null;
    leaveSharedContext(this);
  }

  #prune(currentTime: number): void {
    this.#booked = this.#booked.filter((tone) => tone.end > currentTime);
  }
}
