// Prints the authored-HTML form of catalog exercises and routines, for pages that must read
// without the script (blogs, CMS plugins):
//
//   npm run html -- knee-to-chest --level intermediate
//   npm run html -- lower-back --level advanced --heading-level 3
//   npm run html -- half-crunch assisted-back-extension
//   npm run html -- knee-to-chest lower-back --catalog
//
// With --catalog the element keeps the catalog id (exercise="…", routine="…"): with the
// script it shows the catalog's exercise or routine, drawings and every level included, and
// the HTML inside is only its fallback, the text that reads before and without the script.
//
// The TypeScript source is bundled in memory on each run, so no build is needed first.
import { importSource } from './import-source.mjs';
import { parseArgs } from 'node:util';

const USAGE = 'usage: npm run html -- <exercise or routine id>... [--level beginner|intermediate|advanced] [--heading-level 1-6] [--catalog]';

function fail(message) {
  process.stderr.write(`html: ${message}\n`);
  process.exit(1);
}

async function loadLibrary() {
  return importSource(`export { exerciseToHTML, routineToHTML } from './src/html/exercise-html.js';
        export { EXERCISE_IDS, ROUTINE_IDS } from './src/model/catalog.js';`);
}

let parsed;
try {
  parsed = parseArgs({
    allowPositionals: true,
    options: {
      level: { type: 'string' },
      'heading-level': { type: 'string' },
      catalog: { type: 'boolean' },
      help: { type: 'boolean', short: 'h' },
    },
  });
} catch (error) {
  fail(`${error.message}\n${USAGE}`);
}
const { values, positionals } = parsed;
if (values.help) {
  process.stdout.write(`${USAGE}\n`);
  process.exit(0);
}
if (positionals.length === 0) fail(`no id given\n${USAGE}`);

const library = await loadLibrary();
const known = `known exercises: ${library.EXERCISE_IDS.join(', ')}; known routines: ${library.ROUTINE_IDS.join(', ')}`;
const unknown = positionals.filter((id) => !library.EXERCISE_IDS.includes(id) && !library.ROUTINE_IDS.includes(id));
if (unknown.length > 0) fail(`unknown id ${unknown.map((id) => JSON.stringify(id)).join(', ')}; ${known}`);

let headingLevel;
if (values['heading-level'] !== undefined) {
  if (!/^\d+$/.test(values['heading-level'])) fail(`--heading-level must be a whole number, got ${JSON.stringify(values['heading-level'])}`);
  headingLevel = Number(values['heading-level']);
}
const options = { level: values.level, headingLevel, catalog: values.catalog };

try {
  const forms = positionals.map((id) =>
    library.ROUTINE_IDS.includes(id) ? library.routineToHTML(id, options) : library.exerciseToHTML(id, options),
  );
  process.stdout.write(`${forms.join('\n')}\n`);
} catch (error) {
  fail(error.message);
}
