import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { emulateMedia } from '@web/test-runner-commands';
import '../../src/define.js';
import type { BackExercise, HoldTimer, RoutinePlayer } from '../../src/index.js';
import { useFakeTime } from '../helpers/use-fake-time.js';

// While a session is timed, the drawing shows what the person should be doing now: the start
// position, still, while getting ready or resting; the held position, still, through each hold,
// after one short move into it as the hold begins. The gentle loop is only for a card not started.

/** The drawing shown in `root` (a player's or a card's shadow root), once the drawings chunk is in. */
async function drawingIn(root: ShadowRoot): Promise<SVGSVGElement> {
  await waitUntil(() => root.querySelector('svg[role="img"]'), 'the drawing shows');
  return root.querySelector<SVGSVGElement>('svg[role="img"]')!;
}

/** Every animation running in the drawing (and anywhere else in the shadow root it is drawn in). */
function animations(svg: SVGSVGElement): Animation[] {
  return [...svg.getAnimations({ subtree: true }), ...(svg.getRootNode() as ShadowRoot).getAnimations()];
}

/** What the drawing shows: each pose layer with its computed opacity and visibility. */
function layers(svg: SVGSVGElement) {
  return [...svg.querySelectorAll<SVGGElement>('g.pose')].map((g) => {
    const style = getComputedStyle(g);
    return { classes: g.getAttribute('class')!.split(/\s+/).filter((c) => c !== 'pose'), opacity: Number(style.opacity), visibility: style.visibility };
  });
}

/** The pose layers a person sees (not transparent, not hidden), by name. */
function seen(svg: SVGSVGElement): string[] {
  return layers(svg)
    .filter((layer) => layer.opacity > 0 && layer.visibility === 'visible')
    .map((layer) => layer.classes.join(' '));
}

function expectStartStill(svg: SVGSVGElement, where: string) {
  expect(seen(svg), `${where}: the start position alone`).to.deep.equal(['start']);
  expect(layers(svg)[0].opacity, `${where}: fully drawn`).to.equal(1);
  expect(animations(svg), `${where}: nothing moves`).to.deep.equal([]);
}

function expectHeldStill(svg: SVGSVGElement, where: string) {
  expect(seen(svg), `${where}: the held position over an outline of the start`).to.deep.equal(['start ghost', 'held']);
  const held = layers(svg).find((layer) => layer.classes.includes('held'))!;
  expect(held.opacity, `${where}: the held position fully drawn`).to.equal(1);
  expect(animations(svg), `${where}: nothing moves`).to.deep.equal([]);
}

const mirrored = (svg: SVGSVGElement) => svg.querySelector('g.scene')!.getAttribute('transform')?.startsWith('matrix(-1') ?? false;

describe('the drawing while a session is timed', () => {
  const clock = useFakeTime({ stubBeepUnlock: true, clearStorage: true });
  afterEach(() => emulateMedia({ reducedMotion: 'no-preference' }));

  describe('in <routine-player>', () => {
    // lower-back-stretches: get ready 5 s, left side 45 s (5–50 s), switch 5 s, right side 45 s (55–100 s).
    it('shows the start position still while getting ready, moves into the hold once, then holds still', async () => {
      const el = await fixture<RoutinePlayer>(html`<routine-player routine="lower-back-stretches" cues="none"></routine-player>`);
      el.start();
      clock.advance(2000);
      await el.updateComplete;
      const svg = await drawingIn(el.shadowRoot!);
      expectStartStill(svg, 'getting ready');
      expect(svg.getAttribute('aria-label'), 'named as the start position').to.match(/^Starting position/);

      clock.advance(3000);
      await el.updateComplete;
      const moves = animations(svg);
      expect(moves.length, 'going into the hold, the drawing moves').to.be.greaterThan(0);
      for (const move of moves) expect(move.effect!.getTiming().iterations, 'once, not in a loop').to.equal(1);

      clock.advance(1000);
      await el.updateComplete;
      expectHeldStill(svg, 'one second into the left side');
      expect(mirrored(svg), 'the left side as drawn').to.equal(false);

      clock.advance(30_000);
      await el.updateComplete;
      expectHeldStill(svg, 'half a minute into the left side');

      clock.advance(16_000); // 52 s: switching sides
      await el.updateComplete;
      expectStartStill(svg, 'switching sides');

      clock.advance(4000); // 56 s: one second into the right side
      await el.updateComplete;
      expectHeldStill(svg, 'one second into the right side');
      expect(mirrored(svg), 'the right side is the mirror image').to.equal(true);
    });

    it('between repetitions shows the start position, and moves into the held one at each repetition', async () => {
      // trunk-strength: get ready 5 s, then half crunches of 2 s with 3 s rests: holds at 5, 10, 15 s…
      const el = await fixture<RoutinePlayer>(html`<routine-player routine="trunk-strength" cues="none"></routine-player>`);
      el.start();
      clock.advance(5000);
      await el.updateComplete;
      const svg = await drawingIn(el.shadowRoot!);
      clock.advance(1000);
      await el.updateComplete;
      expectHeldStill(svg, 'one second into the first repetition');
      clock.advance(2000); // 8 s: resting
      await el.updateComplete;
      expectStartStill(svg, 'resting between repetitions');
      clock.advance(2000); // 10 s: the second repetition begins
      await el.updateComplete;
      expect(animations(svg).length, 'moves into the second repetition').to.be.greaterThan(0);
      clock.advance(1000);
      await el.updateComplete;
      expectHeldStill(svg, 'one second into the second repetition');
    });

    it('with reduced motion, switches to the held position without moving', async () => {
      await emulateMedia({ reducedMotion: 'reduce' });
      const el = await fixture<RoutinePlayer>(html`<routine-player routine="lower-back-stretches" cues="none"></routine-player>`);
      el.start();
      clock.advance(2000);
      await el.updateComplete;
      const svg = await drawingIn(el.shadowRoot!);
      expectStartStill(svg, 'getting ready');
      clock.advance(3000); // the hold begins
      await el.updateComplete;
      expect(animations(svg), 'no move into the hold').to.deep.equal([]);
      expect(seen(svg)).to.include('held');
      const held = layers(svg).find((layer) => layer.classes.includes('held'))!;
      expect(held.opacity, 'the held position shows at once').to.equal(1);
    });
  });

  describe('in <back-exercise> while its timer runs', () => {
    it('moves gently before start, then shows each phase still: start while getting ready, held through the hold', async () => {
      const card = await fixture<BackExercise>(html`<back-exercise exercise="knee-to-chest" cues="none"></back-exercise>`);
      const svg = await drawingIn(card.shadowRoot!);
      expect(animations(svg).length, 'before start, nothing is timed: the drawing loops').to.be.greaterThan(0);

      const timer = card.shadowRoot!.querySelector<HoldTimer>('hold-timer')!;
      timer.start();
      clock.advance(2000);
      await card.updateComplete;
      expectStartStill(svg, 'getting ready');

      clock.advance(3000); // the left side begins
      await card.updateComplete;
      expect(animations(svg).length, 'going into the hold, the drawing moves').to.be.greaterThan(0);
      clock.advance(1000);
      await card.updateComplete;
      expectHeldStill(svg, 'one second into the left side');

      clock.advance(50_000); // 56 s: one second into the right side
      await card.updateComplete;
      expectHeldStill(svg, 'one second into the right side');
      expect(mirrored(svg), 'the right side is the mirror image').to.equal(true);

      timer.reset();
      await card.updateComplete;
      expect(animations(svg).length, 'reset: nothing is timed, the drawing loops again').to.be.greaterThan(0);
      expect(mirrored(svg)).to.equal(false);
    });
  });
});
