/**
 * Registers every element of the library. This is the entry a page loads with
 * one script tag; importing `index.js` instead registers nothing.
 */
import './hold-timer/define.js';
import './back-exercise/define.js';
import './routine-player/define.js';

export * from './index.js';
