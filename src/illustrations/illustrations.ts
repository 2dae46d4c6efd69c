import { css, html, nothing, svg, unsafeCSS, type SVGTemplateResult, type TemplateResult } from 'lit';
import type { Level } from '../model/types.js';
import { arrowShape, drawArrow, type ArrowShape } from './arrow.js';
import { describe, hasDescription, type IllustrationSide } from './descriptions.js';
import { drawFigure, project, screenBounds, solvePose, type Body, type Camera, type Joint, type Point } from './figure.js';
import { DRAWINGS, type Movement } from './poses.js';

/** Which position to draw: the starting one, the held one, or both (moving between them, or the start outlined under the held). */
export type IllustrationPosition = 'start' | 'held' | 'both';

export type { IllustrationSide };

/** Options of {@link renderIllustration}. */
export interface IllustrationOptions {
  /** Default `'left'`. */
  side?: IllustrationSide;
  /** Default `'both'`. */
  position?: IllustrationPosition;
  /**
   * With `position: 'both'`, fade slowly between the two positions (default `true`).
   * Without it, or under `prefers-reduced-motion: reduce`, the held position is drawn over an outline of the start.
   */
  animate?: boolean;
  /**
   * With `position: 'both'` and `animate: false`: going into the hold. Once, a short fade from the start
   * to the held position (none under `prefers-reduced-motion: reduce`: the held position shows at once).
   * Render it as a hold begins and drop it once the fade is over; the same drawing then stays still.
   */
  arriving?: boolean;
  /** The level whose steps are drawn, where they differ by level (default `'beginner'`). */
  level?: Level;
}

/** Whether the library has a drawing for this exercise id. */
export function hasIllustration(exerciseId: string): boolean {
  return Object.hasOwn(DRAWINGS, exerciseId) && hasDescription(exerciseId);
}

/** Text alternative of an exercise's drawing (start, then held position), or `null` for an id without a drawing. */
export function illustrationAlt(exerciseId: string, side: IllustrationSide = 'left', level: Level = 'beginner'): string | null {
  if (!hasIllustration(exerciseId)) return null;
  const { start, held } = describe(exerciseId, side, level);
  return `${start} ${held}`;
}

const MAT_THICKNESS = 3;
const MAT_MARGIN = 12;
const VIEW_MARGIN = 4;
// Below this elevation (°) a view is from the side: the mat is a strip and the floor a line.
const SLANT = 20;
const RADIANS = Math.PI / 180;

type Box = [left: number, top: number, right: number, bottom: number];

function union(a: Box, b: Box): Box {
  return [Math.min(a[0], b[0]), Math.min(a[1], b[1]), Math.max(a[2], b[2]), Math.max(a[3], b[3])];
}

/**
 * The mat under both positions, as the faces of its box that the viewer sees: seen from the side,
 * the thin strip of its edge (its top is edge-on); seen at a slant, its top, a flat quadrilateral in
 * perspective under the whole figure (so that a figure seen from the feet end lies on something and
 * never reads as standing), and the edge nearest the viewer; seen from straight above, nothing. All
 * in translucent greys that read on a light or a dark card.
 */
function matFaces(bodies: Body[], camera: Camera): Point[][] {
  // Every joint, and the tips of the hands and feet, so that no hand or foot hangs off the mat.
  const joints = bodies.flatMap((body) => body.parts.flatMap((part) => [...part.points, ...(part.end ?? []).slice(0, 2)])) as Point[];
  const slant = camera[1] >= SLANT && camera[1] < 90;
  // Seen at a slant, also the spot of the mat each joint (and the stroke round it) hides, beyond it: so
  // that the head, well above the mat, is still drawn over it and never stands out past its far edge.
  const [away, beyond] = [camera[0] * RADIANS, Math.tan(camera[1] * RADIANS)];
  const hidden = (p: Point): Point => [p[0] + ((p[1] + MAT_MARGIN) / beyond) * Math.sin(away), 0, p[2] - ((p[1] + MAT_MARGIN) / beyond) * Math.cos(away)];
  const points = slant ? [...joints, ...joints.map(hidden)] : joints;
  const [x0, x1] = [Math.min(...points.map((p) => p[0])) - MAT_MARGIN, Math.max(...points.map((p) => p[0])) + MAT_MARGIN];
  const [z0, z1] = [Math.min(...points.map((p) => p[2])) - MAT_MARGIN, Math.max(...points.map((p) => p[2])) + MAT_MARGIN];
  const corner = (x: number, y: number, z: number): Point => [x, y, z];
  const faces: Point[][] = [];
  if (slant) faces.push([corner(x0, 0, z0), corner(x1, 0, z0), corner(x1, 0, z1), corner(x0, 0, z1)]);
  const edges: [Point, number, number, number, number][] = [
    [[0, 0, 1], x0, z1, x1, z1],
    [[0, 0, -1], x0, z0, x1, z0],
    [[1, 0, 0], x1, z0, x1, z1],
    [[-1, 0, 0], x0, z0, x0, z1],
  ];
  for (const [normal, ax, az, bx, bz] of edges) {
    // Seen at a slant, the one edge that faces the viewer; from the side, also the ends (foreshortened).
    if (project(normal, camera)[2] > (faces.length ? 0.5 : 0.01)) {
      faces.push([corner(ax, 0, az), corner(bx, 0, bz), corner(bx, -MAT_THICKNESS, bz), corner(ax, -MAT_THICKNESS, az)]);
    }
  }
  return faces;
}

/** The mat's faces (the first, its top or its front edge, lighter) and, seen from the side, the floor going on past it. */
function floorOf(bodies: Body[], camera: Camera, width: readonly [left: number, right: number]): SVGTemplateResult[] {
  const floor = matFaces(bodies, camera).map(
    (face, k) =>
      svg`<polygon class=${k ? 'mat-edge' : 'mat'} fill=${k ? '#8889' : '#8883'} stroke="none" points=${polygon(face, camera)}></polygon>`,
  );
  if (camera[1] < SLANT) {
    floor.unshift(svg`<line class="floor" x1=${width[0]} x2=${width[1]} y1=${MAT_THICKNESS} y2=${MAT_THICKNESS} stroke="#888" stroke-width="1.5"></line>`);
  }
  return floor;
}

const polygon = (face: Point[], camera: Camera) =>
  face.map((point) => project(point, camera).slice(0, 2).map((n) => Math.round(n * 10) / 10).join(',')).join(' ');

interface Scene {
  readonly frame: readonly [left: number, top: number, width: number, height: number];
  readonly floor: readonly SVGTemplateResult[];
  /** Both positions (the start also outlined under the held position). */
  readonly figures: { readonly start: SVGTemplateResult; readonly held: SVGTemplateResult };
  readonly arrow: ArrowShape;
  /** Where the words naming the side go, for the left side. */
  readonly sideLabel?: readonly [x: number, y: number];
}

// Room kept around the middle of the words naming the side (drawing units; the longest translation is about 17 letters).
const LABEL_ROOM = [46, 9] as const;

/** The movements a drawing shows: its own, then those of levels drawn differently. */
function movementsOf(exerciseId: string): Movement[] {
  const drawing = DRAWINGS[exerciseId];
  return [drawing, ...Object.values(drawing.levels ?? {})];
}

function arrowOf({ arrow }: Movement, bodies: Body[], camera: Camera): ArrowShape {
  const [from, to] = bodies.map((body) => {
    const middle = [0, 1, 2].map((axis) => arrow.joints.reduce((sum, joint: Joint) => sum + body.joints[joint][axis], 0) / arrow.joints.length);
    return project(middle.map((value, axis) => value + arrow.beside[axis]) as Point, camera);
  });
  // Stretched about its middle to its least length, if it has one.
  const stretch = Math.max(1, (arrow.length ?? 0) / (Math.hypot(to[0] - from[0], to[1] - from[1]) || 1));
  const end = (a: number[], b: number[]): [number, number] => [0, 1].map((axis) => (a[axis] + b[axis]) / 2 + ((b[axis] - a[axis]) / 2) * stretch) as [number, number];
  return arrowShape(end(to, from), end(from, to), arrow.bend, 2);
}

// The geometry of a drawing does not change: work it out once per exercise and level drawn.
const scenes = new Map<string, Scene[]>();

/** The scenes of an exercise, one per movement (see movementsOf), all in one frame so that a level never changes the drawing's size. */
function scenesOf(exerciseId: string): Scene[] {
  const known = scenes.get(exerciseId);
  if (known) return known;
  const { camera, sideLabel, closeUp } = DRAWINGS[exerciseId];
  const movements = movementsOf(exerciseId);
  const bodies = movements.map(({ start, held }) => [solvePose(start), solvePose(held)]);
  const arrows = movements.map((movement, k) => arrowOf(movement, bodies[k], camera));
  const labels = arrows.map(({ middle }) => (sideLabel ? ([middle[0] + sideLabel[0], middle[1] + sideLabel[1]] as const) : undefined));
  const faces = matFaces(bodies.flat(), camera);
  let box = bodies.flat().reduce<Box>((sum, body) => union(sum, screenBounds(body, camera)), [Infinity, Infinity, -Infinity, -Infinity]);
  if (!closeUp) for (const [x, y] of faces.flat().map((point) => project(point, camera))) box = union(box, [x, y, x, y]);
  for (const [x, y] of arrows.flatMap(({ outline }) => outline)) box = union(box, [x, y, x, y]);
  for (const label of labels) {
    // Both sides' labels: the right side's is the mirror image of the left's place.
    if (label) box = union(box, [label[0] - LABEL_ROOM[0], label[1] - LABEL_ROOM[1], label[0] + LABEL_ROOM[0], label[1] + LABEL_ROOM[1] / 2]);
  }
  // Whole units, so that the mirror image fits the frame exactly.
  const [left, top] = [Math.floor(box[0] - VIEW_MARGIN), Math.floor(box[1] - VIEW_MARGIN)];
  const [width, height] = [Math.ceil(box[2] + VIEW_MARGIN - left), Math.ceil(box[3] + VIEW_MARGIN - top)];
  const floor = floorOf(bodies.flat(), camera, [left, left + width]);
  const made = bodies.map(([start, held], k) => ({
    frame: [left, top, width, height] as const,
    floor,
    figures: { start: drawFigure(start, camera), held: drawFigure(held, camera) },
    arrow: arrows[k],
    sideLabel: labels[k],
  }));
  scenes.set(exerciseId, made);
  return made;
}

/** The scene of an exercise at a level: the level's own movement if it has one, else the drawing's. */
function sceneOf(exerciseId: string, level: Level): Scene {
  const levels = Object.keys(DRAWINGS[exerciseId].levels ?? {});
  return scenesOf(exerciseId)[levels.indexOf(level) + 1];
}

/**
 * The drawing of a catalog exercise as an `<svg role="img">` with a text alternative,
 * or `null` for an id without a drawing. Style it with {@link illustrationStyles}.
 *
 * The held position carries an arrow for the movement; for an exercise done on each side, the
 * picture names the side in words (hidden where the drawing is smaller than 160 px, as in a list's thumbnail).
 */
export function renderIllustration(exerciseId: string, options: IllustrationOptions = {}): TemplateResult | null {
  if (!hasIllustration(exerciseId)) return null;
  const { side = 'left', position = 'both', animate = true, arriving = false, level = 'beginner' } = options;
  const { frame, floor, figures, arrow, sideLabel } = sceneOf(exerciseId, level);
  const [left, top, width, height] = frame;
  const description = describe(exerciseId, side, level);
  const label = position === 'both' ? `${description.start} ${description.held}` : description[position];
  const moving = animate && position === 'both';
  const entering = arriving && position === 'both' && !moving;
  const group = (which: 'start' | 'held', look: string, content: unknown) =>
    svg`<g class="pose ${which}${look}" fill="none" stroke="currentColor" stroke-linecap="round" stroke-linejoin="round">${content}</g>`;
  const held = group('held', '', [figures.held, drawArrow(arrow)]);
  const start = (look: string) => group('start', look, figures.start);
  let scene: unknown[];
  if (position === 'start') scene = [floor, start('')];
  else if (position === 'held') scene = [floor, held];
  else if (moving) scene = [floor, start(''), held];
  else scene = [floor, start(' ghost'), entering ? start(' leaving') : nothing, held];
  const words =
    position !== 'start' && sideLabel && description.sideLabel
      ? svg`<text class="side-label" x=${side === 'right' ? 2 * left + width - sideLabel[0] : sideLabel[0]} y=${sideLabel[1]} text-anchor="middle" paint-order="stroke" fill="currentColor" stroke="Canvas" stroke-width="4" stroke-linejoin="round">${description.sideLabel}</text>`
      : nothing;

  return html`<svg
    class="back-exercise-drawing${moving ? ' moving' : ''}${entering ? ' arriving' : ''}"
    data-drawing=${exerciseId}
    viewBox="${left} ${top} ${width} ${height}"
    role="img"
    aria-label=${label}
  >
    <g class="scene" transform=${side === 'right' ? `matrix(-1 0 0 1 ${2 * left + width} 0)` : nothing}>
      ${scene}
    </g>
    ${words}
  </svg>`;
}

// A size container has no proportions of its own: each drawing gets those of its frame.
const proportions = unsafeCSS(
  Object.keys(DRAWINGS)
    .map((id) => {
      const [, , width, height] = scenesOf(id)[0].frame;
      return `.back-exercise-drawing[data-drawing='${id}']{aspect-ratio:${width}/${height}}`;
    })
    .join(''),
);

/**
 * Styles of the drawings, for the shadow root (or document) that shows them.
 *
 * Custom properties: `--back-exercise-figure-color` (default `currentColor`),
 * `--back-exercise-drawing-accent` (the arrow and the words naming the side; default the element's accent),
 * `--back-exercise-mat-color` and `--back-exercise-floor-color` (muted greys that read on light and dark),
 * `--back-exercise-drawing-background` (default `Canvas`): the colour of the thin gaps that keep a limb
 * readable where it crosses the body, and of the inside of the outlined start; set it to the background behind the drawing.
 */
export const illustrationStyles = css`
  .back-exercise-drawing {
    display: block;
    width: 100%;
    height: auto;
    /* The words on the picture show only where the picture is big enough to read them. */
    container-type: inline-size;
  }
  ${proportions}
  .back-exercise-drawing .pose {
    stroke: var(--back-exercise-figure-color, currentColor);
  }
  .back-exercise-drawing .solid {
    fill: var(--back-exercise-figure-color, currentColor);
  }
  .back-exercise-drawing .gap {
    stroke: var(--back-exercise-drawing-background, Canvas);
  }
  .back-exercise-drawing .arrow,
  .back-exercise-drawing .side-label {
    color: var(--back-exercise-drawing-accent, var(--_accent, #1f5f8b));
  }
  .back-exercise-drawing .side-label {
    stroke: var(--back-exercise-drawing-background, Canvas);
    font: 600 10px system-ui, sans-serif;
  }
  @container (max-width: 159px) {
    .back-exercise-drawing .side-label {
      display: none;
    }
  }
  /* The start under the held position: an outline, never a grey figure (grey is the far side of the body). */
  .back-exercise-drawing .ghost {
    opacity: 0.4;
  }
  .back-exercise-drawing .ghost .gap {
    stroke: var(--back-exercise-figure-color, currentColor);
  }
  .back-exercise-drawing .ghost path:not(.gap),
  .back-exercise-drawing .ghost .solid {
    stroke: var(--back-exercise-drawing-background, Canvas);
    fill: var(--back-exercise-drawing-background, Canvas);
  }
  .back-exercise-drawing .mat {
    fill: var(--back-exercise-mat-color, #8883);
  }
  .back-exercise-drawing .mat-edge {
    fill: var(--back-exercise-floor-color, #8889);
  }
  .back-exercise-drawing .floor {
    stroke: var(--back-exercise-floor-color, #8889);
  }
  /* A slow fade between the positions: opacity only, so the compositor can run it. */
  .moving .start {
    animation: back-exercise-drawing-start 6s ease-in-out infinite;
  }
  .moving .held {
    animation: back-exercise-drawing-held 6s ease-in-out infinite;
  }
  @keyframes back-exercise-drawing-start {
    0%, 20%, 100% { opacity: 1; }
    45%, 80% { opacity: 0; }
  }
  @keyframes back-exercise-drawing-held {
    0%, 20%, 100% { opacity: 0; }
    45%, 80% { opacity: 1; }
  }
  /* Going into a hold, once: the start fades into its outline as the held position appears. Opacity only. */
  .arriving .leaving {
    opacity: 0;
    animation: back-exercise-drawing-leave 0.8s ease-in-out;
  }
  .arriving .held {
    animation: back-exercise-drawing-arrive 0.8s ease-in-out;
  }
  @keyframes back-exercise-drawing-leave {
    from { opacity: 1; }
    to { opacity: 0; }
  }
  @keyframes back-exercise-drawing-arrive {
    from { opacity: 0; }
    to { opacity: 1; }
  }
  /* Still, and on paper: the held position over the outlined start. */
  @media (prefers-reduced-motion: reduce), print {
    .moving .pose,
    .arriving .pose {
      animation: none;
    }
    .moving .start {
      opacity: 0.4;
    }
    .moving .start .gap {
      stroke: var(--back-exercise-figure-color, currentColor);
    }
    .moving .start path:not(.gap),
    .moving .start .solid {
      stroke: var(--back-exercise-drawing-background, Canvas);
      fill: var(--back-exercise-drawing-background, Canvas);
    }
  }
  @media (forced-colors: active) {
    .back-exercise-drawing .pose {
      stroke: CanvasText;
    }
    .back-exercise-drawing .solid {
      fill: CanvasText;
    }
    .back-exercise-drawing .far {
      stroke: GrayText;
      opacity: 1;
    }
    .back-exercise-drawing .gap {
      stroke: Canvas;
    }
    .back-exercise-drawing .ghost .gap,
    .moving .start .gap {
      stroke: GrayText;
    }
    .back-exercise-drawing .ghost path:not(.gap),
    .back-exercise-drawing .ghost .solid {
      stroke: Canvas;
      fill: Canvas;
    }
    .back-exercise-drawing .mat {
      fill: none;
    }
    .back-exercise-drawing .mat-edge {
      fill: GrayText;
    }
    .back-exercise-drawing .floor {
      stroke: GrayText;
    }
  }
`;
