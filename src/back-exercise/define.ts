import '../hold-timer/define.js';
import { BackExercise } from './back-exercise.js';

if (!customElements.get('back-exercise')) customElements.define('back-exercise', BackExercise);

export { BackExercise };
