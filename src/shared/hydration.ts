/**
 * Whether an element is about to take over content rendered on a server (`@lit-labs/ssr`):
 * its shadow root came with the page and it has not updated yet. Its first update must then
 * render exactly what the server did (English, no stored progress, no voice, heading level from
 * the attribute or 2), and what depends on the browser follows in a second update.
 */
export function isHydrating(host: HTMLElement & { hasUpdated: boolean }): boolean {
  return !host.hasUpdated && !!host.shadowRoot && host.shadowRoot.childNodes.length > 0;
}
