import { isServer, nothing, type TemplateResult } from 'lit';
import type { CueOptions } from '../cues/cue-options.js';
import type { SoundCheckResult } from '../cues/sound-check.js';
import type { Plan } from '../model/plan.js';
import type { Level, ResolvedRoutine } from '../model/types.js';
import { renderSoundCheck, soundCheckReport } from '../shared/sound-controls.js';
import { speechAvailable, startingCues } from './player-attributes.js';
import type { ProgressStore, SavedProgress } from './progress-store.js';
import type { RoutinePlayer } from './routine-player.js';
import { renderBefore } from './routine-views.js';
import { fitsPlan, planFor } from './session/routine-plan.js';
import type { SessionCode } from './session-code.js';
import type { RoutineSourceController } from './source-controller.js';

/** What the player knows that its start view and its playback need. */
export interface PlayerInternals {
  /** The routine as shown, in the element's language (asked for inside it), or `undefined` while there is none. */
  shown(): ResolvedRoutine | undefined;
  /** Taking over server-rendered content: the first update renders what the server did. */
  hydrating(): boolean;
  /** Nothing in the player's attributes keeps a session from starting. */
  startable(): boolean;
}


type StoreCode = typeof import('./progress-store.js');
/** The store's code, once here (only a player with `remember` fetches it). */
let storeCode: StoreCode | undefined;
let storeLoad: Promise<void> | undefined;

/**
 * With `remember`, the code of the store that keeps progress and history: `undefined` once it is
 * here, else the fetch (the player's update waits for it, so the offer to resume is in the same
 * render as the rest: nothing moves).
 */
export function fetchStoreCode(): Promise<void> | undefined {
  if (storeCode) return undefined;
  storeLoad ??= import('./progress-store.js').then(
    (code) => {
      storeCode = code;
    },
    (error: unknown) => {
      // The player plays without remembering; a later update tries again.
      storeLoad = undefined;
      console.error('<routine-player>: the code that remembers progress could not be loaded.', error);
    },
  );
  return storeLoad;
}

/**
 * The player before start, in its first render: the person's choices of level and cues, the plan
 * at that level (the list's times and the total), the offer to resume saved progress (with
 * `remember`) and what "Test sound" found. Needs none of the session's code, which arrives after
 * the first render (see session-features.ts) and reads the choices from here.
 */
export class StartChoices {
  /** The person's choices before start. */
  chosenLevel?: Level | undefined;
  chosenCues?: CueOptions | undefined;
  /** Where progress and history are kept: only with `remember`, in a browser that lets us. */
  store?: ProgressStore | undefined;
  /** Saved progress worth offering to resume. */
  offer: SavedProgress | null = null;
  /** What the sound check before start found, once pressed. */
  soundCheck: SoundCheckResult | null = null;
  /** The plan of the routine at the level chosen, or `null` while there is no routine. */
  plan: Plan | null = null;
  readonly #host: RoutinePlayer;
  readonly #sources: RoutineSourceController;
  readonly #player: PlayerInternals;
  /** Hears each new plan (the session's timeline plays it). */
  readonly #onPlan: (plan: Plan | null) => void;

  constructor(host: RoutinePlayer, sources: RoutineSourceController, player: PlayerInternals, onPlan: (plan: Plan | null) => void) {
    this.#host = host;
    this.#sources = sources;
    this.#player = player;
    this.#onPlan = onPlan;
  }

  /** The level before start: the person's choice, else the level a shared link asks for, else the `level` attribute. */
  get level(): Level {
    return this.chosenLevel ?? this.#sources.linkLevel ?? this.#host.level ?? 'beginner';
  }

  /** The cues a session starts with. */
  get cues(): CueOptions {
    return this.chosenCues ?? startingCues(this.#host.cues, this.canSpeak());
  }

  /** Whether this browser can speak (a server, and the first update after it, say no). */
  canSpeak(): boolean {
    return !isServer && !this.#player.hydrating() && speechAvailable();
  }

  /** Plans the routine at the level chosen (the plan the timeline plays). */
  preparePlan(): void {
    const routine = this.#host.routineData;
    this.plan = routine ? planFor(routine, this.level, this.#host.pace) : null;
    this.#onPlan(this.plan);
  }

  /**
   * Opens the store for `remember`, and finds what it offers to resume: only where it still points
   * at the start of an exercise of this routine's plan. Stored progress lives in this browser: not
   * on a server, nor in the update that takes a server's content over.
   */
  openStore(): void {
    const routine = this.#host.routineData;
    this.store = isServer || this.#player.hydrating() || !this.#host.remember || !routine || !storeCode ? undefined : new storeCode.ProgressStore(routine.id);
    this.offer = this.store?.loadProgress((saved) => fitsPlan(routine!, this.#host.pace, saved)) ?? null;
  }

  /**
   * The start view of `routine` as shown (`thumbnail`: the picture of exercise `index` in the list;
   * nothing while the plan has nothing to play). Its buttons wait for the session's `code` if it is
   * not here yet.
   */
  render(routine: ResolvedRoutine, thumbnail: (index: number) => TemplateResult | typeof nothing, code: SessionCode) {
    if (!code.plan(this.plan)) return nothing;
    const store = this.store;
    return renderBefore({
      routine,
      plan: this.plan!,
      level: this.level,
      cues: this.cues,
      offer: this.offer,
      // Whether the browser refused is known before counting (counting may find that out too).
      unsaved: this.#host.remember && store?.available === false,
      sessionsThisWeek: store?.sessionsThisWeek() ?? 0,
      speechAvailable: this.canSpeak(),
      soundCheck: renderSoundCheck(this.soundCheck ? soundCheckReport(this.soundCheck) : '', () => code.with((playback) => playback.checkSound())),
      thumbnail,
      note: this.#sources.note,
      onLevel: (level) => {
        this.chosenLevel = level;
        this.preparePlan();
        this.#host.requestUpdate();
      },
      onCue: (cue, on) => {
        this.chosenCues = { ...this.cues, [cue]: on };
        this.#host.requestUpdate();
      },
      onStart: () => code.with((playback) => playback.fromClick(false)),
      onResume: () => code.with((playback) => playback.fromClick(true)),
    });
  }
}
