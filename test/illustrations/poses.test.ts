import { expect } from '@open-wc/testing';
import { floorGap, solvePose, type Body, type Point, type Pose } from '../../src/illustrations/figure.js';
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

const solve = (pose: Pose) => solvePose(pose);
const drawing = (id: string) => DRAWINGS[id];

describe('drawing poses, against the steps', () => {
  describe('knee to chest', () => {
    const start = solve(drawing('knee-to-chest').start);
    const held = solve(drawing('knee-to-chest').held);

    it('bends the working (left) hip at least 110° and brings the knee near the chest', () => {
      const { joints } = held;
      const hipFlexion = 180 - angle(sub(joints.leftKnee, joints.leftHip), sub(joints.chest, joints.pelvis));
      expect(hipFlexion).to.be.at.least(110);
      expect(length(sub(joints.leftKnee, joints.chest)), 'knee to chest (cm)').to.be.below(45);
      expect(length(sub(start.joints.leftKnee, start.joints.chest)), 'the knee starts far from the chest').to.be.above(80);
    });

    it('keeps the calf about parallel to the trunk', () => {
      const { joints } = held;
      expect(angle(sub(joints.leftKnee, joints.leftAnkle), sub(joints.chest, joints.pelvis))).to.be.below(25);
    });

    it('grabs the shin below the knee with both hands, elbows bent', () => {
      const { joints } = held;
      for (const side of ['left', 'right'] as const) {
        // Touching: no more than the half widths of shin and hand apart, plus the gap drawn between them.
        expect(distanceToSegment(palm(held, side), joints.leftKnee, joints.leftAnkle), `${side} hand to the shin`).to.be.below(10);
        expect(drawing('knee-to-chest').held[`${side}Arm`][1], `${side} elbow`).to.be.at.least(30);
      }
    });

    it('keeps the head, the back and the other leg on the mat', () => {
      for (const joint of ['head', 'chest', 'pelvis', 'rightHeel'] as const) expect(floorGap(held, joint), joint).to.be.below(ON_FLOOR);
    });
  });

  describe('lower back twist', () => {
    const start = solve(drawing('lower-back-twist').start);
    const held = solve(drawing('lower-back-twist').held);

    it('rolls the pelvis at least 45° towards the right', () => {
      const hips = sub(held.joints.leftHip, held.joints.rightHip);
      expect((Math.asin(hips[1] / length(hips)) * 180) / Math.PI).to.be.at.least(45);
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

    it('walks the hands at least 40 cm to the left, still on the floor', () => {
      const moved = sub(middle(palm(held, 'left'), palm(held, 'right')), middle(palm(start, 'left'), palm(start, 'right')));
      expect(dot(moved, leftOfBody)).to.be.above(40);
      for (const hand of ['leftHand', 'rightHand'] as const) expect(floorGap(held, hand), hand).to.be.below(ON_FLOOR);
    });

    it('leaves the knees, feet and hips where they were', () => {
      for (const joint of ['leftKnee', 'rightKnee', 'leftToe', 'rightToe', 'pelvis'] as const) {
        expect(length(sub(held.joints[joint], start.joints[joint])), joint).to.be.below(1);
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

    it('assists with the hands on the floor beside the chest in the beginner pose', () => {
      const body = solve(held);
      for (const side of ['left', 'right'] as const) {
        for (const joint of [`${side}Wrist`, `${side}Hand`] as const) expect(floorGap(body, joint), joint).to.be.below(ON_FLOOR);
        const hand = palm(body, side);
        const { joints } = body;
        expect(hand[0], `${side} hand level with the chest, not past the head`).to.be.within(joints.waist[0], joints.head[0]);
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
