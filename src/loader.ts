/**
 * The one script a page includes: `<script type="module" src="…/dist/elements/loader.js">`.
 *
 * It defines each element of the library when its tag first appears, in the document or in an
 * open shadow root that an element added to the page carries, by importing only that element's
 * module (and the chunks it shares with the others), resolved beside this file. A page with only a
 * `<hold-timer>` never downloads the card, the player or the builder.
 *
 * Shadow roots are found on the elements the page adds (their `shadowRoot`, or once an undefined
 * custom element is defined and has one); a shadow root attached later to an element already in
 * the page is not seen: import that element's own module (`…/dist/elements/hold-timer.js`) instead.
 */

/** Each tag and what defines it; the import paths are the built files beside this one. */
const modules: Record<string, () => Promise<unknown>> = {
  'hold-timer': () => import('./hold-timer/define-lazy.js'),
  'back-exercise': () => import('./back-exercise/define-lazy.js'),
  'routine-player': () => import('./routine-player/define.js'),
  'routine-builder': () => import('./routine-builder/define.js'),
  'progress-report': () => import('./progress-report/define.js'),
};
/** Our own elements define what their shadow roots hold: the loader need not look inside. */
const ours = new Set(Object.keys(modules));
const watched = new WeakSet<Node>();

function load(tag: string): void {
  const define = modules[tag];
  if (!define) return;
  delete modules[tag];
  // Every element is on its way: nothing left to watch for.
  if (Object.keys(modules).length === 0) observer.disconnect();
  define().catch((error: unknown) => console.error(`back-exercise-elements: <${tag}> could not load.`, error));
}

/** Defines our tags found in `node` and under it, and watches the open shadow roots there. */
function discover(node: Node): void {
  if (!(node instanceof Element || node instanceof DocumentFragment || node instanceof Document)) return;
  if (node instanceof Element) visit(node);
  for (const element of (node as ParentNode).querySelectorAll('*')) visit(element);
}

function visit(element: Element): void {
  const tag = element.localName;
  if (modules[tag]) load(tag);
  if (ours.has(tag)) return;
  if (element.shadowRoot) watch(element.shadowRoot);
  else if (tag.includes('-') && !customElements.get(tag)) {
    // Its shadow root, if any, comes when it is defined.
    void customElements.whenDefined(tag).then(() => element.shadowRoot && watch(element.shadowRoot));
  }
}

const observer = new MutationObserver((records) => {
  for (const record of records) for (const node of record.addedNodes) discover(node);
});

function watch(root: Document | ShadowRoot): void {
  if (watched.has(root)) return;
  watched.add(root);
  observer.observe(root, { childList: true, subtree: true });
  discover(root);
}

watch(document);
