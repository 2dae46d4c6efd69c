/**
 * Registers `<hold-timer>` whole: its session part comes along, so that it is there from the first
 * moment (the one-file bundle, bundlers). The loader's file is `define-lazy.ts`.
 */
import * as timerRun from './timer-run.js';
import { provideRunPart } from './run-part.js';
import { ownTagFree } from '../shared/own-tags.js';
import { HoldTimer } from './hold-timer.js';

// Before the definition: timers already in the page are upgraded by it, and take the part then.
provideRunPart(timerRun);
if (ownTagFree('hold-timer')) customElements.define('hold-timer', HoldTimer);

export { HoldTimer };
