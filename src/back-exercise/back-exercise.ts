import { keyed } from 'lit/directives/keyed.js';
import { ifDefined } from 'lit/directives/if-defined.js';
import { LitElement, type PropertyDeclarations, html, isServer, nothing } from 'lit';
import { isHydrating } from '../shared/hydration.js';
import { syncStructuredData } from '../shared/structured-data-child.js';
import { DoseAttributesMixin } from '../shared/dose-attributes-mixin.js';
import { LocaleController, formatList, msg, str } from '../i18n/localize.js';
import { localizeExercise } from '../i18n/catalog-text.js';
import { formatDose, kindLabel } from '../i18n/format.js';
import { doseAtLevel } from '../model/dose.js';
import { formatProblem, type DataError } from '../model/data-error.js';
import type { Exercise, Level, LevelDose } from '../model/types.js';
import { backExerciseStyles } from './back-exercise.styles.js';
import { errorStyles } from '../shared/styles.js';
import { themeStyles } from '../shared/theme.js';
import { hostStates } from '../shared/host-states.js';
import { OURS } from '../shared/own-tags.js';
import { headingLevelIn, readHeadingLevel } from '../shared/heading-level.js';
import { resolveExerciseSource, type ExerciseSourceResult } from './exercise-source.js';
import { doseAttributeValues } from '../model/dose-attributes.js';
import { drawingFits, loadDrawingsFor, renderExerciseMedia, type IllustrationModule } from '../shared/exercise-media.js';
import { movementCue, type MovementCue } from '../i18n/movement-cues.js';
import type { Segment } from '../model/plan.js';
import { TimerDrawingController } from './timer-drawing.js';
import { foreignTimerError } from './foreign-timer.js';

const TIMER_EVENTS = [
  'hold-timer-start',
  'hold-timer-pause',
  'hold-timer-resume',
  'hold-timer-phase',
  'hold-timer-complete',
  'hold-timer-reset',
] as const;

const SOURCE_PROPERTIES = ['data', 'exercise', 'level', 'hold', 'reps', 'sets', 'rest', 'setRest', 'prepare', 'switch', 'eachSide', 'kind', 'targets'];

/**
 * An exercise card: name, stretch or strength, muscles worked, numbered steps,
 * the dose in plain words for a level, and cautions set apart.
 *
 * The exercise comes from the first source that applies: the `data` property;
 * a child `<script type="application/json">`; the `exercise` attribute (a catalog id);
 * or plain HTML written inside the element (a heading, an `<ol>` of steps, an
 * optional `<aside>` of cautions) together with the dose attributes.
 * Dose attributes also override the dose of any other source.
 *
 * @tagname back-exercise
 * @summary A back-care exercise card that reads well before and after its script loads.
 *
 * @slot media - The author's own illustration, photo or video of the exercise; replaces the built-in drawing.
 *
 * @csspart base - The card.
 * @csspart name - The exercise's name (a heading).
 * @csspart kind - The "Stretch" / "Strength" badge.
 * @csspart targets - The muscles worked.
 * @csspart dose - The dose in plain words.
 * @csspart steps - The numbered list of steps.
 * @csspart step - One step.
 * @csspart progression - How to make the exercise harder.
 * @csspart cautions - The cautions box.
 * @csspart error - The message shown instead of the card when the data is invalid.
 * @csspart timer - The `<hold-timer>` for the dose (absent with `no-timer`).
 * @csspart media - The picture of the exercise: the author's, or the built-in drawing of a catalog exercise.
 *
 * @fires {HoldTimerStartEvent} hold-timer-start - Handed on from the card's timer.
 * @fires {HoldTimerPauseEvent} hold-timer-pause - Handed on from the card's timer.
 * @fires {HoldTimerResumeEvent} hold-timer-resume - Handed on from the card's timer.
 * @fires {HoldTimerPhaseEvent} hold-timer-phase - Handed on from the card's timer.
 * @fires {HoldTimerCompleteEvent} hold-timer-complete - Handed on from the card's timer.
 * @fires {HoldTimerResetEvent} hold-timer-reset - Handed on from the card's timer.
 *
 * @cssproperty [--back-exercise-color=CanvasText] - Text colour.
 * @cssproperty [--back-exercise-background=Canvas] - Card background.
 * @cssproperty [--back-exercise-border=1px solid #c7ccd1] - Card border.
 * @cssproperty [--back-exercise-radius=0.75rem] - Card corner radius.
 * @cssproperty [--back-exercise-padding=1rem 1.25rem] - Card padding.
 * @cssproperty [--back-exercise-font=inherit] - Font shorthand.
 * @cssproperty [--back-exercise-name-size=1.35rem] - Font size of the name.
 * @cssproperty [--back-exercise-accent=#1f5f8b] - Colour of the kind badge.
 * @cssproperty [--back-exercise-caution-accent=#b3261e] - Bar beside the cautions.
 * @cssproperty [--back-exercise-caution-background=#fdf1f0] - Cautions background.
 * @cssproperty [--back-exercise-caution-color=#4a0f0b] - Cautions text colour.
 * @cssproperty [--back-exercise-error-color=#b3261e] - Border of the error message.
 * @cssproperty [--back-exercise-error-background=#fdf1f0] - Background of the error message.
 * @cssproperty [--back-exercise-error-text=#4a0f0b] - Text colour of the error message.
 */
export class BackExercise extends DoseAttributesMixin(LitElement) {
  static override styles = [themeStyles, errorStyles, backExerciseStyles];
  /** Reactive properties (declared here rather than with decorators: no decorator helper in the bundle). */
  /** @internal Marks the class as this library's, in any copy of it (see `shared/own-tags.ts`). */
  static readonly [OURS] = true;
  static override properties: PropertyDeclarations = {
    data: { attribute: false },
    exercise: {},
    level: {},
    kind: {},
    targets: {},
    headingLevel: { attribute: 'heading-level', converter: { fromAttribute: readHeadingLevel } },
    noTimer: { type: Boolean, attribute: 'no-timer' },
    noDrawings: { type: Boolean, attribute: 'no-drawings' },
    theme: {},
    structuredData: { type: Boolean, attribute: 'structured-data' },
    compact: { type: Boolean },
    cues: {},
    result: { state: true },
    drawings: { state: true },
  };

  /** The element's language: its own `lang`, else the nearest ancestor's, else the document's. */
  readonly #i18n = new LocaleController(this, () => this.#hydrating);

  constructor() {
    super();
    hostStates(this);
  }

  /** Taking over server-rendered content: the first update renders what the server did. */
  #hydrating = false;
  /** The drawing follows the timer: still in each phase, moving only before start. */
  readonly #timerDrawing = new TimerDrawingController(this, () => this.renderRoot?.querySelector?.('hold-timer') ?? null);
  /** The movement of a catalog exercise, for its timer to show and say (from the exercise as read, in the timer's language). */
  readonly #cueFor = (segment: Segment): MovementCue | null => (this.result?.ok ? movementCue(this.result.exercise, segment.side) : null);

  /** The exercise as an object (for app developers); wins over every other source. Validated like JSON. */
  data: unknown = undefined;

  /** Id of a built-in exercise, e.g. `knee-to-chest`. */
  exercise: string | null = null;

  /**
   * Fitness level that picks the repetitions: `beginner`, `intermediate` or `advanced`.
   * @type {'beginner' | 'intermediate' | 'advanced'}
   */
  level: Level = 'beginner';

  /** For an exercise written in HTML: `stretch` or `strength` (default: strength when it has repetitions or sets). */
  kind: string | null = null;

  /** For an exercise written in HTML: the muscles worked, separated by commas. */
  targets: string | null = null;

  /**
   * Heading level of the exercise's name, 1 to 6, or `auto` (the default): one below the nearest
   * heading before the card in the page (2 when there is none), so the card fits the page's outline.
   */
  headingLevel: number | 'auto' = 'auto';

  /** Hides the timer. */
  noTimer = false;

  /** Shows no built-in drawing (an author's own picture, in the `media` slot or the data, still shows). */
  noDrawings = false;

  /** `light`, `dark`, or `auto` (the default: as the visitor's system prefers). */
  theme: 'light' | 'dark' | 'auto' | null = null;

  /**
   * Adds the exercise to the page as schema.org data (`ExercisePlan` JSON-LD, as
   * `toStructuredData` gives it): a `<script type="application/ld+json">` child of the card,
   * written once the chunk that describes exercises has arrived (only pages with this attribute
   * fetch it).
   */
  structuredData = false;

  /** A smaller card for a sidebar 280–360 px wide. */
  compact = false;

  /** Cues of the timer: any of `beep`, `voice`, `vibrate` separated by spaces, or `none`. */
  cues: string | null = null;

  private result: ExerciseSourceResult | undefined;
  /** The drawings module: `undefined` while it is on its way, `null` if it could not be loaded. */
  private drawings: IllustrationModule | null | undefined = undefined;
  /** The drawings chunk has been asked for (once the card was painted). */
  #drawingsAsked = false;

  #loggedError = '';
  /** Made on connect: a constructor touches no DOM API (server rendering). */
  #childObserver?: MutationObserver;

  /** The exercise shown, with its final dose, or `undefined` while the data is invalid. */
  get exerciseData(): Exercise | undefined {
    return this.result?.ok ? this.result.exercise : undefined;
  }

  /** What is wrong with the data, or `undefined` while it is valid. */
  get dataError(): DataError | undefined {
    return this.result && !this.result.ok ? this.result.error : undefined;
  }

  /** The dose shown, with every field filled in for the level, or `undefined` while the data is invalid. */
  get levelDose(): LevelDose | undefined {
    return this.result?.ok ? doseAtLevel(this.result.exercise.dose, this.result.level) : undefined;
  }

  override connectedCallback(): void {
    this.#hydrating = isHydrating(this);
    super.connectedCallback();
    // Authored children and a child JSON script may arrive after upgrade, or be edited by a CMS.
    this.#childObserver ??= new MutationObserver(() => this.#readSource());
    this.#childObserver.observe(this, { childList: true, subtree: true, characterData: true });
    this.#readSource();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.#childObserver?.disconnect();
  }

  protected override willUpdate(changed: Map<PropertyKey, unknown>): void {
    // On a server nothing connects the element: its exercise is read here.
    if (SOURCE_PROPERTIES.some((name) => changed.has(name)) || (isServer && !this.result && this.exercise)) this.#readSource();
    // Another exercise gets a timer of its own; one under way is reset first, so listeners hear of it.
    const timerFor = this.#timerFor();
    if (timerFor !== this.#shownTimerFor) {
      const shown = this.renderRoot?.querySelector?.('hold-timer');
      if (shown && shown.status !== 'idle') shown.reset();
      this.#shownTimerFor = timerFor;
    }
    // The drawings are a separate chunk, fetched only by a card that shows one, once the card has
    // been painted: its frame is kept from the first paint, so nothing moves when it comes.
    if (!isServer && !this.#drawingsAsked && !this.noDrawings && this.result?.ok && drawingFits(this.result.exercise)) {
      this.#drawingsAsked = true;
      requestAnimationFrame(() => setTimeout(() => loadDrawingsFor(this, (drawings) => (this.drawings = drawings))));
    }
  }

  #readSource(): void {
    if (!this.isConnected && !isServer) return;
    this.result = resolveExerciseSource(this, {
      data: this.data,
      exercise: this.exercise,
      level: this.level,
      kind: this.kind,
      targets: this.targets,
      dose: doseAttributeValues(this),
    });
  }

  /**
   * Logs what is wrong once per new problem, after the update: a framework that sets the card's
   * properties just after inserting it (such as `@lit/react`) gets no message for the moment between.
   */
  #logProblems(): void {
    if (this.result && !this.result.ok && this.result.error.message !== this.#loggedError) {
      this.#loggedError = this.result.error.message;
      console.error(`<back-exercise>: ${this.result.error.message}`);
    } else if (this.result?.ok) {
      this.#loggedError = '';
    }
  }

  /** Updates (and so renders) in the element's language. */
  protected override performUpdate(): void {
    this.#i18n.run(() => super.performUpdate());
  }

  protected override updated(): void {
    if (isServer) return;
    this.#logProblems();
    const result = this.result;
    syncStructuredData(
      this,
      this.structuredData,
      ({ toStructuredData }) => (result?.ok ? toStructuredData(localizeExercise(result.exercise), { level: result.level }) : undefined),
      [result, this.#i18n.locale],
      (work) => this.#i18n.run(work),
    );
  }

  protected override firstUpdated(): void {
    if (!this.#hydrating) return;
    // The server's content is taken over: now show what depends on this browser.
    this.#hydrating = false;
    this.requestUpdate();
  }

  protected override render() {
    // Written in HTML (or in a child script), the exercise is its own server-rendered content: a
    // server, and the first update after it, show it through a slot; the card follows.
    if ((isServer || this.#hydrating) && !this.exercise && (this.data === undefined || this.data === null)) return html`<slot></slot>`;
    if (!this.result) return nothing;
    if (!this.result.ok) {
      return html`<div part="error" role="alert">
        <p>${msg('This exercise cannot be shown because its data has problems:')}</p>
        <ul>
          ${this.result.error.problems.map((problem) => html`<li>${formatProblem(problem)}</li>`)}
        </ul>
      </div>`;
    }
    const { level } = this.result;
    const exercise = localizeExercise(this.result.exercise);
    const dose = doseAtLevel(exercise.dose, level);
    return html`<article part="base" aria-labelledby="name" lang=${this.#i18n.locale} dir=${this.#i18n.dir}>
      <header>
        ${this.#renderName(exercise.name)}
        <span part="kind">${kindLabel(exercise.kind)}</span>
      </header>
      <div part="media" class="media"><slot name="media">${renderExerciseMedia(this.result.exercise, this.noDrawings ? null : this.drawings, { ...(this.noTimer ? {} : this.#timerDrawing.drawing), level: this.result.level })}</slot></div>
      ${exercise.targets.length > 0
        ? html`<p part="targets">${msg(str`Works: ${formatList(exercise.targets)}`)}</p>`
        : nothing}
      <p part="dose">${formatDose(dose)}</p>
      <ol part="steps" aria-label=${msg('Steps')}>
        ${exercise.steps.map((step) => html`<li part="step" dir="auto">${step}</li>`)}
      </ol>
      ${exercise.progression
        ? html`<p part="progression">${msg('Progression:')} <span dir="auto">${exercise.progression}</span></p>`
        : nothing}
      ${exercise.cautions.length > 0
        ? // A note, not a landmark: landmarks are a page's few regions, and a page of cards (the same
          // exercise at two levels, say) would list one "Take care" landmark per card, all alike. The
          // heading inside reaches it; its name says which exercise it belongs to.
          html`<aside part="cautions" role="note" aria-label=${msg(str`Take care: ${exercise.name}`)}>
            <div class="cautions-title" id="cautions-title" role="heading" aria-level=${Math.min(6, this.#nameLevel + 1)}>
              ${msg('Take care')}
            </div>
            <ul>
              ${exercise.cautions.map((caution) => html`<li dir="auto">${caution}</li>`)}
            </ul>
          </aside>`
        : nothing}
      ${this.noTimer ? nothing : (foreignTimerError(this) ?? this.#renderTimer(exercise, level, dose))}
    </article>`;
  }

  /** Which exercise the timer is for: what the page named (a catalog id, or the id in `data`), not a heading's text. */
  #timerFor(): string {
    return this.exercise ?? (this.data != null && this.result?.ok ? this.result.exercise.id : '');
  }

  #shownTimerFor = '';

  #renderTimer(exercise: Exercise, level: Level, dose: LevelDose) {
    // Another exercise gets a timer of its own: one under way does not carry on under a new name.
    return keyed(
      this.#shownTimerFor,
      html`<hold-timer
        part="timer"
        .hold=${dose.holdSeconds}
        .reps=${dose.reps}
        .sets=${dose.sets}
        .rest=${dose.restSeconds}
        .setRest=${dose.setRestSeconds}
        .prepare=${dose.prepareSeconds}
        .switch=${dose.switchSeconds}
        .eachSide=${dose.eachSide}
        .level=${level}
        .cues=${this.cues}
        .label=${exercise.name}
        .movementCue=${this.#cueFor}
        theme=${ifDefined(this.theme ?? undefined)}
        ?compact=${this.compact}
        no-dose
      ></hold-timer>`,
    );
  }

  protected override createRenderRoot() {
    const root = super.createRenderRoot();
    // The timer's events do not leave this shadow root (they are not composed):
    // hand each one on from the card once its own dispatch is over.
    for (const name of TIMER_EVENTS) {
      root.addEventListener(name, (event) => {
        this.#timerDrawing.timerEvent(event);
        queueMicrotask(() => this.dispatchEvent(event));
      });
    }
    return root;
  }

  get #nameLevel(): number {
    return headingLevelIn(this, this.headingLevel, isServer || this.#hydrating);
  }

  #renderName(name: string) {
    return html`<div part="name" role="heading" aria-level=${this.#nameLevel} id="name" dir="auto">${name}</div>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'back-exercise': BackExercise;
  }
}
