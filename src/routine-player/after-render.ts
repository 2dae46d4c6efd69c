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
