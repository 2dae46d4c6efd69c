import { nothing, type ReactiveController, type TemplateResult } from 'lit';
import { SessionController } from '../cues/session-controller.js';
import { msg, str, type LocaleController } from '../i18n/localize.js';
import { doneAnnouncement } from '../i18n/phrases.js';
import { movementCue, type MovementCue } from '../i18n/movement-cues.js';
import type { Segment, Side } from '../model/plan.js';
import type { Level, ResolvedRoutine } from '../model/types.js';
import { drawingMoment, type DrawingMoment } from '../shared/exercise-media.js';
import { FocusModeController, onPhone } from './focus-mode.js';
import { KeepInViewController } from './keep-in-view.js';
import { onPlayingKey } from './player-keys.js';
import type { ProgressStore } from './progress-store.js';
import { renderPlaying } from './playing-view.js';
import type { RoutinePlayer } from './routine-player.js';
import { speakFor } from './routine-speech.js';
import { soundBlockedText, soundCheckSentence } from '../shared/sound-controls.js';
import { renderStopped, renderSummary } from './end-views.js';
import { RoutineSession } from './session/routine-session.js';
import type { AwaitedRating, RoutineListener } from './session/types.js';
import type { RoutineSourceController } from './source-controller.js';
import type { PlayerInternals, StartChoices } from './start-choices.js';
import type { ReportRecords, SendReportPanel } from './send-report.js';
import { renderSendReport } from './send-report-button.js';

/** The picture of an exercise where the player shows it (while playing, at the `moment` of the session: see {@link drawingMoment}). */
export type Picture = (
  index: number,
  side: Side | null,
  use: 'thumbnail' | 'playing' | 'print' | 'print-start',
  moment?: DrawingMoment,
) => TemplateResult | typeof nothing;

/**
 * Plays the player's {@link RoutineSession}. The cues' {@link SessionController} keeps its time (and
 * sounds, vibrates and keeps the screen awake). It starts with the choices made before start
 * ({@link StartChoices}: level, cues, the store for `remember`, the offer to resume); while
 * playing, the playing and rating views and focus mode; at the end, the advice after a stop or the
 * summary. What the session tells becomes the player's events, the words of its live region and
 * voice, and where focus goes next. It arrives after the player's first render (see
 * session-features.ts).
 */
export class PlaybackController implements ReactiveController, RoutineListener {
  readonly cues: SessionController;
  readonly session: RoutineSession;
  /** Full screen, readable from the floor. */
  readonly focusMode: FocusModeController;
  /** What the live region says. */
  announcement = '';
  readonly #host: RoutinePlayer;
  readonly #i18n: LocaleController;
  readonly #choices: StartChoices;
  readonly #sources: RoutineSourceController;
  readonly #player: PlayerInternals;
  /** Selector of what gets focus after the next render. */
  #focus?: string | undefined;
  /** The store the session being played (or just ended) was started with: its summary counts only what it kept. */
  #playedWith?: ProgressStore | undefined;
  /** "Send to my physiotherapist", after a remembered session: its panel, once the button was first pressed (its code is a chunk). */
  #send?: SendReportPanel | undefined;

  constructor(host: RoutinePlayer, i18n: LocaleController, choices: StartChoices, sources: RoutineSourceController, player: PlayerInternals) {
    this.#host = host;
    this.#i18n = i18n;
    this.#choices = choices;
    this.#sources = sources;
    this.#player = player;
    this.focusMode = new FocusModeController(host);
    const focusMode = this.focusMode;
    this.cues = new SessionController(host, { onChanges: (changes) => this.session.apply(changes), language: () => i18n.locale });
    this.session = new RoutineSession(this.cues, this, () => host.rate);
    this.cues.setPlan(choices.plan);
    host.addController(this);
    // After this controller's own update work: the name and the countdown in view at each new moment.
    new KeepInViewController(host, focusMode, {
      session: this.session,
      where: () => {
        const segment = this.cues.snapshot()?.segment;
        return segment ? `${segment.exerciseIndex}.${segment.set}` : '';
      },
    });
  }

  /** The level shown, spoken and printed: a session keeps the level it was started at; before start, the choice. */
  get level(): Level {
    return this.session.level ?? this.#choices.level;
  }

  /** The level exercise `index` is played (or shown) at: the level, unless the patient accepted another for it. */
  levelOf(index: number): Level {
    return this.session.levels?.[index] ?? this.#choices.levels(this.level)[index] ?? this.level;
  }

  /** `idle`, `running`, `paused` or `done`: the state of the timeline. */
  status() {
    return this.cues.session?.status(this.cues.now()) ?? 'idle';
  }

  /** Starts the session at segment `atSegment` of the plan, with the cues chosen, the controls and Stop in view. */
  begin(atSegment = 0): void {
    if (!this.#host.routineData || !this.#player.startable() || !this.cues.session || this.session.state === 'playing') return;
    this.cues.cues = this.#choices.cues;
    this.#playedWith = this.#choices.store;
    this.#focus = '.primary';
    this.#choices.offers.sessionStarted();
    // The summary names the exercises as the person saw them, in the element's language.
    this.session.start(this.#host.routineData!, this.#i18n.run(() => this.#player.shown()!), this.level, this.#choices.store, atSegment, this.#choices.levels());
  }

  /**
   * The view of the session's state after start, of `routine` as shown: playing (or rating),
   * stopped, or the summary. `threshold` is the pain rating that offers to stop.
   */
  render(routine: ResolvedRoutine, threshold: number, picture: Picture) {
    const { cues, session } = this;
    const restart = () => this.#backToStart();
    // Only the store the session just ended wrote to counts at the summary (not one opened by turning `remember` on meanwhile).
    const { history } = this.#choices;
    const kept = session.state === 'summary' ? this.kept : this.#choices.store;
    if (history.open && session.state !== 'playing' && session.state !== 'stopped' && kept?.available) {
      return history.render(kept, this.#host.routineData!, routine);
    }
    history.reset();
    switch (session.state) {
      case 'before':
        return nothing;
      case 'playing': {
        const snapshot = cues.snapshot();
        if (!snapshot) return nothing;
        if (cues.takeSoundBlockedNews()) this.announcement = soundBlockedText();
        const { rating } = session;
        const { segment, status } = snapshot;
        const moment = rating ? 'held' : drawingMoment(segment, status, snapshot.segmentElapsed);
        return renderPlaying({
          routine,
          level: this.levelOf(rating?.index ?? segment.exerciseIndex),
          session,
          cues,
          snapshot,
          focusMode: this.focusMode,
          media: picture(rating?.index ?? segment.exerciseIndex, rating ? null : segment.side, 'playing', moment),
          cue: rating ? null : this.#cueOf(segment),
          threshold,
          onRate: () => this.#host.requestUpdate(),
          onContinue: () => {
            if (session.state === 'playing') this.#focus = '.primary';
          },
          onResumeSound: () => {
            cues.resumeSound();
            // The button goes once the sound plays: the focus goes to the main one.
            this.#focus = '.primary';
          },
          dir: this.#i18n.dir,
        });
      }
      case 'stopped':
        return renderStopped(session.summary!, restart, this.#sendReport());
      case 'summary':
        return renderSummary(session.summary!, kept?.available ? kept.sessionsThisWeek() : null, this.#host.remember && kept?.available === false, restart, {
          suggestions: this.#choices.renderSuggestions(routine, threshold, 'summary', this.level),
          historyButton: history.button('summary', kept),
          send: this.#sendReport(),
        });
    }
  }

  /** The store the session just ended wrote to (not one opened by turning `remember` on meanwhile), if any. */
  get kept(): ProgressStore | undefined {
    return this.session.storing ? this.#playedWith : undefined;
  }

  /** "Send to my physiotherapist": only after a session kept in a store that works (`remember`). */
  #sendReport() {
    const { kept } = this;
    const routine = this.#host.routineData;
    if (!this.#host.remember || !kept?.available || !routine) return nothing;
    const send = this.#send;
    if (!send) return renderSendReport(false, () => void this.#openSend(routine, kept));
    return send.render(() => send.toggle(routine, kept), kept.history().length);
  }

  /** The first press: loads the panel's code, then opens it. */
  async #openSend(routine: ResolvedRoutine, records: ReportRecords): Promise<void> {
    try {
      const { SendReportPanel } = await import('./send-report.js');
      this.#send ??= new SendReportPanel(this.#host);
      if (!this.#send.open) this.#send.toggle(routine, records);
    } catch (error) {
      console.error('<routine-player>: the report panel could not be loaded', error);
    }
  }

  hostUpdated(): void {
    this.#send?.focusAfterRender();
    const root = this.#host.renderRoot;
    if (!this.#focus) return;
    // Back at the start with an attribute made invalid meanwhile, the error stands where the title would.
    (root.querySelector<HTMLElement>(this.#focus) ?? root.querySelector<HTMLElement>('[part="error"]'))?.focus({ preventScroll: true });
    this.#focus = undefined;
  }

  fire(event: Event): void {
    this.#host.dispatchEvent(event);
  }

  announce(segment: Segment, late: boolean): void {
    this.#i18n.run(() => {
      const { live, voice } = speakFor(this.#player.shown()!, segment, this.levelOf(segment.exerciseIndex), this.#cueOf(segment));
      if (live) this.announcement = live;
      if (voice && !late) this.cues.say(voice);
    });
  }

  /** The movement of `segment`'s exercise on its side, from the exercise as read (call inside the element's language). */
  #cueOf(segment: Segment): MovementCue | null {
    const exercise = this.#host.routineData?.exercises[segment.exerciseIndex];
    return exercise ? movementCue(exercise, segment.side) : null;
  }

  awaitsRating({ index }: AwaitedRating): void {
    this.#i18n.run(() => {
      this.#focus = '#rating-title';
      const name = this.#player.shown()!.exercises[index].name;
      this.#say(msg(str`Paused. How did ${name} feel? Rate it, then continue.`));
    });
  }

  ended(reason: 'complete' | 'pain'): void {
    this.#i18n.run(() => {
      this.focusMode.exit();
      if (reason === 'pain') {
        this.#focus = '#stopped-title';
        this.announcement = msg('Session stopped.');
      } else {
        this.#focus = '#summary-title';
        // After a pain that was too much to go on, no congratulations.
        this.#say(this.session.summary?.highPain ? msg('Routine finished. Rest now.') : doneAnnouncement());
      }
    });
  }

  /** Shows `text` in the live region and speaks it. */
  #say(text: string): void {
    this.announcement = text;
    this.cues.say(text);
  }

  /** The player's keys while a session plays (see {@link onPlayingKey}). */
  onKey(event: KeyboardEvent): void {
    onPlayingKey(event, this.session, this.focusMode, this.#i18n.dir);
  }

  /**
   * Starts from the Start or Resume button (`resume`: the saved progress offered): on a phone, in
   * focus mode too (the click is the gesture the Fullscreen API asks for), unless the page says
   * `no-focus-mode-on-phones`.
   */
  fromClick(resume: boolean): void {
    if (resume) this.#resumeSaved();
    else this.begin();
    if (this.session.state === 'playing' && !this.#host.noFocusModeOnPhones && onPhone()) this.focusMode.enter();
  }

  /** "Test sound", inside the person's click: the tones and a sentence, and what could not be played. */
  checkSound(): void {
    this.#choices.soundCheck = this.#i18n.run(() => this.cues.soundCheck(soundCheckSentence()));
    this.#host.requestUpdate();
  }

  /** Resumes the saved progress offered, at its level. */
  #resumeSaved(): void {
    const offer = this.#choices.offer;
    if (!offer) return;
    this.#choices.chosenLevel = offer.level;
    this.#choices.preparePlan();
    this.begin(offer.segmentIndex);
  }

  /** From the advice after a stop, or from the summary, back to the start, with what changed meanwhile. */
  #backToStart(): void {
    this.#send?.close();
    this.session.backToStart();
    this.#host.requestUpdate();
    this.#focus = '#title';
    if (this.#sources.changedWhilePlaying) this.#sources.read();
    this.#choices.openStore();
    this.#choices.preparePlan();
  }
}
