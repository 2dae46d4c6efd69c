/**
 * Spoken announcements with `speechSynthesis`: for telling what to do next,
 * never for timing. Unlocked inside a click (some browsers speak only after a
 * user gesture); every call does nothing where speech is missing.
 */
export class Voice {
  private get synth(): SpeechSynthesis | undefined {
    return typeof speechSynthesis === 'undefined' ? undefined : speechSynthesis;
  }

  /** Call from inside a click handler so later announcements may play. */
  unlock(): void {
    try {
      const synth = this.synth;
      if (!synth) return;
      synth.cancel();
      const silent = new SpeechSynthesisUtterance('');
      silent.volume = 0;
      synth.speak(silent);
    } catch {
      // no speech on this platform
    }
  }

  /** Says `text`, cutting off whatever was being said. */
  say(text: string, lang: string): void {
    try {
      const synth = this.synth;
      if (!synth) return;
      synth.cancel();
      const utterance = new SpeechSynthesisUtterance(text);
      utterance.lang = lang;
      synth.speak(utterance);
    } catch {
      // no speech on this platform
    }
  }

  stop(): void {
    try {
      this.synth?.cancel();
    } catch {
      // no speech on this platform
    }
  }
}

/** Vibrates where the platform supports it; does nothing elsewhere. */
export function vibrate(pattern: number | number[]): void {
  try {
    navigator.vibrate?.(pattern);
  } catch {
    // not supported
  }
}
