// Packages the WordPress plugin: wordpress/back-exercise-elements/ plus, made at build time,
// the licence, the single-file bundle with its chunks and elements.css (assets/), a JSON export of the
// built-in catalog for server rendering (data/catalog.json) and the elements' documented
// attributes from custom-elements.json for the HTML filter (data/elements.json).
//
//   npm run build:wordpress     (runs npm run build first)
//
// Writes the plugin folder to dist/wordpress/back-exercise-elements/ and the installable
// archive to dist/back-exercise-elements-wordpress.zip.
import { cp, mkdir, readFile, readdir, rm, stat, writeFile } from 'node:fs/promises';
import { join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { importSource } from '../import-source.mjs';
import { zip } from './zip.mjs';

const root = fileURLToPath(new URL('../..', import.meta.url));
const SLUG = 'back-exercise-elements';
export const PLUGIN_DIR = join(root, 'dist/wordpress', SLUG);
export const ZIP_PATH = join(root, 'dist', `${SLUG}-wordpress.zip`);
const TAGS = ['back-exercise', 'hold-timer', 'routine-player'];

/**
 * The catalog as the PHP renderer reads it: exercises, routines with their doses resolved, and the
 * limits the shortcodes check (also handed to the plugin's checks by test/wordpress/php-checks-plugin.mjs).
 */
export async function catalogExport() {
  const model = await importSource(`export { EXERCISES, ROUTINES } from './src/model/catalog.js';
        export { resolveRoutine } from './src/model/parse.js';
        export { DEFAULT_DOSE_TIMING } from './src/model/dose.js';
        export { LIMITS } from './src/model/checker.js';
        export { LEVELS } from './src/model/types.js';`);
  const exercises = Object.fromEntries(model.EXERCISES.map((exercise) => [exercise.id, exercise]));
  const routines = Object.fromEntries(
    model.ROUTINES.map((routine) => {
      const resolved = model.resolveRoutine(routine);
      return [routine.id, { id: resolved.id, name: resolved.name, exercises: resolved.exercises, paces: resolved.paces.map((pace) => pace ?? null) }];
    }),
  );
  const { holdSeconds, reps, sets, restSeconds, setRestSeconds, prepareSeconds, switchSeconds, exerciseTotalSeconds } = model.LIMITS;
  return {
    levels: model.LEVELS,
    doseDefaults: model.DEFAULT_DOSE_TIMING,
    limits: { holdSeconds, reps, sets, restSeconds, setRestSeconds, prepareSeconds, switchSeconds, exerciseTotalSeconds },
    exercises,
    routines,
  };
}

/** Each element's documented attributes, from custom-elements.json. */
async function elementAttributes() {
  const manifest = JSON.parse(await readFile(join(root, 'custom-elements.json'), 'utf8'));
  const attributes = {};
  for (const module of manifest.modules) {
    for (const declaration of module.declarations ?? []) {
      if (TAGS.includes(declaration.tagName)) {
        attributes[declaration.tagName] = (declaration.attributes ?? []).map((attribute) => attribute.name).sort();
      }
    }
  }
  const missing = TAGS.filter((tag) => !attributes[tag]);
  if (missing.length > 0) throw new Error(`custom-elements.json has no ${missing.join(', ')}`);
  return attributes;
}

/** The plugin's header, constant, readme and blocks must name the package's version. */
async function checkVersions(version) {
  const source = join(root, 'wordpress', SLUG);
  const main = await readFile(join(source, `${SLUG}.php`), 'utf8');
  const readme = await readFile(join(source, 'readme.txt'), 'utf8');
  const found = {
    'plugin header': /^ \* Version:\s+(\S+)/m.exec(main)?.[1],
    BACKEX_VERSION: /define\( 'BACKEX_VERSION', '([^']+)' \)/.exec(main)?.[1],
    'readme.txt Stable tag': /^Stable tag:\s+(\S+)/m.exec(readme)?.[1],
  };
  for (const block of ['exercise-card', 'routine-player']) {
    found[`${block} block.json`] = JSON.parse(await readFile(join(source, 'blocks', block, 'block.json'), 'utf8')).version;
  }
  const wrong = Object.entries(found).filter(([, value]) => value !== version);
  if (wrong.length > 0) {
    throw new Error(`package.json is ${version}, but ${wrong.map(([where, value]) => `${where} says ${value}`).join(', ')}`);
  }
}

async function listFiles(folder) {
  const files = [];
  for (const entry of await readdir(folder, { withFileTypes: true })) {
    const path = join(folder, entry.name);
    if (entry.isDirectory()) files.push(...(await listFiles(path)));
    else files.push(path);
  }
  return files;
}

/** Writes the plugin folder and its zip; returns the zip's path and size. */
export async function buildPlugin() {
  const bundle = join(root, 'dist/back-exercise-elements.bundle.js');
  try {
    await stat(bundle);
  } catch {
    throw new Error('dist/back-exercise-elements.bundle.js is missing: run npm run build first (npm run build:wordpress does)');
  }
  await rm(PLUGIN_DIR, { recursive: true, force: true });
  await mkdir(join(PLUGIN_DIR, 'assets'), { recursive: true });
  await mkdir(join(PLUGIN_DIR, 'data'), { recursive: true });
  await cp(join(root, 'wordpress', SLUG), PLUGIN_DIR, { recursive: true });
  await cp(bundle, join(PLUGIN_DIR, 'assets/back-exercise-elements.bundle.js'));
  // Only the chunks the bundle loads (drawings, languages, the session's code) and those they load in
  // turn: not those of the builder's own bundle.
  const chunks = new Set([...(await readFile(bundle, 'utf8')).matchAll(/"\.\/chunks\/([\w.-]+\.js)"/g)].map((match) => match[1]));
  if (chunks.size === 0) throw new Error('the bundle names no chunks: has the build changed?');
  await mkdir(join(PLUGIN_DIR, 'assets/chunks'));
  for (const chunk of chunks) {
    const code = await readFile(join(root, 'dist/chunks', chunk), 'utf8');
    for (const [, next] of code.matchAll(/"\.\/([\w.-]+\.js)"/g)) chunks.add(next);
    await cp(join(root, 'dist/chunks', chunk), join(PLUGIN_DIR, 'assets/chunks', chunk));
  }
  await cp(join(root, 'dist/elements.css'), join(PLUGIN_DIR, 'assets/elements.css'));
  await cp(join(root, 'LICENSE'), join(PLUGIN_DIR, 'license.txt'));
  const { version } = JSON.parse(await readFile(join(root, 'package.json'), 'utf8'));
  await checkVersions(version);
  await writeFile(join(PLUGIN_DIR, 'data/catalog.json'), `${JSON.stringify({ version, ...(await catalogExport()) })}\n`);
  await writeFile(join(PLUGIN_DIR, 'data/elements.json'), `${JSON.stringify(await elementAttributes(), null, 2)}\n`);

  const paths = (await listFiles(PLUGIN_DIR)).sort();
  const files = await Promise.all(
    paths.map(async (path) => ({ name: `${SLUG}/${relative(PLUGIN_DIR, path).split(sep).join('/')}`, data: await readFile(path) })),
  );
  const archive = zip(files);
  await writeFile(ZIP_PATH, archive);
  return { path: ZIP_PATH, bytes: archive.length, files: files.length, phpFiles: paths.filter((path) => path.endsWith('.php')) };
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  try {
    const { bytes, files } = await buildPlugin();
    console.log(`dist/${SLUG}-wordpress.zip: ${files} files, ${(bytes / 1024).toFixed(1)} kB`);
  } catch (error) {
    console.error(`build:wordpress: ${error.message}`);
    process.exit(1);
  }
}
