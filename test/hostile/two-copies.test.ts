/**
 * Two copies of the library on one page: a separately bundled `src/back-exercise/define.ts`
 * (served by second-copy-plugin.mjs) registers <back-exercise> and <hold-timer> first, then
 * the full library registers <routine-player> and skips the tags already taken. A player
 * of one copy must read and play the cards of the other, never hang on them.
 *
 * This file imports no element module statically, so that the second copy really comes first.
 */
import { expect } from '@open-wc/testing';
import { advance, expectSafe, hostileSuite, mount, mountAsParsed } from './guard.js';
import { MARKUP, element, setPath, validExercise } from './inputs.js';

/** Served by the plugin in second-copy-plugin.mjs. */
const SECOND_COPY = '/__hostile__/back-exercise-second-copy.js';

type Library = typeof import('../../src/index.js');
let library: Library;

before(async () => {
  await import(/* the separately bundled card, registered first */ SECOND_COPY);
  await import('../../src/define.js');
  library = await import('../../src/index.js');
});

const shadowText = (el: Element, selector: string) => (el.shadowRoot!.querySelector(selector)?.textContent ?? '').replace(/\s+/g, ' ').trim();

describe('hostile: two copies of the library on one page', () => {
  const context = hostileSuite();

  it('the card and timer classes registered are the second copy, the player the full library (positive control)', () => {
    expect(customElements.get('back-exercise'), 'a <back-exercise> class is registered').to.not.equal(undefined);
    expect(customElements.get('back-exercise'), 'it is not the full library’s class').to.not.equal(library.BackExercise);
    expect(customElements.get('hold-timer')).to.not.equal(library.HoldTimer);
    expect(customElements.get('routine-player')).to.equal(library.RoutinePlayer);
  });

  it('<routine-player><back-exercise exercise="half-crunch"> → no hang, and it plays half crunches', async () => {
    const el = await mountAsParsed(context, element('routine-player', { cues: 'none' }, element('back-exercise', { exercise: 'half-crunch' })));
    await expectSafe(context, el, {
      fallback: 'plays the other copy’s card',
      accepted: true,
      check: () => expect(el.routineData?.exercises.map((exercise) => exercise.id)).to.deep.equal(['half-crunch']),
    });
    el.start();
    await advance(context, 15_000); // a routine's first get-ready
    expect(shadowText(el, '[part~="exercise-name"]')).to.equal('Half Crunches');
    expect(shadowText(el, '[part~="phase"]')).to.equal('Hold');
    expect(shadowText(el, '[part~="count"]')).to.equal('Rep 1 of 10 · Set 1 of 3');
  });

  it('two cards of the other copy, one with a dose attribute → both played in order with their doses', async () => {
    const el = await mountAsParsed(
      context,
      element('routine-player', { cues: 'none' }, element('back-exercise', { exercise: 'knee-to-chest', hold: '20' }), element('back-exercise', { exercise: 'half-crunch' })),
    );
    await expectSafe(context, el, {
      fallback: 'plays both',
      accepted: true,
      check: () => {
        expect(el.routineData?.exercises.map((exercise) => exercise.id)).to.deep.equal(['knee-to-chest', 'half-crunch']);
        expect(el.routineData?.exercises[0].dose.holdSeconds).to.equal(20);
      },
    });
  });

  it('a card of the other copy given data by script → played', async () => {
    const card = Object.assign(element('back-exercise'), { data: validExercise() });
    const el = await mount(context, element('routine-player', { cues: 'none' }, card));
    await expectSafe(context, el, {
      fallback: 'plays it',
      check: () => expect(el.routineData?.exercises[0].name).to.equal('Test stretch'),
    });
  });

  it('a card of the other copy added after the player connected → read as well, no hang', async () => {
    const el = await mount(context, element('routine-player', { cues: 'none' }, element('back-exercise', { exercise: 'knee-to-chest' })));
    el.append(element('back-exercise', { exercise: 'lower-back-twist' }));
    await mount(context, el);
    await expectSafe(context, el, {
      fallback: 'reads both',
      check: () => expect(el.routineData?.exercises.map((exercise) => exercise.id)).to.deep.equal(['knee-to-chest', 'lower-back-twist']),
    });
  });

  it('a card of the other copy with an unknown exercise → error naming "items[0]", no hang', async () => {
    const el = await mount(context, element('routine-player', { cues: 'none' }, element('back-exercise', { exercise: 'burpee' })));
    await expectSafe(context, el, { error: 'items[0]' });
  });

  it('a card of the other copy with markup in its data → error naming "items[0]", nothing injected', async () => {
    const card = Object.assign(element('back-exercise'), { data: setPath(validExercise(), 'name', MARKUP[1].text) });
    const el = await mount(context, element('routine-player', { cues: 'none' }, card));
    await expectSafe(context, el, { error: 'items[0]' });
  });

  it('a card of the other copy with a throwing getter in its data → error naming "items[0]", no hang', async () => {
    const data = Object.defineProperty(validExercise(), 'id', {
      get: () => {
        throw new Error('hostile getter');
      },
    });
    const el = await mount(context, element('routine-player', { cues: 'none' }, Object.assign(element('back-exercise'), { data })));
    await expectSafe(context, el, { error: 'items[0]' });
  });

  it('the other copy’s card on its own, with markup in its name → its own error naming "name"', async () => {
    const el = await mount(context, Object.assign(element('back-exercise', { 'no-timer': '' }), { data: setPath(validExercise(), 'name', MARKUP[0].text) }));
    await expectSafe(context, el, { error: 'name' });
  });
});
