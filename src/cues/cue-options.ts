/** Which cues a timer gives. */
export interface CueOptions {
  beep: boolean;
  voice: boolean;
  vibrate: boolean;
}

const TOKENS = ['beep', 'voice', 'vibrate'] as const;

/** The default cues of a timer (and a card's timer): sounds and vibration, no voice. */
export const DEFAULT_CUES = 'beep vibrate';

/** The cues a routine player starts with by default: all three (the voice only where the browser can speak). */
export const PLAYER_DEFAULT_CUES = 'beep voice vibrate';

/**
 * Reads a `cues` attribute: space-separated tokens `beep`, `voice`, `vibrate`,
 * or `none`. Returns the options, or a problem message naming the bad token.
 */
export function parseCues(value: string | null | undefined): { options: CueOptions } | { problem: string } {
  const tokens = (value ?? DEFAULT_CUES).trim().toLowerCase().split(/\s+/).filter(Boolean);
  const options: CueOptions = { beep: false, voice: false, vibrate: false };
  if (tokens.length === 1 && tokens[0] === 'none') return { options };
  for (const token of tokens) {
    if (!(TOKENS as readonly string[]).includes(token)) {
      return { problem: `must be "none" or any of ${TOKENS.join(', ')} separated by spaces, got "${token.slice(0, 40)}"` };
    }
    options[token as (typeof TOKENS)[number]] = true;
  }
  return { options };
}
