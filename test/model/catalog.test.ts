import { expect } from '@open-wc/testing';
import {
  EXERCISES,
  EXERCISE_IDS,
  ROUTINES,
  getExercise,
  getRoutine,
  parseExercise,
  parseRoutine,
  doseAtLevel,
  countAtLevel,
  type Level,
} from '../../src/index.js';

describe('catalog', () => {
  it('holds the six exercises of the article in order, stretches first', () => {
    expect(EXERCISE_IDS).to.deep.equal([
      'knee-to-chest',
      'lower-back-twist',
      'side-trunk-stretch',
      'half-crunch',
      'push-up-back-extension',
      'assisted-back-extension',
    ]);
    expect(EXERCISES.map((e) => e.kind)).to.deep.equal(['stretch', 'stretch', 'stretch', 'strength', 'strength', 'strength']);
  });

  it('gives the three stretches a 45 s hold on each side', () => {
    for (const id of ['knee-to-chest', 'lower-back-twist', 'side-trunk-stretch']) {
      const dose = getExercise(id)!.dose;
      expect(dose, id).to.include({ holdSeconds: 45, reps: 1, sets: 1, eachSide: true });
    }
  });

  it('gives half crunches 3 sets of 10, 15 or 25 with a 2 s hold by level', () => {
    const dose = getExercise('half-crunch')!.dose;
    expect(dose.holdSeconds).to.equal(2);
    expect(dose.sets).to.equal(3);
    expect(dose.eachSide).to.equal(false);
    expect(dose.reps).to.deep.equal({ beginner: 10, intermediate: 15, advanced: 25 });
  });

  it('maps the ranges 8-10 and 5-8 onto the levels', () => {
    const pushUp = getExercise('push-up-back-extension')!.dose;
    const assisted = getExercise('assisted-back-extension')!.dose;
    const levels: Level[] = ['beginner', 'intermediate', 'advanced'];
    expect(levels.map((l) => countAtLevel(pushUp.reps, l))).to.deep.equal([8, 9, 10]);
    expect(pushUp.holdSeconds).to.equal(10);
    expect(levels.map((l) => countAtLevel(assisted.reps, l))).to.deep.equal([5, 6, 8]);
    expect(assisted.holdSeconds, 'a few seconds').to.equal(3);
  });

  it('carries the steps of the article word for word, without their dose (seed-map.test.ts maps every sentence)', () => {
    expect(getExercise('knee-to-chest')!.steps).to.have.length(4);
    expect(getExercise('knee-to-chest')!.steps[3]).to.equal('Pull knee gently as far towards chest as possible');
    expect(getExercise('lower-back-twist')!.steps).to.have.length(4);
    expect(getExercise('lower-back-twist')!.steps[3]).to.equal('Twist until you feel stretch in lower back');
    expect(getExercise('side-trunk-stretch')!.steps).to.have.length(5);
    expect(getExercise('side-trunk-stretch')!.steps[4]).to.equal(
      'While extended, crawl hands and torso to the side while keeping waist straight',
    );
    expect(getExercise('half-crunch')!.steps).to.deep.equal([
      'Get into sit-up position (hands behind head, flat on back, feet flat on floor)',
      'Contract stomach until shoulders are off the floor',
    ]);
    expect(getExercise('push-up-back-extension')!.steps).to.have.length(3);
    expect(getExercise('assisted-back-extension')!.steps).to.have.length(6);
    expect(getExercise('assisted-back-extension')!.steps[5]).to.equal('Hold chest in air');
  });

  it('keeps time and count out of the steps: the dose says how much', () => {
    const doseWords = /\d|\b(seconds?|minutes?|times?|sets?|repetitions?|reps?|repeat|once|twice|each side)\b/i;
    for (const exercise of EXERCISES) {
      for (const step of exercise.steps) expect(step, `${exercise.id} step`).to.not.match(doseWords);
    }
  });

  it('says each caution once, set apart, never again as a step', () => {
    const plain = (text: string) => text.toLowerCase().replace(/[^a-z]+/g, ' ').trim();
    for (const exercise of EXERCISES) {
      const cautions = exercise.cautions.map(plain);
      for (const step of exercise.steps) expect(cautions, `${exercise.id}: "${step}"`).to.not.include(plain(step));
    }
  });

  it('carries the targets, cautions and the assisted-then-unassisted progression', () => {
    expect(getExercise('knee-to-chest')!.targets).to.deep.equal(['lower back', 'gluteal muscles']);
    expect(getExercise('lower-back-twist')!.targets[0]).to.contain('paraspinal muscles');
    expect(getExercise('side-trunk-stretch')!.targets.join(' ')).to.contain('latissimus dorsi');
    expect(getExercise('half-crunch')!.cautions).to.include('These can be difficult, but do not overwork your abdominals.');
    expect(getExercise('half-crunch')!.cautions).to.include('Do not use arms, elbows, or momentum to lift shoulders.');
    expect(getExercise('assisted-back-extension')!.progression).to.match(/hands at first.*lift them off the ground/);
    for (const exercise of EXERCISES) {
      expect(exercise.cautions, exercise.id).to.include('If you experience back pain, stop!');
    }
  });

  it('hands out copies, so a page cannot change the catalog for everyone', () => {
    const copy = getExercise('knee-to-chest')!;
    copy.dose.holdSeconds = 1;
    copy.steps.push('extra');
    expect(getExercise('knee-to-chest')!.dose.holdSeconds).to.equal(45);
    expect(getExercise('knee-to-chest')!.steps).to.have.length(4);
    expect(getExercise('nope')).to.equal(undefined);
  });

  it('has valid built-in data that survives its own parser', () => {
    for (const exercise of EXERCISES) expect(parseExercise(structuredClone(exercise))).to.deep.equal(exercise);
    for (const routine of ROUTINES) expect(parseRoutine(structuredClone(routine))).to.deep.equal(routine);
  });

  it('has the three routines: the whole article, its stretches and its strengthening', () => {
    expect(getRoutine('lower-back')!.items.map((i) => i.exercise)).to.deep.equal([...EXERCISE_IDS]);
    expect(getRoutine('lower-back-stretches')!.items.map((i) => i.exercise)).to.deep.equal(EXERCISE_IDS.slice(0, 3));
    expect(getRoutine('trunk-strength')!.items.map((i) => i.exercise)).to.deep.equal(EXERCISE_IDS.slice(3));
  });

  it('fills documented defaults for times the article leaves open', () => {
    const dose = doseAtLevel(getExercise('half-crunch')!.dose, 'advanced');
    expect(dose).to.deep.equal({
      holdSeconds: 2,
      reps: 25,
      sets: 3,
      eachSide: false,
      restSeconds: 3,
      setRestSeconds: 30,
      prepareSeconds: 5,
      switchSeconds: 5,
    });
  });
});
