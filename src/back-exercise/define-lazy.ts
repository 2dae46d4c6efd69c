/**
 * Registers `<back-exercise>` with only what its first render needs: the loader's per-element file.
 * Its timer comes in the same way (`hold-timer/define-lazy.ts`): what a started timer needs loads
 * in idle time after the first render.
 */
import '../hold-timer/define-lazy.js';
import { ownTagFree } from '../shared/own-tags.js';
import { BackExercise } from './back-exercise.js';

if (ownTagFree('back-exercise')) customElements.define('back-exercise', BackExercise);

export { BackExercise };
