/**
 * Registers every element of the library. This is the entry of the one-file bundle a page loads
 * with one script tag (importing `index.js` instead registers nothing).
 *
 * It exports the main entry's API but for the functions that make content for another place:
 * `exerciseToHTML`/`routineToHTML` (HTML for a page's source), `toStructuredData` (JSON-LD for
 * search engines) and the shared-link functions (the builder's). Those are for bundlers, Node and
 * build scripts, from `back-exercise-elements`; the elements load what they need of them only when
 * a page asks (`structured-data`, `from-url`), so a page that only shows exercises downloads none.
 */
import './hold-timer/define.js';
import './back-exercise/define.js';
import './routine-player/define.js';

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
export type { RoutineBuilder } from './routine-builder/routine-builder.js';
export type { RoutineBuilderChangeEvent } from './routine-builder/events.js';
