import { expect } from '@open-wc/testing';
import { LEVELS, getRoutine, planExercise, planRoutine, resolveRoutine, sumOf } from '../../src/index.js';

describe('planRoutine', () => {
  const routine = resolveRoutine(getRoutine('lower-back')!);

  for (const level of LEVELS) {
    it(`joins the six exercises at ${level} into one timeline that reuses each exercise's plan`, () => {
      const plan = planRoutine(routine, level);
      const order = [...new Set(plan.segments.map((s) => s.exercise))];
      expect(order).to.deep.equal(routine.exercises.map((e) => e.id));
      // Every exercise after the first opens with a transition, then exactly its own plan without get-ready.
      routine.exercises.forEach((exercise, index) => {
        const own = plan.segments.filter((s) => s.exerciseIndex === index);
        const alone = planExercise(exercise, level, { prepare: index === 0 }).segments;
        const withoutTransition = index === 0 ? own : own.slice(1);
        // The first gets ready for 15 s (time to get down on the floor); see test/model/get-ready.node-test.ts.
        if (index === 0) expect(own[0]).to.include({ kind: 'prepare', duration: 15_000 });
        // 10 s between exercises, 20 s where the floor position changes (back, kneeling, back, stomach).
        if (index > 0) expect(own[0]).to.include({ kind: 'transition', duration: [0, 10_000, 20_000, 20_000, 20_000, 10_000][index] });
        expect(withoutTransition.slice(index === 0 ? 1 : 0).map((s) => [s.kind, s.side, s.rep, s.set, s.duration])).to.deep.equal(
          alone.slice(index === 0 ? 1 : 0).map((s) => [s.kind, s.side, s.rep, s.set, s.duration]),
        );
      });
      expect(plan.total).to.equal(plan.segments.reduce((sum, s) => sum + s.duration, 0));
      expect(sumOf(plan, 'hold', 'left')).to.equal(sumOf(plan, 'hold', 'right'));
    });
  }

  it('gives self-paced exercises one open hold per set instead of timed repetitions', () => {
    const plan = planRoutine(routine, 'beginner', (index) => index === 3);
    const crunches = plan.segments.filter((s) => s.exerciseIndex === 3 && s.kind === 'hold');
    expect(crunches.map((s) => [s.set, s.rep, s.selfPaced])).to.deep.equal([
      [1, 10, true],
      [2, 10, true],
      [3, 10, true],
    ]);
    const stretches = plan.segments.filter((s) => s.exerciseIndex === 0 && s.kind === 'hold');
    expect(stretches.every((s) => !s.selfPaced), 'a stretch without repetitions stays timed').to.equal(true);
  });
});
