import { expect, fixture, html } from '@open-wc/testing';
import { setViewport } from '@web/test-runner-commands';
import '../../src/routine-builder/define.js';
import type { RoutineBuilder } from '../../src/routine-builder/routine-builder.js';

// Issue 22, part 12: after Share, focus went to the sharing panel's heading out of sight: on a wide
// screen the preview column stays in place while the page scrolls, and the panel opens below it.
// Now the focused heading is in view, with the panel below it.

const clean = (text: string | null | undefined) => (text ?? '').replace(/\s+/g, ' ').trim();
const button = (el: RoutineBuilder, label: string) => [...el.shadowRoot!.querySelectorAll('button')].find((b) => clean(b.textContent) === label)!;
const frame = () => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));

for (const [screen, width, height] of [
  ['a wide screen', 1280, 800],
  ['a phone', 390, 844],
] as const) {
  describe(`Share on ${screen}`, () => {
    after(() => setViewport({ width: 800, height: 600 }));

    it('puts focus on the sharing panel’s heading, in view', async () => {
      await setViewport({ width, height });
      // A staff page: the clinic's header and intro above the builder.
      const page = await fixture(html`<div>
        <header style="height: 220px">Northside Physio · staff</header>
        <routine-builder routine="lower-back"></routine-builder>
      </div>`);
      const el = page.querySelector('routine-builder')!;
      await el.updateComplete;
      const note = el.shadowRoot!.querySelector<HTMLTextAreaElement>('#f-note')!;
      note.value = 'Twice a day, morning and evening. Call us if the pain spreads to your leg.';
      note.dispatchEvent(new Event('input', { bubbles: true }));
      await el.updateComplete;
      const share = button(el, 'Share…');
      share.scrollIntoView({ block: 'end' });
      share.click();
      await el.updateComplete;
      await frame();
      const focused = el.shadowRoot!.activeElement as HTMLElement;
      expect(focused?.id).to.equal('share-title');
      const box = focused.getBoundingClientRect();
      expect(box.top, 'top').to.be.at.least(0);
      expect(box.bottom, 'bottom').to.be.at.most(innerHeight);
      // Near the top, so that the panel under it shows too.
      expect(box.top, 'near the top').to.be.below(innerHeight / 3);
      scrollTo(0, 0);
    });
  });
}
