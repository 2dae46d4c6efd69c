import '../back-exercise/define.js';
import { ownTagFree } from '../shared/own-tags.js';
import { RoutinePlayer } from './routine-player.js';

if (ownTagFree('routine-player')) customElements.define('routine-player', RoutinePlayer);

export { RoutinePlayer };
