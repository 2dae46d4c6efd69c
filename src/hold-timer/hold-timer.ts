import { LitElement, type PropertyDeclarations, html, nothing } from 'lit';
import { isHydrating } from '../shared/hydration.js';
import { DoseAttributesMixin } from '../shared/dose-attributes-mixin.js';
import { LocaleController, msg, str } from '../i18n/localize.js';
import { parseCues, type CueOptions } from '../cues/cue-options.js';
import { unlockAudioEarly, unlockSpeechEarly } from '../cues/audio-unlock.js';
import { formatClock, formatDose, formatRemaining, secondsInWords } from '../i18n/format.js';
import { Checker, LIMITS } from '../model/checker.js';
import { formatProblem, type DataProblem } from '../model/data-error.js';
import { doseAttributeValues, givenDoseAttributes, readDoseAttributes } from '../model/dose-attributes.js';
import { checkWholeDose } from '../model/limits.js';
import { doseAtLevel } from '../model/dose.js';
import { planExercise, type Plan, type Segment } from '../model/plan.js';
import { LEVELS, type Dose, type Level, type LevelDose } from '../model/types.js';
import type { MovementCue } from '../i18n/movement-cues.js';
import type { SessionStatus } from '../timing/session.js';
import { systemClock } from '../timing/clock.js';
import { holdTimerStyles } from './hold-timer.styles.js';
import { buttonStyles, errorStyles, visuallyHiddenStyles } from '../shared/styles.js';
import { clockFace, renderRing, ringStyles } from './ring.js';
import { phaseStyles } from '../shared/phase-styles.js';
import { themeStyles } from '../shared/theme.js';
import { hostStates } from '../shared/host-states.js';
import { OURS } from '../shared/own-tags.js';
import { soundControlStyles } from '../shared/sound-control-styles.js';
import { loadRunPart, runPart } from './run-part.js';
import type { TimerRun } from './timer-run.js';
import type { TimerView } from './timer-view.js';

const PLAN_PROPERTIES = ['hold', 'reps', 'sets', 'rest', 'setRest', 'prepare', 'switch', 'eachSide', 'level', 'cues', 'label'];
/** How long the session part may wait for an idle moment after the first render before it loads anyway. */
const IDLE_LOAD_TIMEOUT_MS = 2000;

/**
 * Times one exercise's dose: get ready, every hold on each side, every
 * repetition and set, with rests between. Time is derived from timestamps by
 * the shared timing core, so it never drifts and survives a hidden tab.
 *
 * @tagname hold-timer
 * @summary An honest timer for every hold, side, repetition and set.
 *
 * @fires {HoldTimerStartEvent} hold-timer-start - The user started the timer.
 * @fires {HoldTimerPauseEvent} hold-timer-pause - The timer was paused.
 * @fires {HoldTimerResumeEvent} hold-timer-resume - The timer resumed.
 * @fires {HoldTimerPhaseEvent} hold-timer-phase - A segment began (get ready, hold, rest, switch sides); `late` when noticed after the fact.
 * @fires {HoldTimerCompleteEvent} hold-timer-complete - The whole dose is done; carries a summary.
 * @fires {HoldTimerResetEvent} hold-timer-reset - The user reset the timer.
 *
 * @csspart base - The whole timer.
 * @csspart ring - The progress ring around the time.
 * @csspart time - The remaining time of the current segment (the `role="timer"` element); before start, the length of one hold.
 * @csspart phase - What is happening now, with its icon: "Left side", "Rest", "Switch sides", "Paused · Left side".
 * @csspart cue - During a hold, the movement, where `movementCue` gives one: "Pull your left knee towards your chest".
 * @csspart count - Where in the count: "Rep 3 of 15 · Set 2 of 3".
 * @csspart total - Time left overall.
 * @csspart controls - The row of buttons.
 * @csspart button - Each button.
 * @csspart notice - A note when the screen cannot be kept awake.
 * @csspart resume-sound - "Tap to turn the sound back on", while running after the browser stopped the sound (a locked screen).
 * @csspart error - The message shown instead of the timer when its attributes are invalid.
 *
 * @cssproperty [--hold-timer-size=min(12rem, 70vw)] - Diameter of the ring.
 * @cssproperty [--hold-timer-time-size=3rem] - Font size of the time.
 * @cssproperty [--hold-timer-color=CanvasText] - Text colour.
 * @cssproperty [--hold-timer-font=inherit] - Font shorthand.
 * @cssproperty [--hold-timer-accent=#1f5f8b] - Ring and button colour during holds.
 * @cssproperty [--hold-timer-accent-contrast=#fff] - Text on the main button.
 * @cssproperty [--hold-timer-ready-color=#8a4f00] - Colour of the ring and phase while getting ready.
 * @cssproperty [--hold-timer-rest-color=#2f6a31] - Colour of the ring and phase while resting.
 * @cssproperty [--hold-timer-switch-color=#7b3b9e] - Colour of the ring and phase while switching sides.
 * @cssproperty [--hold-timer-track-color=#dfe4e8] - Colour of the empty ring.
 * @cssproperty [--hold-timer-ring-width=0.7rem] - Thickness of the ring.
 * @cssproperty [--hold-timer-focus-color=#1f5f8b] - Focus outline colour.
 */
export class HoldTimer extends DoseAttributesMixin(LitElement) {
  static override styles = [themeStyles, ringStyles, buttonStyles, errorStyles, visuallyHiddenStyles, phaseStyles, holdTimerStyles, soundControlStyles];
  /** Reactive properties (declared here rather than with decorators: no decorator helper in the bundle). */
  /** @internal Marks the class as this library's, in any copy of it (see `shared/own-tags.ts`). */
  static readonly [OURS] = true;
  static override properties: PropertyDeclarations = {
    level: {},
    cues: {},
    label: {},
    noDose: { type: Boolean, attribute: 'no-dose' },
    theme: {},
    compact: { type: Boolean },
    movementCue: { attribute: false },
    problems: { state: true },
  };

  /** The element's language: its own `lang`, else the nearest ancestor's, else the document's. */
  readonly #i18n = new LocaleController(this, () => this.#hydrating);

  constructor() {
    super();
    hostStates(this);
    // Where the session part came along (the one-file bundle, the element's own define.js), the
    // timer is whole from the start; through the loader it arrives after the first render.
    if (runPart()) this.#run = this.#createRun();
  }

  /** Taking over server-rendered content: the first update renders what the server did. */
  #hydrating = false;

  /**
   * Fitness level, recorded in the summary.
   * @type {'beginner' | 'intermediate' | 'advanced'}
   */
  level: Level = 'beginner';
  /** Cues: any of `beep`, `voice`, `vibrate` separated by spaces, or `none`. */
  cues: string | null = null;
  /** What is being timed, e.g. the exercise's name; names the timer for screen readers. */
  label: string | null = null;
  /** Hides the dose line before start (a card that embeds the timer says the dose itself). */
  noDose = false;
  /** `light`, `dark`, or `auto` (the default: as the visitor's system prefers). */
  theme: 'light' | 'dark' | 'auto' | null = null;
  /** A smaller timer for a sidebar 280–360 px wide. */
  compact = false;
  /**
   * The movement of each segment, or `null` for none (the default): shown under the phase label
   * during each hold and said as it begins (with `cues="voice"`). `<back-exercise>` sets it for the
   * catalog's exercises, in the timer's language: the function is called as each segment is shown or spoken.
   */
  movementCue: ((segment: Segment) => MovementCue | null) | null = null;

  private problems: DataProblem[] = [];
  #levelDose: LevelDose | null = null;
  #plan: Plan | null = null;
  #cues: CueOptions = { beep: true, voice: false, vibrate: true };
  /** The session, its cues and its running view: here once the session part has loaded. */
  #run: TimerRun | null = null;
  /** Clock time of a Start pressed before the session part had loaded; it starts as of then once it arrives. */
  #startedAt: number | null = null;
  /** Pause, resume or skip asked for while such a start waits, in order. */
  #waiting: (() => void)[] = [];
  #planKey = '';
  #loggedError = '';

  /** `idle`, `running`, `paused` or `done`. */
  get status(): SessionStatus {
    return this.#run?.status ?? (this.#startedAt === null ? 'idle' : 'running');
  }

  /** Seconds left in the whole dose. */
  get remaining(): number {
    if (this.#run) return this.#run.remaining;
    return this.#plan ? this.#plan.total / 1000 : 0;
  }

  /** The segment running now (the first one before start), or `null` when the attributes are invalid. */
  get segment(): Segment | null {
    if (this.#run) return this.#run.segment;
    return this.#plan?.segments[0] ?? null;
  }

  /** The plan being timed, or `null` when the attributes are invalid. */
  get plan(): Plan | null {
    return this.#plan;
  }

  /**
   * Starts from the beginning (again, once done). Call from a user's click so sound may play.
   * Pressed before the timer's session part has loaded (it loads just after the first render), the
   * sound is unlocked in the click and the session starts as of the click once the part arrives.
   */
  start(): void {
    if (this.#run) {
      this.#run.start();
      return;
    }
    if (!this.#plan || this.#startedAt !== null) return;
    if (this.#cues.beep) unlockAudioEarly();
    if (this.#cues.voice) unlockSpeechEarly();
    this.#startedAt = systemClock().now();
    this.#loadRun();
  }

  /** Pauses a running timer (its cues fall silent, the screen may sleep again) and fires `hold-timer-pause`; does nothing unless it is running. */
  pause(): void {
    if (this.#run) this.#run.pause();
    else if (this.#startedAt !== null) this.#waiting.push(() => this.pause());
  }

  /** Goes on from where the timer was paused and fires `hold-timer-resume`; does nothing unless it is paused. Call from a user's click so sound may play. */
  resume(): void {
    if (this.#run) this.#run.resume();
    else if (this.#startedAt !== null) this.#waiting.push(() => this.resume());
  }

  /** Back to the start, not running. */
  reset(): void {
    if (this.#run) this.#run.reset();
    else this.#cancelStart();
  }

  /** Moves on to the next segment now (a rest you don't need, a hold you cut short). */
  skip(): void {
    if (this.#run) this.#run.skip();
    else if (this.#startedAt !== null) this.#waiting.push(() => this.skip());
  }

  protected override willUpdate(changed: Map<PropertyKey, unknown>): void {
    if (!PLAN_PROPERTIES.some((name) => changed.has(name))) return;
    const check = new Checker();
    const attributes = doseAttributeValues(this);
    const dose = readDoseAttributes(check, attributes);
    if (this.hold === null) check.fail('hold', `is required: the seconds of one hold, from ${LIMITS.holdSeconds.min} to ${LIMITS.holdSeconds.max}`);
    const full: Dose = { reps: 1, sets: 1, eachSide: false, holdSeconds: 0, ...dose };
    if (check.problems.length === 0) checkWholeDose(check, givenDoseAttributes(attributes), full);
    const level = check.oneOf('level', this.level, LEVELS);
    const cues = parseCues(this.cues);
    if ('problem' in cues) check.fail('cues', cues.problem);
    else {
      this.#cues = cues.options;
      this.#run?.useCues(cues.options);
    }
    if (this.label !== null) check.text('label', this.label, LIMITS.nameLength);
    this.problems = check.problems;
    if (check.problems.length > 0) {
      this.#replacePlan(null);
      this.#planKey = '';
      this.#logProblems();
      return;
    }
    const key = JSON.stringify([full, level]);
    if (key === this.#planKey) return;
    this.#planKey = key;
    this.#levelDose = doseAtLevel(full, level!);
    this.#replacePlan(planExercise({ id: 'hold-timer', dose: full }, level!));
  }

  /** A new plan (or none) ends a session under way: listeners hear of it as a reset (a start still waiting is simply dropped). */
  #replacePlan(plan: Plan | null): void {
    this.#plan = plan && plan.segments.length > 0 ? plan : null;
    if (this.#run) this.#run.setPlan(this.#plan);
    else this.#cancelStart();
  }

  #cancelStart(): void {
    this.#startedAt = null;
    this.#waiting = [];
  }

  #createRun(): TimerRun {
    const run = new (runPart()!.TimerRun)(this, {
      inLanguage: (work) => this.#i18n.run(work),
      language: () => this.#i18n.locale,
      levelDose: () => this.#levelDose,
    });
    run.useCues(this.#cues);
    run.setPlan(this.#plan);
    return run;
  }

  /** Loads the session part (shared by every timer of the page); a start that waits for it then begins. */
  #loadRun(): void {
    loadRunPart().then(
      () => {
        this.#run ??= this.#createRun();
        const startedAt = this.#startedAt;
        const waiting = this.#waiting;
        this.#cancelStart();
        if (startedAt !== null) this.#run.start(startedAt);
        for (const call of waiting) call();
        this.requestUpdate();
      },
      (error: unknown) => {
        if (this.#startedAt !== null) console.error('<hold-timer>: the timer could not start, its script did not load:', error);
        this.#cancelStart();
        this.requestUpdate();
      },
    );
  }

  #logProblems(): void {
    const message = this.problems.map(formatProblem).join('; ');
    if (message === this.#loggedError) return;
    this.#loggedError = message;
    console.error(`<hold-timer>: ${message}`);
  }

  #toggle(): void {
    // A Start that waits for the session part: pressing again changes nothing.
    if (!this.#run && this.#startedAt !== null) return;
    const status = this.status;
    if (status === 'running') this.pause();
    else if (status === 'paused') this.resume();
    else this.start();
  }

  /** The tap that lets the sound play again; the button goes, so the focus goes to the main one. */
  #resumeSound(): void {
    this.#run?.resumeSound();
    this.renderRoot.querySelector<HTMLElement>('.primary')?.focus();
  }

  #onKeydown(event: KeyboardEvent): void {
    if (event.key !== ' ' || event.repeat || (event.target as Element).closest('button')) return;
    event.preventDefault();
    this.#toggle();
  }

  override connectedCallback(): void {
    this.#hydrating = isHydrating(this);
    super.connectedCallback();
  }

  /** Updates (and so renders) in the element's language. */
  protected override performUpdate(): void {
    this.#i18n.run(() => super.performUpdate());
  }

  protected override firstUpdated(): void {
    // What only a started timer needs loads once the page has a quiet moment after this first render.
    if (!this.#run) {
      if (typeof requestIdleCallback === 'function') requestIdleCallback(() => this.#loadRun(), { timeout: IDLE_LOAD_TIMEOUT_MS });
      else setTimeout(() => this.#loadRun());
    }
    if (!this.#hydrating) return;
    // The server's content is taken over: now show what depends on this browser.
    this.#hydrating = false;
    this.requestUpdate();
  }

  /** Before start: one hold on the dial, as the dose says ("Hold 45 seconds": 45), the dose and the total on their lines. */
  #idleView(): TimerView {
    const shownMs = this.#levelDose!.holdSeconds * 1000;
    const phase = msg('Ready');
    return {
      status: 'idle',
      kind: 'idle',
      look: 'idle',
      ring: { fraction: 0, key: '0:idle:0' },
      time: clockFace(formatClock(shownMs)),
      timeLabel: `${msg(str`${this.#name()}: ${phase}`)}, ${secondsInWords(Math.ceil(shownMs / 1000 - 1e-9))}`,
      icon: nothing,
      phase,
      cue: null,
      count: this.noDose ? '' : formatDose(this.#levelDose!),
      total: msg(str`${formatRemaining(this.#plan!.total)} in all`),
      primary: msg('Start'),
      skip: false,
      reset: false,
      after: nothing,
      announcement: '',
    };
  }

  #name(): string {
    return this.label ?? msg('Hold timer');
  }

  protected override render() {
    if (this.problems.length > 0) {
      return html`<div part="error" role="alert">
        <p>${msg('This timer cannot start because of its attributes:')}</p>
        <ul>${this.problems.map((problem) => html`<li>${formatProblem(problem)}</li>`)}</ul>
      </div>`;
    }
    if (!this.#plan) return nothing;
    const view = this.#run ? this.#run.view(() => this.#idleView(), this.#name(), () => this.#resumeSound()) : this.#idleView();
    if (!view) return nothing;
    return html`<div part="base" lang=${this.#i18n.locale} dir=${this.#i18n.dir} data-kind=${view.kind} data-phase=${view.look} data-status=${view.status} @keydown=${this.#onKeydown}>
      <div class="dial">
        ${renderRing(view.ring)}
        <div part="time" role="timer" tabindex="0" aria-label=${view.timeLabel}>${view.time}</div>
      </div>
      <p part="phase">${view.icon}<span>${view.phase}</span></p>
      ${view.cue ? html`<p part="cue">${view.cue}</p>` : nothing}
      ${view.count ? html`<p part="count">${view.count}</p>` : nothing}
      <p part="total">${view.total}</p>
      <div part="controls">
        <button part="button" class="primary" @click=${this.#toggle}>${view.primary}</button>
        ${view.skip ? html`<button part="button" @click=${this.skip}>${msg('Skip')}</button>` : nothing}
        ${view.reset ? html`<button part="button" @click=${this.reset}>${msg('Reset')}</button>` : nothing}
      </div>
      ${view.after}
      <div class="visually-hidden" aria-live="polite" aria-atomic="true">${view.announcement}</div>
    </div>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'hold-timer': HoldTimer;
  }
}
