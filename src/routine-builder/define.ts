import '../routine-player/define.js';
import { ownTagFree } from '../shared/own-tags.js';
import { RoutineBuilder } from './routine-builder.js';

if (ownTagFree('routine-builder')) customElements.define('routine-builder', RoutineBuilder);

export { RoutineBuilder };
export { RoutineBuilderChangeEvent } from './events.js';
