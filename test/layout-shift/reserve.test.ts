import { expect, waitUntil } from '@open-wc/testing';
import { setViewport } from '@web/test-runner-commands';
// Prints markup only: it defines no element.
import { exerciseToHTML } from '../../src/html/exercise-html.js';
// The card the stylesheet's rules were measured with (test/layout-shift/measure.mjs).
import { AUTHORED_CARD } from './subjects.mjs';

// src/elements.css keeps, before the script defines the elements, the room they take
// once defined. This page loads the stylesheet, renders every element while its tag
// is still unknown, then defines them (the define module is imported only then) and
// checks that no height changed by more than TOLERANCE: a restyle that changes a
// size fails here until the measured rules are rewritten.

/** Largest change in px that still counts as no layout shift (the rules are fitted to 6 px). */
const TOLERANCE = 8;
/** A card written in HTML shows its own text before definition, styled by the page: within about a line. */
const AUTHORED_TOLERANCE = 24;
/** A phone and a desktop; the page has 16 px of padding on each side, as most pages do. */
const VIEWPORTS = [360, 1280];
const FIX = 'if a restyle changed the size, run `node test/layout-shift/measure.mjs --write` and commit src/elements.css';

const AUTHORED = 'card written in HTML';

const SUBJECTS: [name: string, markup: string][] = [
  ...['knee-to-chest', 'lower-back-twist', 'side-trunk-stretch', 'half-crunch', 'push-up-back-extension', 'assisted-back-extension'].map(
    (id): [string, string] => [`card ${id}`, `<back-exercise exercise="${id}"></back-exercise>`],
  ),
  ['compact card', '<back-exercise exercise="lower-back-twist" compact></back-exercise>'],
  ['card without timer', '<back-exercise exercise="half-crunch" no-timer></back-exercise>'],
  ['card without drawing', '<back-exercise exercise="side-trunk-stretch" no-drawings></back-exercise>'],
  [AUTHORED, AUTHORED_CARD],
  // The catalog form: its text shows before the script, beside the spacer, inside the same room.
  ['card with its text (catalog form)', exerciseToHTML('knee-to-chest', { catalog: true })],
  ['compact card with its text (catalog form)', exerciseToHTML('assisted-back-extension', { catalog: true }).replace('<back-exercise ', '<back-exercise compact ')],
  ['timer', '<hold-timer hold="45"></hold-timer>'],
  ['player', '<routine-player></routine-player>'],
  ['player of three stretches', '<routine-player routine="lower-back-stretches"></routine-player>'],
];

const stage = document.createElement('div');
stage.style.padding = '0 16px';
// The typography test/layout-shift/measure.mjs measures with: the elements take the page's font.
stage.style.font = '16px/1.5 system-ui, sans-serif';

/** Renders every subject, waits until each has its final look, and returns their heights by name. */
async function renderAll(defined: boolean): Promise<Map<string, number>> {
  stage.innerHTML = SUBJECTS.map(([, markup]) => `<div>${markup}</div>`).join('');
  const elements = [...stage.children].map((box) => box.firstElementChild as HTMLElement & { updateComplete?: Promise<unknown> });
  if (defined) {
    await Promise.all(elements.map((element) => element.updateComplete));
    for (const element of elements) {
      // The card's drawing is a lazily loaded chunk; the nested timer renders after the card.
      if (element.hasAttribute('exercise') && !element.hasAttribute('no-drawings')) {
        await waitUntil(() => element.shadowRoot!.querySelector('svg.back-exercise-drawing'), `${element.outerHTML} shows its drawing`);
      }
      const timer = element.shadowRoot!.querySelector('hold-timer') as (HTMLElement & { updateComplete: Promise<unknown> }) | null;
      await timer?.updateComplete;
    }
    await new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));
  }
  return new Map(SUBJECTS.map(([name], k) => [name, elements[k].getBoundingClientRect().height]));
}

describe('elements.css reserves each element’s room before the script', () => {
  const reservedAt = new Map<number, Map<string, number>>();

  before(async () => {
    const sheet = new CSSStyleSheet();
    sheet.replaceSync(await (await fetch('/src/elements.css')).text());
    document.adoptedStyleSheets = [...document.adoptedStyleSheets, sheet];
    document.body.style.margin = '0';
    document.body.append(stage);
    expect(customElements.get('back-exercise'), 'nothing defines the elements yet').to.equal(undefined);
    for (const width of VIEWPORTS) {
      await setViewport({ width, height: 800 });
      reservedAt.set(width, await renderAll(false));
    }
    await import('../../src/define.js');
  });

  after(() => stage.remove());

  for (const width of VIEWPORTS) {
    it(`keeps every element's height when it is defined, ${width} px wide`, async () => {
      await setViewport({ width, height: 800 });
      const after = await renderAll(true);
      const reserved = reservedAt.get(width)!;
      const changes = SUBJECTS.map(([name]) => ({ name, reserved: reserved.get(name)!, defined: after.get(name)! })).filter(
        ({ name, reserved, defined }) => Math.abs(defined - reserved) > (name === AUTHORED ? AUTHORED_TOLERANCE : TOLERANCE),
      );
      const described = changes.map(({ name, reserved, defined }) => `${name}: ${reserved.toFixed(1)} px reserved, ${defined.toFixed(1)} px defined`);
      expect(described, FIX).to.deep.equal([]);
      // The reserve is real room, not an accident of empty boxes matching.
      expect(reserved.get('card knee-to-chest')).to.be.greaterThan(400);
      expect(reserved.get('timer')).to.be.greaterThan(150);
      expect(reserved.get('player')).to.be.greaterThan(400);
    });
  }
});
