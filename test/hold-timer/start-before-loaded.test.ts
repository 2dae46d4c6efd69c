// Issue 25, "first render first": through the loader a <hold-timer> renders its idle view from its
// first file, and its session part (session, cues, events, running view) loads after that first
// render. Start pressed the moment the timer renders must still start the session as of that
// click, with the sound unlocked inside the click and the first beep on time.
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import '../../src/hold-timer/define-lazy.js';
import type { HoldTimer, HoldTimerPhaseEvent } from '../../src/index.js';
import { runPart } from '../../src/hold-timer/run-part.js';
import { FakeAudioContext, installFakeAudio } from '../helpers/fake-audio.js';
import { useFakeTime } from '../helpers/use-fake-time.js';

const text = (el: HoldTimer, name: string) => (el.shadowRoot!.querySelector(`[part~="${name}"]`)?.textContent ?? '').replace(/\s+/g, ' ').trim();
const fetchedRunPart = () => performance.getEntriesByType('resource').some((entry) => entry.name.includes('/timer-run'));

describe('<hold-timer> before its session part has loaded', () => {
  const clock = useFakeTime();
  let restoreAudio: () => void;
  beforeEach(() => {
    restoreAudio = installFakeAudio(() => clock.now());
  });
  afterEach(() => restoreAudio());

  // The session part loads once per page: this test must come first in its file.
  it('renders and answers from its first file; Start pressed at once starts the session as of the click, first beep on time', async () => {
    expect(runPart(), 'precondition: the session part has not loaded yet').to.equal(undefined);
    const el = await fixture<HoldTimer>(html`<hold-timer hold="45" each-side cues="beep"></hold-timer>`);
    expect(runPart(), 'the first render needs no session part').to.equal(undefined);
    expect(fetchedRunPart(), 'not fetched before the first render').to.equal(false);
    // The idle view and the public API, without the session part.
    expect(text(el, 'phase')).to.equal('Ready');
    expect(text(el, 'time').split(' ')[0]).to.equal('45');
    expect(text(el, 'count')).to.equal('Hold 45 seconds on each side');
    expect(text(el, 'total')).to.equal('2 min in all');
    expect(el.status).to.equal('idle');
    expect(el.remaining).to.equal(100);
    expect(el.plan!.total).to.equal(100_000);
    expect(el.segment).to.deep.include({ kind: 'prepare', side: 'left' });

    const events: string[] = [];
    const at: number[] = [];
    for (const name of ['hold-timer-start', 'hold-timer-phase'] as const) {
      el.addEventListener(name, (event) => {
        const phase = event as HoldTimerPhaseEvent;
        events.push(name === 'hold-timer-phase' ? `${phase.segment.kind}${phase.late ? ' (late)' : ''}` : name);
        at.push(clock.now());
      });
    }
    const clickedAt = clock.now();
    const start = el.shadowRoot!.querySelector<HTMLButtonElement>('button.primary')!;
    start.click();
    expect(runPart(), 'precondition: Start came before the session part').to.equal(undefined);
    expect(FakeAudioContext.instances, 'the sound is unlocked inside the click').to.have.length(1);
    expect(el.status, 'a start that waits for its part counts as running').to.equal('running');
    // A second press while it waits changes nothing (it does not pause what has not begun).
    start.click();
    // The part takes 200 ms to arrive.
    clock.advance(200);
    await waitUntil(() => text(el, 'phase') === 'Get ready', 'the session starts once its part arrives');
    expect(events).to.deep.equal(['hold-timer-start', 'prepare']);
    expect(FakeAudioContext.instances, 'the beep player adopts the context the click opened').to.have.length(1);
    const [audio] = FakeAudioContext.instances;
    // Booked as of the click: the first hold's "go" 5 s after it, not 5 s after the part arrived.
    expect(audio.tones.map((tone) => [tone.frequency, tone.start])).to.deep.equal([[1320, (clickedAt + 5000) / 1000]]);
    expect(el.remaining).to.equal(99.8);
    expect(text(el, 'time').split(' ')[0]).to.equal('5');
    clock.advance(4800);
    await el.updateComplete;
    expect(events).to.deep.equal(['hold-timer-start', 'prepare', 'hold']);
    expect(at[2] - clickedAt, 'the first hold begins 5 s after the click').to.equal(5000);
    expect(text(el, 'phase')).to.equal('Left side');
  });

  it('once its part has loaded, a new timer starts at once from start()', async () => {
    expect(runPart(), 'loaded by the test before').to.not.equal(undefined);
    const el = await fixture<HoldTimer>(html`<hold-timer hold="10" cues="none"></hold-timer>`);
    const events: string[] = [];
    el.addEventListener('hold-timer-start', () => events.push('start'));
    el.addEventListener('hold-timer-phase', (event) => events.push(event.segment.kind));
    el.start();
    expect(events).to.deep.equal(['start', 'prepare']);
    expect(el.status).to.equal('running');
  });
});
