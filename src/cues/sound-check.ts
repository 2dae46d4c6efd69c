import type { CueSound } from '../timing/cue-timeline.js';
import type { BeepPlayer } from './beeps.js';
import type { Voice } from './voice.js';

/** What a sound check could play: the beeps, and the spoken sentence. */
export interface SoundCheckResult {
  sound: boolean;
  speech: boolean;
}

/** The sounds of a sound check, with their delays in ms: the 3-2-1 before a hold ends, then switching sides. */
const CHECK_SOUNDS: [CueSound, number][] = [
  ['count', 0],
  ['count', 1000],
  ['count', 2000],
  ['switch', 3000],
];

/**
 * Plays the tones a session gives most (3-2-1, switch sides) and says `sentence` in `lang`. Call
 * from inside a click: that also unlocks sound and speech for the session that follows. Returns
 * what the browser could play; a phone on mute cannot be told apart from one that played.
 */
export function playSoundCheck(beeps: BeepPlayer, voice: Voice, sentence: string, lang: string): SoundCheckResult {
  beeps.unlock();
  const sound = beeps.available && !beeps.refused;
  if (sound) {
    beeps.cancelAll();
    for (const [cue, delay] of CHECK_SOUNDS) beeps.book(cue, delay);
  }
  return { sound, speech: voice.say(sentence, lang) };
}
