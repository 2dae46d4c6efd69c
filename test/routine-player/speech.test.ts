import { expect } from '@open-wc/testing';
import { planRoutine, resolveRoutine, type Exercise } from '../../src/index.js';
import { speakFor } from '../../src/routine-player/routine-speech.js';

describe('what the player says as an exercise begins', () => {
  const own: Exercise = {
    id: 'wall-sit',
    name: 'Wall sit.',
    kind: 'strength',
    targets: [],
    steps: ['Lean against a wall.', 'Slide down'],
    cautions: [],
    dose: { holdSeconds: 20, reps: 1, sets: 1, eachSide: false },
  };
  const routine = resolveRoutine({ id: 'r', name: 'Mine', items: [{ exercise: 'knee-to-chest' }, { exercise: own }] });
  const plan = planRoutine(routine, 'beginner');

  it('names the exercise and the position to get into, each once, with one full stop each', () => {
    const first = speakFor(routine, plan.segments[0], 'beginner');
    expect(first.live).to.match(/^Exercise 1 of 2: Knee to Chest\. Lie flat on your back\. Get ready\./);
    const transition = plan.segments.find((segment) => segment.exerciseIndex === 1)!;
    const second = speakFor(routine, transition, 'beginner');
    expect(second.live).to.match(/^Exercise 2 of 2: Wall sit\. Lean against a wall\. /);
    expect(second.live).to.not.contain('..');
  });
});
