import { html, nothing, type TemplateResult } from 'lit';
import type { Side } from '../model/plan.js';
import type { Exercise, Level } from '../model/types.js';
import { renderExerciseMedia, type DrawingMoment, type IllustrationModule } from '../shared/exercise-media.js';

/** Copies of the authors' pictures, one per place they are shown, made once and reused. */
const copies = new WeakMap<Element, Map<string, Node | null>>();

/** What a picture may be made of; anything else (a script, a frame, an embedded object) is left out of the copy. */
const PICTURE_TAGS = new Set([
  'img', 'picture', 'source', 'video', 'audio', 'track', 'figure', 'figcaption', 'p', 'span', 'div', 'em', 'strong', 'b', 'i', 'br', 'small',
  'svg', 'g', 'path', 'circle', 'ellipse', 'line', 'polyline', 'polygon', 'rect', 'text', 'tspan', 'title', 'desc', 'defs', 'use', 'symbol',
]);
const URL_ATTRIBUTES = ['src', 'srcset', 'href', 'xlink:href', 'poster', 'action', 'formaction'];

/**
 * A copy of an author's picture fit to show a second time: only picture markup, no event
 * handler (`onload` would run again for the copy), no script address. `null` when nothing is left.
 */
function pictureCopy(source: Element): Element | null {
  if (!PICTURE_TAGS.has(source.localName)) return null;
  const copy = source.cloneNode(true) as Element;
  for (const element of [copy, ...copy.querySelectorAll('*')]) {
    if (element !== copy && !PICTURE_TAGS.has(element.localName)) {
      element.remove();
      continue;
    }
    for (const { name, value } of [...element.attributes]) {
      // Browsers skip control characters and spaces inside a scheme ("java\tscript:"), so the test does too.
      // eslint-disable-next-line no-control-regex
      const scriptAddress = URL_ATTRIBUTES.includes(name) && /^\s*(javascript|vbscript|data:text)/i.test(value.replace(/[\u0000-\u001f\s]+/g, ''));
      // An id would clash with the player's own ids (or another copy's): the copy has none.
      if (name.startsWith('on') || scriptAddress || name === 'id') element.removeAttribute(name);
    }
  }
  copy.removeAttribute('slot');
  return copy;
}

/**
 * The picture a blogger put in the `media` slot of child card number `index` of
 * `cards` (the player's child cards its routine was read from) (`<img slot="media">`, `<picture>`, `<video>`, `<figure>`),
 * copied for showing inside the player (`use` names the place, since one node
 * can be in one place only). The player's children are never rendered
 * themselves, so without the copy the picture would not be seen.
 */
export function childMedia(cards: readonly Element[], index: number, use: string): Node | null {
  const source = cards[index]?.querySelector(':scope > [slot="media"]');
  if (!source) return null;
  let byUse = copies.get(source);
  if (!byUse) copies.set(source, (byUse = new Map()));
  if (!byUse.has(use)) byUse.set(use, pictureCopy(source));
  return byUse.get(use) ?? null;
}

/**
 * The picture of exercise `index` where the player shows it (`use`): the author's picture from a
 * child card's `media` slot (only a routine read from child cards has `cards`), else the exercise's
 * own media or drawing (`drawings`: `null` for none; drawn at `level`), held, except the one being played, which
 * shows the `moment` of the session (see {@link DrawingMoment}). The handout prints a drawing's
 * starting position too (`print-start`); an author's picture is one picture, so it has none.
 */
export function pictureFor(
  cards: readonly Element[],
  index: number,
  exercise: Exercise,
  drawings: IllustrationModule | null | undefined,
  level: Level,
  side: Side | null,
  use: 'thumbnail' | 'playing' | 'print' | 'print-start',
  moment: DrawingMoment = 'held',
): TemplateResult | typeof nothing {
  if (use === 'print-start') {
    return childMedia(cards, index, 'print') || exercise.media ? nothing : renderExerciseMedia(exercise, drawings, { side, position: 'start', level });
  }
  const authored = childMedia(cards, index, use);
  // The drawing belongs to the exercise as read (a translated one is the same exercise).
  const media = authored ? html`${authored}` : renderExerciseMedia(exercise, drawings, { side, position: use === 'playing' ? 'both' : 'held', moment, level });
  if (media === nothing || use !== 'thumbnail') return media;
  // A thumbnail holds the author's picture itself.
  return html`<span part="thumbnail" class="thumbnail">${authored ?? media}</span>`;
}
