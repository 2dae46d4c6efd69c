// The loader through a bundler (issue 25): an app installs the packed package, imports
// `back-exercise-elements/loader.js` (the package's `exports` entry), and esbuild bundles it with
// code splitting, as an app's build does. A page with only a <hold-timer> then shows the timer, and
// the browser fetches only the timer's code: no file it loads defines the card, the player or the
// builder. Run by run.mjs.
import { execFileSync } from 'node:child_process';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { extname, join, normalize, sep } from 'node:path';
import { build } from 'esbuild';
import { listen } from './cdn.mjs';

const TYPES = { '.html': 'text/html', '.js': 'text/javascript' };
const OTHERS = ['back-exercise', 'routine-player', 'routine-builder'];

/** Builds and loads the app in `browser` from the packed `tarball` (installed under `work`); reports each check to `record`. */
export async function checkLoaderThroughBundler({ browser, tarball, work, record }) {
  const name = 'loader through a bundler';
  const folder = join(work, 'loader-bundler');
  await mkdir(folder, { recursive: true });
  await writeFile(join(folder, 'package.json'), JSON.stringify({ name: 'consumer-loader-bundler', private: true, type: 'module', dependencies: { 'back-exercise-elements': `file:${tarball}` } }));
  await writeFile(join(folder, 'main.js'), "import 'back-exercise-elements/loader.js';\n");
  await writeFile(
    join(folder, 'index.html'),
    '<!doctype html><html lang="en"><head><meta charset="utf-8"><link rel="icon" href="data:,"><script type="module" src="out/main.js"></script></head><body><hold-timer hold="30"></hold-timer></body></html>',
  );
  try {
    execFileSync('npm', ['install', '--no-audit', '--no-fund', '--ignore-scripts', '--loglevel=error'], { cwd: folder, stdio: ['ignore', 'pipe', 'pipe'] });
    await build({ absWorkingDir: folder, entryPoints: ['main.js'], bundle: true, splitting: true, format: 'esm', outdir: join(folder, 'out'), logLevel: 'silent' });
  } catch (error) {
    record(`${name}: install and build`, false, String(error.stderr ?? error.message).slice(0, 400));
    return;
  }
  const server = await listen(async (request, response) => {
    const path = normalize(decodeURIComponent(new URL(request.url, 'http://localhost').pathname));
    const file = join(folder, path);
    try {
      if (!file.startsWith(folder + sep)) throw new Error('outside');
      const body = await readFile(file);
      response.writeHead(200, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream' });
      response.end(body);
    } catch {
      response.writeHead(404);
      response.end();
    }
  });
  const page = await browser.newPage();
  const errors = [];
  const scripts = new Map();
  page.on('pageerror', (error) => errors.push(error.message));
  page.on('console', (message) => message.type() === 'error' && errors.push(message.text()));
  page.on('response', (response) => {
    if (/javascript/.test(response.headers()['content-type'] ?? '')) scripts.set(response.url(), response.text().catch(() => ''));
  });
  try {
    await page.goto(`${server.origin}/index.html`);
    await page.waitForFunction(() => !!document.querySelector('hold-timer')?.shadowRoot?.querySelector('[part~="time"]'), { timeout: 20_000 });
    record(`${name}: the page shows the timer`, true);
    const defined = await page.evaluate((tags) => tags.filter((tag) => customElements.get(tag)), OTHERS);
    record(`${name}: no other element is defined`, defined.length === 0, defined.join(', '));
    const texts = await Promise.all([...scripts].map(async ([url, text]) => [new URL(url).pathname, await text]));
    const others = texts.filter(([, text]) => OTHERS.some((tag) => text.includes(`.define("${tag}"`))).map(([path]) => path);
    record(`${name}: only the timer's files are fetched (${texts.length} scripts)`, texts.length > 1 && others.length === 0, `other elements' code in ${others.join(', ')}`);
    record(`${name}: no errors in the page`, errors.length === 0, errors.join(' | ').slice(0, 400));
  } catch (error) {
    record(`${name}: page ran`, false, `${error.message} ${errors.join(' | ')}`.slice(0, 400));
  } finally {
    await page.close();
    await server.stop();
  }
}
