/** An utterance some element of this page queued, with the element, and whether it no longer wants it said. */
interface QueuedUtterance {
  owner: Voice;
  stale: boolean;
}

/**
 * Every utterance our elements have queued and not yet heard the end of. `speechSynthesis` has one
 * queue for the whole page and `cancel()` empties all of it: an element cancels only when nothing
 * in it is another's (another element's, or the page's own speech).
 */
const queued = new Map<SpeechSynthesisUtterance, QueuedUtterance>();

/**
 * Spoken announcements with `speechSynthesis`: for telling what to do next,
 * never for timing. Unlocked inside a click (some browsers speak only after a
 * user gesture); every call does nothing where speech is missing. Each element
 * has its own, and stopping one leaves what another is saying alone.
 */
export class Voice {
  get #synth(): SpeechSynthesis | undefined {
    return typeof speechSynthesis === 'undefined' ? undefined : speechSynthesis;
  }

  /** Call from inside a click handler so later announcements may play. */
  unlock(): void {
    try {
      const synth = this.#synth;
      if (!synth) return;
      this.#dropOwn(synth);
      const silent = new SpeechSynthesisUtterance('');
      silent.volume = 0;
      this.#speak(synth, silent);
    } catch {
      // no speech on this platform
    }
  }

  /**
   * Says `text` in the language `lang` (a tag such as `es`), cutting off whatever this element was
   * saying; another element's words are left to finish first. It speaks with a voice of that
   * language; where the browser has none, it stays silent rather than read the words with a voice
   * of another language. Returns whether the words were handed to the browser.
   */
  say(text: string, lang: string): boolean {
    try {
      const synth = this.#synth;
      if (!synth) return false;
      const voice = voiceFor(synth, lang);
      if (voice === null) return false;
      this.#dropOwn(synth);
      const utterance = new SpeechSynthesisUtterance(text);
      utterance.lang = voice?.lang ?? lang;
      if (voice) utterance.voice = voice;
      this.#speak(synth, utterance);
      return true;
    } catch {
      // no speech on this platform
      return false;
    }
  }

  /** Stops what this element is saying or has queued; another element's words go on. */
  stop(): void {
    try {
      const synth = this.#synth;
      if (synth) this.#dropOwn(synth);
    } catch {
      // no speech on this platform
    }
  }

  #speak(synth: SpeechSynthesis, utterance: SpeechSynthesisUtterance): void {
    const entry: QueuedUtterance = { owner: this, stale: false };
    const forget = () => queued.delete(utterance);
    utterance.addEventListener('end', forget);
    utterance.addEventListener('error', forget);
    // Words this element no longer wants, kept in the queue only for another's sake: once they
    // come up with nothing wanted left behind them, they go.
    utterance.addEventListener('start', () => {
      if (entry.stale && ![...queued.values()].some((other) => !other.stale)) cancelAll(synth);
    });
    queued.set(utterance, entry);
    synth.speak(utterance);
  }

  /**
   * Removes this element's words from the page's queue: with `cancel()` when all that is queued
   * is ours to remove; otherwise they are marked unwanted and muted where they have not begun
   * (browsers that read the volume when an utterance begins), and go when they come up.
   */
  #dropOwn(synth: SpeechSynthesis): void {
    if (!synth.speaking && !synth.pending) queued.clear();
    if (!othersWaiting(this)) {
      // With nothing of ours queued, what the browser is saying is the page's own: left alone.
      if (queued.size > 0 || (!synth.speaking && !synth.pending)) cancelAll(synth);
      return;
    }
    for (const [utterance, entry] of queued) {
      if (entry.owner !== this) continue;
      entry.stale = true;
      utterance.volume = 0;
    }
  }
}

/** Whether the page's queue holds words of another element that it still wants said (`voice` may not cut them off). */
const othersWaiting = (voice: Voice) => [...queued.values()].some((entry) => entry.owner !== voice && !entry.stale);

function cancelAll(synth: SpeechSynthesis): void {
  queued.clear();
  synth.cancel();
}

const primary = (tag: string) => tag.toLowerCase().split(/[-_]/)[0];

/**
 * A voice of the language `lang`: the browser's default one for it where there is one.
 * `undefined` when the browser lists no voices yet (some load them late) and `lang` is the
 * language of the browser itself, whose default voice speaks it; `null` when there is none.
 */
export function voiceFor(synth: Pick<SpeechSynthesis, 'getVoices'>, lang: string): SpeechSynthesisVoice | null | undefined {
  const voices = synth.getVoices();
  if (voices.length === 0) return primary(navigator.language) === primary(lang) ? undefined : null;
  const matching = voices.filter((voice) => primary(voice.lang) === primary(lang));
  return matching.find((voice) => voice.default) ?? matching.find((voice) => voice.localService) ?? matching[0] ?? null;
}

/**
 * Who started the vibration pattern running now. The platform runs one pattern per page: a new one
 * replaces the last, and `vibrate(0)` stops whichever runs.
 */
let vibrating: object | null = null;

/** Vibrates with `pattern` for `owner` where the platform supports it; does nothing elsewhere. */
export function vibrate(pattern: number[], owner: object): void {
  vibrating = owner;
  try {
    navigator.vibrate?.(pattern);
  } catch {
    // not supported
  }
}

/** Stops the vibration pattern `owner` started, if it is the one running: another's goes on. */
export function stopVibrating(owner: object): void {
  if (vibrating !== owner) return;
  vibrating = null;
  try {
    navigator.vibrate?.(0);
  } catch {
    // not supported
  }
}
