import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import sinon from 'sinon';
import '../../src/define.js';
import type { BackExercise, HoldTimer } from '../../src/index.js';
import { BeepPlayer } from '../../src/cues/beeps.js';
import { useFakeTime } from '../helpers/use-fake-time.js';

// What a page may change on a running timer, alone or inside a card: the sounds follow the cues
// at once, and a session that cannot go on ends where listeners hear of it.

describe('<hold-timer> and <back-exercise> changed during a session', () => {
  const clock = useFakeTime({ stubBeepUnlock: true });
  let book: sinon.SinonStub;
  let cancelAll: sinon.SinonSpy;
  beforeEach(() => {
    book = sinon.stub(BeepPlayer.prototype, 'book');
    cancelAll = sinon.spy(BeepPlayer.prototype, 'cancelAll');
  });

  const booked = () => book.getCalls().map((call) => `${call.args[0]}@${call.args[1]}`);

  /** Starts the timer inside `card`, silent, and returns it. */
  async function startTimerOf(card: BackExercise): Promise<HoldTimer> {
    const timer = card.shadowRoot!.querySelector('hold-timer')!;
    timer.cues = 'none';
    await timer.updateComplete;
    timer.start();
    return timer;
  }

  it('cues turned to none silence the beeps already booked, and back to beep books them again from now', async () => {
    const el = await fixture<HoldTimer>(html`<hold-timer hold="45" each-side cues="beep"></hold-timer>`);
    el.start();
    clock.advance(40_000);
    expect(booked().length, 'beeps were booked ahead').to.be.greaterThan(0);
    cancelAll.resetHistory();
    book.resetHistory();
    el.cues = 'none';
    await el.updateComplete;
    expect(cancelAll.callCount, 'the booked beeps are cancelled').to.be.greaterThan(0);
    clock.advance(5000);
    await el.updateComplete;
    expect(booked(), 'nothing booked while the cues are off').to.deep.equal([]);

    el.cues = 'beep';
    await el.updateComplete;
    // 45 s into the plan (5 s getting ready, then 45 s on the left): the left side's 3-2-1, the switch, the right side's start.
    expect(booked()).to.deep.equal(['count@2000', 'count@3000', 'count@4000', 'switch@5000', 'go@10000']);
    expect(el.status).to.equal('running');
  });

  it('cues turned to beep on a timer out of the page book nothing until it is put back', async () => {
    const page = await fixture<HTMLElement>(html`<div><hold-timer hold="45" each-side cues="none"></hold-timer></div>`);
    const el = page.querySelector('hold-timer')!;
    el.start();
    clock.advance(40_000);
    el.remove();
    el.cues = 'beep';
    await el.updateComplete;
    expect(booked(), 'nothing booked out of the page').to.deep.equal([]);
    page.append(el);
    await el.updateComplete;
    expect(booked()).to.deep.equal(['count@7000', 'count@8000', 'count@9000', 'switch@10000', 'go@15000']);
  });

  it('cues turned to beep while the page is hidden book every sound left, since nothing wakes on time there', async () => {
    const el = await fixture<HoldTimer>(html`<hold-timer hold="45" each-side cues="none"></hold-timer>`);
    el.start();
    clock.advance(40_000);
    clock.setHidden(true);
    el.cues = 'beep';
    await el.updateComplete;
    // The left side's 3-2-1 and the switch, then the right side: its start, its 3-2-1 and the end.
    expect(booked()).to.deep.equal([
      'count@7000',
      'count@8000',
      'count@9000',
      'switch@10000',
      'go@15000',
      'count@57000',
      'count@58000',
      'count@59000',
      'done@60000',
    ]);
  });

  it('a new dose during a session ends it with hold-timer-reset', async () => {
    const el = await fixture<HoldTimer>(html`<hold-timer hold="45" cues="none"></hold-timer>`);
    const resets = sinon.spy();
    el.addEventListener('hold-timer-reset', resets);
    el.start();
    clock.advance(10_000);
    el.hold = 30;
    await el.updateComplete;
    expect(el.status).to.equal('idle');
    expect(resets.callCount).to.equal(1);
    el.hold = 20; // idle already: nothing to reset
    await el.updateComplete;
    expect(resets.callCount).to.equal(1);
  });

  it('a card switched to another exercise with the same dose gets a timer of its own', async () => {
    const card = await fixture<BackExercise>(html`<back-exercise exercise="knee-to-chest"></back-exercise>`);
    const first = await startTimerOf(card);
    clock.advance(20_000);
    card.exercise = 'lower-back-twist';
    await card.updateComplete;
    const second = card.shadowRoot!.querySelector('hold-timer')!;
    await second.updateComplete;
    expect(second === first, 'a new timer').to.equal(false);
    expect(second.status).to.equal('idle');
    expect(second.label).to.equal('Lower Back Twist');
    expect(first.isConnected, 'the old one is gone with its session').to.equal(false);
  });

  it('the card hands on the reset of the timer it replaces, and keeps its timer when only a heading is edited', async () => {
    const card = await fixture<BackExercise>(html`<back-exercise exercise="knee-to-chest"></back-exercise>`);
    const resets = sinon.spy();
    card.addEventListener('hold-timer-reset', resets);
    await startTimerOf(card);
    clock.advance(10_000);
    card.exercise = 'lower-back-twist';
    await card.updateComplete;
    await new Promise((resolve) => setTimeout(resolve));
    expect(resets.callCount, 'listeners hear the session under way end').to.equal(1);

    const written = await fixture<BackExercise>(html`<back-exercise hold="30" each-side>
      <h3>Lying hamstring stretch</h3>
      <ol><li>Lie flat on your back</li></ol>
    </back-exercise>`);
    const timer = await startTimerOf(written);
    clock.advance(10_000);
    written.querySelector('h3')!.textContent = 'Hamstring stretch, lying down';
    await waitUntil(() => written.exerciseData?.name === 'Hamstring stretch, lying down', 'the new heading is read');
    await written.updateComplete;
    expect(written.shadowRoot!.querySelector('hold-timer') === timer, 'the same timer').to.equal(true);
    expect(timer.status, 'still running').to.equal('running');
  });
});
