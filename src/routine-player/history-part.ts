/**
 * "Your history", loaded on the first press of its button: the view, its chart and styles, and
 * the counting and the file it saves.
 */
export { renderHistory } from './history-view.js';
export { historyViewStyles } from './history-view.styles.js';
export { historyFile, historyFileName, prescribedFrequency } from '../adherence/history.js';
