// Load benchmark (issue 25): the JavaScript a visitor's browser transfers for a page with one of
// our elements, gzip, measured in Chromium on the built files (`npm run bench:load` builds first):
//   - through the loader (dist/elements/loader.js), before the element is defined and rendered:
//     the files that had arrived when its shadow root first received content (what its first
//     render asks for, as drawings, or leaves for idle time, as the player's session code, is not
//     counted there);
//   - the same pages with today's one-file bundle, for comparison;
//   - a trivial Lit element bundled with the library's own plugins, in the same run (the floor);
//   - a player page by the end of a session: rendered, Start pressed, and everything the page
//     fetched until the network was quiet for QUIET_MS (what loads in idle time counts too).
// Each JS response body is gzipped here at level 9 (the local server sends it plain), and the
// sizes are summed. Prints a table with PASS/FAIL against the issue's targets and writes
// bench/results/load.{json,md}. Exit code: 1 when a target fails (a benchmark, not a test).
import { rollup } from 'rollup';
import { createServer } from 'node:http';
import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { extname, join, normalize, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import puppeteer from 'puppeteer-core';
import { BROWSER_ARGS, findBrowser } from '../../scripts/browser.mjs';
import { bundlePlugins, onwarn } from '../../rollup.config.mjs';

const root = fileURLToPath(new URL('../..', import.meta.url));
const QUIET_MS = 1500;
const kB = (bytes) => Number((bytes / 1000).toFixed(1));

/** Targets in gzip kB (issue 25): the session's is today's one-file player page (42.8 kB) + 10 %. */
const TARGETS = { 'hold-timer': 12, 'back-exercise': 20, 'routine-player': 28, session: kB(42.8 * 1.1 * 1000) };

const PAGES = {
  'hold-timer': '<hold-timer hold="30"></hold-timer>',
  'back-exercise': '<back-exercise exercise="knee-to-chest"></back-exercise>',
  'routine-player': '<routine-player routine="lower-back"></routine-player>',
};

// The floor: a trivial Lit element, bundled with the library's plugins.
const work = await mkdtemp(join(tmpdir(), 'bench-load-'));
const floorBuild = await rollup({ input: join(root, 'bench/size/baseline.js'), onwarn, plugins: bundlePlugins() });
await floorBuild.write({ dir: work, format: 'es', entryFileNames: 'trivial.js' });
await floorBuild.close();

const page = (script, body) =>
  `<!doctype html><html lang="en"><head><meta charset="utf-8"><link rel="icon" href="data:,"><script type="module" src="${script}"></script></head><body>${body}</body></html>`;
const htmlPages = {
  '/trivial.html': page('/bench/trivial.js', '<trivial-element label="Hello"></trivial-element>'),
};
for (const [tag, body] of Object.entries(PAGES)) {
  htmlPages[`/loader-${tag}.html`] = page('/dist/elements/loader.js', body);
  htmlPages[`/bundle-${tag}.html`] = page('/dist/back-exercise-elements.bundle.js', body);
}

const TYPES = { '.html': 'text/html', '.js': 'text/javascript', '.css': 'text/css', '.json': 'application/json' };
const server = createServer(async (request, response) => {
  const path = decodeURIComponent(new URL(request.url, 'http://localhost').pathname);
  try {
    if (htmlPages[path]) {
      response.writeHead(200, { 'content-type': 'text/html' });
      response.end(htmlPages[path]);
      return;
    }
    const base = path.startsWith('/bench/') ? work : join(root, 'dist');
    const file = join(base, normalize(path.replace(/^\/(bench|dist)\//, '')));
    if (!file.startsWith(base + sep)) throw new Error('outside');
    const body = await readFile(file);
    response.writeHead(200, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream' });
    response.end(body);
  } catch {
    response.writeHead(404);
    response.end();
  }
});
await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
const origin = `http://127.0.0.1:${server.address().port}`;

const browser = await puppeteer.launch({ executablePath: findBrowser(), headless: true, args: BROWSER_ARGS });

/**
 * Loads `path`, waits until `tag` is defined and rendered, and returns the gzip bytes of the JS
 * responses so far; with `session`, then presses Start and adds what arrives until the network is quiet.
 */
async function measure(path, tag, { session = false } = {}) {
  const tab = await browser.newPage();
  const sizes = new Map();
  const pending = [];
  tab.on('response', (response) => {
    if (!/javascript/.test(response.headers()['content-type'] ?? '')) return;
    pending.push(response.buffer().then((body) => sizes.set(response.url(), gzipSync(body, { level: 9 }).length), () => {}));
  });
  const errors = [];
  tab.on('pageerror', (error) => errors.push(error.message));
  // The moment of the element's first render: the first node its shadow root receives (a mutation
  // observer's callback runs right after, before any idle-time work the render scheduled).
  await tab.evaluateOnNewDocument((name) => {
    const attach = Element.prototype.attachShadow;
    Element.prototype.attachShadow = function (init) {
      const shadow = attach.call(this, init);
      if (this.localName === name) {
        new MutationObserver((_, observer) => {
          window.benchFirstRenderAt ??= performance.now();
          observer.disconnect();
        }).observe(shadow, { childList: true });
      }
      return shadow;
    };
  }, tag);
  await tab.goto(`${origin}${path}`);
  await tab.waitForFunction(
    async (name) => {
      const element = document.querySelector(name);
      if (!customElements.get(name) || !element?.shadowRoot) return false;
      await element.updateComplete;
      return element.shadowRoot.childElementCount > 0;
    },
    { timeout: 20_000 },
    tag,
  );
  await Promise.all(pending);
  const tally = (only = () => true) => {
    const counted = [...sizes].filter(([url]) => only(url));
    return {
      bytes: counted.reduce((sum, [, bytes]) => sum + bytes, 0),
      files: counted.length,
      list: counted.map(([url, bytes]) => `${new URL(url).pathname} ${kB(bytes)}`),
    };
  };
  // Before the first render: the files that had arrived by then (what the render itself asks for,
  // drawings or what it leaves for idle time, arrives after it and counts in the session row).
  const arrivedBefore = new Set(
    await tab.evaluate(
      () => performance.getEntriesByType('resource').filter((entry) => entry.responseEnd <= window.benchFirstRenderAt).map((entry) => entry.name),
    ),
  );
  const rendered = tally((url) => arrivedBefore.has(url));
  let ended = null;
  if (session) {
    await tab.evaluate((name) => document.querySelector(name).shadowRoot.querySelector('[part~="start"]').click(), tag);
    await tab.waitForNetworkIdle({ idleTime: QUIET_MS, timeout: 30_000 });
    await Promise.all(pending);
    ended = tally();
  }
  await tab.close();
  if (errors.length) throw new Error(`${path}: ${errors.join(' | ')}`);
  return { rendered, ended };
}

const floor = (await measure('/trivial.html', 'trivial-element')).rendered;
const rows = [];
for (const tag of Object.keys(PAGES)) {
  const session = tag === 'routine-player';
  const loader = await measure(`/loader-${tag}.html`, tag, { session });
  const bundle = await measure(`/bundle-${tag}.html`, tag, { session });
  rows.push({ page: `one <${tag}>`, loader: loader.rendered, bundle: bundle.rendered, target: TARGETS[tag] });
  if (session) rows.push({ page: 'player page by the end of a session', loader: loader.ended, bundle: bundle.ended, target: TARGETS.session });
}
await browser.close();
server.close();
server.closeAllConnections();
await rm(work, { recursive: true, force: true });

const cell = ({ bytes, files }) => `${kB(bytes).toFixed(1)} kB (${files})`;
const ratio = ({ bytes }) => `${(bytes / floor.bytes).toFixed(1)}×`;
const lines = [
  '| page | through the loader | × Lit floor | one-file bundle | target | |',
  '|---|---|---|---|---|---|',
  `| trivial Lit element (floor) | ${cell(floor)} | 1.0× | | | |`,
  ...rows.map((row) => `| ${row.page} | ${cell(row.loader)} | ${ratio(row.loader)} | ${cell(row.bundle)} | ≤ ${row.target} kB | ${kB(row.loader.bytes) <= row.target ? 'PASS' : 'FAIL'} |`),
];
const table = lines.join('\n');
console.log(table);
console.log('\nJavaScript transferred, gzip level 9, sum of response bodies (number of JS files in brackets).');

await mkdir(join(root, 'bench/results'), { recursive: true });
const date = new Date().toISOString().slice(0, 10);
await writeFile(
  join(root, 'bench/results/load.json'),
  `${JSON.stringify({ date, floor, rows: rows.map((row) => ({ ...row, pass: kB(row.loader.bytes) <= row.target })) }, null, 2)}\n`,
);
await writeFile(
  join(root, 'bench/results/load.md'),
  `# Load benchmark (${date})\n\n\`npm run bench:load\`: JavaScript transferred (gzip) before the element is defined and rendered (the files that had arrived by its first render), on a page with only that element, in Chromium; the session row adds what a player page fetches after Start until the network is quiet for ${QUIET_MS} ms.\n\n${table.replaceAll('<', '&lt;')}\n\nFiles through the loader (gzip kB):\n\n${rows.map((row) => `- ${row.page.replaceAll('<', '&lt;')}: ${row.loader.list.join(', ')}`).join('\n')}\n`,
);
process.exit(rows.every((row) => kB(row.loader.bytes) <= row.target) ? 0 : 1);
