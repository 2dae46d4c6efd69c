import { nothing, svg, type SVGTemplateResult } from 'lit';

/**
 * A point of the drawing's world, in centimetres of a 170 cm adult: x runs along
 * the floor, y goes up from the floor, z comes towards the viewer of a side view.
 */
export type Point = [x: number, y: number, z: number];

/** Bend of a piece of spine, in degrees: flexion (+, forward) or extension (-), side bend to the right, twist to the right. */
export type Bend = readonly [flexion: number, sideBend?: number, twist?: number];

/**
 * Joint angles of one arm or leg, in degrees, from the anatomical position
 * (standing, arms hanging, palms forward):
 * - leg: hip flexion (thigh forwards), knee flexion, ankle plantar flexion (toes pointed), hip abduction (outwards), hip inward rotation;
 * - arm: shoulder flexion (arm forwards and up), elbow flexion, wrist (hand turned forwards), shoulder abduction, shoulder inward rotation.
 * Negative abduction crosses the limb over the body's midline.
 */
export type Limb = readonly [flexion: number, bend: number, end: number, abduction?: number, rotation?: number];

/** Names of the joints, usable as floor contacts. */
export type Joint =
  | 'pelvis'
  | 'sacrum'
  | 'waist'
  | 'ribs'
  | 'chest'
  | 'head'
  | `${'left' | 'right'}${'Hip' | 'Knee' | 'Ankle' | 'Heel' | 'Toe' | 'Shoulder' | 'Elbow' | 'Wrist' | 'Hand'}`;

/** Names of the arms and legs. */
export type LimbName = `${'left' | 'right'}${'Leg' | 'Arm'}`;

/**
 * One position of the figure: joint angles plus the parts that rest on the floor.
 * The figure is set down so that its lowest part touches the floor; `floor`
 * names the joints the position means to rest there (the tests hold every pose to it).
 */
export interface Pose {
  /** Pelvis orientation: pitch (0 upright, 90 face down, -90 on the back), roll towards the right side, heading about the vertical. */
  readonly pelvis: readonly [pitch: number, roll?: number, heading?: number];
  /** Top of the pelvis to waist. */
  readonly lowerBack?: Bend;
  /** Waist to shoulders, shared out evenly between its two pieces (waist to ribs, ribs to shoulders), so that it bends as a curve. */
  readonly upperBack?: Bend;
  /** Shoulders to head. */
  readonly neck?: Bend;
  readonly leftLeg: Limb;
  readonly rightLeg: Limb;
  readonly leftArm: Limb;
  readonly rightArm: Limb;
  /** Joints that rest on the floor in this position. */
  readonly floor: readonly Joint[];
  /**
   * Limbs drawn over everything else, in this order: a leg that crosses over the body and the
   * other leg, which the depth of its strokes alone would put under the trunk.
   */
  readonly inFront?: readonly LimbName[];
}

/**
 * Where the viewer stands, in degrees: azimuth around the vertical (0 is a side view), elevation
 * above the floor (90 looks straight down); and, for a view in perspective, the viewer's distance
 * from the pelvis in cm (without it, a plan view: near and far parts are drawn the same size).
 */
export type Camera = readonly [azimuth: number, elevation: number, distance?: number];

/**
 * One piece of the figure: an arm or leg (a chain of two strokes and its hand or foot),
 * the torso outline, or the head (its centre and its nose, each a disc).
 */
export interface Part {
  readonly kind: 'limb' | 'torso' | 'head';
  /** For a limb: which one. */
  readonly name?: LimbName;
  readonly points: readonly Point[];
  /**
   * Stroke width of each segment between two points of a limb, one width for the torso,
   * the diameter of each disc of the head.
   */
  readonly widths: readonly number[];
  /** For a limb: its hand or foot, one stroke from the first point to the second. */
  readonly end?: readonly [from: Point, to: Point, width: number];
  /** For a limb: the joint where it leaves the trunk, the trunk point beside it and the distance between them. */
  readonly root?: readonly [joint: Point, trunk: Point, offset: number];
}

/** A solved pose: joint positions (resting on the floor at y = 0) and the strokes to draw. */
export interface Body {
  readonly joints: Readonly<Record<Joint, Point>>;
  readonly parts: readonly Part[];
  /** Half the stroke width at each joint, to tell how far it is from the floor. */
  readonly radius: Readonly<Partial<Record<Joint, number>>>;
  /** Limbs drawn over everything else (see {@link Pose.inFront}). */
  readonly inFront: readonly LimbName[];
}

// Proportions of the one figure every drawing shares (cm). Widths are stroke widths.
const LENGTH = { pelvis: 9, lowerBack: 13, upperBack: 28, neck: 20, upperArm: 29, forearm: 25, hand: 8, thigh: 43, shin: 42 };
const WIDTH = { torso: 20, upperArm: 8.5, forearm: 6.5, hand: 8, thigh: 11, shin: 9, foot: 7 };
const HEAD_RADIUS = 11.5;
// The foot, in the frame of the shin turned by the ankle: heel behind the ankle, toes in front, both on the sole.
const HEEL: Point = [-4, -2.5, 0];
const TOE: Point = [14, -2.5, 0];
// The face, in the neck's frame from the head's centre: a nose at the front (a disc: centre, radius).
const NOSE: readonly [Point, number] = [[11, -0.5, 0], 3.5];
const HALF_WIDTH = { hips: 7, sacrum: 6, waist: 4, ribs: 6.5, shoulders: 9.5, shoulderJoint: 14 };

type Matrix = readonly number[];
const RADIANS = Math.PI / 180;

/** Rotation about axis 0 (x), 1 (y) or 2 (z), right-handed. */
function rotation(axis: 0 | 1 | 2, degrees: number): Matrix {
  const c = Math.cos(degrees * RADIANS);
  const s = Math.sin(degrees * RADIANS);
  if (axis === 0) return [1, 0, 0, 0, c, -s, 0, s, c];
  if (axis === 1) return [c, 0, s, 0, 1, 0, -s, 0, c];
  return [c, -s, 0, s, c, 0, 0, 0, 1];
}

function multiply(...matrices: Matrix[]): Matrix {
  return matrices.reduce((a, b) =>
    Array.from({ length: 9 }, (_, k) => {
      const row = k - (k % 3);
      const column = k % 3;
      return a[row] * b[column] + a[row + 1] * b[column + 3] + a[row + 2] * b[column + 6];
    }),
  );
}

/** `origin` plus the body-frame vector `v` turned by `frame`. */
function offset(origin: Point, frame: Matrix, v: Point): Point {
  return [0, 1, 2].map((row) => origin[row] + frame[row * 3] * v[0] + frame[row * 3 + 1] * v[1] + frame[row * 3 + 2] * v[2]) as Point;
}

// Body frame: x to the front, y towards the head, z to the right side.
const bend = ([flexion, sideBend = 0, twist = 0]: Bend = [0]): Matrix =>
  multiply(rotation(2, -flexion), rotation(0, sideBend), rotation(1, -twist));

/** Joint positions and strokes of a pose, by forward kinematics from the pelvis, set down on the floor. */
export function solvePose(pose: Pose): Body {
  const [pitch, roll = 0, heading = 0] = pose.pelvis;
  const pelvisFrame = multiply(rotation(1, heading), rotation(2, -pitch), rotation(1, -roll));
  const lowerFrame = multiply(pelvisFrame, bend(pose.lowerBack));
  const [flexion, sideBend = 0, twist = 0] = pose.upperBack ?? [0];
  const half: Bend = [flexion / 2, sideBend / 2, twist / 2];
  const ribsFrame = multiply(lowerFrame, bend(half));
  const upperFrame = multiply(ribsFrame, bend(half));
  const neckFrame = multiply(upperFrame, bend(pose.neck));
  const pelvis: Point = [0, 0, 0];
  // The lower back bends above the pelvis, so a pelvis flat on the floor stays flat.
  const sacrum = offset(pelvis, pelvisFrame, [0, LENGTH.pelvis, 0]);
  const waist = offset(sacrum, lowerFrame, [0, LENGTH.lowerBack, 0]);
  const ribs = offset(waist, ribsFrame, [0, LENGTH.upperBack / 2, 0]);
  const chest = offset(ribs, upperFrame, [0, LENGTH.upperBack / 2, 0]);
  const head = offset(chest, neckFrame, [2, LENGTH.neck, 0]);
  const joints: Partial<Record<Joint, Point>> = { pelvis, sacrum, waist, ribs, chest, head };
  const radius: Partial<Record<Joint, number>> = {
    pelvis: WIDTH.torso / 2,
    sacrum: WIDTH.torso / 2,
    waist: WIDTH.torso / 2,
    ribs: WIDTH.torso / 2,
    chest: WIDTH.torso / 2,
    head: HEAD_RADIUS,
  };
  const parts: Part[] = [
    {
      kind: 'head',
      points: [head, offset(head, neckFrame, NOSE[0])],
      widths: [HEAD_RADIUS * 2, NOSE[1] * 2],
    },
  ];
  const outline: Point[] = [];

  for (const side of ['left', 'right'] as const) {
    const lateral = side === 'left' ? -1 : 1;
    const [hipFlexion, knee, ankle, hipAbduction = 0, hipRotation = 0] = side === 'left' ? pose.leftLeg : pose.rightLeg;
    const [shoulderFlexion, elbow, wrist, shoulderAbduction = 0, shoulderRotation = 0] = side === 'left' ? pose.leftArm : pose.rightArm;
    outline.push(
      offset(chest, upperFrame, [0, 0, lateral * HALF_WIDTH.shoulders]),
      offset(ribs, ribsFrame, [0, 0, lateral * HALF_WIDTH.ribs]),
      offset(waist, lowerFrame, [0, 0, lateral * HALF_WIDTH.waist]),
      offset(sacrum, pelvisFrame, [0, 0, lateral * HALF_WIDTH.sacrum]),
      offset(pelvis, pelvisFrame, [0, 0, lateral * HALF_WIDTH.hips]),
    );

    const thighFrame = multiply(pelvisFrame, rotation(2, hipFlexion), rotation(0, -lateral * hipAbduction), rotation(1, lateral * hipRotation));
    const shinFrame = multiply(thighFrame, rotation(2, -knee));
    const footFrame = multiply(shinFrame, rotation(2, -ankle));
    const hip = offset(pelvis, pelvisFrame, [0, 0, lateral * HALF_WIDTH.hips]);
    const kneeJoint = offset(hip, thighFrame, [0, -LENGTH.thigh, 0]);
    const ankleJoint = offset(kneeJoint, shinFrame, [0, -LENGTH.shin, 0]);
    const heel = offset(ankleJoint, footFrame, HEEL);
    const toe = offset(ankleJoint, footFrame, TOE);

    const upperArmFrame = multiply(
      upperFrame,
      rotation(2, shoulderFlexion),
      rotation(0, -lateral * shoulderAbduction),
      rotation(1, lateral * shoulderRotation),
    );
    const forearmFrame = multiply(upperArmFrame, rotation(2, elbow));
    const handFrame = multiply(forearmFrame, rotation(2, wrist));
    const shoulder = offset(chest, upperFrame, [0, -3, lateral * HALF_WIDTH.shoulderJoint]);
    const elbowJoint = offset(shoulder, upperArmFrame, [0, -LENGTH.upperArm, 0]);
    const wristJoint = offset(elbowJoint, forearmFrame, [0, -LENGTH.forearm, 0]);
    const hand = offset(wristJoint, handFrame, [0, -LENGTH.hand, 0]);

    Object.assign(joints, {
      [`${side}Hip`]: hip,
      [`${side}Knee`]: kneeJoint,
      [`${side}Ankle`]: ankleJoint,
      [`${side}Heel`]: heel,
      [`${side}Toe`]: toe,
      [`${side}Shoulder`]: shoulder,
      [`${side}Elbow`]: elbowJoint,
      [`${side}Wrist`]: wristJoint,
      [`${side}Hand`]: hand,
    });
    Object.assign(radius, {
      [`${side}Hip`]: WIDTH.thigh / 2,
      [`${side}Knee`]: WIDTH.thigh / 2,
      [`${side}Ankle`]: WIDTH.shin / 2,
      [`${side}Heel`]: WIDTH.foot / 2,
      [`${side}Toe`]: WIDTH.foot / 2,
      [`${side}Shoulder`]: WIDTH.upperArm / 2,
      [`${side}Elbow`]: WIDTH.upperArm / 2,
      [`${side}Wrist`]: WIDTH.forearm / 2,
      [`${side}Hand`]: WIDTH.hand / 2,
    });
    parts.push(
      {
        kind: 'limb',
        name: `${side}Leg`,
        points: [hip, kneeJoint, ankleJoint],
        widths: [WIDTH.thigh, WIDTH.shin],
        end: [heel, toe, WIDTH.foot],
        root: [hip, pelvis, HALF_WIDTH.hips],
      },
      {
        kind: 'limb',
        name: `${side}Arm`,
        points: [shoulder, elbowJoint, wristJoint],
        widths: [WIDTH.upperArm, WIDTH.forearm],
        end: [wristJoint, hand, WIDTH.hand],
        root: [shoulder, chest, HALF_WIDTH.shoulderJoint],
      },
    );
  }
  // Left shoulder, ribs, waist, pelvis top, hip, then the right side back up: one closed outline.
  parts.push({ kind: 'torso', points: [...outline.slice(0, 5), ...outline.slice(5).reverse()], widths: [WIDTH.torso] });

  // Set the figure down: its lowest stroke edge on the floor. Points are shared, so joints move too.
  const lowest = Math.min(...parts.flatMap(discs).map(([point, r]) => point[1] - r));
  for (const point of new Set([...Object.values(joints), ...parts.flatMap(discs).map(([point]) => point)])) point[1] -= lowest;
  return { joints: joints as Record<Joint, Point>, parts, radius, inFront: pose.inFront ?? [] };
}

/** The round ends of a part's strokes (and the discs of the head): each point with half the widest stroke there. */
function discs(part: Part): [Point, number][] {
  const { kind, points, widths, end } = part;
  if (kind === 'head') return points.map((point, k) => [point, widths[k] / 2]);
  if (kind === 'torso') return points.map((point) => [point, widths[0] / 2]);
  const chain = points.map((point, k): [Point, number] => [point, Math.max(widths[k - 1] ?? 0, widths[k] ?? 0) / 2]);
  return end ? [...chain, [end[0], end[2] / 2], [end[1], end[2] / 2]] : chain;
}

/** Height of a joint's stroke edge above the floor (0 when it rests on it). */
export function floorGap(body: Body, joint: Joint): number {
  return body.joints[joint][1] - (body.radius[joint] ?? 0);
}

/**
 * Screen x, screen y (down), depth (larger is nearer the viewer) and scale (how much larger than
 * at the pelvis's distance a stroke is drawn there; 1 without perspective) of a world point.
 */
export function project([x, y, z]: Point, [azimuth, elevation, distance]: Camera): [number, number, number, number] {
  const a = azimuth * RADIANS;
  const e = elevation * RADIANS;
  const across = -x * Math.sin(a) + z * Math.cos(a);
  const depth = y * Math.sin(e) + across * Math.cos(e);
  const scale = distance ? distance / (distance - depth) : 1;
  return [(x * Math.cos(a) + z * Math.sin(a)) * scale, -(y * Math.cos(e) - across * Math.sin(e)) * scale, depth, scale];
}

/** Screen box [left, top, right, bottom] of the figure's strokes. */
export function screenBounds(body: Body, camera: Camera): [number, number, number, number] {
  const box: [number, number, number, number] = [Infinity, Infinity, -Infinity, -Infinity];
  for (const [point, radius] of body.parts.flatMap(discs)) {
    const [x, y, , scale] = project(point, camera);
    const r = radius * scale;
    box[0] = Math.min(box[0], x - r);
    box[1] = Math.min(box[1], y - r);
    box[2] = Math.max(box[2], x + r);
    box[3] = Math.max(box[3], y + r);
  }
  return box;
}

const round = (value: number) => Math.round(value * 10) / 10;

const point2d = (point: Point, camera: Camera) => {
  const [x, y] = project(point, camera);
  return `${round(x)} ${round(y)}`;
};

// Each part is drawn over a slightly wider copy of itself in the background colour (`gap`): a
// thin gap that keeps it readable where it crosses the body or another limb. The copies also give
// the outlined figure of a position shown under another (see `.ghost` in the drawings' styles).
const GAP = 3;

/** How much larger strokes are drawn between these points, in perspective. */
const scaleAt = (points: readonly Point[], camera: Camera) => points.reduce((sum, point) => sum + project(point, camera)[3], 0) / points.length;

function drawPart(part: Part, camera: Camera): SVGTemplateResult {
  const { kind, points, widths, end } = part;
  if (kind === 'head') {
    const discs = points.map((point, k) => [project(point, camera), round((widths[k] / 2) * scaleAt([point], camera))] as const);
    return svg`<g>${discs.map(
      ([[cx, cy], r]) => svg`<circle class="gap" cx=${round(cx)} cy=${round(cy)} r=${r} fill="none" stroke="Canvas" stroke-width=${GAP}></circle>`,
    )}${discs.map(([[cx, cy], r]) => svg`<circle class="solid" cx=${round(cx)} cy=${round(cy)} r=${r} fill="currentColor" stroke="none"></circle>`)}</g>`;
  }
  if (kind === 'torso') {
    // A smooth closed curve through the outline's points (Catmull-Rom), so that a back bent at
    // the sacrum and the waist reads as one curve, not as a hinge.
    const flat = points.map((point) => project(point, camera));
    const at = (k: number) => flat[(k + flat.length) % flat.length];
    const control = (k: number, sign: number): string => {
      const [a, b, c] = [at(k - 1), at(k), at(k + 1)];
      return `${round(b[0] + (sign * (c[0] - a[0])) / 6)} ${round(b[1] + (sign * (c[1] - a[1])) / 6)}`;
    };
    const d = `M${point2d(points[0], camera)}${flat.map((_, k) => `C${control(k, 1)} ${control(k + 1, -1)} ${point2d(points[(k + 1) % flat.length], camera)}`).join('')}Z`;
    const width = round(widths[0] * scaleAt(points, camera));
    return svg`<path class="gap" fill="none" stroke="Canvas" stroke-width=${width + GAP} d=${d}></path><path class="solid" fill="currentColor" stroke-width=${width} d=${d}></path>`;
  }
  const segment = (from: Point, to: Point, width: number) =>
    [`M${point2d(from, camera)}L${point2d(to, camera)}`, round(width * scaleAt([from, to], camera))] as const;
  const chain = widths.map((width, k) => segment(points[k], points[k + 1], width));
  const tip = end ? segment(...end) : undefined;
  const gap = ([d, width]: readonly [string, number]) => svg`<path class="gap" stroke="Canvas" stroke-width=${width + GAP} d=${d}></path>`;
  const stroke = ([d, width]: readonly [string, number]) => svg`<path stroke-width=${width} d=${d}></path>`;
  // The hand or foot gets its own gap over the end of the arm or leg, so that it reads as a hand or foot.
  return svg`<g>${chain.map(gap)}${tip ? gap(tip) : nothing}${chain.map(stroke)}${tip ? [gap(tip), stroke(tip)] : nothing}</g>`;
}

/**
 * The order the parts are painted in, as two groups: limbs on the far side of the body (drawn
 * lighter, first, as a side view shows them), then the rest, nearest last, and last of all the
 * limbs the pose puts in front.
 */
export function paintOrder(body: Body, camera: Camera): { far: Part[]; near: Part[] } {
  const mean = (part: Part) => part.points.reduce((sum, point) => sum + project(point, camera)[2], 0) / part.points.length;
  const torso = mean(body.parts.find((part) => part.kind === 'torso')!);
  // The head sits on the neck, on top of the trunk, even where it hangs lower than the shoulders.
  const depth = (part: Part) => (part.kind === 'head' ? Math.max(mean(part), torso + 0.01) : mean(part));
  const rank = (part: Part) => (part.name ? body.inFront.indexOf(part.name) : -1);
  const isFar = (part: Part) => rank(part) < 0 && !!part.root && project(part.root[0], camera)[2] < project(part.root[1], camera)[2] - 0.45 * part.root[2];
  const sorted = [...body.parts].sort((a, b) => rank(a) - rank(b) || depth(a) - depth(b));
  return { far: sorted.filter(isFar), near: sorted.filter((part) => !isFar(part)) };
}

/** The figure, in {@link paintOrder}. */
export function drawFigure(body: Body, camera: Camera): SVGTemplateResult {
  const { far, near } = paintOrder(body, camera);
  return svg`<g class="far" opacity="0.5">${far.map((part) => drawPart(part, camera))}</g>${near.map((part) => drawPart(part, camera))}`;
}
