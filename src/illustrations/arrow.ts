import { svg, type SVGTemplateResult } from 'lit';

/** A point on the drawing, in its units (x to the right, y down). */
export type ScreenPoint = readonly [x: number, y: number];

const HEAD_LENGTH = 8;
const HEAD_WIDTH = 8;
const round = (value: number) => Math.round(value * 10) / 10;

/** The path of a curved arrow and its head, worked out once per drawing. */
export interface ArrowShape {
  /** The curve, without its head. */
  readonly d: string;
  /** The head: a triangle whose tip is the arrow's end. */
  readonly head: string;
  /** The middle of the curve, where a label can go beside it. */
  readonly middle: ScreenPoint;
  /** Points along the curve and the head, for the frame to hold. */
  readonly outline: readonly ScreenPoint[];
}

/**
 * A curved arrow from `from` to `to`: a quadratic curve bulging `bend` times its length to the
 * left of its direction (negative: to the right), both ends pulled in by `trim` so that it
 * stays clear of the parts it points between.
 */
export function arrowShape(from: ScreenPoint, to: ScreenPoint, bend: number, trim: number): ArrowShape {
  const length = Math.hypot(to[0] - from[0], to[1] - from[1]);
  const [ux, uy] = [(to[0] - from[0]) / length, (to[1] - from[1]) / length];
  // The left of the direction of travel, on a screen whose y goes down.
  const control: ScreenPoint = [(from[0] + to[0]) / 2 + uy * bend * length, (from[1] + to[1]) / 2 - ux * bend * length];
  const towards = (a: ScreenPoint, b: ScreenPoint, distance: number): ScreenPoint => {
    const d = Math.hypot(b[0] - a[0], b[1] - a[1]) || 1;
    return [a[0] + ((b[0] - a[0]) * distance) / d, a[1] + ((b[1] - a[1]) * distance) / d];
  };
  const start = towards(from, control, trim);
  const tip = towards(to, control, trim);
  // The curve stops at the head's base; the head points along the curve's last tangent.
  const base = towards(tip, control, HEAD_LENGTH);
  const [bx, by] = [(tip[0] - base[0]) / HEAD_LENGTH, (tip[1] - base[1]) / HEAD_LENGTH];
  const wing = (side: number): ScreenPoint => [base[0] - (by * side * HEAD_WIDTH) / 2, base[1] + (bx * side * HEAD_WIDTH) / 2];
  const along = (t: number): ScreenPoint => [
    (1 - t) ** 2 * start[0] + 2 * t * (1 - t) * control[0] + t ** 2 * tip[0],
    (1 - t) ** 2 * start[1] + 2 * t * (1 - t) * control[1] + t ** 2 * tip[1],
  ];
  const text = (points: ScreenPoint[]) => points.map(([x, y]) => `${round(x)} ${round(y)}`);
  const [s, c, b] = text([start, control, base]);
  return {
    d: `M${s}Q${c} ${b}`,
    head: text([tip, wing(1), wing(-1)]).join(' '),
    middle: along(0.5),
    outline: [0, 0.25, 0.5, 0.75, 1].map(along).concat([wing(1), wing(-1)]),
  };
}

/** The arrow, in the drawing's accent colour (`.arrow` in the drawings' styles). */
export function drawArrow({ d, head }: ArrowShape): SVGTemplateResult {
  return svg`<g class="arrow" fill="none" stroke="currentColor" stroke-linecap="round" stroke-linejoin="round"><path class="gap" stroke="Canvas" stroke-width="6" d=${d}></path><path stroke-width="3" d=${d}></path><polygon class="arrow-head" fill="currentColor" stroke-width="1.5" points=${head}></polygon></g>`;
}
