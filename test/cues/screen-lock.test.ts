import { expect, fixture, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../src/define.js';
import type { HoldTimer, Plan, RoutinePlayer } from '../../src/index.js';
import { cueTimeline } from '../../src/timing/cue-timeline.js';
import { BOOKING_HORIZON_MS } from '../../src/cues/session-controller.js';
import { RESUME_GRACE_MS } from '../../src/cues/stopped-sound.js';
import { useFakeDevice } from '../faults/fake-device.js';
import { settle } from '../faults/page-guard.js';
import { FakeAudioContext, installFakeAudio, restoreDocumentVisibility, setDocumentHidden } from '../helpers/fake-audio.js';

/**
 * Issue 27, parts 1 and 2: Safari suspends (or interrupts) the audio when the page is hidden or
 * the screen locks, and keeps it so on return; a sleeping device stops the audio clock while the
 * session's clock counts the sleep. Every sound still ahead must then be booked again, once, at
 * its moment by the session's time, and none that is past; where the browser wants a tap first,
 * the running element asks for one and says so.
 */

const text = (el: Element, selector: string) => (el.shadowRoot!.querySelector(selector)?.textContent ?? '').replace(/\s+/g, ' ').trim();
const live = (el: Element) => text(el, '[aria-live="polite"]');
const resumeButton = (el: Element) => el.shadowRoot!.querySelector<HTMLButtonElement>('[part~="resume-sound"]');
/** Whether the tap-to-resume control shows (a boolean: a failing assertion on an element itself can stall the runner printing it). */
const asksForTap = (el: Element) => resumeButton(el) !== null;

/** The cues of `plan` from `elapsed` ms over the booking horizon, as the fake lists them: at audio time `audioNow` + their delay. */
function expectedCues(plan: Plan, elapsed: number, audioNow: number, until = elapsed + BOOKING_HORIZON_MS): string[] {
  return cueTimeline(plan, elapsed, Math.min(until, plan.total + 1)).map(
    (cue) => `${cue.sound}@${Math.round((audioNow + (cue.offset - elapsed) / 1000) * 1000) / 1000}`,
  );
}

describe('sound after the screen locks (a fake AudioContext that Safari-like stops on hide)', () => {
  const device = useFakeDevice();
  let restoreAudio: () => void;
  beforeEach(() => {
    restoreAudio = installFakeAudio(() => device.monotonic);
  });
  afterEach(async () => {
    restoreAudio();
    restoreDocumentVisibility();
    await settle();
  });

  /** The page is hidden or shown: the document says so (audio, wake lock) and the ticker hears it. */
  function setHidden(hidden: boolean): void {
    setDocumentHidden(hidden);
    device.setHidden(hidden);
  }

  async function startTimer(): Promise<[HoldTimer, FakeAudioContext]> {
    const el = await fixture<HoldTimer>(html`<hold-timer hold="45" each-side cues="beep"></hold-timer>`);
    el.shadowRoot!.querySelector<HTMLButtonElement>('button.primary')!.click();
    expect(FakeAudioContext.instances, 'the Start click opens the audio').to.have.length(1);
    return [el, FakeAudioContext.instances[0]];
  }

  /** Runs the timer 10 s, locks the screen (the context goes `state`), waits 20 s, unlocks. Plan at 30 s, audio clock at 10 s. */
  async function lockAndUnlock(el: HoldTimer, audio: FakeAudioContext, state: 'suspended' | 'interrupted'): Promise<void> {
    device.advance(10_000);
    await el.updateComplete;
    setHidden(true);
    audio.suspendBy(state);
    await settle();
    device.advance(20_000);
    setHidden(false);
    await settle();
    await el.updateComplete;
  }

  it('resumes a suspended context when the page is visible again, and books what is ahead from the session time', async () => {
    FakeAudioContext.policy = 'when-visible';
    const [el, audio] = await startTimer();
    const startAudio = audio.currentTime;
    await lockAndUnlock(el, audio, 'suspended');
    expect(audio.state, 'resumed on return').to.equal('running');
    // The audio clock stood still for the 20 s it was suspended: the session is 30 s in, the audio 10 s.
    expect(audio.currentTime).to.equal(startAudio + 10);
    expect(audio.liveCues(audio.currentTime)).to.deep.equal(expectedCues(el.plan!, 30_000, audio.currentTime));
    expect(audio.liveCues(audio.currentTime)[0], 'the 3-2-1 before the left side ends, 17 s from now').to.equal(`count@${audio.currentTime + 17}`);
    expect(asksForTap(el), 'no tap asked for').to.equal(false);
  });

  it('asks for a tap when the browser refuses to resume an interrupted context, says so, and books on time after the tap', async () => {
    FakeAudioContext.policy = 'refuse';
    const [el, audio] = await startTimer();
    await lockAndUnlock(el, audio, 'interrupted');
    expect(audio.resumeCalls, 'it tried without a tap first').to.be.greaterThan(0);
    expect(audio.state).to.equal('interrupted');
    const button = resumeButton(el);
    expect(asksForTap(el), 'the tap-to-resume control on the running timer').to.equal(true);
    expect(button!.textContent!.trim()).to.equal('Tap to turn the sound back on');
    expect(live(el), 'and the live region says it').to.equal('Tap to turn the sound back on');
    await expect(el).to.be.accessible();

    // The keyboard works as a tap does: Enter on the focused button.
    FakeAudioContext.gesture = true;
    button!.focus();
    await sendKeys({ press: 'Enter' });
    await settle();
    await el.updateComplete;
    expect(audio.state).to.equal('running');
    expect(asksForTap(el), 'gone once the sound plays').to.equal(false);
    expect(el.shadowRoot!.activeElement?.classList.contains('primary'), 'focus on Pause').to.equal(true);
    expect(audio.liveCues(audio.currentTime)).to.deep.equal(expectedCues(el.plan!, 30_000, audio.currentTime));
    // The next cue sounds at its moment: 17 s on, the count, at the audio time booked for it.
    device.advance(17_000);
    expect(audio.liveCues(audio.currentTime)[0]).to.equal(`count@${audio.currentTime}`);
  });

  it('asks for a tap after a second when a resume never settles (Safari may leave it pending)', async () => {
    FakeAudioContext.policy = 'never-settle';
    const [el, audio] = await startTimer();
    await lockAndUnlock(el, audio, 'suspended');
    expect(asksForTap(el), 'not at once: the resume may still come').to.equal(false);
    device.advance(RESUME_GRACE_MS);
    await el.updateComplete;
    expect(asksForTap(el)).to.equal(true);
  });

  it('<routine-player>: shows the tap-to-resume control while playing, says it, and books again after the tap', async () => {
    FakeAudioContext.policy = 'refuse';
    const el = await fixture<RoutinePlayer>(html`<routine-player routine="lower-back-stretches" cues="beep"></routine-player>`);
    el.shadowRoot!.querySelector<HTMLButtonElement>('button.primary')!.click();
    await el.updateComplete;
    const audio = FakeAudioContext.instances[0];
    device.advance(8000);
    await el.updateComplete;
    setHidden(true);
    audio.suspendBy('interrupted');
    await settle();
    device.advance(12_000);
    setHidden(false);
    await settle();
    await el.updateComplete;
    const button = resumeButton(el);
    expect(asksForTap(el)).to.equal(true);
    expect(live(el)).to.equal('Tap to turn the sound back on');
    await expect(el).to.be.accessible();
    FakeAudioContext.gesture = true;
    button!.click();
    await settle();
    await el.updateComplete;
    expect(asksForTap(el)).to.equal(false);
    expect(audio.liveCues(audio.currentTime)).to.deep.equal(expectedCues(el.plan!, 20_000, audio.currentTime));
  });

  it('after a device sleep mid-hold, books every remaining cue once, at its moment, and none in the past', async () => {
    const [el, audio] = await startTimer();
    const startAudio = audio.currentTime;
    device.advance(20_000);
    await el.updateComplete;
    // The phone is locked and sleeps: sounds are booked to the end while hidden, then the
    // monotonic clock (and with it the audio clock) stalls for 40 s while the wall clock runs.
    setHidden(true);
    device.sleep(40_000);
    setHidden(false);
    await settle();
    await el.updateComplete;
    expect(el.segment?.side, 'the session counted the sleep: 60 s in, on the right side').to.equal('right');
    expect(audio.currentTime, 'the audio clock did not').to.equal(startAudio + 20);
    expect(audio.liveCues(audio.currentTime), 'nothing booked before the sleep is left to sound late').to.deep.equal(expectedCues(el.plan!, 60_000, audio.currentTime));
    // 20 s on (80 s in), the right side's 3-2-1 at 97, 98, 99 s and the chime at 100 s: 17–20 s from now, each once.
    device.advance(20_000);
    await el.updateComplete;
    const ahead = audio.liveCues(audio.currentTime);
    expect(ahead).to.deep.equal([
      `count@${audio.currentTime + 17}`,
      `count@${audio.currentTime + 18}`,
      `count@${audio.currentTime + 19}`,
      `done@${audio.currentTime + 20}`,
    ]);
  });
});
