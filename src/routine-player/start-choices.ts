import { isServer, nothing, type TemplateResult } from 'lit';
import type { CueOptions } from '../cues/cue-options.js';
import type { SoundCheckResult } from '../cues/sound-check.js';
import type { Plan } from '../model/plan.js';
import type { Level, ResolvedRoutine } from '../model/types.js';
import type { LocaleController } from '../i18n/localize.js';
import type { LevelSuggestion } from '../adherence/progression.js';
import { renderReminder } from '../adherence/reminder-view.js';
import { addToCalendar } from './add-to-calendar.js';
import { HistoryController } from './history-controller.js';
import { LevelOffers } from './level-offers.js';
import { renderSoundCheck, soundCheckReport } from '../shared/sound-controls.js';
import { speechAvailable, startingCues } from './player-attributes.js';
import type { ProgressStore, SavedProgress } from './progress-store.js';
import type { RoutinePlayer } from './routine-player.js';
import { renderBefore } from './routine-views.js';
import { fitsPlan, planFor } from './session/routine-plan.js';
import type { SessionCode } from './session-code.js';
import type { RoutineSourceController } from './source-controller.js';

/** What the player knows that its start view and its playback need. */
export interface PlayerInternals {
  /** The routine as shown, in the element's language (asked for inside it), or `undefined` while there is none. */
  shown(): ResolvedRoutine | undefined;
  /** Taking over server-rendered content: the first update renders what the server did. */
  hydrating(): boolean;
  /** Nothing in the player's attributes keeps a session from starting. */
  startable(): boolean;
}


type StoreCode = typeof import('./progress-store.js');
/** The store's code, once here (only a player with `remember` fetches it). */
let storeCode: StoreCode | undefined;
let storeLoad: Promise<void> | undefined;

/**
 * With `remember`, the code of the store that keeps progress and history: `undefined` once it is
 * here, else the fetch (the player's update waits for it, so the offer to resume is in the same
 * render as the rest: nothing moves).
 */
export function fetchStoreCode(): Promise<void> | undefined {
  if (storeCode) return undefined;
  storeLoad ??= import('./progress-store.js').then(
    (code) => {
      storeCode = code;
    },
    (error: unknown) => {
      // The player plays without remembering; a later update tries again.
      storeLoad = undefined;
      console.error('<routine-player>: the code that remembers progress could not be loaded.', error);
    },
  );
  return storeLoad;
}

/**
 * The player before start, in its first render: the person's choices of level and cues, the plan
 * at that level (the list's times and the total), the offer to resume saved progress (with
 * `remember`), what "Test sound" found, each exercise's level in force and the level suggestions
 * (in the first render: they must not push the start view down when they arrive), the reminder
 * and "Your history". Needs none of the session's code, which arrives after
 * the first render (see session-features.ts) and reads the choices from here.
 */
export class StartChoices {
  /** The person's choices before start. */
  chosenLevel?: Level | undefined;
  chosenCues?: CueOptions | undefined;
  /** Where progress and history are kept: only with `remember`, in a browser that lets us. */
  store?: ProgressStore | undefined;
  /** Saved progress worth offering to resume. */
  offer: SavedProgress | null = null;
  /** What the sound check before start found, once pressed. */
  soundCheck: SoundCheckResult | null = null;
  /** The plan of the routine at the level chosen, or `null` while there is no routine. */
  plan: Plan | null = null;
  /** Level suggestions, and each exercise's level in force. */
  readonly offers = new LevelOffers();
  /** "Your history", with `remember` (from the start view or the summary). */
  readonly history: HistoryController;
  /** Selector of what gets focus after the next render (the player moves it there, see `takeFocus`). */
  focus?: string | undefined;
  readonly #host: RoutinePlayer;
  readonly #i18n: LocaleController;
  readonly #sources: RoutineSourceController;
  readonly #player: PlayerInternals;
  /** Hears each new plan (the session's timeline plays it). */
  readonly #onPlan: (plan: Plan | null) => void;

  constructor(host: RoutinePlayer, i18n: LocaleController, sources: RoutineSourceController, player: PlayerInternals, onPlan: (plan: Plan | null) => void) {
    this.#host = host;
    this.#i18n = i18n;
    this.history = new HistoryController(host, i18n, (selector) => (this.focus = selector));
    this.#sources = sources;
    this.#player = player;
    this.#onPlan = onPlan;
  }

  /** The level before start: the person's choice, else the level a shared link asks for, else the `level` attribute. */
  get level(): Level {
    return this.chosenLevel ?? this.#sources.linkLevel ?? this.#host.level ?? 'beginner';
  }

  /** The cues a session starts with. */
  get cues(): CueOptions {
    return this.chosenCues ?? startingCues(this.#host.cues, this.canSpeak());
  }

  /** Whether this browser can speak (a server, and the first update after it, say no). */
  canSpeak(): boolean {
    return !isServer && !this.#player.hydrating() && speechAvailable();
  }

  /** Each exercise's level in force before start, for the level `base`: its last accepted change, else `base`. */
  levels(base = this.level): Level[] {
    const routine = this.#host.routineData;
    return routine ? this.offers.levels(routine, base) : [];
  }

  /**
   * Plans the routine at the level chosen, each exercise at the level the patient accepted for it
   * (the plan the timeline plays): open the store first, the accepted levels are in it.
   */
  preparePlan(): void {
    const routine = this.#host.routineData;
    this.plan = routine ? planFor(routine, this.levels(), this.#host.pace) : null;
    this.#onPlan(this.plan);
  }

  /**
   * Opens the store for `remember`, and finds what it offers to resume: only where it still points
   * at the start of an exercise of this routine's plan. Stored progress lives in this browser: not
   * on a server, nor in the update that takes a server's content over.
   */
  openStore(): void {
    const routine = this.#host.routineData;
    this.store = isServer || this.#player.hydrating() || !this.#host.remember || !routine || !storeCode ? undefined : new storeCode.ProgressStore(routine.id);
    this.offers.open(routine, this.store);
    this.offer = this.store?.loadProgress((saved) => fitsPlan(routine!, this.#host.pace, saved, (level) => this.levels(level))) ?? null;
  }

  /**
   * The start view of `routine` as shown (`thumbnail`: the picture of exercise `index` in the list;
   * nothing while the plan has nothing to play). Its buttons wait for the session's `code` if it is
   * not here yet. `threshold` is the pain rating that offers to stop (the suggestions step back after it).
   */
  render(routine: ResolvedRoutine, threshold: number, thumbnail: (index: number) => TemplateResult | typeof nothing, code: SessionCode) {
    const store = this.store;
    if (this.history.open && store?.available) return this.history.render(store, this.#host.routineData!, routine);
    this.history.reset();
    if (!code.plan(this.plan)) return nothing;
    const plan = this.plan!;
    return renderBefore({
      routine,
      plan,
      level: this.level,
      levels: this.levels(),
      suggestions: this.renderSuggestions(routine, threshold, 'before', this.level),
      cues: this.cues,
      offer: this.offer,
      // Whether the browser refused is known before counting (counting may find that out too).
      unsaved: this.#host.remember && store?.available === false,
      sessionsThisWeek: store?.sessionsThisWeek() ?? 0,
      speechAvailable: this.canSpeak(),
      soundCheck: renderSoundCheck(this.soundCheck ? soundCheckReport(this.soundCheck) : '', () => code.with((playback) => playback.checkSound())),
      thumbnail,
      note: this.#sources.note,
      historyButton: this.history.button('before', store),
      reminder: renderReminder(routine.frequency, () => void addToCalendar(this.#host, this.#i18n, routine, plan.total)),
      onLevel: (level) => {
        this.chosenLevel = level;
        this.preparePlan();
        this.#host.requestUpdate();
      },
      onCue: (cue, on) => {
        this.chosenCues = { ...this.cues, [cue]: on };
        this.#host.requestUpdate();
      },
      onStart: () => code.with((playback) => playback.fromClick(false)),
      onResume: () => code.with((playback) => playback.fromClick(true)),
    });
  }

  /**
   * At the start or the summary: the rule and the cards are taken into use once the store holds a
   * session to suggest from (with `remember`, suggestions not off), in the render that shows them.
   */
  #loadSuggestions(): void {
    const host = this.#host;
    if (this.offers.part) return;
    this.offers.load({ remember: host.remember, off: host.suggestionsOff || host.noSuggestions }, host.renderRoot);
  }

  /**
   * The level suggestions for `routine` as shown at the start or the summary (`at`), at the
   * session's `level`, unless the page (`no-suggestions`) or the clinic's link (`noSuggestions`)
   * turned them off; nothing before there is a session to suggest from.
   */
  renderSuggestions(routine: ResolvedRoutine, threshold: number, at: 'before' | 'summary', level: Level) {
    const host = this.#host;
    this.#loadSuggestions();
    const part = this.offers.part;
    if (!part) return nothing;
    const off = host.suggestionsOff || host.noSuggestions;
    const suggestions = this.offers.suggestions(host.routineData!, level, { remember: host.remember, off, painThreshold: threshold });
    const { changes, unsaved } = this.offers;
    const title = at === 'before' ? '#title' : '#summary-title';
    const after = (focus: string) => {
      this.focus = focus;
      if (host.state === 'before') this.preparePlan();
      host.requestUpdate();
    };
    return part.renderSuggestions({
      routine,
      suggestions,
      changes: off ? [] : changes,
      unsaved,
      onAccept: (suggestion: LevelSuggestion) => {
        this.offers.accept(suggestion);
        after(`#level-changed-${suggestion.index}`);
      },
      onPutOff: (suggestion: LevelSuggestion) => {
        this.offers.putOff(suggestion);
        after(suggestions.length > 1 ? '[part="suggestion"] button' : title);
      },
    });
  }

  /** Moves focus where the last action asked, after the render (`root`: the player's shadow root). */
  takeFocus(root: HTMLElement | DocumentFragment): void {
    if (!this.focus) return;
    (root.querySelector<HTMLElement>(this.focus) ?? root.querySelector<HTMLElement>('[part="error"]'))?.focus({ preventScroll: true });
    this.focus = undefined;
  }
}
