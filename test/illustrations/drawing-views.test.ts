import { expect } from '@open-wc/testing';
import { emulateMedia } from '@web/test-runner-commands';
import { project, screenBounds, solvePose, type Joint } from '../../src/illustrations/figure.js';
import { DRAWINGS } from '../../src/illustrations/poses.js';
import { drawAtPlayerSize } from './draw-at-player-size.js';

// The second fresh-eyes review: the twist, seen from the feet end over a floor line, read as a
// person standing in a T-pose.

const draw = drawAtPlayerSize;

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
  // The side trunk stretch: one view for start and held, see drawing-review-3.test.ts.
});
