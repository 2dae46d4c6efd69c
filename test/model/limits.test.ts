/**
 * The two limits in the model: the exercise limit on a whole (merged) dose, by the rule the
 * WordPress plugin mirrors, and the routine limit on the planned total at the longest level;
 * and `routineSeconds`, which sums a plan's total without building it.
 */
import { expect } from '@open-wc/testing';
import { DataError, LEVELS, LIMITS, ROUTINES, parseExercise, parseRoutine, planRoutine, resolveRoutine } from '../../src/index.js';
import { Checker } from '../../src/model/checker.js';
import { checkRoutineTotal, checkWholeDose, longestSeconds } from '../../src/model/limits.js';
import { routineSeconds } from '../../src/model/plan.js';

function problemsOf(run: () => unknown): string[] {
  try {
    run();
  } catch (error) {
    expect(error).to.be.instanceOf(DataError);
    return (error as DataError).problems.map((p) => `${p.path}: ${p.message}`);
  }
  return [];
}

describe('the limits', () => {
  describe('the figures', () => {
    it('an exercise may take 3 hours, a routine 2', () => {
      expect(LIMITS.exerciseTotalSeconds).to.equal(3 * 3600);
      expect(LIMITS.routineTotalSeconds).to.equal(2 * 3600);
    });

    it('the built-in routines plan 5 to 16 minutes at every level: the routine limit is more than seven times the longest', () => {
      const totals = Object.fromEntries(ROUTINES.map((routine) => [routine.id, LEVELS.map((level) => planRoutine(resolveRoutine(routine), level).total / 1000)]));
      expect(totals).to.deep.equal({
        'lower-back': [709, 803, 978],
        'lower-back-stretches': [330, 330, 330],
        'trunk-strength': [374, 468, 643],
      });
      expect(LIMITS.routineTotalSeconds / Math.max(...Object.values(totals).flat())).to.be.above(7);
    });
  });

  describe('longestSeconds (the exercise limit, mirrored in PHP)', () => {
    const cases: [string, Parameters<typeof longestSeconds>[0], number][] = [
      ['one hold, defaults', { holdSeconds: 45, reps: 1, sets: 1, eachSide: false }, 45 + 3 + 30],
      ['each side', { holdSeconds: 45, reps: 1, sets: 1, eachSide: true }, 2 * 48 + 30],
      ['per level: the most repetitions count', { holdSeconds: 2, reps: { beginner: 10, intermediate: 15, advanced: 25 }, sets: 3, eachSide: false }, 3 * 25 * 5 + 3 * 30],
      ['own rests', { holdSeconds: 10, reps: 4, sets: 2, eachSide: true, restSeconds: 0, setRestSeconds: 60 }, 2 * 2 * 4 * 10 + 2 * 60],
      ['the issue\'s dose', { holdSeconds: 3600, reps: 500, sets: 50, eachSide: true, restSeconds: 3600, setRestSeconds: 3600 }, 50 * 2 * 500 * 7200 + 50 * 3600],
    ];
    for (const [why, dose, seconds] of cases) {
      it(`${why}: ${seconds} s`, () => expect(longestSeconds(dose)).to.equal(seconds));
    }

    it('checkWholeDose accepts exactly 3 hours and refuses one second more, naming the path it is given', () => {
      const check = new Checker();
      expect(checkWholeDose(check, 'x', { holdSeconds: 3600, reps: 1, sets: 1, eachSide: false, restSeconds: 3600, setRestSeconds: 3600 })).to.not.equal(undefined);
      expect(checkWholeDose(check, 'hold, sets', { holdSeconds: 3600, reps: 2, sets: 1, eachSide: false, restSeconds: 1, setRestSeconds: 3599 })).to.equal(undefined);
      expect(check.problems).to.deep.equal([{ path: 'hold, sets', message: 'adds up to more than 3 hours; lower the hold, repetitions or sets' }]);
    });
  });

  describe('routineSeconds is the plan\'s total, without the plan', () => {
    for (const routine of ROUTINES) {
      for (const level of LEVELS) {
        it(`${routine.id} at ${level}`, () => {
          const resolved = resolveRoutine(routine);
          expect(routineSeconds(resolved, level) * 1000).to.equal(planRoutine(resolved, level).total);
          // Self-paced sets are planned as the time of their timed repetitions.
          expect(routineSeconds(resolved, level) * 1000).to.equal(planRoutine(resolved, level, () => true).total);
        });
      }
    }

    it('for 300 seeded random routines with every field of the dose, at every level', () => {
      let seed = 20261207;
      const next = () => ((seed = (Math.imul(seed, 1664525) + 1013904223) >>> 0) / 2 ** 32);
      const int = (low: number, high: number) => low + Math.floor(next() * (high - low + 1));
      const ids = ['knee-to-chest', 'half-crunch', 'push-up-back-extension', 'lower-back-twist'];
      for (let n = 0; n < 300; n++) {
        const items = Array.from({ length: int(1, 6) }, () => ({
          exercise: ids[int(0, ids.length - 1)],
          dose: {
            holdSeconds: int(1, 60),
            reps: next() < 0.5 ? int(1, 8) : { beginner: int(1, 5), intermediate: int(1, 8), advanced: int(1, 12) },
            sets: int(1, 4),
            eachSide: next() < 0.5,
            restSeconds: int(0, 10),
            setRestSeconds: int(0, 60),
            prepareSeconds: int(0, 15),
            switchSeconds: int(0, 10),
          },
        }));
        const resolved = resolveRoutine({ id: 'r', name: 'R', items, restBetweenSeconds: int(0, 60) });
        for (const level of LEVELS) expect(routineSeconds(resolved, level) * 1000, `routine ${n} at ${level}`).to.equal(planRoutine(resolved, level).total);
      }
    });
  });

  describe('parseRoutine', () => {
    const item = (dose: Record<string, unknown>, exercise: unknown = 'half-crunch') => ({ exercise, dose });
    const routine = (...items: unknown[]) => ({ id: 'r', name: 'R', items });

    it('checks an item\'s override merged onto its exercise\'s own dose', () => {
      // Half Crunches: hold 2, reps 10/15/25, 3 sets. Alone, 50 sets is within the limit; with a 10 s hold it is not.
      expect(problemsOf(() => parseRoutine(routine(item({ sets: 20 }))))).to.deep.equal([]);
      expect(problemsOf(() => parseRoutine(routine('knee-to-chest', item({ sets: 50, holdSeconds: 10 }))))).to.deep.equal([
        'items[1].dose: adds up to more than 3 hours; lower the hold, repetitions or sets',
      ]);
    });

    it('checks the override on a whole exercise given in the routine, and the whole exercise itself', () => {
      const own = { ...parseExercise({ id: 'own', name: 'Own', kind: 'stretch', steps: ['Lie down'], dose: { holdSeconds: 60 } }) };
      expect(problemsOf(() => parseRoutine(routine(item({ reps: 200 }, own))))).to.deep.equal([
        'items[0].dose: adds up to more than 3 hours; lower the hold, repetitions or sets',
      ]);
      const tooLong = { ...own, dose: { holdSeconds: 3600, reps: 3, sets: 1, eachSide: true } };
      expect(problemsOf(() => parseRoutine(routine({ exercise: tooLong })))).to.deep.equal([
        'items[0].exercise.dose: adds up to more than 3 hours; lower the hold, repetitions or sets',
      ]);
    });

    it('reports every item past the limit, and the routine limit only once the items are valid', () => {
      const past = item({ sets: 50, holdSeconds: 10 });
      expect(problemsOf(() => parseRoutine(routine(past, 'knee-to-chest', past))).map((p) => p.split(':')[0])).to.deep.equal(['items[0].dose', 'items[2].dose']);
    });

    const holds = (...seconds: number[]) => routine(...seconds.map((holdSeconds) => item({ holdSeconds, reps: 1, sets: 1 })));
    it('accepts a routine that plans exactly 2 hours: 15 s to get ready, 3600 s, 10 s between, 3575 s', () => {
      expect(problemsOf(() => parseRoutine(holds(3600, 3575)))).to.deep.equal([]);
    });

    it('refuses one second more, naming items, with the total and the level', () => {
      expect(problemsOf(() => parseRoutine(holds(3600, 3576)))).to.deep.equal([
        'items: take 2 h 1 min at the beginner level, more than the 2 hours a routine may take; remove exercises or lower their doses',
      ]);
    });

    it('counts the time between exercises, get-ready time and switching sides', () => {
      expect(problemsOf(() => parseRoutine({ ...holds(3600, 3575), restBetweenSeconds: 11 }))).to.have.length(1);
      expect(problemsOf(() => parseRoutine(routine(item({ holdSeconds: 3600, reps: 1, sets: 1, prepareSeconds: 16 }), item({ holdSeconds: 3575, reps: 1, sets: 1 }))))).to.have.length(1);
      // Knee to Chest, each side: 15 + 1795 + 5 (switch) + 1795, then 10 + 3580 = 7200.
      expect(problemsOf(() => parseRoutine(routine(item({ holdSeconds: 1795 }, 'knee-to-chest'), item({ holdSeconds: 3580, reps: 1, sets: 1 }))))).to.deep.equal([]);
      expect(problemsOf(() => parseRoutine(routine(item({ holdSeconds: 1795, switchSeconds: 6 }, 'knee-to-chest'), item({ holdSeconds: 3580, reps: 1, sets: 1 }))))).to.have.length(1);
    });

    it('takes the longest level: too long at advanced only is too long', () => {
      // Half Crunches with a 93 s hold: 3 sets of 10 take 49 min at beginner, 3 sets of 25 take 2 h 2 min at advanced.
      const problems = problemsOf(() => parseRoutine(routine(item({ holdSeconds: 93 }))));
      expect(problems).to.deep.equal(['items: take 2 h 2 min at the advanced level, more than the 2 hours a routine may take; remove exercises or lower their doses']);
    });

    it('refuses 50 items of 3 minutes (2 h 38 min) and accepts 50 of 2 minutes (1 h 48 min)', () => {
      const many = (holdSeconds: number) => routine(...Array.from({ length: 50 }, () => item({ holdSeconds, reps: 1, sets: 1 })));
      expect(problemsOf(() => parseRoutine(many(180)))).to.have.length(1);
      expect(problemsOf(() => parseRoutine(many(120)))).to.deep.equal([]);
    });

    it('refuses a routine far past the limits at once, without planning it', () => {
      const started = performance.now();
      const huge = routine(...Array.from({ length: 50 }, () => item({ holdSeconds: 200, reps: 50, sets: 1 })));
      expect(problemsOf(() => parseRoutine(huge))).to.have.length(1);
      expect(performance.now() - started).to.be.below(200);
    });

    it('checkRoutineTotal names the path it is given and says which level is longest', () => {
      const check = new Checker();
      const resolved = resolveRoutine(parseRoutine(holds(3600)));
      expect(checkRoutineTotal(check, 'items', resolved)).to.equal(true);
      const long = { ...resolved, exercises: [...resolved.exercises, ...resolved.exercises] };
      expect(checkRoutineTotal(check, 'cards', long)).to.equal(false);
      expect(check.problems[0].path).to.equal('cards');
      // Every level plans the same here (one rep, one set): the first of them is named.
      expect(check.problems[0].message).to.match(/^take 2 h 1 min at the beginner level/);
    });
  });
});
