// The player's level suggestions over a history (a fake here; the player's ProgressStore below): off without remember or when turned off, Accept records the change and puts
// it in force, Not now hides a suggestion until another session is remembered. In Node.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { ProgressionHistory } from '../../src/adherence/progression-history.js';
import { ProgressStore } from '../../src/routine-player/progress-store.js';
import type { AcceptedProgression, SessionRecord } from '../../src/adherence/types.js';
import { getRoutine } from '../../src/model/catalog.js';
import { resolveRoutine } from '../../src/model/parse.js';
import { LevelOffers } from '../../src/routine-player/level-offers.js';
// The rule and the cards, which the player takes into use once there is a session (see level-offers-loading.node-test.ts).
import * as suggestionsPart from '../../src/routine-player/suggestions-part.js';

const trunk = resolveRoutine(getRoutine('trunk-strength')!);

class FakeHistory implements ProgressionHistory {
  records: SessionRecord[] = [];
  accepted: AcceptedProgression[] = [];
  sessions() {
    return this.records;
  }
  progressions() {
    return this.accepted;
  }
  addProgression(progression: AcceptedProgression) {
    this.accepted.push(progression);
  }
  /** A session on day `day` with the half crunch rated easy, pain 1, at `level`. */
  easySession(day: number, level: 'beginner' | 'intermediate' = 'beginner') {
    const date = new Date(Date.UTC(2026, 1, day, 8)).toISOString();
    this.records.push({
      startedAt: date,
      date,
      completed: true,
      exercises: trunk.exercises.map(({ id }, index) => ({ index, id, outcome: 'done', level: index === 0 ? level : 'beginner', pain: 1, difficulty: index === 0 ? 'easy' : 'right' })),
    });
  }
}

function setUp() {
  const history = new FakeHistory();
  const offers = new LevelOffers();
  offers.part = suggestionsPart;
  offers.open(trunk, history);
  for (const day of [1, 2, 3]) history.easySession(day);
  return { history, offers };
}
const on = { remember: true, off: false, painThreshold: 7 };

describe('LevelOffers', () => {
  it('suggests from the history, and nothing without remember, when turned off, or with no history open', () => {
    const { offers } = setUp();
    assert.deepEqual(offers.suggestions(trunk, 'beginner', on).map((s) => [s.kind, s.id, 'to' in s ? s.to : null]), [['up', 'half-crunch', 'intermediate']]);
    assert.deepEqual(offers.suggestions(trunk, 'beginner', { ...on, remember: false }), []);
    assert.deepEqual(offers.suggestions(trunk, 'beginner', { ...on, off: true }), []);
    offers.open(trunk, undefined);
    assert.deepEqual(offers.suggestions(trunk, 'beginner', on), []);
  });
  it('Accept records the change, puts it in force for that exercise and says so until the next session', () => {
    const { history, offers } = setUp();
    const [suggestion] = offers.suggestions(trunk, 'beginner', on);
    assert.deepEqual(offers.levels(trunk, 'beginner'), ['beginner', 'beginner', 'beginner']);
    offers.accept(suggestion, Date.UTC(2026, 1, 3, 9));
    assert.deepEqual(history.accepted, [{ date: '2026-02-03T09:00:00.000Z', index: 0, id: 'half-crunch', from: 'beginner', to: 'intermediate' }]);
    assert.deepEqual(offers.levels(trunk, 'beginner'), ['intermediate', 'beginner', 'beginner']);
    assert.deepEqual(offers.levels(trunk, 'advanced'), ['intermediate', 'advanced', 'advanced'], 'the others follow the level chosen');
    assert.deepEqual(offers.changes, [{ index: 0, to: 'intermediate' }]);
    assert.deepEqual(offers.suggestions(trunk, 'beginner', on), [], 'the sessions before the change no longer count');
    offers.sessionStarted();
    assert.deepEqual(offers.changes, []);
  });
  it('a call-the-clinic suggestion cannot be accepted', () => {
    const { history, offers } = setUp();
    offers.accept({ kind: 'clinic', index: 0, id: 'half-crunch', from: 'beginner' });
    assert.deepEqual(history.accepted, []);
  });
  it('Not now hides a suggestion until another session is remembered', () => {
    const { history, offers } = setUp();
    offers.putOff(offers.suggestions(trunk, 'beginner', on)[0]);
    assert.deepEqual(offers.suggestions(trunk, 'beginner', on), []);
    history.easySession(4);
    assert.equal(offers.suggestions(trunk, 'beginner', on).length, 1);
  });
});

describe('LevelOffers over a storage that refuses to write', () => {
  it('keeps a change accepted while the page is open, across going back to the start, and says it was not saved', () => {
    const refusing = { getItem: () => null, setItem: () => { throw new Error('full'); } } as unknown as Storage;
    const offers = new LevelOffers();
    offers.open(trunk, new ProgressStore(trunk.id, () => refusing));
    offers.accept({ kind: 'up', index: 0, id: 'half-crunch', from: 'beginner', to: 'intermediate' });
    assert.equal(offers.unsaved, true);
    // The player opens a new store of the same routine (going back to the start): the change holds.
    offers.open(trunk, new ProgressStore(trunk.id, () => refusing));
    assert.deepEqual(offers.levels(trunk, 'beginner'), ['intermediate', 'beginner', 'beginner']);
    offers.open(trunk, undefined);
    assert.deepEqual(offers.levels(trunk, 'beginner'), ['beginner', 'beginner', 'beginner'], 'remember turned off');
  });
});
