import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { Plan } from '../model/plan.js';
import { systemClock, type Clock } from '../timing/clock.js';
import { cueTimeline, type CueSound } from '../timing/cue-timeline.js';
import { HoldSession, type SessionChange, type SessionSnapshot } from '../timing/session.js';
import { sharedTicker, type TickSubscriber, type Ticker } from '../timing/ticker.js';
import { BeepPlayer } from './beeps.js';
import type { CueOptions } from './cue-options.js';
import { playSoundCheck, type SoundCheckResult } from './sound-check.js';
import { StoppedSound } from './stopped-sound.js';
import { Voice, stopVibrating, vibrate } from './voice.js';
import { ScreenWakeLock, type WakeLockState } from './wake-lock.js';

/** How far ahead sounds are booked while the page is visible; when it is hidden, the whole rest is booked. */
export const BOOKING_HORIZON_MS = 30_000;

const VIBRATION: Partial<Record<CueSound, number[]>> = {
  go: [150],
  switch: [120, 80, 120],
  done: [300, 100, 300],
};

/** What a host element hears from its controller. */
export interface SessionControllerOptions {
  /** Called with the phase changes and completion as time passes (or after start, skip, back). */
  onChanges(changes: SessionChange[]): void;
  /** The language to speak in (a tag such as `es`); English when absent. */
  language?: () => string;
  clock?: Clock;
  ticker?: Ticker;
}

/**
 * Drives a {@link HoldSession} for an element: wakes it through the shared
 * ticker at visible-digit boundaries, books beeps ahead on the audio clock,
 * vibrates, speaks, and holds a screen wake lock while running. Everything it
 * starts stops when the host disconnects; time itself lives in the session.
 */
export class SessionController implements ReactiveController, TickSubscriber {
  session: HoldSession | null = null;
  cues: CueOptions = { beep: true, voice: false, vibrate: true };
  readonly beeps = new BeepPlayer(() => this.#soundChanged());
  readonly voice = new Voice();
  readonly wakeLock: ScreenWakeLock;
  readonly #clock: Clock;
  #tickerInUse?: Ticker;
  /** Plan offset up to which sounds are booked. */
  #bookedUntil = 0;
  #connected = false;
  /** Sounds were booked while the page was hidden: the audio clock may have stood still since (a sleeping device). */
  #bookedWhileHidden = false;
  /** The audio stopped by the browser while running (suspended or interrupted). */
  readonly #stoppedSound = new StoppedSound();

  constructor(
    private readonly host: ReactiveControllerHost,
    private readonly options: SessionControllerOptions,
  ) {
    this.#clock = options.clock ?? systemClock();
    this.wakeLock = new ScreenWakeLock(() => host.requestUpdate());
    host.addController(this);
  }

  /** The ticker, found on first use: nothing touches the document while the element is only constructed (server rendering). */
  get #ticker(): Ticker {
    this.#tickerInUse ??= this.options.ticker ?? sharedTicker();
    return this.#tickerInUse;
  }

  get wakeLockState(): WakeLockState {
    return this.wakeLock.state;
  }

  /**
   * The browser stopped the sound (a locked screen, a hidden page on Safari) and did not let it
   * resume without a tap: the element shows "Tap to turn the sound back on" ({@link resumeSound}).
   */
  get soundBlocked(): boolean {
    const now = this.#clock.now();
    if (!this.cues.beep || !this.#connected || this.session?.status(now) !== 'running' || !this.beeps.quiet) return false;
    return !this.#ticker.pageHidden && this.#stoppedSound.needsTap(this.beeps.refused, now);
  }

  /** True once each time the sound becomes blocked: the element says so in its live region then. */
  takeSoundBlockedNews(): boolean {
    return this.#stoppedSound.news(this.soundBlocked);
  }

  /** The person tapped to turn the sound back on: resumes the audio inside the tap, and books again what is ahead. */
  resumeSound(): void {
    this.beeps.unlock();
    if (this.cues.voice) this.voice.unlock();
    const now = this.#clock.now();
    if (this.session?.status(now) === 'running' && this.cues.beep) {
      this.#rebook();
      this.#bookAhead(now);
    }
    this.host.requestUpdate();
  }

  /**
   * Before start, inside the person's click: plays the 3-2-1 and switch-sides tones and says
   * `sentence` in the element's language; tells what could not be played.
   */
  soundCheck(sentence: string): SoundCheckResult {
    return playSoundCheck(this.beeps, this.voice, sentence, this.options.language?.() ?? 'en');
  }

  now(): number {
    return this.#clock.now();
  }

  snapshot(): SessionSnapshot | null {
    return this.session?.snapshot(this.#clock.now()) ?? null;
  }

  /** Replaces the plan; any running session is stopped and forgotten. */
  setPlan(plan: Plan | null): void {
    this.#stopEffects();
    this.session = plan && plan.segments.length > 0 ? new HoldSession(plan, this.#clock) : null;
    this.host.requestUpdate();
  }

  /**
   * Starts from the beginning, or from segment `atSegment` (resuming a saved
   * session). Call from inside the user's click so sound and speech may play.
   * `started` runs before the first phase is reported. `startedAt` (a clock time, not in the
   * future) starts it as of an earlier moment: the Start click that came before this controller
   * had loaded, so that every sound still falls where that click put it.
   */
  start(started?: () => void, atSegment = 0, startedAt?: number): boolean {
    if (!this.session) return false;
    if (this.cues.beep) this.beeps.unlock();
    if (this.cues.voice) this.voice.unlock();
    const now = this.#clock.now();
    if (!this.session.start(Math.min(startedAt ?? now, now))) return false;
    if (atSegment > 0) this.session.goTo(atSegment, now);
    this.#bookedUntil = 0;
    started?.();
    this.#run();
    return true;
  }

  /**
   * Pauses. With `keepAwake` the screen stays on (the person is still
   * exercising, at their own pace, and will press Done).
   */
  pause(keepAwake = false): boolean {
    if (!this.session?.pause(this.#clock.now())) return false;
    this.#stopEffects(keepAwake);
    this.host.requestUpdate();
    return true;
  }

  resume(): boolean {
    if (!this.session) return false;
    if (this.cues.beep) this.beeps.unlock();
    if (!this.session.resume(this.#clock.now())) return false;
    this.#rebook();
    this.#run();
    return true;
  }

  /**
   * Reports at once what time has brought that no tick has yet (the session may have just stopped
   * itself at a point where the person has to act). Returns whether anything changed.
   */
  catchUp(): boolean {
    return this.#process(this.#clock.now());
  }

  skip(): boolean {
    return this.#jump((session, now) => session.skip(now));
  }

  goTo(index: number): boolean {
    return this.#jump((session, now) => session.goTo(index, now));
  }

  reset(): void {
    this.#stopEffects();
    this.session?.reset();
    this.host.requestUpdate();
  }

  /**
   * Changes the cues. A session under way goes on with the new ones at once: beeps already booked
   * are booked again (or not at all), and speaking stops when the voice is turned off.
   */
  useCues(cues: CueOptions): void {
    const before = this.cues;
    this.cues = cues;
    const now = this.#clock.now();
    const session = this.session;
    // Out of the page nothing sounds; putting it back books what is due then.
    if (!this.#connected || !session || session.status(now) !== 'running') return;
    if (before.beep !== cues.beep) {
      this.#rebook();
      if (cues.beep) {
        this.beeps.unlock();
        this.#bookAhead(now);
      }
    }
    // A vibration lasts under a second: the next one simply does not come.
    if (before.voice && !cues.voice) this.voice.stop();
  }

  /** Silences every cue at once (sounds, speech) without touching the session. */
  silence(): void {
    this.beeps.cancelAll();
    this.voice.stop();
    // A vibration pattern under way stops too: Stop means stop, in the hand as well as the ear
    // (unless another element has vibrated since: the page has one pattern at a time, and it is theirs).
    stopVibrating(this);
  }

  /** Speaks `text` when voice cues are on, in the element's language (silent where the browser has no voice for it). */
  say(text: string): void {
    if (this.cues.voice) this.voice.say(text, this.options.language?.() ?? 'en');
  }

  hostConnected(): void {
    this.#connected = true;
    void this.#ticker;
    const status = this.session?.status(this.#clock.now());
    if (status === 'running') {
      // Put back into the page mid-hold (moved, or removed and re-inserted): the sounds go on.
      // The page has had the Start click, so the audio context may be opened again without one.
      if (this.cues.beep) this.beeps.unlock();
      this.#rebook();
      this.#run();
    } else if (status === 'done') {
      // It ended while out of the page: what it missed, its end included, is reported now (as late).
      this.#process(this.#clock.now());
    }
  }

  hostDisconnected(): void {
    this.#connected = false;
    this.#stopEffects();
    // Leave the page's audio context; it closes once no element uses it.
    this.beeps.close();
  }

  nextWake(now: number): number | null {
    return this.session?.nextBoundary(now) ?? null;
  }

  tick(now: number): void {
    if (this.#bookedWhileHidden && !this.#ticker.pageHidden) {
      // Back from a hidden page. The audio clock stands still while the device sleeps and the
      // session's clock counts the sleep: what was booked would sound late, or after its moment.
      // Everything still ahead is booked again from the session's time; what is past, never.
      this.#bookedWhileHidden = false;
      this.#rebook();
    }
    this.#process(now);
  }

  hidden(now: number): void {
    // Timers stop in a hidden page but the audio clock does not: book every sound left.
    const session = this.session;
    if (!session || session.status(now) !== 'running') return;
    this.#book(now, Number.POSITIVE_INFINITY);
    this.#bookedWhileHidden = this.cues.beep;
  }

  #jump(move: (session: HoldSession, now: number) => boolean): boolean {
    const session = this.session;
    if (!session || !move(session, this.#clock.now())) return false;
    this.#rebook();
    if (session.status(this.#clock.now()) === 'running') this.#run();
    else this.#process(this.#clock.now());
    return true;
  }

  #run(): void {
    if (!this.#connected) return;
    this.wakeLock.hold();
    this.#ticker.add(this);
    this.#process(this.#clock.now());
  }

  /** Moves the session to `now`: books sounds ahead, reports changes; returns whether there were any. */
  #process(now: number): boolean {
    const session = this.session;
    if (!session) return false;
    const changes = session.advance(now);
    const status = session.status(now);
    if (status === 'running') {
      this.#noteQuiet(now);
      // Top up the booked sounds when less than half the horizon is left, not on every tick.
      const elapsed = session.elapsed(now);
      if (this.#bookedUntil - elapsed < BOOKING_HORIZON_MS / 2) this.#book(now, elapsed + BOOKING_HORIZON_MS);
    } else if (status === 'done') {
      this.#finish();
    } else if (status === 'paused' && changes.length > 0) {
      // It has just stopped itself where the person has to act (Done, a rating), or was moved while
      // paused: nothing sounds past that point. A paused session with nothing new is left alone (a
      // catchUp() before Resume must not cut off what is being said).
      this.#stopEffects(true);
    }
    if (changes.length > 0) {
      this.#vibrateFor(changes);
      this.options.onChanges(changes);
    }
    // No ticker.schedule() here: from tick() the ticker re-reads wake times itself
    // once its subscribers are done, and run() has just added this controller.
    this.host.requestUpdate();
    return changes.length > 0;
  }

  #vibrateFor(changes: SessionChange[]): void {
    if (!this.cues.vibrate) return;
    const last = changes[changes.length - 1];
    const pattern =
      last.type === 'complete'
        ? VIBRATION.done
        : last.late
          ? undefined
          : last.segment.kind === 'hold' && last.segment.rep === 1
            ? VIBRATION.go
            : last.segment.kind === 'switch-sides'
              ? VIBRATION.switch
              : undefined;
    if (pattern) vibrate(pattern, this);
  }

  /** Books sounds from the session's time: the next stretch of the horizon, or all that is left on a hidden page. */
  #bookAhead(now: number): void {
    const session = this.session;
    if (!session) return;
    const hidden = this.#ticker.pageHidden;
    this.#book(now, hidden ? Number.POSITIVE_INFINITY : session.elapsed(now) + BOOKING_HORIZON_MS);
    if (hidden) this.#bookedWhileHidden = this.cues.beep;
  }

  /** Notes since when the audio has been stopped on a visible page (a tap is asked for after a grace period). */
  #noteQuiet(now: number): void {
    this.#stoppedSound.note(this.cues.beep && this.beeps.quiet, !this.#ticker.pageHidden, now);
  }

  /** The page's audio stopped, was refused, or runs again. */
  #soundChanged(): void {
    const now = this.#clock.now();
    const session = this.session;
    if (!this.#connected || session?.status(now) !== 'running') return;
    this.#noteQuiet(now);
    if (this.#stoppedSound.cameBack(this.beeps.quiet)) {
      // Running again: what was booked stood still with the audio clock, so it is booked again from the session's time.
      this.#rebook();
      this.#bookAhead(now);
    }
    this.host.requestUpdate();
  }

  #book(now: number, until: number): void {
    const session = this.session;
    if (!session || !this.cues.beep) return;
    const from = Math.max(this.#bookedUntil, session.elapsed(now));
    // Nothing is booked past the next stop, where the session waits for the person (its own sound included).
    until = Math.min(until, (session.nextStop() ?? Number.POSITIVE_INFINITY) + 1);
    if (until <= from) return;
    for (const cue of cueTimeline(session.plan, from, until)) {
      const at = session.timeAt(cue.offset, now);
      if (at !== null) this.beeps.book(cue.sound, at - now);
    }
    this.#bookedUntil = Math.min(until, session.plan.total + 1);
  }

  /** Forgets booked sounds so they are booked again from the session's new position. */
  #rebook(): void {
    this.beeps.cancelAll();
    this.#bookedUntil = 0;
  }

  #finish(): void {
    this.#tickerInUse?.remove(this);
    this.wakeLock.release();
  }

  #stopEffects(keepAwake = false): void {
    this.#tickerInUse?.remove(this);
    this.silence();
    this.#bookedUntil = 0;
    if (!keepAwake) this.wakeLock.release();
  }
}
