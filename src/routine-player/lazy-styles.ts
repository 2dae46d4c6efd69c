import type { CSSResult } from 'lit';

/**
 * Adds the styles of a view loaded on demand (its module arrived after the element rendered) to
 * `root`, the element's shadow root, after the styles it already has (its static styles stay first),
 * once: as constructed stylesheets, allowed under a strict Content-Security-Policy.
 */
export function adoptLazyStyles(root: Node, styles: readonly CSSResult[]): void {
  if (typeof ShadowRoot === 'undefined' || !(root instanceof ShadowRoot)) return;
  const sheets = styles.map((style) => style.styleSheet).filter((sheet): sheet is CSSStyleSheet => !!sheet && !root.adoptedStyleSheets.includes(sheet));
  if (sheets.length) root.adoptedStyleSheets = [...root.adoptedStyleSheets, ...sheets];
}
