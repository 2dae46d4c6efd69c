/**
 * Level suggestions, loaded once the player has a remembered session to suggest from: the rule,
 * the cards and their styles.
 */
export { suggestLevels } from '../adherence/progression.js';
export { renderSuggestions } from './suggestions-view.js';
export { suggestionsViewStyles } from './suggestions-view.styles.js';
