import { msg } from '../i18n/localize.js';
import type { Level } from '../model/types.js';

/** Which side a drawing shows: the catalog's steps are drawn for the left; the right is their mirror image. */
export type IllustrationSide = 'left' | 'right';

/** What a drawing says in words: its text alternative, a position at a time, and the side it shows. */
export interface Description {
  readonly start: string;
  readonly held: string;
  /** The words on the picture naming the working side, for an exercise done on each side. */
  readonly sideLabel?: string;
}

// Functions, so that the text follows the locale at the time of drawing.
const DESCRIPTIONS: Record<string, (side: IllustrationSide, level: Level) => Description> = {
  'knee-to-chest': (side) => ({
    start: msg('Starting position: lying flat on the back, legs straight, arms by the sides.'),
    held:
      side === 'left'
        ? msg('Held position: the left knee bent and pulled gently towards the chest with both hands, the right leg flat on the floor.')
        : msg('Held position: the right knee bent and pulled gently towards the chest with both hands, the left leg flat on the floor.'),
    sideLabel: side === 'left' ? msg('Left knee') : msg('Right knee'),
  }),
  'lower-back-twist': (side) => ({
    start: msg('Starting position: lying flat on the back, legs straight, arms out to the sides on the floor.'),
    held:
      side === 'left'
        ? msg('Held position: the left knee bent and crossed over the body to the right, hips and lower back twisted, both shoulders flat on the floor.')
        : msg('Held position: the right knee bent and crossed over the body to the left, hips and lower back twisted, both shoulders flat on the floor.'),
    sideLabel: side === 'left' ? msg('Left knee') : msg('Right knee'),
  }),
  'side-trunk-stretch': (side) => ({
    start: msg('Starting position: kneeling with the tops of the feet flat on the floor, arms and body stretched forward, hands on the floor.'),
    held:
      side === 'left'
        ? msg('Held position: hands and upper body walked to the left, hips and knees staying in place, stretching the right side of the trunk.')
        : msg('Held position: hands and upper body walked to the right, hips and knees staying in place, stretching the left side of the trunk.'),
    sideLabel: side === 'left' ? msg('To the left') : msg('To the right'),
  }),
  'half-crunch': () => ({
    start: msg('Starting position: lying on the back, knees bent, feet flat on the floor, hands behind the head.'),
    held: msg('Held position: shoulders lifted just off the floor by tightening the stomach, lower back still on the floor.'),
  }),
  'push-up-back-extension': () => ({
    start: msg('Starting position: lying on the stomach, legs together, hands flat on the floor at shoulder level.'),
    held: msg('Held position: upper body pushed up on the arms, back arched, hips and legs still on the floor.'),
  }),
  'assisted-back-extension': (_side, level) =>
    level === 'advanced'
      ? {
          start: msg('Starting position: lying on the stomach, arms at the sides, legs together.'),
          held: msg('Held position: chest lifted off the floor, arms at the sides, hips and legs pressed into the floor.'),
        }
      : {
          start: msg('Starting position: lying on the stomach, legs together, arms at the sides, palms flat on the floor beside the waist.'),
          held: msg('Held position: chest lifted off the floor with a light push from the hands, hips and legs pressed into the floor.'),
        },
};

/** Whether there are words for this exercise id (own keys only: never `toString` and the like). */
export function hasDescription(exerciseId: string): boolean {
  return Object.hasOwn(DESCRIPTIONS, exerciseId);
}

/** The words of a drawing, in the language in force. */
export function describe(exerciseId: string, side: IllustrationSide, level: Level): Description {
  return DESCRIPTIONS[exerciseId](side, level);
}
