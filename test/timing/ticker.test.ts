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
