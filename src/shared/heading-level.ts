/**
 * `heading-level`: `auto` (the default) or 1–6. `auto` is one level below the nearest heading
 * before the element in the page, so an element fits the page's outline wherever it is put.
 */

/** `auto` (or no attribute), else the number written. */
export function readHeadingLevel(value: string | null): number | 'auto' {
  return value === null || value.trim() === '' || value.trim().toLowerCase() === 'auto' ? 'auto' : Number(value);
}

/** Our elements' light DOM, which is not shown once they are defined: its headings are not the page's. */
const UNSHOWN_LIGHT_DOM = 'back-exercise, routine-player, hold-timer';

/**
 * One level below the nearest heading before `element` in its tree (an `h1`–`h6` or a
 * `role="heading"` with `aria-level`), skipping the fallback text inside our elements; 2 when
 * there is none (a page's `h1` is usually its title).
 */
export function levelAfterPrecedingHeading(element: Element): number {
  const walker = element.ownerDocument.createTreeWalker(element.getRootNode(), NodeFilter.SHOW_ELEMENT);
  walker.currentNode = element;
  for (let node = walker.previousNode() as Element | null; node; node = walker.previousNode() as Element | null) {
    const tag = /^h([1-6])$/i.exec(node.localName);
    const level = tag ? Number(tag[1]) : node.getAttribute('role') === 'heading' ? Number(node.getAttribute('aria-level')) : NaN;
    if (!(level >= 1 && level <= 6)) continue;
    if (node.parentElement?.closest(UNSHOWN_LIGHT_DOM)) continue;
    return Math.min(6, level + 1);
  }
  return 2;
}

/**
 * The level an element's main heading takes: its number (clamped to 1–6), or the level `auto`
 * finds; 2 for `auto` where the page cannot be looked at (`onServer`: rendering on a server, or
 * taking over what a server rendered).
 */
export function headingLevelIn(element: Element, level: number | 'auto', onServer = false): number {
  if (level === 'auto' || !Number.isFinite(level)) return onServer ? 2 : levelAfterPrecedingHeading(element);
  return Math.min(6, Math.max(1, Math.round(level)));
}

/**
 * Gives the headings in `root`, written from `h${written}` down to `h6`, the levels that put the
 * top ones at `level` (by `aria-level`, set only where it differs from the tag): a shadow root's
 * outline then fits the page it is in.
 */
export function levelWrittenHeadings(root: ParentNode, written: number, level: number): void {
  for (let tag = written; tag <= 6; tag++) {
    const wanted = Math.min(6, level + tag - written);
    for (const heading of root.querySelectorAll(`h${tag}`)) {
      if (wanted === tag) heading.removeAttribute('aria-level');
      else heading.setAttribute('aria-level', String(wanted));
    }
  }
}
