import { nothing } from 'lit';
import { msg, str, type LocaleController } from '../i18n/localize.js';
import type { ResolvedRoutine } from '../model/types.js';
import type { ProgressStore } from './progress-store.js';
import { renderHistoryButton } from './history-button.js';
import { adoptLazyStyles } from './lazy-styles.js';

/** The history's view and counting: a chunk, loaded on the first press of "Your history". */
type HistoryPart = typeof import('./history-part.js');

/** What the history view needs from the player. */
export interface HistoryHost {
  readonly renderRoot: HTMLElement | DocumentFragment;
  requestUpdate(): void;
}

/**
 * "Your history", opened from the start view or the summary with `remember`: whether it is open,
 * the question before deleting, what the last action did, and where focus goes. The store is
 * the player's, given at each render (nothing is kept here that the store does not hold). The
 * view's code and styles load on the first press; the view shows once they have arrived.
 */
export class HistoryController {
  /** The history view is shown instead of the view it was opened from. */
  open = false;
  #from: 'before' | 'summary' = 'before';
  #confirming = false;
  #status = '';
  /** The view's code, once loaded. */
  #part?: HistoryPart | undefined;
  readonly #host: HistoryHost;
  readonly #i18n: LocaleController;
  /** Moves focus to what `selector` finds after the next render. */
  readonly #focus: (selector: string) => void;

  constructor(host: HistoryHost, i18n: LocaleController, focus: (selector: string) => void) {
    this.#host = host;
    this.#i18n = i18n;
    this.#focus = focus;
  }

  /** The button that opens the history from `from`, when a store keeps one. */
  button(from: 'before' | 'summary', store: ProgressStore | undefined) {
    return store?.available ? renderHistoryButton(() => void this.#open(from)) : nothing;
  }

  /** Closes the view without moving focus (the session moved on, or `remember` went off). */
  reset(): void {
    this.open = false;
    this.#confirming = false;
  }

  /** The view, over what `store` keeps of `routine` (as read), named as `shown`. */
  render(store: ProgressStore, routine: ResolvedRoutine, shown: ResolvedRoutine) {
    const part = this.#part;
    if (!part) return nothing;
    const { renderHistory, prescribedFrequency } = part;
    return renderHistory({
      names: shown.exercises.map((exercise) => exercise.name),
      ids: routine.exercises.map((exercise) => exercise.id),
      sessions: store.sessions(),
      frequency: prescribedFrequency(routine),
      now: Date.now(),
      locale: this.#i18n.locale,
      confirming: this.#confirming,
      status: this.#status,
      from: this.#from,
      onDownload: () => this.#download(part, store, routine, shown.name),
      onDelete: () => this.#update(() => (this.#confirming = true), '#confirm-text'),
      onConfirmDelete: (yes) =>
        this.#update(() => {
          this.#confirming = false;
          if (yes) this.#status = store.deleteAll() ? msg('Your history is deleted.') : msg('This browser did not let us delete your history.');
        }, yes ? '#history-title' : '.history-delete'),
      onClose: () =>
        this.#update(() => {
          this.open = false;
          this.#confirming = false;
        }, '.history-open'),
    });
  }

  /** The press: loads the view's code (once) and its styles, then opens it. */
  async #open(from: 'before' | 'summary'): Promise<void> {
    try {
      if (!this.#part) {
        const part = await import('./history-part.js');
        adoptLazyStyles(this.#host.renderRoot, [part.historyViewStyles]);
        this.#part = part;
      }
    } catch (error) {
      console.error('<routine-player>: the history could not be loaded', error);
      return;
    }
    // The view moved on while the code was on its way (Start was pressed): the press no longer applies.
    if (!this.#host.renderRoot.querySelector('.history-open')) return;
    this.#update(() => {
      this.open = true;
      this.#from = from;
      this.#confirming = false;
      this.#status = '';
    }, '#history-title');
  }

  #update(change: () => void, focus: string): void {
    this.#i18n.run(change);
    this.#focus(focus);
    this.#host.requestUpdate();
  }

  /** Saves the history as a JSON file (see `saveHistory`), and says so. */
  #download({ saveHistory }: HistoryPart, store: ProgressStore, routine: ResolvedRoutine, name: string): void {
    const fileName = saveHistory(this.#host.renderRoot, store, routine.id, name);
    this.#update(() => (this.#status = msg(str`Your history is saved as ${fileName}.`)), '.history-download');
  }
}
