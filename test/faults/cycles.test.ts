import { expect, fixture, fixtureCleanup, html } from '@open-wc/testing';
import { executeServerCommand } from '@web/test-runner-commands';
import '../../src/define.js';
import type { HoldTimer } from '../../src/index.js';
import { useFakeTime } from '../helpers/use-fake-time.js';
import { guardPage, type PageGuard } from './page-guard.js';
import { countAudioContexts, countWakeLocks } from './platform-fakes.js';

/**
 * Issue 9: 1,000 create/start/remove cycles over the three elements leave
 * nothing behind: heap growth after garbage collection under 1 MB, and no
 * AudioContext, wake lock or timer left open. The heap figure is printed for
 * whoever runs the suite (through the `fault-suite-report` server command).
 */

const CYCLES = 1000;
/** Cycles run before the baseline, so that one-time work (compiled code, styles, caches) is not counted. */
const WARM_UP = 50;
const BUDGET_BYTES = 1024 * 1024;

/** JavaScript heap in use after full garbage collection, collected by the test runner through the DevTools protocol. */
async function heapAfterGc(): Promise<number> {
  // Let closed audio contexts, released locks and finished updates settle first.
  for (let i = 0; i < 3; i++) await new Promise((resolve) => setTimeout(resolve, 50));
  const used = await executeServerCommand<number, undefined>('fault-suite-heap');
  if (typeof used !== 'number') throw new Error('the fault-suite-heap command is missing from web-test-runner.config.mjs');
  return used;
}

describe('faults: 1,000 create/start/remove cycles', () => {
  let guard: PageGuard;
  let audio: ReturnType<typeof countAudioContexts>;
  let locks: ReturnType<typeof countWakeLocks>;
  beforeEach(() => {
    audio = countAudioContexts();
    locks = countWakeLocks();
    guard = guardPage();
  });
  afterEach(() => {
    fixtureCleanup();
    guard.stop();
    locks.restore();
    audio.restore();
  });
  // Registered after the hooks above, so that the real clock comes back after their tear-down.
  const clock = useFakeTime();

  /** Creates one of the three elements, starts it with a click, lets it run 1.5 s, and removes it. */
  async function cycle(container: HTMLElement, index: number): Promise<void> {
    let element: HTMLElement;
    let timer: HoldTimer | HTMLElement;
    if (index % 3 === 0) {
      element = timer = document.createElement('hold-timer');
      element.setAttribute('hold', '30');
      element.setAttribute('each-side', '');
    } else if (index % 3 === 1) {
      element = document.createElement('back-exercise');
      element.setAttribute('exercise', 'knee-to-chest');
      timer = element;
    } else {
      element = timer = document.createElement('routine-player');
      element.setAttribute('routine', 'lower-back-stretches');
    }
    element.setAttribute('cues', 'beep vibrate');
    container.append(element);
    await (element as HoldTimer).updateComplete;
    if (index % 3 === 1) {
      timer = element.shadowRoot!.querySelector('hold-timer')!;
      await (timer as HoldTimer).updateComplete;
    }
    const start = [...timer.shadowRoot!.querySelectorAll('button')].find((b) => b.textContent!.trim() === 'Start');
    if (!start) throw new Error(`cycle ${index}: no Start button`);
    start.click();
    clock.advance(1500);
    await (element as HoldTimer).updateComplete;
    element.remove();
  }

  it('grow the heap by under 1 MB and leave no AudioContext, wake lock or timer open', async function () {
    this.timeout(60_000);
    this.slow(30_000);
    const container = await fixture<HTMLElement>(html`<div></div>`);
    for (let i = 0; i < WARM_UP; i++) await cycle(container, i);
    const before = await heapAfterGc();
    const startedAt = performance.now();
    for (let i = 0; i < CYCLES; i++) await cycle(container, i);
    const seconds = (performance.now() - startedAt) / 1000;
    const after = await heapAfterGc();
    const growth = after - before;
    const open = { audioContexts: audio.live(), wakeLocks: locks.held(), timers: clock.pendingTimers };
    await executeServerCommand('fault-suite-report', {
      text:
        `heap growth after ${CYCLES} create/start/remove cycles: ${(growth / 1024 / 1024).toFixed(2)} MB (budget 1 MB); ` +
        `left open: ${open.audioContexts} AudioContexts, ${open.wakeLocks} wake locks, ${open.timers} timers; ` +
        `${audio.counts.constructed} AudioContexts opened in all; ${seconds.toFixed(1)} s`,
    });
    expect(locks.requested(), 'every cycle asked for the wake lock').to.be.at.least(CYCLES);
    expect(open).to.deep.equal({ audioContexts: 0, wakeLocks: 0, timers: 0 });
    expect(growth, `heap growth ${(growth / 1024).toFixed(0)} kB`).to.be.below(BUDGET_BYTES);
    expect(guard.caught).to.deep.equal([]);
  });
});
