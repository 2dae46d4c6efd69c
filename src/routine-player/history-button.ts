import { css, html } from 'lit';
import { msg } from '../i18n/localize.js';

/** The button on the start view and the summary that opens the history (the view itself is a chunk, see history-part.ts). */
export function renderHistoryButton(onOpen: () => void) {
  return html`<button part="button history-button" class="history-open" @click=${onOpen}>${msg('Your history')}</button>`;
}

/** The button's own style, in the element's styles from the first render. */
export const historyButtonStyles = css`
  .history-open {
    justify-self: start;
  }
`;
