// The level-suggestion rule (issue 24): move up only after three easy, nearly painless sessions
// in a row with no pain at the threshold; after a pain stop or a high pain rating step back, or
// call the clinic where there is no easier level. Every branch, in Node.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { levelsInForce, levelWithOtherDose, MOVE_UP_MAX_PAIN, SESSIONS_TO_MOVE_UP, suggestLevels, type ProgressionInput } from '../../src/adherence/progression.js';
import type { AcceptedProgression, ExerciseRecord, SessionRecord } from '../../src/adherence/types.js';
import type { Dose, Level } from '../../src/model/types.js';

const byLevel = (beginner: number, intermediate: number, advanced: number): Dose => ({ holdSeconds: 2, reps: { beginner, intermediate, advanced }, sets: 3, eachSide: false });
const crunch = { id: 'half-crunch', dose: byLevel(8, 12, 15) };
const twist = { id: 'lower-back-twist', dose: byLevel(2, 3, 4) };
const fixed = { id: 'own-stretch', dose: { holdSeconds: 30, reps: 2, sets: 1, eachSide: true } };

let day = 0;
/** A session a day: each exercise done at `level`, as `rated` says (index → rating), oldest first. */
function session(rated: Record<number, Partial<ExerciseRecord>>, extra: Partial<SessionRecord> = {}, level: Level = 'beginner'): SessionRecord {
  day++;
  const date = new Date(Date.UTC(2026, 0, day, 9)).toISOString();
  return {
    startedAt: date,
    date,
    completed: extra.reason !== 'pain',
    exercises: [crunch, twist].map(({ id }, index) => ({ index, id, outcome: 'done', level, ...rated[index] })),
    ...extra,
  };
}
const easy = (pain = 1): Partial<ExerciseRecord> => ({ pain, difficulty: 'easy' });
const input = (sessions: SessionRecord[], more: Partial<ProgressionInput> = {}): ProgressionInput => ({
  exercises: [crunch, twist],
  levels: ['beginner', 'beginner'],
  sessions,
  progressions: [],
  painThreshold: 7,
  ...more,
});
const easyWeek = () => [session({ 0: easy(0) }), session({ 0: easy(2) }), session({ 0: easy(1) })];
const up = { kind: 'up', index: 0, id: 'half-crunch', from: 'beginner', to: 'intermediate' } as const;

describe('suggestLevels: moving up', () => {
  it('suggests the next level after three sessions in a row rated easy with pain at most 2', () => {
    assert.equal(SESSIONS_TO_MOVE_UP, 3);
    assert.equal(MOVE_UP_MAX_PAIN, 2);
    assert.deepEqual(suggestLevels(input(easyWeek())), [up]);
  });
  it('needs three sessions: two are not enough, nor none', () => {
    assert.deepEqual(suggestLevels(input(easyWeek().slice(1))), []);
    assert.deepEqual(suggestLevels(input([])), []);
  });
  it('counts the last three sessions, whatever order they are stored in', () => {
    const sessions = [session({ 0: { pain: 5, difficulty: 'hard' } }), ...easyWeek()];
    assert.deepEqual(suggestLevels(input([...sessions].reverse())), [up]);
    const broken = [session({ 0: easy() }), session({ 0: easy() }), session({ 0: { pain: 1, difficulty: 'right' } }), session({ 0: easy() }), session({ 0: easy() })];
    assert.deepEqual(suggestLevels(input(broken)), [], 'a session not rated easy breaks the row');
  });
  it('not with pain 3 in one of them, nor rated "right" or "hard"', () => {
    for (const rating of [easy(3), { pain: 0, difficulty: 'right' }, { pain: 0, difficulty: 'hard' }] as Partial<ExerciseRecord>[]) {
      const sessions = easyWeek();
      sessions[1] = session({ 0: rating });
      assert.deepEqual(suggestLevels(input(sessions)), [], JSON.stringify(rating));
    }
  });
  it('not when the exercise was skipped, not reached or not rated in one of them', () => {
    for (const record of [{ outcome: 'skipped', ...easy() }, { outcome: 'not-reached' }, { difficulty: 'easy' }, {}] as Partial<ExerciseRecord>[]) {
      const sessions = easyWeek();
      sessions[2] = session({ 0: record });
      assert.deepEqual(suggestLevels(input(sessions)), [], JSON.stringify(record));
    }
  });
  it('never when any pain in those sessions reached the threshold, in any exercise', () => {
    const sessions = easyWeek();
    sessions[0] = session({ 0: easy(), 1: { pain: 7, difficulty: 'right' } });
    assert.deepEqual(suggestLevels(input(sessions)).filter((s) => s.index === 0), []);
    const atLowThreshold = [session({ 0: easy(0) }), session({ 0: easy(2) }), session({ 0: easy(1) })];
    assert.deepEqual(suggestLevels(input(atLowThreshold, { painThreshold: 2 })), [], 'pain 2 reaches a threshold of 2');
    const underIt = [session({ 0: easy(0) }), session({ 0: easy(1) }), session({ 0: easy(1) })];
    assert.deepEqual(suggestLevels(input(underIt, { painThreshold: 2 })), [up]);
  });
  it('never when one of those sessions was stopped for pain, even in another exercise', () => {
    const sessions = easyWeek();
    sessions[1] = session({ 0: easy(), 1: { outcome: 'stopped' } }, { reason: 'pain', stoppedAt: stop(1) });
    assert.deepEqual(suggestLevels(input(sessions)).filter((s) => s.index === 0), []);
  });
  it('counts only sessions played at the level in force now', () => {
    assert.deepEqual(suggestLevels(input(easyWeek(), { levels: ['intermediate', 'beginner'] })), []);
    const mixed = [session({ 0: easy() }), session({ 0: easy() }, {}, 'intermediate'), session({ 0: easy() })];
    assert.deepEqual(suggestLevels(input(mixed)), []);
  });
  it('moves to the nearest harder level whose dose differs; none from the top', () => {
    const sameNext = { id: 'half-crunch', dose: byLevel(8, 8, 12) };
    assert.deepEqual(suggestLevels(input(easyWeek(), { exercises: [sameNext, twist] })), [{ ...up, to: 'advanced' }]);
    const top = [session({ 0: easy() }, {}, 'advanced'), session({ 0: easy() }, {}, 'advanced'), session({ 0: easy() }, {}, 'advanced')];
    assert.deepEqual(suggestLevels(input(top, { levels: ['advanced', 'advanced'] })), []);
    const flatTop = { id: 'half-crunch', dose: byLevel(8, 12, 12) };
    const intermediate = top.map((s) => ({ ...s, exercises: s.exercises.map((r) => ({ ...r, level: 'intermediate' as const })) }));
    assert.deepEqual(suggestLevels(input(intermediate, { exercises: [flatTop, twist], levels: ['intermediate', 'intermediate'] })), []);
  });
  it('gives nothing for an exercise whose levels do not differ', () => {
    const sessions = easyWeek().map((s) => ({ ...s, exercises: [{ index: 0, id: 'own-stretch', outcome: 'done' as const, level: 'beginner' as const, ...easy() }] }));
    assert.deepEqual(suggestLevels(input(sessions, { exercises: [fixed], levels: ['beginner'] })), []);
    sessions[2] = { ...sessions[2], reason: 'pain', stoppedAt: stop(0) };
    assert.deepEqual(suggestLevels(input(sessions, { exercises: [fixed], levels: ['beginner'] })), [], 'not even after a pain stop');
  });
  it('only sessions after the last level change of the exercise count', () => {
    const sessions = easyWeek();
    const accepted = progression(0, 'beginner', 'intermediate', sessions[2].date);
    const stepBack = progression(0, 'intermediate', 'beginner', sessions[2].date);
    // Stepped back to beginner after those sessions: they were before, so they no longer count.
    assert.deepEqual(suggestLevels(input(sessions, { progressions: [accepted, stepBack] })), []);
    const later = [...sessions, session({ 0: easy() }), session({ 0: easy() }), session({ 0: easy() })];
    assert.deepEqual(suggestLevels(input(later, { progressions: [accepted, stepBack] })), [up]);
  });
  it('suggests for each exercise that qualifies, in the routine’s order', () => {
    const sessions = [session({ 0: easy(), 1: easy() }), session({ 0: easy(), 1: easy() }), session({ 0: easy(), 1: easy() })];
    assert.deepEqual(
      suggestLevels(input(sessions)).map((s) => [s.index, s.kind]),
      [
        [0, 'up'],
        [1, 'up'],
      ],
    );
  });
});

function stop(exerciseIndex: number) {
  return { exerciseIndex, exerciseId: [crunch, twist][exerciseIndex].id, phase: 'hold' as const, side: null, rep: 2, reps: 8, set: 1, sets: 3, secondsIntoHold: 1 };
}
function progression(index: number, from: Level, to: Level, date: string): AcceptedProgression {
  // Accepted a minute after `date`.
  return { date: new Date(Date.parse(date) + 60_000).toISOString(), index, id: [crunch, twist][index].id, from, to };
}

describe('suggestLevels: stepping back', () => {
  const intermediate: ProgressionInput['levels'] = ['intermediate', 'beginner'];
  const at = (level: Level, rated: Record<number, Partial<ExerciseRecord>>, extra: Partial<SessionRecord> = {}) =>
    session(rated, extra, level);
  it('after a pain stop in the exercise in the last session: one level easier', () => {
    const sessions = [...easyWeek(), at('intermediate', { 0: { outcome: 'stopped' } }, { reason: 'pain', stoppedAt: stop(0) })];
    assert.deepEqual(suggestLevels(input(sessions, { levels: intermediate })), [{ kind: 'down', index: 0, id: 'half-crunch', from: 'intermediate', to: 'beginner' }]);
  });
  it('after a pain rating at or over the threshold in the last session; not under it', () => {
    const sessions = [at('intermediate', { 0: { pain: 7, difficulty: 'hard' } })];
    assert.deepEqual(suggestLevels(input(sessions, { levels: intermediate })).map((s) => s.kind), ['down']);
    const under = [at('intermediate', { 0: { pain: 6, difficulty: 'hard' } })];
    assert.deepEqual(suggestLevels(input(under, { levels: intermediate })), []);
    assert.deepEqual(suggestLevels(input(under, { levels: intermediate, painThreshold: 5 })).map((s) => s.kind), ['down'], 'the player’s own threshold');
  });
  it('only after the last session: an older pain stop is not held against the exercise', () => {
    const sessions = [at('intermediate', { 0: { outcome: 'stopped' } }, { reason: 'pain', stoppedAt: stop(0) }), at('intermediate', { 0: { pain: 1 } })];
    assert.deepEqual(suggestLevels(input(sessions, { levels: intermediate })), []);
  });
  it('at beginner, or where no easier level has another dose: call the clinic', () => {
    const sessions = [at('beginner', { 0: { outcome: 'stopped' } }, { reason: 'pain', stoppedAt: stop(0) })];
    assert.deepEqual(suggestLevels(input(sessions)), [{ kind: 'clinic', index: 0, id: 'half-crunch', from: 'beginner' }]);
    const sameBelow = { id: 'half-crunch', dose: byLevel(10, 10, 12) };
    const hurt = [at('intermediate', { 0: { pain: 8 } })];
    assert.deepEqual(suggestLevels(input(hurt, { exercises: [sameBelow, twist], levels: intermediate })).map((s) => s.kind), ['clinic']);
  });
  it('a pain stop in another exercise suggests nothing for this one', () => {
    const sessions = [at('intermediate', { 0: easy(), 1: { outcome: 'stopped' } }, { reason: 'pain', stoppedAt: stop(1) })];
    const levels: Level[] = ['intermediate', 'intermediate'];
    assert.deepEqual(suggestLevels(input(sessions, { levels, exercises: [crunch, { ...twist, dose: byLevel(3, 3, 4) }] })).map((s) => [s.index, s.kind]), [[1, 'clinic']]);
    assert.deepEqual(suggestLevels(input(sessions, { levels })).map((s) => [s.index, s.kind]), [[1, 'down']]);
  });
  it('not when it hurt at a harder level than the one in force now (the person already stepped back)', () => {
    const sessions = [at('intermediate', { 0: { pain: 8 } })];
    assert.deepEqual(suggestLevels(input(sessions)).filter((s) => s.index === 0), []);
  });
  it('not again once the step back was accepted', () => {
    const sessions = [at('intermediate', { 0: { outcome: 'stopped' } }, { reason: 'pain', stoppedAt: stop(0) })];
    const accepted = progression(0, 'intermediate', 'beginner', sessions[0].date);
    const levels = levelsInForce([crunch, twist], [accepted], 'intermediate');
    assert.deepEqual(levels, ['beginner', 'intermediate']);
    assert.deepEqual(suggestLevels(input(sessions, { levels, progressions: [accepted] })).filter((s) => s.index === 0), []);
  });
  it('the step back wins over three easy sessions before it', () => {
    const sessions = [...easyWeek(), at('beginner', { 0: { pain: 9 } })];
    assert.deepEqual(suggestLevels(input(sessions)).map((s) => s.kind), ['clinic']);
  });
});

describe('levelsInForce', () => {
  it('is the last change accepted for each exercise, else the level chosen', () => {
    const first = progression(0, 'beginner', 'intermediate', '2026-02-01T09:00:00.000Z');
    const second = progression(0, 'intermediate', 'advanced', '2026-02-05T09:00:00.000Z');
    assert.deepEqual(levelsInForce([crunch, twist], [second, first], 'beginner'), ['advanced', 'beginner']);
  });
  it('ignores a change for another exercise at that place (the routine changed)', () => {
    const other = { ...progression(0, 'beginner', 'advanced', '2026-02-01T09:00:00.000Z'), id: 'knee-to-chest' };
    assert.deepEqual(levelsInForce([crunch], [other], 'intermediate'), ['intermediate']);
  });
});

describe('levelWithOtherDose', () => {
  it('finds the nearest level up or down whose repetitions differ', () => {
    assert.equal(levelWithOtherDose(byLevel(8, 12, 15), 'beginner', 1), 'intermediate');
    assert.equal(levelWithOtherDose(byLevel(8, 8, 15), 'beginner', 1), 'advanced');
    assert.equal(levelWithOtherDose(byLevel(8, 12, 12), 'advanced', -1), 'beginner');
    assert.equal(levelWithOtherDose(byLevel(8, 12, 15), 'beginner', -1), undefined);
    assert.equal(levelWithOtherDose(fixed.dose, 'intermediate', 1), undefined);
  });
});
