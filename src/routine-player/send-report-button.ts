import { html, nothing, type TemplateResult } from 'lit';
import { msg } from '../i18n/localize.js';

/**
 * "Send to my physiotherapist" and, while it is open, its panel. The button is all a page pays
 * for until it is pressed: the panel's code (the report, its link and its QR code) is a chunk
 * loaded then (see `send-report.ts`).
 */
export function renderSendReport(open: boolean, onToggle: () => void, panel: TemplateResult | typeof nothing = nothing) {
  return html`<div class="send-report" part="send-report">
    <button type="button" part="button" class="send-toggle" aria-expanded=${open ? 'true' : 'false'} aria-controls="send-panel" @click=${onToggle}>
      ${msg('Send to my physiotherapist')}
    </button>
    ${open ? panel : nothing}
  </div>`;
}
