/**
 * The checks every hostile case makes, in one place:
 * - no exception reaches the page (window `error`, `unhandledrejection`, a rejected `updateComplete`);
 * - the page stays responsive (a `setTimeout(0)` still fires soon; an endless promise loop is caught
 *   by a watchdog and reported instead of freezing the test run);
 * - a visible error naming the field, or a documented safe fallback;
 * - nothing from the input rendered as markup in any shadow root, no injected script ran,
 *   and `Object.prototype` / `Array.prototype` are not polluted.
 */
import { expect } from '@open-wc/testing';
import sinon from 'sinon';
import { BeepPlayer } from '../../src/cues/beeps.js';
import { Voice } from '../../src/cues/voice.js';
import type { FakeTime } from '../helpers/fake-time.js';
import { useFakeTime } from '../helpers/use-fake-time.js';

declare global {
  interface Window {
    /** Set by every script payload; must stay undefined. */
    __hostileRan?: unknown;
  }
}

/** Most promise reactions one macrotask turn may queue before the page counts as hung. */
const PROMISE_LOOP_LIMIT = 100_000;
/** Longest a `setTimeout(0)` may take to fire after a case before the page counts as unresponsive. */
export const RESPONSIVE_BUDGET_MS = 500;

/** What a case expects: a visible error naming a field, or a documented safe fallback. */
export type Outcome =
  | { error: string }
  | {
      /** The documented safe fallback, in words (it goes into the case's name). */
      fallback: string;
      /** Whether the input is valid, so nothing may be logged with console.error. */
      accepted?: boolean;
      check?: (el: Element) => unknown;
    };

/** Everything a hostile case works with; filled in before each case. */
export interface HostileContext {
  clock: FakeTime;
  consoleError: sinon.SinonStub;
  consoleWarn: sinon.SinonStub;
  /** `BeepPlayer.prototype.book`, stubbed: the sounds a case would have played. */
  book: sinon.SinonStub;
  /** Where a case puts its elements; removed after each case. */
  stage: HTMLElement;
  /** Exceptions and rejections that reached the page during the case. */
  pageErrors: string[];
  /** Whether the promise-loop watchdog had to break an endless loop. */
  hung: () => boolean;
  /** The own keys of the built-in prototypes before the case. */
  prototypes: string[];
}

function describe(error: unknown): string {
  if (error instanceof Error) return `${error.name}: ${error.message}`;
  try {
    return String(error);
  } catch {
    return 'an unprintable value';
  }
}

/**
 * Counts explicit promise reactions between two macrotask turns. An endless loop of
 * `.then` re-queues would freeze the page (timers never fire again, not even the test's
 * timeout); past the limit the watchdog throws from `.then`, which ends the loop, and
 * remembers that the page was hung.
 */
class PromiseLoopWatchdog {
  tripped = false;
  private count = 0;
  private original = Promise.prototype.then;
  private timer = 0;

  install(): void {
    const original = this.original;
    const count = () => {
      this.count += 1;
      if (this.count <= PROMISE_LOOP_LIMIT) return;
      this.tripped = true;
      throw new Error('hostile guard: endless promise loop broken');
    };
    Promise.prototype.then = function then(this: Promise<unknown>, ...args: Parameters<Promise<unknown>['then']>) {
      count();
      return original.apply(this, args);
    } as typeof Promise.prototype.then;
    const reset = () => {
      this.count = 0;
      this.timer = window.setTimeout(reset, 0);
    };
    this.timer = window.setTimeout(reset, 0);
  }

  uninstall(): void {
    Promise.prototype.then = this.original;
    window.clearTimeout(this.timer);
  }
}

function ownNames(object: object): string {
  return Reflect.ownKeys(object).map(String).sort().join(',');
}

function builtInPrototypes(): string[] {
  return [ownNames(Object.prototype), ownNames(Array.prototype), ownNames(Function.prototype), ownNames(String.prototype)];
}

/** Checks that no input added or removed a key of a built-in prototype. */
export function expectNoPollution(context: HostileContext): void {
  expect(builtInPrototypes(), 'Object.prototype and the other built-in prototypes are untouched').to.deep.equal(context.prototypes);
  expect(({} as Record<string, unknown>).polluted, 'no key reached every object').to.equal(undefined);
}

/**
 * Installs the guard around every case of the enclosing `describe`: fake time, silent
 * audio and speech, stubbed console, listeners for page errors, the promise-loop watchdog
 * and a stage element. Returns the context, filled in before each case.
 */
export function hostileSuite(): HostileContext {
  const context = {} as HostileContext;
  let watchdog: PromiseLoopWatchdog;
  const onError = (event: ErrorEvent) => context.pageErrors.push(`error event: ${describe(event.error ?? event.message)}`);
  const onRejection = (event: PromiseRejectionEvent) => context.pageErrors.push(`unhandled rejection: ${describe(event.reason)}`);

  beforeEach(() => {
    delete window.__hostileRan;
    context.prototypes = builtInPrototypes();
    context.pageErrors = [];
    window.addEventListener('error', onError);
    window.addEventListener('unhandledrejection', onRejection);
    context.book = sinon.stub(BeepPlayer.prototype, 'book');
    sinon.stub(Voice.prototype, 'unlock');
    sinon.stub(Voice.prototype, 'say');
    context.consoleError = sinon.stub(console, 'error');
    context.consoleWarn = sinon.stub(console, 'warn');
    watchdog = new PromiseLoopWatchdog();
    watchdog.install();
    context.hung = () => watchdog.tripped;
    context.stage = document.createElement('div');
    context.stage.id = 'hostile-stage';
    document.body.append(context.stage);
  });

  afterEach(() => {
    context.stage.remove();
    watchdog.uninstall();
    window.removeEventListener('error', onError);
    window.removeEventListener('unhandledrejection', onRejection);
  });
  // Registered after the hooks above, so that the stage leaves the page before the stubs and the fake clock go.
  context.clock = useFakeTime({ stubBeepUnlock: true, clearStorage: true });

  return context;
}

/** Resolves after one macrotask turn (never while an endless microtask loop runs). */
export function macrotask(): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, 0));
}

interface Updatable extends Element {
  updateComplete: Promise<unknown>;
}

/** The element and every custom element below it, in light DOM and shadow roots. */
export function elementsWithin(root: Element): Element[] {
  const found: Element[] = [root];
  const visit = (node: Element | ShadowRoot) => {
    for (const child of node.querySelectorAll('*')) {
      found.push(child);
      if (child.shadowRoot) visit(child.shadowRoot);
    }
  };
  if (root.shadowRoot) visit(root.shadowRoot);
  visit(root);
  return found;
}

/** Lets the elements under `root` finish their updates and observers; records rejected updates as page errors. */
export async function settle(context: HostileContext, root: Element = context.stage): Promise<void> {
  for (let round = 0; round < 3; round++) {
    await macrotask();
    for (const element of elementsWithin(root)) {
      const pending = (element as Partial<Updatable>).updateComplete;
      if (pending && typeof pending.then === 'function') {
        await pending.then(
          () => undefined,
          (error: unknown) => context.pageErrors.push(`updateComplete of <${element.localName}> rejected: ${describe(error)}`),
        );
      }
    }
  }
}

/** Puts `element` on the stage and lets it settle. */
export async function mount<T extends Element>(context: HostileContext, element: T): Promise<T> {
  context.stage.append(element);
  await settle(context);
  return element;
}

/**
 * Puts `element` on the stage the way the HTML parser builds a page: the element first,
 * connected and empty, then each child in turn.
 */
export async function mountAsParsed<T extends Element>(context: HostileContext, element: T): Promise<T> {
  const children = [...element.childNodes];
  element.replaceChildren();
  context.stage.append(element);
  for (const child of children) element.append(child);
  await settle(context);
  return element;
}

/** Moves the fake clock on and lets the elements render what happened. */
export async function advance(context: HostileContext, ms: number): Promise<void> {
  context.clock.advance(ms);
  await settle(context);
}

/** Every open shadow root in the document, nested ones included. */
export function allShadowRoots(root: Document | ShadowRoot = document): ShadowRoot[] {
  const roots: ShadowRoot[] = [];
  for (const element of root.querySelectorAll('*')) {
    if (element.shadowRoot) roots.push(element.shadowRoot, ...allShadowRoots(element.shadowRoot));
  }
  return roots;
}

/** Elements that no element of this library renders, and that every markup payload brings. */
const INJECTED_TAGS = new Set(['script', 'img', 'iframe', 'object', 'embed', 'math', 'marquee', 'frame', 'frameset', 'base', 'meta', 'link']);
const URL_ATTRIBUTES = new Set(['href', 'src', 'action', 'formaction', 'xlink:href', 'data', 'srcdoc']);

/**
 * Picture elements an author may hand the library on purpose (the `media` field or slot), with
 * the attributes a picture needs. Anything else they carry still counts as injected.
 */
const PICTURE_TAGS = new Set(['img', 'picture', 'source', 'video', 'track', 'figure', 'figcaption']);

/** How to scan: with `pictures`, an author's picture elements are expected in the shadow roots. */
export interface ScanOptions {
  pictures?: boolean;
}

/** Elements and attributes in any shadow root that can only have come from hostile input. */
export function injectedNodes(options: ScanOptions = {}): string[] {
  const found: string[] = [];
  for (const root of allShadowRoots()) {
    for (const element of root.querySelectorAll('*')) {
      const host = (root.host as Element).localName;
      const picture = options.pictures && PICTURE_TAGS.has(element.localName);
      if ((INJECTED_TAGS.has(element.localName) && !picture) || element.localName.includes('hostile')) found.push(`<${element.localName}> in <${host}>`);
      for (const attribute of element.attributes) {
        const name = attribute.name.toLowerCase();
        if (name.includes('hostile') || name.startsWith('on') || name === 'srcdoc') found.push(`${name}= on <${element.localName}> in <${host}>`);
        else if (URL_ATTRIBUTES.has(name) && /^\s*javascript:/i.test(attribute.value)) found.push(`${name}="javascript:…" in <${host}>`);
      }
    }
  }
  return found;
}

/** Ids used more than once within one shadow root (an `aria-labelledby` or focus target then finds the wrong one). */
export function duplicateIds(): string[] {
  const found: string[] = [];
  for (const root of allShadowRoots()) {
    const seen = new Set<string>();
    for (const element of root.querySelectorAll('[id]')) {
      if (seen.has(element.id)) found.push(`#${element.id} twice in <${(root.host as Element).localName}>`);
      seen.add(element.id);
    }
  }
  return found;
}

/** The visible error messages (part="error", role="alert") in the element's shadow tree, nested timers included. */
export function visibleErrors(el: Element): HTMLElement[] {
  const errors: HTMLElement[] = [];
  const visit = (root: ShadowRoot) => {
    for (const element of root.querySelectorAll<HTMLElement>('[part~="error"]')) errors.push(element);
    for (const element of root.querySelectorAll('*')) if (element.shadowRoot) visit(element.shadowRoot);
  };
  if (el.shadowRoot) visit(el.shadowRoot);
  return errors;
}

/** The text of the visible errors, whitespace collapsed. */
export function errorText(el: Element): string {
  return visibleErrors(el)
    .map((error) => error.textContent ?? '')
    .join(' | ')
    .replace(/\s+/g, ' ')
    .trim();
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** Whether `text` names `field` as a path: `steps[1]` in "data.steps[1]: …", not "hold" in "holdSeconds". */
export function namesField(text: string, field: string): boolean {
  return new RegExp(`(?:^|[^\\w-])${escapeRegExp(field)}(?=[.:[])`).test(text);
}

/** Checks that the page kept running: a timer fires soon, and no endless promise loop had to be broken. */
export async function expectResponsive(context: HostileContext, budgetMs = RESPONSIVE_BUDGET_MS): Promise<void> {
  const started = performance.now();
  await macrotask();
  const waited = performance.now() - started;
  expect(context.hung(), 'the page hung in an endless promise loop (the watchdog had to break it)').to.equal(false);
  expect(waited, 'a setTimeout(0) fires promptly: the page stays responsive').to.be.below(budgetMs);
}

/** Checks that no exception reached the page. */
export function expectNoPageErrors(context: HostileContext): void {
  expect(context.pageErrors, 'no exception reaches the page').to.deep.equal([]);
}

/** Checks that nothing from the input was rendered as markup and no injected script ran. */
export function expectNothingInjected(options: ScanOptions = {}): void {
  expect(injectedNodes(options), 'no element or attribute from the input in any shadow root').to.deep.equal([]);
  expect(duplicateIds(), 'every id unique within its shadow root').to.deep.equal([]);
  expect(window.__hostileRan, 'no injected script ran').to.equal(undefined);
}

/** Checks for a visible, accessible error naming `field`, and a console.error naming it too. */
export function expectVisibleError(context: HostileContext, el: Element, field: string): void {
  const errors = visibleErrors(el);
  expect(errors.length, `a visible error (part="error") in <${el.localName}>, got: ${(el.shadowRoot?.textContent ?? '').trim().slice(0, 200)}`).to.be.greaterThan(0);
  const shown = errors.filter((error) => error.getClientRects().length > 0 && (error.textContent ?? '').trim() !== '');
  expect(shown.length, 'the error is rendered, not hidden').to.be.greaterThan(0);
  expect(
    errors.some((error) => error.getAttribute('role') === 'alert'),
    'the error is announced (role="alert")',
  ).to.equal(true);
  const text = errorText(el);
  expect(namesField(text, field), `the visible error names "${field}": ${text.slice(0, 400)}`).to.equal(true);
  const logged = context.consoleError.getCalls().map((call) => call.args.map(String).join(' '));
  expect(
    logged.some((line) => namesField(line, field)),
    `a console.error names "${field}": ${JSON.stringify(logged).slice(0, 400)}`,
  ).to.equal(true);
}

/** Checks that the element shows something (never a blank box) and no error. */
export function expectShownWithoutError(context: HostileContext, el: Element, accepted: boolean): void {
  expect(errorText(el), 'no error shown').to.equal('');
  expect((el.shadowRoot?.textContent ?? '').trim(), 'the element shows something').to.not.equal('');
  if (accepted) {
    const logged = context.consoleError.getCalls().map((call) => call.args.map(String).join(' '));
    expect(logged, 'nothing logged with console.error for valid input').to.deep.equal([]);
  }
}

/** Every check a hostile case makes, in the order that gives the clearest failure. */
export async function expectSafe(context: HostileContext, el: Element, outcome: Outcome, scan: ScanOptions = {}): Promise<void> {
  await expectResponsive(context);
  expectNoPageErrors(context);
  expectNothingInjected(scan);
  expectNoPollution(context);
  if ('error' in outcome) {
    expectVisibleError(context, el, outcome.error);
  } else {
    if (outcome.accepted) expectShownWithoutError(context, el, true);
    await outcome.check?.(el);
  }
}

/** A case name's ending: what the case expects. */
export function expectation(outcome: Outcome): string {
  return 'error' in outcome ? `→ error naming "${outcome.error}"` : `→ ${outcome.fallback}`;
}

/** A short printable form of a payload for a case name. */
export function shown(value: string): string {
  const escaped = JSON.stringify(value.length > 40 ? `${value.slice(0, 37)}…` : value);
  return escaped.replace(/[\u200B-\u200F\u202A-\u202E\u2060-\u2069\uFEFF]/g, (c) => `\\u${c.charCodeAt(0).toString(16).toUpperCase()}`);
}
