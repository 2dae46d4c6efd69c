/**
 * The public API: element classes, event classes, types, the built-in catalog
 * and the model helpers. Importing this module registers no element; import
 * `define.js` (or a component's own `define.js`) for that.
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
export { exerciseToHTML, routineToHTML, type ExerciseHTMLOptions, type RoutineHTMLOptions } from './html/exercise-html.js';
export { toStructuredData, type StructuredDataOptions } from './html/structured-data.js';
export { LOCALES, registerTranslation, type Translation, type CatalogTranslation, type TranslatedMessage } from './i18n/localize.js';
export { decodeRoutineLink, encodeRoutineLink, routineLink, type SharedRoutine } from './share/routine-link.js';
// The clinic's builder has its own entry (`back-exercise-elements/routine-builder.js`); only its
// types are here, so that this entry and the one-file bundle carry none of its code.
export type { RoutineBuilder } from './routine-builder/routine-builder.js';
export type { RoutineBuilderChangeEvent } from './routine-builder/events.js';
