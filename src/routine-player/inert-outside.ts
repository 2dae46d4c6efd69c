/**
 * Makes everything in the page outside `element` inert (no focus, no clicks, nothing for a screen
 * reader), as a modal dialog does, until the returned function is called: the other children of
 * each of its ancestors, up to `<body>`, crossing shadow roots (a shadow root's other children,
 * then its host's siblings) and slots (the slot's other assigned elements, then the slot's own
 * siblings in its shadow tree). What the page adds next to those ancestors meanwhile is made inert
 * too. Releasing removes `inert` from exactly the elements this made inert: one the page had
 * made inert itself stays so.
 *
 * Text placed directly beside the element or an ancestor cannot be made inert (only elements
 * can); page content is nearly always in elements.
 */
export function inertOutside(element: Element): () => void {
  const madeInert = new Set<Element>();
  /** Each ancestor on the way up (including `element`), and the containers whose other children are made inert. */
  const path: { keep: Element; siblings: () => Element[]; watch: Node }[] = [];
  for (let node: Element = element; ; ) {
    const slot = node.assignedSlot;
    const parent: Node | null = slot ?? node.parentNode;
    if (!parent || parent.nodeType === Node.DOCUMENT_NODE || parent === node.ownerDocument.documentElement) break;
    const siblings = slot ? () => slot.assignedElements() : () => [...(parent as ParentNode).children];
    // Slotted elements change with the host's children; other siblings with the parent's.
    path.push({ keep: node, siblings, watch: slot ? node.parentNode! : parent });
    if (parent === node.ownerDocument.body) break;
    node = parent instanceof ShadowRoot ? parent.host : (parent as Element);
  }

  const makeInert = () => {
    for (const { keep, siblings } of path) {
      for (const sibling of siblings()) {
        if (sibling === keep || madeInert.has(sibling) || sibling.hasAttribute('inert')) continue;
        sibling.setAttribute('inert', '');
        madeInert.add(sibling);
      }
    }
  };
  makeInert();
  const observer = new MutationObserver(makeInert);
  for (const { watch } of path) observer.observe(watch, { childList: true });

  return () => {
    observer.disconnect();
    for (const sibling of madeInert) sibling.removeAttribute('inert');
    madeInert.clear();
  };
}

/** The element that has the focus, looking inside open shadow roots. */
export function deepActiveElement(): Element | null {
  let active = document.activeElement;
  while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
  return active;
}
