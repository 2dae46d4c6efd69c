import { childExercises } from './routine-source.js';

/** Copies of the authors' pictures, one per place they are shown, made once and reused. */
const copies = new WeakMap<Element, Map<string, Node>>();

/**
 * The picture a blogger put in the `media` slot of the player's child card
 * number `index` (`<img slot="media">`, `<picture>`, `<video>`, `<figure>`),
 * copied for showing inside the player (`use` names the place, since one node
 * can be in one place only). The player's children are never rendered
 * themselves, so without the copy the picture would not be seen.
 */
export function childMedia(host: Element, index: number, use: string): Node | null {
  const source = childExercises(host)[index]?.querySelector(':scope > [slot="media"]');
  if (!source) return null;
  let byUse = copies.get(source);
  if (!byUse) copies.set(source, (byUse = new Map()));
  let copy = byUse.get(use);
  if (!copy) {
    const clone = source.cloneNode(true) as Element;
    clone.removeAttribute('slot');
    clone.removeAttribute('id');
    byUse.set(use, (copy = clone));
  }
  return copy;
}
