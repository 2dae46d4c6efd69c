/** How long the audio may stay stopped on a visible page, a resume on its way, before the person is asked for a tap. */
export const RESUME_GRACE_MS = 1000;

/**
 * What a running session knows about the page's audio having been stopped by the browser (a
 * locked screen, a hidden page on Safari): whether it was lost since the sounds were booked,
 * since when it has been stopped on a visible page, and whether the person has been told that it
 * needs a tap. Plain bookkeeping, fed by the session's controller.
 */
export class StoppedSound {
  /** The audio stopped since the sounds were booked: they stood still with the audio clock. */
  #lost = false;
  /** Clock time since when the audio has been stopped on a visible page, or `null`. */
  #quietSince: number | null = null;
  #told = false;

  /** Notes, at clock time `now`, whether the audio is stopped (`quiet`) and whether the page is visible. */
  note(quiet: boolean, visible: boolean, now: number): void {
    if (quiet) this.#lost = true;
    this.#quietSince = quiet && visible ? (this.#quietSince ?? now) : null;
  }

  /** True once when the audio runs again after being lost: then what was booked is booked again. */
  cameBack(quiet: boolean): boolean {
    if (quiet || !this.#lost) return false;
    this.#lost = false;
    return true;
  }

  /** Whether to ask for a tap: the browser refused to resume, or the audio has been stopped on a visible page for the grace period. */
  needsTap(refused: boolean, now: number): boolean {
    return refused || (this.#quietSince !== null && now - this.#quietSince >= RESUME_GRACE_MS);
  }

  /** True once each time `blocked` turns true: the element says so in its live region then. */
  news(blocked: boolean): boolean {
    const news = blocked && !this.#told;
    this.#told = blocked;
    return news;
  }
}
