import { ownTagFree } from '../shared/own-tags.js';
import { HoldTimer } from './hold-timer.js';

if (ownTagFree('hold-timer')) customElements.define('hold-timer', HoldTimer);

export { HoldTimer };
