// Interop tests as a consumer meets the package: `npm pack`s it, installs the tarball into
// fresh projects in a temporary folder (with React 19, React 18, Vue 3 or nothing but the
// bundle), builds each page with esbuild, and drives it in headless Chromium; loads the bundle
// from a local server that answers as the npm CDNs do (cdn.mjs); loads the loader and the
// per-element files with no bundler, from a static server and from that CDN server (loader.mjs),
// and the loader through esbuild (loader-bundler.mjs); builds and runs the docs site's framework
// recipes (Next.js, Nuxt, Astro, Vite + React, Svelte, plain HTML from a CDN) as their pages give
// them (recipes.mjs); then type-checks consumer code with moduleResolution `bundler` and `node16`,
// and a TSX file.
//
//   npm run test:interop        (needs `npm run build` first; .ci/run runs it after the build)
//   npm run test:interop -- --no-recipes   (the same without the framework recipes: about a minute)
//
// Prints one line per check and ends with "N passed, N failed".
import { execFileSync } from 'node:child_process';
import { mkdtemp, mkdir, rm, writeFile, cp } from 'node:fs/promises';
import { createServer } from 'node:http';
import { readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { extname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import puppeteer from 'puppeteer-core';
import { BROWSER_ARGS, findBrowser } from '../browser.mjs';
import { BUNDLE_CONSUMERS } from './bundle-consumers.mjs';
import { checkCdnSnippets } from './cdn.mjs';
import { checkLoader } from './loader.mjs';
import { checkLoaderThroughBundler } from './loader-bundler.mjs';
import { CONSUMERS, TYPE_CHECKS } from './consumers.mjs';
import { checkRecipes, prepareRecipes } from './recipes.mjs';

const root = fileURLToPath(new URL('../..', import.meta.url));
const typescript = join(root, 'node_modules/typescript/bin/tsc');
const results = [];

function record(name, ok, detail = '') {
  results.push({ name, ok });
  console.log(`${ok ? 'ok  ' : 'FAIL'} ${name}${detail ? `: ${detail}` : ''}`);
}

function run(command, args, cwd) {
  return execFileSync(command, args, { cwd, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
}

/** Serves `folder` on a free local port. */
async function serve(folder) {
  const types = { '.html': 'text/html', '.js': 'text/javascript', '.css': 'text/css', '.json': 'application/json' };
  const server = createServer(async (request, response) => {
    const path = decodeURIComponent(new URL(request.url, 'http://localhost').pathname);
    try {
      const body = await readFile(join(folder, path.endsWith('/') ? `${path}index.html` : path));
      response.writeHead(200, { 'content-type': types[extname(path)] ?? 'application/octet-stream' });
      response.end(body);
    } catch {
      response.writeHead(404);
      response.end();
    }
  });
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  // Kept-alive connections from the browser would hold close() open.
  const stop = () => new Promise((resolve) => {
    server.close(resolve);
    server.closeAllConnections();
  });
  return { origin: `http://127.0.0.1:${server.address().port}`, stop };
}

const work = await mkdtemp(join(tmpdir(), 'interop-'));
let browser;
let recipes;
try {
  // The package exactly as a consumer gets it.
  const packed = JSON.parse(run('npm', ['pack', '--json', '--pack-destination', work], root))[0];
  const tarball = join(work, packed.filename);
  console.log(`packed ${packed.filename}: ${packed.entryCount} files, ${(packed.unpackedSize / 1000).toFixed(0)} kB unpacked`);
  // The recipes' framework installs are the longest part: they start now and run beside the rest.
  if (!process.argv.includes('--no-recipes')) recipes = await prepareRecipes({ tarball, work, record });

  browser = await puppeteer.launch({ executablePath: findBrowser(), headless: true, args: BROWSER_ARGS });

  for (const consumer of [...CONSUMERS, ...BUNDLE_CONSUMERS]) {
    const folder = join(work, consumer.name);
    await mkdir(folder, { recursive: true });
    const dependencies = { 'back-exercise-elements': `file:${tarball}`, ...consumer.dependencies };
    await writeFile(join(folder, 'package.json'), JSON.stringify({ name: `consumer-${consumer.name}`, private: true, type: 'module', dependencies }));
    try {
      run('npm', ['install', '--no-audit', '--no-fund', '--ignore-scripts', '--loglevel=error'], folder);
    } catch (error) {
      record(`${consumer.name}: npm install`, false, String(error.stderr ?? error.message).slice(0, 400));
      continue;
    }
    for (const [file, text] of Object.entries(consumer.files)) await writeFile(join(folder, file), text);
    if (consumer.entry) {
      await build({
        absWorkingDir: folder,
        entryPoints: [consumer.entry],
        bundle: true,
        format: 'esm',
        outfile: join(folder, 'app.js'),
        jsx: 'automatic',
        define: { 'process.env.NODE_ENV': '"production"' },
        logLevel: 'silent',
      });
    }
    if (consumer.copyDist) await cp(join(folder, 'node_modules/back-exercise-elements/dist'), join(folder, 'dist'), { recursive: true });
    const server = await serve(folder);
    const page = await browser.newPage();
    const errors = [];
    page.on('pageerror', (error) => errors.push(error.message));
    page.on('console', (message) => message.type() === 'error' && errors.push(message.text()));
    try {
      await page.goto(`${server.origin}/index.html`);
      await page.waitForFunction(() => window.interop?.done, { timeout: 20_000 });
      const checks = await page.evaluate(() => window.interop.checks);
      for (const [name, ok, detail] of checks) record(`${consumer.name}: ${name}`, ok, detail);
      record(`${consumer.name}: no errors in the page`, errors.length === 0, errors.join(' | ').slice(0, 400));
    } catch (error) {
      record(`${consumer.name}: page ran`, false, `${error.message} ${errors.join(' | ')}`.slice(0, 400));
    } finally {
      await page.close();
      await server.stop();
    }
  }

  await checkCdnSnippets({ browser, tarball, work, record });
  await checkLoader({ browser, tarball, work, record });
  await checkLoaderThroughBundler({ browser, tarball, work, record });
  if (recipes) await checkRecipes(recipes, { browser });

  for (const check of TYPE_CHECKS) {
    const folder = join(work, check.name.replace(/[^a-z0-9]+/gi, '-'));
    await mkdir(folder, { recursive: true });
    const dependencies = { 'back-exercise-elements': `file:${tarball}`, ...check.dependencies };
    await writeFile(join(folder, 'package.json'), JSON.stringify({ name: `types-${check.name}`, private: true, type: 'module', dependencies }));
    try {
      run('npm', ['install', '--no-audit', '--no-fund', '--ignore-scripts', '--loglevel=error'], folder);
      for (const [file, text] of Object.entries(check.files)) await writeFile(join(folder, file), text);
      run(process.execPath, [typescript, '--noEmit', '-p', 'tsconfig.json'], folder);
      record(`types: ${check.name}`, true);
    } catch (error) {
      record(`types: ${check.name}`, false, String(error.stdout || error.stderr || error.message).slice(0, 800));
    }
  }
} finally {
  await browser?.close();
  // An install still running (after a failure) would write into the folder being removed.
  await Promise.allSettled(recipes?.installs.values() ?? []);
  await rm(work, { recursive: true, force: true });
}

const passed = results.filter((r) => r.ok).length;
console.log(`\n${passed} passed, ${results.length - passed} failed`);
process.exit(results.length - passed === 0 ? 0 : 1);
