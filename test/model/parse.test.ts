import { expect } from '@open-wc/testing';
import { DataError, parseExercise, parseRoutine, resolveRoutine, getExercise } from '../../src/index.js';

const valid = () => ({
  id: 'wall-sit',
  name: 'Wall sit',
  kind: 'strength',
  targets: ['thighs'],
  steps: ['Lean against a wall', 'Slide down until knees are bent'],
  cautions: ['Stop if your knees hurt'],
  dose: { holdSeconds: 30, reps: 3, sets: 1, eachSide: false },
});

function problemsOf(run: () => unknown): string[] {
  try {
    run();
  } catch (error) {
    expect(error).to.be.instanceOf(DataError);
    return (error as DataError).problems.map((p) => `${p.path}: ${p.message}`);
  }
  throw new Error('expected a DataError, but the input was accepted');
}

type Change = (input: Record<string, any>) => unknown;

const badExercises: [string, Change, string, RegExp][] = [
  ['negative hold', (x) => (x.dose.holdSeconds = -5), 'dose.holdSeconds', /must be a whole number from 1 to 3600, got -5/],
  ['zero hold', (x) => (x.dose.holdSeconds = 0), 'dose.holdSeconds', /from 1 to 3600, got 0/],
  ['absurd hold', (x) => (x.dose.holdSeconds = 1e9), 'dose.holdSeconds', /got 1000000000/],
  ['fractional hold', (x) => (x.dose.holdSeconds = 2.5), 'dose.holdSeconds', /whole number.*got 2.5/],
  ['hold as text', (x) => (x.dose.holdSeconds = '45'), 'dose.holdSeconds', /got "45"/],
  ['NaN hold', (x) => (x.dose.holdSeconds = NaN), 'dose.holdSeconds', /got not a number/],
  ['missing hold', (x) => delete x.dose.holdSeconds, 'dose.holdSeconds', /got nothing/],
  ['zero reps', (x) => (x.dose.reps = 0), 'dose.reps', /from 1 to 500, got 0/],
  ['reps per level missing one', (x) => (x.dose.reps = { beginner: 5, advanced: 8 }), 'dose.reps.intermediate', /got nothing/],
  ['reps per level unknown level', (x) => (x.dose.reps = { beginner: 5, intermediate: 6, advanced: 8, expert: 9 }), 'dose.reps.expert', /not a known field/],
  ['reps as a list', (x) => (x.dose.reps = [8, 10]), 'dose.reps', /or one per level/],
  ['too many sets', (x) => (x.dose.sets = 51), 'dose.sets', /from 1 to 50, got 51/],
  ['each side as text', (x) => (x.dose.eachSide = 'yes'), 'dose.eachSide', /true or false, got "yes"/],
  ['negative rest', (x) => (x.dose.restSeconds = -1), 'dose.restSeconds', /from 0 to 3600, got -1/],
  ['typo in a dose field', (x) => (x.dose.holdSecs = 5), 'dose.holdSecs', /not a known field/],
  ['a dose that adds up to days', (x) => (x.dose = { holdSeconds: 3600, reps: 500, sets: 50, eachSide: true }), 'dose', /more than 3 hours/],
  ['dose missing', (x) => delete x.dose, 'dose', /must be an object/],
  ['id with spaces', (x) => (x.id = 'Wall Sit'), 'id', /lowercase letters and digits joined by hyphens/],
  ['id too long', (x) => (x.id = 'a'.repeat(65)), 'id', /at most 64 characters/],
  ['empty name', (x) => (x.name = '   '), 'name', /must not be empty/],
  ['name too long', (x) => (x.name = 'x'.repeat(121)), 'name', /at most 120 characters, got 121/],
  ['markup in the name', (x) => (x.name = '<img src=x onerror=alert(1)>'), 'name', /plain text without HTML tags/],
  ['markup in a step', (x) => (x.steps[1] = 'Slide <b>down</b>'), 'steps[1]', /plain text without HTML tags/],
  ['script in a caution', (x) => (x.cautions = ['<script>alert(1)</script>']), 'cautions[0]', /without HTML tags/],
  ['control characters', (x) => (x.steps[0] = 'Lean\u0007 back'), 'steps[0]', /control characters/],
  ['no steps', (x) => (x.steps = []), 'steps', /from 1 to 30 entries, got 0/],
  ['steps not a list', (x) => (x.steps = 'Lean against a wall'), 'steps', /must be a list of texts/],
  ['a step that is a number', (x) => (x.steps[0] = 5), 'steps[0]', /must be text, got 5/],
  ['unknown kind', (x) => (x.kind = 'cardio'), 'kind', /one of "stretch", "strength", got "cardio"/],
  ['too many targets', (x) => (x.targets = Array.from({ length: 21 }, () => 'leg')), 'targets', /from 0 to 20 entries/],
  ['unknown top-level field', (x) => (x.video = 'x.mp4'), 'video', /not a known field/],
];

describe('parseExercise', () => {
  it('accepts a valid exercise, trims text and fills defaults', () => {
    const input = valid();
    input.steps[0] = '  Lean against a wall  ';
    input.dose = { holdSeconds: 30 } as typeof input.dose;
    const exercise = parseExercise(input);
    expect(exercise.steps[0]).to.equal('Lean against a wall');
    expect(exercise.dose).to.deep.equal({ holdSeconds: 30, reps: 1, sets: 1, eachSide: false });
  });

  it('accepts JSON text', () => {
    expect(parseExercise(JSON.stringify(valid())).name).to.equal('Wall sit');
  });

  it('answers malformed JSON with a DataError, not a SyntaxError', () => {
    const problems = problemsOf(() => parseExercise('{"id": "wall-sit",'));
    expect(problems[0]).to.match(/is not valid JSON/);
  });

  it('answers input that is not an object', () => {
    expect(problemsOf(() => parseExercise(null))[0]).to.match(/must be an exercise object, got null/);
    expect(problemsOf(() => parseExercise([1]))[0]).to.match(/got a list/);
  });

  for (const [title, change, path, message] of badExercises) {
    it(`rejects ${title}, naming ${path}`, () => {
      const input = valid() as Record<string, any>;
      change(input);
      const problems = problemsOf(() => parseExercise(input));
      const match = problems.find((p) => p.startsWith(`${path}: `));
      expect(match, `problems were: ${problems.join(' | ')}`).to.not.equal(undefined);
      expect(match).to.match(message);
    });
  }

  it('lists every problem at once, not just the first', () => {
    const input = valid() as Record<string, any>;
    input.name = '';
    input.kind = 'yoga';
    input.dose.holdSeconds = -5;
    input.dose.sets = 0;
    const problems = problemsOf(() => parseExercise(input));
    expect(problems.map((p) => p.split(':')[0])).to.deep.equal(['name', 'kind', 'dose.holdSeconds', 'dose.sets']);
  });

  it('puts every problem into the error message', () => {
    const input = valid() as Record<string, any>;
    input.dose.holdSeconds = -5;
    expect(() => parseExercise(input)).to.throw(DataError, 'exercise: dose.holdSeconds: must be a whole number from 1 to 3600, got -5');
  });
});

describe('parseRoutine', () => {
  const routine = () => ({
    id: 'morning',
    name: 'Morning',
    items: [{ exercise: 'knee-to-chest' }, { exercise: 'half-crunch', dose: { sets: 2 } }, { exercise: valid() }],
  });

  it('accepts catalog ids, inline exercises, bare ids and dose overrides', () => {
    const parsed = parseRoutine({ ...routine(), items: [...routine().items, 'lower-back-twist'] });
    expect(parsed.items).to.have.length(4);
    expect(parsed.items[3]).to.deep.equal({ exercise: 'lower-back-twist' });
    const resolved = resolveRoutine(parsed);
    expect(resolved.exercises.map((e) => e.id)).to.deep.equal(['knee-to-chest', 'half-crunch', 'wall-sit', 'lower-back-twist']);
    expect(resolved.exercises[1].dose.sets).to.equal(2);
    expect(resolved.exercises[1].dose.holdSeconds).to.equal(2);
    expect(resolved.restBetweenSeconds).to.equal(10);
    expect(getExercise('half-crunch')!.dose.sets, 'catalog untouched').to.equal(3);
  });

  const badRoutines: [string, Change, string, RegExp][] = [
    ['an unknown exercise id', (x) => (x.items[1].exercise = 'burpee'), 'items[1].exercise', /not a known exercise, got "burpee"; known exercises are knee-to-chest/],
    ['a bad inline exercise', (x) => (x.items[2].exercise.dose.holdSeconds = -1), 'items[2].exercise.dose.holdSeconds', /got -1/],
    ['a bad dose override', (x) => (x.items[0].dose = { reps: 0 }), 'items[0].dose.reps', /got 0/],
    ['no items', (x) => (x.items = []), 'items', /list of 1 to 50 exercises/],
    ['an item that is a number', (x) => (x.items[0] = 7), 'items[0]', /must be an exercise id/],
    ['markup in the name', (x) => (x.name = 'Morning <i>fun</i>'), 'name', /without HTML tags/],
    ['absurd rest between exercises', (x) => (x.restBetweenSeconds = 100000), 'restBetweenSeconds', /from 0 to 600/],
  ];
  for (const [title, change, path, message] of badRoutines) {
    it(`rejects ${title}, naming ${path}`, () => {
      const input = routine() as Record<string, any>;
      change(input);
      const problems = problemsOf(() => parseRoutine(input));
      const match = problems.find((p) => p.startsWith(`${path}: `));
      expect(match, `problems were: ${problems.join(' | ')}`).to.not.equal(undefined);
      expect(match).to.match(message);
    });
  }

  it('answers malformed JSON', () => {
    expect(problemsOf(() => parseRoutine('[oops'))[0]).to.match(/is not valid JSON/);
  });
});
