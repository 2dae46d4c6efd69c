import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { RESUME_GRACE_MS, StoppedSound } from '../../src/cues/stopped-sound.js';

describe('StoppedSound: when to book again, and when to ask for a tap', () => {
  it('asks for a tap once the audio has been stopped on a visible page for the grace period, or at once when refused', () => {
    const stopped = new StoppedSound();
    stopped.note(true, false, 0);
    assert.equal(stopped.needsTap(false, 5000), false, 'hidden: nobody to ask');
    stopped.note(true, true, 5000);
    assert.equal(stopped.needsTap(false, 5000 + RESUME_GRACE_MS - 1), false);
    assert.equal(stopped.needsTap(false, 5000 + RESUME_GRACE_MS), true);
    assert.equal(stopped.needsTap(true, 5000), true, 'refused');
    stopped.note(false, true, 7000);
    assert.equal(stopped.needsTap(false, 9000), false, 'running again');
  });

  it('says the audio came back once, and only after it was lost', () => {
    const stopped = new StoppedSound();
    assert.equal(stopped.cameBack(false), false, 'never lost');
    stopped.note(true, true, 0);
    assert.equal(stopped.cameBack(true), false, 'still stopped');
    assert.equal(stopped.cameBack(false), true);
    assert.equal(stopped.cameBack(false), false, 'once');
  });

  it('has news once each time the sound becomes blocked', () => {
    const stopped = new StoppedSound();
    assert.deepEqual([stopped.news(true), stopped.news(true), stopped.news(false), stopped.news(true)], [true, false, false, true]);
  });
});
