/**
 * The public API: element classes, event classes, types, the built-in catalog
 * and the model helpers. Importing this module registers no element; import
 * `define.js` (or a component's own `define.js`) for that.
 *
 * Besides what the one-file bundle exports too (`elements-api.ts`), the functions that make
 * content for somewhere else: HTML for a page's source, JSON-LD for search engines, and shared
 * links (the builder's) and report links (the patient's, and the clinic's reader). The elements load what
 * they need of them only when a page asks.
 */
export * from './elements-api.js';
export { exerciseToHTML, routineToHTML } from './html/exercise-html.js';
export { toStructuredData } from './html/structured-data.js';
export { decodeRoutineLink, encodeRoutineLink, routineLink } from './share/routine-link.js';
export { decodeReportLink, encodeReportLink, reportLink } from './adherence/report-link.js';
export { buildReport, type ReportSource } from './adherence/report-build.js';
export { prescriptionHash } from './adherence/prescription-hash.js';
