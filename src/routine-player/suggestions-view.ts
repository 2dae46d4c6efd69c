import { html, nothing } from 'lit';
import { SESSIONS_TO_MOVE_UP, type LevelSuggestion } from '../adherence/progression.js';
import { formatDose, levelLabel } from '../i18n/format.js';
import { msg, str } from '../i18n/localize.js';
import { doseAtLevel } from '../model/dose.js';
import type { Level, ResolvedRoutine } from '../model/types.js';
import type { LevelChange } from './level-offers.js';

/** What the suggestions show, of `routine` as shown (in the element's language). */
export interface SuggestionsViewModel {
  routine: ResolvedRoutine;
  suggestions: readonly LevelSuggestion[];
  /** Changes accepted since the last session started. */
  changes: readonly LevelChange[];
  /** The browser refused to store an accepted change. */
  unsaved: boolean;
  onAccept(suggestion: LevelSuggestion): void;
  onPutOff(suggestion: LevelSuggestion): void;
}

/** "Ready for Intermediate: 3 sets of 15, hold each for 2 seconds" needs the level and the dose at it. */
function levelAndDose(routine: ResolvedRoutine, index: number, level: Level): [string, string] {
  return [levelLabel(level), formatDose(doseAtLevel(routine.exercises[index].dose, level))];
}

/** Why a change is suggested, and what it would be, in words. */
function suggestionText(routine: ResolvedRoutine, suggestion: LevelSuggestion): string {
  const name = routine.exercises[suggestion.index].name;
  if (suggestion.kind === 'clinic') {
    return msg(str`${name} hurt in your last session, and there is no easier level. Talk to your clinic before you do it again.`);
  }
  const [level, dose] = levelAndDose(routine, suggestion.index, suggestion.to);
  return suggestion.kind === 'up'
    ? msg(str`${name} felt easy, with little or no pain, in your last ${SESSIONS_TO_MOVE_UP} sessions. Ready for ${level}: ${dose}?`)
    : msg(str`${name} hurt in your last session. Step back to ${level}: ${dose}?`);
}

/**
 * The level suggestions (one card per exercise, with Accept and Not now; after a pain with no
 * easier level, the advice to call the clinic and OK) and the changes accepted, said plainly:
 * "Half Crunches: Intermediate from now on (3 sets of 15, hold each for 2 seconds)." Nothing
 * when there is neither.
 */
export function renderSuggestions(model: SuggestionsViewModel) {
  const { routine, suggestions, changes } = model;
  if (suggestions.length === 0 && changes.length === 0) return nothing;
  return html`<div part="suggestions" class="suggestions">
    ${changes.map(({ index, to }) => {
      const [level, dose] = levelAndDose(routine, index, to);
      return html`<p part="level-changed" class="level-changed" id=${`level-changed-${index}`} tabindex="-1">
        <span dir="auto">${msg(str`${routine.exercises[index].name}: ${level} from now on (${dose}).`)}</span>
      </p>`;
    })}
    ${model.unsaved ? html`<p part="notice">${msg('This browser did not let us save this change; it holds only until you close the page.')}</p>` : nothing}
    ${suggestions.map((suggestion) => {
      const id = `suggestion-${suggestion.index}`;
      return html`<div part="suggestion" class=${`suggestion ${suggestion.kind}`} role="group" aria-labelledby=${id}>
        <p id=${id} dir="auto">${suggestionText(routine, suggestion)}</p>
        <div class="suggestion-actions">
          ${suggestion.kind === 'clinic'
            ? html`<button part="button" class="put-off" @click=${() => model.onPutOff(suggestion)}>${msg('OK')}</button>`
            : html`<button part="button accept" class="accept" @click=${() => model.onAccept(suggestion)}>${msg('Accept')}</button>
                <button part="button" class="put-off" @click=${() => model.onPutOff(suggestion)}>${msg('Not now')}</button>`}
        </div>
      </div>`;
    })}
  </div>`;
}
