// Type-checks small consumer files against the framework declarations and the React wrapper:
//
//   node scripts/check-framework-types.mjs      (npm run typecheck:frameworks)
//
// It needs no build: into test/frameworks/types/.generated/ it writes what the package's dist/
// would hold for these checks: the declarations of src/ (tsc with tsconfig.build.json, declarations
// only) and the framework declarations from custom-elements.json, as `npm run build` writes them.
// The framework files are written as .ts modules (the same text), so tsc checks them in full
// while skipLibCheck spares the frameworks' own large declaration files. Then it runs
// `tsc --noEmit -p` on each test/frameworks/types/tsconfig.<framework>.json, whose `paths` map
// `back-exercise-elements/*` to those files. Each consumer file has `@ts-expect-error` lines, so
// types that are too loose fail as well as types that are too strict.
// Ends with "framework types: N passed, N failed".
import { spawn } from 'node:child_process';
import { readdir, rm } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import { join, relative } from 'node:path';
import { writeFrameworkTypes } from './framework-types.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));
const folder = join(root, 'test', 'frameworks', 'types');
const generated = join(folder, '.generated');
const tsc = createRequire(import.meta.url).resolve('typescript/bin/tsc');

function tscRun(args) {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [tsc, '--pretty', 'false', ...args], { cwd: root });
    let output = '';
    child.stdout.on('data', (chunk) => (output += chunk));
    child.stderr.on('data', (chunk) => (output += chunk));
    child.on('close', (code) => resolve({ code, output }));
  });
}

await rm(generated, { recursive: true, force: true });
const emitted = await tscRun(
  ['-p', 'tsconfig.build.json', '--emitDeclarationOnly', '--declarationMap', 'false', '--sourceMap', 'false', '--outDir', generated],
);
if (emitted.code !== 0) {
  console.log(`✗ declarations of src/:\n${emitted.output.trim()}`);
  console.log('framework types: 0 passed, 1 failed');
  process.exit(1);
}
await writeFrameworkTypes({ outDir: join(generated, 'frameworks'), extension: '.ts' });

const projects = (await readdir(folder))
  .filter((name) => /^tsconfig\.[\w-]+\.json$/.test(name) && name !== 'tsconfig.base.json')
  .sort();

let passed = 0;
let failed = 0;
for (const name of projects) {
  const project = join(folder, name);
  const started = Date.now();
  const { code, output } = await tscRun(['--noEmit', '-p', project]);
  const seconds = ((Date.now() - started) / 1000).toFixed(1);
  const label = name.replace(/^tsconfig\.|\.json$/g, '');
  if (code === 0) {
    passed += 1;
    console.log(`✓ ${label} (${relative(root, project)}, ${seconds} s)`);
  } else {
    failed += 1;
    console.log(`✗ ${label} (${relative(root, project)}):\n${output.trim()}`);
  }
}
console.log(`framework types: ${passed} passed, ${failed} failed`);
process.exitCode = failed > 0 ? 1 : 0;
