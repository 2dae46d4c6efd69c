/**
 * Sound and speech unlocked inside a Start click that came before the beep player and the voice
 * had loaded (an element's first file carries neither: they load in idle time after it renders).
 * Browsers let a page start sound and speech only inside a person's tap, so this small part opens
 * the audio context there and then; the page's beep player adopts it when it opens its own.
 */

type AudioContextConstructor = new () => AudioContext;

let early: AudioContext | null = null;

/** Opens (or resumes) an audio context inside the current click, for the beep player to adopt. */
export function unlockAudioEarly(): void {
  try {
    if (!early) {
      const Context =
        window.AudioContext ?? (window as unknown as { webkitAudioContext?: AudioContextConstructor }).webkitAudioContext;
      if (!Context) return;
      early = new Context();
    }
    if (early.state !== 'running') void Promise.resolve(early.resume()).catch(() => undefined);
  } catch {
    early = null;
  }
}

/** Speaks nothing inside the current click, so that later announcements may be spoken. */
export function unlockSpeechEarly(): void {
  try {
    if (typeof speechSynthesis === 'undefined') return;
    const silent = new SpeechSynthesisUtterance('');
    silent.volume = 0;
    speechSynthesis.speak(silent);
  } catch {
    // no speech on this platform
  }
}

/** The context opened by {@link unlockAudioEarly} and not yet taken, handed over once. */
export function adoptEarlyAudio(): AudioContext | null {
  const context = early;
  early = null;
  return context;
}
