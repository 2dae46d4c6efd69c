/**
 * Wrappers around the platform APIs the cues use, so the fault suite can take
 * them away, make them throw or reject, and count what is left open. Every
 * wrapper returns a `restore()` that puts the original back exactly.
 */

/** Replaces `target[key]` (an own property or one inherited from a prototype) and returns a restorer. */
export function replaceProperty(target: object, key: string, descriptor: PropertyDescriptor | 'missing'): () => void {
  // Find where the property really lives, so that "missing" removes it from the prototype too.
  let owner: object | null = target;
  while (owner && !Object.prototype.hasOwnProperty.call(owner, key)) owner = Object.getPrototypeOf(owner) as object | null;
  const original = owner ? Object.getOwnPropertyDescriptor(owner, key) : undefined;
  if (descriptor === 'missing') {
    if (owner) delete (owner as Record<string, unknown>)[key];
  } else {
    Object.defineProperty(target, key, { configurable: true, ...descriptor });
  }
  return () => {
    if (descriptor !== 'missing') delete (target as Record<string, unknown>)[key];
    if (owner && original && !Object.prototype.hasOwnProperty.call(owner, key)) Object.defineProperty(owner, key, original);
  };
}

/** Counts of Web Audio use across every context the page opens. */
export interface AudioCounts {
  constructed: number;
  closed: number;
  /** Oscillators created on a context that was not closed: tones that can actually sound. */
  oscillatorsOnOpenContext: number;
}

/**
 * Replaces `window.AudioContext` with a subclass that counts constructions,
 * closes and oscillators. `live()` is constructed minus closed.
 */
export function countAudioContexts(): { counts: AudioCounts; live(): number; restore(): void } {
  const Original = window.AudioContext;
  const counts: AudioCounts = { constructed: 0, closed: 0, oscillatorsOnOpenContext: 0 };
  const closedOnce = new WeakSet<AudioContext>();
  class CountingAudioContext extends Original {
    constructor(options?: AudioContextOptions) {
      super(options);
      counts.constructed += 1;
    }
    override close(): Promise<void> {
      if (!closedOnce.has(this)) {
        closedOnce.add(this);
        counts.closed += 1;
      }
      return super.close();
    }
    override createOscillator(): OscillatorNode {
      if (this.state !== 'closed' && !closedOnce.has(this)) counts.oscillatorsOnOpenContext += 1;
      return super.createOscillator();
    }
  }
  const restore = replaceProperty(window, 'AudioContext', { writable: true, value: CountingAudioContext });
  return { counts, live: () => counts.constructed - counts.closed, restore };
}

/** A fake `navigator.wakeLock` that grants every request and counts locks held (requested minus released). */
export function countWakeLocks(): { requested(): number; held(): number; restore(): void } {
  let requested = 0;
  let released = 0;
  const request = (type: string) => {
    requested += 1;
    let done = false;
    const sentinel = Object.assign(new EventTarget(), {
      type,
      get released() {
        return done;
      },
      release() {
        if (!done) {
          done = true;
          released += 1;
        }
        return Promise.resolve();
      },
    });
    return Promise.resolve(sentinel);
  };
  const restore = replaceProperty(navigator, 'wakeLock', { value: { request } });
  return { requested: () => requested, held: () => requested - released, restore };
}
