import { LitElement, type PropertyDeclarations, html, isServer, nothing } from 'lit';
import { isHydrating } from '../shared/hydration.js';
import { syncStructuredData } from '../shared/structured-data-child.js';
import type { SharedRoutine } from '../share/routine-link.js';
import { LocaleController, forwardKey, msg, str } from '../i18n/localize.js';
import { localizeRoutine } from '../i18n/catalog-text.js';
import { headingLevelIn, readHeadingLevel } from '../shared/heading-level.js';
import { parseCues, type CueOptions } from '../cues/cue-options.js';
import { SessionController } from '../cues/session-controller.js';
import { doneAnnouncement } from '../i18n/phrases.js';
import { Checker, LIMITS } from '../model/checker.js';
import { DataError, formatProblem, type DataProblem } from '../model/data-error.js';
import type { NumberAttribute } from '../model/dose-attributes.js';
import type { Plan, Segment } from '../model/plan.js';
import { LEVELS, type Level, type Pace, type ResolvedRoutine } from '../model/types.js';
import { ringStyles } from '../hold-timer/ring.js';
import { adoptDrawingStyles, loadIllustrations, renderExerciseMedia, type IllustrationModule } from '../shared/exercise-media.js';
import { phaseStyles } from '../shared/phase.js';
import { themeStyles } from '../shared/theme.js';
import { buttonStyles, errorStyles, visuallyHiddenStyles } from '../shared/styles.js';
import {
  RoutinePlayerCompleteEvent,
  RoutinePlayerPauseEvent,
  RoutinePlayerResumeEvent,
  RoutinePlayerStartEvent,
  RoutinePlayerStepEvent,
  RoutinePlayerStopEvent,
} from './events.js';
import { FocusModeController } from './focus-mode.js';
import { renderPlaying, type RatingModel } from './playing-view.js';
import { renderPrintView } from './print-view.js';
import { ProgressStore, type SavedProgress } from './progress-store.js';
import { childMedia } from './child-media.js';
import { RoutineSession } from './session/routine-session.js';
import { fitsPlan, planFor } from './session/routine-plan.js';
import type { AwaitedRating, PlayerState, Rating, RoutineChange } from './session/types.js';
import { speakFor } from './routine-speech.js';
import { resolveRoutineSource, type RoutineSourceResult } from './routine-source.js';
import { renderBefore, renderStopped, renderSummary } from './routine-views.js';
import { routinePlayerStyles } from './routine-player.styles.js';

type View = PlayerState;

const PACES = ['timer', 'done'] as const;
const PAIN_THRESHOLD = { min: 1, max: 10 };
const ATTRIBUTE_PROPERTIES = ['level', 'cues', 'pace', 'painThreshold', 'name'];

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
 * @slot safety-advice - Replaces the advice shown after Stop — this hurts.
 * @slot note - The clinic's note for the patient, printed on the handout (the player prints its whole routine).
 *
 * @fires {RoutinePlayerStartEvent} routine-player-start - The person started (or resumed) a session.
 * @fires {RoutinePlayerStepEvent} routine-player-step - An exercise began.
 * @fires {RoutinePlayerPauseEvent} routine-player-pause - The session was paused.
 * @fires {RoutinePlayerResumeEvent} routine-player-resume - The session resumed.
 * @fires {RoutinePlayerCompleteEvent} routine-player-complete - The routine is done; carries the summary.
 * @fires {RoutinePlayerStopEvent} routine-player-stop - The session ended early; `reason` is `pain` for Stop — this hurts; the summary says where (`stoppedAt`).
 *
 * @csspart base - The player.
 * @csspart before - The view before start.
 * @csspart list - The list of exercises before start.
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
 * @csspart count - Where in the count: "Rep 3 of 10 · Set 1 of 3".
 * @csspart position - The starting position to get into, while getting ready.
 * @csspart next - What comes next.
 * @csspart controls - The row of playback buttons.
 * @csspart button - Each button.
 * @csspart stop - The Stop — this hurts button (and Stop now after a high pain rating).
 * @csspart how - The "How to do it" steps while playing.
 * @csspart cautions - The cautions while playing.
 * @csspart rating - The pain and difficulty rating after an exercise.
 * @csspart pain - Each of the eleven pain buttons.
 * @csspart stopped - The view after Stop — this hurts.
 * @csspart stopped-at - Which exercise it was stopped in.
 * @csspart advice - The safety advice after stopping.
 * @csspart summary - The view at the end.
 * @csspart error - The message shown when the routine's data or the player's attributes are invalid.
 * @csspart loading - "Opening the routine from your link…", while a shared link is being read.
 * @csspart print - The handout printed instead of the player: every exercise with steps and cautions, a week to tick, the clinic's note.
 *
 * @cssproperty --routine-player-accent - Main colour of buttons and the ring during holds. Default: #1f5f8b.
 * @cssproperty --routine-player-stop-color - Colour of Stop — this hurts. Default: #b3261e.
 * @cssproperty --routine-player-background - Background. Default: Canvas.
 * @cssproperty --routine-player-color - Text colour. Default: CanvasText.
 * @cssproperty --routine-player-size - Diameter of the ring. Default: min(13rem, 62vw).
 * @cssproperty --routine-player-ready-color - Colour of getting ready. Default: #8a4f00.
 * @cssproperty --routine-player-rest-color - Colour of rests. Default: #2f6a31.
 * @cssproperty --routine-player-switch-color - Colour of switching sides. Default: #7b3b9e.
 */
export class RoutinePlayer extends LitElement {
  static override styles = [themeStyles, ringStyles, buttonStyles, errorStyles, visuallyHiddenStyles, phaseStyles, routinePlayerStyles];
  /** Reactive properties (declared here rather than with decorators: no decorator helper in the bundle). */
  static override properties: PropertyDeclarations = {
    data: { attribute: false },
    routine: { reflect: true },
    name: {},
    level: { reflect: true },
    cues: {},
    pace: {},
    remember: { type: Boolean },
    rate: { type: Boolean },
    painThreshold: { attribute: 'pain-threshold' },
    fromUrl: { type: Boolean, attribute: 'from-url' },
    structuredData: { type: Boolean, attribute: 'structured-data' },
    noDrawings: { type: Boolean, attribute: 'no-drawings' },
    headingLevel: { attribute: 'heading-level', converter: { fromAttribute: readHeadingLevel } },
    theme: { reflect: true },
    compact: { type: Boolean, reflect: true },
    source: { state: true },
    chosenLevel: { state: true },
    chosenCues: { state: true },
    offer: { state: true },
    attributeProblems: { state: true },
    drawings: { state: true },
    linked: { state: true },
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
  /** Starting cues (`beep voice vibrate` or `none`), which the person can change before start. Default: all three (voice where the browser can speak). */
  cues: string | null = null;
  /**
   * How repetitions are paced: `timer`, or `done` to wait for the Done button after each set.
   * @type {'timer' | 'done'}
   */
  pace: Pace = 'timer';
  /** Keep progress (resume after a reload) and a history of sessions in this browser. Off by default. */
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

  /**
   * Heading level of the routine's name (and of the stopped and summary titles), 1 to 5, or `auto`
   * (the default): one below the nearest heading before the player. Its other headings are one below.
   */
  headingLevel: number | 'auto' = 'auto';
  /** `light`, `dark`, or `auto` (the default: as the visitor's system prefers). */
  theme: 'light' | 'dark' | 'auto' | null = null;
  /** A smaller player for a sidebar 280–360 px wide. */
  compact = false;

  private source: Exclude<RoutineSourceResult, { pending: unknown }> | undefined;
  private chosenLevel: Level | undefined;
  private chosenCues: CueOptions | undefined;
  private offer: SavedProgress | null = null;
  /** Problems with the player's own attributes (`level`, `cues`, `pace`, `pain-threshold`, `name`). */
  private attributeProblems: DataProblem[] = [];
  /** The drawings module: `undefined` while it is on its way, `null` if it could not be loaded. */
  private drawings: IllustrationModule | null | undefined = undefined;

  readonly #controller = new SessionController(this, {
    onChanges: (changes) => this.#session.apply(changes),
    language: () => this.#i18n.locale,
  });
  /** The session's rules, with no DOM: what it tells is heard in the element's language. */
  readonly #session: RoutineSession = new RoutineSession(this.#controller, (change) => this.#i18n.run(() => this.#heard(change)), {
    ratings: () => this.rate,
  });
  readonly #focusMode = new FocusModeController(this);
  /** Made on connect: a constructor touches no DOM API (server rendering). */
  #childObserver?: MutationObserver;
  /** Where progress and history are kept: only with `remember`, in a browser that lets us. */
  #store?: ProgressStore;
  #announcement = '';
  #focusAfterRender?: string;
  #scrollAfterRender?: boolean;
  #loggedError = '';
  /** The sources changed while a session was playing; they are read again back at the start. */
  #sourceChangedWhilePlaying?: boolean;
  #threshold = 7;

  /** `before`, `playing`, `stopped` or `summary`. */
  get state(): View {
    return this.#session.state;
  }

  /** The routine being played, with every exercise resolved, or `undefined` while the data is invalid. */
  get routineData(): ResolvedRoutine | undefined {
    return this.source?.ok ? this.source.routine : undefined;
  }

  /** The timeline being played. */
  get plan(): Plan | null {
    return this.#controller.session?.plan ?? null;
  }

  /** `idle`, `running`, `paused` or `done`: the state of the timeline. */
  get status() {
    return this.#controller.session?.status(this.#controller.now()) ?? 'idle';
  }

  get #activeLevel(): Level {
    // A session shows, speaks and prints the level it was started at, whatever happens meanwhile to
    // the attribute or to the link that set it (the session itself plays on at that level).
    return this.#session.level ?? this.chosenLevel ?? this.level ?? 'beginner';
  }

  get #activeCues(): CueOptions {
    if (this.chosenCues) return this.chosenCues;
    const parsed = parseCues(this.cues ?? 'beep voice vibrate');
    const options = 'options' in parsed ? parsed.options : { beep: true, voice: true, vibrate: true };
    // A voice is the most useful cue for a person on the floor, where the browser can speak at all.
    return { ...options, voice: options.voice && this.#canSpeak() };
  }

  override connectedCallback(): void {
    this.#hydrating = isHydrating(this);
    super.connectedCallback();
    if (this.fromUrl) void this.#readLink();
    window.addEventListener('hashchange', this.#onHashChange);
    // The player's own attributes are its properties' business; only `routine-id` (a composed
    // routine's id) is read from it directly.
    this.#childObserver ??= new MutationObserver((records) => {
      if (records.some((record) => record.target !== this || record.attributeName === 'routine-id')) this.#readSource();
    });
    this.#childObserver.observe(this, { childList: true, subtree: true, characterData: true, attributes: true });
    // Put back into the page mid-session (moved, re-inserted): the session goes on with what it has.
    if (this.state !== 'playing') this.#readSource();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    window.removeEventListener('hashchange', this.#onHashChange);
    this.#childObserver?.disconnect();
  }

  protected override willUpdate(changed: Map<PropertyKey, unknown>): void {
    const has = (...names: string[]) => names.some((name) => changed.has(name));
    if (has(...ATTRIBUTE_PROPERTIES)) this.#checkAttributes();
    // On a server nothing connects the element: its routine is read here.
    if (has('fromUrl') && this.hasUpdated) {
      if (this.fromUrl) void this.#readLink();
      else {
        this.linked = null;
        this.#linkPending = false;
        this.#forgetLinkLevel();
        this.#readSource();
      }
    }
    if (has('data', 'routine', 'name', 'linked') || (isServer && !this.source)) this.#readSource();
    if (this.state === 'before' && has('source', 'level', 'chosenLevel', 'pace')) this.#preparePlan();
    if (has('source', 'remember')) this.#openStore();
    // Ratings turned on or off during a session: the session waits after each exercise, or no longer.
    if (has('rate')) this.#session.updateStops();
    // Turned off during a session, remembering stops at once (turned on, it starts with the next session).
    if (has('remember') && !this.remember) this.#session.stopStoring();
    if (!isServer && has('source', 'noDrawings') && !this.noDrawings && this.routineData) {
      void loadIllustrations().then((drawings) => {
        if (drawings) adoptDrawingStyles(this.renderRoot, drawings);
        this.drawings = drawings;
      });
    }
  }

  protected override updated(changed: Map<PropertyKey, unknown>): void {
    // Headings are new only when the view, the rating panel or the source changes: not on every tick.
    const shown = this.state + (this.#session.rating?.index ?? '');
    if (['source', 'headingLevel'].some((key) => changed.has(key)) || shown !== this.#headingsLevelled) {
      this.#headingsLevelled = shown;
      this.#levelHeadings();
    }
    const routine = this.routineData;
    const level = this.#activeLevel;
    syncStructuredData(
      this,
      this.structuredData,
      // In the element's language, as shown.
      ({ toStructuredData }) => {
        const shown = this.#shownRoutine();
        return shown ? toStructuredData(shown, { level }) : undefined;
      },
      [routine, level, this.#i18n.locale],
      (work) => this.#i18n.run(work),
    );
    if (this.#scrollAfterRender) {
      this.#scrollAfterRender = false;
      this.#bringIntoView();
    }
    if (!this.#focusAfterRender) return;
    // Back at the start with an attribute made invalid meanwhile, the error stands where the title would.
    (this.renderRoot.querySelector<HTMLElement>(this.#focusAfterRender) ?? this.renderRoot.querySelector<HTMLElement>('[part="error"]'))?.focus({
      preventScroll: true,
    });
    this.#focusAfterRender = undefined;
  }

  /** The view (and rating) whose headings are levelled. */
  #headingsLevelled?: string;

  /** The views write `h2` and `h3`; `aria-level` sets the levels that fit the page. */
  #levelHeadings(): void {
    const title = Math.min(5, headingLevelIn(this, this.headingLevel));
    for (const written of [2, 3]) {
      const level = title + written - 2;
      for (const heading of this.renderRoot.querySelectorAll(`h${written}`)) {
        if (level === written) heading.removeAttribute('aria-level');
        else heading.setAttribute('aria-level', String(level));
      }
    }
  }

  /**
   * After Start: the name, the countdown, the controls and Stop in view, on the smallest phone
   * too. Stop sticks to the bottom of the screen, so what must show is what lies above it.
   */
  #bringIntoView(): void {
    const find = (selector: string) => this.renderRoot.querySelector(selector);
    const top = find('.playing');
    const name = find('.name');
    const controls = find('.controls') ?? find('.dial');
    const stop = find('.stop-bar');
    if (!top || !name || !controls || !stop || this.#focusMode.active) return;
    const room = window.innerHeight - stop.getBoundingClientRect().height;
    const topEdge = top.getBoundingClientRect().top;
    const bottom = controls.getBoundingClientRect().bottom;
    if (topEdge >= 0 && bottom <= room) return;
    // Start at the player's own top if all fits below it, else at the name.
    (bottom - topEdge <= room ? top : name).scrollIntoView({ block: 'start' });
  }

  #checkAttributes(): void {
    const check = new Checker();
    check.oneOf('level', this.level ?? 'beginner', LEVELS);
    const cues = parseCues(this.cues ?? 'beep voice vibrate');
    if ('problem' in cues) check.fail('cues', cues.problem);
    check.oneOf('pace', this.pace, PACES);
    this.#threshold = check.wholeNumberText('pain-threshold', this.painThreshold, PAIN_THRESHOLD) ?? this.#threshold;
    if (this.name !== null) check.text('name', this.name, LIMITS.nameLength);
    this.attributeProblems = check.problems;
    this.#logProblems();
  }

  /** The problems with the attributes, then those with the routine's data. */
  #problems(): DataProblem[] {
    return [...this.attributeProblems, ...(this.source && !this.source.ok ? this.source.error.problems : [])];
  }

  #logProblems(): void {
    const message = this.#problems().map(formatProblem).join('; ');
    if (message && message !== this.#loggedError) console.error(`<routine-player>: ${message}`);
    this.#loggedError = message;
  }

  /** What the page's address holds: a shared routine, a link that could not be read, or nothing. */
  private linked: SharedRoutine | DataError | null = null;
  /** A `#routine=` link in the address is being read (the chunk that reads links, then the unpacking). */
  #linkPending?: boolean;
  /** Readings of the address started, so that only the newest one is used. */
  #linkReads = 0;
  /** The level chosen is the one a link brought (not the person's), so it goes with the link. */
  #levelFromLink?: boolean;

  #forgetLinkLevel(): void {
    if (this.#levelFromLink) this.chosenLevel = undefined;
    this.#levelFromLink = false;
  }

  readonly #onHashChange = () => {
    if (this.fromUrl) void this.#readLink();
  };

  /** Reads `#routine=…` from the address (it never throws: a bad link becomes the visible error). */
  async #readLink(): Promise<void> {
    // While a link in the address is read, no other routine is shown (nor can be started).
    this.#linkPending = /[#&]routine=/.test(location.hash);
    const reading = ++this.#linkReads;
    let linked: SharedRoutine | DataError | null;
    try {
      // Only a page that plays shared links loads the code that reads them.
      const { decodeRoutineLink } = await import('../share/routine-link.js');
      linked = await decodeRoutineLink(location.hash);
    } catch (error) {
      linked = error instanceof DataError ? error : new DataError('shared routine', [{ path: 'link', message: 'could not be read' }]);
    }
    // Only the newest reading counts (the address may have changed meanwhile), and only while the
    // player still follows the address.
    if (reading !== this.#linkReads || !this.fromUrl) return;
    this.linked = linked;
    this.#linkPending = false;
    // A link's level is offered until the person picks one; a newer link, or none, takes it back.
    this.#forgetLinkLevel();
    if (linked && !(linked instanceof DataError) && linked.level && !this.chosenLevel) {
      this.chosenLevel = linked.level;
      this.#levelFromLink = true;
    }
    this.#readSource();
  }

  #readSource(attempt = 0): void {
    if (!this.isConnected && !isServer) return;
    if (this.state === 'playing') {
      // The session in progress is not swapped under the person's feet: the new data waits.
      if (!this.#sourceChangedWhilePlaying) {
        console.warn('<routine-player>: the routine changed during a session; it is used from the next start.');
      }
      this.#sourceChangedWhilePlaying = true;
      return;
    }
    this.#sourceChangedWhilePlaying = false;
    // While a link is read, no other routine is offered; the update that takes a server's content
    // over shows what the server did.
    if (this.fromUrl && this.#linkPending && !this.linked && !this.#hydrating) {
      this.source = undefined;
      return;
    }
    // The address is read only while the player follows it.
    const shared = this.fromUrl ? this.linked : null;
    if (shared instanceof DataError) {
      this.source = { ok: false, error: shared };
      this.#logProblems();
      return;
    }
    // The routine a shared link holds, its pace given to the items that have none.
    const pace = shared?.pace;
    const linked = shared && pace ? { ...shared.routine, items: shared.routine.items.map((item) => ({ pace, ...item })) } : shared?.routine;
    const source = resolveRoutineSource(this, linked ?? this.data, this.routine, attempt);
    if ('pending' in source) {
      void source.pending.then(() => this.#readSource(attempt + 1));
      return;
    }
    this.source = source;
    // What goes with the routine is kept with it, so that a session shows and prints what it plays
    // even when the address or the children change meanwhile.
    this.#note = shared?.note;
    this.#cards = (source.ok && source.cards) || [];
    this.#logProblems();
  }

  /** The clinic's note that came with the shared link being played. */
  #note: string | undefined;
  /** The child cards the routine was read from, in order: their pictures are shown with it. */
  #cards: Element[] = [];

  /** The routine as shown, in the element's language (call inside its language: in an update or `i18n.run`). */
  #shownRoutine(): ResolvedRoutine | undefined {
    if (!this.source?.ok) return undefined;
    return localizeRoutine(this.source.routine, this.source.source === 'catalog');
  }

  #preparePlan(): void {
    const routine = this.routineData;
    this.#controller.setPlan(routine ? planFor(routine, this.#activeLevel, this.pace) : null);
  }

  /** Whether this browser can speak (a server, and the first update after it, say no). */
  #canSpeak(): boolean {
    return !isServer && !this.#hydrating && speechAvailable();
  }

  #openStore(): void {
    // Stored progress lives in this browser: not on a server, nor in the update that takes its content over.
    if (isServer || this.#hydrating) {
      this.#store = undefined;
      this.offer = null;
      return;
    }
    const routine = this.routineData;
    this.#store = this.remember && routine ? new ProgressStore(routine.id) : undefined;
    // Offered only where it still points at the start of an exercise of this routine's plan.
    this.offer = this.#store?.loadProgress((saved) => fitsPlan(routine!, this.pace, saved)) ?? null;
  }

  /** Starts the routine from the beginning. Call from a user's click so sound and speech may play. */
  start(): void {
    this.#begin(0);
  }

  #begin(segmentIndex: number): void {
    const routine = this.routineData;
    if (!routine || !this.#controller.session || this.state === 'playing' || this.attributeProblems.length > 0) return;
    this.#controller.cues = this.#activeCues;
    this.#focusAfterRender = '.primary';
    this.#scrollAfterRender = true;
    // The summary names the exercises as the person saw them, in the element's language.
    this.#session.start(this.#i18n.run(() => this.#shownRoutine()!), this.#activeLevel, this.#store, segmentIndex);
  }

  #resumeSaved(): void {
    if (!this.offer) return;
    this.chosenLevel = this.offer.level;
    this.#levelFromLink = false;
    this.#preparePlan();
    this.#begin(this.offer.segmentIndex);
  }

  /**
   * Pauses the session (its cues fall silent, the screen may sleep again) and fires `routine-player-pause`;
   * does nothing unless it is playing and running, nor while it waits for Done or a rating.
   */
  pause(): void {
    this.#session.pause();
  }

  /**
   * Goes on from where the session was paused and fires `routine-player-resume`; does nothing unless it is
   * paused, nor while it waits for Done or a rating. Call from a user's click so sound may play.
   */
  resume(): void {
    this.#session.resume();
  }

  /** Ends a self-paced set ("I've done my repetitions") and moves on. */
  done(): void {
    this.#session.done();
  }

  /** Moves to the start of the next exercise; the one left counts as skipped. */
  next(): void {
    this.#session.next();
  }

  /** Moves to the start of the previous exercise (or restarts the first). */
  previous(): void {
    this.#session.previous();
  }

  /**
   * Stops at once: silences every cue (vibration too), records the exercise in progress as
   * `stopped` with exactly where (`stoppedAt`), shows safety advice naming it, and fires
   * `routine-player-stop` with reason `pain`.
   */
  stopForPain(): void {
    this.#session.stopForPain();
  }

  /** What the session tells, in the element's language: events for the page, words, focus. */
  #heard(change: RoutineChange): void {
    this.requestUpdate();
    switch (change.type) {
      case 'start':
        this.dispatchEvent(new RoutinePlayerStartEvent(this.routineData!.id, this.#activeLevel, change.exerciseIndex));
        break;
      case 'step': {
        const index = change.segment.exerciseIndex;
        this.dispatchEvent(new RoutinePlayerStepEvent(index, this.routineData!.exercises[index], change.segment, change.late));
        break;
      }
      case 'pause':
        this.dispatchEvent(new RoutinePlayerPauseEvent(change.exerciseIndex));
        break;
      case 'resume':
        this.dispatchEvent(new RoutinePlayerResumeEvent(change.exerciseIndex));
        break;
      case 'announce': {
        const { live, voice } = speakFor(this.#shownRoutine()!, change.segment, this.#activeLevel);
        if (live) this.#announcement = live;
        if (voice && !change.late) this.#controller.say(voice);
        break;
      }
      case 'rate': {
        this.#focusAfterRender = '#rating-title';
        const name = this.#shownRoutine()!.exercises[change.index].name;
        this.#announcement = msg(str`Paused. How did ${name} feel? Rate it, then continue.`);
        this.#controller.say(this.#announcement);
        break;
      }
      case 'end': {
        const pain = change.reason === 'pain';
        this.#focusMode.exit();
        this.#focusAfterRender = pain ? '#stopped-title' : '#summary-title';
        this.#announcement = pain ? msg('Session stopped.') : doneAnnouncement();
        if (!pain) this.#controller.say(this.#announcement);
        this.dispatchEvent(pain ? new RoutinePlayerStopEvent('pain', change.summary) : new RoutinePlayerCompleteEvent(change.summary));
      }
    }
  }

  #continueAfterRating(): void {
    this.#session.continueAfterRating();
    if (this.state === 'playing') this.#focusAfterRender = '.primary';
  }

  #backToStart(): void {
    this.#session.backToStart();
    this.requestUpdate();
    this.#focusAfterRender = '#title';
    if (this.#sourceChangedWhilePlaying) this.#readSource();
    this.#openStore();
    this.#preparePlan();
  }

  #onKeydown(event: KeyboardEvent): void {
    if (this.state !== 'playing' || event.repeat) return;
    if (event.key === 'Escape') {
      event.preventDefault();
      // In focus mode Escape returns to the page; elsewhere it is the key for Stop — this hurts.
      if (this.#focusMode.active) this.#focusMode.exit();
      else this.stopForPain();
      return;
    }
    const target = event.composedPath()[0] as Element;
    if (this.#session.rating || target.closest?.('input, select, textarea, summary')) return;
    if (event.key === ' ' && !target.closest?.('button')) {
      event.preventDefault();
      this.#session.toggle();
    } else if (event.key === 'ArrowRight' || event.key === 'ArrowLeft') {
      // Forward is the way the language reads: → in English, ← in Arabic.
      event.preventDefault();
      if (event.key === forwardKey(this.#i18n.dir)) this.next();
      else this.previous();
    }
  }

  /** Updates (and so renders) in the element's language. */
  protected override performUpdate(): void {
    this.#i18n.run(() => super.performUpdate());
  }

  protected override firstUpdated(): void {
    if (!this.#hydrating) return;
    // The server's content is taken over: now show what depends on this browser.
    this.#hydrating = false;
    this.requestUpdate();
    // What the server could not know: stored progress, and a shared link in the address (the
    // server showed the player's own routine; while the link is read, that is not offered).
    this.#openStore();
    if (this.#linkPending) this.#readSource();
  }

  protected override render() {
    if (!this.source) {
      // A shared link is being read (its code and the unpacking take a moment): say so.
      return this.fromUrl && this.#linkPending
        ? html`<div part="base" class="base"><p part="loading" role="status">${msg('Opening the routine from your link…')}</p></div>`
        : nothing;
    }
    // An attribute made invalid during a session is logged and shown back at the start: the session
    // plays on with what it started with, and its Stop (or its result) never disappears.
    if (!this.source.ok || (this.attributeProblems.length > 0 && this.state === 'before')) {
      return html`<div part="error" role="alert" tabindex="-1">
        <p>${msg('This routine cannot be played because its data has problems:')}</p>
        <ul>${this.#problems().map((problem) => html`<li>${formatProblem(problem)}</li>`)}</ul>
      </div>`;
    }
    const routine = this.#shownRoutine()!;
    return html`<div
        part="base"
        class=${this.#focusMode.active ? 'base focus' : 'base'}
        lang=${this.#i18n.locale}
        dir=${this.#i18n.dir}
        @keydown=${this.#onKeydown}
      >
        ${this.#renderView(routine)}
        <div class="visually-hidden" aria-live="polite" aria-atomic="true">${this.#announcement}</div>
      </div>
      ${renderPrintView(routine, this.#activeLevel, (index) => this.#renderMedia(index, null, 'print'), this.#note)}`;
  }

  #renderView(routine: ResolvedRoutine) {
    const session = this.#session;
    switch (session.state) {
      case 'before':
        return this.plan
          ? renderBefore({
              routine,
              plan: this.plan,
              level: this.#activeLevel,
              cues: this.#activeCues,
              offer: this.offer,
              // Whether the browser refused is known before counting (counting may find that out too).
              unsaved: this.remember && this.#store?.available === false,
              sessionsThisWeek: this.#store?.sessionsThisWeek() ?? 0,
              speechAvailable: this.#canSpeak(),
              thumbnail: (index) => this.#renderMedia(index, null, 'thumbnail'),
              note: this.#note,
              onLevel: (level) => {
                this.chosenLevel = level;
                this.#levelFromLink = false;
              },
              onCue: (cue, on) => (this.chosenCues = { ...this.#activeCues, [cue]: on }),
              onStart: () => this.start(),
              onResume: () => this.#resumeSaved(),
            })
          : nothing;
      case 'playing':
        return this.#renderPlayingView(routine);
      case 'stopped':
        return renderStopped(session.summary!, () => this.#backToStart());
      case 'summary':
        return renderSummary(
          session.summary!,
          this.#store?.available ? this.#store.sessionsThisWeek() : null,
          this.remember && this.#store?.available === false,
          () => this.#backToStart(),
        );
    }
  }

  #renderPlayingView(routine: ResolvedRoutine) {
    const snapshot = this.#controller.snapshot();
    if (!snapshot) return nothing;
    const { rating, waiting } = this.#session;
    const index = rating?.index ?? snapshot.segment.exerciseIndex;
    return renderPlaying({
      routine,
      plan: this.plan!,
      snapshot,
      level: this.#activeLevel,
      waiting,
      pausedMs: this.#controller.session!.pausedFor(this.#controller.now()),
      focus: this.#focusMode.active,
      media: this.#renderMedia(index, rating ? null : snapshot.segment.side, 'playing'),
      wakeLockUnavailable: this.#controller.wakeLockState === 'unavailable',
      rating: rating && this.#ratingModel(rating),
      onPrevious: () => this.previous(),
      onToggle: () => this.#session.toggle(),
      onNext: () => this.next(),
      onStop: () => this.stopForPain(),
      onFocus: () => this.#focusMode.toggle(),
      dir: this.#i18n.dir,
    });
  }

  /**
   * The author's picture from a child card's `media` slot (only a routine read from child cards has
   * cards), else the exercise's own media or drawing: held, except the one being played.
   */
  #renderMedia(index: number, side: Segment['side'], use: 'thumbnail' | 'playing' | 'print') {
    const authored = childMedia(this.#cards, index, use);
    // The drawing belongs to the exercise as read (a translated one is the same exercise).
    const media = authored
      ? html`${authored}`
      : renderExerciseMedia(this.routineData!.exercises[index], this.noDrawings ? null : this.drawings, { side, position: use === 'playing' ? 'both' : 'held' });
    if (media === nothing || use !== 'thumbnail') return media;
    // A thumbnail holds the author's picture itself.
    return html`<span part="thumbnail" class="thumbnail">${authored ?? media}</span>`;
  }

  #ratingModel({ index, last }: AwaitedRating): RatingModel {
    const session = this.#session;
    const rate = (rating: Rating) => {
      session.rate(index, rating);
      this.requestUpdate();
    };
    return {
      exerciseIndex: index,
      last,
      threshold: this.#threshold,
      rating: session.ratingOf(index) ?? {},
      onPain: (pain) => rate({ pain }),
      onDifficulty: (difficulty) => rate({ difficulty }),
      onContinue: () => this.#continueAfterRating(),
      onStopNow: () => this.stopForPain(),
    };
  }

}

function speechAvailable(): boolean {
  try {
    return typeof speechSynthesis !== 'undefined' && !!speechSynthesis;
  } catch {
    return false; // a platform whose speechSynthesis throws when touched has no voice for us
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'routine-player': RoutinePlayer;
  }
}
