// Imports the library's TypeScript sources into a Node script: esbuild bundles the given
// module text (its imports resolved from the repository root) and Node imports the result.
import { build } from 'esbuild';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));

/**
 * The exports of `contents`, a module of `export … from './src/…'` lines.
 * @param {string} contents
 */
export async function importSource(contents) {
  const result = await build({
    stdin: { contents, resolveDir: root, loader: 'ts' },
    bundle: true,
    write: false,
    platform: 'node',
    format: 'esm',
    logLevel: 'silent',
  });
  return import(`data:text/javascript;base64,${Buffer.from(result.outputFiles[0].text).toString('base64')}`);
}
