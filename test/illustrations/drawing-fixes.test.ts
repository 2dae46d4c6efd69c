import { expect } from '@open-wc/testing';
import { project, solvePose, type Body, type Camera, type Point } from '../../src/illustrations/figure.js';
import { DRAWINGS } from '../../src/illustrations/poses.js';
import { difference, thumbnail } from './thumbnail-pixels.js';

// What a fresh-eyes review of the drawings (given only the steps and the pictures) still misread,
// held to the pose data and the pixels so that it stays fixed.

const sub = (a: Point, b: Point): Point => [a[0] - b[0], a[1] - b[1], a[2] - b[2]];
const onScreen = (point: Point, camera: Camera): [number, number] => project(point, camera).slice(0, 2) as [number, number];
/** Distance of a screen point from the line through a and b, in drawing units. */
function offLine(p: [number, number], a: [number, number], b: [number, number]): number {
  const [dx, dy] = [b[0] - a[0], b[1] - a[1]];
  return Math.abs((p[0] - a[0]) * dy - (p[1] - a[1]) * dx) / Math.hypot(dx, dy);
}
const palm = (body: Body, side: 'left' | 'right'): Point =>
  [0, 1, 2].map((axis) => (body.joints[`${side}Wrist`][axis] + body.joints[`${side}Hand`][axis]) / 2) as Point;

describe('drawings, as a fresh reader sees them', () => {
  it('knee to chest: the near elbow is clearly bent in the picture, the hands on the shin beyond the knee', () => {
    const { camera, held } = DRAWINGS['knee-to-chest'];
    const { joints } = solvePose(held);
    const [shoulder, elbow, wrist] = [joints.leftShoulder, joints.leftElbow, joints.leftWrist].map((point) => onScreen(point, camera));
    // Not a straight prop from shoulder to knee: the elbow stands well off the line.
    expect(offLine(elbow, shoulder, wrist), 'elbow off the line from shoulder to wrist (drawing units)').to.be.above(10);
    // The hands sit on the shin, clear of the knee's round end, so that they read as holding the shin.
    const knee = onScreen(joints.leftKnee, camera);
    const hand = onScreen(palm(solvePose(held), 'left'), camera);
    expect(Math.hypot(hand[0] - knee[0], hand[1] - knee[1]), 'hand from the knee (drawing units)').to.be.above(6);
  });

  it('half crunch: the near arm runs behind the head, its elbow and forearm clear of the face', () => {
    const { camera } = DRAWINGS['half-crunch'];
    for (const pose of [DRAWINGS['half-crunch'].start, DRAWINGS['half-crunch'].held]) {
      const body = solvePose(pose);
      const [head, nose] = body.parts.find((part) => part.kind === 'head')!.points.map((point) => onScreen(point, camera));
      const face = [nose[0] - head[0], nose[1] - head[1]];
      const towardsFace = (p: [number, number]) => ((p[0] - head[0]) * face[0] + (p[1] - head[1]) * face[1]) / Math.hypot(face[0], face[1]);
      // Elbow, wrist and fingertips on the back half of the head, the side away from the face.
      for (const joint of ['leftElbow', 'leftWrist', 'leftHand'] as const) {
        expect(towardsFace(onScreen(body.joints[joint], camera)), `${joint} behind the face (drawing units)`).to.be.below(0);
      }
      // No stroke of the arm passes over the nose.
      const [shoulder, elbow, wrist] = [body.joints.leftShoulder, body.joints.leftElbow, body.joints.leftWrist].map((point) => onScreen(point, camera));
      for (const [a, b, name] of [[shoulder, elbow, 'upper arm'], [elbow, wrist, 'forearm']] as const) {
        const t = Math.min(1, Math.max(0, ((nose[0] - a[0]) * (b[0] - a[0]) + (nose[1] - a[1]) * (b[1] - a[1])) / ((b[0] - a[0]) ** 2 + (b[1] - a[1]) ** 2)));
        const gap = Math.hypot(nose[0] - a[0] - (b[0] - a[0]) * t, nose[1] - a[1] - (b[1] - a[1]) * t);
        expect(gap, `${name} from the nose (drawing units)`).to.be.above(8);
      }
    }
  });

  it('assisted back extension: the beginner’s hands are beside the waist, not under the shoulders as in the push-up', () => {
    const assisted = solvePose(DRAWINGS['assisted-back-extension'].held);
    const pushUp = solvePose(DRAWINGS['push-up-back-extension'].held);
    for (const side of ['left', 'right'] as const) {
      const behind = (body: Body) => body.joints[`${side}Shoulder`][0] - palm(body, side)[0];
      expect(behind(assisted) - behind(pushUp), `${side} hand further back than in the push-up (cm)`).to.be.above(15);
    }
  });

  it('lower back twist: seen from the feet end, the knee crosses the straight leg and the pelvis rolls', () => {
    const { camera, start, held } = DRAWINGS['lower-back-twist'];
    expect(camera[1], 'above the mat (°)').to.be.within(30, 45);
    const [before, after] = [start, held].map((pose) => solvePose(pose).joints);
    const knee = [before.leftKnee, after.leftKnee].map((point) => onScreen(point, camera));
    const rightKnee = onScreen(after.rightKnee, camera);
    // The left knee starts on its own side of the right leg and ends beyond it.
    expect(Math.sign(knee[0][0] - rightKnee[0]), 'starts on the left of the picture’s right leg').to.not.equal(Math.sign(knee[1][0] - rightKnee[0]));
    const hips = (joints: typeof after) => {
      const [l, r] = [onScreen(joints.leftHip, camera), onScreen(joints.rightHip, camera)];
      return (Math.atan2(l[1] - r[1], l[0] - r[0]) * 180) / Math.PI;
    };
    expect(Math.abs(hips(after) - hips(before)), 'the line of the hips tilts in the picture (°)').to.be.above(20);
  });

  it('lower back twist: the start and the held thumbnails differ clearly (the view from above differed by 0.353)', async () => {
    expect(difference(await thumbnail('lower-back-twist', 'start'), await thumbnail('lower-back-twist', 'held'))).to.be.at.least(0.4);
  });

  it('side trunk stretch: both legs kneel alike, the knees under the hips, sitting back over the heels', () => {
    for (const pose of [DRAWINGS['side-trunk-stretch'].start, DRAWINGS['side-trunk-stretch'].held]) {
      expect(pose.leftLeg, 'the same angles for both legs').to.deep.equal(pose.rightLeg);
      const { joints } = solvePose(pose);
      for (const side of ['left', 'right'] as const) {
        const knee = sub(joints[`${side}Knee`], joints[`${side}Hip`]);
        // Knees a little wider than the hips, no more: not frogged out.
        expect(Math.abs(knee[2]), `${side} knee beside the hip (cm)`).to.be.below(15);
        const heel = joints[`${side}Heel`];
        expect(Math.abs(joints.pelvis[0] - heel[0]), `${side}: pelvis over the heel (cm)`).to.be.below(15);
      }
      expect(joints.leftKnee[2] + joints.rightKnee[2], 'knees mirror each other').to.be.closeTo(0, 0.5);
    }
  });
});
