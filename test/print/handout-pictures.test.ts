import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { emulateMedia } from '@web/test-runner-commands';
import '../../src/define.js';
import type { RoutinePlayer } from '../../src/routine-player/routine-player.js';

// Issue 22, part 13: the printed drawings were about 2.5 cm, too small to read from a sheet on
// the floor. Printed, each exercise shows its starting and its held position, about 5–6 cm each.

/** Centimetres to CSS pixels (96 px to the inch). */
const cm = (n: number) => (n * 96) / 2.54;

describe('the printed handout’s pictures', () => {
  afterEach(() => emulateMedia({ media: 'screen' }));

  it('prints the starting and the held position of every exercise, each 5 to 6 cm wide', async () => {
    const el = await fixture<RoutinePlayer>(html`<routine-player routine="lower-back"></routine-player>`);
    const root = el.shadowRoot!;
    await waitUntil(() => root.querySelectorAll('.print svg[data-drawing]').length === 12, 'both drawings of six exercises', { timeout: 5000 });
    await emulateMedia({ media: 'print' });
    const exercises = [...root.querySelectorAll('.print-exercise')];
    expect(exercises.length).to.equal(6);
    for (const exercise of exercises) {
      const name = exercise.querySelector('h3')!.textContent!;
      for (const which of ['start', 'held']) {
        const picture = exercise.querySelector(`.print-${which} svg`);
        expect(picture !== null, `${name}: ${which}`).to.equal(true);
        const box = picture!.getBoundingClientRect();
        expect(box.width, `${name}: ${which} width`).to.be.within(cm(5), cm(6));
        expect(box.height, `${name}: ${which} height`).to.be.greaterThan(cm(1));
      }
      expect(exercise.querySelector('.print-start svg')!.getAttribute('aria-label'), `${name}: start`).to.match(/^Starting position/);
      expect(exercise.querySelector('.print-held svg')!.getAttribute('aria-label'), `${name}: held`).to.match(/^Held position/);
    }
  });

  it('prints an author’s own picture once, at the same size', async () => {
    const el = await fixture<RoutinePlayer>(html`<routine-player></routine-player>`);
    el.data = {
      id: 'own',
      name: 'Own',
      items: [
        {
          exercise: {
            id: 'wall-slide',
            name: 'Wall slide',
            kind: 'strength',
            targets: [],
            steps: ['Stand with your back to a wall'],
            cautions: [],
            media: { image: 'data:image/gif;base64,R0lGODlhAQABAAAAACw=', alt: 'A person against a wall' },
            dose: { holdSeconds: 5, reps: 5, sets: 1, eachSide: false },
          },
        },
      ],
    };
    await el.updateComplete;
    await emulateMedia({ media: 'print' });
    const root = el.shadowRoot!;
    expect(root.querySelectorAll('.print-picture').length).to.equal(1);
    expect(root.querySelector('.print-start') !== null, 'no starting position of its own').to.equal(false);
    expect(root.querySelector('.print-picture')!.getBoundingClientRect().width).to.be.within(cm(5), cm(6));
  });
});
