import { defineOnce } from '../shared/own-tags.js';
import { HoldTimer } from './hold-timer.js';

defineOnce('hold-timer', HoldTimer);

export { HoldTimer };
