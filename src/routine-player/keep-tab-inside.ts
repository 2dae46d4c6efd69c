import { deepActiveElement } from './inert-outside.js';

/**
 * Tab and Shift+Tab go round `container` (its shadow tree, slotted content included): from its
 * last control to its first and back, and from anywhere outside it into it. Elsewhere the browser
 * moves the focus itself. With the page inert, this keeps the focus from leaving for the
 * browser's own controls at the ends, which would leave a person on the floor with no visible
 * focus in the player.
 */
export function keepTabInside(container: Element, event: KeyboardEvent): void {
  if (event.key !== 'Tab' || event.altKey || event.ctrlKey || event.metaKey) return;
  const order = composedElements(container.shadowRoot ?? container);
  const tabbable = order.filter(isTabbable);
  if (tabbable.length === 0) return;
  const active = deepActiveElement();
  const at = active ? order.indexOf(active) : -1;
  const backwards = event.shiftKey;
  if (at !== -1) {
    const following = backwards ? tabbable.some((element) => order.indexOf(element) < at) : tabbable.some((element) => order.indexOf(element) > at);
    if (following) return; // the browser moves there itself
  }
  event.preventDefault();
  (backwards ? tabbable[tabbable.length - 1] : tabbable[0]).focus();
}

/** The elements under `root` in the order they are shown: shadow trees in place of their hosts' children, slots by what they show. */
function composedElements(root: Element | ShadowRoot, into: Element[] = []): Element[] {
  const children = root instanceof HTMLSlotElement ? root.assignedElements({ flatten: true }) : [...root.children];
  for (const child of children) {
    into.push(child);
    composedElements(child.shadowRoot ?? child, into);
  }
  return into;
}

function isTabbable(element: Element): element is HTMLElement | SVGElement {
  if (!(element instanceof HTMLElement || element instanceof SVGElement) || element.tabIndex < 0) return false;
  if (element.matches(':disabled') || element.closest('[inert]')) return false;
  // Not shown (display: none, or inside a closed <details>): the browser skips it.
  return typeof element.checkVisibility !== 'function' || element.checkVisibility();
}
