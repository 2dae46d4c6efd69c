/**
 * Spoken announcements with `speechSynthesis`: for telling what to do next,
 * never for timing. Unlocked inside a click (some browsers speak only after a
 * user gesture); every call does nothing where speech is missing.
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
      synth.cancel();
      const silent = new SpeechSynthesisUtterance('');
      silent.volume = 0;
      synth.speak(silent);
    } catch {
      // no speech on this platform
    }
  }

  /**
   * Says `text` in the language `lang` (a tag such as `es`), cutting off whatever was being said.
   * It speaks with a voice of that language; where the browser has none, it stays silent rather
   * than read the words with a voice of another language.
   */
  say(text: string, lang: string): void {
    try {
      const synth = this.#synth;
      if (!synth) return;
      const voice = voiceFor(synth, lang);
      if (voice === null) return;
      synth.cancel();
      const utterance = new SpeechSynthesisUtterance(text);
      utterance.lang = voice?.lang ?? lang;
      if (voice) utterance.voice = voice;
      synth.speak(utterance);
    } catch {
      // no speech on this platform
    }
  }

  stop(): void {
    try {
      this.#synth?.cancel();
    } catch {
      // no speech on this platform
    }
  }
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

/** Vibrates where the platform supports it; does nothing elsewhere. */
export function vibrate(pattern: number | number[]): void {
  try {
    navigator.vibrate?.(pattern);
  } catch {
    // not supported
  }
}
