// A web-test-runner plugin that lets test/frameworks/react-wrapper.test.ts import React in the
// browser. React and react-dom ship CommonJS only (`module.exports`, `require`, and
// `process.env.NODE_ENV` to pick the development or production file), which a browser cannot
// load as modules, and the CommonJS plugin of Rollup does not help under the dev server: its
// named exports rely on a Rollup-only feature (syntheticNamedExports), so
// `import { createElement } from 'react'` finds no such export.
//
// So esbuild bundles react, react-dom, react-dom/client and react/jsx-runtime once, into one
// module in memory (one copy of React for all of them), with `process.env.NODE_ENV` set to
// "development"; and each of those import specifiers is served as a small module that
// re-exports that package's exports by name. The names are read by loading the packages in a
// separate Node process (React's development build calls console.createTask as it loads,
// which the test runner's own console lacks).
// Nothing is written to disk, and no other module the tests load is touched.
import { build } from 'esbuild';
import { execFileSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('../../', import.meta.url));
const PREFIX = '/__react__/';

/** The import specifiers served, with the file name of each. */
const MODULES = {
  react: 'react',
  'react-dom': 'react-dom',
  'react-dom/client': 'react-dom-client',
  'react/jsx-runtime': 'react-jsx-runtime',
};

const ENTRY =
  Object.keys(MODULES)
    .map((specifier, index) => `import m${index} from ${JSON.stringify(specifier)};\n`)
    .join('') +
  `export const modules = {\n${Object.keys(MODULES)
    .map((specifier, index) => `  ${JSON.stringify(specifier)}: m${index},\n`)
    .join('')}};\n`;

/** The names each package exports, read in a child Node process. */
function exportNames() {
  const script = `console.log(JSON.stringify(Object.fromEntries(${JSON.stringify(Object.keys(MODULES))}.map((s) => [s, Object.keys(require(s))]))))`;
  return JSON.parse(execFileSync(process.execPath, ['-e', script], { cwd: root, encoding: 'utf8' }));
}

/** A module that re-exports one package of the bundle, by name and as its default export. */
function reexport(specifier, allNames) {
  const names = allNames[specifier].filter((name) => name !== 'default' && /^[A-Za-z_$][\w$]*$/.test(name));
  return (
    `import { modules } from '${PREFIX}bundle.js';\n` +
    `const m = modules[${JSON.stringify(specifier)}];\n` +
    `export default m;\n` +
    `export const { ${names.join(', ')} } = m;\n`
  );
}

export function reactPlugin() {
  let bundle;
  let names;
  return {
    name: 'react-as-modules',
    resolveImport({ source }) {
      return Object.hasOwn(MODULES, source) ? `${PREFIX}${MODULES[source]}.js` : undefined;
    },
    async serve(context) {
      if (!context.path.startsWith(PREFIX)) return undefined;
      const name = context.path.slice(PREFIX.length).replace(/\.js$/, '');
      if (name === 'bundle') {
        bundle ??= build({
          absWorkingDir: root,
          stdin: { contents: ENTRY, resolveDir: root, sourcefile: 'react-modules.js' },
          bundle: true,
          format: 'esm',
          target: 'es2022',
          write: false,
          define: { 'process.env.NODE_ENV': '"development"' },
          logLevel: 'silent',
        }).then((result) => result.outputFiles[0].text);
        return { body: await bundle, type: 'js' };
      }
      const specifier = Object.keys(MODULES).find((candidate) => MODULES[candidate] === name);
      if (!specifier) return undefined;
      names ??= exportNames();
      return { body: reexport(specifier, names), type: 'js' };
    },
  };
}
