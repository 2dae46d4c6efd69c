import { expect, fixture, fixtureCleanup, html } from '@open-wc/testing';
import '../../src/define.js';
import type { HoldTimer, RoutinePlayer } from '../../src/index.js';
import { useFakeTime } from '../helpers/use-fake-time.js';
import { guardPage, settle, type PageGuard } from './page-guard.js';
import { countAudioContexts, countWakeLocks } from './platform-fakes.js';

/**
 * Issue 9: 10 players and 20 timers on one page run independently: each
 * finishes at its own time on the shared clock and ticker, a pause of one
 * moves only that one, and all of them share one AudioContext.
 */

const ROUTINES = ['lower-back-stretches', 'trunk-strength'];
const LEVELS = ['beginner', 'intermediate', 'advanced'];

describe('faults: 10 players and 20 timers on one page', () => {
  let guard: PageGuard;
  let audio: ReturnType<typeof countAudioContexts>;
  let locks: ReturnType<typeof countWakeLocks>;
  beforeEach(() => {
    audio = countAudioContexts();
    locks = countWakeLocks();
    guard = guardPage();
  });
  afterEach(async () => {
    fixtureCleanup();
    await settle();
    guard.stop();
    locks.restore();
    audio.restore();
  });
  // Registered after the hooks above, so that the real clock comes back after their tear-down.
  const clock = useFakeTime();

  it('each finishes at its own time, a paused one later by its pause, with one AudioContext for all', async function () {
    this.timeout(30_000);
    const page = await fixture<HTMLElement>(html`<div></div>`);
    const timers: HoldTimer[] = [];
    const players: RoutinePlayer[] = [];
    for (let i = 0; i < 20; i++) {
      const timer = document.createElement('hold-timer');
      timer.setAttribute('hold', String(5 + i * 3));
      timer.setAttribute('cues', 'beep vibrate');
      if (i % 4 === 0) timer.setAttribute('each-side', '');
      page.append(timer);
      timers.push(timer);
    }
    for (let i = 0; i < 10; i++) {
      const player = document.createElement('routine-player');
      player.setAttribute('routine', ROUTINES[i % 2]);
      player.setAttribute('level', LEVELS[i % 3]);
      player.setAttribute('cues', 'beep vibrate');
      page.append(player);
      players.push(player);
    }
    await Promise.all([...timers, ...players].map((el) => el.updateComplete));

    const finishedAt = new Map<HTMLElement, number>();
    const expectedAt = new Map<HTMLElement, number>();
    const PAUSED_TIMER = 7;
    const PAUSED_PLAYER = 3;
    const PAUSE_MS = 7000;
    for (const [i, timer] of timers.entries()) {
      timer.addEventListener('hold-timer-complete', () => finishedAt.set(timer, clock.now()));
      // Get ready 5 s, then the hold (each side: twice, with 5 s to switch).
      const hold = (5 + i * 3) * 1000;
      const total = 5000 + (i % 4 === 0 ? 2 * hold + 5000 : hold);
      expect(timer.plan!.total, `timer ${i} plan`).to.equal(total);
      expectedAt.set(timer, clock.now() + total + (i === PAUSED_TIMER ? PAUSE_MS : 0));
      timer.shadowRoot!.querySelector<HTMLButtonElement>('button.primary')!.click();
      clock.advance(250);
    }
    for (const [i, player] of players.entries()) {
      player.addEventListener('routine-player-complete', () => finishedAt.set(player, clock.now()));
      expectedAt.set(player, clock.now() + player.plan!.total + (i === PAUSED_PLAYER ? PAUSE_MS : 0));
      [...player.shadowRoot!.querySelectorAll('button')].find((b) => b.textContent!.trim() === 'Start')!.click();
      clock.advance(250);
    }
    expect(new Set(expectedAt.values()).size, 'the elements are due at different times').to.be.greaterThan(20);
    await settle();
    expect(locks.held(), 'one wake lock per running element').to.equal(30);

    clock.advance(10_000);
    timers[PAUSED_TIMER].pause();
    players[PAUSED_PLAYER].pause();
    clock.advance(PAUSE_MS);
    timers[PAUSED_TIMER].resume();
    players[PAUSED_PLAYER].resume();

    const last = Math.max(...expectedAt.values());
    while (clock.now() < last + 1000) {
      clock.advance(1000);
      await Promise.all([...timers, ...players].map((el) => el.updateComplete));
    }
    for (const [i, timer] of timers.entries()) {
      expect(finishedAt.get(timer), `timer ${i} finished on time`).to.equal(expectedAt.get(timer));
      expect(timer.status).to.equal('done');
    }
    for (const [i, player] of players.entries()) {
      expect(finishedAt.get(player), `player ${i} finished on time`).to.equal(expectedAt.get(player));
      expect(player.state).to.equal('summary');
    }
    expect(audio.counts.constructed, 'one AudioContext for the whole page').to.equal(1);
    await settle();
    expect(locks.held(), 'every wake lock released at the end').to.equal(0);
    expect(clock.pendingTimers, 'nothing left ticking').to.equal(0);

    page.remove();
    await settle();
    expect(audio.live(), 'closed once no element needs it').to.equal(0);
    expect(guard.caught).to.deep.equal([]);
  });
});
