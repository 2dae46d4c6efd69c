import type { Camera, Limb, Pose } from './figure.js';

/** The two positions of one exercise and the view that shows them best. */
export interface ExerciseDrawing {
  readonly camera: Camera;
  readonly start: Pose;
  readonly held: Pose;
}

// Every drawing is for the left side; the right side is its mirror image.
// Lying down, the head is on the right of the screen; on the back, a side view
// then shows the left side of the body, the side that moves.
const SIDE_VIEW: Camera = [0, 0];
// Views from above at an angle, for the exercises that move sideways: the moving
// limbs come towards the viewer, and the body still reads as lying or kneeling.
// The twist is seen from the body's right side, which the left knee crosses to.
const FROM_ABOVE_RIGHT: Camera = [180, 65];
const FROM_THE_FRONT_CORNER: Camera = [-40, 25];

const ON_THE_BACK = [-90, 0, 180] as const;
const legFlatOnBack: Limb = [-4, 0, 35];
const armAlongsideOnBack: Limb = [-10, 6, 0, 8];
// Out to the side at shoulder height: abducted almost 90°, then tipped back onto the floor.
const armOutOnFloor: Limb = [-90, 0, 0, 83];
const lyingOnBack: Pose = {
  pelvis: ON_THE_BACK,
  leftLeg: legFlatOnBack,
  rightLeg: legFlatOnBack,
  leftArm: armAlongsideOnBack,
  rightArm: armAlongsideOnBack,
  floor: ['pelvis', 'chest', 'head', 'leftAnkle', 'rightAnkle', 'leftWrist', 'rightWrist'],
};

const ON_THE_STOMACH = [90] as const;
const legFlatOnStomach: Limb = [6, 5, 83];
const armAlongsideOnStomach: Limb = [7, 0, 0, 8];
const lyingOnStomach: Pose = {
  pelvis: ON_THE_STOMACH,
  neck: [-9],
  leftLeg: legFlatOnStomach,
  rightLeg: legFlatOnStomach,
  leftArm: armAlongsideOnStomach,
  rightArm: armAlongsideOnStomach,
  floor: ['pelvis', 'chest', 'head', 'leftKnee', 'rightKnee', 'leftToe', 'rightToe', 'leftWrist', 'rightWrist'],
};

// Kneeling, sitting back a little, the tops of the feet flat on the floor; head to the left.
const KNEELING_FORWARD = [133, 0, 180] as const;
const kneelingLeg: Limb = [172, 128, 85];
const kneelingFloor = ['leftKnee', 'rightKnee', 'leftToe', 'rightToe', 'leftHand', 'rightHand'] as const;

const footFlat: Limb = [50, 115, 29];
const handsBehindHead: Limb = [119, 136, -81, 45];
// Elbows bent at the sides, palms flat on the floor just ahead of the shoulders.
const handsBesideShoulders: Limb = [2, 138, 18, 30, -67];

/** Drawings by catalog exercise id. */
export const DRAWINGS: Readonly<Record<string, ExerciseDrawing>> = {
  'knee-to-chest': {
    camera: SIDE_VIEW,
    start: lyingOnBack,
    held: {
      ...lyingOnBack,
      // Shin parallel to the trunk, knee drawn towards the chest by both hands over the top of the knee.
      leftLeg: [120, 118, 45],
      leftArm: [48, 26, -77, 20],
      rightArm: [48, 26, -77, 20],
      floor: ['pelvis', 'chest', 'head', 'rightAnkle'],
    },
  },
  'lower-back-twist': {
    camera: FROM_ABOVE_RIGHT,
    start: { ...lyingOnBack, leftArm: armOutOnFloor, rightArm: armOutOnFloor, floor: ['pelvis', 'chest', 'head', 'leftAnkle', 'rightAnkle', 'leftHand', 'rightHand'] },
    held: {
      ...lyingOnBack,
      // The pelvis rolls to the right and the lower back twists back, so the chest stays flat.
      pelvis: [-90, 80, 180],
      lowerBack: [-7, 10, -45],
      upperBack: [3, 7, -34],
      neck: [10],
      leftLeg: [98, 99, 20, -39],
      rightLeg: [4, 0, 35, 5],
      leftArm: [-90, 0, 0, 83],
      rightArm: [-90, 0, 0, 82],
      floor: ['chest', 'head', 'leftKnee', 'rightAnkle', 'leftHand', 'rightHand'],
    },
  },
  'side-trunk-stretch': {
    camera: FROM_THE_FRONT_CORNER,
    start: {
      pelvis: KNEELING_FORWARD,
      upperBack: [-28],
      neck: [-5],
      leftLeg: kneelingLeg,
      rightLeg: kneelingLeg,
      leftArm: [173, 16, -2],
      rightArm: [173, 16, -2],
      floor: kneelingFloor,
    },
    held: {
      pelvis: KNEELING_FORWARD,
      // Bent to the left at the waist and chest, hands walked to the left, hips and knees in place.
      lowerBack: [0, -15],
      upperBack: [-28, -25],
      neck: [-5, -10],
      leftLeg: kneelingLeg,
      rightLeg: kneelingLeg,
      leftArm: [160, 13, -2, 3],
      rightArm: [163, 25, -2, 7],
      floor: kneelingFloor,
    },
  },
  'half-crunch': {
    camera: SIDE_VIEW,
    start: {
      ...lyingOnBack,
      leftLeg: footFlat,
      rightLeg: footFlat,
      leftArm: handsBehindHead,
      rightArm: handsBehindHead,
      floor: ['pelvis', 'chest', 'head', 'leftToe', 'rightToe'],
    },
    held: {
      ...lyingOnBack,
      upperBack: [22],
      neck: [10],
      leftLeg: footFlat,
      rightLeg: footFlat,
      leftArm: handsBehindHead,
      rightArm: handsBehindHead,
      floor: ['pelvis', 'sacrum', 'waist', 'leftToe', 'rightToe'],
    },
  },
  'push-up-back-extension': {
    camera: SIDE_VIEW,
    start: {
      ...lyingOnStomach,
      leftArm: handsBesideShoulders,
      rightArm: handsBesideShoulders,
      floor: ['pelvis', 'chest', 'head', 'leftKnee', 'rightKnee', 'leftWrist', 'rightWrist'],
    },
    held: {
      ...lyingOnStomach,
      // The hands stay where they were; the arms push the chest up and the back arches.
      lowerBack: [-30],
      upperBack: [-25],
      neck: [-15],
      leftArm: [9, 95, 16, 20],
      rightArm: [9, 95, 16, 20],
      floor: ['pelvis', 'sacrum', 'leftKnee', 'rightKnee', 'leftWrist', 'rightWrist'],
    },
  },
  'assisted-back-extension': {
    camera: SIDE_VIEW,
    start: lyingOnStomach,
    held: {
      ...lyingOnStomach,
      lowerBack: [-18],
      upperBack: [-15],
      neck: [-5],
      leftArm: [-15, 0, 0, 8],
      rightArm: [-15, 0, 0, 8],
      floor: ['pelvis', 'sacrum', 'leftKnee', 'rightKnee'],
    },
  },
};
