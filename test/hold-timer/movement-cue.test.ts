import { expect, fixture, html } from '@open-wc/testing';
import sinon from 'sinon';
import '../../src/hold-timer/define.js';
import type { HoldTimer, Segment } from '../../src/index.js';
import { Voice } from '../../src/cues/voice.js';
import { useFakeTime } from '../helpers/use-fake-time.js';

// A page may give a timer of its own the movement of each hold (`movementCue`), as a card does.
describe('<hold-timer> movementCue', () => {
  const clock = useFakeTime({ stubBeepUnlock: true });
  let said: string[];
  beforeEach(() => {
    said = [];
    sinon.stub(Voice.prototype, 'unlock');
    sinon.stub(Voice.prototype, 'say').callsFake((text: string) => said.push(text) > 0);
  });
  const cue = (el: HoldTimer) => el.shadowRoot!.querySelector('[part="cue"]')?.textContent?.trim() ?? null;

  it('shows the movement under the phase during each hold, as text, and says it as the hold begins', async () => {
    const el = await fixture<HoldTimer>(html`<hold-timer hold="10" each-side cues="voice"></hold-timer>`);
    el.movementCue = (segment: Segment) => ({ shown: `<b>Reach ${segment.side}</b>`, go: `Reach ${segment.side}` });
    el.start();
    clock.advance(1000);
    await el.updateComplete;
    expect(cue(el), 'none while getting ready').to.equal(null);
    clock.advance(5000);
    await el.updateComplete;
    expect(cue(el)).to.equal('<b>Reach left</b>');
    expect(el.shadowRoot!.querySelector('[part="cue"] b'), 'rendered as text, never as HTML').to.equal(null);
    expect(said).to.include('Left side. Reach left. Hold 10 seconds.');
  });

  it('shows nothing, and throws nothing into the page, for a value that is not a cue', async () => {
    const logged = sinon.stub(console, 'error');
    const el = await fixture<HoldTimer>(html`<hold-timer hold="10" cues="voice"></hold-timer>`);
    for (const value of ['Reach', () => 42, () => ({ shown: '', go: 'Up' }), () => ({ shown: 'Up', go: 'Up', back: 7 })]) {
      el.movementCue = value as never;
      el.start();
      clock.advance(6000);
      await el.updateComplete;
      expect(cue(el), String(value)).to.equal(null);
      expect(said.at(-1)).to.equal('Hold 10 seconds.');
      el.reset();
    }
    el.movementCue = () => {
      throw new Error('broken');
    };
    el.start();
    clock.advance(6000);
    await el.updateComplete;
    clock.advance(1000);
    await el.updateComplete;
    expect(cue(el)).to.equal(null);
    expect(said.at(-1)).to.equal('Hold 10 seconds.');
    expect(logged.callCount, 'logged once').to.equal(1);
    expect(String(logged.firstCall.args[0])).to.contain('movementCue');
  });
});
