/** The structured-data module, fetched as a chunk the first time an element asks for its data. */
type StructuredData = typeof import('../html/structured-data.js');
let loading: Promise<StructuredData> | undefined;

const MARK = 'data-structured-data';

/**
 * Keeps one `<script type="application/ld+json">` child of `host` holding what `make` gives (it
 * may throw: then there is none), or none when `on` is false. It is the element's own child, so it
 * leaves the page with it. Only a page that opts in loads the module that describes exercises:
 * the script appears once that chunk has arrived. `make` runs inside `run` (the element's
 * language). Described again only when `source` (what the data is made from, compared value by
 * value) changes, and rewritten only when the JSON does.
 */
export function syncStructuredData(
  host: Element,
  on: boolean,
  make: (module: StructuredData) => object | undefined,
  source: readonly unknown[],
  run: <T>(work: () => T) => T,
): void {
  // Each update of a playing element comes here: only a new source (or level) is described again.
  const seen = described.get(host);
  if (on && seen && sameValues(seen.source, source) && host.contains(seen.script)) {
    latest.delete(host); // what is written is what is wanted: a request still on its way is not
    return;
  }
  if (!on) {
    // Every update of an element without the attribute comes here (a running timer's, each
    // second): it costs nothing unless there is a script to remove or a request to drop.
    latest.delete(host);
    if (described.has(host)) write(host, undefined, source);
    return;
  }
  const request = {};
  latest.set(host, request);
  loading ??= import('../html/structured-data.js');
  loading.then(
    (module) => {
      // Only the newest request is written: the attribute may have gone, or the source changed.
      if (latest.get(host) !== request) return;
      let data: object | undefined;
      try {
        data = run(() => make(module));
      } catch {
        data = undefined; // an exercise the function cannot describe gets no structured data
      }
      write(host, data && module.structuredDataScript(data, host.ownerDocument), source);
    },
    () => {
      loading = undefined; // offline for a moment: the next update tries again
    },
  );
}

function write(host: Element, script: HTMLScriptElement | undefined, source: readonly unknown[]): void {
  const existing = host.querySelector(`:scope > script[${MARK}]`);
  if (!script) {
    existing?.remove();
    described.delete(host);
    return;
  }
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
/** Each element's newest request, so that a chunk arriving late writes only what is still wanted. */
const latest = new WeakMap<Element, object>();

const sameValues = (a: readonly unknown[], b: readonly unknown[]) => a.length === b.length && a.every((value, i) => value === b[i]);
