import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import sinon from 'sinon';
import '../../src/hold-timer/define.js';
import type { HoldTimer } from '../../src/index.js';
import { BeepPlayer } from '../../src/cues/beeps.js';
import { Voice } from '../../src/cues/voice.js';
import { useFakeTime } from '../helpers/use-fake-time.js';

describe('<hold-timer> cues', () => {
  const clock = useFakeTime();
  let book: sinon.SinonStub;
  let cancelAll: sinon.SinonSpy;
  let unlock: sinon.SinonStub;
  beforeEach(() => {
    book = sinon.stub(BeepPlayer.prototype, 'book');
    unlock = sinon.stub(BeepPlayer.prototype, 'unlock');
    cancelAll = sinon.spy(BeepPlayer.prototype, 'cancelAll');
  });

  const booked = () => book.getCalls().map((call) => `${call.args[0]}@${call.args[1]}`);

  it('unlocks audio in the Start click and books beeps ahead on the audio clock', async () => {
    const el = await fixture<HoldTimer>(html`<hold-timer hold="45" each-side cues="beep"></hold-timer>`);
    el.shadowRoot!.querySelector<HTMLButtonElement>('button.primary')!.click();
    expect(unlock.callCount).to.equal(1);
    // Booked at start for the next 30 s: the first hold's "go" 5 s from now.
    expect(booked()).to.deep.equal(['go@5000']);
    book.resetHistory();
    clock.advance(31_000);
    expect(booked(), 'nothing new while more than half the horizon is booked').to.deep.equal([]);
    clock.advance(1000);
    // At 32 s, booked up to 46 s, topped up to 62 s: the 3-2-1 before the left side ends, the switch, the right side.
    expect(booked()).to.deep.equal(['count@15000', 'count@16000', 'count@17000', 'switch@18000', 'go@23000']);
  });

  it('silences booked beeps on pause and books again from the new position on resume', async () => {
    const el = await fixture<HoldTimer>(html`<hold-timer hold="45" each-side cues="beep"></hold-timer>`);
    el.start();
    clock.advance(40_000);
    cancelAll.resetHistory();
    el.pause();
    expect(cancelAll.callCount).to.be.greaterThan(0);
    clock.advance(60_000);
    book.resetHistory();
    el.resume();
    // 40 s into the plan after a minute's pause: the count 7 s from now, not where it was booked before.
    expect(booked()).to.deep.equal(['count@7000', 'count@8000', 'count@9000', 'switch@10000', 'go@15000']);
  });

  it('books every remaining sound when the page is hidden, since timers stop there', async () => {
    const el = await fixture<HoldTimer>(html`<hold-timer hold="45" each-side cues="beep"></hold-timer>`);
    el.start();
    book.resetHistory();
    clock.setHidden(true);
    expect(booked()).to.deep.equal([
      'count@47000',
      'count@48000',
      'count@49000',
      'switch@50000',
      'go@55000',
      'count@97000',
      'count@98000',
      'count@99000',
      'done@100000',
    ]);
  });

  it('books nothing with cues="none", and stops all sound and closes audio when disconnected', async () => {
    const el = await fixture<HoldTimer>(html`<hold-timer hold="10" cues="none"></hold-timer>`);
    el.start();
    clock.advance(3000);
    expect(book.callCount).to.equal(0);
    expect(unlock.callCount).to.equal(0);
    el.cues = 'beep';
    await el.updateComplete;
    el.start();
    cancelAll.resetHistory();
    const close = sinon.spy(BeepPlayer.prototype, 'close');
    el.remove();
    expect(cancelAll.callCount).to.be.greaterThan(0);
    expect(close.callCount, 'the audio device is given back').to.equal(1);
  });

  it('speaks what to do next with cues="voice", cancelling before each utterance', async () => {
    const say = sinon.stub(Voice.prototype, 'say');
    const voiceUnlock = sinon.stub(Voice.prototype, 'unlock');
    const el = await fixture<HoldTimer>(html`<hold-timer hold="45" each-side cues="voice"></hold-timer>`);
    el.start();
    expect(voiceUnlock.callCount).to.equal(1);
    clock.advance(50_000);
    expect(say.getCalls().map((c) => c.args[0])).to.deep.equal([
      'Get ready. Start on your left side.',
      'Left side. Hold 45 seconds.',
      'Switch to your right side.',
    ]);
    expect(book.callCount, 'no beeps asked for').to.equal(0);
  });

  it('vibrates on the first hold, on switching sides and when done', async () => {
    expect('vibrate' in navigator, 'Chromium has the Vibration API').to.equal(true);
    const vibrate = sinon.stub(navigator, 'vibrate').returns(true);
    const el = await fixture<HoldTimer>(html`<hold-timer hold="5" each-side cues="vibrate"></hold-timer>`);
    el.start();
    clock.advance(30_000);
    expect(vibrate.getCalls().map((c) => JSON.stringify(c.args[0]))).to.deep.equal(['[150]', '[120,80,120]', '[150]', '[300,100,300]']);
  });
});

describe('BeepPlayer on the real audio clock', () => {
  it('books tones ahead and silences them all at once', () => {
    const player = new BeepPlayer();
    player.unlock();
    expect(player.available, 'Chromium has Web Audio').to.equal(true);
    player.book('switch', 2000);
    player.book('done', 4000);
    expect(player.pendingTones).to.equal(5);
    player.cancelAll();
    expect(player.pendingTones).to.equal(0);
    player.close();
  });
});

describe('<hold-timer> screen wake lock', () => {
  const clock = useFakeTime({ stubBeepUnlock: true });

  function fakeWakeLock(grant: boolean) {
    const release = sinon.stub().resolves();
    const sentinel = Object.assign(new EventTarget(), { release, released: false, type: 'screen' });
    const request = grant ? sinon.stub().resolves(sentinel) : sinon.stub().rejects(new DOMException('denied', 'NotAllowedError'));
    Object.defineProperty(navigator, 'wakeLock', { configurable: true, value: { request } });
    return { request, release };
  }
  afterEach(() => {
    delete (navigator as unknown as Record<string, unknown>).wakeLock;
  });

  it('holds the lock while running and releases it on pause, done and disconnect', async () => {
    const { request, release } = fakeWakeLock(true);
    const el = await fixture<HoldTimer>(html`<hold-timer hold="5" prepare="0" cues="none"></hold-timer>`);
    el.start();
    expect(request.calledOnceWith('screen')).to.equal(true);
    await waitUntil(() => release.callCount === 0 && request.callCount === 1);
    await Promise.resolve();
    el.pause();
    expect(release.callCount).to.equal(1);
    el.resume();
    await Promise.resolve();
    await Promise.resolve();
    clock.advance(5000);
    expect(el.status).to.equal('done');
    expect(release.callCount).to.equal(2);
    el.start();
    await Promise.resolve();
    await Promise.resolve();
    el.remove();
    expect(release.callCount).to.equal(3);
  });

  it('says so when the screen cannot be kept awake', async () => {
    fakeWakeLock(false);
    const el = await fixture<HoldTimer>(html`<hold-timer hold="30" cues="none"></hold-timer>`);
    el.start();
    await waitUntil(() => el.shadowRoot!.querySelector('[part="notice"]'), 'notice shown');
    expect(el.shadowRoot!.querySelector('[part="notice"]')!.textContent).to.contain('screen may turn off');
  });
});
