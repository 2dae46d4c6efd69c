import { HoldTimer } from './hold-timer.js';

if (!customElements.get('hold-timer')) customElements.define('hold-timer', HoldTimer);

export { HoldTimer };
