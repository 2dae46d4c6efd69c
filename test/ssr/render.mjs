// Renders markup with the library's elements on a server, as @lit-labs/ssr does it in Node:
// to declarative shadow DOM. Used by test/ssr/ssr.test.mjs (Node) and, through the
// `ssr-render` command of test/ssr/ssr-plugin.mjs, by the browser's hydration test.
import { build } from 'esbuild';
import { mkdir } from 'node:fs/promises';
import { fileURLToPath, pathToFileURL } from 'node:url';

const root = fileURLToPath(new URL('../..', import.meta.url));
let loaded;

/** Builds src/define.ts for Node once (Lit stays a package import, so it is the one @lit-labs/ssr uses) and imports it. */
function loadElements() {
  loaded ??= (async () => {
    const { render } = await import('@lit-labs/ssr');
    const { collectResult } = await import('@lit-labs/ssr/lib/render-result.js');
    const folder = `${root}node_modules/.cache/back-exercise-elements-ssr`;
    await mkdir(folder, { recursive: true });
    const outfile = `${folder}/elements.mjs`;
    await build({
      entryPoints: [`${root}src/define.ts`],
      bundle: true,
      format: 'esm',
      platform: 'node',
      outfile,
      external: ['lit', 'lit/*', '@lit/*', '@lit-labs/*'],
      // The package marks src/*/define.ts as free of side effects for bundlers; here they must run.
      ignoreAnnotations: true,
      logLevel: 'silent',
    });
    await import(pathToFileURL(outfile).href);
    return { render, collectResult };
  })();
  return loaded;
}

/** `markup` (static HTML with our tags) rendered on the server, shadow roots included. */
export async function renderToString(markup) {
  const { render, collectResult } = await loadElements();
  const strings = Object.assign([markup], { raw: [markup] });
  return collectResult(render({ _$litType$: 1, strings, values: [] }));
}
