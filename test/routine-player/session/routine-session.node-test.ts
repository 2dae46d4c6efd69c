// The routine session's rules, in Node with no DOM (npm run test:session): what the player's browser
// tests show on screen, checked here on the session itself, on a fake clock.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { getRoutine } from '../../../src/model/catalog.js';
import { resolveRoutine } from '../../../src/model/parse.js';
import type { Level, Pace, ResolvedRoutine } from '../../../src/model/types.js';
import type { Segment } from '../../../src/model/plan.js';
import {
  RoutinePlayerCompleteEvent,
  RoutinePlayerPauseEvent,
  RoutinePlayerResumeEvent,
  RoutinePlayerStartEvent,
  RoutinePlayerStepEvent,
  RoutinePlayerStopEvent,
  type RoutineSummary,
} from '../../../src/routine-player/events.js';
import type { SessionRecord } from '../../../src/adherence/types.js';
import type { HistoryEntry, SavedProgress } from '../../../src/routine-player/progress-store.js';
import { fitsPlan, planFor } from '../../../src/routine-player/session/routine-plan.js';
import { RoutineSession } from '../../../src/routine-player/session/routine-session.js';
import type { AwaitedRating, ProgressSink, RoutineListener } from '../../../src/routine-player/session/types.js';
import { QuietTimeline } from './quiet-timeline.js';

const MINUTE = 60_000;
/** The first exercise's get-ready in a routine (at least 15 s: time to get down on the floor). */
const GET_READY = 15_000;
/** Wall time at the start of each test: 2025-03-03 08:00 UTC. */
const WALL_START = Date.UTC(2025, 2, 3, 8);

/** What the session told its player, in order: the events it fired, and what to say, ask and end. */
type Change =
  | { type: 'start'; exerciseIndex: number; routine: string; level: string }
  | { type: 'step'; segment: Segment; late: boolean; event: RoutinePlayerStepEvent }
  | { type: 'pause' | 'resume'; exerciseIndex: number }
  | { type: 'end'; reason: 'complete' | 'pain'; summary: RoutineSummary }
  | { type: 'announce'; segment: Segment; late: boolean }
  | { type: 'rate'; index: number; last: boolean }
  | { type: 'ended'; reason: 'complete' | 'pain' };

/** A listener that records what it is told as {@link Change}s (each event fired once, as the class its name says). */
class RecordingListener implements RoutineListener {
  readonly changes: Change[] = [];
  fire(event: Event): void {
    const { changes } = this;
    assert.ok(event.bubbles && !event.composed, `${event.type} bubbles and is not composed`);
    if (event instanceof RoutinePlayerStartEvent) changes.push({ type: 'start', exerciseIndex: event.exerciseIndex, routine: event.routine, level: event.level });
    else if (event instanceof RoutinePlayerStepEvent) changes.push({ type: 'step', segment: event.segment, late: event.late, event });
    else if (event instanceof RoutinePlayerPauseEvent) changes.push({ type: 'pause', exerciseIndex: event.exerciseIndex });
    else if (event instanceof RoutinePlayerResumeEvent) changes.push({ type: 'resume', exerciseIndex: event.exerciseIndex });
    else if (event instanceof RoutinePlayerCompleteEvent) changes.push({ type: 'end', reason: 'complete', summary: event.summary });
    else if (event instanceof RoutinePlayerStopEvent) changes.push({ type: 'end', reason: event.reason, summary: event.summary });
    else assert.fail(`an unknown event: ${event.type}`);
  }
  announce(segment: Segment, late: boolean): void {
    this.changes.push({ type: 'announce', segment, late });
  }
  awaitsRating({ index, last }: AwaitedRating): void {
    this.changes.push({ type: 'rate', index, last });
  }
  ended(reason: 'complete' | 'pain'): void {
    this.changes.push({ type: 'ended', reason });
  }
}

/** A store that records what the session writes. */
class RecordingStore implements ProgressSink {
  saved: SavedProgress[] = [];
  cleared = 0;
  history: (HistoryEntry | SessionRecord)[] = [];
  saveProgress(progress: SavedProgress): void {
    this.saved.push(progress);
  }
  clearProgress(): void {
    this.cleared += 1;
  }
  addHistory(entry: HistoryEntry | SessionRecord): void {
    this.history.push(entry);
  }
  /** Wall time of a pain stop another tab recorded, if any. */
  painStopAt: number | undefined;
  painStoppedSince(time: number): boolean {
    return this.painStopAt !== undefined && this.painStopAt >= time;
  }
}

interface Options {
  routine?: string | ResolvedRoutine;
  level?: Level;
  pace?: Pace;
  ratings?: boolean;
  remember?: boolean;
}

/** A session of `routine` on a quiet timeline, with everything it tells recorded. */
function setUp({ routine = 'lower-back', level = 'beginner', pace = 'timer', ratings = false, remember = true }: Options = {}) {
  const resolved = typeof routine === 'string' ? resolveRoutine(getRoutine(routine)!) : routine;
  const plan = planFor(resolved, level, pace);
  const timeline = new QuietTimeline(plan);
  const { time } = timeline;
  const startTime = time.now();
  const listener = new RecordingListener();
  const { changes } = listener;
  const settings = { ratings };
  const store = new RecordingStore();
  const session = new RoutineSession(
    timeline,
    listener,
    () => settings.ratings,
    () => WALL_START + time.now() - startTime,
  );
  timeline.onChanges = (reported) => session.apply(reported);
  return {
    session,
    timeline,
    time,
    plan,
    routine: resolved,
    changes,
    listener,
    settings,
    store,
    start: (atSegment = 0) => session.start(resolved, resolved, level, remember ? store : undefined, atSegment),
    /** The changes of one type, since the start. */
    of: <T extends Change['type']>(type: T) => changes.filter((change): change is Extract<Change, { type: T }> => change.type === type),
    /** Milliseconds of the plan done. */
    elapsed: () => timeline.session.elapsed(time.now()),
    status: () => timeline.session.status(time.now()),
    exercise: () => timeline.snapshot().segment.exerciseIndex,
  };
}

/** Start of the first segment of exercise `index` in `plan`. */
const startOf = (plan: { segments: { exerciseIndex: number; start: number }[] }, index: number) =>
  plan.segments.find((segment) => segment.exerciseIndex === index)!.start;

describe('RoutineSession: a whole routine', () => {
  for (const level of ['beginner', 'intermediate', 'advanced'] as const) {
    it(`plays every segment of lower-back in order at ${level}, each exercise once, and completes once, on time`, () => {
      const { session, time, plan, start, of, changes } = setUp({ level });
      start();
      assert.equal(session.state, 'playing');
      assert.equal(session.level, level);
      time.advance(plan.total - 1);
      assert.equal(of('end').length, 0, 'not over a millisecond early');
      time.advance(1);
      assert.deepEqual(
        of('announce').map((change) => change.segment),
        plan.segments,
        'every segment announced as it begins, in order',
      );
      assert.ok(of('announce').every((change) => !change.late));
      assert.deepEqual(
        of('step').map((change) => change.segment.exerciseIndex),
        [0, 1, 2, 3, 4, 5],
      );
      assert.deepEqual(changes[0], { type: 'start', exerciseIndex: 0, routine: 'lower-back', level });
      assert.deepEqual(
        changes.slice(-2).map((change) => change.type),
        ['ended', 'end'],
        'the player is told the session ended before its event fires',
      );
      const ends = of('end');
      assert.equal(ends.length, 1);
      const { summary, reason } = ends[0];
      assert.equal(reason, 'complete');
      assert.deepEqual(
        { routine: summary.routine, level: summary.level, completed: summary.completed, elapsedSeconds: summary.elapsedSeconds, pausedSeconds: summary.pausedSeconds },
        { routine: 'lower-back', level, completed: true, elapsedSeconds: plan.total / 1000, pausedSeconds: 0 },
      );
      assert.deepEqual(
        summary.exercises.map((exercise) => exercise.outcome),
        Array(6).fill('done'),
      );
      assert.equal(summary.stopReason, undefined);
      assert.equal(session.state, 'summary');
      assert.equal(session.summary, summary);
      assert.equal(session.level, undefined, 'no level is being played any more');
      assert.equal(time.pendingTimers, 0, 'nothing wakes the page any more');
    });
  }

  it('names the exercises in the summary as the person saw them', () => {
    const { session, plan, time, routine, of } = setUp({ routine: 'lower-back-stretches' });
    const shown = { ...routine, name: 'Rückendehnung', exercises: routine.exercises.map((exercise) => ({ ...exercise, name: `${exercise.name} (de)` })) };
    session.start(routine, shown, 'beginner', undefined);
    time.advance(plan.total);
    const { summary } = of('end')[0];
    assert.equal(summary.name, 'Rückendehnung');
    assert.deepEqual(
      summary.exercises.map((exercise) => [exercise.id, exercise.name]),
      routine.exercises.map((exercise) => [exercise.id, `${exercise.name} (de)`]),
    );
    assert.deepEqual(
      of('step').map(({ event }) => event.exercise),
      routine.exercises,
      'each step event carries the exercise as read',
    );
  });

  it('dates the summary by wall time and counts its seconds by the session', () => {
    const { plan, time, start, of } = setUp({ routine: 'lower-back-stretches' });
    time.advance(5000);
    start();
    time.advance(plan.total);
    const { summary } = of('end')[0];
    assert.equal(summary.startedAt, new Date(WALL_START + 5000).toISOString());
    assert.equal(summary.endedAt, new Date(WALL_START + 5000 + plan.total).toISOString());
  });

  it('does nothing without a plan to play, and never starts twice', () => {
    const { routine, start, changes, time, listener } = setUp();
    const empty = new RoutineSession(
      { session: null, now: () => 0, snapshot: () => null, start: () => true, pause: () => true, resume: () => true, catchUp: () => false, skip: () => true, goTo: () => true, reset: () => undefined },
      listener,
    );
    empty.start(routine, routine, 'beginner', undefined);
    assert.equal(empty.state, 'before');
    start();
    time.advance(5000);
    start();
    assert.equal(changes.filter((change) => change.type === 'start').length, 1);
  });
});

describe('RoutineSession: pause and resume', () => {
  it('pauses mid-hold: time stands still and the end moves by exactly the pause', () => {
    const { session, time, plan, start, of, elapsed, status } = setUp({ routine: 'lower-back-stretches' });
    start();
    time.advance(20_000);
    session.pause();
    assert.deepEqual(of('pause'), [{ type: 'pause', exerciseIndex: 0 }]);
    assert.equal(status(), 'paused');
    const at = elapsed();
    time.advance(MINUTE);
    assert.equal(elapsed(), at, 'no time passes while paused');
    assert.equal(time.pendingTimers, 0, 'nothing wakes the page while paused');
    session.resume();
    assert.deepEqual(of('resume'), [{ type: 'resume', exerciseIndex: 0 }]);
    time.advance(plan.total - at - 1);
    assert.equal(of('end').length, 0);
    time.advance(1);
    const { summary } = of('end')[0];
    assert.equal(summary.pausedSeconds, 60);
    assert.equal(summary.elapsedSeconds, plan.total / 1000 + 60);
  });

  it('the primary button toggles: Pause while running, Resume while paused', () => {
    const { session, time, start, status, of } = setUp();
    start();
    time.advance(8000);
    session.toggle();
    assert.equal(status(), 'paused');
    session.toggle();
    assert.equal(status(), 'running');
    assert.deepEqual(
      of('pause').length + of('resume').length,
      2,
    );
  });
});

describe('RoutineSession: next and previous', () => {
  it('moves between exercises, counting a skipped one as skipped', () => {
    const { session, time, plan, start, of, exercise } = setUp({ routine: 'lower-back-stretches' });
    start();
    time.advance(7000);
    session.next();
    assert.equal(exercise(), 1);
    assert.equal(of('announce').at(-1)!.segment.kind, 'transition', 'the next exercise opens with getting into position');
    session.previous();
    assert.equal(exercise(), 0);
    assert.deepEqual(
      of('step').map((change) => change.segment.exerciseIndex),
      [0, 1, 0],
    );
    assert.equal(of('step')[2].segment, plan.segments[0], 'back at the very start of the exercise');
    session.next();
    session.next();
    session.next();
    const ends = of('end');
    assert.equal(ends.length, 1);
    assert.equal(ends[0].reason, 'complete');
    assert.deepEqual(
      ends[0].summary.exercises.map((report) => report.outcome),
      ['skipped', 'skipped', 'skipped'],
    );
  });

  it('Previous goes back to the exercise before; Next from one already done leaves it done', () => {
    const { session, time, plan, start, of, exercise } = setUp({ routine: 'lower-back-stretches' });
    start();
    time.advance(startOf(plan, 1) + 3000);
    session.previous();
    assert.equal(exercise(), 0);
    session.next();
    time.advance(plan.total);
    assert.deepEqual(
      of('end')[0].summary.exercises.map((report) => report.outcome),
      ['done', 'done', 'done'],
    );
  });
});

describe('RoutineSession: self-paced sets (Done)', () => {
  it('waits for Done, however long, then goes on from there', () => {
    const { session, time, plan, start, of, status, elapsed } = setUp({ routine: 'trunk-strength', pace: 'done' });
    start();
    time.advance(GET_READY);
    const wait = plan.segments.find((segment) => segment.selfPaced)!;
    assert.equal(session.waiting, true);
    assert.equal(of('announce').at(-1)!.segment, wait);
    assert.equal(status(), 'paused');
    time.advance(10 * MINUTE);
    assert.equal(session.waiting, true, 'still waiting after ten minutes');
    assert.equal(elapsed(), wait.start);
    session.pause();
    session.resume();
    assert.equal(of('pause').length + of('resume').length, 0, 'Pause and Resume do nothing while it waits');
    session.done();
    assert.equal(session.waiting, false);
    const rest = of('announce').at(-1)!.segment;
    assert.deepEqual([rest.kind, rest.restBetween, rest.duration], ['rest', 'sets', 30_000]);
    assert.equal(status(), 'running');
    time.advance(30_000);
    assert.equal(session.waiting, true, 'the next set waits too');
  });

  it('the primary button is Done while it waits', () => {
    const { session, time, start, status } = setUp({ routine: 'trunk-strength', pace: 'done' });
    start();
    time.advance(GET_READY);
    session.toggle();
    assert.equal(session.waiting, false);
    assert.equal(status(), 'running');
  });

  it('an item paced by the timer is not waited for, even when the player waits for Done', () => {
    const routine = resolveRoutine({ id: 'one', name: 'One', items: [{ exercise: 'half-crunch', pace: 'timer' }] });
    const { session, time, start, status } = setUp({ routine, pace: 'done' });
    start();
    time.advance(GET_READY);
    assert.equal(session.waiting, false);
    assert.equal(status(), 'running');
    assert.equal(planFor(routine, 'beginner', 'done').segments.some((segment) => segment.selfPaced), false);
  });

  it('plans an unknown level as beginner (the attribute check reports it; the plan still plays)', () => {
    const routine = resolveRoutine(getRoutine('trunk-strength')!);
    assert.deepEqual(planFor(routine, 'expert' as Level, 'timer'), planFor(routine, 'beginner', 'timer'));
    assert.notDeepEqual(planFor(routine, 'advanced', 'timer'), planFor(routine, 'beginner', 'timer'));
  });

  it('waits for Done even when the page was hidden past it', () => {
    const { session, time, plan, start, of, elapsed } = setUp({ routine: 'trunk-strength', pace: 'done' });
    start();
    time.advance(1000);
    time.setHidden(true);
    time.advance(10 * MINUTE);
    time.setHidden(false);
    assert.equal(session.waiting, true);
    assert.equal(elapsed(), plan.segments.find((segment) => segment.selfPaced)!.start, 'stopped exactly where the person has to act');
    assert.equal(of('end').length, 0);
    assert.equal(session.state, 'playing');
  });

  it('a long stall while visible does not carry a self-paced set past its Done', () => {
    const { session, time, start, status } = setUp({ routine: 'trunk-strength', pace: 'done' });
    start();
    time.advance(1000);
    time.jump(10 * MINUTE);
    time.advance(1000);
    assert.equal(session.waiting, true);
    session.done();
    assert.equal(session.waiting, false);
    assert.equal(status(), 'running');
  });

  it('Resume pressed as a wait arrives, before anything noticed it, shows the wait and resumes nothing', () => {
    const { session, time, start, of } = setUp({ routine: 'trunk-strength', pace: 'done' });
    start();
    time.advance(1000);
    time.jump(MINUTE);
    session.resume();
    assert.equal(of('resume').length, 0);
    assert.equal(session.waiting, true);
  });

  it('Next while waiting leaves the wait for the next exercise', () => {
    const { session, time, start, exercise, status } = setUp({ routine: 'trunk-strength', pace: 'done' });
    start();
    time.advance(GET_READY);
    session.next();
    assert.equal(session.waiting, false);
    assert.equal(exercise(), 1);
    assert.equal(status(), 'running');
  });
});

describe('RoutineSession: Stop — this hurts', () => {
  it('ends at once, recording the exercise as stopped and exactly where', () => {
    const { session, time, start, of, store, status } = setUp();
    start();
    time.advance(GET_READY + 25_000);
    session.stopForPain();
    const ends = of('end');
    assert.equal(ends.length, 1);
    const { reason, summary } = ends[0];
    assert.equal(reason, 'pain');
    assert.equal(summary.completed, false);
    assert.equal(summary.stopReason, 'pain');
    assert.deepEqual(
      summary.exercises.map((report) => report.outcome),
      ['stopped', ...Array(5).fill('not-reached')],
    );
    assert.deepEqual(summary.stoppedAt, { exerciseIndex: 0, exerciseId: 'knee-to-chest', phase: 'hold', side: 'left', rep: 1, reps: 1, set: 1, sets: 1, secondsIntoHold: 25 });
    assert.equal(session.state, 'stopped');
    assert.equal(status(), 'idle', 'the timeline is reset');
    assert.equal(time.pendingTimers, 0, 'nothing wakes the page any more');
    // The history keeps a session record (history version 2): what became of each exercise, at its level, and where it stopped.
    assert.deepEqual(store.history, [
      {
        startedAt: summary.startedAt,
        date: summary.endedAt,
        completed: false,
        reason: 'pain',
        stoppedAt: summary.stoppedAt,
        exercises: summary.exercises.map(({ id, outcome }, index) => ({ index, id, outcome, level: 'beginner' })),
      },
    ]);
    assert.equal(store.cleared, 1, 'a stopped session is not offered for resuming');
    time.advance(MINUTE);
    assert.equal(session.state, 'stopped');
    assert.equal(of('end').length, 1);
  });

  it('knows the side, rep, set and tenths of a second into the hold', () => {
    const { session, time, plan, start, of } = setUp({ routine: 'lower-back-stretches' });
    start();
    const right = plan.segments.find((segment) => segment.kind === 'hold' && segment.side === 'right')!;
    time.advance(right.start + 12_345);
    session.stopForPain();
    assert.deepEqual(of('end')[0].summary.stoppedAt, { exerciseIndex: 0, exerciseId: 'knee-to-chest', phase: 'hold', side: 'right', rep: 1, reps: 1, set: 1, sets: 1, secondsIntoHold: 12.3 });
  });

  it('outside a hold, says the phase and no seconds into a hold', () => {
    const { session, time, plan, start, of } = setUp({ routine: 'lower-back-stretches' });
    start();
    time.advance(startOf(plan, 1) + 2000);
    session.stopForPain();
    const { stoppedAt, exercises } = of('end')[0].summary;
    assert.deepEqual(stoppedAt, { exerciseIndex: 1, exerciseId: 'lower-back-twist', phase: 'transition', side: 'left', rep: 1, reps: 1, set: 1, sets: 1, secondsIntoHold: 0 });
    assert.deepEqual(
      exercises.map((report) => report.outcome),
      ['done', 'stopped', 'not-reached'],
    );
  });

  it('while waiting for Done, stops there', () => {
    const { session, time, start, of } = setUp({ routine: 'trunk-strength', pace: 'done' });
    start();
    time.advance(GET_READY);
    session.stopForPain();
    assert.equal(of('end')[0].summary.stoppedAt!.phase, 'hold');
    assert.equal(session.waiting, false);
    assert.equal(session.state, 'stopped');
  });
});

describe('RoutineSession: ratings', () => {
  it('waits, clock stopped, for the rating of the exercise just done, then goes on to the next', () => {
    const { session, time, plan, start, of, status, elapsed, exercise } = setUp({ routine: 'lower-back-stretches', ratings: true });
    start();
    time.advance(GET_READY + 96_000);
    assert.deepEqual(of('rate'), [{ type: 'rate', index: 0, last: false }]);
    assert.deepEqual(session.rating, { index: 0, last: false });
    assert.equal(status(), 'paused');
    const at = elapsed();
    assert.equal(at, startOf(plan, 1), 'held at the start of the next exercise');
    time.advance(2 * MINUTE);
    assert.equal(elapsed(), at, 'no time passes while rating');
    assert.deepEqual(session.rating, { index: 0, last: false }, 'an unanswered prompt holds the routine');
    session.pause();
    session.resume();
    session.next();
    session.previous();
    assert.equal(of('pause').length + of('resume').length, 0, 'the playback buttons do nothing while rating');
    assert.equal(exercise(), 1);
    session.rate(0, { pain: 2 });
    assert.deepEqual(session.ratingOf(0), { pain: 2 });
    session.continueAfterRating();
    assert.equal(session.rating, null);
    assert.equal(status(), 'running');
    const announced = of('announce').at(-1)!.segment;
    assert.deepEqual([announced.exerciseIndex, announced.kind], [1, 'transition']);
    time.advance(10_000);
    assert.deepEqual([of('announce').at(-1)!.segment.kind, of('announce').at(-1)!.segment.side], ['hold', 'left']);
    assert.equal(of('rate').length, 1, 'never a prompt for the wrong exercise');
  });

  it('keeps pain and difficulty together, and reports them in the summary', () => {
    const { session, time, plan, start, of } = setUp({ routine: 'lower-back-stretches', ratings: true });
    start();
    time.advance(GET_READY + 96_000);
    session.rate(0, { pain: 3 });
    session.rate(0, { difficulty: 'easy' });
    session.rate(0, { pain: 4 });
    session.continueAfterRating();
    time.advance(plan.total);
    session.continueAfterRating();
    time.advance(plan.total);
    session.continueAfterRating();
    const { summary } = of('end')[0];
    assert.deepEqual(summary.exercises[0], { id: 'knee-to-chest', name: 'Knee to Chest', outcome: 'done', pain: 4, difficulty: 'easy' });
    assert.deepEqual(Object.keys(summary.exercises[1]), ['id', 'name', 'outcome'], 'no rating, no rating fields');
  });

  it('Stop now from the rating: the exercise that hurt is stopped, with its rating, phase "rating"', () => {
    const { session, time, start, of } = setUp({ routine: 'lower-back-stretches', ratings: true });
    start();
    time.advance(GET_READY + 96_000);
    session.rate(0, { pain: 6 });
    session.rate(0, { difficulty: 'hard' });
    session.stopForPain();
    const { summary, reason } = of('end')[0];
    assert.equal(reason, 'pain');
    assert.deepEqual(summary.exercises[0], { id: 'knee-to-chest', name: 'Knee to Chest', outcome: 'stopped', pain: 6, difficulty: 'hard' });
    assert.deepEqual(summary.stoppedAt, { exerciseIndex: 0, exerciseId: 'knee-to-chest', phase: 'rating', side: 'right', rep: 1, reps: 1, set: 1, sets: 1, secondsIntoHold: 0 });
    assert.deepEqual(
      summary.exercises.map((report) => report.outcome),
      ['stopped', 'not-reached', 'not-reached'],
    );
  });

  it('asks about the last exercise before the summary', () => {
    const { session, time, plan, start, of } = setUp({ routine: 'trunk-strength', ratings: true });
    start();
    for (let guard = 0; guard < 5 && session.state === 'playing'; guard++) {
      time.advance(plan.total);
      session.continueAfterRating();
    }
    assert.deepEqual(
      of('rate').map(({ index, last }) => [index, last]),
      [
        [0, false],
        [1, false],
        [2, true],
      ],
    );
    assert.equal(of('end').length, 1);
    assert.equal(session.state, 'summary');
    assert.equal(of('end')[0].summary.completed, true);
  });

  it('a page hidden past the end of an exercise comes back asking about that exercise', () => {
    const { session, time, plan, start, elapsed, status } = setUp({ routine: 'lower-back-stretches', ratings: true });
    start();
    time.advance(GET_READY);
    time.setHidden(true);
    time.advance(5 * MINUTE);
    time.setHidden(false);
    assert.deepEqual(session.rating, { index: 0, last: false });
    assert.equal(status(), 'paused');
    assert.equal(elapsed(), startOf(plan, 1));
  });

  it('ratings turned off during a session no longer hold it after each exercise', () => {
    const { session, time, start, settings, status, exercise, of } = setUp({ routine: 'lower-back-stretches', ratings: true });
    start();
    time.advance(GET_READY);
    settings.ratings = false;
    session.updateStops();
    time.advance(100_000);
    assert.equal(status(), 'running');
    assert.equal(exercise(), 1);
    assert.equal(of('rate').length, 0);
  });

  it('ratings turned on just before an exercise ends hold the session, even before its stops are updated', () => {
    const { time, start, settings, of, status, elapsed } = setUp({ routine: 'lower-back-stretches' });
    start();
    time.advance(GET_READY);
    settings.ratings = true;
    time.advance(100_000);
    assert.deepEqual(of('rate'), [{ type: 'rate', index: 0, last: false }]);
    assert.equal(status(), 'paused');
    const at = elapsed();
    time.advance(MINUTE);
    assert.equal(elapsed(), at);
  });

  it('ratings turned on during a session hold it after the exercise in progress', () => {
    const { session, time, start, settings, of } = setUp({ routine: 'lower-back-stretches' });
    start();
    time.advance(GET_READY);
    settings.ratings = true;
    session.updateStops();
    time.advance(100_000);
    assert.deepEqual(of('rate'), [{ type: 'rate', index: 0, last: false }]);
  });
});

describe('RoutineSession: what is saved (remember)', () => {
  it('saves progress as each exercise begins, then at the end forgets it and adds to the history', () => {
    const { time, plan, start, store, of } = setUp({ routine: 'lower-back-stretches', level: 'advanced' });
    start();
    time.advance(plan.total);
    const starts = [0, 1, 2].map((index) => plan.segments.findIndex((segment) => segment.exerciseIndex === index));
    assert.deepEqual(
      store.saved,
      starts.map((segmentIndex, exerciseIndex) => ({ level: 'advanced', segmentIndex, exerciseIndex, savedAt: WALL_START + plan.segments[segmentIndex].start, startedAt: WALL_START })),
    );
    assert.equal(store.cleared, 1);
    const { summary } = of('end')[0];
    assert.deepEqual(store.history, [
      {
        startedAt: new Date(WALL_START).toISOString(),
        date: summary.endedAt,
        completed: true,
        exercises: ['knee-to-chest', 'lower-back-twist', 'side-trunk-stretch'].map((id, index) => ({ index, id, outcome: 'done', level: 'advanced' })),
      },
    ]);
  });

  it('resumes saved progress at its exercise: the ones before count as done', () => {
    const { session, plan, routine, start, store, of, exercise } = setUp({ routine: 'lower-back' });
    const saved = { level: 'beginner' as const, segmentIndex: plan.segments.findIndex((segment) => segment.exerciseIndex === 2), exerciseIndex: 2, savedAt: WALL_START };
    assert.equal(fitsPlan(routine, 'timer', saved), true);
    start(saved.segmentIndex);
    assert.deepEqual(of('start'), [{ type: 'start', exerciseIndex: 2, routine: 'lower-back', level: 'beginner' }]);
    assert.equal(exercise(), 2);
    assert.equal(of('announce')[0].segment.kind, 'transition', 'getting into position');
    assert.deepEqual(store.saved[0], { level: 'beginner', segmentIndex: saved.segmentIndex, exerciseIndex: 2, savedAt: WALL_START, startedAt: WALL_START });
    session.stopForPain();
    assert.deepEqual(
      of('end')[0].summary.exercises.map((report) => report.outcome),
      ['done', 'done', 'stopped', 'not-reached', 'not-reached', 'not-reached'],
    );
  });

  it('offers only progress that points at the start of an exercise of the plan as it is now', () => {
    const routine = resolveRoutine(getRoutine('lower-back-stretches')!);
    const plan = planFor(routine, 'intermediate', 'timer');
    const first = plan.segments.findIndex((segment) => segment.exerciseIndex === 1);
    const at = (segmentIndex: number, exerciseIndex: number) => ({ level: 'intermediate' as const, segmentIndex, exerciseIndex, savedAt: 0 });
    assert.equal(fitsPlan(routine, 'timer', at(first, 1)), true);
    assert.equal(fitsPlan(routine, 'timer', at(first + 1, 1)), false, 'inside the exercise');
    assert.equal(fitsPlan(routine, 'timer', at(first, 2)), false, 'another exercise');
    assert.equal(fitsPlan(routine, 'timer', at(plan.segments.length, 3)), false, 'past the end');
  });

  it('writes nothing more once remember is turned off', () => {
    const { session, time, start, store } = setUp({ routine: 'lower-back-stretches' });
    start();
    time.advance(1000);
    assert.equal(store.saved.length, 1);
    session.stopStoring();
    session.next();
    session.stopForPain();
    assert.deepEqual([store.saved.length, store.cleared, store.history.length], [1, 0, 0]);
  });

  it('writes nothing without a store', () => {
    const { session, time, plan, start, store } = setUp({ routine: 'lower-back-stretches', remember: false });
    start();
    time.advance(plan.total);
    assert.equal(session.state, 'summary');
    assert.deepEqual([store.saved.length, store.cleared, store.history.length], [0, 0, 0]);
  });
});

describe('RoutineSession: a page hidden or asleep', () => {
  it('on return, reports the exercises passed as late steps, and plays on where real time says', () => {
    const { time, plan, start, of, status, elapsed } = setUp();
    start();
    time.advance(GET_READY + 15_000);
    time.setHidden(true);
    time.advance(10 * MINUTE);
    assert.equal(of('step').length, 1, 'nothing happens while hidden');
    time.setHidden(false);
    const now = GET_READY + 15_000 + 10 * MINUTE;
    assert.equal(elapsed(), now);
    const exercise = plan.segments.find((segment) => segment.start <= now && now < segment.start + segment.duration)!.exerciseIndex;
    assert.deepEqual(
      of('step').map((change) => [change.segment.exerciseIndex, change.late]),
      [[0, false], ...Array.from({ length: exercise }, (_, index) => [index + 1, true])],
    );
    assert.equal(of('announce').at(-1)!.late, true, 'too late to speak');
    assert.equal(status(), 'running');
    time.advance(plan.total - now);
    assert.equal(of('end')[0].reason, 'complete');
  });
});

describe('RoutineSession: every method in every state', () => {
  const METHODS = ['start', 'pause', 'resume', 'next', 'previous', 'done', 'stopForPain'] as const;
  type State = 'before' | 'playing' | 'paused' | 'waiting for Done' | 'stopped' | 'summary';
  /** After calling the method twice: state, timeline status, exercise in progress, and how many of each change. */
  const EXPECTED: Record<State, Partial<Record<(typeof METHODS)[number], [string, string | null, number | null, Record<string, number>]>>> = {
    before: {
      start: ['playing', 'running', 0, { start: 1, step: 1 }],
      pause: ['before', 'idle', null, {}],
      resume: ['before', 'idle', null, {}],
      next: ['before', 'idle', null, {}],
      previous: ['before', 'idle', null, {}],
      done: ['before', 'idle', null, {}],
      stopForPain: ['before', 'idle', null, {}],
    },
    playing: {
      start: ['playing', 'running', 0, {}],
      pause: ['playing', 'paused', 0, { pause: 1 }],
      resume: ['playing', 'running', 0, {}],
      next: ['playing', 'running', 2, { step: 2 }],
      previous: ['playing', 'running', 0, {}],
      done: ['playing', 'running', 0, {}],
      stopForPain: ['stopped', 'idle', null, { end: 1 }],
    },
    paused: {
      start: ['playing', 'paused', 0, {}],
      pause: ['playing', 'paused', 0, {}],
      resume: ['playing', 'running', 0, { resume: 1 }],
      next: ['playing', null, 2, { step: 2 }],
      previous: ['playing', null, 0, {}],
      done: ['playing', 'paused', 0, {}],
      stopForPain: ['stopped', 'idle', null, { end: 1 }],
    },
    'waiting for Done': {
      start: ['playing', 'paused', 0, {}],
      pause: ['playing', 'paused', 0, {}],
      resume: ['playing', 'paused', 0, {}],
      next: ['playing', null, 2, { step: 2 }],
      previous: ['playing', null, 0, {}],
      done: ['playing', 'running', 0, {}],
      stopForPain: ['stopped', 'idle', null, { end: 1 }],
    },
    stopped: {
      pause: ['stopped', 'idle', null, {}],
      resume: ['stopped', 'idle', null, {}],
      next: ['stopped', 'idle', null, {}],
      previous: ['stopped', 'idle', null, {}],
      done: ['stopped', 'idle', null, {}],
      stopForPain: ['stopped', 'idle', null, {}],
    },
    summary: {
      pause: ['summary', 'idle', null, {}],
      resume: ['summary', 'idle', null, {}],
      next: ['summary', 'idle', null, {}],
      previous: ['summary', 'idle', null, {}],
      done: ['summary', 'idle', null, {}],
      stopForPain: ['summary', 'idle', null, {}],
    },
  };

  function inState(state: State) {
    const setup = setUp({ routine: state === 'waiting for Done' ? 'trunk-strength' : 'lower-back', pace: state === 'waiting for Done' ? 'done' : 'timer' });
    const { session, time, plan } = setup;
    if (state !== 'before') setup.start();
    if (state !== 'before') time.advance(GET_READY);
    if (state === 'paused') session.pause();
    if (state === 'stopped') session.stopForPain();
    if (state === 'summary') time.advance(plan.total);
    if (state === 'waiting for Done') assert.equal(session.waiting, true);
    setup.changes.length = 0;
    return setup;
  }

  for (const state of Object.keys(EXPECTED) as State[]) {
    for (const method of METHODS) {
      const expected = EXPECTED[state][method];
      it(`${state}: ${method}() twice → ${expected ? `${expected[0]}, ${JSON.stringify(expected[3])}` : 'playing again, started once'}`, () => {
        const setup = inState(state);
        const { session, routine, store, changes, status } = setup;
        for (let call = 0; call < 2; call++) {
          if (method === 'start') session.start(routine, routine, 'beginner', store);
          else session[method]();
        }
        const counts: Record<string, number> = {};
        for (const { type } of changes) if (type !== 'announce' && type !== 'ended') counts[type] = (counts[type] ?? 0) + 1;
        if (!expected) {
          assert.equal(session.state, 'playing');
          assert.equal(counts.start, 1);
          return;
        }
        const [sessionState, timelineStatus, exercise, events] = expected;
        assert.equal(session.state, sessionState);
        if (timelineStatus) assert.equal(status(), timelineStatus);
        if (exercise !== null) assert.equal(setup.exercise(), exercise);
        assert.deepEqual(counts, events);
      });
    }
  }
});

describe('RoutineSession: a pain stop in another tab', () => {
  it('pauses once, says so, and saves the time the session began with its progress', () => {
    const { session, time, plan, start, of, store } = setUp();
    start();
    time.advance(startOf(plan, 1));
    assert.equal(store.saved.at(-1)?.startedAt, WALL_START, 'progress carries when its session began');
    assert.equal(session.noticeOtherTabs(), false, 'no pain stop anywhere yet');
    store.painStopAt = WALL_START + 1000;
    assert.equal(session.noticeOtherTabs(), true);
    assert.equal(session.stoppedElsewhere, true);
    assert.equal(of('pause').length, 1);
    assert.equal(session.noticeOtherTabs(), false, 'noticed once');
    assert.equal(of('pause').length, 1);
  });

  it('ignores a pain stop from before the session began, and a session not kept', () => {
    const before = setUp();
    before.store.painStopAt = WALL_START - 1;
    before.start();
    assert.equal(before.session.noticeOtherTabs(), false);
    assert.equal(before.session.stoppedElsewhere, false);
    const unkept = setUp({ remember: false });
    unkept.store.painStopAt = WALL_START + 1;
    unkept.start();
    assert.equal(unkept.session.noticeOtherTabs(), false);
  });
});
