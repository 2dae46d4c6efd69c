import '../routine-player/define.js';
import { RoutineBuilder } from './routine-builder.js';

if (!customElements.get('routine-builder')) customElements.define('routine-builder', RoutineBuilder);

export { RoutineBuilder };
export { RoutineBuilderChangeEvent } from './events.js';
