// A web-test-runner plugin that serves a second, separately bundled copy of the
// library's <back-exercise> registration (src/back-exercise/define.ts with its own
// classes and its own Lit), as a page that loads two bundles would have. Built with
// esbuild on first request and kept in memory; nothing is written to disk.
import { build } from 'esbuild';
import { fileURLToPath } from 'node:url';

/** Where the hostile suite loads the second copy from. */
export const SECOND_COPY_PATH = '/__hostile__/back-exercise-second-copy.js';

const root = fileURLToPath(new URL('../../', import.meta.url));

export function secondCopyPlugin() {
  let bundle;
  return {
    name: 'hostile-second-copy',
    async serve(context) {
      if (context.path !== SECOND_COPY_PATH) return undefined;
      bundle ??= build({
        absWorkingDir: root,
        entryPoints: ['src/back-exercise/define.ts'],
        bundle: true,
        format: 'esm',
        target: 'es2022',
        write: false,
        conditions: ['production'],
        tsconfig: 'tsconfig.json',
        // The package marks only dist/ files as having side effects; the src/ define modules
        // register elements too, so every import is kept, as the project's own bundle does.
        ignoreAnnotations: true,
        logLevel: 'silent',
      }).then((result) => result.outputFiles[0].text);
      return { body: await bundle, type: 'js' };
    },
  };
}
