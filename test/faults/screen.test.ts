import { expect, fixture, html } from '@open-wc/testing';
import sinon from 'sinon';
import '../../src/define.js';
import type { RoutinePlayer } from '../../src/index.js';
import { useFakeTime } from '../helpers/use-fake-time.js';
import { guardPage, settle, type PageGuard } from './page-guard.js';
import { replaceProperty } from './platform-fakes.js';

// The screen a session holds (awake, full) is let go of when the session ends, whatever order the
// browser answers in, and is asked for again when the browser drops it while the page is visible.

interface FakeSentinel extends EventTarget {
  released: boolean;
  release(): Promise<void>;
}

describe('faults: the screen a session holds', () => {
  let guard: PageGuard;
  const restorers: (() => void)[] = [];
  beforeEach(() => {
    guard = guardPage();
  });
  afterEach(async () => {
    await settle();
    guard.stop();
    while (restorers.length > 0) restorers.pop()!();
  });
  // Registered after the hooks above, so that the real clock comes back after their tear-down.
  useFakeTime({ stubBeepUnlock: true });

  /** A wake lock whose requests the test answers by hand. */
  function fakeWakeLock() {
    const pending: ((sentinel: FakeSentinel) => void)[] = [];
    const sentinels: FakeSentinel[] = [];
    const request = () =>
      new Promise<FakeSentinel>((resolve) => {
        pending.push(resolve);
      });
    restorers.push(replaceProperty(navigator, 'wakeLock', { value: { request } }));
    return {
      requests: () => pending.length,
      /** Answers request number `index` with a new lock. */
      grant(index: number) {
        const sentinel = Object.assign(new EventTarget(), {
          released: false,
          release() {
            if (!sentinel.released) {
              sentinel.released = true;
              sentinel.dispatchEvent(new Event('release'));
            }
            return Promise.resolve();
          },
        });
        sentinels.push(sentinel);
        pending[index](sentinel);
      },
      held: () => sentinels.filter((sentinel) => !sentinel.released).length,
      sentinels,
    };
  }

  it('a quick pause and resume before the browser answers leaves no lock held after the session', async () => {
    const locks = fakeWakeLock();
    const el = await fixture<RoutinePlayer>(html`<routine-player routine="lower-back-stretches" cues="none"></routine-player>`);
    el.start();
    el.pause();
    el.resume();
    for (let index = 0; index < locks.requests(); index++) locks.grant(index);
    await settle();
    expect(locks.held(), 'one lock while the session plays').to.equal(1);
    el.stopForPain();
    await settle();
    expect(locks.held(), 'none after it').to.equal(0);
    expect(guard.caught).to.deep.equal([]);
  });

  it('a lock the browser drops while the page is visible is asked for again', async () => {
    const locks = fakeWakeLock();
    const el = await fixture<RoutinePlayer>(html`<routine-player routine="lower-back-stretches" cues="none"></routine-player>`);
    el.start();
    locks.grant(0);
    await settle();
    expect(locks.held()).to.equal(1);
    // The browser lets go of it (battery saving, say): the sentinel is released from outside.
    await locks.sentinels[0].release();
    await settle();
    expect(locks.requests(), 'asked for again').to.equal(2);
    locks.grant(1);
    await settle();
    expect(locks.held()).to.equal(1);
    el.stopForPain();
    await settle();
    expect(locks.held()).to.equal(0);
  });

  it('full screen granted after the session stopped is left at once', async () => {
    let grant: () => void = () => undefined;
    let fullscreenElement: Element | null = null;
    const exit = sinon.spy(() => {
      fullscreenElement = null;
      return Promise.resolve();
    });
    restorers.push(
      replaceProperty(document, 'fullscreenEnabled', { get: () => true }),
      replaceProperty(document, 'fullscreenElement', { get: () => fullscreenElement }),
      replaceProperty(document, 'exitFullscreen', { value: exit }),
      replaceProperty(HTMLElement.prototype, 'requestFullscreen', {
        value() {
          return new Promise<void>((resolve) => {
            grant = resolve;
          });
        },
      }),
    );
    const el = await fixture<RoutinePlayer>(html`<routine-player routine="lower-back-stretches" cues="none"></routine-player>`);
    el.start();
    await el.updateComplete;
    el.shadowRoot!.querySelector<HTMLButtonElement>('.focus-toggle')!.click();
    el.stopForPain();
    // The browser grants it now: the player is the full-screen element.
    fullscreenElement = el;
    grant();
    await settle();
    expect(exit.callCount, 'full screen is left').to.equal(1);
    expect(el.state).to.equal('stopped');
  });
});
