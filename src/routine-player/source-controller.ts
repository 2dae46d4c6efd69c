import { isServer, type ReactiveController } from 'lit';
import { DataError } from '../model/data-error.js';
import type { Level } from '../model/types.js';
import type { SharedRoutine } from '../share/routine-link.js';
import type { RoutinePlayer } from './routine-player.js';
import { resolveRoutineSource, type RoutineSourceResult } from './routine-source.js';

/** A routine read, or why it cannot be played; `undefined` while a shared link is being read. */
export type ReadSource = Exclude<RoutineSourceResult, { pending: unknown }> | undefined;

/** Whether a record on the host itself changes its routine: `routine-id`, or a child other than the player's own script. */
function hostChange(record: MutationRecord): boolean {
  if (record.type === 'attributes') return record.attributeName === 'routine-id';
  const own = (node: Node) => node instanceof Element && node.matches('script[data-structured-data]');
  return ![...record.addedNodes, ...record.removedNodes].every(own);
}

/**
 * Reads a player's routine whenever one of its sources changes: its `data`, a child JSON script,
 * its child cards (watched while it is in the page), its `routine` id, or with `from-url` the
 * shared link in the page's address (followed as it changes). A session under way is never
 * swapped: what changed meanwhile is read back at the start. What it reads goes to `found`.
 */
export class RoutineSourceController implements ReactiveController {
  /** A `#routine=` link in the address is being read (the chunk that reads links, then the unpacking). */
  linkPending = false;
  /** The sources changed while a session was playing; they are read again back at the start. */
  changedWhilePlaying = false;
  /** The clinic's note that came with the shared link being played. */
  note: string | undefined;
  /** The clinic's e-mail address for reports, from the shared link being played. */
  clinicEmail: string | undefined;
  /** The shared link being played turned level suggestions off. */
  noSuggestions = false;
  /** The child cards the routine was read from, in order: their pictures are shown with it. */
  cards: Element[] = [];
  readonly #host: RoutinePlayer;
  readonly #hydrating: () => boolean;
  readonly #found: (source: ReadSource) => void;
  /** What the page's address holds: a shared routine, a link that could not be read, or nothing. */
  #linked: SharedRoutine | DataError | null = null;
  /** Readings of the address started, so that only the newest one is used. */
  #linkReads = 0;
  /** Made on connect: a constructor touches no DOM API (server rendering). */
  #observer?: MutationObserver;
  readonly #onHashChange = () => {
    if (this.#host.fromUrl) void this.#readLink();
  };

  constructor(host: RoutinePlayer, hydrating: () => boolean, found: (source: ReadSource) => void) {
    this.#host = host;
    this.#hydrating = hydrating;
    this.#found = found;
    host.addController(this);
  }

  /** The level the shared link being followed asks for, if any (the person's own choice comes first). */
  get linkLevel(): Level | undefined {
    return this.#linked instanceof DataError ? undefined : this.#linked?.level;
  }

  hostConnected(): void {
    if (this.#host.fromUrl) void this.#readLink();
    window.addEventListener('hashchange', this.#onHashChange);
    // The player's own attributes are its properties' business; only `routine-id` (a composed
    // routine's id) is read from it directly.
    this.#observer ??= new MutationObserver((records) => {
      // A child added or removed is a record on the host too (a `childList` one): it is read, but for
      // the structured-data script the player writes itself.
      if (records.some((record) => (record.target === this.#host ? hostChange(record) : true))) this.read();
    });
    this.#observer.observe(this.#host, { childList: true, subtree: true, characterData: true, attributes: true });
    // Put back into the page mid-session (moved, re-inserted): the session goes on with what it has.
    if (this.#host.state !== 'playing') this.read();
  }

  hostDisconnected(): void {
    window.removeEventListener('hashchange', this.#onHashChange);
    this.#observer?.disconnect();
  }

  /** `from-url` was turned on or off. */
  follow(): void {
    if (this.#host.fromUrl) {
      void this.#readLink();
      return;
    }
    this.#linked = null;
    this.linkPending = false;
    this.read();
  }

  /** A read waiting for the child cards (their element's code, or the cards reading their own sources), until it is done. */
  waiting?: Promise<void> | undefined;
  /** The child cards' element asked for (once: a failure is not retried): settles `true` once it is defined, `false` if it could not load. */
  #cardsDefined?: Promise<boolean>;

  /** Reads the routine from the first source that applies (`attempt`: how often child cards were waited for). */
  read(attempt = 0): void {
    if (!this.#host.isConnected && !isServer) return;
    this.waiting = undefined;
    if (this.#host.state === 'playing') {
      // The session in progress is not swapped under the person's feet: the new data waits.
      if (!this.changedWhilePlaying) {
        console.warn('<routine-player>: the routine changed during a session; it is used from the next start.');
      }
      this.changedWhilePlaying = true;
      return;
    }
    this.changedWhilePlaying = false;
    // While a link is read, no other routine is offered; the update that takes a server's content
    // over shows what the server did.
    if (this.#host.fromUrl && this.linkPending && !this.#linked && !this.#hydrating()) {
      this.#found(undefined);
      return;
    }
    // The address is read only while the player follows it.
    const shared = this.#host.fromUrl ? this.#linked : null;
    if (shared instanceof DataError) {
      this.#found({ ok: false, error: shared });
      return;
    }
    // The routine a shared link holds, its pace given to the items that have none.
    const pace = shared?.pace;
    const linked = shared && pace ? { ...shared.routine, items: shared.routine.items.map((item) => ({ pace, ...item })) } : shared?.routine;
    if (!isServer && !this.#cardsDefined && this.#host.querySelector(':scope > back-exercise') && !customElements.get('back-exercise')) {
      // Child cards: the player defines their element (a page without them never loads it).
      this.#cardsDefined = import('../back-exercise/define.js').then(
        () => true,
        (error: unknown) => {
          console.error('<routine-player>: the code of its child <back-exercise> elements could not be loaded.', error);
          return false;
        },
      );
    }
    const source = resolveRoutineSource(this.#host, linked ?? this.#host.data, this.#host.routine, attempt);
    if ('pending' in source) {
      const next = source.pending.then(() => this.read(attempt + 1));
      // Waiting for the cards to read their sources is bounded, and so is waiting for the element the
      // player asked for; waiting for another script to define the tag is not.
      if (customElements.get('back-exercise')) this.waiting = next;
      else this.waiting = this.#cardsDefined?.then((defined) => (defined ? next : undefined));
      return;
    }
    // What goes with the routine is kept with it, so that a session shows and prints what it plays
    // even when the address or the children change meanwhile.
    this.note = shared?.note;
    this.clinicEmail = shared?.clinicEmail;
    this.noSuggestions = shared?.noSuggestions === true;
    this.cards = (source.ok && source.cards) || [];
    this.#found(source);
  }

  /** Reads `#routine=…` from the address (it never throws: a bad link becomes the visible error). */
  async #readLink(): Promise<void> {
    // While a link in the address is read, no other routine is shown (nor can be started).
    this.linkPending = /[#&]routine=/.test(location.hash);
    const reading = ++this.#linkReads;
    let linked: SharedRoutine | DataError | null;
    try {
      // Only a page that plays shared links loads the code that reads them.
      const { decodeRoutineLink } = await import('../share/routine-link.js');
      linked = await decodeRoutineLink(location.hash);
    } catch (error) {
      linked = error instanceof DataError ? error : new DataError('shared routine', [{ path: 'link', message: 'could not be read' }]);
    }
    // Only the newest reading counts (the address may have changed meanwhile), and only while the
    // player still follows the address.
    if (reading !== this.#linkReads || !this.#host.fromUrl) return;
    this.#linked = linked;
    this.linkPending = false;
    this.read();
  }
}
