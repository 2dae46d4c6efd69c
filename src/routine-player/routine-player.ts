import { LitElement, type PropertyDeclarations, html, isServer, nothing } from 'lit';
import { isHydrating } from '../shared/hydration.js';
import { syncStructuredData } from '../shared/structured-data-child.js';
import { LocaleController } from '../i18n/localize.js';
import { localizeRoutine } from '../i18n/catalog-text.js';
import { readHeadingLevel } from '../shared/heading-level.js';
import type { DataProblem } from '../model/data-error.js';
import type { NumberAttribute } from '../model/dose-attributes.js';
import type { Plan } from '../model/plan.js';
import type { Level, Pace, ResolvedRoutine } from '../model/types.js';
import { loadDrawingsFor, type IllustrationModule } from '../shared/exercise-media.js';
import { themeStyles } from '../shared/theme.js';
import { hostStates } from '../shared/host-states.js';
import { OURS } from '../shared/own-tags.js';
import { soundControlStyles } from '../shared/sound-controls.js';
import { buttonStyles, errorStyles, visuallyHiddenStyles } from '../shared/styles.js';
import { OtherTabsController } from './other-tabs.js';
import { renderPrintView } from './print-view.js';
import { PrintDateController, slottedAdvice } from './print-safety.js';
import { PrintDrawingsController } from './print-drawings.js';
import { pictureFor } from './child-media.js';
import { RoutineSourceController, type ReadSource } from './source-controller.js';
import { levelHeadings } from './after-render.js';
import { CHECKED_PROPERTIES, checkPlayerAttributes } from './player-attributes.js';
import { playerProblems, ProblemLog } from './player-problems.js';
import { renderLoading, renderProblems } from './routine-views.js';
import { routinePlayerStyles } from './routine-player.styles.js';
import type { PlaybackController, Picture } from './playback.js';
import type { PlayerState } from './session/types.js';
import { fetchStoreCode, StartChoices, type PlayerInternals } from './start-choices.js';
import { afterNextPaint } from './idle-load.js';
import { SessionCode } from './session-code.js';

/**
 * Plays a whole routine hands-free: every exercise, side, repetition and set
 * in order, with a drawing of each pose, sounds, voice, vibration and a screen
 * that stays awake, a full-screen focus mode readable from the floor, and an
 * always-visible **Stop — this hurts**.
 *
 * The routine comes from the first source that applies: the `data` property, a
 * child `<script type="application/json">`, child `<back-exercise>` elements
 * (in order, with their own doses and `media` pictures), or the `routine` attribute.
 *
 * @tagname routine-player
 * @summary A hands-free player for a whole back-care routine, with a safe stop.
 *
 * @slot safety-advice - Replaces the advice shown after Stop — this hurts, and in the summary after a pain rating at or over `pain-threshold`.
 * @slot note - The clinic's note for the patient, printed on the handout (the player prints its whole routine).
 *
 * @fires {RoutinePlayerStartEvent} routine-player-start - The person started (or resumed) a session.
 * @fires {RoutinePlayerStepEvent} routine-player-step - An exercise began.
 * @fires {RoutinePlayerPauseEvent} routine-player-pause - The session was paused.
 * @fires {RoutinePlayerResumeEvent} routine-player-resume - The session resumed.
 * @fires {RoutinePlayerCompleteEvent} routine-player-complete - The routine is done; carries the summary (`highPain`: the ratings at or over `pain-threshold`).
 * @fires {RoutinePlayerStopEvent} routine-player-stop - The session ended early; `reason` is `pain` for Stop — this hurts; the summary says where (`stoppedAt`).
 *
 * @csspart base - The player.
 * @csspart before - The view before start.
 * @csspart reminder - Before start, how often the routine is done and Add to calendar (only for a routine with a `frequency`).
 * @csspart frequency - How often, in words: "How often: Mon, Wed, and Fri · twice a day · 08:00 and 18:00".
 * @csspart calendar - The Add to calendar button (which downloads an iCalendar file of reminders) with its hint.
 * @csspart list - The list of exercises before start.
 * @csspart move-up - When to move up a level, under the level choice (shown only where the level changes a dose).
 * @csspart sound-check - "Test sound" before start, with what it found (a status line).
 * @csspart thumbnail - The small drawing of each exercise in the list.
 * @csspart playing - The view while playing.
 * @csspart overall - "Exercise n of m" and the time left, while playing.
 * @csspart progress - The overall progress bar.
 * @csspart focus - The Full screen button.
 * @csspart exercise-name - The name of the exercise being played.
 * @csspart dose - The dose in words.
 * @csspart media - The drawing, or the author's picture, of the exercise being played.
 * @csspart ring - The progress ring of the current segment.
 * @csspart time - The remaining time of the current segment.
 * @csspart phase - What is happening now, with its icon.
 * @csspart cue - During a hold of a catalog exercise, the movement: "Pull your left knee towards your chest", "Up … and down".
 * @csspart count - Where in the count: "Rep 3 of 10 · Set 1 of 3".
 * @csspart position - The starting position to get into, while getting ready.
 * @csspart next - What comes next.
 * @csspart controls - The row of playback buttons.
 * @csspart button - Each button.
 * @csspart stop - The Stop — this hurts button (and Stop now after a high pain rating).
 * @csspart resume-sound - "Tap to turn the sound back on", while playing after the browser stopped the sound (a locked screen).
 * @csspart how - The "How to do it" steps while playing.
 * @csspart cautions - The cautions while playing.
 * @csspart rating - The pain and difficulty rating after an exercise.
 * @csspart pain - Each of the eleven pain buttons.
 * @csspart stopped - The view after Stop — this hurts.
 * @csspart stopped-at - Which exercise it was stopped in.
 * @csspart advice - The safety advice after stopping.
 * @csspart summary - The view at the end.
 * @csspart history-view - "Your history" (with `remember`, from the start view or the summary): this week (part `week`), the counts (`totals`), pain per exercise (`pain-chart`, and `pain-table` for screen readers), the pain stops (`pain-stops`), download and delete.
 * @csspart send-report - "Send to my physiotherapist" and its panel, after a remembered session (`remember`).
 * @csspart qr-code - The QR code of the report's link, in that panel.
 * @csspart high-pain - In the summary, the exercises rated at or over `pain-threshold`.
 * @csspart suggestions - Before start and in the summary (with `remember`): the level suggestions, and each change accepted, said plainly (part `level-changed`).
 * @csspart suggestion - One suggestion to change an exercise's level, with Accept and Not now (part `accept`); after a pain where there is no easier level, to call the clinic.
 * @csspart error - The message shown when the routine's data or the player's attributes are invalid.
 * @csspart loading - "Opening the routine from your link…", while a shared link is being read.
 * @csspart print - The handout printed instead of the player: the date, how often, every exercise with its pictures, steps and cautions, a week to tick (the prescribed days marked), the clinic's note, the safety advice and the warning signs.
 *
 * @cssproperty [--routine-player-accent=#1f5f8b] - Main colour of buttons and the ring during holds.
 * @cssproperty [--routine-player-stop-color=#b3261e] - Colour of Stop — this hurts.
 * @cssproperty [--routine-player-background=Canvas] - Background.
 * @cssproperty [--routine-player-color=CanvasText] - Text colour.
 * @cssproperty [--routine-player-size=min(13rem, 62vw)] - Diameter of the ring.
 * @cssproperty [--routine-player-ready-color=#8a4f00] - Colour of getting ready.
 * @cssproperty [--routine-player-rest-color=#2f6a31] - Colour of rests.
 * @cssproperty [--routine-player-switch-color=#7b3b9e] - Colour of switching sides.
 */
export class RoutinePlayer extends LitElement {
  // The views after Start add their own styles when the session's code arrives (see session-features.ts).
  static override styles = [themeStyles, buttonStyles, errorStyles, visuallyHiddenStyles, routinePlayerStyles, soundControlStyles];
  /** Reactive properties (declared here rather than with decorators: no decorator helper in the bundle). */
  /** @internal Marks the class as this library's, in any copy of it (see `shared/own-tags.ts`). */
  static readonly [OURS] = true;
  static override properties: PropertyDeclarations = {
    data: { attribute: false },
    routine: {},
    name: {},
    level: {},
    cues: {},
    pace: {},
    remember: { type: Boolean },
    rate: { type: Boolean },
    painThreshold: { attribute: 'pain-threshold' },
    fromUrl: { type: Boolean, attribute: 'from-url' },
    structuredData: { type: Boolean, attribute: 'structured-data' },
    noDrawings: { type: Boolean, attribute: 'no-drawings' },
    noFocusModeOnPhones: { type: Boolean, attribute: 'no-focus-mode-on-phones' },
    headingLevel: { attribute: 'heading-level', converter: { fromAttribute: readHeadingLevel } },
    theme: {},
    compact: { type: Boolean },
    suggestionsOff: { type: Boolean, attribute: 'no-suggestions' },
    source: { state: true },
    attributeProblems: { state: true },
    drawings: { state: true },
  };

  /** The element's language: its own `lang`, else the nearest ancestor's, else the document's. */
  readonly #i18n = new LocaleController(this, () => this.#hydrating);
  /** Taking over server-rendered content: the first update renders what the server did. */
  #hydrating = false;

  /** The routine as an object (for app developers), validated like JSON; wins over every other source. Set during a session, it is used from the next start. */
  data: unknown = undefined;
  /** Id of a built-in routine: `lower-back` (default), `lower-back-stretches`, `trunk-strength`. */
  routine: string | null = null;
  /** Name shown for a routine composed from child `<back-exercise>` elements. */
  name: string | null = null;
  /**
   * Starting level, which the person can change before start.
   * @type {'beginner' | 'intermediate' | 'advanced'}
   */
  level: Level = 'beginner';
  /** Starting cues (`beep voice vibrate` or `none`), which the person can change before start; a voice only where the browser can speak. */
  cues: string | null = null;
  /**
   * How repetitions are paced: `timer`, or `done` to wait for the Done button after each set.
   * @type {'timer' | 'done'}
   */
  pace: Pace = 'timer';
  /** Keep progress (resume after a reload) and a history of sessions in this browser, shown in "Your history". Off by default. */
  remember = false;
  /** Ask for pain (0–10) and difficulty after each exercise; the routine waits for the answer. */
  rate = false;
  /** A pain rating (0–10) at or above this, a whole number from 1 to 10, offers to stop. */
  painThreshold: NumberAttribute = 7;
  /**
   * Plays the routine of a shared link (`#routine=…` in the page's address, as a clinic's
   * routine builder makes it) when the address has one, and follows it when it changes; a
   * changed or cut-short link shows the usual plain error. Without one, the player's own source.
   * The code that reads links is a chunk the player fetches only with this attribute; while a link
   * is read, the player says so (part `loading`) rather than showing its own routine.
   */
  fromUrl = false;

  /**
   * Adds the routine to the page as schema.org data (`ExercisePlan` JSON-LD, as
   * `toStructuredData` gives it): a `<script type="application/ld+json">` child of the player,
   * written once the chunk that describes exercises has arrived (only pages with this attribute
   * fetch it).
   */
  structuredData = false;

  /** Shows no built-in drawings (an author's own `media` pictures still show). */
  noDrawings = false;
  /** Keeps the player in the page on a phone (a coarse pointer, a screen under 600 px either way), where Start and Resume open focus mode too. */
  noFocusModeOnPhones = false;

  /**
   * Heading level of the routine's name (and of the stopped and summary titles), 1 to 5, or `auto`
   * (the default): one below the nearest heading before the player. Its other headings are one below.
   */
  headingLevel: number | 'auto' = 'auto';
  /** `light`, `dark`, or `auto` (the default: as the visitor's system prefers). */
  theme: 'light' | 'dark' | 'auto' | null = null;
  /** A smaller player for a sidebar 280–360 px wide. */
  compact = false;
  /** Attribute `no-suggestions`: never suggests a change of level (with `remember`, it does from the ratings). */
  suggestionsOff = false;

  private source: ReadSource;
  /** Problems with the player's own attributes (`level`, `cues`, `pace`, `pain-threshold`, `name`). */
  private attributeProblems: DataProblem[] = [];
  /** The drawings module: `undefined` while it is on its way, `null` if it could not be loaded. */
  private drawings: IllustrationModule | null | undefined = undefined;

  readonly #sources = new RoutineSourceController(this, () => this.#hydrating, (source) => this.#read(source));
  readonly #internals: PlayerInternals = {
    shown: () => this.#shownRoutine(),
    hydrating: () => this.#hydrating,
    startable: () => this.attributeProblems.length === 0,
  };
  /** The start view's choices (level, cues, the offer to resume) and the plan at that level. */
  readonly #choices = new StartChoices(this, this.#i18n, this.#sources, this.#internals, (plan) => this.#playback?.cues.setPlan(plan));
  /**
   * The session (its cues, its views, what it says and where focus goes): its code arrives after
   * the first render, in idle time, or at once when Start is pressed sooner.
   */
  readonly #code = new SessionCode(({ PlaybackController }) => {
    const playback = new PlaybackController(this, this.#i18n, this.#choices, this.#sources, this.#internals);
    playback.session.painThreshold = this.#painThreshold;
    this.requestUpdate();
    return playback;
  });
  get #playback(): PlaybackController | undefined {
    return this.#code.playback;
  }
  /** A pain rating at or over this offers to stop (checked from `pain-threshold`). */
  #painThreshold = 7;

  constructor() {
    super();
    new PrintDateController(this);
    hostStates(this);
    // Another tab stopped this routine for pain: a session here pauses and says so; the offer to resume is read again.
    new OtherTabsController(this, () => {
      if (this.state === 'before') {
        this.#choices.openStore();
        this.requestUpdate();
      } else if (this.#playback?.session.noticeOtherTabs()) this.requestUpdate();
    });
  }
  /** The view (and rating) whose headings are levelled. */
  #headingsLevelled?: string;
  readonly #problemLog = new ProblemLog();

  /** `before`, `playing`, `stopped` or `summary`. */
  get state(): PlayerState {
    return this.#playback?.session.state ?? 'before';
  }

  /** The routine being played, with every exercise resolved, or `undefined` while the data is invalid. */
  get routineData(): ResolvedRoutine | undefined {
    return this.source?.ok ? this.source.routine : undefined;
  }

  /** The timeline being played. */
  get plan(): Plan | null {
    return this.#code.plan(this.#choices.plan);
  }

  /** The clinic's e-mail address for reports, from the shared link being played (`from-url`); `undefined` without one. */
  get clinicEmail(): string | undefined {
    return this.#sources.clinicEmail;
  }

  /** Whether the shared link being played (`from-url`) turned level suggestions off. */
  get noSuggestions(): boolean {
    return this.#sources.noSuggestions;
  }

  /** `idle`, `running`, `paused` or `done`: the state of the timeline. */
  get status() {
    return this.#playback?.status() ?? 'idle';
  }

  /** The level shown, spoken and printed: the session's, else the person's choice, the link's or the `level` attribute. */
  get #level(): Level {
    return this.#playback?.level ?? this.#choices.level;
  }

  /** The level exercise `index` is shown, played and printed at: the level, unless the patient accepted another for it. */
  #levelOf(index: number): Level {
    return this.#playback?.levelOf(index) ?? this.#choices.levels()[index] ?? this.#choices.level;
  }

  override connectedCallback(): void {
    this.#hydrating = isHydrating(this);
    super.connectedCallback();
  }

  protected override willUpdate(changed: Map<PropertyKey, unknown>): void {
    const has = (...names: string[]) => names.some((name) => changed.has(name));
    if (has(...CHECKED_PROPERTIES)) {
      const [problems, threshold] = checkPlayerAttributes(this);
      this.#painThreshold = threshold ?? this.#painThreshold;
      if (this.#playback) this.#playback.session.painThreshold = this.#painThreshold;
      this.attributeProblems = problems;
      this.#problemLog.log(this.#problems());
    }
    if (has('fromUrl') && this.hasUpdated) this.#sources.follow();
    // On a server nothing connects the element: its routine is read here.
    if (has('data', 'routine', 'name') || (isServer && !this.source)) this.#sources.read();
    if (has('source', 'remember')) this.#choices.openStore();
    if (this.state === 'before' && has('source', 'level', 'pace', 'remember')) this.#choices.preparePlan();
    // Ratings turned on or off during a session: the session waits after each exercise, or no longer.
    if (has('rate')) this.#playback?.session.updateStops();
    // Turned off during a session, remembering stops at once (turned on, it starts with the next session).
    if (has('remember') && !this.remember) this.#playback?.session.stopStoring();
    if (!isServer && has('source', 'noDrawings') && !this.noDrawings && this.routineData) {
      const load = () =>
        loadDrawingsFor(this, (drawings) => {
          this.drawings = drawings;
          this.#printDrawings.drawingsArrived();
        });
      // The first render shows their reserved room; they are fetched once it is painted, not before.
      if (this.hasUpdated) load();
      else void afterNextPaint().then(load);
    }
  }

  protected override updated(changed: Map<PropertyKey, unknown>): void {
    // The views after Start are styled from the moment the session's code is here, before they first paint.
    this.#code.adoptStyles(this.renderRoot);
    // Where focus goes after a choice before start, a level suggestion or "Your history".
    this.#choices.takeFocus(this.renderRoot);
    // Headings are new only when the view, the rating panel or the source changes: not on every tick.
    const shown = this.state + (this.#playback?.session.rating?.index ?? '');
    if (changed.has('source') || changed.has('headingLevel') || shown !== this.#headingsLevelled) {
      this.#headingsLevelled = shown;
      levelHeadings(this);
    }
    const level = this.#level;
    syncStructuredData(
      this,
      this.structuredData,
      // In the element's language, as shown.
      ({ toStructuredData }) => {
        const shown = this.#shownRoutine();
        return shown ? toStructuredData(shown, { level }) : undefined;
      },
      [this.routineData, level, this.#i18n.locale],
      (work) => this.#i18n.run(work),
    );
  }

  #problems(): DataProblem[] {
    return playerProblems(this.attributeProblems, this.source);
  }

  /** A source was read (`undefined` while a shared link is being read). */
  #read(source: ReadSource): void {
    this.source = source;
    if (source) this.#problemLog.log(this.#problems());
  }

  /** The routine as shown, in the element's language (call inside its language: in an update or `i18n.run`). */
  #shownRoutine(): ResolvedRoutine | undefined {
    if (!this.source?.ok) return undefined;
    return localizeRoutine(this.source.routine, this.source.source === 'catalog');
  }

  /** The picture of exercise `index` in the place `use` names (see {@link pictureFor}). */
  readonly #picture: Picture = (index, side, use, moment) => {
    const drawings = this.noDrawings ? null : use.startsWith('print') && !this.#printDrawings.ready ? undefined : this.drawings;
    return pictureFor(this.#sources.cards, index, this.routineData!.exercises[index], drawings, this.#levelOf(index), side, use, moment);
  };
  /** The handout's drawings come after the ones on screen, or at once for printing. */
  readonly #printDrawings = new PrintDrawingsController(this, () => this.performUpdate());

  /**
   * Starts the routine from the beginning. Call from a user's click so sound and speech may play.
   * Called before the session's code has arrived (it loads after the first render), it starts
   * the moment that code arrives.
   */
  start(): void {
    this.#code.with((playback) => playback.begin());
  }

  /**
   * Pauses the session (its cues fall silent, the screen may sleep again) and fires `routine-player-pause`;
   * does nothing unless it is playing and running, nor while it waits for Done or a rating.
   */
  pause(): void {
    this.#playback?.session.pause();
  }

  /**
   * Goes on from where the session was paused and fires `routine-player-resume`; does nothing unless it is
   * paused, nor while it waits for Done or a rating. Call from a user's click so sound may play.
   */
  resume(): void {
    this.#playback?.session.resume();
  }

  /** Ends a self-paced set ("I've done my repetitions") and moves on. */
  done(): void {
    this.#playback?.session.done();
  }

  /** Moves to the start of the next exercise; the one left counts as skipped. */
  next(): void {
    this.#playback?.session.next();
  }

  /** Moves to the start of the previous exercise (or restarts the first). */
  previous(): void {
    this.#playback?.session.previous();
  }

  /**
   * Stops at once: silences every cue (vibration too), records the exercise in progress as
   * `stopped` with exactly where (`stoppedAt`), shows safety advice naming it, and fires
   * `routine-player-stop` with reason `pain`.
   */
  stopForPain(): void {
    this.#playback?.session.stopForPain();
  }

  #onKeydown(event: KeyboardEvent): void {
    this.#playback?.onKey(event);
  }

  /**
   * Resolves once the element has rendered and what its first render sent for has arrived and
   * rendered too (the child cards' element; where Start is offered, the session's code):
   * `player.start()` right after it starts at once, as it always did.
   */
  protected override async getUpdateComplete(): Promise<boolean> {
    let complete = await super.getUpdateComplete();
    for (let waited = this.#waitingFor(); waited; waited = this.#waitingFor()) {
      await waited;
      complete = await super.getUpdateComplete();
    }
    return complete;
  }

  /** What the element still waits for: a read of the child cards; once Start is offered, the session's code. */
  #waitingFor(): Promise<unknown> | undefined {
    return this.#sources.waiting ?? (this.plan ? this.#code.pending : undefined);
  }

  /** With `remember`, an update waits for the store's code (fetched only then). */
  protected override scheduleUpdate(): void | Promise<unknown> {
    const storeCode = this.remember && !isServer ? fetchStoreCode() : undefined;
    return storeCode ? storeCode.then(() => super.scheduleUpdate()) : super.scheduleUpdate();
  }

  /** Updates (and so renders) in the element's language. */
  protected override performUpdate(): void {
    this.#i18n.run(() => super.performUpdate());
  }

  protected override firstUpdated(): void {
    // What only a session needs comes after the first render, in idle time.
    this.#code.fetchWhenIdle();
    if (!this.#hydrating) return;
    // The server's content is taken over: now show what depends on this browser.
    this.#hydrating = false;
    this.requestUpdate();
    // What the server could not know: stored progress, and a shared link in the address (the
    // server showed the player's own routine; while the link is read, that is not offered).
    this.#choices.openStore();
    if (this.#sources.linkPending) this.#sources.read();
  }

  protected override render() {
    if (!this.source) return this.fromUrl && this.#sources.linkPending ? renderLoading() : nothing;
    // An attribute made invalid during a session is logged and shown back at the start: the session
    // plays on with what it started with, and its Stop (or its result) never disappears.
    if (!this.source.ok || (this.attributeProblems.length > 0 && this.state === 'before')) return renderProblems(this.#problems());
    const routine = this.#shownRoutine()!;
    return html`<div
        part="base"
        class=${this.#playback?.focusMode.active ? 'base focus' : 'base'}
        lang=${this.#i18n.locale}
        dir=${this.#i18n.dir}
        @keydown=${this.#onKeydown}
      >
        ${this.state === 'before' ? this.#choices.render(routine, this.#painThreshold, (index) => this.#picture(index, null, 'thumbnail'), this.#code) : this.#playback!.render(routine, this.#painThreshold, this.#picture)}
        <div class="visually-hidden" aria-live="polite" aria-atomic="true">${this.#playback?.announcement ?? ''}</div>
      </div>
      ${renderPrintView(routine, this.#level, (index, at) => this.#picture(index, null, at === 'start' ? 'print-start' : 'print'), this.#sources.note, slottedAdvice(this), routine.exercises.map((_, index) => this.#levelOf(index)))}`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'routine-player': RoutinePlayer;
  }
}
