import { EXERCISES } from '../model/catalog.js';
import type { Side } from '../model/plan.js';
import type { Exercise } from '../model/types.js';
import { msg } from './localize.js';

/**
 * What to do in a hold, in a few words a person on the mat can read and hear: for a hold on
 * each side, which limb goes where; for repetitions, the movement itself ("Up … and down").
 */
export interface MovementCue {
  /** Shown under the phase label during each hold: "Pull your left knee towards your chest", "Up … and down". */
  readonly shown: string;
  /** Said as each hold begins: the whole cue for a held stretch, the first half for repetitions ("Up"). */
  readonly go: string;
  /** For repetitions: said as the rest after each one begins ("And down"). */
  readonly back?: string;
}

/**
 * The cues of the catalog, by exercise id. Sides follow the drawings (src/illustrations/descriptions.ts):
 * the left side of knee to chest pulls the left knee; of the twist, the left knee crosses over to the
 * right; of the side trunk stretch, the hands walk to the left, which stretches the right side of the trunk.
 * Functions, so that the words follow the locale at the time they are asked for; `null` where the
 * cue needs a side and none is given.
 */
const CUES: Record<string, (side: Side | null) => MovementCue | null> = {
  'knee-to-chest': (side) =>
    side &&
    held(side === 'left' ? msg('Pull your left knee towards your chest') : msg('Pull your right knee towards your chest')),
  'lower-back-twist': (side) =>
    side &&
    held(
      side === 'left'
        ? msg('Cross your left knee over to the right, shoulders flat')
        : msg('Cross your right knee over to the left, shoulders flat'),
    ),
  'side-trunk-stretch': (side) =>
    side &&
    held(
      side === 'left'
        ? msg('Walk your hands to the left — feel the stretch along your right side')
        : msg('Walk your hands to the right — feel the stretch along your left side'),
    ),
  'half-crunch': () => ({ shown: msg('Up … and down'), go: msg('Up'), back: msg('And down') }),
  'push-up-back-extension': () => ({ shown: msg('Push up … and lower'), go: msg('Push up'), back: msg('And lower') }),
  'assisted-back-extension': () => ({ shown: msg('Lift … and lower'), go: msg('Lift'), back: msg('And lower') }),
};

function held(text: string): MovementCue {
  return { shown: text, go: text };
}

/**
 * The cue of `exercise` on `side`, in the language in force: only for a catalog exercise whose
 * steps are the catalog's own (its dose may differ), so that an author's exercise that happens
 * to share an id is never told a movement it does not have; `null` otherwise.
 * Pass the exercise as read (the English catalog text), not a translated copy.
 */
export function movementCue(exercise: Exercise, side: Side | null): MovementCue | null {
  const catalog = Object.hasOwn(CUES, exercise.id) ? EXERCISES.find(({ id }) => id === exercise.id) : undefined;
  if (!catalog || catalog.steps.length !== exercise.steps.length || catalog.steps.some((step, i) => step !== exercise.steps[i])) return null;
  return CUES[exercise.id](side);
}
