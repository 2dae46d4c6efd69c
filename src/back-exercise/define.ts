/** Registers `<back-exercise>` and a whole `<hold-timer>` (the one-file bundle, bundlers); the loader's file is `define-lazy.ts`. */
import '../hold-timer/define.js';
import { ownTagFree } from '../shared/own-tags.js';
import { BackExercise } from './back-exercise.js';

if (ownTagFree('back-exercise')) customElements.define('back-exercise', BackExercise);

export { BackExercise };
