// History version 2 and the progressions in ProgressStore, in Node over an in-memory Storage: what a
// session keeps, that version-1 entries still count, that damaged data is read safely, and deleteAll.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { sessionRecord } from '../../src/adherence/session-records.js';
import type { AcceptedProgression } from '../../src/adherence/types.js';
import type { RoutineSummary } from '../../src/routine-player/events.js';
import { ProgressStore } from '../../src/routine-player/progress-store.js';

/** The part of `localStorage` the store uses, in memory; `failing` makes every call throw (storage blocked). */
class MemoryStorage {
  items = new Map<string, string>();
  failing = false;
  get length() {
    return this.items.size;
  }
  getItem(key: string) {
    this.#check();
    return this.items.get(key) ?? null;
  }
  setItem(key: string, value: string) {
    this.#check();
    this.items.set(key, value);
  }
  removeItem(key: string) {
    this.#check();
    this.items.delete(key);
  }
  clear() {
    this.items.clear();
  }
  key(index: number) {
    return [...this.items.keys()][index] ?? null;
  }
  #check() {
    if (this.failing) throw new Error('SecurityError');
  }
}

const storeOver = (memory: MemoryStorage, id = 'lower-back') => new ProgressStore(id, () => memory as unknown as Storage);

const stoppedSummary: RoutineSummary = {
  routine: 'lower-back',
  name: 'Lower back',
  level: 'intermediate',
  startedAt: '2026-12-08T08:00:00.000Z',
  endedAt: '2026-12-08T08:04:00.000Z',
  elapsedSeconds: 240,
  pausedSeconds: 0,
  completed: false,
  stopReason: 'pain',
  stoppedAt: { exerciseIndex: 1, exerciseId: 'lower-back-twist', phase: 'hold', side: 'right', rep: 2, reps: 3, set: 1, sets: 1, secondsIntoHold: 7.4 },
  exercises: [
    { id: 'knee-to-chest', name: 'Knee to Chest', outcome: 'done', pain: 2, difficulty: 'easy' },
    { id: 'lower-back-twist', name: 'Lower Back Twist', outcome: 'stopped' },
    { id: 'side-trunk-stretch', name: 'Side Trunk Stretch', outcome: 'not-reached' },
  ],
};

describe('ProgressStore: history version 2', () => {
  it('keeps what a session recorded: dates, each exercise’s outcome, level and ratings, and where a pain stop happened', () => {
    const memory = new MemoryStorage();
    const store = storeOver(memory);
    store.addHistory(sessionRecord(stoppedSummary));
    const [record] = storeOver(memory).sessions();
    assert.deepEqual(record, {
      startedAt: '2026-12-08T08:00:00.000Z',
      date: '2026-12-08T08:04:00.000Z',
      completed: false,
      reason: 'pain',
      stoppedAt: stoppedSummary.stoppedAt,
      exercises: [
        { index: 0, id: 'knee-to-chest', outcome: 'done', level: 'intermediate', pain: 2, difficulty: 'easy' },
        { index: 1, id: 'lower-back-twist', outcome: 'stopped', level: 'intermediate' },
        { index: 2, id: 'side-trunk-stretch', outcome: 'not-reached', level: 'intermediate' },
      ],
    });
    assert.equal(store.painStoppedSince(Date.parse('2026-12-08T08:00:00.000Z')), true, 'a version-2 pain stop still has the last word across tabs');
  });

  it('reads version-1 entries as sessions with no exercises, so they still count', () => {
    const memory = new MemoryStorage();
    memory.setItem('back-exercise-elements:history:lower-back', JSON.stringify([{ date: '2026-11-30T09:00:00.000Z', completed: true }, { date: '2026-12-01T09:00:00.000Z', completed: false, reason: 'pain' }]));
    const store = storeOver(memory);
    store.addHistory(sessionRecord(stoppedSummary));
    assert.deepEqual(
      store.sessions().map((record) => [record.date, record.completed, record.reason, record.exercises.length]),
      [
        ['2026-11-30T09:00:00.000Z', true, undefined, 0],
        ['2026-12-01T09:00:00.000Z', false, 'pain', 0],
        ['2026-12-08T08:04:00.000Z', false, 'pain', 3],
      ],
    );
    assert.equal(store.history().length, 3, 'history() (version 1’s view) sees all three');
  });

  it('reads damaged entries safely: bad ones skipped, bad parts of a good one left out, nothing lost in storage', () => {
    const memory = new MemoryStorage();
    const entries = [
      'a string',
      null,
      { date: 'not a date', completed: true },
      {
        date: '2026-12-02T09:00:00.000Z',
        completed: true,
        startedAt: 42,
        stoppedAt: { exerciseIndex: -1 },
        exercises: [{ index: 0, id: 'knee-to-chest', outcome: 'done', level: 'beginner', pain: 11, difficulty: 'very' }, { index: 1, id: '<b>', outcome: 'exploded', level: 'beginner' }, 'x'],
      },
    ];
    memory.setItem('back-exercise-elements:history:lower-back', JSON.stringify(entries));
    const store = storeOver(memory);
    assert.deepEqual(store.sessions(), [
      { startedAt: '2026-12-02T09:00:00.000Z', date: '2026-12-02T09:00:00.000Z', completed: true, exercises: [{ index: 0, id: 'knee-to-chest', outcome: 'done', level: 'beginner' }] },
    ]);
    store.addHistory(sessionRecord(stoppedSummary));
    assert.equal(JSON.parse(memory.getItem('back-exercise-elements:history:lower-back')!).length, 5, 'entries not understood are kept');
  });
});

describe('ProgressStore: progressions', () => {
  const accepted = (index: number, id: string, from: AcceptedProgression['from'], to: AcceptedProgression['to'], day: number): AcceptedProgression => ({
    date: `2026-12-0${day}T09:00:00.000Z`,
    index,
    id,
    from,
    to,
  });

  it('adds, lists and gives the level in force per exercise (the latest accepted)', () => {
    const memory = new MemoryStorage();
    const store = storeOver(memory);
    assert.deepEqual(store.progressions(), []);
    store.addProgression(accepted(0, 'knee-to-chest', 'beginner', 'intermediate', 1));
    store.addProgression(accepted(3, 'half-crunch', 'beginner', 'intermediate', 2));
    store.addProgression(accepted(0, 'knee-to-chest', 'intermediate', 'advanced', 3));
    assert.equal(storeOver(memory).progressions().length, 3);
    assert.deepEqual([...store.levels()], [
      [0, 'advanced'],
      [3, 'intermediate'],
    ]);
    assert.deepEqual([...store.levels(['knee-to-chest', 'x', 'y', 'lower-back-twist'])], [[0, 'advanced']], 'a progression of another exercise at that position is left out');
    assert.deepEqual(storeOver(memory, 'trunk-strength').progressions(), [], 'kept per routine');
  });

  it('skips stored progressions that are not well-formed', () => {
    const memory = new MemoryStorage();
    memory.setItem('back-exercise-elements:progressions:lower-back', JSON.stringify([{ date: 'x', index: 0, id: 'a', from: 'beginner', to: 'advanced' }, { date: '2026-12-01T09:00:00.000Z', index: 0, id: 'a', from: 'beginner', to: 'expert' }, 7]));
    assert.deepEqual(storeOver(memory).progressions(), []);
    memory.setItem('back-exercise-elements:progressions:lower-back', '{not json');
    assert.deepEqual(storeOver(memory).progressions(), []);
  });
});

describe('ProgressStore: deleteAll', () => {
  it('forgets the history, the progressions and the progress of this routine only', () => {
    const memory = new MemoryStorage();
    const store = storeOver(memory);
    store.addHistory(sessionRecord(stoppedSummary));
    store.addProgression({ date: '2026-12-01T09:00:00.000Z', index: 0, id: 'knee-to-chest', from: 'beginner', to: 'intermediate' });
    store.saveProgress({ level: 'beginner', segmentIndex: 4, exerciseIndex: 1, savedAt: Date.now(), startedAt: Date.now() });
    storeOver(memory, 'trunk-strength').addHistory(sessionRecord(stoppedSummary));
    memory.setItem('someone-else', 'theirs');
    assert.equal(store.deleteAll(), true);
    assert.deepEqual([...memory.items.keys()].sort(), ['back-exercise-elements:history:trunk-strength', 'someone-else']);
    assert.deepEqual([store.sessions(), store.progressions(), store.loadProgress(() => true)], [[], [], null]);
  });

  it('says so when the browser refuses', () => {
    const memory = new MemoryStorage();
    const store = storeOver(memory);
    store.addHistory(sessionRecord(stoppedSummary));
    memory.failing = true;
    assert.equal(store.deleteAll(), false);
    assert.equal(store.available, false);
  });
});
