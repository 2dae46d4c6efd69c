// Runs the tests that need no browser and are written in TypeScript (test/**/*.node-test.ts) with
// Node's own test runner. As test/ssr/render.mjs does for server rendering, esbuild bundles each
// file for Node (here into a fresh temporary folder); `node --test` then runs the bundles.
import { build } from 'esbuild';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const tests = readdirSync(join(root, 'test'), { recursive: true })
  .filter((file) => file.endsWith('.node-test.ts'))
  .sort()
  .map((file) => join(root, 'test', file));
const outdir = mkdtempSync(join(tmpdir(), 'back-exercise-elements-node-tests-'));
try {
  await build({
    entryPoints: tests,
    outdir,
    outbase: root,
    outExtension: { '.js': '.mjs' },
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    sourcemap: 'inline',
    logLevel: 'warning',
  });
  const bundles = tests.map((file) => join(outdir, relative(root, file)).replace(/\.ts$/, '.mjs'));
  const { status } = spawnSync(process.execPath, ['--enable-source-maps', '--test', ...bundles], { stdio: 'inherit' });
  process.exitCode = status ?? 1;
} finally {
  rmSync(outdir, { recursive: true, force: true });
}
