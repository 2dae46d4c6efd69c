import '../back-exercise/define.js';
import { RoutinePlayer } from './routine-player.js';

if (!customElements.get('routine-player')) customElements.define('routine-player', RoutinePlayer);

export { RoutinePlayer };
