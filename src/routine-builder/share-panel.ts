import { html, nothing } from 'lit';
import { msg, str } from '../i18n/localize.js';
import { renderQrCode, type QrModules } from './qr-code.js';

/** What the sharing panel shows and what its buttons call. */
export interface ShareModel {
  link: string;
  snippet: string;
  qr: QrModules | null | undefined;
  /** What the last copy did, said in the panel's status line. */
  status: string;
  onCopyLink(): void;
  onCopySnippet(): void;
  onPrint(): void;
  /** Downloads the patient's calendar reminders; absent when the routine does not say how often. */
  onCalendar?: () => void;
}

/** The Share button and what it opens. */
export interface ShareSectionModel extends Omit<ShareModel, 'snippet'> {
  /** The routine has exercises and no problems. */
  hasRoutine: boolean;
  /** The panel is open. */
  open: boolean;
  /** The embed snippet, made only while the panel shows. */
  snippet(): string;
  onToggle(): void;
}

/**
 * The Share button (usable once the routine has no problems and its link is made), a hint while
 * it is not, and the sharing panel while it is open.
 */
export function renderShare(model: ShareSectionModel) {
  // Open but with nothing to share (a problem came up meanwhile), the panel is not there: the button says so.
  const shown = model.open && model.hasRoutine && !!model.link;
  return html`<div class="share" part="share">
    <button
      type="button"
      class="primary share-toggle"
      aria-expanded=${shown ? 'true' : 'false'}
      aria-controls=${shown ? 'share-panel' : nothing}
      ?disabled=${!model.hasRoutine || !model.link}
      @click=${model.onToggle}
    >
      ${msg('Share…')}
    </button>
    ${!model.hasRoutine ? html`<p class="hint">${msg('Sharing is possible once the routine has exercises and no problems.')}</p>` : nothing}
    ${shown ? renderSharePanel({ ...model, snippet: model.snippet() }) : nothing}
  </div>`;
}

/**
 * The link (in a field the person can always select and copy by hand, as the fallback where the
 * clipboard is refused), its QR code, the embed snippet and the handout button.
 */
export function renderSharePanel(model: ShareModel) {
  return html`<div class="share-panel" part="share-panel" id="share-panel" role="region" aria-labelledby="share-title">
    <h3 id="share-title" tabindex="-1">${msg('Share with the patient')}</h3>
    <div class="field">
      <label for="share-link">${msg('Link to the routine')}</label>
      <div class="copy-row">
        <input id="share-link" type="text" readonly .value=${model.link} aria-describedby="link-hint" @focus=${selectAll} />
        <button type="button" class="primary copy-link" @click=${model.onCopyLink}>${msg('Copy link')}</button>
      </div>
      <p class="hint" id="link-hint">
        ${msg(str`${model.link.length} characters. The routine is in the part after #, which browsers never send to a server.`)}
        <a href=${model.link} target="_blank" rel="noopener">${msg("Open the patient's page")}</a>
      </p>
    </div>
    <div class="qr">
      ${model.qr
        ? renderQrCode(model.qr, msg('QR code of the link to the routine'))
        : html`<p class="hint">${model.qr === null ? msg('The QR code could not be made.') : msg('Making the QR code…')}</p>`}
      <p class="hint">${msg("The patient scans this code with the phone's camera to open the routine.")}</p>
    </div>
    <div class="field">
      <label for="share-snippet">${msg('HTML to paste into a web page')}</label>
      <textarea id="share-snippet" readonly rows="6" .value=${model.snippet} aria-describedby="snippet-hint" @focus=${selectAll}></textarea>
      <p class="hint" id="snippet-hint">${msg('For a blog or CMS page that loads the back-exercise-elements script. It reads well without the script too.')}</p>
      <button type="button" class="copy-snippet" @click=${model.onCopySnippet}>${msg('Copy HTML')}</button>
    </div>
    <div class="share-actions">
      <button type="button" class="print-handout" @click=${model.onPrint}>${msg('Print handout')}</button>
      ${model.onCalendar
        ? html`<button type="button" class="add-to-calendar" aria-describedby="calendar-hint" @click=${model.onCalendar}>${msg('Add to calendar')}</button>
            <p class="hint" id="calendar-hint">${msg("A calendar file with reminders on the prescribed days and the routine's link, to import on the patient's phone or send with the link.")}</p>`
        : nothing}
    </div>
    <p class="status" role="status">${model.status || nothing}</p>
  </div>`;
}

function selectAll(event: Event): void {
  (event.target as HTMLInputElement | HTMLTextAreaElement).select();
}

/**
 * The part of the handout the builder adds to the player's, printed only: the QR code. The link
 * itself is hundreds of characters, which nobody types from paper, so it is not printed.
 */
export function renderPrintedCode(qr: QrModules | null | undefined) {
  if (!qr) return nothing;
  return html`<div class="print-share" part="print-share">
    ${renderQrCode(qr, msg('QR code of the link to the routine'))}
    <div>
      <p><strong>${msg('On your phone')}</strong></p>
      <p>${msg("Scan the code with your phone's camera to open these exercises with a timer that guides you.")}</p>
    </div>
  </div>`;
}
