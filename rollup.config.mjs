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
    terser({ ecma: 2022, module: true, compress: { passes: 2 }, format: { comments: false } }),
  ];
}

/** tsc's decorator helper reads a top-level `this`; in a module that is simply undefined. */
export function onwarn(warning, warn) {
  if (warning.code === 'THIS_IS_UNDEFINED') return;
  warn(warning);
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
      // No source maps are shipped: the modules in dist/ are readable JavaScript beside it.
      sourcemap: false,
    },
    onwarn,
    plugins: bundlePlugins(),
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
      sourcemap: false,
    },
    onwarn,
    plugins: bundlePlugins(),
  },
];
