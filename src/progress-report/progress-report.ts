import { LitElement, type PropertyDeclarations, html, nothing } from 'lit';
import { LocaleController, msg } from '../i18n/localize.js';
import { localizeExercise } from '../i18n/catalog-text.js';
import { getExercise, getRoutine } from '../model/catalog.js';
import { DataError, formatProblem, type DataProblem } from '../model/data-error.js';
import { parseRoutine, resolveRoutine, unknownRoutineMessage } from '../model/parse.js';
import type { ResolvedRoutine, Routine } from '../model/types.js';
import { decodeReportLink, type PatientReport } from '../adherence/report-link.js';
import { readFrequency, trendsOf, weeksOf } from '../adherence/report-summary.js';
import { prescriptionHash } from '../adherence/prescription-hash.js';
import { buttonStyles, errorStyles, visuallyHiddenStyles } from '../shared/styles.js';
import { themeStyles } from '../shared/theme.js';
import { hostStates } from '../shared/host-states.js';
import { OURS } from '../shared/own-tags.js';
import { renderReport, renderReportProblems } from './report-views.js';
import { progressReportStyles } from './progress-report.styles.js';
import { ProgressReportOpenEvent } from './events.js';

/** The prescription the clinic holds, read from `data` or `routine`, with its frequency when it has one. */
type Prescription = { routine: ResolvedRoutine; hash: string } | { problems: DataProblem[] } | null;

/**
 * For the clinic: opens a patient's report link (made by `<routine-player>`'s "Send to my
 * physiotherapist") and shows it on one printable page: sessions done against those prescribed,
 * week by week; pain and difficulty per exercise over time; every pain stop with where it
 * happened; the level changes the patient accepted; and every session. Given the prescription the
 * clinic holds (`routine` or `data`, as the player takes them), it warns when the report is about
 * another one.
 *
 * It reads only what it is given and writes nothing anywhere: no storage, no network, no address
 * change. Without a `report`, it offers a field to paste the link into.
 *
 * @tagname progress-report
 * @summary A clinic's view of a patient's report: adherence, pain and difficulty, pain stops and level changes.
 *
 * @fires {ProgressReportOpenEvent} progress-report-open - A report pasted into the element's field was opened; carries it and whether it matches the prescription given.
 *
 * @csspart base - The element.
 * @csspart open - The field to paste a report link into, shown without a `report`.
 * @csspart report - The report.
 * @csspart period - The days the report covers and its sessions.
 * @csspart mismatch - The warning that the report is about another prescription than the one given.
 * @csspart unchecked - The note that no prescription was given to check the report against.
 * @csspart adherence - The table of sessions week by week.
 * @csspart trends - The table of pain and difficulty per exercise.
 * @csspart pain-line - Each exercise's small line of pain over time.
 * @csspart stops - The list of pain stops.
 * @csspart progressions - The list of level changes accepted.
 * @csspart sessions-scroll - The scrolling box around the table of every session.
 * @csspart sessions - The table of every session.
 * @csspart error - The message shown when the report, the `routine` or the `data` cannot be used.
 *
 * @cssproperty [--progress-report-accent=#1f5f8b] - Main colour of buttons and bars.
 * @cssproperty [--progress-report-background=Canvas] - Background.
 * @cssproperty [--progress-report-color=CanvasText] - Text colour.
 */
export class ProgressReport extends LitElement {
  static override styles = [themeStyles, buttonStyles, errorStyles, visuallyHiddenStyles, progressReportStyles];
  /** @internal Marks the class as this library's, in any copy of it (see `shared/own-tags.ts`). */
  static readonly [OURS] = true;
  static override properties: PropertyDeclarations = {
    report: {},
    routine: {},
    data: { attribute: false },
    theme: {},
    opened: { state: true },
  };

  readonly #i18n = new LocaleController(this);

  constructor() {
    super();
    hostStates(this);
  }

  /** The report: a report link as the patient sent it, its fragment (`#report=1z.…`), or `1z.…` alone. */
  report: string | null = null;
  /** Id of the built-in routine prescribed (`lower-back`, `lower-back-stretches`, `trunk-strength`), to check the report against. */
  routine: string | null = null;
  /** The routine prescribed, as an object (as the player's `data` takes it); wins over `routine`. */
  data: unknown = undefined;
  /** `light`, `dark`, or `auto` (the default: as the visitor's system prefers). */
  theme: 'light' | 'dark' | 'auto' | null = null;

  /** What reading the report found: nothing yet, the report, or why it cannot be read. */
  private opened: { report: PatientReport } | { problems: readonly DataProblem[] } | null = null;
  #generation = 0;
  /** A link pasted into the element's own field (used while there is no `report`). */
  #pasted: string | null = null;

  /** The report read, or `undefined` while there is none (or it cannot be read). */
  get reportData(): PatientReport | undefined {
    return this.opened && 'report' in this.opened ? this.opened.report : undefined;
  }

  protected override willUpdate(changed: Map<PropertyKey, unknown>): void {
    if (changed.has('report')) this.#open(this.report ?? this.#pasted);
  }

  /** Reads `text` as a report; a later call wins over a slower earlier one. Never throws. `pasted`: from the element's own field. */
  #open(text: string | null, pasted = false): void {
    const generation = ++this.#generation;
    if (!text) {
      this.opened = null;
      return;
    }
    decodeReportLink(text).then(
      (report) => {
        if (generation !== this.#generation) return;
        this.opened = report ? { report } : { problems: [{ path: 'report', message: 'holds no report: a report link has #report= in it' }] };
        if (report && pasted) {
          const prescription = this.#prescription();
          const matches = prescription && 'hash' in prescription ? prescription.hash === report.prescription : null;
          this.dispatchEvent(new ProgressReportOpenEvent(report, matches));
        }
      },
      (error: unknown) => {
        if (generation !== this.#generation) return;
        this.opened = { problems: error instanceof DataError ? error.problems : [{ path: 'report', message: 'could not be read' }] };
      },
    ).then(() => {
      if (generation === this.#generation && this.opened && 'problems' in this.opened) {
        console.error(`<progress-report>: ${this.opened.problems.map(formatProblem).join('; ')}`);
      }
    }, () => undefined);
  }

  /** The prescription from `data`, else `routine`, else none. */
  #prescription(): Prescription {
    let routine: Routine | undefined;
    try {
      if (this.data !== undefined && this.data !== null) {
        try {
          routine = parseRoutine(this.data);
        } catch (error) {
          if (!(error instanceof DataError)) throw error;
          return { problems: error.problems.map((problem) => ({ ...problem, path: problem.path ? `data.${problem.path}` : 'data' })) };
        }
      }
      else if (this.routine) {
        routine = getRoutine(this.routine);
        if (!routine) return { problems: [{ path: 'routine', message: unknownRoutineMessage(this.routine) }] };
      }
      if (!routine) return null;
      const resolved = resolveRoutine(routine);
      // The frequency as the player sees it (on the resolved routine), so that both sides hash the same prescription.
      const frequency = readFrequency((resolved as { frequency?: unknown }).frequency);
      return { routine: resolved, hash: prescriptionHash({ ...resolved, frequency }) };
    } catch (error) {
      return { problems: error instanceof DataError ? [...error.problems] : [{ path: 'data', message: 'could not be read' }] };
    }
  }

  /** Updates (and so renders) in the element's language. */
  protected override performUpdate(): void {
    this.#i18n.run(() => super.performUpdate());
  }

  protected override render() {
    return html`<div part="base" class="base" lang=${this.#i18n.locale} dir=${this.#i18n.dir}>
      ${this.report ? nothing : this.#renderOpen()} ${this.#renderBody()}
    </div>`;
  }

  #renderBody() {
    const opened = this.opened;
    if (!opened) return nothing;
    const prescription = this.#prescription();
    if (prescription && 'problems' in prescription) {
      console.error(`<progress-report>: ${prescription.problems.map(formatProblem).join('; ')}`);
      return renderReportProblems(prescription.problems);
    }
    if ('problems' in opened) return renderReportProblems(opened.problems);
    const { report } = opened;
    const held = prescription?.routine;
    const frequency = held ? readFrequency((held as { frequency?: unknown }).frequency ?? (this.data as { frequency?: unknown } | undefined)?.frequency) : undefined;
    const names = report.exerciseIds.map((id, index) => {
      const exercise = held?.exercises[index]?.id === id ? held.exercises[index] : getExercise(id);
      return exercise ? localizeExercise(exercise).name : id;
    });
    return renderReport({
      report,
      weeks: weeksOf(report, frequency),
      trends: trendsOf(report),
      names,
      matches: prescription ? prescription.hash === report.prescription : null,
    });
  }

  /** The field a link is pasted into, while the page gave no `report`. */
  #renderOpen() {
    const submit = (event: Event) => {
      event.preventDefault();
      const field = this.renderRoot.querySelector<HTMLInputElement>('#report-link');
      this.#pasted = field?.value.trim() || null;
      this.#open(this.#pasted, true);
    };
    return html`<form part="open" class="open" @submit=${submit}>
      <label for="report-link">${msg("Your patient's report link")}</label>
      <div class="open-row">
        <input id="report-link" type="text" autocomplete="off" spellcheck="false" aria-describedby="report-hint" />
        <button type="submit" class="primary">${msg('Open report')}</button>
      </div>
      <p class="hint" id="report-hint">${msg('Paste the link the patient sent. It is read in this browser only: nothing is stored or sent.')}</p>
    </form>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'progress-report': ProgressReport;
  }
}
