import { expect } from '@open-wc/testing';
import { EXERCISES, LEVELS, doseAtLevel, getExercise, planExercise, sumOf, segmentIndexAt, type Plan } from '../../src/index.js';

function shape(plan: Plan): string[] {
  return plan.segments.map((s) => `${s.kind}${s.side ? `:${s.side}` : ''}:${s.duration / 1000}`);
}

function expectContiguous(plan: Plan): void {
  let offset = 0;
  for (const segment of plan.segments) {
    expect(segment.start).to.equal(offset);
    expect(segment.duration).to.be.greaterThan(0);
    offset += segment.duration;
  }
  expect(plan.total).to.equal(offset);
}

describe('planExercise', () => {
  it('plans a 45 s each-side stretch: get ready, left 45 s, switch, right 45 s', () => {
    const plan = planExercise(getExercise('knee-to-chest')!, 'beginner');
    expect(shape(plan)).to.deep.equal(['prepare:left:5', 'hold:left:45', 'switch-sides:right:5', 'hold:right:45']);
    expect(plan.total).to.equal(100_000);
    expect(sumOf(plan, 'hold', 'left')).to.equal(sumOf(plan, 'hold', 'right'));
  });

  it('plans advanced half crunches as 3 sets of 25 holds of 2 s with rests', () => {
    const plan = planExercise(getExercise('half-crunch')!, 'advanced');
    const holds = plan.segments.filter((s) => s.kind === 'hold');
    expect(holds).to.have.length(75);
    expect(holds.every((s) => s.duration === 2000 && s.side === null)).to.equal(true);
    expect(holds.map((s) => `${s.set}.${s.rep}`).slice(23, 27)).to.deep.equal(['1.24', '1.25', '2.1', '2.2']);
    const rests = plan.segments.filter((s) => s.kind === 'rest');
    expect(rests.filter((s) => s.restBetween === 'reps')).to.have.length(72);
    expect(rests.filter((s) => s.restBetween === 'sets').map((s) => s.duration)).to.deep.equal([30_000, 30_000]);
    expect(plan.total).to.equal(5000 + 75 * 2000 + 72 * 3000 + 2 * 30_000);
    expectContiguous(plan);
  });

  it('never ends on a rest and never rests after the last repetition', () => {
    for (const exercise of EXERCISES) {
      for (const level of LEVELS) {
        const plan = planExercise(exercise, level);
        expect(plan.segments.at(-1)!.kind, `${exercise.id} ${level}`).to.equal('hold');
      }
    }
  });

  for (const exercise of EXERCISES) {
    for (const level of LEVELS) {
      it(`plans ${exercise.id} at ${level} with the dose's counts, equal sides and a total that is the sum`, () => {
        const dose = doseAtLevel(exercise.dose, level);
        const plan = planExercise(exercise, level);
        const sides = dose.eachSide ? 2 : 1;
        const holds = plan.segments.filter((s) => s.kind === 'hold');
        expect(holds).to.have.length(dose.reps * dose.sets * sides);
        expect(holds.every((s) => s.duration === dose.holdSeconds * 1000)).to.equal(true);
        if (dose.eachSide) expect(sumOf(plan, 'hold', 'left')).to.equal(sumOf(plan, 'hold', 'right'));
        expect(plan.segments.filter((s) => s.kind === 'switch-sides')).to.have.length(dose.eachSide ? dose.sets : 0);
        expect(plan.segments.every((s) => s.exercise === exercise.id)).to.equal(true);
        expectContiguous(plan);
      });
    }
  }

  it('leaves out zero-length segments', () => {
    const plan = planExercise({ id: 'x', dose: { holdSeconds: 10, reps: 2, sets: 1, eachSide: true, prepareSeconds: 0, switchSeconds: 0, restSeconds: 0 } }, 'beginner');
    expect(shape(plan)).to.deep.equal(['hold:left:10', 'hold:left:10', 'hold:right:10', 'hold:right:10']);
  });

  it('finds the segment at any elapsed time', () => {
    const plan = planExercise(getExercise('knee-to-chest')!, 'beginner');
    expect(segmentIndexAt(plan, 0)).to.equal(0);
    expect(segmentIndexAt(plan, 4999)).to.equal(0);
    expect(segmentIndexAt(plan, 5000)).to.equal(1);
    expect(segmentIndexAt(plan, 50_000)).to.equal(2);
    expect(segmentIndexAt(plan, 99_999)).to.equal(3);
    expect(segmentIndexAt(plan, 1e9)).to.equal(3);
  });
});
