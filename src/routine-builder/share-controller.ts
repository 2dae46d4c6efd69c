import type { ReactiveControllerHost } from 'lit';
import { routineToHTML } from '../html/exercise-html.js';
import { routineLink, type SharedRoutine } from '../share/routine-link.js';
import { makeQrCode, type QrModules } from './qr-code.js';

/**
 * What the builder hands over, kept beside it: the link (made asynchronously, as compression
 * is), its QR code (made only when asked for, and never shown for an older link), the embed
 * snippet, and copying to the clipboard. The element renders what this holds.
 */
export class ShareController {
  /** The link, or empty while the routine has problems (or while the first one is being made). */
  link = '';
  /** The QR code of `link`: `undefined` until asked for (or while made), `null` if it could not be made. */
  qr: QrModules | null | undefined = undefined;
  /** Settles when the link asked for last is made. */
  linkWork: Promise<void> = Promise.resolve();
  #generation = 0;
  #qrWork: { link: string; done: Promise<void> } | undefined;

  constructor(
    private readonly host: ReactiveControllerHost,
    /** Called with each new link (or `null`): the form value follows it. */
    private readonly onLink: (link: string | null) => void,
  ) {}

  /** Makes the link of `shared` (or clears it); a slower earlier request never overwrites a later one. */
  update(shared: SharedRoutine | null, base: string): void {
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
    this.onLink(link || null);
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

  /** Copies text; `true` when the clipboard took it (it may be refused: permissions, an insecure page). */
  async copy(text: string): Promise<boolean> {
    try {
      await navigator.clipboard.writeText(text);
      return true;
    } catch {
      return false;
    }
  }
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
