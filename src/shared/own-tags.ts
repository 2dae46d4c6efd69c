/**
 * Our tags on a page where another library may have taken one first. Each element class of this
 * library (of any copy of it: a second bundle on the page registers the same tags) carries the
 * `OURS` mark, so a tag held by another copy is used as ours, and a tag held by anything else is
 * reported on the console once and never used silently.
 */
export const OURS = Symbol.for('back-exercise-elements.element');

const warned = new Set<string>();

/** Whether the class registered for `tag` is something else than an element of this library. */
export function isForeign(tag: string): boolean {
  const registered = customElements.get(tag) as unknown as Record<symbol, unknown> | undefined;
  return registered !== undefined && !registered[OURS];
}

/**
 * Whether `tag` is free for our element; when another library took it, says so on the console, once.
 * Each define module writes `if (ownTagFree(tag)) customElements.define(tag, Class)`.
 */
export function ownTagFree(tag: string): boolean {
  if (!customElements.get(tag)) return true;
  if (isForeign(tag) && !warned.has(tag)) {
    warned.add(tag);
    console.warn(
      `back-exercise-elements: <${tag}> is already defined by another script on this page, so ours is not registered; ` +
        `our elements that need it show an error instead of using it.`,
    );
  }
  return false;
}
