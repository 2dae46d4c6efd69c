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

  it('adds the time a device slept (monotonic stalled, wall time moved on)', () => {
    const c = clock();
    mono += 10_000;
    wall += 10_000;
    expect(c.now()).to.equal(10_000);
    wall += 60_000; // asleep for a minute
    mono += 5;
    wall += 5;
    expect(c.now()).to.equal(70_005);
    mono += 1000;
    wall += 1000;
    expect(c.now()).to.equal(71_005);
  });

  it('never goes backwards when the wall clock is set back', () => {
    const c = clock();
    mono += 1000;
    wall -= 3_600_000;
    expect(c.now()).to.equal(1000);
    mono += 1000;
    wall += 1000;
    expect(c.now()).to.equal(2000);
  });
});
