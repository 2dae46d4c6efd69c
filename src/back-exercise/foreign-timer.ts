import { html, isServer, type TemplateResult } from 'lit';
import { msg, str } from '../i18n/localize.js';
import { isForeign } from '../shared/own-tags.js';

const logged = new WeakSet<Element>();

/**
 * What a card shows in its timer's place when another library took `<hold-timer>` before ours:
 * the visible error (and a console.error, once per card), never that other element. The rest of the
 * card, and a player reading it, stay as they are. `undefined` when the timer is ours.
 */
export function foreignTimerError(card: Element): TemplateResult | undefined {
  if (isServer || !isForeign('hold-timer')) return undefined;
  if (!logged.has(card)) {
    logged.add(card);
    console.error('<back-exercise>: <hold-timer> is defined by another script on this page, so the timer cannot be shown.');
  }
  return html`<div part="error" role="alert">
    <p>${msg(str`The timer cannot be shown: another script on this page already uses the name ${'<hold-timer>'}.`)}</p>
  </div>`;
}
