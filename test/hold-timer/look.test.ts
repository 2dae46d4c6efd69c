import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import '../../src/hold-timer/define.js';
import type { HoldTimer } from '../../src/index.js';
import { useFakeTime } from '../helpers/use-fake-time.js';

const part = (el: HoldTimer, name: string) => el.shadowRoot!.querySelector<HTMLElement>(`[part~="${name}"]`);
const text = (el: HoldTimer, name: string) => (part(el, name)?.textContent ?? '').replace(/\s+/g, ' ').trim();
const buttons = (el: HoldTimer) => [...el.shadowRoot!.querySelectorAll('button')].map((b) => b.textContent!.trim());

describe('<hold-timer> look of each phase', () => {
  const clock = useFakeTime({ stubBeepUnlock: true });

  it('gives get ready, hold, switch sides, rest and rest between sets each their own colour, icon and word', async () => {
    const el = await fixture<HoldTimer>(html`<hold-timer hold="5" reps="2" sets="2" each-side rest="3" set-rest="10" cues="none"></hold-timer>`);
    el.start();
    const seen = new Map<string, { color: string; word: string; icon: string }>();
    for (let t = 0; t < el.plan!.total; t += 1000) {
      await el.updateComplete;
      const base = part(el, 'base')!;
      const phase = part(el, 'phase')!;
      const look = base.dataset.phase!;
      if (!seen.has(look)) {
        seen.set(look, {
          color: getComputedStyle(phase).color,
          word: text(el, 'phase'),
          icon: phase.querySelector('svg path, svg circle')!.outerHTML,
        });
      }
      clock.advance(1000);
    }
    expect([...seen.keys()].sort()).to.deep.equal(['hold', 'ready', 'rest', 'set-rest', 'switch']);
    const looks = [...seen.values()];
    expect(new Set(looks.map((l) => l.color)).size, 'five colours').to.equal(5);
    expect(new Set(looks.map((l) => l.word)).size, 'five words, so colour is never the only signal').to.be.at.least(4);
    expect(seen.get('switch')!.word).to.equal('Switch sides');
    expect(seen.get('set-rest')!.word).to.equal('Rest between sets');
    expect(seen.get('ready')!.word).to.equal('Get ready');
    expect(seen.get('rest')!.icon).to.not.equal(seen.get('hold')!.icon);
  });

  it('keeps the side and count when paused: "Paused · Left side", "Rep 2 of 3"', async () => {
    const el = await fixture<HoldTimer>(html`<hold-timer hold="10" reps="3" each-side cues="none"></hold-timer>`);
    el.start();
    clock.advance(5000 + 10_000 + 3000 + 2000);
    el.pause();
    await el.updateComplete;
    expect(text(el, 'phase')).to.equal('Paused · Left side');
    expect(text(el, 'count')).to.equal('Rep 2 of 3');
    expect(part(el, 'base')!.dataset.phase).to.equal('paused');
  });

  it('shows Done with a check mark when finished, not a big 0 and a disabled Skip', async () => {
    const el = await fixture<HoldTimer>(html`<hold-timer hold="3" cues="none"></hold-timer>`);
    el.start();
    clock.advance(10_000);
    await el.updateComplete;
    expect(el.status).to.equal('done');
    const time = part(el, 'time')!;
    expect(time.textContent!.replace(/\s+/g, ''), 'no digits').to.equal('Done');
    expect(time.querySelector('svg.phase-icon'), 'a check mark').to.not.equal(null);
    expect(text(el, 'phase')).to.equal('Done');
    expect(buttons(el)).to.deep.equal(['Start again', 'Reset']);
    expect(el.shadowRoot!.querySelector('button:disabled'), 'no disabled buttons').to.equal(null);
  });

  it('says the dose before start unless no-dose (a card says it itself)', async () => {
    const shown = await fixture<HoldTimer>(html`<hold-timer hold="45" each-side></hold-timer>`);
    expect(text(shown, 'count')).to.equal('Hold 45 seconds on each side');
    const hidden = await fixture<HoldTimer>(html`<hold-timer hold="45" each-side no-dose></hold-timer>`);
    expect(part(hidden, 'count')).to.equal(null);
  });

  it('never requests the drawings: a page with only <hold-timer> downloads no drawing module', async () => {
    const el = await fixture<HoldTimer>(html`<hold-timer hold="3" cues="none"></hold-timer>`);
    el.start();
    clock.advance(10_000);
    await el.updateComplete;
    await new Promise((resolve) => setTimeout(resolve, 300));
    const requested = performance.getEntriesByType('resource').map((entry) => entry.name);
    expect(requested.some((name) => /hold-timer/.test(name)), 'the request log works').to.equal(true);
    expect(requested.filter((name) => /illustrations|figure|poses/.test(name))).to.deep.equal([]);
    await waitUntil(() => el.status === 'done');
  });
});
