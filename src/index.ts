/**
 * The public API: element classes, event classes, types, the built-in catalog
 * and the model helpers. Importing this module registers no element; import
 * `define.js` (or a component's own `define.js`) for that.
 */
export * from './model/index.js';
export { BackExercise } from './back-exercise/back-exercise.js';
export { formatDose, formatSeconds } from './i18n/format.js';
