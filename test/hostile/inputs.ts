/**
 * Hostile payloads and the valid inputs they are planted in. Every element a markup
 * payload brings carries `data-hostile` and every script sets `window.__hostileRan`,
 * so the guard can tell them apart from what the library renders itself.
 */

export interface Payload {
  label: string;
  text: string;
}

/** Markup and script strings: each must be refused with an error naming the field. */
export const MARKUP: readonly Payload[] = [
  { label: 'script element', text: '<script data-hostile>window.__hostileRan = 1</script>' },
  { label: 'img onerror', text: '<img data-hostile src="x" onerror="window.__hostileRan = 1">' },
  { label: 'svg onload', text: 'Knee <svg data-hostile onload="window.__hostileRan = 1"></svg> to chest' },
  { label: 'custom element', text: 'Knee <x-hostile data-hostile>to</x-hostile> chest' },
  { label: 'attribute breakout', text: '"><img data-hostile src=x onerror=window.__hostileRan=1>' },
  { label: 'iframe srcdoc', text: '<iframe data-hostile srcdoc="<script>parent.__hostileRan = 1</script>"></iframe>' },
];

/** The markup payloads used where the reading code is shared with another source already covered in full. */
export const MARKUP_SHORT: readonly Payload[] = MARKUP.filter((payload) => ['script element', 'img onerror', 'attribute breakout'].includes(payload.label));

/** Script-like text without tags: plain text, shown exactly as written and never run or decoded. */
export const SCRIPT_TEXT: readonly Payload[] = [
  { label: 'javascript: URL', text: 'javascript:window.__hostileRan=1' },
  { label: 'template expressions', text: '{{constructor.constructor("window.__hostileRan=1")()}} ${window.__hostileRan=1}' },
  { label: 'HTML entities', text: '&lt;x-hostile data-hostile&gt; &amp; &#60;b&#62;' },
];

/** A valid exercise that uses every field, as plain JSON-like data. */
export function validExercise(): Record<string, unknown> {
  return {
    id: 'test-stretch',
    name: 'Test stretch',
    kind: 'stretch',
    targets: ['lower back', 'hips'],
    steps: ['Lie on your back', 'Pull one knee in'],
    cautions: ['Go gently', 'Stop if it hurts'],
    progression: 'Hold a little longer',
    startPosition: 'Lie on your back',
    dose: { holdSeconds: 5, reps: 1, sets: 1, eachSide: false },
  };
}

/** A valid routine with one whole exercise and one catalog id. */
export function validRoutine(): Record<string, unknown> {
  return { id: 'hostile-test', name: 'Test routine', items: [{ exercise: validExercise() }, 'half-crunch'] };
}

/** Sets `value` at `path` ("items[0].exercise.steps[1]") inside `target`, creating nothing. */
export function setPath<T extends object>(target: T, path: string, value: unknown): T {
  const keys = path.match(/[^.[\]]+/g) ?? [];
  let node = target as Record<string, unknown>;
  for (const key of keys.slice(0, -1)) node = node[key] as Record<string, unknown>;
  node[keys[keys.length - 1]] = value;
  return target;
}

/** An element built by code, not connected yet. */
export function element<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  attributes: Record<string, string> = {},
  ...children: (Node | string)[]
): HTMLElementTagNameMap[K] {
  const el = document.createElement(tag);
  for (const [name, value] of Object.entries(attributes)) el.setAttribute(name, value);
  el.append(...children);
  return el;
}

/** A child `<script type="application/json">` holding `text` (or `value` as JSON). */
export function jsonScript(value: unknown, raw = false): HTMLScriptElement {
  const script = document.createElement('script');
  script.type = 'application/json';
  script.textContent = raw ? String(value) : JSON.stringify(value);
  return script;
}

/** A card written in plain HTML: a heading, an `<ol>` of steps and an `<aside>` of cautions, every text set as text. */
export function authoredCard(parts: { heading?: string; steps?: string[]; cautions?: string[]; attributes?: Record<string, string> } = {}) {
  const { heading = 'Bridge', steps = ['Lie on your back', 'Lift your hips'], cautions = ['Stop if it hurts'], attributes = { hold: '10' } } = parts;
  const h3 = document.createElement('h3');
  h3.textContent = heading;
  const ol = document.createElement('ol');
  for (const step of steps) {
    const li = document.createElement('li');
    li.textContent = step;
    ol.append(li);
  }
  const aside = document.createElement('aside');
  for (const caution of cautions) {
    const p = document.createElement('p');
    p.textContent = caution;
    aside.append(p);
  }
  return element('back-exercise', attributes, h3, ol, aside);
}

/** Text found by a selector in the element's shadow root, whitespace collapsed. */
export function shadowText(el: Element, selector: string): string | null {
  const found = el.shadowRoot?.querySelector(selector);
  return found ? (found.textContent ?? '').replace(/\s+/g, ' ').trim() : null;
}

/** A string of about one megabyte. */
export function megabyte(unit = 'a'): string {
  return unit.repeat(Math.ceil(1_048_576 / unit.length));
}
