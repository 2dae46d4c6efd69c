// The level suggestions' rule and cards are taken into use by the player only when they could show:
// with remember, suggestions not off, and at least one remembered session; before that there is
// nothing to suggest, while each exercise's level in force (the plan's) is known from the start. In Node.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { ProgressionHistory } from '../../src/adherence/progression-history.js';
import type { AcceptedProgression, SessionRecord } from '../../src/adherence/types.js';
import { getRoutine } from '../../src/model/catalog.js';
import { resolveRoutine } from '../../src/model/parse.js';
import { LevelOffers } from '../../src/routine-player/level-offers.js';

const trunk = resolveRoutine(getRoutine('trunk-strength')!);
const on = { remember: true, off: false, painThreshold: 7 };

/** A history with `count` sessions of pain stops in the half crunch, and one accepted change. */
function history(count: number): ProgressionHistory {
  const date = new Date(Date.UTC(2026, 1, 1, 8)).toISOString();
  const record: SessionRecord = {
    startedAt: date,
    date,
    completed: false,
    reason: 'pain',
    exercises: trunk.exercises.map(({ id }, index) => ({ index, id, outcome: index === 0 ? 'stopped' : 'not-reached', level: 'intermediate' })),
  };
  const accepted: AcceptedProgression[] = [{ date: '2026-01-01T08:00:00.000Z', index: 2, id: trunk.exercises[2].id, from: 'beginner', to: 'intermediate' }];
  return { sessions: () => Array.from({ length: count }, () => record), progressions: () => accepted, addProgression: () => {} };
}

describe('LevelOffers: loading the rule and the cards', () => {
  it('loads nothing without a session, without remember or when suggestions are off', async () => {
    for (const [count, settings] of [
      [0, on],
      [1, { ...on, remember: false }],
      [1, { ...on, off: true }],
    ] as const) {
      const offers = new LevelOffers();
      offers.open(trunk, history(count));
      offers.load(settings, {} as Node);
      assert.equal(offers.part, undefined);
      assert.deepEqual(offers.suggestions(trunk, 'intermediate', on), [], 'nothing before the rule');
      assert.deepEqual(offers.levels(trunk, 'beginner'), ['beginner', 'beginner', 'intermediate'], 'the levels in force without it');
    }
  });

  it('with a remembered session, takes them into use at once (in the same render); then suggests', () => {
    const offers = new LevelOffers();
    offers.open(trunk, history(1));
    assert.deepEqual(offers.suggestions(trunk, 'intermediate', on), []);
    offers.load(on, {} as Node);
    offers.load(on, {} as Node);
    assert.notEqual(offers.part, undefined);
    assert.deepEqual(
      offers.suggestions(trunk, 'intermediate', on).map((s) => [s.kind, s.index]),
      [['down', 0]],
    );
  });
});
