// What level suggestions read and write (issue 24): the session records a session writes to the
// routine's history, and the accepted level changes, kept by the player's ProgressStore (history
// version 2); anything unreadable counts as nothing. In Node, with a fake storage.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { ProgressionHistory } from '../../src/adherence/progression-history.js';
import { readSessionRecord, sessionRecord } from '../../src/adherence/session-records.js';
import { ProgressStore } from '../../src/routine-player/progress-store.js';
import type { AcceptedProgression } from '../../src/adherence/types.js';
import type { RoutineSummary } from '../../src/routine-player/events.js';

/** A `Storage` over a Map; `full` makes every write throw, as a full or blocked storage does. */
function fakeStorage(full = false) {
  const items = new Map<string, string>();
  const storage = {
    getItem: (key: string) => items.get(key) ?? null,
    setItem: (key: string, value: string) => {
      if (full) throw new DOMException('full', 'QuotaExceededError');
      items.set(key, value);
    },
    removeItem: (key: string) => void items.delete(key),
    clear: () => items.clear(),
    key: () => null,
    length: 0,
  } as Storage;
  return { storage, items };
}

const summary: RoutineSummary = {
  routine: 'trunk-strength',
  name: 'Trunk strength',
  level: 'beginner',
  startedAt: '2026-03-02T08:00:00.000Z',
  endedAt: '2026-03-02T08:12:00.000Z',
  elapsedSeconds: 720,
  pausedSeconds: 0,
  completed: false,
  stopReason: 'pain',
  stoppedAt: { exerciseIndex: 1, exerciseId: 'push-up-back-extension', phase: 'hold', side: null, rep: 2, reps: 8, set: 1, sets: 1, secondsIntoHold: 1 },
  exercises: [
    { id: 'half-crunch', name: 'Half Crunch', outcome: 'done', pain: 1, difficulty: 'easy' },
    { id: 'push-up-back-extension', name: 'Push-up', outcome: 'stopped' },
    { id: 'assisted-back-extension', name: 'Assisted', outcome: 'not-reached' },
  ],
};
const accepted: AcceptedProgression = { date: '2026-03-02T08:13:00.000Z', index: 0, id: 'half-crunch', from: 'beginner', to: 'intermediate' };

describe('sessionRecord', () => {
  it('keeps what happened to each exercise, at the level it was played at, and where it was stopped', () => {
    const record = sessionRecord(summary, ['intermediate', 'beginner', 'beginner']);
    assert.deepEqual(record, {
      startedAt: summary.startedAt,
      date: summary.endedAt,
      completed: false,
      reason: 'pain',
      stoppedAt: summary.stoppedAt,
      exercises: [
        { index: 0, id: 'half-crunch', outcome: 'done', level: 'intermediate', pain: 1, difficulty: 'easy' },
        { index: 1, id: 'push-up-back-extension', outcome: 'stopped', level: 'beginner' },
        { index: 2, id: 'assisted-back-extension', outcome: 'not-reached', level: 'beginner' },
      ],
    });
    assert.deepEqual(readSessionRecord(JSON.parse(JSON.stringify(record))), record, 'it reads back as it was written');
  });
});

/** The player's store, as level suggestions see it. */
const historyOf = (id: string, storage: Storage): ProgressionHistory & { available: boolean } => new ProgressStore(id, () => storage);

describe('ProgressStore as the history of level suggestions', () => {
  it('reads the session records of the routine’s history; junk is skipped, and a version-1 entry is a session with no exercise recorded', () => {
    const { storage, items } = fakeStorage();
    const record = sessionRecord(summary, ['beginner', 'beginner', 'beginner']);
    const v1 = { date: '2026-03-01T08:00:00.000Z', completed: true };
    const junk = [null, 'x', { ...record, exercises: [{ index: 0, id: 'a', outcome: 'done', level: 'expert' }] }, { ...record, exercises: [{ index: 0, id: 'a', outcome: 'done', level: 'beginner', pain: 11 }] }];
    items.set('back-exercise-elements:history:trunk-strength', JSON.stringify([v1, ...junk, record]));
    items.set('back-exercise-elements:history:lower-back', JSON.stringify([record, record]));
    const sessions = historyOf('trunk-strength', storage).sessions();
    assert.deepEqual(sessions[0], { startedAt: v1.date, date: v1.date, completed: true, exercises: [] });
    // A level the player does not know drops that exercise; a pain past 10 drops the rating, not the exercise.
    assert.deepEqual(sessions[1].exercises, []);
    assert.deepEqual(sessions[2].exercises, [{ index: 0, id: 'a', outcome: 'done', level: 'beginner' }]);
    assert.deepEqual(sessions.at(-1), record);
    assert.equal(sessions.length, 4);
    items.set('back-exercise-elements:history:trunk-strength', '{not json');
    assert.deepEqual(historyOf('trunk-strength', storage).sessions(), []);
  });
  it('adds accepted level changes under progressions:<routine id> and reads them back, skipping junk', () => {
    const { storage, items } = fakeStorage();
    const history = historyOf('trunk-strength', storage);
    history.addProgression(accepted);
    assert.deepEqual(JSON.parse(items.get('back-exercise-elements:progressions:trunk-strength')!), [accepted]);
    items.set('back-exercise-elements:progressions:trunk-strength', JSON.stringify([{ ...accepted, to: 'expert' }, 7, accepted]));
    assert.deepEqual(history.progressions(), [accepted]);
    assert.equal(history.available, true);
  });
  it('where the browser refuses to store, the change holds while the page is open and says so', () => {
    const { storage } = fakeStorage(true);
    const history = historyOf('trunk-strength', storage);
    history.addProgression(accepted);
    assert.equal(history.available, false);
    assert.deepEqual(history.progressions(), [accepted]);
  });
});
