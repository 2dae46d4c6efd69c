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
  /** At least this long on the picture (drawing units): a small movement still gets a whole arrow, stretched about its middle. */
  readonly length?: number;
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
  /**
   * Seen at a slant: frame the figure (and its arrow and words), not the whole mat, which the
   * frame then cuts off; so that a small figure on a big mat still fills its picture.
   */
  readonly closeUp?: boolean;
  /** Levels whose steps differ from the drawing's own positions (which are the beginner's). */
  readonly levels?: Partial<Record<Level, Movement>>;
}

// Every drawing is for the left side; the right side is its mirror image.
// Lying down, the head is on the right of the screen; on the back, a side view
// then shows the left side of the body, the side that moves.
const SIDE_VIEW: Camera = [0, 0];
// Face down, from the other side: the head on the left of the screen, so that a list tells the
// exercises on the stomach from those on the back at a glance. It shows the left side of the body.
const SIDE_VIEW_FACING_LEFT: Camera = [180, 0];
// The twist from the feet end, 40° above the mat and in perspective (the viewer 3 m from the
// pelvis, so that the legs, nearest, show largest): the arms lie flat out to the sides, the
// person's left on the right of the screen; the pelvis rolls and the left knee crosses to the
// left, beyond the right leg.
const FROM_THE_FEET: Camera = [90, 40, 300];
// The side stretch from behind and to the person's left, 60° above the mat and in perspective, start
// and held alike (physiotherapists' reviews): the knees folded under, the shins and feet on the mat
// behind the buttocks, the back rounding forward, the arms reaching straight and long ahead on the mat
// (high enough above the mat that they show as two long lines past the head, not hidden behind it);
// the person's left on the left of the screen, where the hands walk while the knees and feet stay where they were.
const FROM_BEHIND: Camera = [140, 60, 300];

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
// Legs long, toes pointed: the tops of the feet on the floor.
const legFlatOnStomach: Limb = [6, 4, 80];
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

// Kneeling, sitting back over the heels, the tops of the feet flat on the floor, both legs alike:
// the knees under the hips and a little apart (so that they show beside the body seen from above),
// the big toes together behind the buttocks; facing the right of the screen.
const KNEELING_FORWARD = [98] as const;
const kneelingLeg: Limb = [150, 142, 76, 15, -8];
// Arms straight and long ahead of the head, elbows straight, hands flat on the floor (steps 2–3:
// reach forward, arms extended as far as possible).
const reachingForward: Limb = [168.5, 0, 0];
const kneelingFloor: readonly Joint[] = ['leftKnee', 'rightKnee', 'leftToe', 'rightToe', 'leftHand', 'rightHand'];

// Knees bent about a right angle, feet flat about 40 cm from the buttocks.
const footFlat: Limb = [45, 100, 35];
// Fingertips behind the ears, elbows out to the sides on the floor, a little beyond the top of the
// head (a physiotherapist's review): seen from the side, the near elbow lies beyond the head's centre,
// away from the feet, the forearm running back to the back of the head; no arm over the chest.
const handsBehindHead: Limb = [180, 115, 60, 35, 80];
// Elbows bent and up at the sides, palms flat on the floor beside the chest.
const handsBesideChest: Limb = [-30, 151, 64];
// Arms at the sides, lying on the floor, elbows out a little, palms flat beside the waist.
const handsBesideWaist: Limb = [42, 116, 4, 71, 123];

/** Drawings by catalog exercise id. */
export const DRAWINGS: Readonly<Record<string, ExerciseDrawing>> = {
  'knee-to-chest': {
    camera: SIDE_VIEW,
    start: lyingOnBack,
    held: {
      ...lyingOnBack,
      // Hip bent about 140°, the knee over the lower ribs and the calf along the trunk; elbows bent
      // about a right angle, out and up, both hands clasped over the shin just below the knee.
      leftLeg: [140, 128, 30],
      leftArm: [93, 89, 2, 19, 149],
      rightArm: [102, 88, -24, -23, 168],
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
      // The pelvis rolls to the right and the back twists back, so that the shoulders stay flat; the
      // left leg, bent at a right angle at hip and knee, crosses over the straight right leg and
      // rests its knee on the floor beyond it; the head turns the other way, towards the left hand.
      pelvis: [-90, 48, 180],
      lowerBack: [-2, 8, -24],
      upperBack: [1, -4, -24],
      neck: [7, 0, -75],
      leftLeg: [100, 95, 25, -62, 5],
      rightLeg: [0, 0, 30, 1, 40],
      leftArm: [-133, 0, 0, 82],
      rightArm: [-137, 0, 0, 81],
      floor: ['chest', 'head', 'leftKnee', 'rightHeel', 'leftHand', 'rightHand'],
      inFront: ['leftLeg'],
    },
    // From the left knee where it starts, on the straight leg, over to where it rests.
    arrow: { joints: ['leftKnee'], beside: [0, 8, 0], bend: 0.35 },
    sideLabel: [-8, 24],
  },
  'side-trunk-stretch': {
    camera: FROM_BEHIND,
    start: {
      pelvis: KNEELING_FORWARD,
      upperBack: [0],
      neck: [20],
      leftLeg: kneelingLeg,
      rightLeg: kneelingLeg,
      leftArm: reachingForward,
      rightArm: reachingForward,
      floor: kneelingFloor,
    },
    held: {
      pelvis: KNEELING_FORWARD,
      // Bent to the left through the lower and the upper back as one curve, about 40° in all; both
      // arms, straight and parallel, walked the hands to the left; pelvis, knees and feet stay where they were.
      lowerBack: [0, -12],
      upperBack: [0, -36],
      neck: [20, -10],
      leftLeg: kneelingLeg,
      rightLeg: kneelingLeg,
      leftArm: [163.5, 0, 0],
      rightArm: [166, 0, 0, -3],
      floor: kneelingFloor,
    },
    arrow: { joints: ['leftHand', 'rightHand'], beside: [4, 0, 0], bend: -0.15 },
    // Above the figure, on the left, where the hands walk: inside the close-up's frame.
    sideLabel: [-8, -48],
    closeUp: true,
  },
  'half-crunch': {
    camera: SIDE_VIEW,
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
      // The upper back curls about 30°, the shoulder blades just off the floor, the chin a little
      // tucked; elbows wide and up beside the head, beyond its centre along the body (never folded
      // down towards the chest), the forearm back to the fingertips behind the ears; knees bent about a right angle.
      upperBack: [33],
      neck: [15],
      leftLeg: footFlat,
      rightLeg: footFlat,
      leftArm: [170, 115, 45, 35, 90],
      rightArm: [170, 115, 45, 35, 90],
      floor: ['pelvis', 'sacrum', 'waist', 'leftHeel', 'leftToe', 'rightHeel', 'rightToe'],
    },
    arrow: { joints: ['head'], beside: [20, 4, 0], bend: -0.35 },
  },
  'push-up-back-extension': {
    camera: SIDE_VIEW_FACING_LEFT,
    start: {
      ...lyingOnStomach,
      leftArm: handsBesideChest,
      rightArm: handsBesideChest,
    },
    held: {
      ...lyingOnStomach,
      // The hands stay where they were, under the shoulders; the lower back arches in a curve and
      // the chest rises to about 45°, the pelvis on the floor and the head in line with the spine.
      // At that height straight arms would not reach the floor: the elbows bend out to the sides,
      // so that from the side the arm is a straight prop from shoulder to hand.
      lowerBack: [-45],
      upperBack: [-20],
      neck: [0],
      leftArm: [34, 92, 42, 48, 85],
      rightArm: [34, 92, 42, 48, 85],
      floor: ['pelvis', 'leftKnee', 'rightKnee', 'leftToe', 'rightToe', 'leftHand', 'rightHand'],
    },
    arrow: { joints: ['head'], beside: [23, -2, 0], bend: -0.3 },
  },
  'assisted-back-extension': {
    camera: SIDE_VIEW_FACING_LEFT,
    // Beginners assist with the hands: arms at the sides, palms on the floor beside the waist (not
    // beside the chest, as in the push-up).
    start: {
      ...lyingOnStomach,
      leftArm: handsBesideWaist,
      rightArm: handsBesideWaist,
    },
    held: {
      ...lyingOnStomach,
      // The chest about 25° up, lower than the push-up; the hands stay beside
      // the waist, pressing lightly, the elbows bent out to the sides: from the side the arm is a
      // prop slanting back from the shoulder to the hand, not upright under it as in the push-up.
      lowerBack: [-20],
      upperBack: [-20],
      neck: [-5],
      leftArm: [38, 103, 40, 58, 127],
      rightArm: [38, 103, 40, 58, 127],
      floor: ['pelvis', 'leftKnee', 'rightKnee', 'leftToe', 'rightToe', 'leftHand', 'rightHand'],
    },
    arrow: { joints: ['head'], beside: [25, 2, 0], bend: -0.3 },
    levels: {
      // The full exercise: arms at the sides, the hands lifted off the floor.
      advanced: {
        start: lyingOnStomach,
        // Without the hands' help, a smaller lift (a physiotherapist's review): the chest just off
        // the floor, about 15°, the head in line with the back, eyes to the floor.
        held: {
          ...lyingOnStomach,
          lowerBack: [-14],
          upperBack: [-10],
          neck: [0],
          leftArm: [-25, 5, 0, 8],
          rightArm: [-25, 5, 0, 8],
          floor: ['pelvis', 'leftKnee', 'rightKnee', 'leftToe', 'rightToe'],
        },
        // A small lift, but a whole arrow (a physiotherapist's review: not a stub), as long as the
        // beginner's: in front of and above the head, where nothing crowds it.
        arrow: { joints: ['head'], beside: [18, 20, 0], bend: -0.3, length: 30 },
      },
    },
  },
};
