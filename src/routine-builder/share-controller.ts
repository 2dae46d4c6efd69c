import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { routineToHTML } from '../html/exercise-html.js';
import { msg } from '../i18n/localize.js';
import type { DataProblem } from '../model/data-error.js';
import { routineLink, type SharedRoutine } from '../share/routine-link.js';
import { makeQrCode, type QrModules } from './qr-code.js';
import { renderShare } from './share-panel.js';
import { calendarKey, saveCalendar } from '../adherence/calendar-file.js';
import { resolveRoutine } from '../model/parse.js';
import { planRoutine } from '../model/plan.js';

/** What sharing needs from the element besides updates. */
export interface ShareHost extends ReactiveControllerHost {
  readonly renderRoot: ParentNode;
}

/** What the controller calls back. */
export interface ShareCallbacks {
  /** Called with each new link (or `null`): the form value follows it. */
  onLink(link: string | null): void;
  /** Focuses what matches `selector` once the change is rendered. */
  focusLater(selector: string): void;
  /** Runs `work` in the element's language. */
  inLanguage<T>(work: () => T): T;
}

/**
 * What the builder hands over, kept beside it: the link (made asynchronously, as compression
 * is), its QR code (made only when asked for, and never shown for an older link, and made
 * before printing), the embed snippet, copying to the clipboard, and the sharing panel that
 * shows them (open or closed, with what the last copy did).
 */
export class ShareController implements ReactiveController {
  /** The link, or empty while the routine has problems (or while the first one is being made). */
  link = '';
  /** The QR code of `link`: `undefined` until asked for (or while made), `null` if it could not be made. */
  qr: QrModules | null | undefined = undefined;
  /** Settles when the link asked for last is made. */
  linkWork: Promise<void> = Promise.resolve();
  /** Whether the sharing panel is open. */
  open = false;
  /** What the last copy did, said in the panel's status line. */
  status = '';
  #shared: SharedRoutine | null = null;
  #generation = 0;
  #qrWork: { link: string; done: Promise<void> } | undefined;
  readonly #onBeforePrint = () => {
    // The QR code is made now if the sharing panel has not made it yet; a second print has it.
    void this.makeQr();
  };

  constructor(
    private readonly host: ShareHost,
    private readonly callbacks: ShareCallbacks,
  ) {
    host.addController(this);
  }

  hostConnected(): void {
    window.addEventListener('beforeprint', this.#onBeforePrint);
  }

  hostDisconnected(): void {
    window.removeEventListener('beforeprint', this.#onBeforePrint);
  }

  /**
   * Makes the link of `shared` (or clears it); a slower earlier request never overwrites a later
   * one. An open panel gets the QR code of the new link once it is made.
   */
  update(shared: SharedRoutine | null, base: string): void {
    this.#shared = shared;
    this.#makeLink(shared, base);
    if (this.open) void this.linkWork.then(() => this.makeQr());
  }

  /** The host's update completion (`updated`), awaited again after each link being made, until none is. */
  async settled(updated: () => Promise<boolean>): Promise<boolean> {
    let result = await updated();
    let work: Promise<void>;
    do {
      work = this.linkWork;
      await work;
      result = (await updated()) && result;
    } while (work !== this.linkWork);
    return result;
  }

  #makeLink(shared: SharedRoutine | null, base: string): void {
    const generation = ++this.#generation;
    if (!shared) {
      this.#setLink('');
      return;
    }
    this.linkWork = routineLink(shared, base).then(
      (link) => {
        if (generation === this.#generation) this.#setLink(link);
      },
      (error: unknown) => {
        if (generation !== this.#generation) return;
        console.error('<routine-builder>: the link could not be made', error);
        this.#setLink('');
      },
    );
  }

  #setLink(link: string): void {
    this.link = link;
    // A code of an older link is never shown or printed: it is made again when needed.
    if (this.#qrWork?.link !== link) {
      this.qr = undefined;
      this.#qrWork = undefined;
    }
    this.callbacks.onLink(link || null);
    this.host.requestUpdate();
  }

  /** Makes the QR code of the current link once; every caller waits for the same work. */
  makeQr(): Promise<void> {
    const link = this.link;
    if (!link) return Promise.resolve();
    if (this.#qrWork?.link === link) return this.#qrWork.done;
    const done = makeQrCode(link).then(
      (qr) => {
        if (this.link === link) this.qr = qr;
      },
      (error: unknown) => {
        console.error('<routine-builder>: the QR code could not be made', error);
        if (this.link === link) this.qr = null;
      },
    );
    this.#qrWork = { link, done: done.then(() => this.host.requestUpdate()) };
    return this.#qrWork.done;
  }

  /**
   * Opens or closes the sharing panel; opened, it takes focus, is brought to the top of the view
   * (the column it is in no longer stays in place, so it can be), and makes the QR code.
   */
  toggle(): void {
    this.open = !this.open;
    this.status = '';
    this.host.requestUpdate();
    if (this.open) {
      this.callbacks.focusLater('#share-title');
      void this.host.updateComplete.then(() => this.host.renderRoot.querySelector('#share-title')?.scrollIntoView({ block: 'start' }));
      void this.makeQr();
    }
  }

  /** Closes the sharing panel (a form reset). */
  close(): void {
    this.open = false;
    this.host.requestUpdate();
  }

  /**
   * Copies `text`, selecting it in its `field` first: where the clipboard is refused (permissions,
   * an insecure page), the text is selected there to copy by hand. The status line says which.
   */
  async copy(field: string, text: string, done: () => string): Promise<void> {
    this.host.renderRoot.querySelector<HTMLInputElement | HTMLTextAreaElement>(field)?.select();
    let copied = true;
    try {
      await navigator.clipboard.writeText(text);
    } catch {
      copied = false;
    }
    this.status = this.callbacks.inLanguage(() =>
      copied ? done() : msg('Copying was not allowed here: the text is selected in its field, copy it with Ctrl+C or ⌘C.'),
    );
    this.host.requestUpdate();
  }

  /** The HTML to paste into a web page, in the element's language; empty while there is no routine. */
  snippet(): string {
    const shared = this.#shared;
    return shared ? this.callbacks.inLanguage(() => embedSnippet(shared)) : '';
  }

  /** The Share button, and the panel while it is open. */
  render() {
    return renderShare({
      hasRoutine: this.#shared !== null,
      open: this.open,
      link: this.link,
      snippet: () => this.snippet(),
      qr: this.qr,
      status: this.status,
      onToggle: () => this.toggle(),
      onCopyLink: () => void this.copy('#share-link', this.link, () => msg('Link copied.')),
      onCopySnippet: () => void this.copy('#share-snippet', this.snippet(), () => msg('HTML copied.')),
      onPrint: () => void this.print(),
      onCalendar: this.#shared?.routine.frequency ? () => this.#saveCalendar() : undefined,
    });
  }

  /** Downloads the calendar reminders of the shared routine, with its link, in the element's language. */
  #saveCalendar(): void {
    const shared = this.#shared;
    const frequency = shared?.routine.frequency;
    if (!shared || !frequency || !this.link) return;
    const resolved = resolveRoutine(shared.routine);
    const { name } = shared.routine;
    const key = calendarKey(name, resolved.exercises.map((exercise) => exercise.id));
    const durationSeconds = sharedSeconds(shared);
    this.callbacks.inLanguage(() => saveCalendar(this.host.renderRoot as unknown as Node, { name, key, frequency, link: this.link, durationSeconds, now: new Date() }));
  }

  /** Prints the handout, after the QR code is ready. */
  async print(): Promise<void> {
    await this.makeQr();
    await this.host.updateComplete;
    window.print();
  }
}

/**
 * Where a builder's links point: `player-url` resolved against `baseUri` when it is the address of a
 * page, else `page`; with the problem naming `player-url` when it is given and is not.
 */
export function linkBase(playerUrl: string | null | undefined, baseUri: string, page: string): { url: string; problem?: DataProblem } {
  if (!playerUrl) return { url: page };
  const url = playerPageUrl(playerUrl, baseUri);
  if (url) return { url };
  return { url: page, problem: { path: 'player-url', message: `must be the address of a page (http: or https:), got "${playerUrl.slice(0, 40)}"` } };
}

/** `player-url` resolved against `baseUri`, if it is the address of a page (http or https); else `null`. */
export function playerPageUrl(playerUrl: string, baseUri: string): string | null {
  try {
    const url = new URL(playerUrl, baseUri);
    if (url.protocol === 'http:' || url.protocol === 'https:') return url.href;
  } catch {
    // Not an address at all: the element reports it with the page's other problems.
  }
  return null;
}

/**
 * The authored-HTML form of a shared routine (`routineToHTML`), with its pace given to every item
 * and its note in the player's `note` slot, which prints it on the patient's handout. Call it in
 * the element's language.
 */
export function embedSnippet(shared: SharedRoutine): string {
  const pace = shared.pace;
  const routine = pace ? { ...shared.routine, items: shared.routine.items.map((item) => ({ pace, ...item })) } : shared.routine;
  const markup = routineToHTML(routine, { level: shared.level });
  if (!shared.note) return markup;
  const note = `  <p slot="note">${shared.note.replace(/[&<>"]/g, (character) => `&#${character.charCodeAt(0)};`)}</p>`;
  return markup.replace(/\n<\/routine-player>$/, `\n${note}\n</routine-player>`);
}

/** How long a shared routine takes at its level and pace, in seconds (as its player plans it). */
export function sharedSeconds(shared: SharedRoutine): number {
  const resolved = resolveRoutine(shared.routine);
  return planRoutine(resolved, shared.level ?? 'beginner', (index) => (resolved.paces[index] ?? shared.pace ?? 'timer') === 'done').total / 1000;
}
