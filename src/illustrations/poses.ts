import type { Level } from '../model/types.js';
import type { Camera, Joint, Limb, Point, Pose } from './figure.js';

/**
 * The arrow on the held picture: from where `joints` (their middle) are in the starting
 * position to where they are in the held one, moved by `beside` (cm, in the world) so that it
 * runs beside the body, bulging by `bend` times its length (see arrowShape).
 */
export interface MovementArrow {
  readonly joints: readonly Joint[];
  readonly beside: Point;
  readonly bend: number;
}

/** The two positions of one drawing and the arrow between them. */
export interface Movement {
  readonly start: Pose;
  readonly held: Pose;
  readonly arrow: MovementArrow;
}

/** The drawing of one exercise: the view that shows it best, its positions, and those of levels drawn differently. */
export interface ExerciseDrawing extends Movement {
  readonly camera: Camera;
  /**
   * For an exercise done on each side: where the words naming the side go, from the middle of
   * the arrow, in drawing units (x to the right, y down), for the left side (mirrored for the right).
   */
  readonly sideLabel?: readonly [dx: number, dy: number];
  /** Levels whose steps differ from the drawing's own positions (which are the beginner's). */
  readonly levels?: Partial<Record<Level, Movement>>;
}

// Every drawing is for the left side; the right side is its mirror image.
// Lying down, the head is on the right of the screen; on the back, a side view
// then shows the left side of the body, the side that moves.
const SIDE_VIEW: Camera = [0, 0];
// The crunch from the side and a little above, so that the elbows show, out to the sides.
const SIDE_VIEW_FROM_ABOVE: Camera = [0, 22];
// The twist from the feet end, above the mat: the patient's left is on the right of the
// screen, the shoulders and arms lie across the top, and the left knee crosses to the left.
const FROM_THE_FEET: Camera = [90, 30, 320];
// The side stretch from above, a little from the right: the head on the right of the screen,
// the hands walking to the person's left, towards the top of the screen.
const FROM_ABOVE: Camera = [90, 70, 450];

const ON_THE_BACK = [-90, 0, 180] as const;
const legFlatOnBack: Limb = [-1, 0, 20];
const armAlongsideOnBack: Limb = [-10, 9, 0, 8];
// Out to the side at shoulder height: abducted almost 90°, then tipped back onto the floor.
const armOutOnFloor: Limb = [-81, 0, 0, 84];
const lyingOnBack: Pose = {
  pelvis: ON_THE_BACK,
  leftLeg: legFlatOnBack,
  rightLeg: legFlatOnBack,
  leftArm: armAlongsideOnBack,
  rightArm: armAlongsideOnBack,
  floor: ['pelvis', 'chest', 'head', 'leftHeel', 'rightHeel', 'leftHand', 'rightHand'],
};

const ON_THE_STOMACH = [90] as const;
const legFlatOnStomach: Limb = [6, 6, 63];
const armAlongsideOnStomach: Limb = [4, 5, -9, 8];
// Face down, the forehead and nose on the mat.
const lyingOnStomach: Pose = {
  pelvis: ON_THE_STOMACH,
  neck: [-15],
  leftLeg: legFlatOnStomach,
  rightLeg: legFlatOnStomach,
  leftArm: armAlongsideOnStomach,
  rightArm: armAlongsideOnStomach,
  floor: ['pelvis', 'chest', 'leftKnee', 'rightKnee', 'leftToe', 'rightToe', 'leftHand', 'rightHand'],
};

// Kneeling, sitting back towards the heels, the tops of the feet flat on the floor; facing the right of the screen.
const KNEELING_FORWARD = [110] as const;
const kneelingLeg: Limb = [158, 140, 57];
// Arms straight ahead, hands flat on the floor.
const reachingForward: Limb = [170, 5, 0];
const kneelingFloor: readonly Joint[] = ['leftKnee', 'rightKnee', 'leftToe', 'rightToe', 'leftHand', 'rightHand'];

const footFlat: Limb = [52, 110, 32];
// Fingertips by the ears, elbows out to the sides.
const handsBehindHead: Limb = [159, 138, 0, 66, 77];
// Elbows bent and up at the sides, palms flat on the floor beside the chest.
const handsBesideChest: Limb = [-29, 152, 57, 1, -3];

/** Drawings by catalog exercise id. */
export const DRAWINGS: Readonly<Record<string, ExerciseDrawing>> = {
  'knee-to-chest': {
    camera: SIDE_VIEW,
    start: lyingOnBack,
    held: {
      ...lyingOnBack,
      // Hip bent past a right angle, the calf along the trunk, both hands clasped over the shin below the knee.
      leftLeg: [130, 135, 20],
      leftArm: [21, 57, 60, 0, 8],
      rightArm: [23, 55, 3, -15, 19],
      floor: ['pelvis', 'chest', 'head', 'rightHeel'],
    },
    arrow: { joints: ['leftKnee'], beside: [-4, 18, 0], bend: 0.4 },
    sideLabel: [-55, 10],
  },
  'lower-back-twist': {
    camera: FROM_THE_FEET,
    start: { ...lyingOnBack, leftArm: armOutOnFloor, rightArm: armOutOnFloor },
    held: {
      ...lyingOnBack,
      // The pelvis rolls to the right and the back twists back, so the chest stays flat; the left
      // knee rests on the floor beyond the straight right leg.
      pelvis: [-90, 52, 180],
      lowerBack: [0, 19, -20],
      upperBack: [0, -20, -33],
      leftLeg: [110, 111, 20, -60, -19],
      rightLeg: [0, 0, 30, 1, 40],
      leftArm: [-89, 0, 0, 83],
      rightArm: [-76, 0, 0, 83],
      floor: ['chest', 'head', 'leftKnee', 'rightHeel', 'leftHand', 'rightHand'],
    },
    arrow: { joints: ['leftKnee'], beside: [-22, 6, 0], bend: 0.3 },
    sideLabel: [60, 30],
  },
  'side-trunk-stretch': {
    camera: FROM_ABOVE,
    start: {
      pelvis: KNEELING_FORWARD,
      upperBack: [-10],
      neck: [-5],
      leftLeg: kneelingLeg,
      rightLeg: kneelingLeg,
      leftArm: reachingForward,
      rightArm: reachingForward,
      floor: kneelingFloor,
    },
    held: {
      pelvis: KNEELING_FORWARD,
      // Bent to the left at the waist and the chest, the hands walked to the left; hips and knees stay where they were.
      lowerBack: [0, -20],
      upperBack: [-9, -28],
      neck: [-5, -15],
      leftLeg: kneelingLeg,
      rightLeg: kneelingLeg,
      leftArm: [154, 5, 0, 24, 40],
      rightArm: [159, 5, 0, -21, 40],
      floor: kneelingFloor,
    },
    arrow: { joints: ['leftHand', 'rightHand'], beside: [22, 0, 0], bend: 0.3 },
    sideLabel: [-32, -13],
  },
  'half-crunch': {
    camera: SIDE_VIEW_FROM_ABOVE,
    start: {
      ...lyingOnBack,
      leftLeg: footFlat,
      rightLeg: footFlat,
      leftArm: handsBehindHead,
      rightArm: handsBehindHead,
      floor: ['pelvis', 'chest', 'head', 'leftHeel', 'leftToe', 'rightHeel', 'rightToe'],
    },
    held: {
      ...lyingOnBack,
      upperBack: [32],
      neck: [12],
      leftLeg: footFlat,
      rightLeg: footFlat,
      leftArm: handsBehindHead,
      rightArm: handsBehindHead,
      floor: ['pelvis', 'sacrum', 'waist', 'leftHeel', 'leftToe', 'rightHeel', 'rightToe'],
    },
    arrow: { joints: ['head'], beside: [20, 4, 0], bend: -0.35 },
  },
  'push-up-back-extension': {
    camera: SIDE_VIEW,
    start: {
      ...lyingOnStomach,
      leftArm: handsBesideChest,
      rightArm: handsBesideChest,
    },
    held: {
      ...lyingOnStomach,
      // The hands stay where they were, now under the shoulders; the arms push the chest up, the
      // lower back arches, the pelvis stays on the floor and the head in line with the spine.
      lowerBack: [-45],
      upperBack: [-25],
      neck: [0],
      leftArm: [-10, 86, 34, 1, -1],
      rightArm: [-10, 86, 34, 1, -1],
      floor: ['pelvis', 'leftKnee', 'rightKnee', 'leftToe', 'rightToe', 'leftHand', 'rightHand'],
    },
    arrow: { joints: ['head'], beside: [0, 12, 0], bend: -0.3 },
  },
  'assisted-back-extension': {
    camera: SIDE_VIEW,
    // Beginners assist with the hands: palms on the floor beside the chest give a light push.
    start: {
      ...lyingOnStomach,
      leftArm: handsBesideChest,
      rightArm: handsBesideChest,
    },
    held: {
      ...lyingOnStomach,
      lowerBack: [-25],
      upperBack: [-12],
      neck: [-5],
      leftArm: [-11, 119, 34, 1, -1],
      rightArm: [-11, 119, 34, 1, -1],
      floor: ['pelvis', 'leftKnee', 'rightKnee', 'leftToe', 'rightToe', 'leftHand', 'rightHand'],
    },
    arrow: { joints: ['head'], beside: [0, 12, 0], bend: -0.3 },
    levels: {
      // The full exercise: arms at the sides, the hands lifted off the floor.
      advanced: {
        start: lyingOnStomach,
        held: {
          ...lyingOnStomach,
          lowerBack: [-22],
          upperBack: [-12],
          neck: [-5],
          leftArm: [-25, 5, 0, 8],
          rightArm: [-25, 5, 0, 8],
          floor: ['pelvis', 'leftKnee', 'rightKnee', 'leftToe', 'rightToe'],
        },
        arrow: { joints: ['head'], beside: [0, 12, 0], bend: -0.3 },
      },
    },
  },
};
