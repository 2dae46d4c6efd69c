import { html, nothing, type ReactiveControllerHost } from 'lit';
import { msg, str } from '../i18n/localize.js';
import { SessionController } from '../cues/session-controller.js';
import type { CueOptions } from '../cues/cue-options.js';
import { formatClock, formatRemaining, formatSeconds, secondsInWords } from '../i18n/format.js';
import { announce, countLabel, doneAnnouncement, phaseLabel, secondsLeftAnnouncement } from '../i18n/phrases.js';
import { sumOf, type Plan, type Segment } from '../model/plan.js';
import type { LevelDose } from '../model/types.js';
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
import { clockFace, ringState } from './ring.js';
import { phaseIcon, phaseLook, type PhaseLook } from '../shared/phase.js';
import { renderSoundBlocked, soundBlockedText } from '../shared/sound-controls.js';
import type { TimerView } from './timer-view.js';

// For the card's drawing, which follows its timer's holds with the same ticker (see back-exercise/timer-drawing.ts).
export { sharedTicker } from '../timing/ticker.js';

/** Holds at least this long get one "3 seconds left" announcement for screen readers. */
const SECONDS_LEFT_MIN_HOLD_MS = 10_000;

/** What the session part reads from its `<hold-timer>`. */
export interface TimerRunHost extends ReactiveControllerHost, EventTarget {
  readonly label: string | null;
  readonly level: string;
  readonly movementCue: ((segment: Segment) => MovementCue | null) | null;
}

/** What the element hands its session part besides itself: its language and its dose. */
export interface TimerRunContext {
  /** Runs `work` in the element's language. */
  inLanguage(work: () => void): void;
  /** The element's language, to speak in. */
  language(): string;
  /** The dose at the timer's level (set whenever the plan is). */
  levelDose(): LevelDose | null;
}

/**
 * Everything a `<hold-timer>` needs once started, loaded in idle time after its first render:
 * the session and its cues (beeps, speech, vibration, wake lock, through {@link SessionController}),
 * the events, the announcements and the view of a running, paused or finished timer.
 */
export class TimerRun {
  readonly #host: TimerRunHost;
  readonly #context: TimerRunContext;
  readonly #controller: SessionController;
  /** Text of the polite live region; set just before each render that changes it. */
  #announcement = '';
  #announcedSecondsLeft = -1;
  #cueFailed = false;

  constructor(host: TimerRunHost, context: TimerRunContext) {
    this.#host = host;
    this.#context = context;
    this.#controller = new SessionController(host, {
      onChanges: (changes) => context.inLanguage(() => this.#onChanges(changes)),
      language: () => context.language(),
    });
  }

  get status(): SessionStatus {
    return this.#controller.session?.status(this.#controller.now()) ?? 'idle';
  }

  get remaining(): number {
    const snapshot = this.#controller.snapshot();
    return snapshot ? snapshot.remaining / 1000 : 0;
  }

  get segment(): Segment | null {
    return this.#controller.snapshot()?.segment ?? null;
  }

  useCues(cues: CueOptions): void {
    this.#controller.useCues(cues);
  }

  /** A new plan (or none) ends a session under way: listeners hear of it as a reset. */
  setPlan(plan: Plan | null): void {
    const going = this.status !== 'idle';
    this.#controller.setPlan(plan);
    if (!going) return;
    this.#announcement = '';
    this.#host.dispatchEvent(new HoldTimerResetEvent());
  }

  /** Starts, as of `startedAt` when given (a Start click that came before this part had loaded). */
  start(startedAt?: number): void {
    this.#controller.start(() => this.#host.dispatchEvent(new HoldTimerStartEvent(this.segment!)), 0, startedAt);
  }

  pause(): void {
    if (this.#controller.pause()) this.#host.dispatchEvent(new HoldTimerPauseEvent(this.segment!, this.remaining));
  }

  resume(): void {
    if (this.#controller.resume()) this.#host.dispatchEvent(new HoldTimerResumeEvent(this.segment!, this.remaining));
  }

  reset(): void {
    if (this.status === 'idle') return;
    this.#announcement = '';
    this.#controller.reset();
    this.#host.dispatchEvent(new HoldTimerResetEvent());
  }

  skip(): void {
    this.#controller.skip();
  }

  resumeSound(): void {
    this.#controller.resumeSound();
  }

  #onChanges(changes: SessionChange[]): void {
    const host = this.#host;
    for (const change of changes) {
      if (change.type === 'phase') host.dispatchEvent(new HoldTimerPhaseEvent(change.segment, change.index, change.late));
      else host.dispatchEvent(new HoldTimerCompleteEvent(this.#summary(), change.late));
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
    const movementCue = this.#host.movementCue;
    if (typeof movementCue !== 'function') return null;
    try {
      const cue = movementCue(segment);
      const text = (value: unknown) => typeof value === 'string' && value.trim() !== '';
      return cue && text(cue.shown) && text(cue.go) && (cue.back === undefined || text(cue.back)) ? cue : null;
    } catch (error) {
      if (!this.#cueFailed) console.error('<hold-timer>: movementCue failed, so no movement is shown:', error);
      this.#cueFailed = true;
      return null;
    }
  }

  #summary() {
    const session = this.#controller.session!;
    const dose = this.#context.levelDose()!;
    const now = this.#controller.now();
    return {
      label: this.#host.label,
      level: this.#host.level,
      holdSeconds: sumOf(session.plan, 'hold') / 1000,
      reps: dose.reps,
      sets: dose.sets,
      eachSide: dose.eachSide,
      elapsedSeconds: (session.elapsed(now) + session.pausedFor(now)) / 1000,
      pausedSeconds: session.pausedFor(now) / 1000,
    };
  }

  /**
   * The view at this moment: `idle()` (the element's own) before start, else the running,
   * paused or finished one. `name` is the timer's name for screen readers; `resumeSound` is the
   * tap that lets the sound play again.
   */
  view(idle: () => TimerView, name: string, resumeSound: () => void): TimerView | null {
    const controller = this.#controller;
    const snapshot = controller.snapshot();
    if (!snapshot) return null;
    const { status, segment, index } = snapshot;
    this.#noteSecondsLeft(status, index, segment, snapshot.segmentRemaining);
    if (controller.takeSoundBlockedNews()) this.#announcement = soundBlockedText();
    const after = html`${status === 'running' && controller.wakeLockState === 'unavailable'
      ? html`<p part="notice">${msg('Your screen may turn off: this browser cannot keep it awake.')}</p>`
      : nothing}${controller.soundBlocked ? renderSoundBlocked(resumeSound) : nothing}`;
    if (status === 'idle') return { ...idle(), after, announcement: this.#announcement };
    const done = status === 'done';
    const paused = status === 'paused';
    const label = done ? msg('Done') : phaseLabel(segment);
    const phase = paused ? msg(str`Paused · ${label}`) : label;
    const look: PhaseLook = done ? 'done' : paused ? 'paused' : phaseLook(segment);
    const session = controller.session!;
    const pausedMs = session.pausedFor(controller.now());
    const cue = !done && segment.kind === 'hold' ? this.#cueOf(segment) : null;
    return {
      status,
      kind: done ? 'idle' : segment.kind,
      look,
      ring: ringState(status, index, snapshot.segmentElapsed, segment.duration, pausedMs),
      time: done
        ? html`<span class="done-mark">${phaseIcon('done')}</span><span class="visually-hidden">${msg('Done')}</span>`
        : clockFace(formatClock(snapshot.segmentRemaining)),
      timeLabel: done
        ? msg(str`${name}: ${phase}`)
        : `${msg(str`${name}: ${phase}`)}, ${secondsInWords(Math.ceil(snapshot.segmentRemaining / 1000 - 1e-9))}`,
      icon: phaseIcon(look),
      phase,
      cue: cue?.shown ?? null,
      count: done ? '' : countLabel(segment),
      total: done ? msg(str`All done: ${formatSeconds(session.plan.total / 1000)}`) : msg(str`${formatRemaining(snapshot.remaining)} left in all`),
      primary: status === 'running' ? msg('Pause') : paused ? msg('Resume') : msg('Start again'),
      skip: !done,
      reset: true,
      after,
      announcement: this.#announcement,
    };
  }

  /** Announces "3 seconds left" once near the end of a long hold. */
  #noteSecondsLeft(status: SessionStatus, index: number, segment: Segment, remainingMs: number): void {
    if (status !== 'running' || segment.kind !== 'hold' || segment.duration < SECONDS_LEFT_MIN_HOLD_MS) return;
    if (this.#announcedSecondsLeft === index || remainingMs > 3000 || remainingMs <= 2000) return;
    this.#announcedSecondsLeft = index;
    this.#announcement = secondsLeftAnnouncement(3);
  }
}
