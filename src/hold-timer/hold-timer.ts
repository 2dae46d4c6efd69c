import { LitElement, type PropertyDeclarations, html, nothing } from 'lit';
import { isHydrating } from '../shared/hydration.js';
import { DoseAttributesMixin } from '../shared/dose-attributes-mixin.js';
import { LocaleController, msg, str } from '../i18n/localize.js';
import { parseCues } from '../cues/cue-options.js';
import { SessionController } from '../cues/session-controller.js';
import { formatClock, formatDose, formatRemaining, formatSeconds, secondsInWords } from '../i18n/format.js';
import { announce, countLabel, doneAnnouncement, phaseLabel, secondsLeftAnnouncement } from '../i18n/phrases.js';
import { Checker, LIMITS } from '../model/checker.js';
import { formatProblem, type DataProblem } from '../model/data-error.js';
import { doseAttributeValues, givenDoseAttributes, readDoseAttributes } from '../model/dose-attributes.js';
import { checkWholeDose } from '../model/limits.js';
import { doseAtLevel } from '../model/dose.js';
import { planExercise, sumOf, type Plan, type Segment } from '../model/plan.js';
import { LEVELS, type Dose, type Level, type LevelDose } from '../model/types.js';
import type { MovementCue } from '../i18n/movement-cues.js';
import type { SessionChange, SessionStatus } from '../timing/session.js';
import {
  HoldTimerCompleteEvent,
  HoldTimerPauseEvent,
  HoldTimerPhaseEvent,
  HoldTimerResetEvent,
  HoldTimerResumeEvent,
  HoldTimerStartEvent,
} from './events.js';
import { holdTimerStyles } from './hold-timer.styles.js';
import { buttonStyles, errorStyles, visuallyHiddenStyles } from '../shared/styles.js';
import { clockFace, renderRing, ringState, ringStyles } from './ring.js';
import { phaseIcon, phaseLook, phaseStyles, type PhaseLook } from '../shared/phase.js';
import { themeStyles } from '../shared/theme.js';
import { hostStates } from '../shared/host-states.js';
import { OURS } from '../shared/own-tags.js';
import { renderSoundBlocked, soundBlockedText, soundControlStyles } from '../shared/sound-controls.js';

const PLAN_PROPERTIES = ['hold', 'reps', 'sets', 'rest', 'setRest', 'prepare', 'switch', 'eachSide', 'level', 'cues', 'label'];
/** Holds at least this long get one "3 seconds left" announcement for screen readers. */
const SECONDS_LEFT_MIN_HOLD_MS = 10_000;

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
  /** Text of the polite live region; set just before each render that changes it. */
  #announcement = '';
  #levelDose: LevelDose | null = null;

  readonly #controller = new SessionController(this, {
    onChanges: (changes) => this.#i18n.run(() => this.#onChanges(changes)),
    language: () => this.#i18n.locale,
  });
  #planKey = '';
  #announcedSecondsLeft = -1;
  #cueFailed = false;
  #loggedError = '';

  /** `idle`, `running`, `paused` or `done`. */
  get status(): SessionStatus {
    return this.#controller.session?.status(this.#controller.now()) ?? 'idle';
  }

  /** Seconds left in the whole dose. */
  get remaining(): number {
    const snapshot = this.#controller.snapshot();
    return snapshot ? snapshot.remaining / 1000 : 0;
  }

  /** The segment running now (the first one before start), or `null` when the attributes are invalid. */
  get segment(): Segment | null {
    return this.#controller.snapshot()?.segment ?? null;
  }

  /** The plan being timed, or `null` when the attributes are invalid. */
  get plan(): Plan | null {
    return this.#controller.session?.plan ?? null;
  }

  /** Starts from the beginning (again, once done). Call from a user's click so sound may play. */
  start(): void {
    this.#controller.start(() => this.dispatchEvent(new HoldTimerStartEvent(this.segment!)));
  }

  /** Pauses a running timer (its cues fall silent, the screen may sleep again) and fires `hold-timer-pause`; does nothing unless it is running. */
  pause(): void {
    if (this.#controller.pause()) this.dispatchEvent(new HoldTimerPauseEvent(this.segment!, this.remaining));
  }

  /** Goes on from where the timer was paused and fires `hold-timer-resume`; does nothing unless it is paused. Call from a user's click so sound may play. */
  resume(): void {
    if (this.#controller.resume()) this.dispatchEvent(new HoldTimerResumeEvent(this.segment!, this.remaining));
  }

  /** Back to the start, not running. */
  reset(): void {
    if (this.status === 'idle') return;
    this.#announcement = '';
    this.#controller.reset();
    this.dispatchEvent(new HoldTimerResetEvent());
  }

  /** Moves on to the next segment now (a rest you don't need, a hold you cut short). */
  skip(): void {
    this.#controller.skip();
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
    else this.#controller.useCues(cues.options);
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

  /** A new plan (or none) ends a session under way: listeners hear of it as a reset. */
  #replacePlan(plan: Plan | null): void {
    const going = this.status !== 'idle';
    this.#controller.setPlan(plan);
    if (!going) return;
    this.#announcement = '';
    this.dispatchEvent(new HoldTimerResetEvent());
  }

  #logProblems(): void {
    const message = this.problems.map(formatProblem).join('; ');
    if (message === this.#loggedError) return;
    this.#loggedError = message;
    console.error(`<hold-timer>: ${message}`);
  }

  #onChanges(changes: SessionChange[]): void {
    for (const change of changes) {
      if (change.type === 'phase') this.dispatchEvent(new HoldTimerPhaseEvent(change.segment, change.index, change.late));
      else this.dispatchEvent(new HoldTimerCompleteEvent(this.#summary(), change.late));
    }
    const last = changes[changes.length - 1];
    if (last.type === 'complete') {
      this.#announcement = doneAnnouncement();
      if (!last.late) this.#controller.say(this.#announcement);
      return;
    }
    const { live, voice } = announce(last.segment, this.#cueOf(last.segment));
    if (live) this.#announcement = live;
    if (voice && !last.late) this.#controller.say(voice);
  }

  /** The movement of `segment` from `movementCue`, or `null` where it gives none (or no text, or fails: logged, never thrown into the page). */
  #cueOf(segment: Segment): MovementCue | null {
    if (typeof this.movementCue !== 'function') return null;
    try {
      const cue = this.movementCue(segment);
      const text = (value: unknown) => typeof value === 'string' && value.trim() !== '';
      return cue && text(cue.shown) && text(cue.go) && (cue.back === undefined || text(cue.back)) ? cue : null;
    } catch (error) {
      if (!this.#cueFailed) console.error('<hold-timer>: movementCue failed, so no movement is shown:', error);
      this.#cueFailed = true;
      return null;
    }
  }

  #summary() {
    const plan = this.plan!;
    const dose = this.#levelDose!;
    const session = this.#controller.session!;
    const now = this.#controller.now();
    return {
      label: this.label,
      level: this.level,
      holdSeconds: sumOf(plan, 'hold') / 1000,
      reps: dose.reps,
      sets: dose.sets,
      eachSide: dose.eachSide,
      elapsedSeconds: (session.elapsed(now) + session.pausedFor(now)) / 1000,
      pausedSeconds: session.pausedFor(now) / 1000,
    };
  }

  #toggle(): void {
    const status = this.status;
    if (status === 'running') this.pause();
    else if (status === 'paused') this.resume();
    else this.start();
  }

  /** The tap that lets the sound play again; the button goes, so the focus goes to the main one. */
  #resumeSound(): void {
    this.#controller.resumeSound();
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
    if (!this.#hydrating) return;
    // The server's content is taken over: now show what depends on this browser.
    this.#hydrating = false;
    this.requestUpdate();
  }

  protected override render() {
    if (this.problems.length > 0) {
      return html`<div part="error" role="alert">
        <p>${msg('This timer cannot start because of its attributes:')}</p>
        <ul>${this.problems.map((problem) => html`<li>${formatProblem(problem)}</li>`)}</ul>
      </div>`;
    }
    const snapshot = this.#controller.snapshot();
    if (!snapshot) return nothing;
    const { status, segment } = snapshot;
    const idle = status === 'idle';
    const done = status === 'done';
    // Before start, the dial shows one hold, as the dose says ("Hold 45 seconds": 45); the total has its own line.
    const shownMs = idle ? this.#levelDose!.holdSeconds * 1000 : snapshot.segmentRemaining;
    this.#noteSecondsLeft(status, snapshot.index, segment, snapshot.segmentRemaining);
    if (this.#controller.takeSoundBlockedNews()) this.#announcement = soundBlockedText();
    const paused = status === 'paused';
    const label = idle ? msg('Ready') : done ? msg('Done') : phaseLabel(segment);
    const phase = paused ? msg(str`Paused · ${label}`) : label;
    const look: PhaseLook = idle ? 'idle' : done ? 'done' : paused ? 'paused' : phaseLook(segment);
    const count = idle ? (this.noDose ? '' : formatDose(this.#levelDose!)) : done ? '' : countLabel(segment);
    const name = this.label ?? msg('Hold timer');
    const cue = !idle && !done && segment.kind === 'hold' ? this.#cueOf(segment) : null;
    return html`<div part="base" lang=${this.#i18n.locale} dir=${this.#i18n.dir} data-kind=${idle || done ? 'idle' : segment.kind} data-phase=${look} data-status=${status} @keydown=${this.#onKeydown}>
      <div class="dial">
        ${this.#renderRing(status, snapshot.index, segment, snapshot.segmentElapsed)}
        <div
          part="time"
          role="timer"
          tabindex="0"
          aria-label=${done ? msg(str`${name}: ${phase}`) : `${msg(str`${name}: ${phase}`)}, ${secondsInWords(Math.ceil(shownMs / 1000 - 1e-9))}`}
        >
          ${done
            ? html`<span class="done-mark">${phaseIcon('done')}</span><span class="visually-hidden">${msg('Done')}</span>`
            : clockFace(formatClock(shownMs))}
        </div>
      </div>
      <p part="phase">${idle ? nothing : phaseIcon(look)}<span>${phase}</span></p>
      ${cue ? html`<p part="cue">${cue.shown}</p>` : nothing}
      ${count ? html`<p part="count">${count}</p>` : nothing}
      <p part="total">
        ${idle
          ? msg(str`${formatRemaining(this.plan!.total)} in all`)
          : done
            ? msg(str`All done: ${formatSeconds(this.plan!.total / 1000)}`)
            : msg(str`${formatRemaining(snapshot.remaining)} left in all`)}
      </p>
      <div part="controls">
        <button part="button" class="primary" @click=${this.#toggle}>
          ${status === 'running' ? msg('Pause') : paused ? msg('Resume') : done ? msg('Start again') : msg('Start')}
        </button>
        ${idle || done ? nothing : html`<button part="button" @click=${this.skip}>${msg('Skip')}</button>`}
        ${idle ? nothing : html`<button part="button" @click=${this.reset}>${msg('Reset')}</button>`}
      </div>
      ${status === 'running' && this.#controller.wakeLockState === 'unavailable'
        ? html`<p part="notice">${msg('Your screen may turn off: this browser cannot keep it awake.')}</p>`
        : nothing}
      ${this.#controller.soundBlocked ? renderSoundBlocked(() => this.#resumeSound()) : nothing}
      <div class="visually-hidden" aria-live="polite" aria-atomic="true">${this.#announcement}</div>
    </div>`;
  }

  #renderRing(status: SessionStatus, index: number, segment: Segment, segmentElapsed: number) {
    const pausedMs = this.#controller.session?.pausedFor(this.#controller.now()) ?? 0;
    return renderRing(ringState(status, index, segmentElapsed, segment.duration, pausedMs));
  }

  /** Announces "3 seconds left" once near the end of a long hold. */
  #noteSecondsLeft(status: SessionStatus, index: number, segment: Segment, remainingMs: number): void {
    if (status !== 'running' || segment.kind !== 'hold' || segment.duration < SECONDS_LEFT_MIN_HOLD_MS) return;
    if (this.#announcedSecondsLeft === index || remainingMs > 3000 || remainingMs <= 2000) return;
    this.#announcedSecondsLeft = index;
    this.#announcement = secondsLeftAnnouncement(3);
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'hold-timer': HoldTimer;
  }
}
