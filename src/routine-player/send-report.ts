import { html, nothing, type ReactiveControllerHost } from 'lit';
import type { ProgressionHistory } from '../adherence/progression-history.js';
import { addEnglishForms, msg, str } from '../i18n/localize.js';
import { hasHiddenCharacters } from '../model/checker.js';
import type { ResolvedRoutine } from '../model/types.js';
import { buildReport, REPORT_PERIOD_DAYS } from '../adherence/report-build.js';
import { reportLink, type PatientReport } from '../adherence/report-link.js';
import { prescriptionHash } from '../adherence/prescription-hash.js';
import { readFrequency } from '../adherence/report-summary.js';
import { makeQrCode, renderQrCode, type QrModules } from '../routine-builder/qr-code.js';
import { renderSendReport } from './send-report-button.js';

const plural = (count: number, one: string, many: string) => `${count} ${count === 1 ? one : many}`;
addEnglishForms({
  'The report holds your sessions of the last {0} weeks and how each exercise felt: {1} sessions, {2} stopped for pain, {3} level changes. It is sent only if you send it, and nothing else about you is in it.':
    (weeks: number, sessions: number, stops: number, changes: number) =>
      `The report holds your sessions of the last ${weeks} weeks and how each exercise felt: ${plural(sessions, 'session', 'sessions')}, ${stops} stopped for pain, ${plural(changes, 'level change', 'level changes')}. It is sent only if you send it, and nothing else about you is in it.`,
});

/** What the panel reads the patient's records from: the player's store (history version 2 keeps session records; older entries are skipped). */
export type ReportRecords = Pick<ProgressionHistory, 'sessions' | 'progressions'>;

/** What the panel needs from the player. */
export interface SendReportHost extends ReactiveControllerHost {
  readonly renderRoot: ParentNode;
  /** The clinic's address for reports, from the routine's link (read defensively: any value may be there). */
  readonly clinicEmail?: unknown;
}

/** The longest e-mail address (RFC 5321), and what an address looks like: no spaces, one @, a dot after it. */
const EMAIL = /^[^\s@<>()[\]\\,;:"]+@[^\s@<>()[\]\\,;:"]+\.[^\s@<>()[\]\\,;:"]+$/;

/** The clinic's address if the player has a well-formed one, else `undefined`. */
export function clinicAddress(value: unknown): string | undefined {
  if (typeof value !== 'string' || value.length > 254 || hasHiddenCharacters(value) || !EMAIL.test(value)) return undefined;
  return value;
}

/**
 * "Send to my physiotherapist": a panel after a session (with `remember`) where the patient may
 * type a name, sees what the report holds, and sends it by the Web Share API, a copy, an e-mail to
 * the clinic's address when the routine's link gave one, or a QR code the physiotherapist scans.
 * Nothing leaves the browser unless the patient does one of these; the report holds the sessions of
 * the last six weeks and their ratings, the level changes accepted and the prescription's hash.
 */
export class SendReportPanel {
  open = false;
  name = '';
  link = '';
  /** Why the link could not be made, if it could not. */
  failed = false;
  qr: QrModules | null | undefined = undefined;
  showQr = false;
  status = '';
  #report: PatientReport | null = null;
  #generation = 0;
  #focus: string | null = null;

  constructor(private readonly host: SendReportHost) {}

  /** Opens or closes the panel; opened, it makes the report of what `records` holds and takes focus. */
  toggle(routine: ResolvedRoutine, records: ReportRecords | undefined): void {
    this.open = !this.open;
    this.status = '';
    this.showQr = false;
    if (this.open) {
      this.#focus = '#send-title';
      this.#make(routine, records);
    } else this.#focus = '.send-toggle';
    this.host.requestUpdate();
  }

  /** Closes the panel (a new session, back to the start). */
  close(): void {
    this.open = false;
    this.name = '';
    this.link = '';
    this.#report = null;
  }

  /** Focuses what the last change asked for, once rendered (call from the host's `updated`). */
  focusAfterRender(): void {
    if (!this.#focus) return;
    this.host.renderRoot.querySelector<HTMLElement>(this.#focus)?.focus({ preventScroll: false });
    this.#focus = null;
  }

  #make(routine: ResolvedRoutine, records: ReportRecords | undefined): void {
    let history: readonly unknown[] = [];
    let progressions: readonly unknown[] = [];
    try {
      history = records?.sessions() ?? [];
      progressions = records?.progressions() ?? [];
    } catch {
      // A store that cannot be read gives an empty report, which the panel says.
    }
    const frequency = readFrequency((routine as { frequency?: unknown }).frequency);
    this.#report = buildReport({
      prescription: prescriptionHash({ ...routine, frequency }),
      exerciseIds: routine.exercises.map((exercise) => exercise.id),
      sessions: history,
      progressions,
      now: new Date(),
    });
    this.#relink();
  }

  /** Makes the link again (with the name typed); a slower earlier one never overwrites a later one. */
  #relink(): void {
    const report = this.#report;
    if (!report) return;
    const generation = ++this.#generation;
    const named: PatientReport = { ...report };
    if (this.name.trim()) named.name = this.name.trim();
    else delete named.name;
    const page = new URL(location.href);
    page.hash = '';
    reportLink(named, page.href).then(
      (link) => {
        if (generation !== this.#generation) return;
        this.link = link;
        this.failed = false;
        this.qr = undefined;
        if (this.showQr) void this.#makeQr();
        this.host.requestUpdate();
      },
      (error: unknown) => {
        if (generation !== this.#generation) return;
        console.error('<routine-player>: the report could not be made', error);
        this.link = '';
        this.failed = true;
        this.host.requestUpdate();
      },
    );
  }

  async #makeQr(): Promise<void> {
    const link = this.link;
    try {
      const qr = await makeQrCode(link);
      if (this.link === link) this.qr = qr;
    } catch (error) {
      console.error('<routine-player>: the QR code could not be made', error);
      if (this.link === link) this.qr = null;
    }
    this.host.requestUpdate();
  }

  async #share(): Promise<void> {
    try {
      await navigator.share({ title: msg('My exercise report'), text: msg('My exercise report for my physiotherapist:'), url: this.link });
      this.status = msg('Report shared.');
    } catch (error) {
      // Closing the share sheet is a choice, not a failure.
      this.status = error instanceof DOMException && error.name === 'AbortError' ? '' : msg('Sharing did not work here: copy the link instead.');
    }
    this.host.requestUpdate();
  }

  /** Copies the link; where the clipboard is refused, selects it in its field to copy by hand (focus stays on the button otherwise). */
  async #copy(): Promise<void> {
    try {
      await navigator.clipboard.writeText(this.link);
      this.status = msg('The link is copied.');
    } catch {
      this.host.renderRoot.querySelector<HTMLInputElement>('#report-link')?.select();
      this.status = msg('Copying was not allowed here: the link is selected in its field, copy it with Ctrl+C or ⌘C.');
    }
    this.host.requestUpdate();
  }

  /** The button that opens the panel (`onToggle` calls {@link toggle}), and the panel while it is open; `remembered` counts the history's entries. */
  render(onToggle: () => void, remembered: number) {
    return renderSendReport(this.open, onToggle, this.open ? this.#renderPanel(remembered) : nothing);
  }

  #renderPanel(count: number) {
    const report = this.#report;
    const email = clinicAddress(this.host.clinicEmail);
    const sessions = report?.sessions ?? [];
    const stops = sessions.filter((session) => session.painStop).length;
    const changes = report?.progressions.length ?? 0;
    const canShare = typeof navigator.share === 'function';
    const mail = email && this.link ? `mailto:${encodeURIComponent(email).replace('%40', '@')}?subject=${encodeURIComponent(msg('My exercise report'))}&body=${encodeURIComponent(`${msg('My exercise report for my physiotherapist:')}\n\n${this.link}\n`)}` : '';
    return html`<div class="send-panel" id="send-panel" role="region" aria-labelledby="send-title">
      <h3 id="send-title" tabindex="-1">${msg('Send to my physiotherapist')}</h3>
      <p>${msg(str`The report holds your sessions of the last ${REPORT_PERIOD_DAYS / 7} weeks and how each exercise felt: ${sessions.length} sessions, ${stops} stopped for pain, ${changes} level changes. It is sent only if you send it, and nothing else about you is in it.`)}</p>
      ${count > 0 && sessions.length === 0 ? html`<p class="hint">${msg('Sessions remembered before this version of the player have no ratings to send.')}</p>` : nothing}
      <div class="field">
        <label for="report-name">${msg('Your name (optional)')}</label>
        <input id="report-name" type="text" maxlength="120" autocomplete="name" .value=${this.name} aria-describedby="report-name-hint" @input=${(event: Event) => {
          this.name = (event.target as HTMLInputElement).value;
          this.#relink();
        }} />
        <p class="hint" id="report-name-hint">${msg('Only if you want your physiotherapist to see it in the report.')}</p>
      </div>
      ${this.failed
        ? html`<p class="hint" role="alert">${msg('The report could not be made from what this browser remembers.')}</p>`
        : html`<div class="field">
              <label for="report-link">${msg('Link to your report')}</label>
              <input id="report-link" type="text" readonly .value=${this.link} @focus=${(event: Event) => (event.target as HTMLInputElement).select()} />
            </div>
            <div class="send-actions">
              ${canShare ? html`<button type="button" part="button" class="primary" ?disabled=${!this.link} @click=${() => void this.#share()}>${msg('Send…')}</button>` : nothing}
              <button type="button" part="button" class=${canShare ? '' : 'primary'} ?disabled=${!this.link} @click=${() => void this.#copy()}>${msg('Copy the link')}</button>
              ${mail ? html`<a part="button" class="button-link" href=${mail}>${msg('E-mail to my clinic')}</a>` : nothing}
              <button type="button" part="button" aria-pressed=${this.showQr ? 'true' : 'false'} ?disabled=${!this.link} @click=${() => this.#toggleQr()}>${msg('QR code')}</button>
            </div>
            ${this.showQr
              ? html`<div class="send-qr">
                  ${this.qr ? renderQrCode(this.qr, msg('QR code of the link to your report')) : html`<p class="hint">${this.qr === null ? msg('The code could not be made.') : msg('Making the code…')}</p>`}
                  <p class="hint">${msg('Show this to your physiotherapist to scan.')}</p>
                </div>`
              : nothing}`}
      <p class="status" role="status">${this.status || nothing}</p>
    </div>`;
  }

  #toggleQr(): void {
    this.showQr = !this.showQr;
    if (this.showQr && this.qr === undefined) void this.#makeQr();
    this.host.requestUpdate();
  }
}
