import { structuredDataScript } from '../html/structured-data.js';

const MARK = 'data-structured-data';

/**
 * Keeps one `<script type="application/ld+json">` child of `host` holding `data` (made by
 * `make`, which may throw: then there is none), or none when `data` is off. It is the element's
 * own child, so it leaves the page with it. Described again only when `source` (what the data is
 * made from, compared value by value) changes, and rewritten only when the JSON does.
 */
export function syncStructuredData(host: Element, on: boolean, make: () => object | undefined, source: readonly unknown[]): void {
  // Each update of a playing element comes here: only a new source (or level) is described again.
  const seen = described.get(host);
  if (on && seen && sameValues(seen.source, source) && host.contains(seen.script)) return;
  const existing = host.querySelector(`:scope > script[${MARK}]`);
  let data: object | undefined;
  try {
    data = on ? make() : undefined;
  } catch {
    data = undefined; // an exercise the function cannot describe gets no structured data
  }
  if (!data) {
    existing?.remove();
    described.delete(host);
    return;
  }
  const script = structuredDataScript(data, host.ownerDocument);
  script.setAttribute(MARK, '');
  if (existing?.textContent === script.textContent) {
    described.set(host, { source, script: existing });
    return;
  }
  if (existing) existing.replaceWith(script);
  else host.append(script);
  described.set(host, { source, script });
}

/** What each element's script describes: the source it was made from. */
const described = new WeakMap<Element, { source: readonly unknown[]; script: Element }>();

const sameValues = (a: readonly unknown[], b: readonly unknown[]) => a.length === b.length && a.every((value, i) => value === b[i]);
