import { expect, fixture, html } from '@open-wc/testing';
import '../../src/define.js';
import { segmentIndexAt, type HoldTimer, type RoutinePlayer, type Segment } from '../../src/index.js';
import { Ticker, type TickSubscriber } from '../../src/timing/ticker.js';
import { useFakeTime } from '../helpers/use-fake-time.js';
import { anchoredClock, FakeDevice, useFakeDevice } from './fake-device.js';
import { guardPage, settle, type PageGuard } from './page-guard.js';

/**
 * Issue 9: time faults. A page hidden for ten minutes, a device asleep (the
 * monotonic clock stalls while wall time moves on), and a wall clock set
 * forwards or back mid-hold. State is derived from timestamps, so every one
 * of them must leave the timer exactly where real time says it is.
 */

const MINUTE = 60_000;
const phaseName = (segment: Segment) => (segment.side ? `${segment.kind} ${segment.side}` : segment.kind);
/** The countdown as the elements show it: seconds under a minute, m:ss from a minute up. */
const shownSeconds = (seconds: number) => (seconds < 60 ? String(seconds) : `${Math.floor(seconds / 60)}:${String(seconds % 60).padStart(2, '0')}`);
const text = (el: Element, selector: string) => (el.shadowRoot!.querySelector(selector)?.textContent ?? '').replace(/\s+/g, ' ').trim();

describe('faults: the page hidden for 10 minutes', () => {
  const clock = useFakeTime({ stubBeepUnlock: true });
  let guard: PageGuard;
  beforeEach(() => {
    guard = guardPage();
  });
  afterEach(() => guard.stop());

  it('<hold-timer>: does nothing while hidden, then emits every missed phase in order, marked late, and completes late', async () => {
    const el = await fixture<HoldTimer>(html`<hold-timer hold="30" reps="2" sets="2" each-side cues="none"></hold-timer>`);
    const seen: { index: number; late: boolean; name: string }[] = [];
    const completes: boolean[] = [];
    el.addEventListener('hold-timer-phase', (e) => seen.push({ index: e.index, late: e.late, name: phaseName(e.segment) }));
    el.addEventListener('hold-timer-complete', (e) => completes.push(e.late));
    el.start();
    clock.advance(7000);
    await el.updateComplete;
    expect(seen.map((s) => s.name)).to.deep.equal(['prepare left', 'hold left']);
    expect(seen.every((s) => !s.late)).to.equal(true);

    clock.setHidden(true);
    const beforeHidden = seen.length;
    clock.advance(10 * MINUTE);
    expect(seen.length, 'no phase is processed while the page is hidden').to.equal(beforeHidden);
    expect(clock.pendingTimers, 'no timer runs while the page is hidden').to.equal(0);

    clock.setHidden(false);
    await el.updateComplete;
    const plan = el.plan!;
    const missed = seen.slice(beforeHidden);
    expect(missed.map((s) => s.index), 'every missed segment, in order, once').to.deep.equal(
      plan.segments.map((_, index) => index).slice(beforeHidden),
    );
    expect(missed.every((s) => s.late), 'missed phases are marked late').to.equal(true);
    expect(completes).to.deep.equal([true]);
    expect(el.status).to.equal('done');
    expect(el.remaining).to.equal(0);
    expect(text(el, '[part="phase"]')).to.equal('Done');
    await settle();
    expect(guard.caught).to.deep.equal([]);
  });

  it('<routine-player>: on return shows the exercise and segment real time says, after late steps for the exercises passed', async () => {
    const el = await fixture<RoutinePlayer>(html`<routine-player routine="lower-back" cues="none"></routine-player>`);
    const steps: { index: number; late: boolean }[] = [];
    el.addEventListener('routine-player-step', (e) => steps.push({ index: e.exerciseIndex, late: e.late }));
    el.start();
    clock.advance(20_000);
    await el.updateComplete;
    expect(steps).to.deep.equal([{ index: 0, late: false }]);

    clock.setHidden(true);
    clock.advance(10 * MINUTE);
    expect(steps.length, 'nothing happens while hidden').to.equal(1);
    clock.setHidden(false);
    await el.updateComplete;

    const plan = el.plan!;
    const elapsed = 20_000 + 10 * MINUTE;
    const segment = plan.segments[segmentIndexAt(plan, elapsed)];
    const passed = Array.from({ length: segment.exerciseIndex }, (_, index) => index + 1);
    expect(steps.map((s) => s.index)).to.deep.equal([0, ...passed]);
    expect(steps.slice(1).every((s) => s.late), 'steps noticed on return are late').to.equal(true);
    expect(el.status).to.equal('running');
    expect(text(el, '[part="overall"]')).to.contain(`Exercise ${segment.exerciseIndex + 1} of 6`);
    const segmentLeft = Math.ceil((segment.start + segment.duration - elapsed) / 1000);
    expect(text(el, '[part="time"]'), 'the time shown is the segment time left').to.equal(shownSeconds(segmentLeft));
    clock.advance(plan.total - elapsed);
    await el.updateComplete;
    expect(el.state).to.equal('summary');
    await settle();
    expect(guard.caught).to.deep.equal([]);
  });

  it('<hold-timer> paused before hiding is still paused, with the same time left, 10 minutes later', async () => {
    const el = await fixture<HoldTimer>(html`<hold-timer hold="45" cues="none"></hold-timer>`);
    el.start();
    clock.advance(12_000);
    el.pause();
    const remaining = el.remaining;
    clock.setHidden(true);
    clock.advance(10 * MINUTE);
    clock.setHidden(false);
    await el.updateComplete;
    expect(el.status).to.equal('paused');
    expect(el.remaining).to.equal(remaining);
    el.resume();
    clock.advance(remaining * 1000 - 1);
    expect(el.status).to.equal('running');
    clock.advance(1);
    expect(el.status).to.equal('done');
  });
});

describe('faults: createAnchoredClock across a suspension (the device asleep)', () => {
  let mono: number;
  let wall: number;
  const make = () => anchoredClock(() => mono, () => wall);
  beforeEach(() => {
    mono = 10_000;
    wall = Date.UTC(2025, 9, 26, 1, 30);
  });

  it('adds the time slept when the monotonic clock stalled between suspend() and resume()', () => {
    const clock = make();
    const t0 = clock.now();
    mono += 5000;
    wall += 5000;
    clock.suspend();
    wall += 10 * MINUTE; // asleep: only wall time moves
    clock.resume();
    expect(clock.now() - t0).to.equal(5000 + 10 * MINUTE);
    mono += 1000;
    wall += 1000;
    expect(clock.now() - t0).to.equal(6000 + 10 * MINUTE);
  });

  it('adds only the stalled part when the device slept for part of the window', () => {
    const clock = make();
    const t0 = clock.now();
    clock.suspend();
    mono += 2 * MINUTE; // hidden but awake
    wall += 2 * MINUTE;
    wall += 5 * MINUTE; // then asleep
    clock.resume();
    expect(clock.now() - t0).to.equal(7 * MINUTE);
  });

  it('adds nothing for a hidden page that stayed awake', () => {
    const clock = make();
    const t0 = clock.now();
    clock.suspend();
    mono += 10 * MINUTE;
    wall += 10 * MINUTE;
    clock.resume();
    expect(clock.now() - t0).to.equal(10 * MINUTE);
  });

  it('never adds more than the wall-clock gap seen across the window (clock set back during the sleep)', () => {
    const clock = make();
    const t0 = clock.now();
    clock.suspend();
    wall += 30_000; // asleep 30 s
    wall -= 60 * MINUTE; // and the clock corrected back an hour meanwhile
    clock.resume();
    expect(clock.now() - t0, 'a negative wall gap adds nothing').to.equal(0);

    clock.suspend();
    wall += 3 * MINUTE; // asleep 3 min, of which the wall clock shows only 3 min
    clock.resume();
    expect(clock.now() - t0).to.equal(3 * MINUTE);
  });

  it('ignores wall time entirely outside a suspension, and never goes backwards', () => {
    const clock = make();
    const t0 = clock.now();
    const readings: number[] = [];
    for (const jump of [2000, 60 * MINUTE, -60 * MINUTE, -60 * MINUTE, 60 * MINUTE, 24 * 60 * MINUTE]) {
      wall += jump;
      mono += 1000;
      wall += 1000;
      readings.push(clock.now() - t0);
    }
    expect(readings).to.deep.equal([1000, 2000, 3000, 4000, 5000, 6000]);
  });

  it('the ticker suspends the clock when the page is hidden and resumes it before waking subscribers', () => {
    const device = new FakeDevice();
    const calls: string[] = [];
    const clock = {
      now: () => device.monotonic,
      suspend: () => calls.push('suspend'),
      resume: () => calls.push('resume'),
    };
    const ticker = new Ticker(clock, device);
    const subscriber: TickSubscriber = { nextWake: () => null, tick: () => calls.push('tick'), hidden: () => calls.push('hidden') };
    ticker.add(subscriber);
    device.setHidden(true);
    device.setHidden(false);
    expect(calls).to.deep.equal(['suspend', 'hidden', 'resume', 'tick']);
  });
});

describe('faults: the device asleep mid-hold', () => {
  const device = useFakeDevice({ stubBeepUnlock: true });
  let guard: PageGuard;
  beforeEach(() => {
    guard = guardPage();
  });
  afterEach(() => guard.stop());

  async function sleepFor(el: HoldTimer, ms: number) {
    device.setHidden(true);
    device.sleep(ms);
    device.setHidden(false);
    await el.updateComplete;
  }

  it('a 20 s sleep in a 45 s hold leaves 20 s less of it on waking, and the hold ends on time', async () => {
    const el = await fixture<HoldTimer>(html`<hold-timer hold="45" cues="none"></hold-timer>`);
    const phases: string[] = [];
    el.addEventListener('hold-timer-phase', (e) => phases.push(`${phaseName(e.segment)}${e.late ? ' late' : ''}`));
    el.start();
    device.advance(10_000); // 5 s of getting ready, 5 s into the hold
    await sleepFor(el, 20_000);
    expect(el.status).to.equal('running');
    expect(el.remaining).to.equal(20);
    // The clock's figures, and the same time in words in its name for a screen reader.
    expect(text(el, '[part="time"]')).to.equal(shownSeconds(20));
    expect(el.shadowRoot!.querySelector('[part="time"]')!.getAttribute('aria-label')).to.match(/, 20 seconds$/);
    device.advance(19_999);
    expect(el.status).to.equal('running');
    device.advance(1);
    expect(el.status).to.equal('done');
    expect(phases).to.deep.equal(['prepare', 'hold']);
    await settle();
    expect(guard.caught).to.deep.equal([]);
  });

  it('a sleep past the end: the missed phases and the completion are emitted late, in order, on waking', async () => {
    const el = await fixture<HoldTimer>(html`<hold-timer hold="5" each-side cues="none"></hold-timer>`);
    const seen: string[] = [];
    el.addEventListener('hold-timer-phase', (e) => seen.push(`${phaseName(e.segment)}${e.late ? ' late' : ''}`));
    el.addEventListener('hold-timer-complete', (e) => seen.push(`complete${e.late ? ' late' : ''}`));
    el.start();
    device.advance(2000);
    await sleepFor(el, 10 * MINUTE);
    expect(seen).to.deep.equal(['prepare left', 'hold left late', 'switch-sides right late', 'hold right late', 'complete late']);
    expect(el.status).to.equal('done');
    await settle();
    expect(guard.caught).to.deep.equal([]);
  });
});

describe('faults: the wall clock set forwards or back mid-hold', () => {
  const device = useFakeDevice({ stubBeepUnlock: true });
  let guard: PageGuard;
  beforeEach(() => {
    guard = guardPage();
  });
  afterEach(() => guard.stop());

  const JUMPS: [string, number[]][] = [
    ['+2 s', [2000]],
    ['+1 h', [60 * MINUTE]],
    ['-1 h', [-60 * MINUTE]],
    ['+1 h and back', [60 * MINUTE, -60 * MINUTE]],
    ['-1 h and back', [-60 * MINUTE, 60 * MINUTE]],
    ['-2 s and +1 day', [-2000, 24 * 60 * MINUTE]],
  ];

  for (const [name, jumps] of JUMPS) {
    it(`${name}: a 45 s hold still takes its full 45 s`, async () => {
      const el = await fixture<HoldTimer>(html`<hold-timer hold="45" cues="none"></hold-timer>`);
      const seen: string[] = [];
      const holdStart = device.monotonic + 5000;
      el.addEventListener('hold-timer-phase', (e) => seen.push(`${phaseName(e.segment)} @${device.monotonic - holdStart}`));
      el.addEventListener('hold-timer-complete', () => seen.push(`complete @${device.monotonic - holdStart}`));
      el.start();
      device.advance(5000 + 10_000);
      for (const jump of jumps) {
        device.setWallBy(jump);
        device.advance(3000);
        await el.updateComplete;
        expect(el.status, `after the ${jump} ms change`).to.equal('running');
      }
      const left = 35_000 - 3000 * jumps.length;
      expect(el.remaining, 'seconds left in the hold').to.equal(left / 1000);
      device.advance(left - 1);
      expect(el.status).to.equal('running');
      device.advance(1);
      expect(el.status).to.equal('done');
      expect(seen).to.deep.equal(['prepare @-5000', 'hold @0', 'complete @45000']);
      await settle();
      expect(guard.caught).to.deep.equal([]);
    });
  }

  it('a wall-clock change while the page is hidden but awake adds nothing either', async () => {
    const el = await fixture<HoldTimer>(html`<hold-timer hold="45" cues="none"></hold-timer>`);
    el.start();
    device.advance(15_000);
    device.setHidden(true);
    device.advance(4000);
    device.setWallBy(-60 * MINUTE);
    device.advance(4000);
    device.setWallBy(60 * MINUTE);
    device.setHidden(false);
    await el.updateComplete;
    expect(el.remaining).to.equal(45 + 5 - 23);
  });
});
