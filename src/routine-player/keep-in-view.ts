import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { FocusModeController } from './focus-mode.js';
import type { RoutineSession } from './session/routine-session.js';

/** Where the session is, as far as what must be seen changes. */
export interface ShownMoment {
  session: RoutineSession;
  /** The exercise and set playing now, as text (`''` when there is no timeline). */
  where(): string;
}

/**
 * Keeps the exercise's name and its countdown on screen. After Start, at every new exercise and
 * every new set (after the rest between sets), when a wait for Done or a rating begins or ends,
 * when a hold's movement cue appears above the countdown (pushing it down) or goes,
 * and on leaving focus mode, the page (or in focus mode
 * the player's scroller) moves so that they show above the Stop bar, which sticks to the bottom of
 * the screen: a person on the floor never has to scroll to find the next exercise. It moves only
 * when something would be out of view, and only when one of those moments comes, never on a tick.
 */
export class KeepInViewController implements ReactiveController {
  #shown = '';

  constructor(
    private readonly host: ReactiveControllerHost & HTMLElement,
    private readonly focusMode: FocusModeController,
    private readonly moment: ShownMoment,
  ) {
    host.addController(this);
  }

  hostUpdated(): void {
    const { session } = this.moment;
    const root = this.host.shadowRoot;
    if (!root) return;
    if (session.state !== 'playing') {
      // Stopped or done: its title in view, where focus mode (left on the way) may have lost the place.
      if (this.#shown && session.state !== 'before') this.#afterFullScreen(() => bringTitleIntoView(root));
      this.#shown = '';
      return;
    }
    const focus = this.focusMode.active;
    const cue = root.querySelector('.cue') !== null;
    const shown = [this.moment.where(), session.waiting, session.rating?.index ?? '', cue, focus].join(':');
    if (shown === this.#shown) return;
    this.#shown = shown;
    if (focus) bringIntoView(root, true);
    else this.#afterFullScreen(() => bringIntoView(root, false));
  }

  /** Runs `work` now, or once the browser has left full screen (the page has its own layout back only then). */
  #afterFullScreen(work: () => void): void {
    if (document.fullscreenElement === this.host && !this.focusMode.active) {
      document.addEventListener('fullscreenchange', () => requestAnimationFrame(work), { once: true });
    } else work();
  }
}

/** The stopped view's or the summary's title in view, if it is not. */
function bringTitleIntoView(root: ParentNode): void {
  const title = root.querySelector<HTMLElement>('#stopped-title, #summary-title');
  if (!title) return;
  const { top, bottom } = title.getBoundingClientRect();
  if (top < 0 || bottom > window.innerHeight) title.scrollIntoView({ block: 'start' });
}

/**
 * Brings the name and the countdown into view above the Stop bar: all of the playing view down to
 * the controls if that fits, else the name down to the countdown, else the phase and the countdown,
 * else the countdown's end just above Stop. While rating, the pain scale and the question stand for
 * the countdown. In focus mode the room is the player's scroller; in the page it is the screen
 * above the sticky Stop bar.
 */
export function bringIntoView(root: ParentNode, focus: boolean): void {
  const find = (selector: string) => root.querySelector<HTMLElement>(selector);
  const stop = find('.stop-bar');
  const name = find('.name');
  const countdown = find('.rating-title') ?? find('.dial');
  const phase = find('.clock [part="phase"]') ?? find('.rating [part="phase"]');
  // While rating: its question and the pain scale, from the name or else from "Paused for your rating".
  const scale = find('.pain-scale');
  if (!stop || !name || !countdown) return;
  const scroller = focus ? find('.scroller') : null;
  const room = scroller?.getBoundingClientRect();
  const roomTop = room ? room.top : 0;
  const roomBottom = room ? room.bottom : window.innerHeight - stop.getBoundingClientRect().height;
  const spans: [HTMLElement | null, HTMLElement | null][] = [
    [find(focus ? '.stage' : '.playing'), find('.controls')],
    [name, scale],
    [phase, scale],
    [name, countdown],
    [phase, countdown],
  ];
  for (const [from, to] of spans) {
    if (!from || !to) continue;
    const top = from.getBoundingClientRect().top;
    const bottom = to.getBoundingClientRect().bottom;
    if (bottom - top > roomBottom - roomTop) continue;
    if (top >= roomTop && bottom <= roomBottom) return;
    from.scrollIntoView({ block: 'start' });
    return;
  }
  // Not even the phase and the countdown fit: the countdown's end just above Stop.
  countdown.style.scrollMarginBottom = `${room ? 0 : stop.getBoundingClientRect().height}px`;
  countdown.scrollIntoView({ block: 'end' });
}
