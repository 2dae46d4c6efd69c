// What level suggestions read and write until history version 2 lands (issue 24): the session
// records a session writes to the routine's history, and the accepted level changes, kept under the
// keys history version 2 uses; anything unreadable counts as nothing. In Node, with a fake storage.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { isSessionRecord, LocalProgressionHistory } from '../../src/adherence/progression-history.js';
import { sessionRecordOf } from '../../src/adherence/session-record.js';
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

describe('sessionRecordOf', () => {
  it('keeps what happened to each exercise, at the level it was played at, and where it was stopped', () => {
    const record = sessionRecordOf(summary, ['intermediate', 'beginner', 'beginner']);
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
    assert.equal(isSessionRecord(record), true);
  });
});

describe('LocalProgressionHistory', () => {
  it('reads the session records of the routine’s history and skips version-1 entries and junk', () => {
    const { storage, items } = fakeStorage();
    const record = sessionRecordOf(summary, ['beginner', 'beginner', 'beginner']);
    const junk = [{ date: '2026-03-01T08:00:00.000Z', completed: true }, null, 'x', { ...record, exercises: [{ index: 0, id: 'a', outcome: 'done', level: 'expert' }] }, { ...record, exercises: [{ index: 0, id: 'a', outcome: 'done', level: 'beginner', pain: 11 }] }];
    items.set('back-exercise-elements:history:trunk-strength', JSON.stringify([...junk, record]));
    items.set('back-exercise-elements:history:lower-back', JSON.stringify([record, record]));
    assert.deepEqual(new LocalProgressionHistory('trunk-strength', () => storage).sessions(), [record]);
    items.set('back-exercise-elements:history:trunk-strength', '{not json');
    assert.deepEqual(new LocalProgressionHistory('trunk-strength', () => storage).sessions(), []);
  });
  it('adds accepted level changes under progressions:<routine id> and reads them back, skipping junk', () => {
    const { storage, items } = fakeStorage();
    const history = new LocalProgressionHistory('trunk-strength', () => storage);
    history.addProgression(accepted);
    assert.deepEqual(JSON.parse(items.get('back-exercise-elements:progressions:trunk-strength')!), [accepted]);
    items.set('back-exercise-elements:progressions:trunk-strength', JSON.stringify([{ ...accepted, to: 'expert' }, 7, accepted]));
    assert.deepEqual(history.progressions(), [accepted]);
    assert.equal(history.available, true);
  });
  it('where the browser refuses to store, the change holds while the page is open and says so', () => {
    const { storage } = fakeStorage(true);
    const history = new LocalProgressionHistory('trunk-strength', () => storage);
    history.addProgression(accepted);
    assert.equal(history.available, false);
    assert.deepEqual(history.progressions(), [accepted]);
  });
});
