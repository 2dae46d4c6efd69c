import { expect, fixture, html } from '@open-wc/testing';
import { emulateMedia } from '@web/test-runner-commands';
import { render } from 'lit';
import { illustrationStyles, renderIllustration, type IllustrationOptions } from '../../src/illustrations/illustrations.js';
import { project, screenBounds, solvePose, type Joint } from '../../src/illustrations/figure.js';
import { DRAWINGS } from '../../src/illustrations/poses.js';

// The second fresh-eyes review: the twist, seen from the feet end over a floor line, read as a
// person standing in a T-pose; the side trunk stretch's kneeling start, seen from above, could not
// be told from lying flat on the front.

async function draw(exerciseId: string, options: IllustrationOptions = {}): Promise<SVGSVGElement> {
  const host = await fixture<HTMLElement>(html`<div style="width: 290px"></div>`);
  const root = host.attachShadow({ mode: 'open' });
  root.adoptedStyleSheets = [illustrationStyles.styleSheet!];
  render(renderIllustration(exerciseId, options), root);
  return root.querySelector('svg')!;
}

/** Whether a screen point is inside a convex polygon given as an SVG points list. */
function inside([x, y]: [number, number], corners: [number, number][]): boolean {
  const signs = corners.map(([ax, ay], k) => {
    const [bx, by] = corners[(k + 1) % corners.length];
    return Math.sign((bx - ax) * (y - ay) - (by - ay) * (x - ax));
  });
  return signs.every((sign) => sign >= 0) || signs.every((sign) => sign <= 0);
}

const cornersOf = (polygon: SVGPolygonElement) =>
  polygon
    .getAttribute('points')!
    .split(' ')
    .map((pair) => pair.split(',').map(Number) as [number, number]);

describe('drawing views a patient cannot misread', () => {
  afterEach(() => emulateMedia({ reducedMotion: 'no-preference' }));

  describe('lower back twist, from the feet end', () => {
    for (const position of ['start', 'held'] as const) {
      it(`${position}: lies on a mat drawn in perspective under the whole figure, with no floor line under the feet`, async () => {
        const svg = await draw('lower-back-twist', { position });
        expect(svg.querySelector('line.floor') === null, 'no floor line').to.equal(true);
        const mats = svg.querySelectorAll<SVGPolygonElement>('polygon.mat');
        expect(mats.length, 'one mat top').to.equal(1);
        const corners = cornersOf(mats[0]);
        expect(corners).to.have.length(4);
        // In perspective: the far edge (top of the picture) narrower than the near one, under the feet.
        const byHeight = [...corners].sort((a, b) => a[1] - b[1]);
        const [far, near] = [byHeight.slice(0, 2), byHeight.slice(2)];
        expect(Math.abs(far[0][0] - far[1][0]), 'far edge narrower than the near edge').to.be.below(Math.abs(near[0][0] - near[1][0]) - 10);
        // Every joint of the figure, the head and the tips of the hands and feet, lie on the mat's top.
        const { camera } = DRAWINGS['lower-back-twist'];
        const body = solvePose(DRAWINGS['lower-back-twist'][position]);
        for (const joint of Object.keys(body.joints) as Joint[]) {
          const [x, y] = project(body.joints[joint], camera);
          expect(inside([x, y], corners), `${joint} on the mat`).to.equal(true);
        }
        // The mat reaches beyond the feet and the head: the figure is on it, not standing above its edge.
        const [, top, , bottom] = screenBounds(body, camera);
        const matTop = Math.min(...corners.map(([, y]) => y));
        const matBottom = Math.max(...corners.map(([, y]) => y));
        expect(matBottom, 'mat below the feet').to.be.above(bottom + 5);
        expect(matTop, 'mat beyond the head').to.be.below(top + 5);
        // Big: a surface, not a strip, at least half as tall as the figure.
        expect(matBottom - matTop).to.be.above((bottom - top) * 0.5);
      });
    }
  });

  describe('side trunk stretch', () => {
    const drawing = DRAWINGS['side-trunk-stretch'];

    it('draws the kneeling start from the side: shins on the floor behind the knees, sitting back over the heels, head down', () => {
      const camera = drawing.startCamera!;
      expect(camera[1], 'from the side').to.be.below(20);
      const { joints } = solvePose(drawing.start);
      const at = (joint: Joint) => project(joints[joint], camera);
      // The head on the right of the picture: the knees ahead of the hips, the shins running back along the floor.
      expect(at('head')[0]).to.be.above(at('leftHip')[0]);
      expect(at('leftKnee')[0] - at('leftHip')[0], 'knee ahead of the hip, a distinct bump').to.be.above(25);
      expect(at('leftKnee')[0] - at('leftToe')[0], 'shin and foot behind the knee').to.be.above(40);
      expect(Math.abs(at('leftKnee')[1] - at('leftAnkle')[1]), 'the shin flat on the floor').to.be.below(3);
      // Sitting back: the hip above the heel, well above the knee; the head down, lower than the hips.
      expect(Math.abs(at('leftHip')[0] - at('leftHeel')[0]), 'hip over the heel').to.be.below(10);
      expect(at('leftKnee')[1] - at('leftHip')[1], 'hip above the knee').to.be.above(15);
      expect(at('head')[1], 'head lower than the hips').to.be.above(at('pelvis')[1] + 10);
      // Arms reaching forward, beyond the head.
      expect(at('leftHand')[0]).to.be.above(at('head')[0] + 20);
    });

    it('shows the start alone from the side, on a mat and floor; the held position from above, its start outlined in the same view', async () => {
      const start = await draw('side-trunk-stretch', { position: 'start' });
      expect(start.querySelector('line.floor') !== null, 'the floor of the side view').to.equal(true);
      expect(start.querySelector('.pose.start.own-view') !== null, 'the start in its own view').to.equal(true);
      const held = await draw('side-trunk-stretch', { position: 'held' });
      expect(held.querySelector('line.floor, polygon.mat, polygon.mat-edge') === null, 'no floor under the view from above').to.equal(true);
      const still = await draw('side-trunk-stretch', { position: 'both', animate: false });
      expect(still.querySelector('.ghost.own-view') === null, 'the outline is the start from above').to.equal(true);
      expect(still.querySelector('.ghost') !== null, 'an outlined start').to.equal(true);
    });

    it('moving, fades from the side view to the view from above; without motion, outlines the start from above instead', async () => {
      const svg = await draw('side-trunk-stretch', { position: 'both' });
      const own = svg.querySelector<SVGGElement>('.pose.start.own-view')!;
      const outline = svg.querySelector<SVGGElement>('.pose.start.outline')!;
      expect(getComputedStyle(own).display).to.not.equal('none');
      expect(getComputedStyle(outline).display).to.equal('none');
      await emulateMedia({ reducedMotion: 'reduce' });
      expect(getComputedStyle(own).display).to.equal('none');
      expect(getComputedStyle(outline).display).to.not.equal('none');
    });
  });
});
