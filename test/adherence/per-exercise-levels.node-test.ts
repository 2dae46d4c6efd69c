// Each exercise at its own level (issue 24): once a patient accepts a level change for one
// exercise, the plan plays that exercise at its new level and the others at the level chosen;
// the session played so writes each exercise's level, ratings and outcome to the history, which
// is what the level suggestions read next time. In Node, on a fake clock.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { suggestLevels } from '../../src/adherence/progression.js';
import type { SessionRecord } from '../../src/adherence/types.js';
import { getRoutine } from '../../src/model/catalog.js';
import { doseAtLevel } from '../../src/model/dose.js';
import { resolveRoutine } from '../../src/model/parse.js';
import { levelAt, planRoutine } from '../../src/model/plan.js';
import type { Level } from '../../src/model/types.js';
import type { HistoryEntry } from '../../src/routine-player/progress-store.js';
import { fitsPlan, planFor } from '../../src/routine-player/session/routine-plan.js';
import { RoutineSession } from '../../src/routine-player/session/routine-session.js';
import type { ProgressSink } from '../../src/routine-player/session/types.js';
import { QuietTimeline } from '../routine-player/session/quiet-timeline.js';

const trunk = resolveRoutine(getRoutine('trunk-strength')!);
const crunch = trunk.exercises.findIndex((exercise) => exercise.id === 'half-crunch');
const levels: Level[] = trunk.exercises.map((_, index) => (index === crunch ? 'intermediate' : 'beginner'));

/** The repetitions each exercise's holds have in a plan. */
const repsByExercise = (plan: ReturnType<typeof planRoutine>) =>
  trunk.exercises.map((_, index) => plan.segments.find((segment) => segment.exerciseIndex === index && segment.kind === 'hold')!.reps);

describe('planRoutine with a level for each exercise', () => {
  it('plays each exercise at its own level', () => {
    const mixed = planRoutine(trunk, levels);
    const beginner = planRoutine(trunk, 'beginner');
    const intermediate = planRoutine(trunk, 'intermediate');
    assert.deepEqual(
      repsByExercise(mixed),
      trunk.exercises.map((exercise, index) => doseAtLevel(exercise.dose, levels[index]).reps),
    );
    assert.equal(repsByExercise(mixed)[crunch], repsByExercise(intermediate)[crunch]);
    assert.notEqual(repsByExercise(mixed)[crunch], repsByExercise(beginner)[crunch], 'the half crunch’s levels differ');
    const others = (plan: typeof mixed) => plan.segments.filter((segment) => segment.exerciseIndex !== crunch).map(({ kind, rep, reps, duration }) => [kind, rep, reps, duration]);
    assert.deepEqual(others(mixed), others(beginner), 'the other exercises as at beginner');
  });
  it('one level given for all is the same as that level', () => {
    assert.deepEqual(planRoutine(trunk, trunk.exercises.map(() => 'advanced' as Level)), planRoutine(trunk, 'advanced'));
    assert.equal(levelAt([], 2), 'beginner');
    assert.equal(levelAt(['advanced'], 2), 'advanced');
  });
  it('planFor plays an unknown level as beginner, exercise by exercise', () => {
    const odd = levels.map((level, index) => (index === 0 ? ('expert' as Level) : level));
    assert.deepEqual(planFor(trunk, odd, 'timer'), planFor(trunk, levels.map((level, index) => (index === 0 ? 'beginner' : level)), 'timer'));
  });
  it('saved progress fits the plan with the levels in force', () => {
    const plan = planFor(trunk, levels, 'timer');
    const segmentIndex = plan.segments.findIndex((segment) => segment.exerciseIndex === crunch + 1);
    const saved = { level: 'beginner' as const, segmentIndex, exerciseIndex: crunch + 1, savedAt: 0 };
    assert.equal(fitsPlan(trunk, 'timer', saved, () => levels), true);
    assert.equal(fitsPlan(trunk, 'timer', saved), false, 'at beginner for all, that segment is elsewhere');
  });
});

class Store implements ProgressSink {
  history: HistoryEntry[] = [];
  saveProgress(): void {}
  clearProgress(): void {}
  addHistory(entry: HistoryEntry): void {
    this.history.push(entry);
  }
  painStoppedSince(): boolean {
    return false;
  }
}

describe('RoutineSession with a level for each exercise', () => {
  it('records each exercise at its level with its rating; three easy sessions suggest moving up', () => {
    const store = new Store();
    for (let day = 0; day < 3; day++) {
      const plan = planFor(trunk, levels, 'timer');
      const timeline = new QuietTimeline(plan);
      const listener = { fire() {}, announce() {}, awaitsRating() {}, ended() {} };
      const session = new RoutineSession(timeline, listener, () => false, () => Date.UTC(2026, 0, 5 + day, 8) + timeline.now());
      timeline.onChanges = (changes) => session.apply(changes);
      session.start(trunk, trunk, 'beginner', store, 0, levels);
      assert.deepEqual(session.levels, levels);
      trunk.exercises.forEach((_, index) => session.rate(index, index === crunch ? { pain: 1, difficulty: 'easy' } : { pain: 0, difficulty: 'right' }));
      timeline.time.advance(plan.total);
      assert.equal(session.state, 'summary');
      assert.equal(session.levels, undefined);
    }
    const sessions = store.history as SessionRecord[];
    assert.deepEqual(
      sessions[0].exercises.map(({ level, pain, difficulty }) => [level, pain, difficulty]),
      trunk.exercises.map((_, index) => [levels[index], index === crunch ? 1 : 0, index === crunch ? 'easy' : 'right']),
    );
    assert.deepEqual(suggestLevels({ exercises: trunk.exercises, levels, sessions, progressions: [], painThreshold: 7 }), [
      { kind: 'up', index: crunch, id: 'half-crunch', from: 'intermediate', to: 'advanced' },
    ]);
  });
});
