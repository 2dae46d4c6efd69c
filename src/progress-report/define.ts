import { ownTagFree } from '../shared/own-tags.js';
import { ProgressReport } from './progress-report.js';

if (ownTagFree('progress-report')) customElements.define('progress-report', ProgressReport);

export { ProgressReport };
export { ProgressReportOpenEvent } from './events.js';
