import sinon from 'sinon';
import { BeepPlayer } from '../../src/cues/beeps.js';
import { installFakeTime, restoreTime, type FakeTime } from './fake-time.js';

/** What else a test around the fake clock needs set up and put back. */
export interface FakeTimeOptions {
  /** Stubs `BeepPlayer.prototype.unlock`, so that a Start click opens no AudioContext. */
  stubBeepUnlock?: boolean;
  /** Clears `localStorage` before and after each test, so that saved progress and settings stay in their test. */
  clearStorage?: boolean;
}

/**
 * Gives every test of the enclosing `describe` (or of the file, called at its top level) a fresh
 * fake clock: a mocha `beforeEach` installs one as the document's clock and ticker, and an
 * `afterEach` restores every sinon fake of the test (sinon's default sandbox) and then the real
 * clock. Returns the running test's FakeTime, so a test writes `clock.advance(ms)`.
 *
 * Hooks of one `describe` run in the order they are registered: call this after your own
 * `beforeEach`/`afterEach` when their tear-down must still see the fake clock or the stubs.
 */
export function useFakeTime(options: FakeTimeOptions = {}): FakeTime {
  return useTestClock(installFakeTime, restoreTime, options);
}

/**
 * The hooks of `useFakeTime` around any clock a test drives by hand: `install` runs before each
 * test and `restore` after it. Returns a stand-in that forwards to what `install` returned for
 * the running test (a fresh one each test, as when each `beforeEach` made its own).
 */
export function useTestClock<T extends object>(install: () => T, restore: () => void, options: FakeTimeOptions = {}): T {
  let current: T | undefined;
  beforeEach(() => {
    if (options.clearStorage) localStorage.clear();
    current = install();
    if (options.stubBeepUnlock) sinon.stub(BeepPlayer.prototype, 'unlock');
  });
  afterEach(() => {
    sinon.restore();
    restore();
    current = undefined;
    if (options.clearStorage) localStorage.clear();
  });
  return forwardTo(() => {
    if (!current) throw new Error('the fake clock exists only while a test runs (from its beforeEach to its afterEach)');
    return current;
  });
}

/** An object whose properties and methods (read or written) are those of `target()` at the moment they are used. */
function forwardTo<T extends object>(target: () => T): T {
  return new Proxy({} as T, {
    get(_, key) {
      const object = target();
      const value: unknown = Reflect.get(object, key, object);
      return typeof value === 'function' ? value.bind(object) : value;
    },
    set(_, key, value) {
      const object = target();
      return Reflect.set(object, key, value, object);
    },
  });
}
