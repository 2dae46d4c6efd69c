import { PLAYER_DEFAULT_CUES, parseCues, type CueOptions } from '../cues/cue-options.js';
import { Checker, LIMITS } from '../model/checker.js';
import type { DataProblem } from '../model/data-error.js';
import { LEVELS } from '../model/types.js';
import type { RoutinePlayer } from './routine-player.js';

const PACES = ['timer', 'done'] as const;
const PAIN_THRESHOLD = { min: 1, max: 10 };

/** The player's properties whose attributes are checked here. */
export const CHECKED_PROPERTIES = ['level', 'cues', 'pace', 'painThreshold', 'name'];

/**
 * Checks the player's own attributes (`level`, `cues`, `pace`, `pain-threshold`, `name`): the
 * problems found, and the pain threshold when `pain-threshold` is valid.
 */
export function checkPlayerAttributes(player: RoutinePlayer): [problems: DataProblem[], threshold: number | undefined] {
  const check = new Checker();
  check.oneOf('level', player.level ?? 'beginner', LEVELS);
  const cues = parseCues(player.cues ?? PLAYER_DEFAULT_CUES);
  if ('problem' in cues) check.fail('cues', cues.problem);
  check.oneOf('pace', player.pace, PACES);
  const threshold = check.wholeNumberText('pain-threshold', player.painThreshold, PAIN_THRESHOLD);
  if (player.name !== null) check.text('name', player.name, LIMITS.nameLength);
  return [check.problems, threshold];
}

/** The cues a session starts with, from `cues` (all three when absent or invalid): a voice only where the browser can speak. */
export function startingCues(cues: string | null, canSpeak: boolean): CueOptions {
  const parsed = parseCues(cues ?? PLAYER_DEFAULT_CUES);
  const options = 'options' in parsed ? parsed.options : { beep: true, voice: true, vibrate: true };
  // A voice is the most useful cue for a person on the floor, where the browser can speak at all.
  return { ...options, voice: options.voice && canSpeak };
}

/** Whether this browser has speech at all. */
export function speechAvailable(): boolean {
  try {
    return typeof speechSynthesis !== 'undefined' && !!speechSynthesis;
  } catch {
    return false; // a platform whose speechSynthesis throws when touched has no voice for us
  }
}
