import { isServer, nothing, type ReactiveController, type TemplateResult } from 'lit';
import type { CueOptions } from '../cues/cue-options.js';
import { SessionController } from '../cues/session-controller.js';
import { msg, str, type LocaleController } from '../i18n/localize.js';
import { doneAnnouncement } from '../i18n/phrases.js';
import { movementCue, type MovementCue } from '../i18n/movement-cues.js';
import type { Segment, Side } from '../model/plan.js';
import type { Level, ResolvedRoutine } from '../model/types.js';
import { drawingMoment, type DrawingMoment } from '../shared/exercise-media.js';
import { onPhone, type FocusModeController } from './focus-mode.js';
import { KeepInViewController } from './keep-in-view.js';
import { speechAvailable, startingCues } from './player-attributes.js';
import { renderPlaying } from './playing-view.js';
import { ProgressStore, type SavedProgress } from './progress-store.js';
import type { RoutinePlayer } from './routine-player.js';
import { speakFor } from './routine-speech.js';
import type { SoundCheckResult } from '../cues/sound-check.js';
import { renderSoundCheck, soundBlockedText, soundCheckReport, soundCheckSentence } from '../shared/sound-controls.js';
import { renderBefore, renderStopped, renderSummary } from './routine-views.js';
import type { LevelSuggestion } from '../adherence/progression.js';
import { LevelOffers } from './level-offers.js';
import { renderReminder } from '../adherence/reminder-view.js';
import { addToCalendar } from './add-to-calendar.js';
import type { ReportRecords, SendReportPanel } from './send-report.js';
import { renderSendReport } from './send-report-button.js';
import { fitsPlan, planFor } from './session/routine-plan.js';
import { RoutineSession } from './session/routine-session.js';
import type { AwaitedRating, RoutineListener } from './session/types.js';
import type { RoutineSourceController } from './source-controller.js';
import { HistoryController } from './history-controller.js';

/** What the player knows that its playback needs. */
export interface PlayerInternals {
  /** The routine as shown, in the element's language (asked for inside it), or `undefined` while there is none. */
  shown(): ResolvedRoutine | undefined;
  /** Taking over server-rendered content: the first update renders what the server did. */
  hydrating(): boolean;
  /** Nothing in the player's attributes keeps a session from starting. */
  startable(): boolean;
}

/** The picture of an exercise where the player shows it (while playing, at the `moment` of the session: see {@link drawingMoment}). */
export type Picture = (
  index: number,
  side: Side | null,
  use: 'thumbnail' | 'playing' | 'print' | 'print-start',
  moment?: DrawingMoment,
) => TemplateResult | typeof nothing;

/**
 * Plays the player's {@link RoutineSession}. The cues' {@link SessionController} keeps its time (and
 * sounds, vibrates and keeps the screen awake). Before start, the person's choices of level and
 * cues and the offer to resume saved progress; while playing, the playing and rating views; at
 * the end, the advice after a stop or the summary. What the session tells becomes the player's
 * events, the words of its live region and voice, and where focus goes next. With `remember`, it
 * opens the store the session keeps progress and history in.
 */
export class PlaybackController implements ReactiveController, RoutineListener {
  readonly cues: SessionController;
  readonly session: RoutineSession;
  /** "Your history", with `remember`. */
  readonly history: HistoryController;
  /** What the live region says. */
  announcement = '';
  readonly #host: RoutinePlayer;
  readonly #i18n: LocaleController;
  readonly #focusMode: FocusModeController;
  readonly #sources: RoutineSourceController;
  readonly #player: PlayerInternals;
  /** The person's choices before start. */
  #chosenLevel?: Level | undefined;
  #chosenCues?: CueOptions | undefined;
  /** Where progress and history are kept: only with `remember`, in a browser that lets us. */
  #store?: ProgressStore | undefined;
  /** Saved progress worth offering to resume. */
  #offer: SavedProgress | null = null;
  /** Selector of what gets focus after the next render. */
  #focus?: string | undefined;
  /** What the sound check before start found, once pressed. */
  #soundCheck: SoundCheckResult | null = null;
  /** The store the session being played (or just ended) was started with: its summary counts only what it kept. */
  #playedWith?: ProgressStore | undefined;
  /** Level suggestions, and each exercise's level in force. */
  readonly offers = new LevelOffers();
  /** "Send to my physiotherapist", after a remembered session: its panel, once the button was first pressed (its code is a chunk). */
  #send?: SendReportPanel | undefined;

  constructor(host: RoutinePlayer, i18n: LocaleController, focusMode: FocusModeController, sources: RoutineSourceController, player: PlayerInternals) {
    this.#host = host;
    this.#i18n = i18n;
    this.#focusMode = focusMode;
    this.#sources = sources;
    this.#player = player;
    this.cues = new SessionController(host, { onChanges: (changes) => this.session.apply(changes), language: () => i18n.locale });
    this.session = new RoutineSession(this.cues, this, () => host.rate);
    this.history = new HistoryController(host, i18n, (selector) => (this.#focus = selector));
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

  /**
   * The level shown, spoken and printed. A session keeps the level it was started at, whatever
   * happens meanwhile to the attribute or to the link that set it; before start, the person's
   * choice, else the level a shared link asks for, else the `level` attribute.
   */
  get level(): Level {
    return this.session.level ?? this.#chosenLevel ?? this.#sources.linkLevel ?? this.#host.level ?? 'beginner';
  }

  /** The level exercise `index` is played (or shown) at: the level, unless the patient accepted another for it. */
  levelOf(index: number): Level {
    return this.session.levels?.[index] ?? this.#levels()[index] ?? this.level;
  }

  /** Each exercise's level in force before start: its last accepted change, else the level. */
  #levels(base = this.level): Level[] {
    const routine = this.#host.routineData;
    return routine ? this.offers.levels(routine, base) : [];
  }

  get #cueChoice(): CueOptions {
    return this.#chosenCues ?? startingCues(this.#host.cues, this.#canSpeak());
  }

  /** Whether this browser can speak (a server, and the first update after it, say no). */
  #canSpeak(): boolean {
    return !isServer && !this.#player.hydrating() && speechAvailable();
  }

  /**
   * Plans the routine at the level chosen, each exercise at the level the patient accepted for it
   * (the plan the timeline plays): open the store first, the accepted levels are in it.
   */
  preparePlan(): void {
    const routine = this.#host.routineData;
    this.cues.setPlan(routine ? planFor(routine, this.#levels(), this.#host.pace) : null);
  }

  /**
   * Opens the store for `remember`, and finds what it offers to resume: only where it still points
   * at the start of an exercise of this routine's plan. Stored progress lives in this browser: not
   * on a server, nor in the update that takes a server's content over.
   */
  openStore(): void {
    const routine = this.#host.routineData;
    this.#store = isServer || this.#player.hydrating() || !this.#host.remember || !routine ? undefined : new ProgressStore(routine.id);
    this.offers.open(routine, this.#store);
    this.#offer = this.#store?.loadProgress((saved) => fitsPlan(routine!, this.#host.pace, saved, (level) => this.#levels(level))) ?? null;
  }

  /** Starts the session at segment `atSegment` of the plan, with the cues chosen, the controls and Stop in view. */
  begin(atSegment = 0): void {
    if (!this.#host.routineData || !this.#player.startable() || !this.cues.session || this.session.state === 'playing') return;
    this.cues.cues = this.#cueChoice;
    this.#playedWith = this.#store;
    this.#focus = '.primary';
    this.offers.sessionStarted();
    // The summary names the exercises as the person saw them, in the element's language.
    this.session.start(this.#host.routineData!, this.#i18n.run(() => this.#player.shown()!), this.level, this.#store, atSegment, this.#levels());
  }

  /**
   * The view of the session's state, of `routine` as shown: before start, playing (or rating),
   * stopped, or the summary. `threshold` is the pain rating that offers to stop.
   */
  render(routine: ResolvedRoutine, threshold: number, picture: Picture) {
    const { cues, session } = this;
    const store = this.#store;
    // Whether the browser refused is known before counting (counting may find that out too).
    const unsaved = this.#host.remember && store?.available === false;
    const restart = () => this.#backToStart();
    // Only the store the session just ended wrote to counts at the summary (not one opened by turning `remember` on meanwhile).
    const kept = session.state === 'summary' ? (session.storing ? this.#playedWith : undefined) : store;
    if (this.history.open && session.state !== 'playing' && session.state !== 'stopped' && kept?.available) {
      return this.history.render(kept, this.#host.routineData!, routine);
    }
    this.history.reset();
    switch (session.state) {
      case 'before':
        return cues.session
          ? renderBefore({
              routine,
              plan: cues.session.plan,
              level: this.level,
              levels: this.#levels(),
              suggestions: this.#renderSuggestions(routine, threshold),
              cues: this.#cueChoice,
              offer: this.#offer,
              unsaved,
              sessionsThisWeek: store?.sessionsThisWeek() ?? 0,
              speechAvailable: this.#canSpeak(),
              soundCheck: renderSoundCheck(this.#soundCheck ? soundCheckReport(this.#soundCheck) : '', () => this.#checkSound()),
              thumbnail: (index) => picture(index, null, 'thumbnail'),
              note: this.#sources.note,
              historyButton: this.history.button('before', store),
              reminder: renderReminder(routine.frequency, () => void addToCalendar(this.#host, this.#i18n, routine, cues.session!.plan.total)),
              onLevel: (level) => {
                this.#chosenLevel = level;
                this.preparePlan();
              },
              onCue: (cue, on) => {
                this.#chosenCues = { ...this.#cueChoice, [cue]: on };
                this.#host.requestUpdate();
              },
              onStart: () => this.#fromClick(() => this.#host.start()),
              onResume: () => this.#fromClick(() => this.#resumeSaved()),
            })
          : nothing;
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
          focusMode: this.#focusMode,
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
          suggestions: this.#renderSuggestions(routine, threshold),
          historyButton: this.history.button('summary', kept),
          send: this.#sendReport(),
        });
    }
  }

  /** "Send to my physiotherapist": only after a session kept in a store that works (`remember`). */
  #sendReport() {
    const kept = this.session.storing ? this.#playedWith : undefined;
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
      this.#focusMode.exit();
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

  /**
   * Starts from the Start or Resume button: on a phone, in focus mode too (the click is the gesture
   * the Fullscreen API asks for), unless the page says `no-focus-mode-on-phones`.
   */
  #fromClick(start: () => void): void {
    start();
    if (this.session.state === 'playing' && !this.#host.noFocusModeOnPhones && onPhone()) this.#focusMode.enter();
  }

  /** "Test sound", inside the person's click: the tones and a sentence, and what could not be played. */
  #checkSound(): void {
    this.#soundCheck = this.#i18n.run(() => this.cues.soundCheck(soundCheckSentence()));
    this.#host.requestUpdate();
  }

  /**
   * At the start or the summary: the rule and the cards are taken into use once the store holds a
   * session to suggest from (with `remember`, suggestions not off), in the render that shows them.
   */
  #loadSuggestions(): void {
    const host = this.#host;
    const state = this.session.state;
    if (this.offers.part || (state !== 'before' && state !== 'summary')) return;
    this.offers.load({ remember: host.remember, off: host.suggestionsOff || host.noSuggestions }, host.renderRoot);
  }

  /**
   * The level suggestions for `routine` as shown, unless the page (`no-suggestions`) or the
   * clinic's link (`noSuggestions`) turned them off; nothing before there is a session to suggest from.
   */
  #renderSuggestions(routine: ResolvedRoutine, threshold: number) {
    const host = this.#host;
    this.#loadSuggestions();
    const part = this.offers.part;
    if (!part) return nothing;
    const off = host.suggestionsOff || host.noSuggestions;
    const suggestions = this.offers.suggestions(host.routineData!, this.level, { remember: host.remember, off, painThreshold: threshold });
    const { changes, unsaved } = this.offers;
    const title = this.session.state === 'before' ? '#title' : '#summary-title';
    const after = (focus: string) => {
      this.#focus = focus;
      if (this.session.state === 'before') this.preparePlan();
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

  /** Resumes the saved progress offered, at its level. */
  #resumeSaved(): void {
    const offer = this.#offer;
    if (!offer) return;
    this.#chosenLevel = offer.level;
    this.preparePlan();
    this.begin(offer.segmentIndex);
  }

  /** From the advice after a stop, or from the summary, back to the start, with what changed meanwhile. */
  #backToStart(): void {
    this.#send?.close();
    this.session.backToStart();
    this.#host.requestUpdate();
    this.#focus = '#title';
    if (this.#sources.changedWhilePlaying) this.#sources.read();
    this.openStore();
    this.preparePlan();
  }
}
