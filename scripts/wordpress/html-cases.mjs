// The cases on which the plugin's PHP renderer must print exactly what the library's
// exerciseToHTML() and routineToHTML() print: every catalog exercise and routine at every level,
// in both forms, and a few dose, heading-level and safety-advice variants (one with typed entities).
import { importSource } from '../import-source.mjs';

async function loadLibrary() {
  return importSource(`export { exerciseToHTML, routineToHTML } from './src/html/exercise-html.js';
        export { EXERCISE_IDS, ROUTINE_IDS } from './src/model/catalog.js';`);
}

const DOSE_VARIANTS = [
  { holdSeconds: 30 },
  { holdSeconds: 90, reps: 4, sets: 2, eachSide: true },
  { holdSeconds: 125, restSeconds: 0, setRestSeconds: 60, prepareSeconds: 10, switchSeconds: 3 },
  { reps: 12, sets: 3 },
  // The longest hold, which reads in hours.
  { holdSeconds: 3600, reps: 2 },
];

/** Each case: what the PHP side renders (`kind`, `id`, `options`) and the library's own markup. */
export async function htmlCases() {
  const library = await loadLibrary();
  const cases = [];
  const add = (kind, id, options) => {
    const expected = kind === 'exercise' ? library.exerciseToHTML(id, options) : library.routineToHTML(id, options);
    cases.push({ kind, id, options, expected });
  };
  for (const id of library.EXERCISE_IDS) {
    for (const level of ['beginner', 'intermediate', 'advanced']) {
      add('exercise', id, { level });
      add('exercise', id, { level, catalog: true });
    }
    add('exercise', id, { headingLevel: 2 });
    add('exercise', id, { headingLevel: 6, catalog: true });
  }
  for (const [index, dose] of DOSE_VARIANTS.entries()) {
    const id = library.EXERCISE_IDS[index % library.EXERCISE_IDS.length];
    add('exercise', id, { level: 'intermediate', dose });
    add('exercise', id, { level: 'advanced', dose, catalog: true });
  }
  for (const id of library.ROUTINE_IDS) {
    for (const level of ['beginner', 'intermediate', 'advanced']) {
      add('routine', id, { level });
      add('routine', id, { level, catalog: true });
    }
    add('routine', id, { headingLevel: 3, safetyAdvice: ['Stop and rest.', 'Call our clinic on 555 0100 & ask for "Sam".'], catalog: true });
  }
  // A clinic's advice as typed: a "<", and an entity that must read as typed (esc_html would keep it an entity).
  add('routine', 'lower-back', { safetyAdvice: ['If the pain is <5, rest.', 'Dr O\'Brien &amp; "Sam" <br> at AT&T.'], catalog: true });
  return cases;
}
