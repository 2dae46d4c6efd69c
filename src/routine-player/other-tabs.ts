import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { isHistoryChange } from './storage-keys.js';

/**
 * Hears another tab (or frame) of the same site write a routine's history: the `storage` event
 * fires in every document sharing the storage but the one that wrote. The player then looks
 * whether that was a pain stop of its own routine.
 */
export class OtherTabsController implements ReactiveController {
  readonly #onStorage = (event: StorageEvent) => {
    if (isHistoryChange(event)) this.onHistoryChange();
  };

  constructor(
    host: ReactiveControllerHost,
    private readonly onHistoryChange: () => void,
  ) {
    host.addController(this);
  }

  hostConnected(): void {
    window.addEventListener('storage', this.#onStorage);
  }

  hostDisconnected(): void {
    window.removeEventListener('storage', this.#onStorage);
  }
}
