import { expect } from '@open-wc/testing';
import { HoldSession, getExercise, planExercise, type SessionChange, type Clock } from '../../src/index.js';

class ManualClock implements Clock {
  t = 50_000;
  now() {
    return this.t;
  }
}

function describeChanges(changes: SessionChange[]): string[] {
  return changes.map((c) => (c.type === 'complete' ? 'complete' : `${c.segment.kind}${c.segment.side ? `:${c.segment.side}` : ''}`));
}

describe('HoldSession', () => {
  let clock: ManualClock;
  beforeEach(() => {
    clock = new ManualClock();
  });

  it('runs a 45 s each-side hold as prepare → left → switch → right → done, sides exactly equal', () => {
    const session = new HoldSession(planExercise(getExercise('knee-to-chest')!, 'beginner'), clock);
    expect(session.status()).to.equal('idle');
    session.start();
    const seen: string[] = [];
    const entered: Record<string, number> = {};
    // Step one millisecond at a time around each boundary and a second at a time between.
    for (let t = 0; t <= 100_000; t += 1000) {
      clock.t = 50_000 + t;
      for (const change of session.advance()) {
        const name = describeChanges([change])[0];
        seen.push(name);
        entered[name] = t;
      }
    }
    expect(seen).to.deep.equal(['prepare:left', 'hold:left', 'switch-sides:right', 'hold:right', 'complete']);
    expect(entered['switch-sides:right'] - entered['hold:left']).to.equal(45_000);
    expect(entered.complete - entered['hold:right']).to.equal(45_000);
    expect(session.status()).to.equal('done');
  });

  it('works through a Proxy, as a framework’s reactive wrapper (Vue’s reactive, MobX) calls it', () => {
    const session = new Proxy(new HoldSession(planExercise(getExercise('knee-to-chest')!, 'beginner'), clock), {});
    session.start();
    clock.t += 6_000;
    expect(describeChanges(session.advance())).to.deep.equal(['prepare:left', 'hold:left']);
    session.pause();
    expect(session.status()).to.equal('paused');
    session.resume();
    expect(session.status()).to.equal('running');
  });

  it('derives position purely from time: any moment, in any order', () => {
    const session = new HoldSession(planExercise(getExercise('knee-to-chest')!, 'beginner'), clock);
    session.start(0);
    const table: [number, string, number, number][] = [
      // now, status, segment index, ms left in segment
      [0, 'running', 0, 5000],
      [4999, 'running', 0, 1],
      [5000, 'running', 1, 45_000],
      [37_250, 'running', 1, 12_750],
      [50_000, 'running', 2, 5000],
      [99_999, 'running', 3, 1],
      [100_000, 'done', 3, 0],
      [10_000_000, 'done', 3, 0],
    ];
    for (const [now, status, index, left] of [...table].reverse()) {
      const snap = session.snapshot(now);
      expect([snap.status, snap.index, snap.segmentRemaining], `at ${now}`).to.deep.equal([status, index, left]);
    }
  });

  it('extends the end by exactly the length of a pause mid-hold (17 s)', () => {
    const session = new HoldSession(planExercise(getExercise('knee-to-chest')!, 'beginner'), clock);
    session.start(0);
    expect(session.pause(20_000)).to.equal(true);
    expect(session.snapshot(30_000).segmentRemaining, 'frozen while paused').to.equal(30_000);
    expect(session.status(30_000)).to.equal('paused');
    expect(session.resume(37_000)).to.equal(true);
    expect(session.pausedFor(40_000)).to.equal(17_000);
    expect(session.status(116_999)).to.equal('running');
    expect(session.status(117_000)).to.equal('done');
    expect(session.snapshot(37_001).segmentRemaining).to.equal(29_999);
  });

  it('is exact to the millisecond across many pauses', () => {
    const session = new HoldSession(planExercise({ id: 'x', dose: { holdSeconds: 60, reps: 1, sets: 1, eachSide: false, prepareSeconds: 0 } }, 'beginner'), clock);
    session.start(0);
    let now = 0;
    let paused = 0;
    for (let i = 0; i < 10; i++) {
      now += 1234;
      session.pause(now);
      now += 777;
      paused += 777;
      session.resume(now);
    }
    expect(session.elapsed(now)).to.equal(now - paused);
    expect(session.pausedFor(now)).to.equal(7770);
  });

  it('skips to the next segment and reports only the segment jumped to', () => {
    const session = new HoldSession(planExercise(getExercise('knee-to-chest')!, 'beginner'), clock);
    session.start(0);
    expect(describeChanges(session.advance(0))).to.deep.equal(['prepare:left']);
    session.skip(1000);
    expect(session.snapshot(1000).index).to.equal(1);
    expect(session.snapshot(1000).segmentRemaining).to.equal(45_000);
    session.skip(2000);
    expect(describeChanges(session.advance(2000))).to.deep.equal(['switch-sides:right']);
    session.skip(2000);
    session.skip(2000);
    expect(describeChanges(session.advance(2000))).to.deep.equal(['complete']);
    expect(session.status(2000)).to.equal('done');
  });

  it('goes back to the start of the current segment, or the previous one at its very start', () => {
    const session = new HoldSession(planExercise(getExercise('knee-to-chest')!, 'beginner'), clock);
    session.start(0);
    session.advance(20_000);
    session.back(20_000);
    expect(session.snapshot(20_000).index).to.equal(1);
    expect(session.snapshot(20_000).segmentRemaining).to.equal(45_000);
    expect(describeChanges(session.advance(20_000))).to.deep.equal(['hold:left']);
    session.back(20_500);
    expect(session.snapshot(20_500).index).to.equal(0);
  });

  it('while paused, skip moves position but time stays frozen', () => {
    const session = new HoldSession(planExercise(getExercise('knee-to-chest')!, 'beginner'), clock);
    session.start(0);
    session.pause(10_000);
    session.skip(11_000);
    expect(session.snapshot(60_000)).to.include({ status: 'paused', index: 2, segmentRemaining: 5000 });
  });

  it('reports phases missed during a long gap in order, marked late, then completes once', () => {
    const session = new HoldSession(planExercise(getExercise('half-crunch')!, 'beginner'), clock);
    session.start(0);
    session.advance(0);
    const changes = session.advance(40_000);
    expect(changes.length).to.be.greaterThan(5);
    const indexes = changes.map((c) => (c.type === 'phase' ? c.index : -1));
    expect(indexes).to.deep.equal([...indexes].sort((a, b) => a - b));
    expect(changes.slice(0, -1).every((c) => c.type === 'phase' && c.late)).to.equal(true);
    const all = session.advance(10_000_000);
    expect(all.at(-1)).to.deep.equal({ type: 'complete', late: true });
    expect(session.advance(10_000_001)).to.deep.equal([]);
  });

  it('marks a change noticed on time as not late', () => {
    const session = new HoldSession(planExercise(getExercise('knee-to-chest')!, 'beginner'), clock);
    session.start(0);
    session.advance(0);
    const [change] = session.advance(5010);
    expect(change).to.include({ type: 'phase', late: false });
  });

  it('gives the next visible-digit boundary, not a fixed interval', () => {
    const session = new HoldSession(planExercise(getExercise('knee-to-chest')!, 'beginner'), clock);
    expect(session.nextBoundary(0)).to.equal(null);
    session.start(0);
    expect(session.nextBoundary(0)).to.equal(1000);
    expect(session.nextBoundary(250)).to.equal(1000);
    session.pause(300);
    expect(session.nextBoundary(400)).to.equal(null);
    session.resume(1000);
    // 4700 ms left in the segment: the digit changes when 4000 are left.
    expect(session.nextBoundary(1000)).to.equal(1700);
  });

  it('ignores commands that do not fit the state', () => {
    const session = new HoldSession(planExercise(getExercise('knee-to-chest')!, 'beginner'), clock);
    expect(session.pause(0)).to.equal(false);
    expect(session.resume(0)).to.equal(false);
    expect(session.skip(0)).to.equal(false);
    session.start(0);
    expect(session.start(10)).to.equal(false);
    expect(session.resume(10)).to.equal(false);
    session.skip(10);
    session.skip(10);
    session.skip(10);
    session.skip(10);
    expect(session.status(10)).to.equal('done');
    expect(session.start(20), 'starting again once done').to.equal(true);
    expect(session.snapshot(20)).to.include({ status: 'running', index: 0 });
  });

  it('pauses itself at a stop, at the moment it arrived there, however late that is noticed; resuming or jumping passes it', () => {
    // knee-to-chest: prepare 0–5 s, left 5–50 s, switch 50–55 s, right 55–100 s. Stops at the switch and the right side.
    const session = new HoldSession(planExercise(getExercise('knee-to-chest')!, 'beginner'), clock);
    session.stopAt([55_000, 50_000]);
    session.start();
    expect(session.nextStop()).to.equal(50_000);
    clock.t += 10 * 60_000; // noticed ten minutes later
    expect(session.status()).to.equal('paused');
    expect(session.elapsed()).to.equal(50_000);
    expect(session.pausedFor(), 'paused since it arrived').to.equal(10 * 60_000 - 50_000);
    const changes = session.advance();
    expect(describeChanges(changes)).to.deep.equal(['prepare:left', 'hold:left', 'switch-sides:right']);
    expect(
      changes.map((change) => change.late),
      'the stop too is reported late: it was reached ten minutes before anything noticed',
    ).to.deep.equal([true, true, true]);
    expect(session.pause(), 'already paused').to.equal(false);

    expect(session.resume()).to.equal(true);
    expect(session.nextStop(), 'the stop resumed at is passed').to.equal(55_000);
    clock.t += 2000;
    expect(session.status()).to.equal('running');
    expect(session.elapsed()).to.equal(52_000);
    expect(session.skip(), 'a jump to the stop passes it').to.equal(true);
    expect(session.elapsed()).to.equal(55_000);
    clock.t += 1000;
    expect(session.status()).to.equal('running');
    expect(session.nextStop()).to.equal(null);

    session.goTo(0);
    expect(session.nextStop(), 'going back arms the stops after it again').to.equal(50_000);
    clock.t += 60_000;
    expect(session.elapsed()).to.equal(50_000);
    expect(session.status()).to.equal('paused');

    session.reset();
    session.start();
    expect(session.nextStop(), 'a new start keeps the stops, none passed').to.equal(50_000);
  });
});
