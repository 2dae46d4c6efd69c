import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { emulateMedia } from '@web/test-runner-commands';
import { render } from 'lit';
import { EXERCISES, getExercise } from '../../src/model/catalog.js';
import { illustrationAlt, illustrationStyles, renderIllustration, type IllustrationOptions } from '../../src/illustrations/illustrations.js';
import { loadLocale, withLocale } from '../../src/i18n/localize.js';
import { DRAWING_FRAMES, renderExerciseMedia, type IllustrationModule } from '../../src/shared/exercise-media.js';
import { DRAWINGS } from '../../src/illustrations/poses.js';
import { screenBounds, solvePose } from '../../src/illustrations/figure.js';
import * as drawings from '../../src/illustrations/illustrations.js';
import '../../src/back-exercise/define.js';
import type { BackExercise } from '../../src/index.js';

/** Renders a drawing at a width into a shadow root that adopts the drawing styles, as an element would. */
async function draw(exerciseId: string, options: IllustrationOptions = {}, width = 290): Promise<SVGSVGElement> {
  const host = await fixture<HTMLElement>(html`<div></div>`);
  host.style.width = `${width}px`;
  host.style.color = 'rgb(20, 20, 20)';
  host.style.setProperty('--back-exercise-drawing-background', 'rgb(255, 255, 255)');
  const root = host.attachShadow({ mode: 'open' });
  root.adoptedStyleSheets = [illustrationStyles.styleSheet!];
  render(renderIllustration(exerciseId, options), root);
  return root.querySelector('svg')!;
}

const EACH_SIDE = EXERCISES.filter((exercise) => exercise.dose.eachSide).map((exercise) => exercise.id);
const ONE_SIDE = EXERCISES.filter((exercise) => !exercise.dose.eachSide).map((exercise) => exercise.id);

describe('drawing details', () => {
  afterEach(() => emulateMedia({ reducedMotion: 'no-preference', media: 'screen' }));

  describe('the movement', () => {
    for (const { id } of EXERCISES) {
      it(`${id}: an arrow on the held position only, in the accent colour`, async () => {
        const held = await draw(id, { position: 'held' });
        const arrow = held.querySelector('.held .arrow')!;
        expect(arrow, 'arrow').to.exist;
        expect(arrow.querySelector('path:not(.gap)')!.getAttribute('d')).to.match(/^M[-\d.]+ [-\d.]+Q/);
        expect(arrow.querySelector('.arrow-head')!.getAttribute('points')!.split(' ')).to.have.length(6);
        expect(getComputedStyle(arrow).stroke, 'accent, not the figure colour').to.equal('rgb(31, 95, 139)');
        const start = await draw(id, { position: 'start' });
        expect(start.querySelector('.arrow'), 'no arrow on the start').to.equal(null);
      });
    }

    it('draws the arrow in the card’s accent, in the light and the dark theme', async () => {
      for (const [theme, accent] of [
        ['light', 'rgb(31, 95, 139)'],
        ['dark', 'rgb(140, 200, 255)'],
      ] as const) {
        const card = await fixture<BackExercise>(html`<back-exercise exercise="knee-to-chest" theme=${theme} no-timer></back-exercise>`);
        await waitUntil(() => card.shadowRoot!.querySelector('.arrow'), 'the drawing appears');
        expect(getComputedStyle(card.shadowRoot!.querySelector('.arrow')!).stroke, theme).to.equal(accent);
        expect(getComputedStyle(card.shadowRoot!.querySelector('.side-label')!).fill, theme).to.equal(accent);
      }
    });

    it('takes the arrow colour from --back-exercise-drawing-accent', async () => {
      const svg = await draw('half-crunch', { position: 'held' });
      (svg.getRootNode() as ShadowRoot).host.setAttribute('style', '--back-exercise-drawing-accent: rgb(200, 0, 100)');
      expect(getComputedStyle(svg.querySelector('.arrow')!).stroke).to.equal('rgb(200, 0, 100)');
      expect(getComputedStyle(svg.querySelector('.arrow-head')!).fill).to.equal('rgb(200, 0, 100)');
    });
  });

  describe('placement', () => {
    const LEVELS_DRAWN = ['beginner', 'advanced'] as const;

    for (const { id } of EXERCISES) {
      it(`${id}: the arrow ends clear of the head, in front of or above it`, async () => {
        for (const level of LEVELS_DRAWN) {
          const svg = await draw(id, { position: 'held', level });
          const head = svg.querySelector('.held circle.solid')!;
          const [cx, cy, r] = ['cx', 'cy', 'r'].map((name) => Number(head.getAttribute(name)));
          const tips = svg.querySelector('.arrow-head')!.getAttribute('points')!.split(' ').map(Number);
          for (let k = 0; k < tips.length; k += 2) {
            expect(Math.hypot(tips[k] - cx, tips[k + 1] - cy), `${level}: arrow head from the head's centre`).to.be.above(r + 1.5);
          }
        }
      });

      it(`${id}: the figure rests on the mat's edge, with no square behind it`, async () => {
        for (const position of ['start', 'held'] as const) {
          const svg = await draw(id, { position });
          const drawing = DRAWINGS[id];
          const { camera } = drawing;
          const [, top, , bottom] = screenBounds(solvePose(drawing[position]), camera);
          // No square behind a figure seen from the side or from above: the drawing sits on the card's own
          // background, light or dark; what is drawn of the mat is its edge, a strip far thinner than the
          // figure is tall. Seen at a slant (the twist, from the feet end), the mat's top is drawn in
          // perspective under the figure, so that it lies on something (drawing-views.test.ts).
          const slant = camera[1] >= 20 && camera[1] < 90;
          for (const face of svg.querySelectorAll<SVGPolygonElement>(slant ? 'polygon.mat-edge' : 'polygon.mat, polygon.mat-edge')) {
            // How thick the face is drawn: its area over its longest side (a strip seen at a slant runs aslant).
            const corners = face.getAttribute('points')!.split(' ').map((pair) => pair.split(',').map(Number));
            const area = Math.abs(corners.reduce((sum, [x, y], k) => sum + x * corners[(k + 1) % corners.length][1] - corners[(k + 1) % corners.length][0] * y, 0)) / 2;
            const longest = Math.max(...corners.map(([x, y], k) => Math.hypot(corners[(k + 1) % corners.length][0] - x, corners[(k + 1) % corners.length][1] - y)));
            expect(Math.min(face.getBBox().height, area / longest), `${position}: a strip, not a square`).to.be.below((bottom - top) / 4);
          }
          // Seen from the side: the figure's lowest edge on the mat's upper edge.
          if (camera[1] < 20) expect(bottom, `${position}: resting on the mat`).to.be.closeTo(svg.querySelector<SVGPolygonElement>('.mat')!.getBBox().y, 0.5);
        }
      });
    }
  });

  describe('the working side in words', () => {
    const words: Record<string, [string, string]> = {
      'knee-to-chest': ['Left knee', 'Right knee'],
      'lower-back-twist': ['Left knee', 'Right knee'],
      'side-trunk-stretch': ['To the left', 'To the right'],
    };

    it('covers every exercise done on each side', () => {
      expect(Object.keys(words)).to.have.members(EACH_SIDE);
    });

    for (const id of EACH_SIDE) {
      it(`${id}: names the side on the held picture, unmirrored, inside the frame`, async () => {
        for (const [k, side] of (['left', 'right'] as const).entries()) {
          const svg = await draw(id, { side, position: 'held' });
          const label = svg.querySelector('text.side-label')!;
          expect(label.textContent, side).to.equal(words[id][k]);
          expect(label.closest('.scene'), 'outside the mirrored scene, so it reads the right way round').to.equal(null);
          expect(getComputedStyle(label).display).to.not.equal('none');
          const box = label.getBoundingClientRect();
          const frame = svg.getBoundingClientRect();
          expect(box.left, `${side}: left edge`).to.be.at.least(frame.left - 0.5);
          expect(box.right, `${side}: right edge`).to.be.at.most(frame.right + 0.5);
          expect(box.height, `${side}: readable at 290 px`).to.be.at.least(11);
        }
        const start = await draw(id, { position: 'start' });
        expect(start.querySelector('text'), 'not on the start alone').to.equal(null);
      });
    }

    it('keeps the words inside the frame in the longest translation', async () => {
      await loadLocale('es');
      for (const id of EACH_SIDE) {
        for (const side of ['left', 'right'] as const) {
          const svg = await draw(id, { side, position: 'held' });
          render(
            withLocale('es', () => renderIllustration(id, { side, position: 'held' })),
            svg.getRootNode() as ShadowRoot,
          );
          const translated = (svg.getRootNode() as ShadowRoot).querySelector('svg')!;
          const label = translated.querySelector('text.side-label')!;
          expect(label.textContent).to.match(/izquierda|derecha/);
          const box = label.getBoundingClientRect();
          const frame = translated.getBoundingClientRect();
          expect(box.left, `${id} ${side}`).to.be.at.least(frame.left - 0.5);
          expect(box.right, `${id} ${side}`).to.be.at.most(frame.right + 0.5);
        }
      }
    });

    it('hides the words on a thumbnail, where they could not be read', async () => {
      const svg = await draw('knee-to-chest', { position: 'held' }, 96);
      expect(getComputedStyle(svg.querySelector('text.side-label')!).display).to.equal('none');
      expect(svg.getBoundingClientRect().height, 'the drawing keeps its proportions').to.be.closeTo((96 * DRAWING_FRAMES['knee-to-chest'][1]) / DRAWING_FRAMES['knee-to-chest'][0], 1);
    });

    it('has no words for exercises that are not done by side', async () => {
      for (const id of ONE_SIDE) expect((await draw(id, { position: 'held' })).querySelector('text'), id).to.equal(null);
    });
  });

  describe('colours mean one thing each', () => {
    it('outlines the start under the held position, instead of greying it like the far limbs', async () => {
      const svg = await draw('knee-to-chest', { animate: false });
      const ghost = svg.querySelector('.pose.start')!;
      expect(ghost.classList.contains('ghost')).to.be.true;
      // The outline: the gap strokes in the figure colour, the strokes themselves in the background colour.
      expect(getComputedStyle(ghost.querySelector('.gap')!).stroke).to.equal('rgb(20, 20, 20)');
      expect(getComputedStyle(ghost.querySelector('path.solid')!).fill).to.equal('rgb(255, 255, 255)');
      // The far limbs of the held position stay filled, in a lighter tone.
      const far = svg.querySelector('.pose.held .far path:not(.gap)')!;
      expect(getComputedStyle(far).stroke).to.equal('rgb(20, 20, 20)');
      expect(Number(getComputedStyle(svg.querySelector('.pose.held .far')!).opacity)).to.be.within(0.3, 0.7);
    });

    it('outlines the start when reduced motion stops the fade', async () => {
      await emulateMedia({ reducedMotion: 'reduce' });
      const svg = await draw('half-crunch');
      const start = svg.querySelector('.pose.start')!;
      expect(getComputedStyle(start.querySelector('.gap')!).stroke).to.equal('rgb(20, 20, 20)');
      expect(getComputedStyle(start.querySelector('path.solid')!).fill).to.equal('rgb(255, 255, 255)');
    });

    it('prints the held position over the outlined start, still', async () => {
      await emulateMedia({ media: 'print' });
      const svg = await draw('knee-to-chest');
      expect(svg.getAnimations({ subtree: true })).to.have.length(0);
      const start = svg.querySelector('.pose.start')!;
      expect(getComputedStyle(start.querySelector('.gap')!).stroke).to.equal('rgb(20, 20, 20)');
      expect(getComputedStyle(start.querySelector('path.solid')!).fill).to.equal('rgb(255, 255, 255)');
      expect(getComputedStyle(svg.querySelector('.pose.held')!).opacity).to.equal('1');
    });

    it('fades the start out completely while the held position shows', async () => {
      const svg = await draw('knee-to-chest');
      const [start] = svg.querySelector('.pose.start')!.getAnimations();
      const opacities = (start.effect as KeyframeEffect).getKeyframes().map((frame) => Number(frame.opacity));
      expect(Math.min(...opacities)).to.equal(0);
    });
  });

  describe('a person you recognise', () => {
    it('gives every figure a face that shows where it looks, hands and feet', async () => {
      for (const { id } of EXERCISES) {
        const svg = await draw(id, { position: 'held' });
        const heads = svg.querySelectorAll('.held circle.solid');
        expect(heads.length, `${id}: head and nose`).to.equal(2);
        const [head, nose] = [...heads].map((circle) => Number(circle.getAttribute('r')));
        expect(nose, id).to.be.within(head / 5, head / 2);
        // Each arm and leg: two strokes, then its hand or foot, which has a gap of its own over the end of the limb.
        const limbs = [...svg.querySelectorAll('.held g')].filter((group) => group.querySelectorAll(':scope > path.gap').length === 4);
        expect(limbs.length, `${id}: arms and legs`).to.equal(4);
        for (const limb of limbs) {
          const paths = [...limb.querySelectorAll(':scope > path')];
          expect(paths.map((path) => (path.classList.contains('gap') ? 'gap' : 'stroke')), id).to.deep.equal(['gap', 'gap', 'gap', 'stroke', 'stroke', 'gap', 'stroke']);
        }
      }
    });
  });

  describe('levels', () => {
    it('draws the assisted back extension with the hands helping for beginners and lifted off for the advanced', async () => {
      const beginner = await draw('assisted-back-extension', { position: 'held' });
      const advanced = await draw('assisted-back-extension', { position: 'held', level: 'advanced' });
      const intermediate = await draw('assisted-back-extension', { position: 'held', level: 'intermediate' });
      expect(beginner.querySelector('.held')!.innerHTML).to.not.equal(advanced.querySelector('.held')!.innerHTML);
      expect(intermediate.querySelector('.held')!.innerHTML, 'intermediate still assists').to.equal(beginner.querySelector('.held')!.innerHTML);
      expect(beginner.getAttribute('viewBox'), 'one frame for every level').to.equal(advanced.getAttribute('viewBox'));
      expect(beginner.getAttribute('aria-label')).to.contain('light push from the hands');
      expect(advanced.getAttribute('aria-label')).to.contain('arms at the sides');
      expect(illustrationAlt('assisted-back-extension', 'left', 'advanced')).to.not.equal(illustrationAlt('assisted-back-extension'));
    });

    it('draws the same at every level where the steps do not differ', async () => {
      for (const { id } of EXERCISES.filter((exercise) => exercise.id !== 'assisted-back-extension')) {
        const beginner = await draw(id, { position: 'held' });
        const advanced = await draw(id, { position: 'held', level: 'advanced' });
        expect(advanced.innerHTML, id).to.equal(beginner.innerHTML);
      }
    });

    it('passes the level on from renderExerciseMedia', async () => {
      const host = await fixture<HTMLElement>(html`<div></div>`);
      const exercise = getExercise('assisted-back-extension')!;
      render(renderExerciseMedia(exercise, drawings as IllustrationModule, { position: 'held', level: 'advanced' }), host);
      expect(host.querySelector('svg')!.getAttribute('aria-label')).to.equal(
        illustrationAlt('assisted-back-extension', 'left', 'advanced')!.replace(/^Starting position: [^.]+\. /, ''),
      );
    });
  });
});
