import type { PatientReport } from '../adherence/report-link.js';

/**
 * Fired when the physiotherapist opens a report pasted into `<progress-report>`'s own field and it
 * can be read: the page may show the name or keep the link itself (the element keeps nothing).
 * Never fired because the page set `report`. Bubbles, not composed.
 */
export class ProgressReportOpenEvent extends Event {
  static readonly eventName = 'progress-report-open';
  constructor(
    /** The report as read. */
    readonly report: PatientReport,
    /** Whether it is about the prescription given to the element: `null` when none was given. */
    readonly matches: boolean | null,
  ) {
    super(ProgressReportOpenEvent.eventName, { bubbles: true, composed: false });
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'progress-report-open': ProgressReportOpenEvent;
  }
}
