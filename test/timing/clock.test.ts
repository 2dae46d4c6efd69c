import { expect } from '@open-wc/testing';
import { createAnchoredClock } from '../../src/index.js';

describe('createAnchoredClock', () => {
  let mono = 0;
  let wall = 1_700_000_000_000;
  const clock = () => createAnchoredClock(() => mono, () => wall);
  beforeEach(() => {
    mono = 0;
    wall = 1_700_000_000_000;
  });

  it('follows the monotonic clock while awake', () => {
    const c = clock();
    mono += 1500;
    wall += 1500;
    expect(c.now()).to.equal(1500);
    mono += 10;
    wall += 9; // wall clock jitter is not a sleep
    expect(c.now()).to.equal(1510);
  });

  it('adds the time a device slept (monotonic stalled, wall time moved on) across a suspension', () => {
    const c = clock();
    mono += 10_000;
    wall += 10_000;
    expect(c.now()).to.equal(10_000);
    c.suspend!();
    wall += 60_000; // asleep for a minute
    mono += 5;
    wall += 5;
    c.resume!();
    expect(c.now()).to.equal(70_005);
    mono += 1000;
    wall += 1000;
    expect(c.now()).to.equal(71_005);
  });

  it('adds nothing for a page that was hidden while the device stayed awake', () => {
    const c = clock();
    c.suspend!();
    mono += 600_000;
    wall += 600_000;
    c.resume!();
    expect(c.now()).to.equal(600_000);
  });

  for (const [name, jump] of [
    ['+2 s', 2000],
    ['+1 h', 3_600_000],
    ['-1 h', -3_600_000],
  ] as const) {
    it(`ignores a wall-clock change of ${name} outside a suspension`, () => {
      const c = clock();
      mono += 1000;
      wall += 1000;
      wall += jump;
      expect(c.now()).to.equal(1000);
      mono += 1000;
      wall += 1000;
      expect(c.now()).to.equal(2000);
      wall -= jump; // corrected back
      mono += 1000;
      wall += 1000;
      expect(c.now()).to.equal(3000);
    });
  }

  it('never adds more than the wall-clock gap seen across the suspension', () => {
    const c = clock();
    c.suspend!();
    wall -= 3_600_000; // set back an hour while hidden
    wall += 30_000; // then asleep for 30 s
    c.resume!();
    expect(c.now()).to.equal(0);
    c.suspend!();
    wall += 30_000;
    c.resume!();
    expect(c.now()).to.equal(30_000);
  });
});
