import { css, html, nothing, svg, type SVGTemplateResult, type TemplateResult } from 'lit';
import { msg } from '../i18n/localize.js';
import { drawFigure, project, screenBounds, solvePose, type Body, type Camera, type Point } from './figure.js';
import { DRAWINGS } from './poses.js';

/** Which side the drawing shows: the catalog's steps are drawn for the left; the right is their mirror image. */
export type IllustrationSide = 'left' | 'right';

/** Which position to draw: the starting one, the held one, or both (moving between them, or the start faint under the held). */
export type IllustrationPosition = 'start' | 'held' | 'both';

/** Options of {@link renderIllustration}. */
export interface IllustrationOptions {
  /** Default `'left'`. */
  side?: IllustrationSide;
  /** Default `'both'`. */
  position?: IllustrationPosition;
  /**
   * With `position: 'both'`, fade slowly between the two positions (default `true`).
   * Without it, or under `prefers-reduced-motion: reduce`, the held position is drawn over a faint start.
   */
  animate?: boolean;
}

interface Description {
  start: string;
  held: string;
}

// Functions, so that the text follows the locale at the time of drawing.
const DESCRIPTIONS: Record<string, (side: IllustrationSide) => Description> = {
  'knee-to-chest': (side) => ({
    start: msg('Starting position: lying flat on the back, legs straight, arms by the sides.'),
    held:
      side === 'left'
        ? msg('Held position: the left knee bent and pulled gently towards the chest with both hands, the right leg flat on the floor.')
        : msg('Held position: the right knee bent and pulled gently towards the chest with both hands, the left leg flat on the floor.'),
  }),
  'lower-back-twist': (side) => ({
    start: msg('Starting position: lying flat on the back, legs straight, arms out to the sides on the floor.'),
    held:
      side === 'left'
        ? msg('Held position: the left knee bent and crossed over the body to the right, hips and lower back twisted, both shoulders flat on the floor.')
        : msg('Held position: the right knee bent and crossed over the body to the left, hips and lower back twisted, both shoulders flat on the floor.'),
  }),
  'side-trunk-stretch': (side) => ({
    start: msg('Starting position: kneeling with the tops of the feet flat on the floor, arms and body stretched forward, hands on the floor.'),
    held:
      side === 'left'
        ? msg('Held position: hands and upper body walked to the left, hips and knees staying in place, stretching the right side of the trunk.')
        : msg('Held position: hands and upper body walked to the right, hips and knees staying in place, stretching the left side of the trunk.'),
  }),
  'half-crunch': () => ({
    start: msg('Starting position: lying on the back, knees bent, feet flat on the floor, hands behind the head.'),
    held: msg('Held position: shoulders lifted just off the floor by tightening the stomach, lower back still on the floor.'),
  }),
  'push-up-back-extension': () => ({
    start: msg('Starting position: lying on the stomach, legs together, hands flat on the floor at shoulder level.'),
    held: msg('Held position: upper body pushed up on the arms, back arched, hips and legs still on the floor.'),
  }),
  'assisted-back-extension': () => ({
    start: msg('Starting position: lying on the stomach, arms at the sides, legs together.'),
    held: msg('Held position: chest lifted off the floor, arms at the sides, hips and legs pressed into the floor.'),
  }),
};

/** Whether the library has a drawing for this exercise id. */
export function hasIllustration(exerciseId: string): boolean {
  return Object.hasOwn(DRAWINGS, exerciseId);
}

/** Text alternative of an exercise's drawing (start, then held position), or `null` for an id without a drawing. */
export function illustrationAlt(exerciseId: string, side: IllustrationSide = 'left'): string | null {
  if (!hasIllustration(exerciseId)) return null;
  const { start, held } = DESCRIPTIONS[exerciseId](side);
  return `${start} ${held}`;
}

const MAT_THICKNESS = 3;
const MAT_MARGIN = 12;
const VIEW_MARGIN = 4;

type Box = [left: number, top: number, right: number, bottom: number];

function union(a: Box, b: Box): Box {
  return [Math.min(a[0], b[0]), Math.min(a[1], b[1]), Math.max(a[2], b[2]), Math.max(a[3], b[3])];
}

/** The mat under both positions, as the box faces the camera sees: its top and the edges towards the viewer. */
function matFaces(bodies: Body[], camera: Camera): Point[][] {
  const points = bodies.flatMap((body) => body.parts.flatMap((part) => part.points));
  const [x0, x1] = [Math.min(...points.map((p) => p[0])) - MAT_MARGIN, Math.max(...points.map((p) => p[0])) + MAT_MARGIN];
  const [z0, z1] = [Math.min(...points.map((p) => p[2])) - MAT_MARGIN, Math.max(...points.map((p) => p[2])) + MAT_MARGIN];
  const corner = (x: number, y: number, z: number): Point => [x, y, z];
  const faces: Point[][] = [];
  if (camera[1] > 0) faces.push([corner(x0, 0, z0), corner(x1, 0, z0), corner(x1, 0, z1), corner(x0, 0, z1)]);
  const edges: [Point, number, number, number, number][] = [
    [[0, 0, 1], x0, z1, x1, z1],
    [[0, 0, -1], x0, z0, x1, z0],
    [[1, 0, 0], x1, z0, x1, z1],
    [[-1, 0, 0], x0, z0, x0, z1],
  ];
  for (const [normal, ax, az, bx, bz] of edges) {
    if (project(normal, camera)[2] > 0.01) {
      faces.push([corner(ax, 0, az), corner(bx, 0, bz), corner(bx, -MAT_THICKNESS, bz), corner(ax, -MAT_THICKNESS, az)]);
    }
  }
  return faces;
}

const polygon = (face: Point[], camera: Camera) =>
  face.map((point) => project(point, camera).slice(0, 2).map((n) => Math.round(n * 10) / 10).join(',')).join(' ');

interface Scene {
  readonly frame: readonly [left: number, top: number, width: number, height: number];
  readonly floor: readonly SVGTemplateResult[];
  readonly figures: { readonly start: SVGTemplateResult; readonly held: SVGTemplateResult };
}

// The geometry of a drawing does not change: work it out once per exercise.
const scenes = new Map<string, Scene>();

function sceneOf(exerciseId: string): Scene {
  let scene = scenes.get(exerciseId);
  if (scene) return scene;
  const { camera, start, held } = DRAWINGS[exerciseId];
  const bodies = [solvePose(start), solvePose(held)];
  const faces = matFaces(bodies, camera);
  let box = union(screenBounds(bodies[0], camera), screenBounds(bodies[1], camera));
  for (const face of faces) {
    for (const point of face) {
      const [x, y] = project(point, camera);
      box = union(box, [x, y, x, y]);
    }
  }
  // Whole units, so that the mirror image fits the frame exactly.
  const [left, top] = [Math.floor(box[0] - VIEW_MARGIN), Math.floor(box[1] - VIEW_MARGIN)];
  const [width, height] = [Math.ceil(box[2] + VIEW_MARGIN - left), Math.ceil(box[3] + VIEW_MARGIN - top)];
  const floor = faces.map(
    (face, k) => svg`<polygon class=${k ? 'mat-edge' : 'mat'} fill=${k ? '#8889' : '#8883'} points=${polygon(face, camera)}></polygon>`,
  );
  // Seen from the side, the floor goes on past the mat.
  if (camera[1] < 20) {
    floor.unshift(svg`<line class="floor" x1=${left} x2=${left + width} y1=${MAT_THICKNESS} y2=${MAT_THICKNESS} stroke="#888" stroke-width="1.5"></line>`);
  }
  scene = {
    frame: [left, top, width, height],
    floor,
    figures: { start: drawFigure(bodies[0], camera), held: drawFigure(bodies[1], camera) },
  };
  scenes.set(exerciseId, scene);
  return scene;
}

/**
 * The drawing of a catalog exercise as an `<svg role="img">` with a text alternative,
 * or `null` for an id without a drawing. Style it with {@link illustrationStyles}.
 */
export function renderIllustration(exerciseId: string, options: IllustrationOptions = {}): TemplateResult | null {
  if (!hasIllustration(exerciseId)) return null;
  const { side = 'left', position = 'both', animate = true } = options;
  const { frame, floor, figures } = sceneOf(exerciseId);
  const [left, top, width, height] = frame;
  const description = DESCRIPTIONS[exerciseId](side);
  const label = position === 'both' ? `${description.start} ${description.held}` : description[position];
  const figure = (which: 'start' | 'held') =>
    svg`<g class="pose ${which}" opacity=${position === 'both' && which === 'start' ? 0.3 : 1} fill="none" stroke="currentColor" stroke-linecap="round" stroke-linejoin="round">${figures[which]}</g>`;

  return html`<svg
    class="back-exercise-drawing${animate && position === 'both' ? ' moving' : ''}"
    viewBox="${left} ${top} ${width} ${height}"
    role="img"
    aria-label=${label}
  >
    <g class="scene" transform=${side === 'right' ? `matrix(-1 0 0 1 ${2 * left + width} 0)` : nothing}>
      ${floor} ${position !== 'held' ? figure('start') : nothing} ${position !== 'start' ? figure('held') : nothing}
    </g>
  </svg>`;
}

/**
 * Styles of the drawings, for the shadow root (or document) that shows them.
 *
 * Custom properties: `--back-exercise-figure-color` (default `currentColor`),
 * `--back-exercise-mat-color` and `--back-exercise-floor-color` (muted greys that read on light and dark),
 * `--back-exercise-drawing-background` (default `Canvas`): the colour of the thin gaps that keep a limb
 * readable where it crosses the body; set it to the background behind the drawing.
 */
export const illustrationStyles = css`
  .back-exercise-drawing {
    display: block;
    width: 100%;
    height: auto;
  }
  .back-exercise-drawing .pose {
    stroke: var(--back-exercise-figure-color, currentColor);
  }
  .back-exercise-drawing .solid {
    fill: var(--back-exercise-figure-color, currentColor);
  }
  .back-exercise-drawing .gap {
    stroke: var(--back-exercise-drawing-background, Canvas);
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
    45%, 80% { opacity: 0.3; }
  }
  @keyframes back-exercise-drawing-held {
    0%, 20%, 100% { opacity: 0; }
    45%, 80% { opacity: 1; }
  }
  @media (prefers-reduced-motion: reduce) {
    .moving .pose {
      animation: none;
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
