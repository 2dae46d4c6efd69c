import '../back-exercise/define.js';
import { defineOnce } from '../shared/own-tags.js';
import { RoutinePlayer } from './routine-player.js';

defineOnce('routine-player', RoutinePlayer);

export { RoutinePlayer };
