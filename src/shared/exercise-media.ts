import { html, nothing, type TemplateResult } from 'lit';
import { getExercise } from '../model/catalog.js';
import type { Segment, Side } from '../model/plan.js';
import type { Exercise, Level } from '../model/types.js';
import type { SessionStatus } from '../timing/session.js';

/** The drawings module, loaded only by a page that shows a drawing (a timer alone never asks for it). */
export type IllustrationModule = typeof import('../illustrations/illustrations.js');

let illustrations: Promise<IllustrationModule | null> | undefined;

/** Loads the drawings once per page; resolves `null` if the chunk cannot be loaded (the page shows no drawing). */
export function loadIllustrations(): Promise<IllustrationModule | null> {
  illustrations ??= import('../illustrations/illustrations.js').catch(() => null);
  return illustrations;
}

/**
 * Adds the drawings' styles to the shadow root that shows them, once, as a constructed
 * stylesheet (allowed under a strict Content-Security-Policy, unlike a `<style>` element).
 */
export function adoptDrawingStyles(root: Node, drawings: IllustrationModule): void {
  const sheet = drawings.illustrationStyles.styleSheet;
  if (!(root instanceof ShadowRoot) || !sheet || root.adoptedStyleSheets.includes(sheet)) return;
  root.adoptedStyleSheets = [...root.adoptedStyleSheets, sheet];
}

/**
 * Fetches the drawings chunk, adds its styles to the element's render root (read once the chunk
 * has arrived) and hands `use` the module, or `null` if it could not be loaded.
 */
export function loadDrawingsFor(host: { readonly renderRoot: Node }, use: (drawings: IllustrationModule | null) => void): void {
  void loadIllustrations().then((drawings) => {
    if (drawings) adoptDrawingStyles(host.renderRoot, drawings);
    use(drawings);
  });
}

/**
 * Whether the built-in drawing fits `exercise`: only a catalog exercise whose steps are the
 * catalog's own (its dose may differ), never an author's exercise that happens to share a name.
 */
export function drawingFits(exercise: Exercise): boolean {
  const catalog = getExercise(exercise.id);
  return !!catalog && catalog.steps.length === exercise.steps.length && catalog.steps.every((step, i) => step === exercise.steps[i]);
}

/**
 * The width and height of each built-in drawing's frame (its `viewBox`), known before the
 * drawings chunk arrives, so that the box a drawing will fill is kept from the first paint
 * and nothing below it moves when it comes. test/illustrations keeps it equal to the drawings.
 */
export const DRAWING_FRAMES: Readonly<Record<string, readonly [number, number]>> = {
  'knee-to-chest': [206, 74],
  'lower-back-twist': [251, 166],
  'side-trunk-stretch': [178, 115],
  'half-crunch': [180, 61],
  'push-up-back-extension': [211, 84],
  'assisted-back-extension': [213, 67],
};

/**
 * What a drawing shows at a moment of a session: `loop`, moving gently between the two positions
 * (only where nothing is timed: a card before its timer starts, or once it is done); `start`, the
 * start position, still (getting ready, resting, switching sides); `arriving`, going into the hold
 * (once, a short fade from the start to the held position, in the first {@link ARRIVAL_MS} of a hold);
 * `held`, the held position, still, over an outline of the start (the rest of the hold).
 */
export type DrawingMoment = 'loop' | 'start' | 'arriving' | 'held';

/** How long the move into a hold may take; the fade itself (illustrations.ts) is a little shorter. */
export const ARRIVAL_MS = 1000;

/**
 * The moment of a session at `segmentElapsed` ms into `segment`, with the session's `status`
 * (`null` segment: nothing to time). A pause keeps the picture where it was.
 */
export function drawingMoment(segment: Segment | null, status: SessionStatus, segmentElapsed: number): DrawingMoment {
  if (!segment || status === 'idle' || status === 'done') return 'loop';
  if (segment.kind !== 'hold') return 'start';
  return segmentElapsed < ARRIVAL_MS ? 'arriving' : 'held';
}

/** How a picture is shown. */
export interface MediaOptions {
  /** The side worked now: the drawing is mirrored for the right side. */
  side?: Side | null;
  /** `both` shows the two positions (see `moment`); `held` is still (thumbnails, print); `start` the start alone (print). */
  position?: 'both' | 'held' | 'start';
  /** With `position: 'both'`: the moment of a session (default `loop`). */
  moment?: DrawingMoment;
  /** The level whose steps are drawn where they differ by level (the assisted back extension's hands); default `beginner`. */
  level?: Level;
}

/**
 * The picture of an exercise: the author's own (`media` in its data), else the built-in drawing
 * when the drawing fits: drawn once the drawings module is loaded, and until then an empty
 * picture of the drawing's size (`drawings` is `undefined` while the module is on its way,
 * `null` for no drawings), else nothing.
 */
export function renderExerciseMedia(
  exercise: Exercise,
  drawings: IllustrationModule | null | undefined,
  options: MediaOptions = {},
): TemplateResult | typeof nothing {
  const media = exercise.media;
  if (media && 'image' in media) return html`<img class="media-image" src=${media.image} alt=${media.alt} loading="lazy" />`;
  if (media && 'video' in media) {
    // The caption names the figure; no id, so that two videos on one player never share one.
    return html`<figure class="media-video">
      <video src=${media.video} controls muted playsinline preload="metadata" aria-label=${media.caption}></video>
      <figcaption>${media.caption}</figcaption>
    </figure>`;
  }
  if (drawings === null || !drawingFits(exercise)) return nothing;
  if (drawings === undefined) {
    const frame = DRAWING_FRAMES[exercise.id];
    return frame ? html`<svg class="drawing-pending" viewBox="0 0 ${frame[0]} ${frame[1]}" aria-hidden="true"></svg>` : nothing;
  }
  const position = options.position ?? 'both';
  const moment = position === 'both' ? (options.moment ?? 'loop') : 'held';
  return (
    drawings.renderIllustration(exercise.id, {
      side: options.side === 'right' ? 'right' : 'left',
      position: moment === 'start' ? 'start' : position,
      animate: moment === 'loop',
      arriving: moment === 'arriving',
      level: options.level,
    }) ?? nothing
  );
}
