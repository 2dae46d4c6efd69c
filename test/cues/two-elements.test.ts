import { expect, fixture, html } from '@open-wc/testing';
import sinon from 'sinon';
import '../../src/hold-timer/define.js';
import type { HoldTimer } from '../../src/index.js';
import { useFakeTime } from '../helpers/use-fake-time.js';
import { installFakeSpeech, type FakeSpeech } from '../helpers/fake-audio.js';

/**
 * Issue 27, part 3: `speechSynthesis.cancel()` and `navigator.vibrate(0)` act on the whole page.
 * Stopping one timer must leave another's queued words and its vibration pattern alone.
 */
describe("two timers on a page: stopping one leaves the other's speech and vibration alone", () => {
  const clock = useFakeTime({ stubBeepUnlock: true });
  let speech: FakeSpeech;
  let restoreSpeech: () => void;
  let vibrate: sinon.SinonStub;
  beforeEach(() => {
    ({ speech, restore: restoreSpeech } = installFakeSpeech());
    vibrate = sinon.stub(navigator, 'vibrate').returns(true);
  });
  afterEach(() => restoreSpeech());

  const stops = () => vibrate.getCalls().filter((call) => call.args[0] === 0).length;

  async function twoTimers(): Promise<[HoldTimer, HoldTimer]> {
    const [a, b] = await Promise.all([
      fixture<HoldTimer>(html`<hold-timer label="A" hold="10" prepare="1" cues="voice vibrate"></hold-timer>`),
      fixture<HoldTimer>(html`<hold-timer label="B" hold="10" prepare="2" cues="voice vibrate"></hold-timer>`),
    ]);
    return [a, b];
  }

  it("pausing one keeps the other's words in the queue, and says its own no more", async () => {
    const [a, b] = await twoTimers();
    a.start();
    b.start();
    // A's "Get ready" speaks; B's waits behind it in the page's one queue.
    expect(speech.queuedTexts).to.deep.equal(['Get ready.', 'Get ready.']);
    const cancelsBefore = speech.cancels;
    a.pause();
    expect(speech.cancels, 'no page-wide cancel while B has words queued').to.equal(cancelsBefore);
    expect(speech.queuedTexts, "B's words still queued").to.have.length(2);
    speech.finishCurrent();
    expect(speech.begun.filter(Boolean).at(-1), "B's words are said").to.equal('Get ready.');
    expect(speech.queuedTexts).to.deep.equal(['Get ready.']);
    // A says nothing more while paused; B goes on.
    clock.advance(2000);
    speech.finishCurrent();
    expect(speech.begun.filter(Boolean).at(-1)).to.equal('Hold 10 seconds.');
  });

  it("stopping one leaves the other's vibration running; stopping the one whose pattern runs stops it", async () => {
    const [a, b] = await twoTimers();
    a.start();
    b.start();
    clock.advance(2000);
    // A vibrated at 1 s as its hold began, B at 2 s: B's pattern is the one running.
    expect(vibrate.getCalls().map((call) => JSON.stringify(call.args[0]))).to.deep.equal(['[150]', '[150]']);
    a.reset();
    expect(stops(), "A's reset does not stop B's vibration").to.equal(0);
    b.pause();
    expect(stops(), "B's pause stops its own").to.equal(1);
  });

  it('stopping the only speaking timer still cancels its own words at once', async () => {
    const [a] = await twoTimers();
    a.start();
    expect(speech.queuedTexts).to.deep.equal(['Get ready.']);
    a.reset();
    expect(speech.queuedTexts).to.deep.equal([]);
  });
});
