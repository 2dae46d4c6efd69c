// The single-file bundle a page loads with one script tag: every element and Lit,
// minified. The ESM modules in dist/ (from tsc) are for bundler users.
import { nodeResolve } from '@rollup/plugin-node-resolve';
import terser from '@rollup/plugin-terser';

export default {
  input: 'dist/define.js',
  output: {
    file: 'dist/back-exercise-elements.bundle.js',
    format: 'es',
    sourcemap: true,
  },
  onwarn(warning, warn) {
    // tsc's decorator helper reads a top-level `this`; in a module that is simply undefined.
    if (warning.code === 'THIS_IS_UNDEFINED') return;
    warn(warning);
  },
  plugins: [
    nodeResolve({ exportConditions: ['production'] }),
    terser({ ecma: 2022, module: true, format: { comments: false } }),
  ],
};
