/**
 * The API both entries export: the main entry (`index.js`) and the one-file bundle
 * (`define.js`). Element and event classes, types, the built-in catalog, the model helpers, the
 * planner, the timing core and the translation registry. The functions that make content for
 * somewhere else are only in `index.js` (see there).
 */
export * from './model/index.js';
export { BackExercise } from './back-exercise/back-exercise.js';
export { HoldTimer } from './hold-timer/hold-timer.js';
export { RoutinePlayer } from './routine-player/routine-player.js';
export * from './routine-player/events.js';
export * from './hold-timer/events.js';
export { formatDose, formatSeconds } from './i18n/format.js';
export { planExercise, planRoutine, sumOf, segmentIndexAt, type Plan, type Segment, type SegmentKind, type Side } from './model/plan.js';
export { HoldSession, type SessionStatus, type SessionSnapshot, type SessionChange } from './timing/session.js';
export { createAnchoredClock, type Clock } from './timing/clock.js';
export { cueTimeline, type CueSound, type TimedCue } from './timing/cue-timeline.js';
export { LOCALES, registerTranslation, type Translation, type CatalogTranslation, type TranslatedMessage } from './i18n/localize.js';
export type { ExerciseHTMLOptions, RoutineHTMLOptions } from './html/exercise-html.js';
export type { StructuredDataOptions } from './html/structured-data.js';
export type { SharedRoutine } from './share/routine-link.js';
// The clinic's builder has its own entry (`back-exercise-elements/routine-builder.js`); only its
// types are here, so that neither entry carries any of its code.
export type { RoutineBuilder } from './routine-builder/routine-builder.js';
export type { RoutineBuilderChangeEvent } from './routine-builder/events.js';
// The clinic's report reader has its own entry too (`back-exercise-elements/progress-report.js`).
export type { ProgressReport } from './progress-report/progress-report.js';
export type { ProgressReportOpenEvent } from './progress-report/events.js';
export type { PatientReport, ReportSession, ReportExercise, ReportProgression } from './adherence/report-link.js';
