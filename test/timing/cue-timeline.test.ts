import { expect } from '@open-wc/testing';
import { cueTimeline, getExercise, planExercise } from '../../src/index.js';

describe('cueTimeline', () => {
  it('books go, 3-2-1, switch and done for an each-side stretch', () => {
    const plan = planExercise(getExercise('knee-to-chest')!, 'beginner');
    expect(cueTimeline(plan).map((c) => `${c.offset / 1000}:${c.sound}`)).to.deep.equal([
      '5:go',
      '47:count',
      '48:count',
      '49:count',
      '50:switch',
      '55:go',
      '97:count',
      '98:count',
      '99:count',
      '100:done',
    ]);
  });

  it('gives short holds no countdown but a go and a rest sound', () => {
    const plan = planExercise(getExercise('half-crunch')!, 'beginner');
    const cues = cueTimeline(plan);
    expect(cues.filter((c) => c.sound === 'count')).to.have.length(0);
    expect(cues.filter((c) => c.sound === 'go')).to.have.length(30);
    expect(cues.filter((c) => c.sound === 'rest')).to.have.length(29);
    expect(cues.at(-1)).to.deep.equal({ offset: plan.total, sound: 'done' });
  });

  it('returns only the window asked for, so booking ahead never books twice', () => {
    const plan = planExercise(getExercise('knee-to-chest')!, 'beginner');
    const all = cueTimeline(plan);
    const joined = [...cueTimeline(plan, 0, 48_000), ...cueTimeline(plan, 48_000, 99_000), ...cueTimeline(plan, 99_000)];
    expect(joined).to.deep.equal(all);
  });
});
