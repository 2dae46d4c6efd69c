import { html, nothing, type TemplateResult } from 'lit';
import { getExercise } from '../model/catalog.js';
import type { Side } from '../model/plan.js';
import type { Exercise, Level } from '../model/types.js';

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
  'lower-back-twist': [197, 185],
  'side-trunk-stretch': [174, 125],
  'half-crunch': [180, 61],
  'push-up-back-extension': [211, 84],
  'assisted-back-extension': [213, 67],
};

/** How a picture is shown. */
export interface MediaOptions {
  /** The side worked now: the drawing is mirrored for the right side. */
  side?: Side | null;
  /** `both` moves gently between the start and held positions; `held` is still (thumbnails, print); `start` the start alone (print). */
  position?: 'both' | 'held' | 'start';
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
  return (
    drawings.renderIllustration(exercise.id, {
      side: options.side === 'right' ? 'right' : 'left',
      position: options.position ?? 'both',
      level: options.level,
    }) ?? nothing
  );
}
