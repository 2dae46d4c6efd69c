import { expect, fixture, html } from '@open-wc/testing';
import { executeServerCommand, setViewport } from '@web/test-runner-commands';
import '../../src/hold-timer/define.js';
import type { HoldTimer } from '../../src/index.js';

// At 200 % text (the browser's font size setting) on a 360 px phone, a timer in a padded card
// keeps to the card: its ring gives way, the page never scrolls sideways.

describe('<hold-timer> with large text on a 360 px phone', () => {
  beforeEach(() => setViewport({ width: 360, height: 740 }));
  afterEach(async () => {
    await executeServerCommand('set-font-size', { px: 16 });
    await setViewport({ width: 800, height: 600 });
  });

  for (const compact of [false, true]) {
    it(`keeps its ring inside its box at 200 % text${compact ? ' (compact)' : ''}`, async () => {
      await executeServerCommand('set-font-size', { px: 32 });
      const card = await fixture<HTMLElement>(html`<article style="padding: 1rem 2.5rem; border: 1px solid">
        ${compact ? html`<hold-timer hold="30" each-side compact></hold-timer>` : html`<hold-timer hold="30" each-side></hold-timer>`}
      </article>`);
      const timer = card.querySelector<HoldTimer>('hold-timer')!;
      await timer.updateComplete;
      const box = card.getBoundingClientRect();
      const ring = timer.shadowRoot!.querySelector('.dial')!.getBoundingClientRect();
      expect(box.right, 'the card within the screen').to.be.at.most(window.innerWidth);
      expect(ring.left, 'the ring inside the card').to.be.at.least(box.left);
      expect(ring.right, 'the ring inside the card').to.be.at.most(box.right);
      // As large as the room inside the timer's box allows.
      const base = timer.shadowRoot!.querySelector('[part="base"]')!;
      const room = base.clientWidth - Number.parseFloat(getComputedStyle(base).paddingLeft) * 2;
      expect(ring.width, 'the ring fills the room it has').to.be.at.least(Math.min(room, compact ? 198 : 252) - 1);
      expect(document.documentElement.scrollWidth, 'no sideways scroll').to.be.at.most(window.innerWidth);
    });
  }
});
