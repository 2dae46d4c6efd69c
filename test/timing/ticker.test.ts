import { expect } from '@open-wc/testing';
import { Ticker, type TickSubscriber } from '../../src/timing/ticker.js';
import { FakeTime } from '../helpers/fake-time.js';

/** A subscriber that wants waking on every whole second until `until`. */
function everySecond(until: number) {
  const ticks: number[] = [];
  const subscriber: TickSubscriber & { ticks: number[]; hiddenAt: number[] } = {
    ticks,
    hiddenAt: [],
    nextWake: (now) => {
      const next = Math.floor(now / 1000) * 1000 + 1000;
      return next <= until ? next : null;
    },
    tick: (now) => ticks.push(now),
    hidden(now) {
      this.hiddenAt.push(now);
    },
  };
  return subscriber;
}

describe('Ticker', () => {
  it('wakes exactly at the boundaries subscribers ask for, with one timer for all', () => {
    const time = new FakeTime();
    time.time = 0;
    const ticker = new Ticker(time, time);
    const a = everySecond(3000);
    const b = everySecond(5000);
    ticker.add(a);
    ticker.add(b);
    expect(time.pendingTimers).to.equal(1);
    time.advance(10_000);
    expect(a.ticks).to.deep.equal([1000, 2000, 3000]);
    expect(b.ticks).to.deep.equal([1000, 2000, 3000, 4000, 5000]);
    expect(time.pendingTimers, 'quiet once nobody needs waking').to.equal(0);
  });

  it('does nothing while the page is hidden and wakes everyone on return', () => {
    const time = new FakeTime();
    time.time = 0;
    const ticker = new Ticker(time, time);
    const a = everySecond(600_000);
    ticker.add(a);
    time.advance(2000);
    time.setHidden(true);
    expect(a.hiddenAt).to.deep.equal([2000]);
    expect(time.pendingTimers).to.equal(0);
    time.advance(300_000);
    expect(a.ticks).to.deep.equal([1000, 2000]);
    time.setHidden(false);
    expect(a.ticks).to.deep.equal([1000, 2000, 302_000]);
    expect(time.pendingTimers).to.equal(1);
  });

  it('stops waking a subscriber once removed', () => {
    const time = new FakeTime();
    time.time = 0;
    const ticker = new Ticker(time, time);
    const a = everySecond(10_000);
    ticker.add(a);
    time.advance(1500);
    ticker.remove(a);
    time.advance(5000);
    expect(a.ticks).to.deep.equal([1000]);
    expect(ticker.pending).to.equal(false);
  });
});

describe('Ticker, when its timer fires early', () => {
  it('still wakes a subscriber whose moment passed while it was rescheduling', () => {
    const time = new FakeTime();
    time.time = 0;
    // Timers fire half a millisecond early, and the clock moves on a little with every read, like a busy page.
    const host = { ...time, setTimeout: (cb: () => void, ms: number) => time.setTimeout(cb, ms - 0.5), clearTimeout: (h: number) => time.clearTimeout(h), isHidden: () => false, onVisibilityChange: () => undefined };
    let reads = 0;
    const clock = { now: () => time.time + 0.4 * reads++ };
    const ticker = new Ticker(clock, host);
    const ticks: number[] = [];
    ticker.add({
      nextWake: (now) => Math.floor(now / 1000) * 1000 + 1000,
      tick: (now) => ticks.push(Math.floor(now / 1000)),
    });
    // When the timer fires, the first read says 999.9 (not yet due) and the next says 1000.3.
    reads = 1;
    time.advance(999.5);
    expect(ticks).to.deep.equal([1]);
  });
});
