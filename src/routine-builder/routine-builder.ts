import { LitElement, type PropertyDeclarations, html, isServer } from 'lit';
import { LocaleController, addMessageChunks, msg, str } from '../i18n/localize.js';
import { getRoutine } from '../model/catalog.js';
import { DataError, formatProblem, type DataProblem } from '../model/data-error.js';
import { parseRoutine } from '../model/parse.js';
import type { Exercise, Level, Routine } from '../model/types.js';
import { decodeRoutineLink, type SharedRoutine } from '../share/routine-link.js';
import { headingLevelIn, levelWrittenHeadings, readHeadingLevel } from '../shared/heading-level.js';
import { buttonStyles, errorStyles, visuallyHiddenStyles } from '../shared/styles.js';
import { themeStyles } from '../shared/theme.js';
import { hostStates } from '../shared/host-states.js';
import { OURS } from '../shared/own-tags.js';
import { checkDraft, draftFrom, draftSettings, emptyDraft, type CheckedDraft, type Draft } from './builder-draft.js';
import { editorModel, type EditingHost } from './builder-editing.js';
import { renderItems, renderNote, renderPicker, renderSettings, renderSourceProblems } from './builder-views.js';
import { RoutineBuilderChangeEvent } from './events.js';
import { readPageExercises } from './page-exercises.js';
import { ShareController, linkBase } from './share-controller.js';
import { routineBuilderStyles } from './routine-builder.styles.js';
import { builderFrequencyStyles } from './builder-frequency.styles.js';
import { renderPreview } from './preview-view.js';
import { renderClinic, renderFrequency } from './builder-frequency-view.js';

// The builder's own messages travel in their own chunks (one static import() per language, so a
// bundler splits them), so a patient's page in Spanish, German, French or Arabic never loads them.
addMessageChunks({
  es: () => import('./locales/es.js'),
  de: () => import('./locales/de.js'),
  fr: () => import('./locales/fr.js'),
  ar: () => import('./locales/ar.js'),
});

/**
 * For a clinic's staff page: compose a home programme for one patient and hand it over without a
 * server. Pick exercises (the built-in catalog, and the page's own `<back-exercise>` children or
 * JSON), put them in order, set each one's dose, the level, the pace, how often, a name and a note; a live
 * `<routine-player>` previews it with its total time. Share gives a link with the routine in its
 * fragment (never sent to any server), its QR code, the HTML to paste into a web page, and a
 * printed handout with the QR code.
 *
 * Nothing is stored or sent: the routine lives in the page until it is copied, printed or submitted.
 *
 * In a `<form>`, the builder submits under its `name` the link to the routine (the text a clinic
 * sends or files for the patient); while the routine has problems it is invalid and the form is
 * not submitted.
 *
 * @tagname routine-builder
 * @summary Compose a back-care routine for a patient and share it as a link, QR code, HTML or handout.
 *
 * @fires {RoutineBuilderChangeEvent} routine-builder-change - The physiotherapist changed the routine; carries it (or `null` while it has problems) and its problems.
 *
 * @slot - `<back-exercise>` elements, or one `<script type="application/json">` with a list of exercises, offered besides the built-in ones. They are not shown.
 *
 * @csspart base - The builder.
 * @csspart picker - The exercises to add.
 * @csspart items - The routine's exercises in order.
 * @csspart item - Each exercise of the routine with its dose fields.
 * @csspart frequency - The How often fieldset: which days, times a day, time of day.
 * @csspart problem - Each problem shown under its field.
 * @csspart warning - Each warning shown under its field: a dose that plays but is likely a slip (no rest between repetitions).
 * @csspart preview - The preview with its total time.
 * @csspart total - The total time of the routine.
 * @csspart share-panel - The panel with the link, QR code, HTML and handout.
 * @csspart qr-code - The QR code (an SVG), on screen and printed.
 * @csspart print-share - The QR code and link printed on the handout.
 * @csspart error - The message shown when the page's exercises or the `value` given cannot be used.
 *
 * @cssproperty [--routine-builder-accent=#1f5f8b] - Main colour of buttons.
 * @cssproperty [--routine-builder-background=Canvas] - Background.
 * @cssproperty [--routine-builder-color=CanvasText] - Text colour.
 */
export class RoutineBuilder extends LitElement {
  static override styles = [themeStyles, buttonStyles, errorStyles, visuallyHiddenStyles, routineBuilderStyles, builderFrequencyStyles];
  /** Takes part in forms: its value is submitted, its validity blocks submission, a reset clears it. */
  static formAssociated = true;
  /** Reactive properties (declared here rather than with decorators, as the other elements do). */
  /** @internal Marks the class as this library's, in any copy of it (see `shared/own-tags.ts`). */
  static readonly [OURS] = true;
  static override properties: PropertyDeclarations = {
    name: { reflect: true },
    playerUrl: { attribute: 'player-url' },
    routine: {},
    exercises: { attribute: false },
    theme: {},
    disabled: { type: Boolean, reflect: true },
    headingLevel: { attribute: 'heading-level', converter: { fromAttribute: readHeadingLevel } },
    draft: { state: true },
    checked: { state: true },
    touched: { state: true },
    announcement: { state: true },
    pageExercises: { state: true },
    sourceProblems: { state: true },
  };

  readonly #i18n = new LocaleController(this);
  readonly #internals: ElementInternals | undefined = isServer ? undefined : this.attachInternals();

  constructor() {
    super();
    hostStates(this, () => this.#internals);
  }

  /** Name of the form field the link is submitted under. */
  name: string | null = null;
  /**
   * Address of the patient's page (a page with `<routine-player from-url>`), relative to this
   * page or absolute (http or https); the link is it plus `#routine=…`. This page's own address when absent.
   */
  playerUrl: string | null = null;
  /** Id of a built-in routine to start from (`lower-back`, `lower-back-stretches`, `trunk-strength`); empty when absent. */
  routine: string | null = null;
  /**
   * Exercises offered besides the built-in ones (for app developers), validated like JSON; the
   * page's `<back-exercise>` children and JSON script are offered too.
   */
  exercises: unknown = undefined;
  /** `light`, `dark`, or `auto` (the default: as the visitor's system prefers). */
  theme: 'light' | 'dark' | 'auto' | null = null;
  /** Disables every field and button (as a disabled `<fieldset>` around it does). */
  disabled = false;
  /**
   * Level of the builder's section headings (Add exercises, Exercises in the routine, Preview…), 1–6,
   * or `auto`: one below the nearest heading before the builder in the page.
   */
  headingLevel: number | 'auto' = 'auto';

  private draft: Draft = emptyDraft();
  private checked: CheckedDraft = checkDraft(emptyDraft());
  /** Problems of fields the person has not touched yet stay hidden until the first change. */
  private touched = false;
  private announcement = '';
  private pageExercises: Exercise[] = [];
  private sourceProblems: DataProblem[] = [];

  /** What a form reset returns to: the last `value` the page set, else the `routine` attribute's, else empty. */
  #initial: Draft = emptyDraft();
  #valueSet = false;
  #focusAfterRender: string | null = null;
  readonly #share = new ShareController(this, {
    onLink: (link) => this.#internals?.setFormValue(link, link),
    focusLater: (selector) => (this.#focusAfterRender = selector),
    inLanguage: (work) => this.#i18n.run(work),
  });
  #childObserver?: MutationObserver;
  #formDisabled = false;
  #loggedPageProblems = '';

  /** The routine, or `null` while it has problems (or no exercises). Setting it replaces what is being edited, without an event. */
  get value(): Routine | null {
    return this.checked.routine;
  }

  set value(routine: Routine | null) {
    this.#valueSet = true;
    if (routine === null || routine === undefined) {
      this.#replaceDraft(emptyDraft());
      return;
    }
    try {
      const parsed = parseRoutine(routine, 'value');
      this.#replaceDraft(draftFrom(parsed, { ...draftSettings(this.draft), note: this.draft.note }));
      this.sourceProblems = this.sourceProblems.filter((problem) => !problem.path.startsWith('value'));
    } catch (error) {
      const problems = error instanceof DataError ? error.problems : [{ path: 'value', message: 'could not be read' }];
      this.sourceProblems = problems.map((problem) => ({ ...problem, path: problem.path ? `value.${problem.path}` : 'value' }));
      console.error(`<routine-builder>: ${this.sourceProblems.map(formatProblem).join('; ')}`);
    }
  }

  /** The routine with the level, pace, note, clinic's e-mail and suggestions setting a link carries, or `null` while it has problems. */
  get shared(): SharedRoutine | null {
    const routine = this.checked.routine;
    return routine ? { routine, ...draftSettings(this.draft) } : null;
  }

  set shared(shared: SharedRoutine | null) {
    if (!shared) {
      this.value = null;
      return;
    }
    this.#valueSet = true;
    this.#replaceDraft(draftFrom(parseRoutine(shared.routine, 'shared'), shared));
  }

  /** Level the routine is prescribed at (the patient can still change it). */
  get level(): Level {
    return this.draft.level;
  }

  /** The note for the patient, plain text. */
  get note(): string {
    return this.draft.note;
  }

  /** The link to the routine (`player-url` or this page, plus `#routine=…`); empty while the routine has problems. Ready after `updateComplete`. */
  get shareLink(): string {
    return this.#share.link;
  }

  /** Every problem of the routine, with `parseRoutine`'s paths and messages. */
  get problems(): readonly DataProblem[] {
    return this.checked.problems;
  }

  override connectedCallback(): void {
    // `value` or `shared` set before the element was defined is an own property hiding the accessor: pass it on.
    for (const key of ['shared', 'value'] as const) {
      if (Object.prototype.hasOwnProperty.call(this, key)) {
        const given = this[key] as (Routine & SharedRoutine) | null;
        delete (this as Partial<Record<typeof key, unknown>>)[key];
        this[key] = given;
      }
    }
    super.connectedCallback();
    this.#childObserver ??= new MutationObserver(() => this.#readPageExercises());
    this.#childObserver.observe(this, { childList: true, subtree: true, characterData: true });
    this.#readPageExercises();
    // Child cards read their own data once `<back-exercise>` is defined and they are upgraded.
    if (!customElements.get('back-exercise')) {
      void customElements.whenDefined('back-exercise').then(() => setTimeout(() => this.#readPageExercises()));
    } else setTimeout(() => this.#readPageExercises());
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.#childObserver?.disconnect();
  }

  protected override willUpdate(changed: Map<PropertyKey, unknown>): void {
    if (changed.has('routine') && !this.#valueSet && !this.touched) {
      const builtIn = this.routine ? getRoutine(this.routine) : undefined;
      if (this.routine && !builtIn) {
        this.sourceProblems = [{ path: 'routine', message: `is not a known routine, got "${this.routine.slice(0, 40)}"` }];
      }
      this.#replaceDraft(builtIn ? draftFrom(builtIn) : emptyDraft(), false);
    }
    if (changed.has('exercises')) this.#readPageExercises();
    if (changed.has('playerUrl')) this.#updateLink();
    // The page's outline is looked at once (and again when the attribute changes), not on every keystroke.
    if (changed.has('headingLevel') || this.#sectionLevel === undefined) this.#sectionLevel = headingLevelIn(this, this.headingLevel, isServer);
  }

  /** The level the section headings (written `h3`) take in the page. */
  #sectionLevel?: number;

  protected override updated(): void {
    levelWrittenHeadings(this.renderRoot, 3, this.#sectionLevel!);
    // Again now that the fields are rendered: the browser points at the first invalid one.
    this.#syncValidity();
    if (!this.#focusAfterRender) return;
    this.renderRoot.querySelector<HTMLElement>(this.#focusAfterRender)?.focus();
    this.#focusAfterRender = null;
  }

  /** Waits for the link (and so the form value) too: it is made asynchronously (compression). */
  protected override getUpdateComplete(): Promise<boolean> {
    return this.#share.settled(() => super.getUpdateComplete());
  }

  /** Updates (and so renders) in the element's language. */
  protected override performUpdate(): void {
    this.#i18n.run(() => super.performUpdate());
  }

  /** Puts a routine in the editor, as the page (not the person) asked: no event. */
  #replaceDraft(draft: Draft, remember = true): void {
    this.draft = draft;
    if (remember) this.#initial = draft;
    else if (!this.#valueSet) this.#initial = draft;
    this.touched = false;
    this.#recheck();
  }

  #recheck(): void {
    this.checked = checkDraft(this.draft);
    this.#updateLink();
  }

  /** A change by the person: checked, announced to the page, and the link remade. */
  #change(draft: Draft): void {
    this.draft = draft;
    this.touched = true;
    this.#recheck();
    const { routine, problems } = this.checked;
    this.dispatchEvent(new RoutineBuilderChangeEvent(routine, this.shared, problems));
  }

  #updateLink(): void {
    this.#syncValidity();
    this.#share.update(this.shared, this.#baseUrl());
  }

  /** Where the link points: `player-url` (http or https only), else this page; its problem shown while it has one. */
  #baseUrl(): string {
    const { url, problem } = isServer ? { url: 'http://localhost/' } : linkBase(this.playerUrl, document.baseURI, location.href);
    const known = this.sourceProblems.find((shown) => shown.path === 'player-url');
    if (problem?.message !== known?.message) {
      this.sourceProblems = [...this.sourceProblems.filter((shown) => shown !== known), ...(problem ? [problem] : [])];
      if (problem) console.error(`<routine-builder>: ${formatProblem(problem)}`);
    }
    return url;
  }

  #syncValidity(): void {
    if (!this.#internals) return;
    const first = this.checked.problems[0];
    if (!first) {
      this.#internals.setValidity({});
      return;
    }
    const message =
      this.draft.items.length === 0 ? msg('Add at least one exercise to the routine.') : msg(str`The routine has a problem: ${formatProblem(first)}`);
    const anchor = this.renderRoot?.querySelector<HTMLElement>(this.draft.items.length === 0 ? '.add' : '[aria-invalid="true"]') ?? undefined;
    this.#internals.setValidity({ customError: true }, message, anchor);
  }

  #readPageExercises(): void {
    const read = readPageExercises(this, this.exercises);
    this.pageExercises = read.exercises;
    this.sourceProblems = [...this.sourceProblems.filter((problem) => !problem.path.startsWith('exercises')), ...read.problems];
    // Said once per change of what is wrong, not on every look.
    const message = read.problems.map(formatProblem).join('; ');
    if (message && message !== this.#loggedPageProblems) console.error(`<routine-builder>: ${message}`);
    this.#loggedPageProblems = message;
  }

  /** Form reset: back to what the page gave. */
  formResetCallback(): void {
    this.#replaceDraft(this.#initial, false);
    this.#share.close();
  }

  /** A disabled `<fieldset>` or form around the builder disables it. */
  formDisabledCallback(disabled: boolean): void {
    this.#formDisabled = disabled;
    this.requestUpdate();
  }

  /** The browser restores the form (back navigation, autofill): the link holds the whole routine. */
  formStateRestoreCallback(state: string | File | FormData | null): void {
    if (typeof state !== 'string') return;
    void decodeRoutineLink(state)
      .then((shared) => {
        if (shared) this.#replaceDraft(draftFrom(shared.routine, shared));
      })
      .catch(() => undefined);
  }

  #announce(text: string): void {
    // A changed text is announced; the same text twice is made different by a zero-width change.
    this.announcement = this.announcement === text ? `${text}\u200b` : text;
  }

  /** What the editing actions (builder-editing.ts) read and call, always current. */
  readonly #editing: EditingHost = (() => {
    // eslint-disable-next-line @typescript-eslint/no-this-alias -- the getters below read the element's current state
    const builder = this;
    return {
      get draft() {
        return builder.draft;
      },
      get checked() {
        return builder.checked;
      },
      get touched() {
        return builder.touched;
      },
      get pageExercises() {
        return builder.pageExercises;
      },
      get editingDisabled() {
        return builder.disabled || builder.#formDisabled;
      },
      change: (draft: Draft) => builder.#change(draft),
      announce: (text: string) => builder.#announce(text),
      focusLater: (selector: string) => (builder.#focusAfterRender = selector),
      inLanguage: <T>(work: () => T) => builder.#i18n.run(work),
    };
  })();

  /** Prints the handout, after the QR code is ready. */
  printHandout(): Promise<void> {
    return this.#share.print();
  }

  protected override render() {
    const model = editorModel(this.#editing);
    const shared = this.shared;
    return html`<div part="base" class="base" lang=${this.#i18n.locale} dir=${this.#i18n.dir}>
      ${renderSourceProblems(this.sourceProblems)}
      <div class="columns">
        <div class="editor">
          ${renderSettings(model)} ${renderPicker(model)} ${renderItems(model)} ${renderFrequency(model)} ${renderNote(model)} ${renderClinic(model)}
        </div>
        <div class=${this.#share.open ? 'side sharing' : 'side'}>
          ${renderPreview({
            shared,
            empty: this.draft.items.length === 0,
            theme: this.theme,
            headingLevel: Math.min(6, this.#sectionLevel! + 1),
            qr: this.#share.qr,
            onFirstProblem: () => this.renderRoot.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus(),
          })}
          ${this.#share.render()}
        </div>
      </div>
      <div class="visually-hidden" role="status" aria-atomic="true">${this.announcement}</div>
    </div>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'routine-builder': RoutineBuilder;
  }
}
