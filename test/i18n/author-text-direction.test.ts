import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import '../../src/define.js';
import '../../src/routine-builder/define.js';
import type { BackExercise } from '../../src/back-exercise/back-exercise.js';
import type { RoutineBuilder } from '../../src/routine-builder/routine-builder.js';
import type { RoutinePlayer } from '../../src/routine-player/routine-player.js';
import { useFakeTime } from '../helpers/use-fake-time.js';

// Issue 22, part 14b: in an Arabic page, a clinic's English text was laid out right to left, its
// full stop at the wrong end. Every text the clinic or author supplies takes its direction from
// its own words (dir="auto"): the routine's name, the note, the advice, and a custom exercise's
// name, steps, cautions and progression, in the player, the card, the builder's preview and print.

const EXERCISE = {
  id: 'wall-slide',
  name: 'Wall slide.',
  kind: 'strength',
  targets: ['thighs'],
  steps: ['Stand with your back to a wall.', 'Slide down a little.'],
  cautions: ['Stop if your knees hurt.'],
  progression: 'Slide lower.',
  dose: { holdSeconds: 5, reps: 3, sets: 1, eachSide: false },
};
const ROUTINE = { id: 'own', name: 'Morning routine.', items: [{ exercise: EXERCISE }] };

/** Waits until the element renders in Arabic (its language's messages load lazily). */
async function inArabic(element: HTMLElement & { updateComplete: Promise<unknown> }) {
  await waitUntil(() => element.shadowRoot?.querySelector('[part="base"][lang="ar"]'), `<${element.localName}> speaks Arabic`);
  await element.updateComplete;
}

/** Every element of `root` whose own text is exactly one of `texts`. */
function holding(root: ParentNode, texts: readonly string[]): Element[] {
  return [...root.querySelectorAll('*')].filter((element) => texts.includes((element.textContent ?? '').trim()) && element.children.length === 0);
}

function expectAuto(root: ParentNode, texts: readonly string[], where: string) {
  for (const text of texts) {
    const found = holding(root, [text]);
    expect(found.length, `${where}: "${text}" shown`).to.be.greaterThan(0);
    for (const element of found) expect(element.getAttribute('dir'), `${where}: "${text}" in <${element.localName}>`).to.equal('auto');
  }
}

describe('texts the clinic or author supplies take dir="auto"', () => {
  useFakeTime({ stubBeepUnlock: true });

  it('in the player, before start, while playing, after a stop and in print', async () => {
    const el = await fixture<RoutinePlayer>(html`<routine-player lang="ar">
      <p slot="safety-advice">Call Northside Physio.</p>
    </routine-player>`);
    el.data = ROUTINE;
    await inArabic(el);
    const root = el.shadowRoot!;
    expectAuto(root.querySelector('[part="before"]')!, ['Morning routine.', 'Wall slide.'], 'before');
    expectAuto(root.querySelector('.print')!, ['Morning routine.', 'Wall slide.', ...EXERCISE.steps, ...EXERCISE.cautions, 'Slide lower.'], 'print');
    expectAuto(root.querySelector('.print-safety')!, ['Call Northside Physio.'], 'printed advice');
    el.start();
    await el.updateComplete;
    expectAuto(root.querySelector('[part="playing"]')!, ['Wall slide.', ...EXERCISE.steps, ...EXERCISE.cautions], 'playing');
    el.stopForPain();
    await el.updateComplete;
    const slot = root.querySelector<HTMLSlotElement>('slot[name="safety-advice"]')!;
    expect(slot.getAttribute('dir')).to.equal('auto');
    // The clinic's English advice is laid out left to right, its full stop at the end.
    expect(getComputedStyle(el.querySelector('p')!).direction).to.equal('ltr');
    expect(getComputedStyle(root.querySelector('[part="stopped"] h2')!).direction, 'the player itself').to.equal('rtl');
  });

  it('in the card', async () => {
    const el = await fixture<BackExercise>(html`<back-exercise lang="ar" no-timer></back-exercise>`);
    el.data = EXERCISE;
    await inArabic(el);
    expectAuto(el.shadowRoot!, ['Wall slide.', ...EXERCISE.steps, ...EXERCISE.cautions, 'Slide lower.'], 'card');
    expect(getComputedStyle(el.shadowRoot!.querySelector('[part="step"]')!).direction).to.equal('ltr');
  });

  it('in the builder: its name and note fields, its list and its preview', async () => {
    const el = await fixture<RoutineBuilder>(html`<routine-builder lang="ar"></routine-builder>`);
    el.shared = { routine: ROUTINE, level: 'beginner', note: 'Twice a day.' } as never;
    await inArabic(el);
    const root = el.shadowRoot!;
    expect(root.querySelector('#f-name')!.getAttribute('dir')).to.equal('auto');
    expect(root.querySelector('#f-note')!.getAttribute('dir')).to.equal('auto');
    expectAuto(root.querySelector('.items')!, ['Wall slide.'], 'list');
    expectAuto(root.querySelector('.preview')!, ['Twice a day.'], 'preview');
    const player = root.querySelector('routine-player')!;
    await inArabic(player);
    expectAuto(player.shadowRoot!.querySelector('[part="before"]')!, ['Morning routine.', 'Wall slide.'], 'preview player');
  });
});
