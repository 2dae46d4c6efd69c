// A pain rating at or over the threshold, then the person goes on (issue 22, part 5): the summary
// and the complete event carry those ratings (`highPain`), so the player can name the exercise,
// give the safety advice and not congratulate. In Node, on the session itself.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { getRoutine } from '../../../src/model/catalog.js';
import { resolveRoutine } from '../../../src/model/parse.js';
import { RoutinePlayerCompleteEvent, RoutinePlayerStopEvent, type RoutineSummary } from '../../../src/routine-player/events.js';
import { planFor } from '../../../src/routine-player/session/routine-plan.js';
import { RoutineSession } from '../../../src/routine-player/session/routine-session.js';
import type { RoutineListener } from '../../../src/routine-player/session/types.js';
import { QuietTimeline } from './quiet-timeline.js';

/** A session of lower-back-stretches with ratings, and the summaries its events carried. */
function setUp(threshold?: number) {
  const routine = resolveRoutine(getRoutine('lower-back-stretches')!);
  const timeline = new QuietTimeline(planFor(routine, 'beginner', 'timer'));
  const ends: { type: string; summary: RoutineSummary }[] = [];
  const listener: RoutineListener = {
    fire: (event) => {
      if (event instanceof RoutinePlayerCompleteEvent || event instanceof RoutinePlayerStopEvent) ends.push({ type: event.type, summary: event.summary });
    },
    announce: () => undefined,
    awaitsRating: () => undefined,
    ended: () => undefined,
  };
  const session = new RoutineSession(timeline, listener, () => true);
  if (threshold !== undefined) session.painThreshold = threshold;
  timeline.onChanges = (changes) => session.apply(changes);
  session.start(routine, routine, 'beginner', undefined);
  /** Plays to the next rating, rates it, and goes on. */
  const rateNext = (pain: number) => {
    timeline.time.advance(timeline.session.plan.total);
    assert.ok(session.rating, 'waits for a rating');
    session.rate(session.rating.index, { pain });
    return session.rating.index;
  };
  return { session, ends, rateNext };
}

describe('RoutineSession: a pain at or over the threshold, then on to the end', () => {
  it('the complete event carries the ratings at or over the threshold, with the exercise', () => {
    const { session, ends, rateNext } = setUp();
    rateNext(7);
    session.continueAfterRating();
    rateNext(6);
    session.continueAfterRating();
    rateNext(9);
    session.continueAfterRating();
    assert.deepEqual(
      ends.map((end) => end.type),
      ['routine-player-complete'],
    );
    const { summary } = ends[0];
    assert.equal(summary.completed, true);
    assert.deepEqual(summary.highPain, {
      threshold: 7,
      exercises: [
        { exerciseIndex: 0, id: 'knee-to-chest', name: 'Knee to Chest', pain: 7 },
        { exerciseIndex: 2, id: 'side-trunk-stretch', name: 'Side Trunk Stretch', pain: 9 },
      ],
    });
    assert.equal(session.summary, summary);
  });

  it('follows the threshold the player sets', () => {
    const { session, ends, rateNext } = setUp(4);
    rateNext(4);
    session.continueAfterRating();
    rateNext(3);
    session.continueAfterRating();
    rateNext(0);
    session.continueAfterRating();
    assert.deepEqual(ends[0].summary.highPain, { threshold: 4, exercises: [{ exerciseIndex: 0, id: 'knee-to-chest', name: 'Knee to Chest', pain: 4 }] });
  });

  it('has no highPain when every rating stayed under the threshold', () => {
    const { session, ends, rateNext } = setUp();
    for (const pain of [6, 0, 2]) {
      rateNext(pain);
      session.continueAfterRating();
    }
    assert.equal(ends[0].summary.completed, true);
    assert.equal('highPain' in ends[0].summary, false);
  });

  it('a stop after continuing carries the earlier high rating too', () => {
    const { session, ends, rateNext } = setUp();
    rateNext(8);
    session.continueAfterRating();
    session.stopForPain();
    assert.equal(ends[0].type, 'routine-player-stop');
    assert.deepEqual(ends[0].summary.highPain?.exercises.map((exercise) => [exercise.id, exercise.pain]), [['knee-to-chest', 8]]);
  });
});
