import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { executeServerCommand, setViewport } from '@web/test-runner-commands';
import '../../src/back-exercise/define.js';
import type { BackExercise } from '../../src/index.js';

// At 200 % text (the browser's font size setting) on a 360 px phone, every catalog card fits the
// screen's width: nothing in it (its cautions, its timer, its drawing) pushes the page sideways.

const EXERCISES = ['knee-to-chest', 'lower-back-twist', 'side-trunk-stretch', 'half-crunch', 'push-up-back-extension', 'assisted-back-extension'];

describe('<back-exercise> with large text on a 360 px phone', () => {
  beforeEach(() => setViewport({ width: 360, height: 740 }));
  afterEach(async () => {
    await executeServerCommand('set-font-size', { px: 16 });
    await setViewport({ width: 800, height: 600 });
  });

  for (const lang of ['en', 'de']) {
    it(`keeps every catalog card within the screen at 200 % text (${lang})`, async () => {
      await executeServerCommand('set-font-size', { px: 32 });
      const page = await fixture<HTMLElement>(html`<main lang=${lang} style="padding: 0 1.25rem">
        ${EXERCISES.map((id) => html`<back-exercise exercise=${id}></back-exercise>`)}
      </main>`);
      const cards = [...page.querySelectorAll<BackExercise>('back-exercise')];
      // Each card in the page's language (another language's words arrive as a chunk).
      await waitUntil(() => cards.every((card) => card.shadowRoot?.querySelector(`[part="base"][lang="${lang}"]`)), `cards in ${lang}`);
      await Promise.all(cards.map((card) => card.updateComplete));
      for (const card of cards) {
        const box = card.getBoundingClientRect();
        expect(box.right, `${card.getAttribute('exercise')} within the screen`).to.be.at.most(window.innerWidth);
        for (const node of card.shadowRoot!.querySelectorAll('*')) {
          const inner = node.getBoundingClientRect();
          if (inner.width === 0) continue;
          expect(inner.right, `${card.getAttribute('exercise')}: ${node.localName}[part=${node.getAttribute('part')}] inside the card`).to.be.at.most(box.right + 0.5);
        }
      }
      expect(document.documentElement.scrollWidth, 'no sideways scroll').to.be.at.most(window.innerWidth);
    });
  }
});
