import { ownTagFree } from '../shared/own-tags.js';
import { RoutinePlayer } from './routine-player.js';

// The player defines `<back-exercise>` itself when it has child cards (see source-controller.ts):
// a player page without them never loads the card or the timer.
if (ownTagFree('routine-player')) customElements.define('routine-player', RoutinePlayer);

export { RoutinePlayer };
