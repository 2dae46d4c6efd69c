import type { Exercise, Routine } from './types.js';

const STOP_IF_PAIN = 'If you experience back pain, stop!';

/**
 * The six exercises of the source article "6 Ways to Strengthen Your Lower Back
 * & Reduce Pain", with every step, hold, count, side and caution it gives.
 *
 * Steps say how; the dose says how much. The article's sentences of time and
 * count ("Hold for 45 seconds", "Repeat on each side") live in `dose` only, so
 * a changed dose never leaves a step that contradicts it, and its cautions live
 * in `cautions` only. test/model/seed-map.test.ts maps every article sentence.
 *
 * Choices where the article is vague, documented in the README:
 * - "8-10 times" maps to 8 / 9 / 10 and "5-8 times" to 5 / 6 / 8 by level;
 * - "a few seconds" is a 3 s hold;
 * - the article's "If you experience back pain, stop!" is carried to every exercise.
 */
export const EXERCISES: readonly Exercise[] = Object.freeze([
  {
    id: 'knee-to-chest',
    name: 'Knee to Chest',
    kind: 'stretch',
    targets: ['lower back', 'gluteal muscles'],
    steps: [
      'Lie flat on your back',
      'Bend one leg at the knee, so calf is parallel to torso',
      'Grab thigh or knee',
      'Pull knee gently as far towards chest as possible',
    ],
    cautions: ['Pull gently; never force the stretch.', STOP_IF_PAIN],
    startPosition: 'Lie flat on your back',
    dose: { holdSeconds: 45, reps: 1, sets: 1, eachSide: true },
  },
  {
    id: 'lower-back-twist',
    name: 'Lower Back Twist',
    kind: 'stretch',
    targets: ['paraspinal muscles (muscles immediately surrounding spine)'],
    steps: [
      'Lie flat on your back',
      'Bend one leg and cross it over to the opposite side of body',
      'Twist hips and lower back while keeping shoulders as flat as possible',
      'Twist until you feel stretch in lower back',
    ],
    cautions: ['Twist only until you feel the stretch in your lower back.', STOP_IF_PAIN],
    startPosition: 'Lie flat on your back',
    dose: { holdSeconds: 45, reps: 1, sets: 1, eachSide: true },
  },
  {
    id: 'side-trunk-stretch',
    name: 'Side Trunk Stretch',
    kind: 'stretch',
    targets: ['side of trunk', 'latissimus dorsi (side torso muscles)'],
    steps: [
      'Kneel on the ground, with the top of your feet flat on the floor',
      'Reach forward on the ground',
      'Extend your arms and body as much as possible',
      'Keep legs and knees flat on ground while reaching',
      'While extended, crawl hands and torso to the side while keeping waist straight',
    ],
    cautions: ['Keep your waist straight as you move to the side.', STOP_IF_PAIN],
    startPosition: 'Kneel on the ground, with the top of your feet flat on the floor',
    dose: { holdSeconds: 45, reps: 1, sets: 1, eachSide: true },
  },
  {
    id: 'half-crunch',
    name: 'Half Crunches',
    kind: 'strength',
    targets: ['front abdominals'],
    steps: [
      'Get into sit-up position (hands behind head, flat on back, feet flat on floor)',
      'Contract stomach until shoulders are off the floor',
    ],
    cautions: [
      'Do not use arms, elbows, or momentum to lift shoulders.',
      'These can be difficult, but do not overwork your abdominals.',
      STOP_IF_PAIN,
    ],
    startPosition: 'Get into sit-up position: hands behind head, flat on back, feet flat on floor',
    dose: {
      holdSeconds: 2,
      reps: { beginner: 10, intermediate: 15, advanced: 25 },
      sets: 3,
      eachSide: false,
    },
  },
  {
    id: 'push-up-back-extension',
    name: 'Push-up Back Extensions',
    kind: 'strength',
    targets: ['lower back'],
    steps: [
      'Lie on your stomach with your legs together',
      'Put hands at about shoulder level, flat on ground',
      'Push up, so hips and legs stay on ground but upper torso rises',
    ],
    cautions: ['Keep your hips and legs on the ground.', STOP_IF_PAIN],
    startPosition: 'Lie on your stomach with your legs together',
    dose: {
      holdSeconds: 10,
      reps: { beginner: 8, intermediate: 9, advanced: 10 },
      sets: 1,
      eachSide: false,
    },
  },
  {
    id: 'assisted-back-extension',
    name: 'Assisted Back Extension',
    kind: 'strength',
    targets: ['lower back', 'gluteal muscles'],
    steps: [
      'Lie on stomach',
      'Keep arms at sides',
      'Keep legs together',
      'Press hips and knees into ground to lift chest',
      'Assist with hands at first, then lift them off ground for full exercise',
      'Hold chest in air',
    ],
    cautions: [STOP_IF_PAIN],
    progression: 'Assist with your hands at first, then lift them off the ground for the full exercise.',
    startPosition: 'Lie on your stomach, arms at your sides, legs together',
    dose: {
      holdSeconds: 3,
      reps: { beginner: 5, intermediate: 6, advanced: 8 },
      sets: 1,
      eachSide: false,
    },
  },
] satisfies Exercise[]);

/** Built-in routines: the whole article, its stretches, and its strengthening exercises. */
export const ROUTINES: readonly Routine[] = Object.freeze([
  {
    id: 'lower-back',
    name: 'Lower back: stretch and strengthen',
    items: [
      { exercise: 'knee-to-chest' },
      { exercise: 'lower-back-twist' },
      { exercise: 'side-trunk-stretch' },
      { exercise: 'half-crunch' },
      { exercise: 'push-up-back-extension' },
      { exercise: 'assisted-back-extension' },
    ],
  },
  {
    id: 'lower-back-stretches',
    name: 'Lower back stretches',
    items: [{ exercise: 'knee-to-chest' }, { exercise: 'lower-back-twist' }, { exercise: 'side-trunk-stretch' }],
  },
  {
    id: 'trunk-strength',
    name: 'Trunk strength',
    items: [
      { exercise: 'half-crunch' },
      { exercise: 'push-up-back-extension' },
      { exercise: 'assisted-back-extension' },
    ],
  },
] satisfies Routine[]);

/** Ids of the built-in exercises, in catalog order. */
export const EXERCISE_IDS: readonly string[] = EXERCISES.map((exercise) => exercise.id);

/** Ids of the built-in routines. */
export const ROUTINE_IDS: readonly string[] = ROUTINES.map((routine) => routine.id);

/** A built-in exercise by id, or `undefined`. Returns a copy the caller may change. */
export function getExercise(id: string): Exercise | undefined {
  const found = EXERCISES.find((exercise) => exercise.id === id);
  return found ? structuredClone(found) : undefined;
}

/** A built-in routine by id, or `undefined`. Returns a copy the caller may change. */
export function getRoutine(id: string): Routine | undefined {
  const found = ROUTINES.find((routine) => routine.id === id);
  return found ? structuredClone(found) : undefined;
}
