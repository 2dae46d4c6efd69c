import { msg, str } from './localize.js';
import { secondsInWords } from './format.js';
import type { Segment } from '../model/plan.js';
import type { MovementCue } from './movement-cues.js';

/** What is happening now, in a few words: `Left side`, `Rest`, `Switch sides`. */
export function phaseLabel(segment: Segment): string {
  switch (segment.kind) {
    case 'prepare':
      return msg('Get ready');
    case 'transition':
      return msg('Get into position');
    case 'switch-sides':
      return msg('Switch sides');
    case 'rest':
      return segment.restBetween === 'sets' ? msg('Rest between sets') : msg('Rest');
    case 'hold':
      if (segment.side === 'left') return msg('Left side');
      if (segment.side === 'right') return msg('Right side');
      return msg('Hold');
  }
}

/** Where in the count we are: `Rep 3 of 15 · Set 2 of 3`; empty for a single hold. */
export function countLabel(segment: Segment): string {
  const parts: string[] = [];
  if (segment.reps > 1) parts.push(msg(str`Rep ${segment.rep} of ${segment.reps}`));
  if (segment.sets > 1) parts.push(msg(str`Set ${segment.set} of ${segment.sets}`));
  return parts.join(' · ');
}

/** Seconds as words for speech and screen readers, with the language's plural: `45 seconds`, `45 segundos`. */
function spokenSeconds(ms: number): string {
  return secondsInWords(Math.round(ms / 1000));
}

/** What to announce as a segment begins, for the screen reader's live region and the voice. */
export interface Announcement {
  /** For the live region: said once per phase change, never per repetition. */
  live: string | null;
  /** For the voice: may also count repetitions aloud. */
  voice: string | null;
}

/**
 * The announcement for the start of `segment`. With the exercise's `cue`, a hold says the movement
 * (after the side, before the time), each further repetition says its number and the movement
 * ("2, up") rather than the number alone, and the rest after a repetition says the way back ("And down").
 */
export function announce(segment: Segment, cue: MovementCue | null = null): Announcement {
  const firstOfSet = segment.rep === 1;
  switch (segment.kind) {
    case 'prepare': {
      const text = segment.side === 'left' ? msg('Get ready. Start on your left side.') : msg('Get ready.');
      return { live: text, voice: text };
    }
    case 'transition': {
      const text = msg('Get into position for the next exercise.');
      return { live: text, voice: text };
    }
    case 'switch-sides': {
      const text = msg('Switch to your right side.');
      return { live: text, voice: text };
    }
    case 'rest': {
      if (segment.restBetween !== 'sets') return { live: null, voice: cue?.back ?? msg('Rest') };
      const text = msg(str`Rest. Set ${segment.set + 1} of ${segment.sets} next.`);
      return { live: text, voice: text };
    }
    case 'hold': {
      const hold = spokenSeconds(segment.duration);
      const side = segment.side === 'left' ? msg('Left side.') : segment.side === 'right' ? msg('Right side.') : '';
      const movement = cue ? `${cue.go}.` : '';
      if (segment.reps === 1 && segment.sets === 1) {
        const text = [side, movement, msg(str`Hold ${hold}.`)].filter(Boolean).join(' ');
        return { live: text, voice: text };
      }
      if (!firstOfSet) return { live: null, voice: cue ? msg(str`${segment.rep}, ${cue.go}`, { desc: 'a repetition number, then the movement: "2, Up"' }) : String(segment.rep) };
      const set = segment.sets > 1 ? msg(str`Set ${segment.set} of ${segment.sets}.`) : '';
      const text = [side, set, movement, msg(str`${segment.reps} repetitions, hold ${hold} each.`)].filter(Boolean).join(' ');
      return { live: text, voice: text };
    }
  }
}

/** Said when a timer or routine is finished. */
export function doneAnnouncement(): string {
  return msg('Done. Well done!');
}

/** Said once a few seconds before a long hold ends. */
export function secondsLeftAnnouncement(seconds: number): string {
  return msg(str`${seconds} seconds left`);
}

