/**
 * Registers every element of the library. This is the entry of the one-file bundle a page loads
 * with one script tag (importing `index.js` instead registers nothing).
 *
 * It exports the main entry's API but for the functions that make content for another place:
 * `exerciseToHTML`/`routineToHTML` (HTML for a page's source), `toStructuredData` (JSON-LD for
 * search engines) and the shared-link functions (the builder's). Those are for bundlers, Node and
 * build scripts, from `back-exercise-elements`; the elements load what they need of them only when
 * a page asks (`structured-data`, `from-url`), so a page that only shows exercises downloads none.
 */
import './hold-timer/define.js';
import './back-exercise/define.js';
import './routine-player/define.js';

export * from './elements-api.js';
