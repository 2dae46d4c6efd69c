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
    /** Starts `el` and returns a function that moves the clock to `ms` after Start. */
    function startAt(el: RoutinePlayer): (ms: number) => Promise<void> {
      el.start();
      const started = clock.now();
      return async (ms) => {
        clock.advance(started + ms - clock.now());
        await el.updateComplete;
      };
    }
    /** The plan's segments of `kind`, in order. */
    const segmentsOf = (el: RoutinePlayer, kind: string) => el.plan!.segments.filter((segment) => segment.kind === kind);

    // lower-back-stretches: the routine's get-ready, the left side, the switch, the right side (times from the plan).
    it('shows the start position still while getting ready, moves into the hold once, then holds still', async () => {
      const el = await fixture<RoutinePlayer>(html`<routine-player routine="lower-back-stretches" cues="none"></routine-player>`);
      const at = startAt(el);
      const [left, right] = segmentsOf(el, 'hold');
      const [switching] = segmentsOf(el, 'switch-sides');
      expect([left.side, right.side]).to.deep.equal(['left', 'right']);
      await at(2000);
      const svg = await drawingIn(el.shadowRoot!);
      expectStartStill(svg, 'getting ready');
      expect(svg.getAttribute('aria-label'), 'named as the start position').to.match(/^Starting position/);

      await at(left.start);
      const moves = animations(svg);
      expect(moves.length, 'going into the hold, the drawing moves').to.be.greaterThan(0);
      for (const move of moves) expect(move.effect!.getTiming().iterations, 'once, not in a loop').to.equal(1);

      await at(left.start + 1000);
      expectHeldStill(svg, 'one second into the left side');
      expect(mirrored(svg), 'the left side as drawn').to.equal(false);

      await at(left.start + 31_000);
      expectHeldStill(svg, 'half a minute into the left side');

      await at(switching.start + 2000);
      expectStartStill(svg, 'switching sides');

      await at(right.start + 1000);
      expectHeldStill(svg, 'one second into the right side');
      expect(mirrored(svg), 'the right side is the mirror image').to.equal(true);
    });

    it('between repetitions shows the start position, and moves into the held one at each repetition', async () => {
      // trunk-strength: the routine's get-ready, then half crunches: short holds with rests between them.
      const el = await fixture<RoutinePlayer>(html`<routine-player routine="trunk-strength" cues="none"></routine-player>`);
      const at = startAt(el);
      const [first, second] = segmentsOf(el, 'hold');
      const [rest] = segmentsOf(el, 'rest');
      expect([first.rep, rest.restBetween, second.rep], 'two repetitions with a rest between').to.deep.equal([1, 'reps', 2]);
      await at(first.start);
      const svg = await drawingIn(el.shadowRoot!);
      await at(first.start + 1000);
      expectHeldStill(svg, 'one second into the first repetition');
      await at(rest.start + 1000);
      expectStartStill(svg, 'resting between repetitions');
      await at(second.start); // the second repetition begins
      expect(animations(svg).length, 'moves into the second repetition').to.be.greaterThan(0);
      await at(second.start + 1000);
      expectHeldStill(svg, 'one second into the second repetition');
    });

    it('with reduced motion, switches to the held position without moving', async () => {
      await emulateMedia({ reducedMotion: 'reduce' });
      const el = await fixture<RoutinePlayer>(html`<routine-player routine="lower-back-stretches" cues="none"></routine-player>`);
      const at = startAt(el);
      const [hold] = segmentsOf(el, 'hold');
      await at(2000);
      const svg = await drawingIn(el.shadowRoot!);
      expectStartStill(svg, 'getting ready');
      await at(hold.start); // the hold begins
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
