import { headingLevelIn } from '../shared/heading-level.js';
import type { RoutinePlayer } from './routine-player.js';

/** The views write `h2` and `h3`; `aria-level` sets the levels that fit the page. */
export function levelHeadings(player: RoutinePlayer): void {
  const title = Math.min(5, headingLevelIn(player, player.headingLevel));
  for (const written of [2, 3]) {
    const level = title + written - 2;
    for (const heading of player.renderRoot.querySelectorAll(`h${written}`)) {
      if (level === written) heading.removeAttribute('aria-level');
      else heading.setAttribute('aria-level', String(level));
    }
  }
}

/**
 * After Start: the name, the countdown, the controls and Stop in view, on the smallest phone
 * too. Stop sticks to the bottom of the screen, so what must show is what lies above it.
 */
export function bringIntoView(root: ParentNode): void {
  const find = (selector: string) => root.querySelector(selector);
  const top = find('.playing');
  const name = find('.name');
  const controls = find('.controls') ?? find('.dial');
  const stop = find('.stop-bar');
  if (!top || !name || !controls || !stop) return;
  const room = window.innerHeight - stop.getBoundingClientRect().height;
  const topEdge = top.getBoundingClientRect().top;
  const bottom = controls.getBoundingClientRect().bottom;
  if (topEdge >= 0 && bottom <= room) return;
  // Start at the player's own top if all fits below it, else at the name.
  (bottom - topEdge <= room ? top : name).scrollIntoView({ block: 'start' });
}
