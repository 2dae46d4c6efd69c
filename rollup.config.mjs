// The single-file bundle a page loads with one script tag: every element and Lit,
// minified. The ESM modules in dist/ (from tsc) are for bundler users.
import { nodeResolve } from '@rollup/plugin-node-resolve';
import terser from '@rollup/plugin-terser';
import minifyHTML from '@lit-labs/rollup-plugin-minify-html-literals';

/** The plugins of the one-file bundle; bench/size bundles its baseline with the same ones. */
export function bundlePlugins() {
  return [
    nodeResolve({ exportConditions: ['production'] }),
    // Lit's templates and styles keep their indentation otherwise.
    minifyHTML(),
    // A third pass finds what the second one's inlining left (about 0.14 kB gzip off the bundle); more find nothing.
    terser({ ecma: 2022, module: true, compress: { passes: 3 }, format: { comments: false } }),
  ];
}

/** tsc's decorator helper reads a top-level `this`; in a module that is simply undefined. */
export function onwarn(warning, warn) {
  if (warning.code === 'THIS_IS_UNDEFINED') return;
  warn(warning);
}

/**
 * A bundle takes its chunks only from beside a `.js` file. jsDelivr answers the bare package URL
 * (`…/npm/back-exercise-elements@0.1.0`) with the bundle itself, without a redirect; relative to
 * that address `./chunks/…` is `…/npm/chunks/…`, the files of another package. A URL that names a
 * `.js` (or `.mjs`) file has its folder inside the package, so what is beside it is ours. Any other
 * URL gets no chunks (the page shows English and no drawings) and one console.error that names the
 * file's own URL. (The check asks for a `.js` file, not for the bundle's own file name: a bundler
 * that bundles the file again renames it, and a copy may be renamed; neither is a bare URL.)
 * Pointing the chunks at `<bare URL>/dist/` instead would not do: the drawings,
 * structured-data and link-reader chunks import the bundle back by its file URL, which would load
 * and run a second copy of the whole bundle.
 *
 * Each `import("./chunks/…")` of the entry stays as it is behind the check, so a bundler that
 * bundles the file again still follows it (and where a bundler leaves no `import.meta.url`, the
 * check lets everything through: the bundler resolved the chunks itself).
 */
function chunksOnlyBesideAFile() {
  return {
    name: 'chunks-only-beside-a-file',
    intro: (chunk) =>
      chunk.isEntry ? `const chunkCheck = (${makeChunkCheck})(import.meta.url, ${JSON.stringify(chunk.fileName)});` : '',
    renderDynamicImport: ({ chunk }) => (chunk.isEntry ? { left: '(chunkCheck() ?? import(', right: '))' } : null),
  };
}

/**
 * Runs once in the bundle, with its own URL and file name; gives what each of its chunk imports
 * calls first: nothing where chunks may load, else a rejection (the callers show no drawing and
 * English, as when a chunk fails to arrive).
 */
function makeChunkCheck(url, file) {
  // No URL (a bundler's output without import.meta) means the bundler resolved the chunks itself.
  if (/\.m?js([?#]|$)/.test(url ?? '.js')) return () => undefined;
  console.error(`back-exercise-elements: ${url} is not the script's own file, so no drawings or languages load. Use ${url.replace(/[?#].*/, '')}/dist/${file}`);
  return () => Promise.reject();
}

export default [
  {
    input: 'dist/define.js',
    // Lets the drawings chunk import Lit from the bundle itself instead of a third, shared chunk.
    preserveEntrySignatures: 'allow-extension',
    output: {
      // One file a page loads with one script tag; the drawings (and later other
      // languages) are chunks beside it that it fetches only when it needs them.
      dir: 'dist',
      entryFileNames: 'back-exercise-elements.bundle.js',
      chunkFileNames: 'chunks/[name]-[hash].js',
      format: 'es',
      // Source maps with the sources inside (sourcesContent), pointing at the readable modules in dist/.
      sourcemap: true,
    },
    onwarn,
    plugins: [chunksOnlyBesideAFile(), ...bundlePlugins()],
  },
  {
    // The clinic's builder, for a staff page: a bundle of its own, so that the patients' bundle
    // above carries none of it. It holds Lit and the player it previews with (one script tag, no
    // second file to keep in step); its QR code library, drawings and languages are chunks it
    // fetches only when needed.
    input: 'dist/routine-builder/define.js',
    preserveEntrySignatures: 'allow-extension',
    output: {
      dir: 'dist',
      entryFileNames: 'routine-builder.bundle.js',
      chunkFileNames: 'chunks/builder-[name]-[hash].js',
      format: 'es',
      sourcemap: true,
    },
    onwarn,
    plugins: [chunksOnlyBesideAFile(), ...bundlePlugins()],
  },
  {
    // The clinic's report reader, for a staff page: like the builder, a bundle of its own (Lit
    // included) that the patients' bundle carries none of; its languages are chunks it fetches.
    input: 'dist/progress-report/define.js',
    preserveEntrySignatures: 'allow-extension',
    output: {
      dir: 'dist',
      entryFileNames: 'progress-report.bundle.js',
      chunkFileNames: 'chunks/report-[name]-[hash].js',
      format: 'es',
      sourcemap: true,
    },
    onwarn,
    plugins: [chunksOnlyBesideAFile(), ...bundlePlugins()],
  },
  {
    // The loader and the per-element files it imports, for a page that includes one script tag
    // (`dist/elements/loader.js`) and pays only for the elements it shows. Each element's file
    // is a self-contained ES module (Lit included, no bare imports) that shares its chunks with the
    // others, all resolved beside the loader, so any CDN or static server can serve the folder.
    input: {
      loader: 'dist/loader.js',
      'hold-timer': 'dist/hold-timer/define-lazy.js',
      'back-exercise': 'dist/back-exercise/define-lazy.js',
      'routine-player': 'dist/routine-player/define.js',
      'routine-builder': 'dist/routine-builder/define.js',
      'progress-report': 'dist/progress-report/define.js',
    },
    output: {
      dir: 'dist/elements',
      entryFileNames: '[name].js',
      chunkFileNames: 'chunks/[name]-[hash].js',
      format: 'es',
      sourcemap: true,
    },
    onwarn,
    plugins: bundlePlugins(),
  },
];
