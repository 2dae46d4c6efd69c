import { expect } from '@open-wc/testing';
import { floorGap, paintOrder, project, solvePose, type Body, type Camera, type Point, type Pose } from '../../src/illustrations/figure.js';
import { DRAWINGS } from '../../src/illustrations/poses.js';

// What each drawing must show, checked on the solved pose (joint positions in cm, y up from the
// floor), so that a change of numbers cannot quietly draw something the steps do not say.

const sub = (a: Point, b: Point): Point => [a[0] - b[0], a[1] - b[1], a[2] - b[2]];
const dot = (a: Point, b: Point) => a[0] * b[0] + a[1] * b[1] + a[2] * b[2];
const length = (a: Point) => Math.hypot(...a);
const unit = (a: Point): Point => a.map((v) => v / length(a)) as Point;
const middle = (a: Point, b: Point): Point => [(a[0] + b[0]) / 2, (a[1] + b[1]) / 2, (a[2] + b[2]) / 2];
const onFloorPlane = (a: Point): Point => [a[0], 0, a[2]];
/** Angle between two directions, in degrees. */
const angle = (a: Point, b: Point) => (Math.acos(Math.min(1, Math.max(-1, dot(unit(a), unit(b))))) * 180) / Math.PI;
/** Distance from a point to the segment a–b. */
function distanceToSegment(point: Point, a: Point, b: Point): number {
  const ab = sub(b, a);
  const t = Math.min(1, Math.max(0, dot(sub(point, a), ab) / dot(ab, ab)));
  return length(sub(point, [a[0] + ab[0] * t, a[1] + ab[1] * t, a[2] + ab[2] * t]));
}
/** The body's own directions at the shoulders: to its left, towards the head, and where the chest faces. */
function chestFrame({ joints }: Body) {
  const left = unit(sub(joints.leftShoulder, joints.rightShoulder));
  const up = unit(sub(joints.chest, joints.waist));
  const front: Point = [left[1] * up[2] - left[2] * up[1], left[2] * up[0] - left[0] * up[2], left[0] * up[1] - left[1] * up[0]];
  return { left, up, front };
}
/** Where a hand is: the middle of the palm. */
const palm = (body: Body, side: 'left' | 'right') => middle(body.joints[`${side}Wrist`], body.joints[`${side}Hand`]);
/** Close enough to the floor to rest on it (cm). */
const ON_FLOOR = 1.5;
/** How far a joint bends between the piece before it and the piece after it (0 straight), in degrees. */
const bendAt = (before: Point, joint: Point, after: Point) => angle(sub(joint, before), sub(after, joint));
/** Angle of a direction above the floor, in degrees. */
const elevation = (a: Point) => (Math.asin(a[1] / length(a)) * 180) / Math.PI;
/** The trunk's angle above the floor: the line from the pelvis to the chest. */
const trunkAngle = ({ joints }: Body) => elevation(sub(joints.chest, joints.pelvis));
/** Where a joint is drawn, in drawing units (x to the right, y down). */
const onScreen = (point: Point, camera: Camera): [number, number] => project(point, camera).slice(0, 2) as [number, number];
/** Distance from a point to the segment a–b on the screen. */
function screenDistanceToSegment(p: [number, number], a: [number, number], b: [number, number]): number {
  const ab = [b[0] - a[0], b[1] - a[1]];
  const t = Math.min(1, Math.max(0, ((p[0] - a[0]) * ab[0] + (p[1] - a[1]) * ab[1]) / (ab[0] ** 2 + ab[1] ** 2)));
  return Math.hypot(p[0] - a[0] - ab[0] * t, p[1] - a[1] - ab[1] * t);
}
/** Whether a screen point lies inside a polygon (even-odd rule). */
function inside(p: [number, number], polygon: [number, number][]): boolean {
  let result = false;
  for (let i = 0, j = polygon.length - 1; i < polygon.length; j = i++) {
    const [a, b] = [polygon[i], polygon[j]];
    if (a[1] > p[1] !== b[1] > p[1] && p[0] < ((b[0] - a[0]) * (p[1] - a[1])) / (b[1] - a[1]) + a[0]) result = !result;
  }
  return result;
}
/** How far a joint's centre is drawn outside the trunk's outline (negative: inside it), in drawing units. */
function clearOfTrunk(body: Body, point: Point, camera: Camera): number {
  const outline = body.parts.find((part) => part.kind === 'torso')!;
  const polygon = outline.points.map((corner) => onScreen(corner, camera));
  const at = onScreen(point, camera);
  const edge = Math.min(...polygon.map((corner, k) => screenDistanceToSegment(at, corner, polygon[(k + 1) % polygon.length])));
  // The outline is drawn with a stroke as wide as the trunk is thick.
  return inside(at, polygon) ? -edge : edge - outline.widths[0] / 2;
}

const solve = (pose: Pose) => solvePose(pose);
const drawing = (id: string) => DRAWINGS[id];

describe('drawing poses, against the steps', () => {
  describe('knee to chest', () => {
    const start = solve(drawing('knee-to-chest').start);
    const held = solve(drawing('knee-to-chest').held);

    it('bends the working (left) hip at least 135° and brings the knee over the lower ribs', () => {
      const { joints } = held;
      const hipFlexion = 180 - angle(sub(joints.leftKnee, joints.leftHip), sub(joints.chest, joints.pelvis));
      expect(hipFlexion).to.be.at.least(135);
      expect(length(sub(joints.leftKnee, joints.chest)), 'knee to chest (cm)').to.be.below(45);
      expect(length(sub(start.joints.leftKnee, start.joints.chest)), 'the knee starts far from the chest').to.be.above(80);
      // Along the trunk, the knee is between the waist and the shoulders.
      const along = unit(sub(joints.chest, joints.pelvis));
      const knee = dot(sub(joints.leftKnee, joints.pelvis), along);
      expect(knee, 'knee past the waist (cm)').to.be.above(dot(sub(joints.waist, joints.pelvis), along));
      expect(knee, 'knee below the shoulders (cm)').to.be.below(dot(sub(joints.leftShoulder, joints.pelvis), along));
    });

    it('keeps the calf about parallel to the trunk', () => {
      const { joints } = held;
      expect(angle(sub(joints.leftKnee, joints.leftAnkle), sub(joints.chest, joints.pelvis))).to.be.below(25);
      expect(bendAt(joints.leftHip, joints.leftKnee, joints.leftAnkle), 'knee bent (°)').to.be.within(115, 140);
    });

    it('grabs the shin just below the knee with both hands clasped, elbows bent about a right angle', () => {
      const { joints } = held;
      const shin = unit(sub(joints.leftAnkle, joints.leftKnee));
      for (const side of ['left', 'right'] as const) {
        // Touching: no more than the half widths of shin and hand apart, plus the gap drawn between them.
        expect(distanceToSegment(palm(held, side), joints.leftKnee, joints.leftAnkle), `${side} hand to the shin`).to.be.below(10);
        expect(dot(sub(palm(held, side), joints.leftKnee), shin), `${side} hand just below the knee (cm)`).to.be.within(-2, 12);
        expect(drawing('knee-to-chest').held[`${side}Arm`][1], `${side} elbow`).to.be.at.least(30);
        const elbow = bendAt(joints[`${side}Shoulder`], joints[`${side}Elbow`], joints[`${side}Wrist`]);
        expect(elbow, `${side} elbow bent (°)`).to.be.within(85, 115);
      }
      expect(length(sub(palm(held, 'left'), palm(held, 'right'))), 'hands together (cm)').to.be.below(10);
    });

    it('shows the near elbow bent in the picture, not a straight arm from shoulder to knee', () => {
      const { camera } = drawing('knee-to-chest');
      const { joints } = held;
      const bent = screenDistanceToSegment(onScreen(joints.leftElbow, camera), onScreen(joints.leftShoulder, camera), onScreen(joints.leftWrist, camera));
      expect(bent, 'elbow off the line from shoulder to wrist (drawing units)').to.be.above(5);
    });

    it('keeps the head, the back and the other leg on the mat', () => {
      for (const joint of ['head', 'chest', 'pelvis', 'sacrum', 'rightHeel'] as const) expect(floorGap(held, joint), joint).to.be.below(ON_FLOOR);
    });
  });

  describe('lower back twist', () => {
    const start = solve(drawing('lower-back-twist').start);
    const held = solve(drawing('lower-back-twist').held);

    it('rolls the pelvis 45–60° towards the right', () => {
      const hips = sub(held.joints.leftHip, held.joints.rightHip);
      expect((Math.asin(hips[1] / length(hips)) * 180) / Math.PI).to.be.within(45, 60);
      const startHips = sub(start.joints.leftHip, start.joints.rightHip);
      expect(Math.abs(startHips[1]), 'flat at the start').to.be.below(1);
    });

    it('keeps both shoulders flat on the floor', () => {
      expect(floorGap(held, 'chest')).to.be.below(2);
      expect(Math.abs(held.joints.leftShoulder[1] - held.joints.rightShoulder[1]), 'shoulders level').to.be.below(2);
      for (const hand of ['leftHand', 'rightHand'] as const) expect(floorGap(held, hand), hand).to.be.below(ON_FLOOR);
    });

    it('rests the working (left) knee on the floor across the midline, beyond the straight right leg', () => {
      const { left } = chestFrame(held);
      expect(floorGap(held, 'leftKnee'), 'knee on the floor').to.be.below(ON_FLOOR);
      expect(dot(sub(held.joints.leftKnee, held.joints.chest), left), 'knee on the right of the midline (cm)').to.be.below(-20);
      expect(dot(sub(held.joints.leftKnee, held.joints.rightKnee), left), 'beyond the right knee (cm)').to.be.below(-10);
      expect(floorGap(held, 'rightHeel'), 'the right leg stays on the floor').to.be.below(ON_FLOOR);
    });

    it('bends the crossing leg about a right angle at the hip and at the knee, from the hip', () => {
      const { joints } = held;
      const hipFlexion = 180 - angle(sub(joints.leftKnee, joints.leftHip), sub(joints.sacrum, joints.pelvis));
      expect(hipFlexion, 'hip (°)').to.be.within(75, 105);
      expect(bendAt(joints.leftHip, joints.leftKnee, joints.leftAnkle), 'knee (°)').to.be.within(75, 105);
      expect(length(sub(joints.leftHip, joints.pelvis)), 'the thigh starts at the hip, beside the pelvis (cm)').to.be.below(9);
    });

    it('draws the crossing leg over the trunk and over the straight leg', () => {
      const { far, near } = paintOrder(held, drawing('lower-back-twist').camera);
      const order = [...far, ...near].map((part) => part.name ?? part.kind);
      expect(order.indexOf('leftLeg'), 'after the right leg').to.be.above(order.indexOf('rightLeg'));
      expect(order.indexOf('leftLeg'), 'after the trunk').to.be.above(order.indexOf('torso'));
      expect(near.map((part) => part.name), 'drawn in full, not in the lighter far group').to.include('leftLeg');
    });

    it('turns the head towards the left hand, the face showing in the picture', () => {
      const { camera } = drawing('lower-back-twist');
      const [head, nose] = held.parts.find((part) => part.kind === 'head')!.points.map((point) => onScreen(point, camera));
      // The nose sticks out of the head's outline, on the side of the left arm.
      expect(Math.hypot(nose[0] - head[0], nose[1] - head[1]), 'nose from the head’s centre').to.be.above(9);
      const leftHand = onScreen(held.joints.leftHand, camera);
      const towards = (nose[0] - head[0]) * (leftHand[0] - head[0]) + (nose[1] - head[1]) * (leftHand[1] - head[1]);
      expect(towards, 'towards the left hand').to.be.above(0);
    });
  });

  describe('side trunk stretch', () => {
    const start = solve(drawing('side-trunk-stretch').start);
    const held = solve(drawing('side-trunk-stretch').held);
    const leftOfBody = unit(onFloorPlane(sub(start.joints.leftHip, start.joints.rightHip)));

    it('kneels with the tops of the feet flat, sitting back, arms stretched ahead with the hands on the floor', () => {
      for (const joint of ['leftKnee', 'rightKnee', 'leftToe', 'rightToe', 'leftHand', 'rightHand'] as const) {
        expect(floorGap(start, joint), joint).to.be.below(ON_FLOOR);
      }
      const forward = unit(onFloorPlane(sub(start.joints.chest, start.joints.pelvis)));
      expect(dot(sub(start.joints.pelvis, start.joints.leftKnee), forward), 'hips behind the knees').to.be.below(-15);
      for (const side of ['left', 'right'] as const) {
        const arm = onFloorPlane(sub(palm(start, side), start.joints[`${side}Shoulder`]));
        expect(angle(arm, forward), `${side} arm straight ahead`).to.be.below(10);
      }
    });

    it('bends the trunk sideways at least 25° between start and held', () => {
      const bend = angle(onFloorPlane(sub(start.joints.chest, start.joints.sacrum)), onFloorPlane(sub(held.joints.chest, held.joints.sacrum)));
      expect(bend).to.be.at.least(25);
      expect(dot(sub(held.joints.chest, start.joints.chest), leftOfBody), 'towards the left').to.be.above(10);
    });

    it('bends it as a curve through the lower and the upper back, not at one hinge', () => {
      // Seen from above, each piece of the back (pelvis, lower back, the two halves of the upper
      // back) turns further to the left than the one before it, none by more than half the bend.
      const { joints } = held;
      const pieces = [sub(joints.sacrum, joints.pelvis), sub(joints.waist, joints.sacrum), sub(joints.ribs, joints.waist), sub(joints.chest, joints.ribs)];
      const turns = pieces.slice(1).map((piece, k) => angle(onFloorPlane(pieces[k]), onFloorPlane(piece)) * Math.sign(dot(sub(onFloorPlane(piece), onFloorPlane(pieces[k])), leftOfBody)));
      const total = turns.reduce((sum, turn) => sum + turn, 0);
      expect(total, 'pelvis to shoulders (°)').to.be.at.least(25);
      for (const [k, turn] of turns.entries()) {
        expect(turn, `bend ${k + 1} (°)`).to.be.at.least(5);
        expect(turn, `bend ${k + 1} (°)`).to.be.at.most(total / 2);
      }
    });

    it('keeps both arms parallel, the hands side by side', () => {
      const arms = (['left', 'right'] as const).map((side) => onFloorPlane(sub(palm(held, side), held.joints[`${side}Shoulder`])));
      expect(angle(arms[0], arms[1]), 'between the arms (°)').to.be.below(10);
    });

    it('walks the hands at least 40 cm to the left, still on the floor', () => {
      const moved = sub(middle(palm(held, 'left'), palm(held, 'right')), middle(palm(start, 'left'), palm(start, 'right')));
      expect(dot(moved, leftOfBody)).to.be.above(40);
      for (const hand of ['leftHand', 'rightHand'] as const) expect(floorGap(held, hand), hand).to.be.below(ON_FLOOR);
    });

    it('leaves the knees, feet and hips where they were', () => {
      for (const joint of ['leftKnee', 'rightKnee', 'leftToe', 'rightToe', 'pelvis', 'sacrum', 'leftHip', 'rightHip'] as const) {
        expect(length(sub(held.joints[joint], start.joints[joint])), joint).to.be.below(1);
      }
    });

    it('shows the kneeling in the picture: the near knee and foot clear of the body, on the floor', () => {
      const { camera } = drawing('side-trunk-stretch');
      for (const [name, body] of [['start', start], ['held', held]] as const) {
        // Seen from behind and to the person's left, the left leg is the near one.
        for (const joint of ['leftKnee', 'leftToe'] as const) {
          expect(clearOfTrunk(body, body.joints[joint], camera), `${name} ${joint} clear of the trunk`).to.be.above(0);
          expect(floorGap(body, joint), `${name} ${joint} on the floor`).to.be.below(ON_FLOOR);
        }
        expect(floorGap(body, 'pelvis'), `${name}: sitting back, off the floor`).to.be.above(20);
      }
    });
  });

  describe('half crunch', () => {
    const start = solve(drawing('half-crunch').start);
    const held = solve(drawing('half-crunch').held);

    it('lifts the shoulder blades off the floor while the lower back stays down', () => {
      expect(floorGap(start, 'chest'), 'flat at the start').to.be.below(ON_FLOOR);
      expect(floorGap(held, 'chest'), 'shoulder blades up').to.be.above(8);
      for (const joint of ['pelvis', 'sacrum', 'waist'] as const) expect(floorGap(held, joint), joint).to.be.below(ON_FLOOR);
    });

    it('keeps the knees bent and the feet flat on the floor', () => {
      for (const body of [start, held]) {
        for (const joint of ['leftHeel', 'leftToe', 'rightHeel', 'rightToe'] as const) expect(floorGap(body, joint), joint).to.be.below(ON_FLOOR);
        expect(body.joints.leftKnee[1], 'knees up').to.be.above(40);
      }
    });

    it('holds the elbows out to the sides, fingertips by the ears, chin slightly tucked', () => {
      for (const body of [start, held]) {
        const { left, front } = chestFrame(body);
        for (const [side, sign] of [['left', 1], ['right', -1]] as const) {
          const elbow = sub(body.joints[`${side}Elbow`], body.joints.chest);
          expect(sign * dot(elbow, left), `${side} elbow out to the side (cm)`).to.be.above(30);
          expect(dot(elbow, front), `${side} elbow not in front of the face (cm)`).to.be.below(8);
          expect(length(sub(body.joints[`${side}Hand`], body.joints.head)), `${side} fingertips by the head (cm)`).to.be.below(13);
        }
      }
      expect(drawing('half-crunch').held.neck?.[0], 'chin tucked').to.be.within(5, 20);
    });

    it('curls the upper back about 30°, the shoulder blades just clear of the floor', () => {
      const { joints } = held;
      expect(elevation(sub(joints.chest, joints.ribs)), 'shoulders’ piece of the back (°)').to.be.within(25, 40);
      expect(elevation(sub(joints.waist, joints.sacrum)), 'lower back flat (°)').to.be.below(3);
      expect(floorGap(held, 'chest'), 'shoulder blades just clear (cm)').to.be.within(8, 20);
    });

    it('bends the knees about a right angle, the feet 30–40 cm from the buttocks', () => {
      for (const body of [start, held]) {
        const { joints } = body;
        expect(bendAt(joints.leftHip, joints.leftKnee, joints.leftAnkle), 'knee (°)').to.be.within(80, 105);
        // The buttocks: the back of the pelvis, half the trunk's thickness behind its middle.
        const buttocks = joints.pelvis[0] - body.radius.pelvis!;
        expect(buttocks - joints.leftHeel[0], 'heel to buttocks (cm)').to.be.within(30, 42);
      }
    });

    it('holds the hands behind the head, the elbows wide at the height of the head', () => {
      for (const body of [start, held]) {
        const { joints } = body;
        const [head, nose] = body.parts.find((part) => part.kind === 'head')!.points;
        const face = unit(sub(nose, head));
        const { up } = chestFrame(body);
        for (const side of ['left', 'right'] as const) {
          expect(dot(sub(joints[`${side}Hand`], head), face), `${side} fingertips behind the head (cm)`).to.be.below(-2);
          expect(dot(sub(joints[`${side}Elbow`], joints[`${side}Shoulder`]), up), `${side} elbow up by the head, not by the chest (cm)`).to.be.above(10);
        }
      }
    });
  });

  describe('push-up back extension', () => {
    const start = solve(drawing('push-up-back-extension').start);
    const held = solve(drawing('push-up-back-extension').held);

    it('keeps the pelvis and legs on the floor while the chest rises', () => {
      for (const joint of ['pelvis', 'leftKnee', 'rightKnee', 'leftToe', 'rightToe'] as const) expect(floorGap(held, joint), joint).to.be.below(ON_FLOOR);
      expect(floorGap(held, 'chest')).to.be.above(25);
    });

    it('ends with the hands flat under the shoulders, where they started', () => {
      for (const side of ['left', 'right'] as const) {
        const hand = palm(held, side);
        const shoulder = held.joints[`${side}Shoulder`];
        expect(Math.hypot(hand[0] - shoulder[0], hand[2] - shoulder[2]), `${side} hand under the shoulder (cm)`).to.be.below(12);
        expect(length(sub(hand, palm(start, side))), `${side} hand stays put (cm)`).to.be.below(4);
        for (const joint of [`${side}Wrist`, `${side}Hand`] as const) {
          expect(floorGap(start, joint), `start ${joint}`).to.be.below(ON_FLOOR);
          expect(floorGap(held, joint), `held ${joint}`).to.be.below(ON_FLOOR);
        }
        expect(drawing('push-up-back-extension').held[`${side}Arm`][1], `${side} elbow not locked`).to.be.at.least(15);
      }
    });

    it('keeps the head in line with the spine', () => {
      const { joints } = held;
      expect(angle(sub(joints.head, joints.chest), sub(joints.chest, joints.waist))).to.be.below(15);
    });

    it('raises the trunk to about 45°, curving through the lower back, the pelvis flat', () => {
      const { joints } = held;
      expect(trunkAngle(held), 'pelvis to shoulders (°)').to.be.within(35, 55);
      // Each piece of the back rises more steeply than the one before it: a curve, not a hinge at the hips.
      const pieces = [sub(joints.sacrum, joints.pelvis), sub(joints.waist, joints.sacrum), sub(joints.ribs, joints.waist), sub(joints.chest, joints.ribs)].map(elevation);
      expect(pieces[0], 'pelvis flat (°)').to.be.below(3);
      expect(pieces[1], 'lower back arched (°)').to.be.above(20);
      for (let k = 2; k < pieces.length; k++) expect(pieces[k], `piece ${k} steeper than the one before`).to.be.above(pieces[k - 1]);
      for (const joint of ['leftHip', 'rightHip'] as const) expect(floorGap(held, joint), `${joint}: thighs flat`).to.be.below(6);
    });

    it('shows the arm as a straight prop from the shoulder to the hand', () => {
      const { camera } = drawing('push-up-back-extension');
      const { joints } = held;
      for (const side of ['left', 'right'] as const) {
        const off = screenDistanceToSegment(onScreen(joints[`${side}Elbow`], camera), onScreen(joints[`${side}Shoulder`], camera), onScreen(joints[`${side}Wrist`], camera));
        expect(off, `${side} elbow off the line from shoulder to wrist (drawing units)`).to.be.below(4);
      }
    });

    it('points the toes, the tops of the feet on the floor', () => {
      for (const body of [start, held]) {
        const { joints } = body;
        expect(Math.abs(elevation(sub(joints.leftToe, joints.leftHeel))), 'foot nearly flat (°)').to.be.below(15);
        expect(dot(sub(joints.leftToe, joints.leftAnkle), sub(joints.leftAnkle, joints.leftKnee)), 'toes pointing away, along the leg').to.be.above(0);
      }
    });
  });

  describe('assisted back extension', () => {
    const { start, held, levels } = drawing('assisted-back-extension');
    const advanced = levels!.advanced!;

    it('lifts the chest with the hips and knees pressed into the floor, at every level', () => {
      for (const pose of [held, advanced.held]) {
        const body = solve(pose);
        expect(floorGap(body, 'chest'), 'chest up').to.be.above(10);
        for (const joint of ['pelvis', 'leftKnee', 'rightKnee'] as const) expect(floorGap(body, joint), joint).to.be.below(ON_FLOOR);
      }
    });

    it('assists with the hands on the floor beside the waist in the beginner pose, where they started', () => {
      const body = solve(held);
      for (const side of ['left', 'right'] as const) {
        for (const joint of [`${side}Wrist`, `${side}Hand`] as const) expect(floorGap(body, joint), joint).to.be.below(ON_FLOOR);
        const hand = palm(body, side);
        const { joints } = body;
        expect(hand[0], `${side} hand beside the waist, not the chest`).to.be.within(joints.waist[0] - 5, joints.ribs[0]);
        expect(length(sub(hand, palm(solve(start), side))), `${side} hand stays put (cm)`).to.be.below(4);
      }
    });

    it('lifts the hands off the floor, arms at the sides, in the advanced pose', () => {
      const body = solve(advanced.held);
      const startBody = solve(advanced.start);
      for (const side of ['left', 'right'] as const) {
        expect(floorGap(body, `${side}Hand`), `${side} hand off the floor`).to.be.above(5);
        expect(floorGap(startBody, `${side}Hand`), `${side} hand on the floor at the start`).to.be.below(ON_FLOOR);
        expect(body.joints[`${side}Hand`][0], `${side} hand at the side, by the hips`).to.be.below(body.joints.waist[0]);
      }
    });

    it('starts with the arms at the sides, the palms flat beside the waist', () => {
      const body = solve(start);
      const { joints } = body;
      for (const side of ['left', 'right'] as const) {
        const hand = palm(body, side);
        for (const joint of [`${side}Wrist`, `${side}Hand`] as const) expect(floorGap(body, joint), joint).to.be.below(ON_FLOOR);
        expect(hand[0], `${side} palm between the waist and the ribs (cm)`).to.be.within(joints.waist[0] - 5, joints.ribs[0]);
        expect(Math.abs(hand[2]), `${side} palm beside the body (cm)`).to.be.above(15);
      }
    });

    it('props the beginner’s chest on arms slanting back to the hands, higher than the advanced lift and lower than the push-up', () => {
      const body = solve(held);
      const { joints } = body;
      for (const side of ['left', 'right'] as const) {
        expect(bendAt(joints[`${side}Shoulder`], joints[`${side}Elbow`], joints[`${side}Wrist`]), `${side} elbow soft, not locked (°)`).to.be.at.least(20);
        expect(joints[`${side}Shoulder`][0] - palm(body, side)[0], `${side} hand behind the shoulder (cm)`).to.be.above(15);
      }
      expect(trunkAngle(body), 'trunk (°)').to.be.within(20, 30);
      // Without the hands' help, a smaller lift: the chest just off the floor.
      expect(trunkAngle(solve(advanced.held)), 'the advanced lift (°)').to.be.within(10, 20);
      expect(trunkAngle(body) - trunkAngle(solve(advanced.held)), 'the advanced lift lower than the assisted one (°)').to.be.at.least(5);
      const pushUp = solve(drawing('push-up-back-extension').held);
      expect(trunkAngle(pushUp) - trunkAngle(body), 'lower than the push-up (°)').to.be.at.least(15);
      expect(floorGap(pushUp, 'chest') - floorGap(body, 'chest'), 'chest lower than in the push-up (cm)').to.be.at.least(10);
    });

    it('draws the beginner’s start unlike the push-up’s: palms beside the waist, the arms flat along the body', () => {
      const body = solve(start);
      const pushUp = solve(drawing('push-up-back-extension').start);
      for (const side of ['left', 'right'] as const) {
        expect(palm(pushUp, side)[0] - palm(body, side)[0], `${side} palm further back than the push-up’s (cm)`).to.be.above(15);
        expect(floorGap(body, `${side}Elbow`), `${side} elbow down on the floor, not raised as in the push-up (cm)`).to.be.below(5);
        expect(floorGap(pushUp, `${side}Elbow`), `${side} the push-up’s elbow raised (cm)`).to.be.above(15);
      }
    });
  });

  it('shows which way the face points in every held position but the side stretch’s (face down, seen from above)', () => {
    for (const [id, { camera, held, levels }] of Object.entries(DRAWINGS)) {
      if (id === 'side-trunk-stretch') continue;
      for (const pose of [held, ...Object.values(levels ?? {}).map((movement) => movement.held)]) {
        const body = solve(pose);
        const head = body.parts.find((part) => part.kind === 'head')!;
        const [centre, nose] = head.points.map((point) => onScreen(point, camera));
        // The nose sticks out of the head's outline by at least a third of its own width, both
        // drawn at the size the view gives them there (smaller further off, in perspective).
        const [headScale, noseScale] = head.points.map((point) => project(point, camera)[3]);
        const out = Math.hypot(nose[0] - centre[0], nose[1] - centre[1]) + (head.widths[1] / 2) * noseScale - (head.widths[0] / 2) * headScale;
        expect(out, id).to.be.above((head.widths[1] / 3) * noseScale);
      }
    }
  });

  it('rests every level’s positions on the floor at the parts they name, with nothing below it', () => {
    for (const [id, { levels }] of Object.entries(DRAWINGS)) {
      for (const [level, movement] of Object.entries(levels ?? {})) {
        for (const pose of [movement.start, movement.held]) {
          const body = solve(pose);
          const gaps = Object.keys(body.joints).map((joint) => floorGap(body, joint as keyof Body['joints']));
          expect(Math.min(...gaps), `${id} ${level}`).to.be.within(-0.01, ON_FLOOR);
          for (const joint of pose.floor) expect(floorGap(body, joint), `${id} ${level} ${joint}`).to.be.below(ON_FLOOR);
        }
      }
    }
  });
});
