// The loader (dist/elements/loader.js) and the per-element files beside it, as a page uses them
// with no bundler, from the packed package: from a static server (the page's own site) and from a
// local server that answers as the npm CDNs do (cdn.mjs), the page on another origin. Checks that a
// page with only a <hold-timer> requests nothing but the loader, the timer's file and the chunks
// it imports; that a card added later inside an open shadow root is defined, with its drawing and
// the page's language; that no request leaves the package's path; and that the per-element files
// share one copy of each element.
import { execFileSync } from 'node:child_process';
import { mkdir, readFile } from 'node:fs/promises';
import { extname, join, normalize, sep } from 'node:path';
import { listen, serveLikeCdn } from './cdn.mjs';

const TYPES = { '.js': 'text/javascript', '.css': 'text/css', '.json': 'application/json' };
const head = (script, lang = 'es') => `<!doctype html><html lang="${lang}"><head><meta charset="utf-8"><link rel="icon" href="data:,">${script}</head>`;

/** The files `file` (under dist/elements) imports statically (and the timer's session part), itself included, as paths from dist/elements. */
async function staticClosure(elements, file, found = new Set()) {
  if (found.has(file)) return found;
  found.add(file);
  const code = await readFile(join(elements, file), 'utf8');
  // The timer's session part (timer-run), which it loads itself after its first render, is one of its files too.
  for (const [, spec] of [...code.matchAll(/(?:import|from)\s*"(\.[^"]+)"|import\("(\.[^"]*\/timer-run-[^"]+)"\)/g)].map(([all, a, b]) => [all, a ?? b])) {
    await staticClosure(elements, normalize(join(file, '..', spec)), found);
  }
  return found;
}

/** The page's checks, run in the browser after the page's own script set window.ready. */
const PAGES = {
  timerOnly: `${head('<script type="module" src="LOADER"></script>', 'en')}<body><hold-timer hold="30"></hold-timer></body></html>`,
  laterInShadow: `${head('<script type="module" src="LOADER"></script>')}<body><script type="module">
const host = document.createElement('div');
document.body.append(host);
const root = host.attachShadow({ mode: 'open' });
setTimeout(() => { root.innerHTML = '<back-exercise exercise="knee-to-chest" no-timer></back-exercise>'; }, 300);
</script></body></html>`,
  player: `${head('<script type="module" src="LOADER"></script>')}<body><routine-player routine="lower-back"></routine-player></body></html>`,
  playerWithCards: `${head('<script type="module" src="LOADER"></script>')}<body><routine-player cues="none"><back-exercise exercise="knee-to-chest"></back-exercise><back-exercise exercise="half-crunch"></back-exercise></routine-player></body></html>`,
  noBundler: `${head('')}<body><routine-player routine="lower-back"></routine-player><script type="module">
const player = await import('ELEMENTS/routine-player.js');
const timer = await import('ELEMENTS/hold-timer.js');
const card = await import('ELEMENTS/back-exercise.js');
window.shared = customElements.get('routine-player') === player.RoutinePlayer && customElements.get('hold-timer') === timer.HoldTimer && customElements.get('back-exercise') === card.BackExercise;
</script></body></html>`,
};

/** Runs the loader's cases in `browser` on the packed `tarball` (unpacked into `work`); reports each check to `record`. */
export async function checkLoader({ browser, tarball, work, record }) {
  const unpacked = join(work, 'loader');
  await mkdir(unpacked, { recursive: true });
  execFileSync('tar', ['-xzf', tarball, '-C', unpacked]);
  const folder = join(unpacked, 'package');
  const elements = join(folder, 'dist/elements');
  const packageJson = JSON.parse(await readFile(join(folder, 'package.json'), 'utf8'));
  const timerFiles = await staticClosure(elements, 'hold-timer.js');
  const bare = `/npm/${packageJson.name}@${packageJson.version}`;

  /** Serves `html` at /page.html and the package's files at the site's root. */
  const staticSite = (html) =>
    listen(async (request, response) => {
      const { pathname } = new URL(request.url, 'http://localhost');
      try {
        if (pathname === '/page.html') {
          response.writeHead(200, { 'content-type': 'text/html' });
          response.end(html);
          return;
        }
        const file = join(folder, normalize(decodeURIComponent(pathname)));
        if (!file.startsWith(folder + sep)) throw new Error('not in the package');
        const body = await readFile(file);
        response.writeHead(200, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream' });
        response.end(body);
      } catch {
        response.writeHead(404);
        response.end();
      }
    });

  /** Opens `html` (from the static site, or a site whose scripts come from the CDN), waits for `ready`, runs `check`. */
  async function open(label, html, { cdn = false, ready, check }) {
    const servers = [];
    let base;
    if (cdn) {
      const server = await serveLikeCdn(folder, packageJson, { redirectBare: false });
      servers.push(server);
      base = `${server.origin}${bare}`;
    }
    const site = await (cdn
      ? listen((request, response) => {
          response.writeHead(request.url === '/page.html' ? 200 : 404, { 'content-type': 'text/html' });
          response.end(request.url === '/page.html' ? fill(html, base) : '');
        })
      : null);
    const staticServer = cdn ? null : await staticSite(fill(html, ''));
    servers.push(site ?? staticServer);
    const pageUrl = `${(site ?? staticServer).origin}/page.html`;
    const tab = await browser.newPage();
    const requests = [];
    const errors = [];
    tab.on('request', (request) => requests.push(request.url()));
    tab.on('pageerror', (error) => errors.push(error.message));
    tab.on('console', (message) => message.type() === 'error' && errors.push(message.text()));
    try {
      await tab.goto(pageUrl);
      await tab.waitForFunction(ready, { timeout: 20_000 });
      await tab.waitForNetworkIdle({ idleTime: 300, timeout: 20_000 });
      await check(tab, requests, base ?? (site ?? staticServer).origin);
      record(`${label}: no errors in the page`, errors.length === 0, errors.join(' | ').slice(0, 400));
    } catch (error) {
      record(`${label}: page ran`, false, `${error.message} ${errors.join(' | ')}`.slice(0, 400));
    } finally {
      await tab.close();
      await Promise.all(servers.map((server) => server.stop()));
    }
  }
  const fill = (html, base) => html.replaceAll('LOADER', `${base}/dist/elements/loader.js`).replaceAll('ELEMENTS', `${base}/dist/elements`);
  const shown = (tag) => `(() => { const el = document.querySelector('${tag}'); return !!el?.shadowRoot?.querySelector('[part~="base"], [part~="start"], button'); })()`;

  await open('loader, static server, a page with only <hold-timer>', PAGES.timerOnly, {
    ready: shown('hold-timer'),
    check: async (tab, requests, base) => {
      const js = requests.filter((url) => url.endsWith('.js')).map((url) => url.slice(`${base}/dist/elements/`.length));
      const extra = js.filter((file) => file !== 'loader.js' && !timerFiles.has(file));
      record('loader, static server: a timer-only page requests only the loader, the timer and its chunks (no card, player, builder or drawings)', extra.length === 0 && js.includes('hold-timer.js'), `extra: ${extra.join(' ')}; requested: ${js.join(' ')}`);
      const defined = await tab.evaluate(() => ['back-exercise', 'routine-player', 'routine-builder'].filter((tag) => customElements.get(tag)));
      record('loader, static server: only <hold-timer> is defined', defined.length === 0, defined.join(' '));
    },
  });

  const cardInShadow = `(() => { const base = document.querySelector('div')?.shadowRoot?.querySelector('back-exercise')?.shadowRoot?.querySelector('[part="base"]'); return base?.getAttribute('lang') === 'es' && !!base.querySelector('svg.back-exercise-drawing'); })()`;
  for (const cdn of [false, true]) {
    const where = cdn ? 'CDN file URL, page on another origin' : 'static server';
    await open(`loader, ${where}, a card added later inside an open shadow root`, PAGES.laterInShadow, {
      cdn,
      ready: cardInShadow,
      check: async (tab, requests, base) => {
        record(`loader, ${where}: the card in the shadow root is defined, with its drawing and the page's language`, await tab.evaluate(cardInShadow));
        const outside = requests.filter((url) => !url.endsWith('/page.html') && !url.startsWith('data:') && !url.startsWith(`${base}/`));
        record(`loader, ${where}: no request leaves ${cdn ? bare : 'the site'}/`, outside.length === 0, outside.join(' '));
      },
    });
  }

  await open('loader, CDN file URL, a player page', PAGES.player, {
    cdn: true,
    ready: shown('routine-player'),
    check: async (tab) => {
      // A player of a built-in routine, with no child cards, uses neither the card nor the timer (its ring is its own).
      const defined = await tab.evaluate(() => ['hold-timer', 'back-exercise', 'routine-player'].filter((tag) => customElements.get(tag)));
      record('loader, CDN file URL: a player without child cards is defined, and not the card or the timer it does not use', defined.join(' ') === 'routine-player', defined.join(' '));
    },
  });

  await open('loader, CDN file URL, a player page with child cards', PAGES.playerWithCards, {
    cdn: true,
    ready: `(${shown('routine-player')}) && !!customElements.get('back-exercise')`,
    check: async (tab) => {
      const defined = await tab.evaluate(() => ['hold-timer', 'back-exercise', 'routine-player'].every((tag) => customElements.get(tag)));
      record('loader, CDN file URL: a player with child cards is defined with the card and timer it uses', defined);
    },
  });

  await open('per-element files, no bundler, CDN file URLs', PAGES.noBundler, {
    cdn: true,
    ready: 'window.shared !== undefined',
    check: async (tab) => {
      record('per-element files: each file exports the class registered for its tag (one shared copy)', await tab.evaluate(() => window.shared));
    },
  });
}
