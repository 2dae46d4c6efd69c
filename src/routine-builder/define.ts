// The builder reads the page's own <back-exercise> cards and previews with the player.
import '../back-exercise/define.js';
import '../routine-player/define.js';
import { ownTagFree } from '../shared/own-tags.js';
import { RoutineBuilder } from './routine-builder.js';

if (ownTagFree('routine-builder')) customElements.define('routine-builder', RoutineBuilder);

export { RoutineBuilder };
export { RoutineBuilderChangeEvent } from './events.js';
