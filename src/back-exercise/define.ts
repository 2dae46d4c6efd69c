import '../hold-timer/define.js';
import { defineOnce } from '../shared/own-tags.js';
import { BackExercise } from './back-exercise.js';

defineOnce('back-exercise', BackExercise);

export { BackExercise };
