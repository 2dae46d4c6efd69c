// What the size issue's targets were set for, measured on today's code as far as it can be: the
// one-file bundle and <hold-timer> alone built again with every module that is wholly a feature
// added after the targets were set (themes, phases, pictures, heading levels, structured data,
// server rendering, languages, focus mode, the print handout) replaced by the least an English-only
// page without that feature would need. Features woven into the elements themselves (ratings,
// validation of every attribute, the themes' tokens and the focus and print rules in the elements'
// styles, stored progress) stay in, so the stubbed sizes are an upper bound of that older scope.
// Run after `npm run build`: `node bench/size/later-features.mjs`. Prints both builds side by side;
// with `--each`, also what each of those modules alone costs (the build with only it stubbed).
import { rollup } from 'rollup';
import { gzipSync } from 'node:zlib';
import { fileURLToPath } from 'node:url';
import { bundlePlugins, onwarn } from '../../rollup.config.mjs';

/** Module (under dist/) → the stub that replaces it. */
const STUBS = {
  'shared/theme.js': `import { css } from 'lit';
export const themeStyles = css\`:host{--_t-text:CanvasText;--_t-surface:Canvas;--_t-accent:#1f5f8b;--_t-danger:#b3261e}\`;`,
  'shared/phase.js': `import { css, nothing } from 'lit';
export const phaseStyles = css\`\`; export const phaseIcon = () => nothing; export const phaseLook = (segment) => segment.kind;`,
  'shared/exercise-media.js': `import { nothing } from 'lit';
export const DRAWING_FRAMES = {}; export const adoptDrawingStyles = () => {}; export const drawingFits = () => false;
export const loadIllustrations = () => Promise.resolve(null); export const renderExerciseMedia = () => nothing;`,
  'routine-player/child-media.js': `export const childMedia = () => null;`,
  'shared/heading-level.js': `export const headingLevelIn = () => 2; export const levelAfterPrecedingHeading = () => 2;
export const readHeadingLevel = (value) => value;`,
  'shared/structured-data-child.js': `export const syncStructuredData = () => {};`,
  'shared/hydration.js': `export const isHydrating = () => false;`,
  'i18n/catalog-text.js': `export const isCatalogText = () => true; export const localizeExercise = (e) => e;
export const localizeRoutine = (r) => r;`,
  'i18n/localize.js': `export const LOCALES = ['en'];
export function str(strings, ...values) { return { strings: [...strings], values }; }
export function messageKey(source) {
  return typeof source === 'string' ? source : source.strings.reduce((key, part, i) => (i === 0 ? part : key + '{' + (i - 1) + '}' + part), '');
}
const ENGLISH = {};
export function addEnglishForms(forms) { Object.assign(ENGLISH, forms); }
export function msg(source, options) {
  const values = typeof source === 'string' ? [] : source.values;
  const form = ENGLISH[options?.id ?? messageKey(source)];
  if (typeof form === 'function') return form(...values);
  return typeof source === 'string' ? source : source.strings.reduce((text, part, i) => text + String(values[i - 1]) + part);
}
export const addMessageChunks = () => {}; export const currentLocale = () => 'en'; export const directionOf = () => 'ltr';
export const formatList = (items) => new Intl.ListFormat('en', { style: 'long', type: 'conjunction' }).format(items);
export const forwardKey = () => 'ArrowRight'; export const languageOf = () => 'en'; export const loadLocale = () => Promise.resolve(null);
export const matchLocale = () => 'en'; export const registerTranslation = () => {}; export const translation = () => undefined;
export const withLocale = (locale, work) => work();
export class LocaleController { locale = 'en'; wanted = 'en'; dir = 'ltr'; run(work) { return work(); } }`,
  'routine-player/focus-mode.js': `export class FocusModeController { active = false; toggle() {} exit() {} }`,
  'routine-player/print-view.js': `import { nothing } from 'lit'; export const renderPrintView = () => nothing;`,
};

const dist = fileURLToPath(new URL('../../dist/', import.meta.url));
/** A plugin that replaces the modules `names` with their stubs. */
const stubbing = (names) => ({
  name: 'later-features-stubbed',
  load(id) {
    const module = names.find((name) => id === dist + name);
    return module ? STUBS[module] : null;
  },
});

/** Built as run.mjs measures it: the bundle as rollup.config.mjs makes it, the timer as a bundler would. */
async function gzipKb(input, plugins) {
  const options = input === 'define.js' ? { preserveEntrySignatures: 'allow-extension' } : {};
  const build = await rollup({ input: dist + input, ...options, onwarn, plugins });
  const { output } = await build.generate({ format: 'es', dir: 'unused', chunkFileNames: '[name].js' });
  await build.close();
  return gzipSync(output.find((chunk) => chunk.type === 'chunk' && chunk.isEntry).code, { level: 9 }).length / 1000;
}

const rows = [];
for (const [name, input, target] of [
  ['one-file bundle', 'define.js', 22],
  ['`<hold-timer>` alone', 'hold-timer/define.js', 12],
]) {
  const today = await gzipKb(input, bundlePlugins());
  const older = await gzipKb(input, [stubbing(Object.keys(STUBS)), ...bundlePlugins()]);
  rows.push(`| ${name} | ${today.toFixed(1)} | ${older.toFixed(1)} | ${(today - older).toFixed(1)} | ${target} |`);
}
console.log(`
Later features stubbed out (${Object.keys(STUBS).length} modules: ${Object.keys(STUBS).join(', ')})

| what | today, gzip kB | those modules stubbed, gzip kB | difference | target |
|---|---|---|---|---|
${rows.join('\n')}
`);

if (process.argv.includes('--each')) {
  const each = [];
  const today = { bundle: await gzipKb('define.js', bundlePlugins()), timer: await gzipKb('hold-timer/define.js', bundlePlugins()) };
  for (const module of Object.keys(STUBS)) {
    const bundle = today.bundle - (await gzipKb('define.js', [stubbing([module]), ...bundlePlugins()]));
    const timer = today.timer - (await gzipKb('hold-timer/define.js', [stubbing([module]), ...bundlePlugins()]));
    each.push(`| ${module} | ${bundle.toFixed(2)} | ${timer > 0.005 ? timer.toFixed(2) : '–'} |`);
  }
  console.log(`What each stubbed module alone costs (gzip kB; they overlap, so the sum is not the total above)

| module | one-file bundle | \`<hold-timer>\` alone |
|---|---|---|
${each.join('\n')}
`);
}
