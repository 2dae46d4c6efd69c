import { expect } from '@open-wc/testing';
import { EXERCISES, LEVELS, countAtLevel, type Exercise } from '../../src/model/index.js';

/**
 * Where every sentence of the source article now lives in the catalog. Steps say
 * how; the dose says how much; cautions, targets and the progression have their
 * own fields. The article's six exercise sections are copied verbatim into
 * seed-article.txt, and the table must cover every numbered step and every
 * "Stretches …" line of it, in order.
 */

/** Facts a dose sentence states, checked against the exercise's dose at every level. */
interface DoseFacts {
  holdSeconds?: number;
  /** Repetitions at beginner, intermediate and advanced. */
  reps?: [number, number, number];
  sets?: number;
  eachSide?: boolean;
}

type Place =
  | { in: 'step'; text: string }
  | { in: 'caution'; text: string }
  | { in: 'progression'; text: string }
  | { in: 'targets'; text: string[] }
  | { in: 'dose'; facts: DoseFacts };

interface SeedSentence {
  exercise: string;
  sentence: string;
  places: Place[];
}

const step = (text: string): Place => ({ in: 'step', text });
const caution = (text: string): Place => ({ in: 'caution', text });
const dose = (facts: DoseFacts): Place => ({ in: 'dose', facts });
const targets = (...text: string[]): Place => ({ in: 'targets', text });

/** The article's exercise sections by heading, and the catalog id each one became. */
const SECTION_IDS: Record<string, string> = {
  'Knee to Chest': 'knee-to-chest',
  'Lower Back Twist': 'lower-back-twist',
  'Side Trunk Stretch': 'side-trunk-stretch',
  'Half Crunches': 'half-crunch',
  'Push up back extensions': 'push-up-back-extension',
  'Assisted Back Extension': 'assisted-back-extension',
};

function sentences(exercise: string, rows: [string, ...Place[]][]): SeedSentence[] {
  return rows.map(([sentence, ...places]) => ({ exercise, sentence, places }));
}

const SEED_MAP: SeedSentence[] = [
  ...sentences('knee-to-chest', [
    ['Stretches lower back and gluteal muscles', targets('lower back', 'gluteal muscles')],
    ['Lie flat on your back', step('Lie flat on your back')],
    ['Bend one leg at the knee, so calf is parallel to torso', step('Bend one leg at the knee, so calf is parallel to torso')],
    ['Grab thigh or knee', step('Grab thigh or knee')],
    ['Pull knee gently as far towards chest as possible', step('Pull knee gently as far towards chest as possible')],
    ['Hold for 45 seconds', dose({ holdSeconds: 45 })],
    ['Repeat on each side', dose({ eachSide: true })],
  ]),
  ...sentences('lower-back-twist', [
    [
      'Stretches paraspinal muscles (muscles immediately surrounding spine)',
      targets('paraspinal muscles (muscles immediately surrounding spine)'),
    ],
    ['Lie flat on your back', step('Lie flat on your back')],
    ['Bend one leg and cross it over to the opposite side of body', step('Bend one leg and cross it over to the opposite side of body')],
    [
      'Twist hips and lower back while keeping shoulders as flat as possible',
      step('Twist hips and lower back while keeping shoulders as flat as possible'),
    ],
    [
      'Twist until you feel stretch in lower back, then hold for 45 seconds',
      step('Twist until you feel stretch in lower back'),
      dose({ holdSeconds: 45 }),
    ],
    ['Repeat on each side', dose({ eachSide: true })],
  ]),
  ...sentences('side-trunk-stretch', [
    [
      'Stretches side of trunk and latissimus dorsi (side torso muscles)',
      targets('side of trunk', 'latissimus dorsi (side torso muscles)'),
    ],
    ['Kneel on the ground, with the top of your feet flat on the floor', step('Kneel on the ground, with the top of your feet flat on the floor')],
    ['Reach forward on the ground', step('Reach forward on the ground')],
    ['Extend your arms and body as much as possible', step('Extend your arms and body as much as possible')],
    ['Keep legs and knees flat on ground while reaching', step('Keep legs and knees flat on ground while reaching')],
    [
      'While extended, crawl hands and torso to the side while keeping waist straight',
      step('While extended, crawl hands and torso to the side while keeping waist straight'),
    ],
    ['Hold extension for 45 seconds', dose({ holdSeconds: 45 })],
    ['Repeat on each side', dose({ eachSide: true })],
  ]),
  ...sentences('half-crunch', [
    [
      'Get into sit-up position (hands behind head, flat on back, feet flat on floor)',
      step('Get into sit-up position (hands behind head, flat on back, feet flat on floor)'),
    ],
    ['Contract stomach until shoulders are off the floor', step('Contract stomach until shoulders are off the floor')],
    ['Do not use arms, elbows, or momentum to lift shoulders', caution('Do not use arms, elbows, or momentum to lift shoulders.')],
    ['Hold for 2 seconds', dose({ holdSeconds: 2 })],
    ['Do 3 sets of 10, 15, or 25 repetitions, depending on fitness level', dose({ sets: 3, reps: [10, 15, 25] })],
    ['These can be difficult, but do not overwork your abdominals', caution('These can be difficult, but do not overwork your abdominals.')],
  ]),
  ...sentences('push-up-back-extension', [
    ['Lie on your stomach with your legs together', step('Lie on your stomach with your legs together')],
    ['Put hands at about shoulder level, flat on ground', step('Put hands at about shoulder level, flat on ground')],
    ['Push up, so hips and legs stay on ground but upper torso rises', step('Push up, so hips and legs stay on ground but upper torso rises')],
    ['Hold for 10 seconds and repeat 8-10 times', dose({ holdSeconds: 10, reps: [8, 9, 10] })],
  ]),
  ...sentences('assisted-back-extension', [
    ['Lie on stomach', step('Lie on stomach')],
    ['Keep arms at sides', step('Keep arms at sides')],
    ['Keep legs together', step('Keep legs together')],
    ['Press hips and knees into ground to lift chest', step('Press hips and knees into ground to lift chest')],
    [
      'Assist with hands at first, then lift them off ground for full exercise',
      step('Assist with hands at first, then lift them off ground for full exercise'),
      { in: 'progression', text: 'Assist with your hands at first, then lift them off the ground for the full exercise.' },
    ],
    // "A few seconds" is a 3 s hold, a documented choice (README, "Where the article is vague").
    ['Hold chest in air for a few seconds', step('Hold chest in air'), dose({ holdSeconds: 3 })],
    ['If you experience back pain, stop!', caution('If you experience back pain, stop!')],
    ['Repeat 5-8 times', dose({ reps: [5, 6, 8] })],
  ]),
];

/** Each numbered step and "Stretches …" line of the article, with the catalog id of its section. */
function parseSeed(text: string): { exercise: string; sentence: string }[] {
  const found: { exercise: string; sentence: string }[] = [];
  let exercise: string | undefined;
  for (const line of text.split(/\r?\n/)) {
    const heading = /^#\d+: (.+)$/.exec(line);
    if (heading) {
      exercise = SECTION_IDS[heading[1].trim()];
      expect(exercise, `a catalog id for the section "${heading[1]}"`).to.be.a('string');
      continue;
    }
    const sentence = /^\s+\d+\.\s+(.+)$/.exec(line)?.[1] ?? (/^Stretches /.test(line) ? line : undefined);
    if (sentence === undefined) continue;
    expect(exercise, `a section heading before "${line}"`).to.be.a('string');
    found.push({ exercise: exercise!, sentence: sentence.trim() });
  }
  return found;
}

function catalogExercise(id: string): Exercise {
  const exercise = EXERCISES.find((e) => e.id === id);
  expect(exercise, id).to.not.equal(undefined);
  return exercise!;
}

function numbersIn(text: string): number[] {
  return (text.match(/\d+/g) ?? []).map(Number);
}

describe('seed article → catalog map', () => {
  let seed: { exercise: string; sentence: string }[];

  before(async () => {
    const response = await fetch(new URL('./seed-article.txt', import.meta.url));
    expect(response.ok, 'seed-article.txt is served').to.equal(true);
    seed = parseSeed(await response.text());
  });

  it('reads the six exercise sections of the article: 36 numbered steps and 3 targets lines', () => {
    expect(new Set(seed.map((s) => s.exercise)).size).to.equal(6);
    expect(seed.filter((s) => !s.sentence.startsWith('Stretches '))).to.have.length(36);
    expect(seed.filter((s) => s.sentence.startsWith('Stretches '))).to.have.length(3);
  });

  it('maps every sentence of the article, in order, and nothing else', () => {
    expect(SEED_MAP.map(({ exercise, sentence }) => ({ exercise, sentence }))).to.deep.equal(seed);
  });

  for (const { exercise: id, sentence, places } of SEED_MAP) {
    it(`${id}: "${sentence}" lives in ${places.map((p) => p.in).join(' and ')}`, () => {
      const exercise = catalogExercise(id);
      expect(places, 'at least one place').to.not.be.empty;
      for (const place of places) {
        switch (place.in) {
          case 'step':
            expect(exercise.steps, 'steps').to.include(place.text);
            break;
          case 'caution':
            expect(exercise.cautions, 'cautions').to.include(place.text);
            break;
          case 'progression':
            expect(exercise.progression, 'progression').to.equal(place.text);
            break;
          case 'targets':
            expect(exercise.targets, 'targets').to.deep.equal(place.text);
            break;
          case 'dose': {
            const { facts } = place;
            if (facts.holdSeconds !== undefined) expect(exercise.dose.holdSeconds, 'holdSeconds').to.equal(facts.holdSeconds);
            if (facts.sets !== undefined) expect(exercise.dose.sets, 'sets').to.equal(facts.sets);
            if (facts.eachSide !== undefined) expect(exercise.dose.eachSide, 'eachSide').to.equal(facts.eachSide);
            if (facts.reps !== undefined) {
              expect(LEVELS.map((level) => countAtLevel(exercise.dose.reps, level)), 'reps by level').to.deep.equal(facts.reps);
            }
            // Every number the sentence says is a value of the dose; a range "8-10" is the lowest and highest level.
            const values = [facts.holdSeconds, facts.sets, ...(facts.reps ?? [])].filter((v) => v !== undefined);
            for (const number of numbersIn(sentence)) expect(values, `the dose says ${number}`).to.include(number);
            const range = /(\d+)-(\d+)/.exec(sentence);
            if (range) expect([facts.reps?.[0], facts.reps?.[2]], 'the range spans the levels').to.deep.equal([Number(range[1]), Number(range[2])]);
            break;
          }
        }
      }
    });
  }

  for (const exercise of EXERCISES) {
    it(`${exercise.id}: every step comes from the article, in the article's order`, () => {
      const mappedSteps = SEED_MAP.filter((s) => s.exercise === exercise.id)
        .flatMap((s) => s.places)
        .flatMap((place) => (place.in === 'step' ? [place.text] : []));
      expect(exercise.steps).to.deep.equal(mappedSteps);
    });

    it(`${exercise.id}: the dose holds what the article says and nothing more`, () => {
      const facts = SEED_MAP.filter((s) => s.exercise === exercise.id)
        .flatMap((s) => s.places)
        .flatMap((place) => (place.in === 'dose' ? [place.facts] : []));
      const said = Object.assign({ reps: [1, 1, 1], sets: 1, eachSide: false }, ...facts) as Required<DoseFacts>;
      expect(exercise.dose.holdSeconds, 'holdSeconds').to.equal(said.holdSeconds);
      expect(LEVELS.map((level) => countAtLevel(exercise.dose.reps, level)), 'reps').to.deep.equal(said.reps);
      expect(exercise.dose.sets, 'sets').to.equal(said.sets);
      expect(exercise.dose.eachSide, 'eachSide').to.equal(said.eachSide);
    });
  }
});
