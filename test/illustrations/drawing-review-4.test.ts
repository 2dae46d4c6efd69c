import { expect } from '@open-wc/testing';
import { project, screenBounds, solvePose, type Body, type Joint, type Point } from '../../src/illustrations/figure.js';
import { DRAWINGS } from '../../src/illustrations/poses.js';
import { drawAtPlayerSize } from './draw-at-player-size.js';

// The fourth fresh-eyes review (a physiotherapist, from the article and the pictures alone): the side
// trunk stretch's arms were short bent stubs by the head, the figure a small blob on a big mat; the
// half crunch's near elbow sat between the head and the chest, the forearm along the chest (read as
// pulling the head up, which the steps warn against); the advanced assisted back extension's arrow
// was a stub, a tiny triangle above the head.

const draw = drawAtPlayerSize;

const sub = (a: Point, b: Point): Point => [a[0] - b[0], a[1] - b[1], a[2] - b[2]];
const dot = (a: Point, b: Point) => a[0] * b[0] + a[1] * b[1] + a[2] * b[2];
const angle = (a: Point, b: Point) => (Math.acos(Math.min(1, Math.max(-1, dot(a, b) / Math.hypot(...a) / Math.hypot(...b)))) * 180) / Math.PI;

describe('drawings after the fourth review', () => {
  describe('side trunk stretch: arms straight and long, the figure filling its picture', () => {
    const drawing = DRAWINGS['side-trunk-stretch'];
    const bodies = { start: solvePose(drawing.start), held: solvePose(drawing.held) };
    const screen = (body: Body, joint: Joint) => project(body.joints[joint], drawing.camera);

    for (const position of ['start', 'held'] as const) {
      it(`${position}: both elbows straight`, () => {
        const { joints } = bodies[position];
        for (const side of ['left', 'right'] as const) {
          const elbow = angle(sub(joints[`${side}Shoulder`], joints[`${side}Elbow`]), sub(joints[`${side}Wrist`], joints[`${side}Elbow`]));
          expect(elbow, `${side} elbow (°, 180 straight)`).to.be.above(170);
        }
      });
    }

    it('start: the hands well ahead of the head, the arms two long lines past it in the picture', () => {
      const body = bodies.start;
      const { joints } = body;
      // Forward: the way the knees point from the toes, along the mat.
      const forward: Point = [joints.leftKnee[0] - joints.leftToe[0], 0, joints.leftKnee[2] - joints.leftToe[2]];
      const ahead = (p: Point) => dot(p, forward) / Math.hypot(...forward);
      const head = screen(body, 'head');
      // The head's radius on the picture (the head part's first disc).
      const headRadius = (body.parts.find((part) => part.kind === 'head')!.widths[0] / 2) * head[3];
      for (const side of ['left', 'right'] as const) {
        expect(ahead(joints[`${side}Hand`]) - ahead(joints.head), `${side} hand ahead of the head (cm)`).to.be.above(30);
        const [hand, shoulder] = [screen(body, `${side}Hand`), screen(body, `${side}Shoulder`)];
        expect(Math.hypot(hand[0] - head[0], hand[1] - head[1]), `${side} hand clear of the head in the picture (drawing units)`).to.be.above(2 * headRadius);
        expect(Math.hypot(hand[0] - shoulder[0], hand[1] - shoulder[1]), `${side} arm drawn long (drawing units)`).to.be.above(35);
      }
    });

    it('frames the figure closely: it fills most of the picture’s width', async () => {
      const svg = await draw('side-trunk-stretch');
      const { width } = svg.viewBox.baseVal;
      const box = [bodies.start, bodies.held].map((body) => screenBounds(body, drawing.camera));
      const figure = Math.max(...box.map((b) => b[2])) - Math.min(...box.map((b) => b[0]));
      expect(figure / width, 'figure’s width over the frame’s').to.be.at.least(0.55);
      // The words naming the side still fit inside the frame, above the figure.
      const words = svg.querySelector('.side-label') as SVGTextElement;
      const frame = svg.viewBox.baseVal;
      const text = words.getBBox();
      expect(text.x, 'words inside on the left').to.be.at.least(frame.x);
      expect(text.x + text.width, 'words inside on the right').to.be.at.most(frame.x + frame.width);
      expect(text.y, 'words inside at the top').to.be.at.least(frame.y);
    });
  });

  describe('half crunch: the near elbow at the head, away from the feet', () => {
    const { camera } = DRAWINGS['half-crunch'];
    for (const position of ['start', 'held'] as const) {
      it(`${position}: the near elbow beyond the head's centre along the body, the hand by the head`, () => {
        const body = solvePose(DRAWINGS['half-crunch'][position]);
        const at = (joint: Joint) => project(body.joints[joint], camera);
        const [head, chest, elbow, wrist, hand, pelvis] = (['head', 'chest', 'leftElbow', 'leftWrist', 'leftHand', 'pelvis'] as const).map(at);
        // Along the body on the picture: from the chest towards the head.
        const axis = [head[0] - chest[0], head[1] - chest[1]];
        const along = (p: number[]) => ((p[0] - head[0]) * axis[0] + (p[1] - head[1]) * axis[1]) / Math.hypot(axis[0], axis[1]);
        expect(along(elbow), 'elbow beyond the head’s centre, not between the head and the hips (drawing units)').to.be.above(0);
        expect(along(pelvis), 'the hips on the other side').to.be.below(0);
        // The forearm runs from the elbow to the hand at the head, not back over the chest.
        for (const [point, name] of [[wrist, 'wrist'], [hand, 'fingertips']] as const) {
          expect(Math.hypot(point[0] - head[0], point[1] - head[1]), `${name} at the head (drawing units)`).to.be.below(12);
        }
      });
    }
  });

  describe('assisted back extension, advanced: a whole arrow', () => {
    const arrowLength = async (level: 'beginner' | 'advanced') => {
      const svg = await draw('assisted-back-extension', { position: 'held', level });
      return (svg.querySelector('.arrow path:not(.gap)') as SVGPathElement).getTotalLength();
    };

    it('draws a shaft about as long as the beginner’s, not a stub under its head', async () => {
      const [beginner, advanced] = [await arrowLength('beginner'), await arrowLength('advanced')];
      expect(advanced, 'advanced arrow’s shaft (drawing units)').to.be.at.least(0.8 * beginner);
      expect(advanced, 'at least twice its head’s length').to.be.at.least(16);
    });

    it('keeps the arrow clear of the head', async () => {
      const { camera } = DRAWINGS['assisted-back-extension'];
      const body = solvePose(DRAWINGS['assisted-back-extension'].levels!.advanced!.held);
      const head = body.parts.find((part) => part.kind === 'head')!;
      const [centre] = head.points.map((point) => project(point, camera));
      const radius = head.widths[0] / 2;
      const svg = await draw('assisted-back-extension', { position: 'held', level: 'advanced' });
      const path = svg.querySelector('.arrow path:not(.gap)') as SVGPathElement;
      const total = path.getTotalLength();
      for (let k = 0; k <= 20; k++) {
        const { x, y } = path.getPointAtLength((k / 20) * total);
        expect(Math.hypot(x - centre[0], y - centre[1]), `arrow point ${k} from the head's centre`).to.be.above(radius + 2);
      }
    });
  });
});
