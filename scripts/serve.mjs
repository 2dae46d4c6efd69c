// Serves the repository (TypeScript compiled on the fly, as `npm start` does) on a free
// local port, for the scripts that drive a browser: benchmarks, screenshots.
import { startDevServer } from '@web/dev-server';
import { esbuildPlugin } from '@web/dev-server-esbuild';
import { createServer } from 'node:net';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));

/** A free local port (the dev server does not accept port 0). */
export const freePort = () =>
  new Promise((resolve) => {
    const probe = createServer().listen(0, '127.0.0.1', () => {
      const { port } = probe.address();
      probe.close(() => resolve(port));
    });
  });

/**
 * Starts the server; resolves `{ origin, stop }`, `origin` like `http://localhost:8123`.
 * `plugins` run after the TypeScript compiler (e.g. the bundle's template minifier).
 */
export async function serveRepository({ plugins = [] } = {}) {
  const server = await startDevServer({
    config: {
      rootDir: root,
      port: await freePort(),
      nodeResolve: { exportConditions: ['production'] },
      plugins: [esbuildPlugin({ ts: true, target: 'es2022', tsconfig: `${root}tsconfig.json` }), ...plugins],
    },
    readCliArgs: false,
    readFileConfig: false,
    logStartMessage: false,
  });
  return { origin: `http://localhost:${server.config.port}`, stop: () => server.stop() };
}
