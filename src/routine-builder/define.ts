import '../routine-player/define.js';
import { defineOnce } from '../shared/own-tags.js';
import { RoutineBuilder } from './routine-builder.js';

defineOnce('routine-builder', RoutineBuilder);

export { RoutineBuilder };
export { RoutineBuilderChangeEvent } from './events.js';
