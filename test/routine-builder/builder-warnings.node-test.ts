// The builder's warnings, in Node with no DOM (npm run test:session): which dose fields are warned
// about (not refused), from the draft alone.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { emptyDraft, newItem, type Draft, type DraftItem } from '../../src/routine-builder/builder-draft.js';
import { restWarnings } from '../../src/routine-builder/builder-warnings.js';

function draft(items: DraftItem[], changes: Partial<Draft> = {}): Draft {
  return { ...emptyDraft(), items, ...changes };
}

function item(exercise: string, edits: DraftItem['edits'], more: Partial<DraftItem> = {}): DraftItem {
  return { ...newItem(exercise), edits, ...more };
}

describe('restWarnings', () => {
  it('names the rest field of a repeated hold with no rest between repetitions', () => {
    const items = [item('knee-to-chest', {}), item('push-up-back-extension', { reps: '6', holdSeconds: '5', restSeconds: '0' })];
    assert.deepEqual([...restWarnings(draft(items))], ['items[1].dose.restSeconds']);
  });

  it('reads the repetitions at the chosen level where they are the exercise’s own', () => {
    // Half crunches repeat at every level: no rest is warned about whatever the level.
    for (const level of ['beginner', 'intermediate', 'advanced'] as const) {
      assert.deepEqual([...restWarnings(draft([item('half-crunch', { restSeconds: '0' })], { level }))], ['items[0].dose.restSeconds'], level);
    }
  });

  it('does not warn for a rest, a single hold, text that is not a number, or repetitions the patient paces', () => {
    const cases: [string, Draft][] = [
      ['a rest of 2 s', draft([item('half-crunch', { restSeconds: '2' })])],
      ['one hold', draft([item('knee-to-chest', { reps: '1', restSeconds: '0' })])],
      ['not yet a number', draft([item('half-crunch', { restSeconds: '' })])],
      ['paced by the patient', draft([item('half-crunch', { restSeconds: '0' })], { pace: 'done' })],
      ['this item paced by the patient', draft([item('half-crunch', { restSeconds: '0' }, { pace: 'done' })])],
    ];
    for (const [what, given] of cases) assert.deepEqual([...restWarnings(given)], [], what);
  });

  it('warns again for one item paced by the timer in a routine the patient paces', () => {
    const given = draft([item('half-crunch', { restSeconds: '0' }, { pace: 'timer' })], { pace: 'done' });
    assert.deepEqual([...restWarnings(given)], ['items[0].dose.restSeconds']);
  });
});
