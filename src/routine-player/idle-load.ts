import { supportsAdoptingStyleSheets, type CSSResultGroup, type CSSResultOrNative } from 'lit';

/**
 * The browser's own idle-time and timer functions, taken when this module runs: work scheduled for
 * idle time runs in the page's real idle time even where a script (a test's fake clock, a page's
 * instrumentation) replaces the globals later.
 */
const idle = typeof requestIdleCallback === 'function' ? requestIdleCallback.bind(globalThis) : undefined;
const later = setTimeout.bind(globalThis);
const frame = typeof requestAnimationFrame === 'function' ? requestAnimationFrame.bind(globalThis) : undefined;

/** Longest wait for idle time (ms): on a busy page the session's code still arrives long before a person could need it. */
export const IDLE_TIMEOUT_MS = 2000;

/** Resolves in the page's next idle time, or after {@link IDLE_TIMEOUT_MS} at the latest (after 200 ms where the browser has no idle callback). */
export function whenIdle(): Promise<void> {
  return new Promise((resolve) => {
    if (idle) idle(() => resolve(), { timeout: IDLE_TIMEOUT_MS });
    else later(resolve, 200);
  });
}

/** Resolves just after the next paint (after 100 ms at the latest: a hidden page paints no frames). */
export function afterNextPaint(): Promise<void> {
  return new Promise((resolve) => {
    frame?.(() => later(resolve, 0));
    later(resolve, 100);
  });
}

function flatten(styles: CSSResultGroup): CSSResultOrNative[] {
  return Array.isArray(styles) ? styles.flatMap((style) => flatten(style as CSSResultGroup)) : [styles as CSSResultOrNative];
}

/**
 * Adds `styles` after the ones a shadow root has (a lazily loaded view's styles, after the
 * element's static ones, so they cascade as if they had been listed last): adopted style sheets
 * where the browser has them, `<style>` elements (with Lit's nonce, for a strict CSP) otherwise.
 */
export function adoptMoreStyles(root: ShadowRoot, styles: CSSResultGroup): void {
  const sheets = flatten(styles);
  if (supportsAdoptingStyleSheets) {
    root.adoptedStyleSheets = [...root.adoptedStyleSheets, ...sheets.map((sheet) => (sheet instanceof CSSStyleSheet ? sheet : sheet.styleSheet!))];
    return;
  }
  for (const sheet of sheets) {
    const style = document.createElement('style');
    const nonce = (globalThis as { litNonce?: string }).litNonce;
    if (nonce) style.setAttribute('nonce', nonce);
    style.textContent = sheet instanceof CSSStyleSheet ? [...sheet.cssRules].map((rule) => rule.cssText).join('\n') : sheet.cssText;
    root.appendChild(style);
  }
}
