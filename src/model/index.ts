export * from './types.js';
export * from './catalog.js';
export * from './dose.js';
export { DataError, formatProblem, type DataProblem } from './data-error.js';
export { LIMITS } from './checker.js';
export { parseExercise, parseRoutine, parseJson, resolveRoutine } from './parse.js';
