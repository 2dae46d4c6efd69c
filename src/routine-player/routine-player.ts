import { LitElement, html, nothing } from 'lit';
import { property, state } from 'lit/decorators.js';
import { localized, msg, str } from '@lit/localize';
import { parseCues, type CueOptions } from '../cues/cue-options.js';
import { SessionController } from '../cues/session-controller.js';
import { formatClock, formatDose, formatRemaining } from '../i18n/format.js';
import { announce, countLabel, doneAnnouncement, phaseLabel } from '../i18n/phrases.js';
import { Checker, LIMITS } from '../model/checker.js';
import { formatProblem, type DataProblem } from '../model/data-error.js';
import type { NumberAttribute } from '../model/dose-attributes.js';
import { doseAtLevel } from '../model/dose.js';
import { planRoutine, type Plan, type Segment } from '../model/plan.js';
import { LEVELS, type Level, type Pace, type ResolvedRoutine } from '../model/types.js';
import type { SessionChange } from '../timing/session.js';
import { renderRing, ringState, ringStyles } from '../hold-timer/ring.js';
import {
  RoutinePlayerCompleteEvent,
  RoutinePlayerPauseEvent,
  RoutinePlayerResumeEvent,
  RoutinePlayerStartEvent,
  RoutinePlayerStepEvent,
  RoutinePlayerStopEvent,
  type ExerciseReport,
  type RoutineSummary,
} from './events.js';
import { ProgressStore, type SavedProgress } from './progress-store.js';
import { resolveRoutineSource, type RoutineSourceResult } from './routine-source.js';
import { renderBefore, renderRating, renderStopped, renderSummary } from './routine-views.js';
import { routinePlayerStyles } from './routine-player.styles.js';
import { buttonStyles, errorStyles, visuallyHiddenStyles } from '../shared/styles.js';

type View = 'before' | 'playing' | 'stopped' | 'summary';

const PACES = ['timer', 'done'] as const;
const PAIN_THRESHOLD = { min: 1, max: 10 };
const ATTRIBUTE_PROPERTIES = ['level', 'cues', 'pace', 'painThreshold', 'name'];
type Rating = Pick<ExerciseReport, 'pain' | 'difficulty'>;

/**
 * Plays a whole routine hands-free: every exercise, side, repetition and set
 * in order, with sounds, voice and a screen that stays awake, and an
 * always-visible **Stop — this hurts**.
 *
 * The routine comes from the first source that applies: the `data` property, a
 * child `<script type="application/json">`, child `<back-exercise>` elements
 * (in order, with their own doses), or the `routine` attribute.
 *
 * @tagname routine-player
 * @summary A hands-free player for a whole back-care routine, with a safe stop.
 *
 * @slot safety-advice - Replaces the advice shown after Stop — this hurts.
 *
 * @fires {RoutinePlayerStartEvent} routine-player-start - The person started (or resumed) a session.
 * @fires {RoutinePlayerStepEvent} routine-player-step - An exercise began.
 * @fires {RoutinePlayerPauseEvent} routine-player-pause - The session was paused.
 * @fires {RoutinePlayerResumeEvent} routine-player-resume - The session resumed.
 * @fires {RoutinePlayerCompleteEvent} routine-player-complete - The routine is done; carries the summary.
 * @fires {RoutinePlayerStopEvent} routine-player-stop - The session ended early; `reason` is `pain` for Stop — this hurts.
 *
 * @csspart base - The player.
 * @csspart before - The view before start.
 * @csspart playing - The view while playing.
 * @csspart stopped - The view after Stop — this hurts.
 * @csspart summary - The view at the end.
 * @csspart progress - The overall progress bar.
 * @csspart ring - The progress ring of the current segment.
 * @csspart time - The remaining time of the current segment.
 * @csspart phase - What is happening now.
 * @csspart position - The starting position to get into, while getting ready.
 * @csspart next - What comes next.
 * @csspart controls - The row of playback buttons.
 * @csspart button - Each button.
 * @csspart stop - The Stop — this hurts button.
 * @csspart advice - The safety advice after stopping.
 * @csspart rating - The pain and difficulty rating form.
 * @csspart error - The message shown when the routine's data is invalid.
 *
 * @cssproperty --routine-player-accent - Main colour of buttons and the ring. Default: #1f5f8b.
 * @cssproperty --routine-player-stop-color - Colour of Stop — this hurts. Default: #b3261e.
 * @cssproperty --routine-player-background - Background. Default: Canvas.
 * @cssproperty --routine-player-color - Text colour. Default: CanvasText.
 * @cssproperty --routine-player-size - Diameter of the ring. Default: min(11rem, 60vw).
 */
@localized()
export class RoutinePlayer extends LitElement {
  static override styles = [ringStyles, buttonStyles, errorStyles, visuallyHiddenStyles, routinePlayerStyles];

  /** The routine as an object (for app developers), validated like JSON; wins over every other source. */
  @property({ attribute: false }) data: unknown = undefined;
  /** Id of a built-in routine: `lower-back` (default), `lower-back-stretches`, `trunk-strength`. */
  @property({ reflect: true }) routine: string | null = null;
  /** Name shown for a routine composed from child `<back-exercise>` elements. */
  @property() name: string | null = null;
  /** Starting level, which the person can change before start. */
  @property({ reflect: true }) level: Level = 'beginner';
  /** Starting cues (`beep voice vibrate` or `none`), which the person can change before start. */
  @property() cues: string | null = null;
  /** How repetitions are paced: `timer`, or `done` to wait for the Done button after each set. */
  @property() pace: Pace = 'timer';
  /** Keep progress (resume after a reload) and a history of sessions in this browser. Off by default. */
  @property({ type: Boolean }) remember = false;
  /** Ask for pain (0–10) and difficulty after each exercise. */
  @property({ type: Boolean }) rate = false;
  /** A pain rating (0–10) at or above this, a whole number from 1 to 10, offers to stop. */
  @property({ attribute: 'pain-threshold' }) painThreshold: NumberAttribute = 7;

  @state() private view: View = 'before';
  @state() private source: Exclude<RoutineSourceResult, { pending: unknown }> | undefined;
  @state() private chosenLevel: Level | undefined;
  @state() private chosenCues: CueOptions | undefined;
  @state() private waiting = false;
  @state() private ratingFor: number | null = null;
  @state() private summary: RoutineSummary | null = null;
  @state() private offer: SavedProgress | null = null;
  /** Problems with the player's own attributes (`level`, `cues`, `pace`, `pain-threshold`, `name`). */
  @state() private attributeProblems: DataProblem[] = [];

  private readonly controller = new SessionController(this, { onChanges: (changes) => this.onChanges(changes) });
  private readonly childObserver = new MutationObserver(() => this.readSource());
  private store: ProgressStore | null = null;
  private outcomes: ExerciseReport['outcome'][] = [];
  private ratings = new Map<number, Rating>();
  private currentExercise = -1;
  private startedAt = 0;
  private announcement = '';
  private focusAfterRender: string | null = null;
  private loggedError = '';
  /** The sources changed while a session was playing; they are read again back at the start. */
  private sourceChangedWhilePlaying = false;
  private threshold = 7;

  /** `before`, `playing`, `stopped` or `summary`. */
  get state(): View {
    return this.view;
  }

  /** The routine being played, with every exercise resolved, or `undefined` while the data is invalid. */
  get routineData(): ResolvedRoutine | undefined {
    return this.source?.ok ? this.source.routine : undefined;
  }

  /** The timeline being played. */
  get plan(): Plan | null {
    return this.controller.session?.plan ?? null;
  }

  /** `idle`, `running`, `paused` or `done`: the state of the timeline. */
  get status() {
    return this.controller.session?.status(this.controller.now()) ?? 'idle';
  }

  private get activeLevel(): Level {
    return this.chosenLevel ?? this.level;
  }

  private get activeCues(): CueOptions {
    if (this.chosenCues) return this.chosenCues;
    const parsed = parseCues(this.cues);
    return 'options' in parsed ? parsed.options : { beep: true, voice: false, vibrate: true };
  }

  override connectedCallback(): void {
    super.connectedCallback();
    this.childObserver.observe(this, { childList: true, subtree: true, characterData: true, attributes: true });
    this.readSource();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.childObserver.disconnect();
  }

  protected override willUpdate(changed: Map<PropertyKey, unknown>): void {
    if (ATTRIBUTE_PROPERTIES.some((name) => changed.has(name))) this.checkAttributes();
    if (changed.has('data') || changed.has('routine') || changed.has('name')) this.readSource();
    if (this.view === 'before' && (changed.has('source') || changed.has('level') || changed.has('chosenLevel') || changed.has('pace'))) {
      this.preparePlan();
    }
    if (changed.has('source') || changed.has('remember')) this.openStore();
  }

  protected override updated(): void {
    if (!this.focusAfterRender) return;
    this.renderRoot.querySelector<HTMLElement>(this.focusAfterRender)?.focus();
    this.focusAfterRender = null;
  }

  private checkAttributes(): void {
    const check = new Checker();
    check.oneOf('level', this.level, LEVELS);
    const cues = parseCues(this.cues);
    if ('problem' in cues) check.fail('cues', cues.problem);
    check.oneOf('pace', this.pace, PACES);
    this.threshold = check.wholeNumberText('pain-threshold', this.painThreshold, PAIN_THRESHOLD) ?? this.threshold;
    if (this.name !== null) check.text('name', this.name, LIMITS.nameLength);
    this.attributeProblems = check.problems;
    this.logProblems();
  }

  private logProblems(): void {
    const problems = [...this.attributeProblems, ...(this.source && !this.source.ok ? this.source.error.problems : [])];
    const message = problems.map(formatProblem).join('; ');
    if (message && message !== this.loggedError) console.error(`<routine-player>: ${message}`);
    this.loggedError = message;
  }

  private readSource(): void {
    if (!this.isConnected) return;
    if (this.view === 'playing') {
      // The session in progress is not swapped under the person's feet: the new data waits.
      if (!this.sourceChangedWhilePlaying) {
        console.warn('<routine-player>: the routine changed during a session; it is used from the next start.');
      }
      this.sourceChangedWhilePlaying = true;
      return;
    }
    this.sourceChangedWhilePlaying = false;
    const source = resolveRoutineSource(this, this.data, this.routine);
    if ('pending' in source) {
      void source.pending.then(() => this.readSource());
      return;
    }
    this.source = source;
    this.logProblems();
  }

  private preparePlan(): void {
    const routine = this.routineData;
    if (!routine) {
      this.controller.setPlan(null);
      return;
    }
    this.controller.setPlan(this.planAt(routine, this.activeLevel));
  }

  private planAt(routine: ResolvedRoutine, level: Level): Plan {
    const known = LEVELS.includes(level) ? level : 'beginner';
    return planRoutine(routine, known, (index) => (routine.paces[index] ?? this.pace) === 'done');
  }

  private openStore(): void {
    const routine = this.routineData;
    this.store = this.remember && routine ? new ProgressStore(routine.id) : null;
    // Offered only where it still points at the start of an exercise of this routine's plan.
    this.offer =
      this.store?.loadProgress((saved) => {
        const segments = this.planAt(routine!, saved.level).segments;
        const segment = segments[saved.segmentIndex];
        return segment?.exerciseIndex === saved.exerciseIndex && segments[saved.segmentIndex - 1]?.exerciseIndex !== saved.exerciseIndex;
      }) ?? null;
  }

  /** Starts the routine from the beginning. Call from a user's click so sound and speech may play. */
  start(): void {
    this.begin(0);
  }

  private begin(segmentIndex: number): void {
    const routine = this.routineData;
    if (!routine || !this.controller.session || this.view === 'playing') return;
    this.controller.cues = this.activeCues;
    this.outcomes = routine.exercises.map(() => 'not-reached');
    const resumeAt = this.plan!.segments[segmentIndex]?.exerciseIndex ?? 0;
    for (let index = 0; index < resumeAt; index++) this.outcomes[index] = 'done';
    this.ratings = new Map();
    this.currentExercise = -1;
    this.summary = null;
    this.ratingFor = null;
    this.waiting = false;
    this.startedAt = Date.now();
    this.view = 'playing';
    this.focusAfterRender = '.primary';
    this.controller.start(() => this.dispatchEvent(new RoutinePlayerStartEvent(routine.id, this.activeLevel, resumeAt)), segmentIndex);
  }

  private resumeSaved(): void {
    if (!this.offer) return;
    this.chosenLevel = this.offer.level;
    this.preparePlan();
    this.begin(this.offer.segmentIndex);
  }

  pause(): void {
    if (this.view === 'playing' && !this.waiting && this.controller.pause()) {
      this.dispatchEvent(new RoutinePlayerPauseEvent(this.currentExercise));
    }
  }

  resume(): void {
    if (this.view === 'playing' && !this.waiting && this.controller.resume()) {
      this.dispatchEvent(new RoutinePlayerResumeEvent(this.currentExercise));
    }
  }

  /** Ends a self-paced set ("I've done my repetitions") and moves on. */
  done(): void {
    if (!this.waiting) return;
    this.stopWaiting();
    this.controller.skip();
  }

  /** Leaves a self-paced set: time runs again from where it stood. */
  private stopWaiting(): void {
    this.waiting = false;
    this.controller.resume();
  }

  /** Moves to the start of the next exercise; the one left counts as skipped. */
  next(): void {
    const snapshot = this.controller.snapshot();
    if (this.view !== 'playing' || !snapshot) return;
    const index = snapshot.segment.exerciseIndex;
    if (this.outcomes[index] !== 'done') this.outcomes[index] = 'skipped';
    this.jumpToExercise(index + 1);
  }

  /** Moves to the start of the previous exercise (or restarts the first). */
  previous(): void {
    const snapshot = this.controller.snapshot();
    if (this.view !== 'playing' || !snapshot) return;
    this.jumpToExercise(Math.max(0, snapshot.segment.exerciseIndex - 1));
  }

  /** Stops at once: silences every cue, shows safety advice and fires `routine-player-stop` with reason `pain`. */
  stopForPain(): void {
    if (this.view !== 'playing') return;
    this.finish('pain');
  }

  private jumpToExercise(exerciseIndex: number): void {
    const plan = this.plan!;
    const target = plan.segments.findIndex((segment) => segment.exerciseIndex === exerciseIndex);
    if (this.waiting) this.stopWaiting();
    if (target !== -1) {
      this.controller.goTo(target);
    } else if (this.controller.goTo(plan.segments.length - 1)) {
      // Next from the last exercise: there is nothing after it, so the routine ends.
      this.controller.skip();
    }
  }

  private onChanges(changes: SessionChange[]): void {
    const routine = this.routineData!;
    for (const change of changes) {
      if (change.type === 'complete') {
        this.markDone(this.currentExercise);
        this.finish('complete');
        return;
      }
      const { segment } = change;
      if (segment.exerciseIndex !== this.currentExercise) {
        if (this.currentExercise >= 0 && segment.exerciseIndex > this.currentExercise) this.markDone(this.currentExercise);
        this.currentExercise = segment.exerciseIndex;
        this.store?.saveProgress({
          level: this.activeLevel,
          segmentIndex: change.index,
          exerciseIndex: segment.exerciseIndex,
          savedAt: Date.now(),
        });
        this.dispatchEvent(new RoutinePlayerStepEvent(segment.exerciseIndex, routine.exercises[segment.exerciseIndex], segment, change.late));
      }
    }
    const last = changes[changes.length - 1];
    if (last.type !== 'phase') return;
    this.speakAndAnnounce(last.segment, last.late);
    if (last.segment.selfPaced) {
      this.waiting = true;
      this.controller.pause(true);
    }
  }

  /** Marks an exercise done unless the person skipped it, and asks for a rating when `rate` is on. */
  private markDone(index: number): void {
    if (index < 0 || this.outcomes[index] === 'skipped') return;
    this.outcomes[index] = 'done';
    if (this.rate) this.ratingFor = index;
  }

  private speakAndAnnounce(segment: Segment, late: boolean): void {
    const routine = this.routineData!;
    const exercise = routine.exercises[segment.exerciseIndex];
    let { live, voice } = announce(segment);
    if (segment.kind === 'transition' || segment.kind === 'prepare') {
      const position = exercise.startPosition ?? exercise.steps[0];
      const intro = msg(str`Exercise ${segment.exerciseIndex + 1} of ${routine.exercises.length}: ${exercise.name}. ${position}.`);
      live = `${intro} ${live ?? ''}`.trim();
      voice = live;
    }
    if (segment.selfPaced) {
      const dose = doseAtLevel(exercise.dose, this.activeLevel);
      live = msg(str`Do ${dose.reps} repetitions at your own pace, holding ${dose.holdSeconds} seconds each, then press Done.`);
      voice = live;
    }
    if (live) this.announcement = live;
    if (voice && !late) this.controller.say(voice);
  }

  private finish(reason: 'complete' | 'pain'): void {
    const routine = this.routineData!;
    const session = this.controller.session!;
    const now = this.controller.now();
    const summary: RoutineSummary = {
      routine: routine.id,
      name: routine.name,
      level: this.activeLevel,
      startedAt: new Date(this.startedAt).toISOString(),
      endedAt: new Date().toISOString(),
      elapsedSeconds: Math.round(session.elapsed(now) + session.pausedFor(now)) / 1000,
      pausedSeconds: Math.round(session.pausedFor(now)) / 1000,
      completed: reason === 'complete',
      exercises: routine.exercises.map((exercise, index) => ({
        id: exercise.id,
        name: exercise.name,
        outcome: this.outcomes[index],
        ...this.ratings.get(index),
      })),
    };
    if (reason === 'pain') summary.stopReason = 'pain';
    this.controller.reset();
    this.waiting = false;
    this.summary = summary;
    this.view = reason === 'pain' ? 'stopped' : 'summary';
    this.focusAfterRender = reason === 'pain' ? '#stopped-title' : '#summary-title';
    this.announcement = reason === 'pain' ? msg('Session stopped.') : doneAnnouncement();
    if (reason === 'complete') this.controller.say(this.announcement);
    this.store?.clearProgress();
    this.store?.addHistory({ date: summary.endedAt, completed: summary.completed, ...(reason === 'pain' ? { reason } : {}) });
    this.dispatchEvent(reason === 'pain' ? new RoutinePlayerStopEvent('pain', summary) : new RoutinePlayerCompleteEvent(summary));
  }

  private backToStart(): void {
    this.view = 'before';
    this.summary = null;
    this.focusAfterRender = '#title';
    if (this.sourceChangedWhilePlaying) this.readSource();
    this.openStore();
    this.preparePlan();
  }

  private onKeydown(event: KeyboardEvent): void {
    if (this.view !== 'playing' || event.repeat) return;
    const target = event.composedPath()[0] as Element;
    if (target.closest?.('input, select, textarea')) return;
    if (event.key === ' ' && !target.closest?.('button')) {
      event.preventDefault();
      this.togglePause();
    } else if (event.key === 'ArrowRight') {
      event.preventDefault();
      this.next();
    } else if (event.key === 'ArrowLeft') {
      event.preventDefault();
      this.previous();
    }
  }

  private togglePause(): void {
    if (this.waiting) this.done();
    else if (this.status === 'paused') this.resume();
    else this.pause();
  }

  protected override render() {
    if (!this.source) return nothing;
    if (!this.source.ok || this.attributeProblems.length > 0) {
      const problems = [...this.attributeProblems, ...(this.source.ok ? [] : this.source.error.problems)];
      return html`<div part="error" role="alert">
        <p>${msg('This routine cannot be played because its data has problems:')}</p>
        <ul>${problems.map((problem) => html`<li>${formatProblem(problem)}</li>`)}</ul>
      </div>`;
    }
    return html`<div part="base" @keydown=${this.onKeydown}>
      ${this.renderView(this.source.routine)}
      <div class="visually-hidden" aria-live="polite" aria-atomic="true">${this.announcement}</div>
    </div>`;
  }

  private renderView(routine: ResolvedRoutine) {
    switch (this.view) {
      case 'before':
        return this.plan
          ? renderBefore({
              routine,
              plan: this.plan,
              level: this.activeLevel,
              cues: this.activeCues,
              offer: this.offer,
              remember: this.remember,
              storageAvailable: this.store?.available ?? true,
              sessionsThisWeek: this.store?.sessionsThisWeek() ?? 0,
              onLevel: (level) => (this.chosenLevel = level),
              onCue: (cue, on) => (this.chosenCues = { ...this.activeCues, [cue]: on }),
              onStart: () => this.start(),
              onResume: () => this.resumeSaved(),
            })
          : nothing;
      case 'playing':
        return this.renderPlaying(routine);
      case 'stopped':
        return renderStopped(this.summary!, () => this.backToStart());
      case 'summary':
        return renderSummary(this.summary!, this.store?.available ? this.store.sessionsThisWeek() : null, () => this.backToStart());
    }
  }

  private renderPlaying(routine: ResolvedRoutine) {
    const snapshot = this.controller.snapshot();
    if (!snapshot) return nothing;
    const { segment, status } = snapshot;
    const exercise = routine.exercises[segment.exerciseIndex];
    const nextSegment = this.plan!.segments[snapshot.index + 1];
    const nextExercise = routine.exercises[segment.exerciseIndex + 1];
    const paused = status === 'paused' && !this.waiting;
    const pausedMs = this.controller.session!.pausedFor(this.controller.now());
    const ring = ringState(this.waiting ? 'idle' : status, snapshot.index, snapshot.segmentElapsed, segment.duration, pausedMs);
    const phase = this.waiting ? msg('Your pace') : paused ? msg('Paused') : phaseLabel(segment);
    return html`<section part="playing" aria-labelledby="exercise-name">
      <p part="overall">
        ${msg(str`Exercise ${segment.exerciseIndex + 1} of ${routine.exercises.length} · ${formatRemaining(snapshot.remaining)} left`)}
      </p>
      <progress part="progress" max=${this.plan!.total} .value=${snapshot.elapsed} aria-label=${msg('Routine progress')}></progress>
      <h2 id="exercise-name" part="exercise-name">${exercise.name}</h2>
      <p part="dose">${formatDose(doseAtLevel(exercise.dose, this.activeLevel))}</p>
      <div class="dial">
        ${renderRing(ring)}
        <div part="time" role="timer" aria-label=${msg(str`${exercise.name}: ${phase}`)}>
          ${this.waiting ? msg('Done?') : formatClock(snapshot.segmentRemaining)}
        </div>
      </div>
      <p part="phase">${phase}</p>
      ${segment.kind === 'transition' || segment.kind === 'prepare'
        ? html`<p part="position">${exercise.startPosition ?? exercise.steps[0]}</p>`
        : nothing}
      ${countLabel(segment) && !this.waiting ? html`<p part="count">${countLabel(segment)}</p>` : nothing}
      <p part="next">
        ${nextSegment && nextSegment.exerciseIndex === segment.exerciseIndex
          ? msg(str`Then: ${phaseLabel(nextSegment)}`)
          : nextExercise
            ? msg(str`Next exercise: ${nextExercise.name}`)
            : msg('Last one!')}
      </p>
      <div part="controls">
        <button part="button" @click=${this.previous} aria-keyshortcuts="ArrowLeft">${msg('Previous')}</button>
        <button part="button" class="primary" @click=${this.togglePause} aria-keyshortcuts="Space">
          ${this.waiting ? msg('Done') : paused ? msg('Resume') : msg('Pause')}
        </button>
        <button part="button" @click=${this.next} aria-keyshortcuts="ArrowRight">${msg('Next')}</button>
      </div>
      <button part="button stop" class="stop" @click=${this.stopForPain}>${msg('Stop — this hurts')}</button>
      ${this.ratingFor !== null ? this.renderRatingFor(routine, this.ratingFor) : nothing}
      <details part="how">
        <summary>${msg('How to do it')}</summary>
        <ol>${exercise.steps.map((step) => html`<li>${step}</li>`)}</ol>
      </details>
      ${exercise.cautions.length > 0
        ? html`<aside part="cautions" aria-label=${msg('Take care')}>
            <ul>${exercise.cautions.map((caution) => html`<li>${caution}</li>`)}</ul>
          </aside>`
        : nothing}
      ${status === 'running' && this.controller.wakeLockState === 'unavailable'
        ? html`<p part="notice">${msg('Your screen may turn off: this browser cannot keep it awake.')}</p>`
        : nothing}
    </section>`;
  }

  private renderRatingFor(routine: ResolvedRoutine, index: number) {
    return renderRating({
      exerciseName: routine.exercises[index].name,
      threshold: this.threshold,
      pain: this.ratings.get(index)?.pain,
      onRate: (pain, difficulty) => {
        this.ratings.set(index, { ...(pain === undefined ? {} : { pain }), ...(difficulty ? { difficulty } : {}) });
        if (pain === undefined || pain < this.threshold) this.ratingFor = null;
        this.requestUpdate();
      },
      onStop: () => this.stopForPain(),
    });
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'routine-player': RoutinePlayer;
  }
}

