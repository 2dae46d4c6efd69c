// Time to get into position (issue 22, part 7): the first exercise of a routine gets 15 s to get
// ready (the person has just pressed Start on a phone), and a move between floor positions (on the
// back, kneeling, on the stomach) gets 10 s more than the routine's time between exercises. The
// totals agree: the plan's, the sum used for the 2-hour limit, and each exercise's share.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { getRoutine } from '../../src/model/catalog.js';
import { DataError } from '../../src/model/data-error.js';
import { parseRoutine, resolveRoutine } from '../../src/model/parse.js';
import { planExercise, planRoutine, routineSeconds } from '../../src/model/plan.js';
import { changesPosition } from '../../src/model/positions.js';
import { LEVELS } from '../../src/model/types.js';

const lowerBack = resolveRoutine(getRoutine('lower-back')!);
/** Seconds before each exercise: the get-ready of the first, the transition of every later one. */
const openings = (routine = lowerBack) =>
  routine.exercises.map((_, index) => planRoutine(routine, 'beginner').segments.find((segment) => segment.exerciseIndex === index)!.duration / 1000);

describe('get-ready and transition times', () => {
  it('gives the first exercise 15 s, a move to another floor position 20 s, a move in the same place 10 s', () => {
    // Knee to Chest (back), Twist (back), Side Trunk (kneeling), Half Crunches (back), Push-up (stomach), Assisted (stomach).
    assert.deepEqual(openings(), [15, 10, 20, 20, 20, 10]);
    assert.equal(planRoutine(lowerBack, 'beginner').segments[0].kind, 'prepare');
  });

  it('knows which catalog exercises start where; an exercise of its own has no known position', () => {
    assert.equal(changesPosition('knee-to-chest', 'lower-back-twist'), false);
    assert.equal(changesPosition('lower-back-twist', 'side-trunk-stretch'), true);
    assert.equal(changesPosition('half-crunch', 'push-up-back-extension'), true);
    assert.equal(changesPosition('push-up-back-extension', 'assisted-back-extension'), false);
    assert.equal(changesPosition('knee-to-chest', 'own-stretch'), false);
    // Cards written in HTML, named from their headings.
    assert.equal(changesPosition('half-crunches', 'push-up-back-extensions'), true);
    assert.equal(changesPosition('lower-back-twist', 'half-crunches'), false);
  });

  it('keeps a longer get-ready and a longer time between exercises that a routine asks for', () => {
    const routine = resolveRoutine({
      id: 'r',
      name: 'R',
      restBetweenSeconds: 25,
      items: [{ exercise: 'knee-to-chest', dose: { prepareSeconds: 30 } }, { exercise: 'lower-back-twist' }, { exercise: 'push-up-back-extension' }],
    });
    assert.deepEqual(openings(routine), [30, 25, 35]);
  });

  it('a lone exercise (a card, a timer) keeps its own get-ready', () => {
    assert.equal(planExercise(lowerBack.exercises[0], 'beginner').segments[0].duration, 5000);
  });

  it('the 2-hour limit counts the same seconds as the plan, at every level of every routine', () => {
    for (const id of ['lower-back', 'lower-back-stretches', 'trunk-strength']) {
      const routine = resolveRoutine(getRoutine(id)!);
      for (const level of LEVELS) assert.equal(routineSeconds(routine, level), planRoutine(routine, level).total / 1000, `${id} at ${level}`);
    }
    // The whole routine at beginner: 11 min 49 s (was 11 min 9 s with 5 s to get ready and 10 s for every move).
    assert.equal(planRoutine(lowerBack, 'beginner').total, 709_000);
  });

  it('a routine of exactly 2 hours with a change of position is accepted, one second more is not', () => {
    // 15 s to get ready, 1795 s on each side with 5 s to switch, 20 s to turn onto the stomach, 3570 s: 7200 s.
    const fits = (last: number) => {
      try {
        parseRoutine({
          id: 'r',
          name: 'R',
          items: [
            { exercise: 'knee-to-chest', dose: { holdSeconds: 1795 } },
            { exercise: 'push-up-back-extension', dose: { holdSeconds: last, reps: 1 } },
          ],
        });
        return true;
      } catch (error) {
        assert.ok(error instanceof DataError);
        assert.match(error.problems[0].message, /more than the 2 hours/);
        return false;
      }
    };
    assert.equal(fits(3570), true);
    assert.equal(fits(3571), false);
  });
});
