import { expect, fixture, html } from '@open-wc/testing';
import { nextEvent } from '../helpers/events.js';
import { sendKeys } from '@web/test-runner-commands';
import sinon from 'sinon';
import '../../src/hold-timer/define.js';
import type { HoldTimer, HoldTimerPhaseEvent } from '../../src/index.js';
import { useFakeTime } from '../helpers/use-fake-time.js';

function part(el: HoldTimer, name: string): HTMLElement | null {
  return el.shadowRoot!.querySelector(`[part~="${name}"]`);
}
function text(el: HoldTimer, name: string): string {
  return (part(el, name)?.textContent ?? '').replace(/\s+/g, ' ').trim();
}
function button(el: HoldTimer, label: string): HTMLButtonElement {
  const found = [...el.shadowRoot!.querySelectorAll('button')].find((b) => b.textContent!.trim() === label);
  if (!found) throw new Error(`no button "${label}"`);
  return found;
}
/** The time shown, without its visually hidden unit. */
function time(el: HoldTimer): string {
  return part(el, 'time')!.textContent!.trim().split(/\s/)[0];
}
function liveRegion(el: HoldTimer): string {
  return el.shadowRoot!.querySelector('[aria-live="polite"]')!.textContent!.trim();
}

describe('<hold-timer>', () => {
  const clock = useFakeTime();

  async function advance(el: HoldTimer, ms: number) {
    clock.advance(ms);
    await el.updateComplete;
  }

  it('shows the dose and total before start', async () => {
    const el = await fixture<HoldTimer>(html`<hold-timer hold="45" each-side label="Knee to Chest"></hold-timer>`);
    expect(el.status).to.equal('idle');
    expect(text(el, 'phase')).to.equal('Ready');
    expect(text(el, 'count')).to.equal('Hold 45 seconds on each side');
    expect(text(el, 'total')).to.equal('2 min in all');
    expect(el.remaining).to.equal(100);
  });

  it('times a 45 s each-side hold: prepare → left 45 s → switch → right 45 s → done, events in order', async () => {
    const el = await fixture<HoldTimer>(html`<hold-timer hold="45" each-side cues="none"></hold-timer>`);
    const events: string[] = [];
    const at: number[] = [];
    for (const name of ['hold-timer-start', 'hold-timer-phase', 'hold-timer-complete'] as const) {
      el.addEventListener(name, (event) => {
        const phase = event as HoldTimerPhaseEvent;
        events.push(name === 'hold-timer-phase' ? `${phase.segment.kind}${phase.segment.side ? `:${phase.segment.side}` : ''}` : name);
        at.push(clock.now());
      });
    }
    const complete = nextEvent(el, 'hold-timer-complete');
    button(el, 'Start').click();
    await el.updateComplete;
    expect(text(el, 'phase')).to.equal('Get ready');
    expect(time(el)).to.equal('5');
    await advance(el, 5000);
    expect(text(el, 'phase')).to.equal('Left side');
    expect(time(el)).to.equal('45');
    await advance(el, 44_000);
    expect(time(el)).to.equal('1');
    await advance(el, 1000);
    expect(text(el, 'phase')).to.equal('Switch sides');
    await advance(el, 5000);
    expect(text(el, 'phase')).to.equal('Right side');
    await advance(el, 45_000);
    const event = await complete;
    expect(events).to.deep.equal(['hold-timer-start', 'prepare:left', 'hold:left', 'switch-sides:right', 'hold:right', 'hold-timer-complete']);
    const start = at[0];
    expect(at.map((t) => t - start)).to.deep.equal([0, 0, 5000, 50_000, 55_000, 100_000]);
    expect(at[3] - at[2], 'left side').to.equal(at[5] - at[4]);
    expect(event.late).to.equal(false);
    expect(event.summary).to.include({ holdSeconds: 90, reps: 1, sets: 1, eachSide: true, elapsedSeconds: 100, pausedSeconds: 0 });
    expect(el.status).to.equal('done');
    expect(text(el, 'phase')).to.equal('Done');
    expect(clock.pendingTimers, 'no wake-ups once done').to.equal(0);
  });

  it('counts reps and sets for advanced half crunches', async () => {
    const el = await fixture<HoldTimer>(html`<hold-timer hold="2" reps="25" sets="3" cues="none"></hold-timer>`);
    const holds: string[] = [];
    el.addEventListener('hold-timer-phase', (e) => {
      if (e.segment.kind === 'hold') holds.push(`${e.segment.set}.${e.segment.rep}`);
    });
    el.start();
    await advance(el, 5000);
    expect(text(el, 'count')).to.equal('Rep 1 of 25 · Set 1 of 3');
    await advance(el, 5000);
    expect(text(el, 'count')).to.equal('Rep 2 of 25 · Set 1 of 3');
    await advance(el, el.remaining * 1000);
    expect(holds).to.have.length(75);
    expect(holds.slice(24, 26)).to.deep.equal(['1.25', '2.1']);
    expect(el.status).to.equal('done');
  });

  it('extends the end by exactly the length of a pause (17 s mid-hold)', async () => {
    const el = await fixture<HoldTimer>(html`<hold-timer hold="45" each-side cues="none"></hold-timer>`);
    let doneAt = 0;
    el.addEventListener('hold-timer-complete', () => (doneAt = clock.now()));
    const started = clock.now();
    button(el, 'Start').click();
    await advance(el, 20_000);
    button(el, 'Pause').click();
    await el.updateComplete;
    expect(el.status).to.equal('paused');
    const frozen = time(el);
    await advance(el, 17_000);
    expect(time(el), 'frozen while paused').to.equal(frozen);
    expect(clock.pendingTimers, 'no wake-ups while paused').to.equal(0);
    button(el, 'Resume').click();
    await advance(el, 100_000);
    expect(doneAt - started).to.equal(117_000);
  });

  it('fires pause, resume and reset events from the buttons', async () => {
    const el = await fixture<HoldTimer>(html`<hold-timer hold="10" cues="none"></hold-timer>`);
    button(el, 'Start').click();
    await advance(el, 7000);
    setTimeout(() => button(el, 'Pause').click());
    const pause = await nextEvent(el, 'hold-timer-pause');
    expect(pause.remaining).to.equal(8);
    await el.updateComplete;
    setTimeout(() => button(el, 'Resume').click());
    await nextEvent(el, 'hold-timer-resume');
    await el.updateComplete;
    setTimeout(() => button(el, 'Reset').click());
    await nextEvent(el, 'hold-timer-reset');
    await el.updateComplete;
    expect(el.status).to.equal('idle');
    expect(text(el, 'phase')).to.equal('Ready');
  });

  it('skips to the next segment', async () => {
    const el = await fixture<HoldTimer>(html`<hold-timer hold="30" each-side cues="none"></hold-timer>`);
    el.start();
    await el.updateComplete;
    button(el, 'Skip').click();
    await el.updateComplete;
    expect(text(el, 'phase')).to.equal('Left side');
    expect(time(el)).to.equal('30');
  });

  it('catches up after the page was hidden: right remaining time at once, missed phases in order, marked late', async () => {
    const el = await fixture<HoldTimer>(html`<hold-timer hold="45" each-side cues="none"></hold-timer>`);
    const phases: HoldTimerPhaseEvent[] = [];
    el.addEventListener('hold-timer-phase', (e) => phases.push(e));
    el.start();
    await advance(el, 10_000);
    clock.setHidden(true);
    expect(clock.pendingTimers, 'quiet while hidden').to.equal(0);
    clock.advance(52_500);
    expect(phases.map((p) => p.segment.kind)).to.deep.equal(['prepare', 'hold']);
    clock.setHidden(false);
    await el.updateComplete;
    expect(phases.map((p) => `${p.segment.kind}:${p.late}`)).to.deep.equal(['prepare:false', 'hold:false', 'switch-sides:true', 'hold:true']);
    expect(text(el, 'phase')).to.equal('Right side');
    // 62.5 s in: 5 s ready, 45 s left side, 5 s switch, 7.5 s of the right side done.
    expect(time(el)).to.equal('38');
  });

  it('accounts for a device sleep: a hold that ended during it has ended on waking', async () => {
    const el = await fixture<HoldTimer>(html`<hold-timer hold="10" prepare="0" cues="none"></hold-timer>`);
    const complete = nextEvent(el, 'hold-timer-complete');
    el.start();
    clock.jump(60_000);
    clock.setHidden(true);
    clock.setHidden(false);
    expect((await complete).late).to.equal(true);
  });

  it('announces phase changes politely, not every repetition, and the last seconds of long holds', async () => {
    const el = await fixture<HoldTimer>(html`<hold-timer hold="12" reps="3" cues="none"></hold-timer>`);
    el.start();
    await el.updateComplete;
    expect(liveRegion(el)).to.equal('Get ready.');
    await advance(el, 5000);
    expect(liveRegion(el)).to.equal('3 repetitions, hold 12 seconds each.');
    await advance(el, 9000);
    expect(liveRegion(el)).to.equal('3 seconds left');
    await advance(el, 3000 + 3000 + 1000);
    expect(liveRegion(el), 'second repetition is not announced').to.equal('3 seconds left');
    expect(part(el, 'time')!.getAttribute('role')).to.equal('timer');
  });

  it('shows a visible error naming a bad attribute, once in the console, and never throws', async () => {
    const error = sinon.stub(console, 'error');
    try {
      const el = await fixture<HoldTimer>(html`<hold-timer hold="-5" reps="abc" cues="loud"></hold-timer>`);
      const message = text(el, 'error');
      expect(message).to.contain('hold: must be a whole number from 1 to 3600, got "-5"');
      expect(message).to.contain('reps: must be a whole number from 1 to 500, got "abc"');
      expect(message).to.contain('cues: must be "none" or any of beep, voice, vibrate');
      expect(error.callCount).to.equal(1);
      el.start();
      expect(el.status).to.equal('idle');
      const missing = await fixture<HoldTimer>(html`<hold-timer></hold-timer>`);
      expect(text(missing, 'error')).to.contain('hold: is required');
      await expect(missing).to.be.accessible();
    } finally {
      error.restore();
    }
  });

  it('starts a new plan when the dose changes', async () => {
    const el = await fixture<HoldTimer>(html`<hold-timer hold="10" cues="none"></hold-timer>`);
    el.start();
    await advance(el, 2000);
    el.hold = 20;
    await el.updateComplete;
    expect(el.status).to.equal('idle');
    expect(el.remaining).to.equal(25);
  });

  it('stops waking the page when disconnected and shows a coherent state when reconnected', async () => {
    const el = await fixture<HoldTimer>(html`<hold-timer hold="30" cues="none"></hold-timer>`);
    el.start();
    await advance(el, 10_000);
    const parent = el.parentElement!;
    el.remove();
    expect(clock.pendingTimers).to.equal(0);
    clock.advance(5000);
    parent.append(el);
    await el.updateComplete;
    expect(el.status).to.equal('running');
    // 15 s in: 5 s ready, then 10 s of the 30 s hold.
    expect(time(el)).to.equal('20');
    expect(clock.pendingTimers).to.equal(1);
  });

  it('turns the ring with the progress of the current segment, once a second and without any running animation', async () => {
    const el = await fixture<HoldTimer>(html`<hold-timer hold="40" cues="none"></hold-timer>`);
    const arcs = () => [...el.shadowRoot!.querySelectorAll<HTMLElement>('.arc')].map((arc) => arc.style.transform);
    expect(arcs()).to.deep.equal(['rotate(45deg)', 'rotate(225deg)']);
    el.start();
    await advance(el, 5000 + 10_000);
    expect(arcs(), 'a quarter of the hold').to.deep.equal(['rotate(135deg)', 'rotate(225deg)']);
    await advance(el, 20_000);
    expect(arcs(), 'three quarters').to.deep.equal(['rotate(225deg)', 'rotate(315deg)']);
    expect(el.shadowRoot!.getAnimations(), 'nothing for the page to run every frame').to.have.length(0);
  });

  describe('keyboard', () => {
    it('starts and pauses with Space on the focused time, and the buttons are reachable with Tab', async () => {
      const el = await fixture<HoldTimer>(html`<hold-timer hold="10" cues="none"></hold-timer>`);
      part(el, 'time')!.focus();
      await sendKeys({ press: 'Space' });
      await el.updateComplete;
      expect(el.status).to.equal('running');
      await sendKeys({ press: 'Space' });
      await el.updateComplete;
      expect(el.status).to.equal('paused');
      await sendKeys({ press: 'Tab' });
      expect(el.shadowRoot!.activeElement!.textContent!.trim()).to.equal('Resume');
      await sendKeys({ press: 'Enter' });
      await el.updateComplete;
      expect(el.status).to.equal('running');
      expect(el.shadowRoot!.activeElement!.textContent!.trim(), 'focus stays on the same button').to.equal('Pause');
    });
  });

  describe('accessibility', () => {
    it('is accessible when idle, running, paused and done', async () => {
      const el = await fixture<HoldTimer>(html`<hold-timer hold="5" reps="2" label="Push-up" cues="none"></hold-timer>`);
      await expect(el).to.be.accessible();
      el.start();
      await advance(el, 6000);
      await expect(el).to.be.accessible();
      el.pause();
      await el.updateComplete;
      await expect(el).to.be.accessible();
      el.resume();
      await advance(el, 60_000);
      expect(el.status).to.equal('done');
      await expect(el).to.be.accessible();
    });
  });
});
