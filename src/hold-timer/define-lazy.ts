/**
 * Registers `<hold-timer>` with only what its first render needs: the loader's per-element file.
 * The session, its cues and the running view (`timer-run.ts`) load in idle time after the first
 * render, and a Start pressed sooner waits for them (see `HoldTimer.start`).
 */
import { ownTagFree } from '../shared/own-tags.js';
import { HoldTimer } from './hold-timer.js';

if (ownTagFree('hold-timer')) customElements.define('hold-timer', HoldTimer);

export { HoldTimer };
