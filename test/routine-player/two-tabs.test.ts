import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import sinon from 'sinon';
import '../../src/routine-player/define.js';
import { BeepPlayer } from '../../src/cues/beeps.js';
import type { RoutinePlayer } from '../../src/index.js';
import { ProgressStore } from '../../src/routine-player/progress-store.js';
import { installFakeTime, restoreTime, type FakeTime } from '../helpers/fake-time.js';
import type { OtherTab } from './other-tab-page.js';

// Issue 20, item 6: one routine with `remember` in two tabs of one browser. Tab A is this test
// page; tab B a same-origin frame (test/routine-player/other-tab.html): two real documents
// sharing localStorage, each with its own clock. A pain stop in one is never overwritten by the
// other, and the other tab's session pauses and says why.

const ROUTINE = 'lower-back-stretches';
const PROGRESS = `back-exercise-elements:progress:${ROUTINE}`;
const HISTORY = `back-exercise-elements:history:${ROUTINE}`;
const MINUTE = 60_000;

const shown = (el: RoutinePlayer, selector: string) => (el.shadowRoot!.querySelector(selector)?.textContent ?? '').replace(/\s+/g, ' ').trim();
const offersResume = (el: RoutinePlayer) => [...el.shadowRoot!.querySelectorAll('button')].some((b) => b.textContent!.trim() === 'Resume where I left off');
const STOPPED_ELSEWHERE = 'You stopped this routine in another tab because it hurt, so it was paused here too. Your place in it is no longer saved.';

/** Where exercise `index` starts in the plan, in milliseconds. */
const startOf = (el: RoutinePlayer, index: number) => el.plan!.segments.find((segment) => segment.exerciseIndex === index)!.start;

describe('<routine-player remember> in two tabs of one browser', () => {
  let clock: FakeTime;
  let frame: HTMLIFrameElement;
  let tabB: OtherTab;

  beforeEach(async () => {
    localStorage.clear();
    clock = installFakeTime();
    sinon.stub(BeepPlayer.prototype, 'unlock');
    frame = document.createElement('iframe');
    frame.title = 'tab B';
    const loaded = new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
    frame.src = '/test/routine-player/other-tab.html';
    document.body.append(frame);
    await loaded;
    await waitUntil(() => (frame.contentWindow as unknown as { otherTab?: OtherTab }).otherTab, 'tab B sets itself up', { timeout: 5000 });
    tabB = (frame.contentWindow as unknown as { otherTab: OtherTab }).otherTab;
  });
  afterEach(() => {
    frame.remove();
    sinon.restore();
    restoreTime();
    localStorage.clear();
  });

  /** Opens tab A's page afresh, as a reload does. */
  const openA = () => fixture<RoutinePlayer>(html`<routine-player routine=${ROUTINE} remember cues="none"></routine-player>`);

  /** Plays `el` on its own clock to just inside exercise `index`. */
  async function playInto(el: RoutinePlayer, tabClock: FakeTime, index: number) {
    tabClock.advance(startOf(el, index) + 1000); // from the session's start
    await el.updateComplete;
  }

  it('a pain stop in tab A is not overwritten by tab B playing on: on reload, A offers no resume', async () => {
    const a = await openA();
    const b = await tabB.open(ROUTINE);
    expect(a.ownerDocument).not.to.equal(b.ownerDocument);
    a.start();
    b.start();
    await playInto(a, clock, 1);
    await playInto(b, tabB.clock, 1);
    expect(JSON.parse(localStorage.getItem(PROGRESS)!).exerciseIndex, 'progress saved, as remember does').to.equal(1);

    a.stopForPain();
    await a.updateComplete;
    expect(localStorage.getItem(PROGRESS), 'the pain stop clears the progress').to.equal(null);
    // Tab B plays on into its next exercise: before the fix it saved its progress again here.
    tabB.clock.advance(startOf(b, 2) - startOf(b, 1));
    await b.updateComplete;
    expect(localStorage.getItem(PROGRESS), 'B does not write its progress over the pain stop').to.equal(null);

    a.remove();
    const reloaded = await openA();
    expect(offersResume(reloaded), 'no "Resume where I left off" after the pain stop').to.equal(false);
    expect(JSON.parse(localStorage.getItem(HISTORY)!).map((entry: { reason?: string }) => entry.reason ?? 'none')).to.deep.equal(['pain']);
  });

  it('tab B hears of the pain stop: its session pauses and says why, and whatever it does next is not offered', async () => {
    const a = await openA();
    const b = await tabB.open(ROUTINE);
    a.start();
    b.start();
    await playInto(b, tabB.clock, 1);
    const pauses: Event[] = [];
    b.addEventListener('routine-player-pause', (event) => pauses.push(event));

    a.stopForPain();
    // The `storage` event reaches tab B as a task of its own.
    await waitUntil(() => b.status === 'paused', 'B pauses');
    await b.updateComplete;
    expect(pauses, 'one routine-player-pause, as a pause by hand').to.have.length(1);
    expect(shown(b, '[part="playing"]'), 'B says why').to.contain(STOPPED_ELSEWHERE);
    expect(b.state, 'B is not stopped for pain itself: the pain was recorded once, in A').to.equal('playing');

    // The person may go on in B; it plays, but never brings back the offer A's pain stop ended.
    b.resume();
    tabB.clock.advance(startOf(b, 2) - startOf(b, 1));
    await b.updateComplete;
    expect(b.status).to.equal('running');
    expect(shown(b, '[part="playing"]'), 'the notice stays').to.contain(STOPPED_ELSEWHERE);
    expect(localStorage.getItem(PROGRESS)).to.equal(null);
    expect(offersResume(await tabB.open(ROUTINE)), 'nor in B reloaded').to.equal(false);
  });

  it('a tab still at the start withdraws its offer to resume when the other stops for pain there', async () => {
    // An earlier session left progress at exercise 2: both tabs offer to resume it.
    const probe = await openA();
    const segmentIndex = probe.plan!.segments.findIndex((segment) => segment.exerciseIndex === 1);
    probe.remove();
    const earlier = Date.now() - 10 * MINUTE;
    localStorage.setItem(PROGRESS, JSON.stringify({ level: 'beginner', segmentIndex, exerciseIndex: 1, savedAt: earlier, startedAt: earlier - MINUTE }));
    const a = await openA();
    const b = await tabB.open(ROUTINE);
    expect(offersResume(a) && offersResume(b), 'both offer it').to.equal(true);

    [...a.shadowRoot!.querySelectorAll('button')].find((button) => button.textContent!.trim() === 'Resume where I left off')!.click();
    await a.updateComplete;
    a.stopForPain();
    await waitUntil(() => !offersResume(b), 'B no longer offers to resume');
    expect(shown(b, '[part="before"]')).not.to.contain('You stopped at exercise');
  });

  it('progress of a session that began before the last pain stop is never offered, whatever order the tabs wrote in', async () => {
    // Tab B wrote its progress just after A's pain stop (the storage event had not reached it yet).
    const painAt = Date.now() - MINUTE;
    localStorage.setItem(HISTORY, JSON.stringify([{ date: new Date(painAt).toISOString(), completed: false, reason: 'pain' }]));
    const probe = await openA();
    const segmentIndex = probe.plan!.segments.findIndex((segment) => segment.exerciseIndex === 1);
    probe.remove();
    localStorage.setItem(PROGRESS, JSON.stringify({ level: 'beginner', segmentIndex, exerciseIndex: 1, savedAt: painAt + 1000, startedAt: painAt - 5 * MINUTE }));
    expect(offersResume(await openA()), 'begun before the pain stop').to.equal(false);
    expect(localStorage.getItem(PROGRESS), 'and removed').to.equal(null);
    // Progress from before this version (no startedAt), saved before the pain stop.
    localStorage.setItem(PROGRESS, JSON.stringify({ level: 'beginner', segmentIndex, exerciseIndex: 1, savedAt: painAt - 1000 }));
    expect(offersResume(await openA())).to.equal(false);
  });

  it('a session begun after a pain stop is remembered as usual', async () => {
    const store = new ProgressStore(ROUTINE);
    store.addHistory({ date: new Date(Date.now() - MINUTE).toISOString(), completed: false, reason: 'pain' });
    const a = await openA();
    a.start();
    await playInto(a, clock, 1);
    expect(JSON.parse(localStorage.getItem(PROGRESS)!).exerciseIndex).to.equal(1);
    a.remove();
    expect(offersResume(await openA()), 'resume offered after a reload').to.equal(true);
  });
});
