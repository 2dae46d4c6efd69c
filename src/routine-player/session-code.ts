import { isServer, type CSSResultGroup } from 'lit';
import { adoptMoreStyles, whenIdle } from './idle-load.js';
import type { Plan } from '../model/plan.js';
import type { PlaybackController } from './playback.js';

type SessionFeatures = typeof import('./session-features.js');

/**
 * The player's session code ({@link PlaybackController} and the styles of the views after Start,
 * see session-features.ts): fetched in idle time after the first render, or at once when Start is
 * pressed sooner; `playback` is there once it arrived.
 */
export class SessionCode {
  /** The session, once its code arrived. */
  playback?: PlaybackController | undefined;
  /** The code on its way (again after a failure). */
  #load?: Promise<PlaybackController | undefined> | undefined;
  /** The wait for idle time after the first render and the fetch then, until it settles. */
  #idleLoad?: Promise<unknown> | undefined;
  #styles?: CSSResultGroup | undefined;
  #stylesAdopted = false;

  /** `create` sets the session up with the code that arrived (and asks the host to update). */
  constructor(private readonly create: (features: SessionFeatures) => PlaybackController) {}

  /** After the first render: fetches the code in the page's next idle time. */
  fetchWhenIdle(): void {
    if (isServer || this.playback || this.#idleLoad) return;
    const idleLoad = whenIdle()
      .then(() => this.load())
      .finally(() => {
        if (this.#idleLoad === idleLoad) this.#idleLoad = undefined;
      });
    this.#idleLoad = idleLoad;
  }

  /** The idle-time fetch while it is under way and the code is not here (what `updateComplete` waits for). */
  get pending(): Promise<unknown> | undefined {
    return this.playback ? undefined : this.#idleLoad;
  }

  /** The session's plan, or (before its code is here) the plan of the start view. */
  plan(before: Plan | null): Plan | null {
    if (this.playback) return this.playback.cues.session?.plan ?? null;
    return before && before.segments.length > 0 ? before : null;
  }

  /** Runs `work` with the session: now if its code is here, else the moment it arrives (fetched now). */
  with(work: (playback: PlaybackController) => void): void {
    if (this.playback) work(this.playback);
    else void this.load().then((playback) => playback && work(playback));
  }

  /** Fetches the code (once; again after a failure) and sets the session up with it. */
  load(): Promise<PlaybackController | undefined> {
    this.#load ??= import('./session-features.js').then(
      (features) => {
        this.#styles = features.sessionViewStyles;
        this.playback ??= this.create(features);
        return this.playback;
      },
      (error: unknown) => {
        // Start tries again; meanwhile the start view stays as it is.
        this.#load = undefined;
        console.error('<routine-player>: the code that plays the session could not be loaded.', error);
        return undefined;
      },
    );
    return this.#load;
  }

  /** Adds the styles of the views after Start to `root` once they are here (call after each update: before they first paint). */
  adoptStyles(root: Node): void {
    if (!this.#styles || this.#stylesAdopted || !(root instanceof ShadowRoot)) return;
    adoptMoreStyles(root, this.#styles);
    this.#stylesAdopted = true;
  }
}
