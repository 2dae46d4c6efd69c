import type { ProgressionHistory } from '../adherence/progression-history.js';
import { levelsInForce } from '../adherence/levels-in-force.js';
import type { LevelSuggestion } from '../adherence/progression.js';
import type { AcceptedProgression } from '../adherence/types.js';
import type { Level, ResolvedRoutine } from '../model/types.js';
import { adoptLazyStyles } from './lazy-styles.js';
import * as suggestionsPart from './suggestions-part.js';

/**
 * The rule, the cards and their styles. In the player's own file, not a chunk: cards that arrived
 * after the first render would push the start view's list and Start button down under a finger.
 */
export type SuggestionsPart = typeof suggestionsPart;

/** A level change accepted on this page, said plainly until the next session starts. */
export interface LevelChange {
  index: number;
  to: Level;
}

/** What decides whether suggestions are shown. */
export interface OfferSettings {
  /** The player remembers (`remember`): without a history there is nothing to suggest from. */
  remember: boolean;
  /** The page (`no-suggestions`) or the clinic's link turned suggestions off. */
  off: boolean;
  painThreshold: number;
}

/**
 * The player's level suggestions (see `adherence/progression.ts`) and what the patient did with
 * them: each exercise's level in force (its last accepted change, else the level chosen), the
 * suggestions to show, Accept (recorded as an `AcceptedProgression`, in force from the next
 * session) and Not now (hidden until another session is remembered). Nothing is applied unless
 * the patient accepts it. The levels in force are here from the start; the rule and the cards
 * ({@link SuggestionsPart}) load once there is a session to suggest from ({@link load}).
 */
export class LevelOffers {
  /** Where sessions and accepted changes are read and written: only with `remember`. */
  #history?: ProgressionHistory | undefined;
  #routineId?: string | undefined;
  /** The accepted changes as last read (every picture and dose of a render asks for the levels). */
  #accepted?: AcceptedProgression[] | undefined;
  /** Suggestions put off with Not now, by exercise, kind and the last session they came from. */
  readonly #putOff = new Set<string>();
  /** Changes accepted since the last session started, to say plainly. */
  changes: LevelChange[] = [];
  /** The browser refused to store an accepted change (it holds while the page is open). */
  unsaved = false;
  /** The rule and the cards, once taken into use. */
  part?: SuggestionsPart | undefined;

  /** Opens the history of `routine` (with `remember`: the player's store of it), or closes it (no `history`). */
  open(routine: ResolvedRoutine | undefined, history: ProgressionHistory | undefined): void {
    // The same routine keeps its store: a change the browser refused to store holds while the page is open.
    if (!routine || !history || routine.id !== this.#routineId) this.#history = routine ? history : undefined;
    this.#routineId = routine && history ? routine.id : undefined;
    this.#accepted = undefined;
  }

  #progressions(): AcceptedProgression[] {
    return (this.#accepted ??= this.#history?.progressions() ?? []);
  }

  /** Each exercise's level in force, for the level `chosen` (the player's). */
  levels(routine: ResolvedRoutine, chosen: Level): Level[] {
    return levelsInForce(routine.exercises, this.#progressions(), chosen);
  }

  /**
   * Takes the rule and the cards into use when suggestions could show: with `remember`, not off,
   * and at least one remembered session. Their styles join `root`'s then, before the render that
   * shows the cards, so nothing moves after the first render.
   */
  load(settings: Pick<OfferSettings, 'remember' | 'off'>, root: Node): void {
    if (this.part || !settings.remember || settings.off || !this.#history?.sessions().length) return;
    adoptLazyStyles(root, [suggestionsPart.suggestionsViewStyles]);
    this.part = suggestionsPart;
  }

  /** The suggestions to show for `routine` at the level `chosen`, none when they are off, nothing is remembered or the rule has not arrived. */
  suggestions(routine: ResolvedRoutine, chosen: Level, settings: OfferSettings): LevelSuggestion[] {
    const history = this.#history;
    const suggestLevels = this.part?.suggestLevels;
    if (!history || !suggestLevels || !settings.remember || settings.off) return [];
    const sessions = history.sessions();
    const progressions = this.#progressions();
    const suggestions = suggestLevels({
      exercises: routine.exercises,
      levels: levelsInForce(routine.exercises, progressions, chosen),
      sessions,
      progressions,
      painThreshold: settings.painThreshold,
    });
    const last = sessions.map((session) => session.date).sort().at(-1) ?? '';
    return suggestions.filter((suggestion) => !this.#putOff.has(key(suggestion, last)));
  }

  /** The patient accepted `suggestion` (a move up or a step back): recorded, in force from the next session. */
  accept(suggestion: LevelSuggestion, now = Date.now()): void {
    if (suggestion.kind === 'clinic' || !this.#history) return;
    const { index, id, from, to } = suggestion;
    this.#history.addProgression({ date: new Date(now).toISOString(), index, id, from, to });
    this.#accepted = undefined;
    this.unsaved = (this.#history as { available?: boolean }).available === false;
    this.changes = [...this.changes.filter((change) => change.index !== index), { index, to }];
  }

  /** Not now: hidden until another session is remembered. */
  putOff(suggestion: LevelSuggestion): void {
    const last = this.#history?.sessions().map((session) => session.date).sort().at(-1) ?? '';
    this.#putOff.add(key(suggestion, last));
  }

  /** A session starts: what was accepted before it is no longer news. */
  sessionStarted(): void {
    this.changes = [];
    this.unsaved = false;
  }
}

const key = (suggestion: LevelSuggestion, lastSession: string) => `${suggestion.index}:${suggestion.kind}:${lastSession}`;
