// The README's CDN snippet, against a local server that answers as the npm CDNs do: the bare
// package URL (`/npm/<name>@<version>`) with the bundle itself and no redirect (jsDelivr), or with
// a redirect to the file (unpkg), and the package's files under `/npm/<name>@<version>/…`. A page
// in Spanish shows a catalog card (its drawing and its language are chunks), and every request
// the page makes is recorded: none may leave the package's own path. Relative to the bare URL,
// `./chunks/…` is `/npm/chunks/…`, another package's files.
import { execFileSync } from 'node:child_process';
import { mkdir, readFile } from 'node:fs/promises';
import { createServer } from 'node:http';
import { extname, join, normalize, sep } from 'node:path';

const TYPES = { '.js': 'text/javascript', '.css': 'text/css', '.json': 'application/json' };

/** Serves `respond` on a free local port. */
export async function listen(respond) {
  const server = createServer(respond);
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  // Kept-alive connections from the browser would hold close() open.
  const stop = () =>
    new Promise((resolve) => {
      server.close(resolve);
      server.closeAllConnections();
    });
  return { origin: `http://127.0.0.1:${server.address().port}`, stop };
}

/** Serves the unpacked package under `/npm/<name>@<version>`, and its bare path as jsDelivr or unpkg does. */
export function serveLikeCdn(folder, packageJson, { redirectBare }) {
  const bare = `/npm/${packageJson.name}@${packageJson.version}`;
  // jsDelivr's choice of default file: the `jsdelivr` field, else `main`.
  const defaultFile = normalize(packageJson.jsdelivr ?? packageJson.main).replace(/^(\.\/)+/, '');
  return listen(async (request, response) => {
    const { pathname } = new URL(request.url, 'http://localhost');
    // A page on another origin loads the modules, as from a real CDN.
    const cors = { 'access-control-allow-origin': '*' };
    try {
      if (pathname === bare && redirectBare) {
        response.writeHead(302, { location: `${bare}/${defaultFile}`, ...cors });
        response.end();
        return;
      }
      let file;
      if (pathname === bare) file = join(folder, defaultFile);
      else if (pathname.startsWith(`${bare}/`)) file = join(folder, normalize(decodeURIComponent(pathname.slice(bare.length + 1))));
      if (!file || !file.startsWith(folder + sep)) throw new Error('not in the package');
      const body = await readFile(file);
      response.writeHead(200, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream', ...cors });
      response.end(body);
    } catch {
      response.writeHead(404, cors);
      response.end();
    }
  });
}

/** A page as a blogger writes it from the README: the stylesheet, the script, a card; in Spanish. */
const pageFor = (stylesheet, script) => `<!doctype html><html lang="es"><head><meta charset="utf-8"><link rel="icon" href="data:,">
<link rel="stylesheet" href="${stylesheet}">
<script type="module" src="${script}"></script>
</head><body><back-exercise exercise="knee-to-chest" no-timer></back-exercise></body></html>`;

/** What the card shows: its language, whether its drawing is there, its name. */
const cardState = () => {
  const base = document.querySelector('back-exercise')?.shadowRoot?.querySelector('[part="base"]');
  return { lang: base?.getAttribute('lang'), drawing: !!base?.querySelector('svg.back-exercise-drawing'), name: base?.querySelector('[part="name"]')?.textContent.trim() };
};

/**
 * Runs the CDN cases in `browser` on the packed `tarball` (unpacked into `work`); reports each check to `record(name, ok, detail)`.
 */
export async function checkCdnSnippets({ browser, tarball, work, record }) {
  const unpacked = join(work, 'cdn');
  await mkdir(unpacked, { recursive: true });
  execFileSync('tar', ['-xzf', tarball, '-C', unpacked]);
  const folder = join(unpacked, 'package');
  const packageJson = JSON.parse(await readFile(join(folder, 'package.json'), 'utf8'));
  const bundleFile = 'dist/back-exercise-elements.bundle.js';

  // `oneCopy`: the drawings chunk imports the bundle back by its file URL, which is the very module
  // the page loaded only when the page names that URL; after a redirect, or with a query, the
  // browser fetches and runs a second copy (inside the package, so only the request check applies).
  const cases = [
    { name: 'bare URL answered with the bundle, no redirect (jsDelivr)', script: (bare) => bare, redirectBare: false, loads: false },
    { name: 'bare URL redirected to the file (unpkg)', script: (bare) => bare, redirectBare: true, loads: true },
    { name: 'full file URL (the README)', script: (bare) => `${bare}/${bundleFile}`, redirectBare: false, loads: true, oneCopy: true },
    { name: 'full file URL with a query (as WordPress adds ?ver=)', script: (bare) => `${bare}/${bundleFile}?ver=${packageJson.version}`, redirectBare: false, loads: true },
  ];
  const bare = `/npm/${packageJson.name}@${packageJson.version}`;
  for (const cdnCase of cases) {
    const cdn = await serveLikeCdn(folder, packageJson, cdnCase);
    const own = `${cdn.origin}${bare}`;
    const page = pageFor(`${own}/dist/elements.css`, `${cdn.origin}${cdnCase.script(bare)}`);
    const site = await listen((request, response) => {
      response.writeHead(request.url === '/page.html' ? 200 : 404, { 'content-type': 'text/html' });
      response.end(request.url === '/page.html' ? page : '');
    });
    const pageUrl = `${site.origin}/page.html`;
    const tab = await browser.newPage();
    const requests = [];
    const errors = [];
    tab.on('request', (request) => requests.push(request.url()));
    tab.on('pageerror', (error) => errors.push(error.message));
    tab.on('console', (message) => message.type() === 'error' && errors.push(message.text()));
    const label = `cdn, ${cdnCase.name}`;
    try {
      await tab.goto(pageUrl);
      await tab.waitForFunction(() => customElements.get('back-exercise'), { timeout: 20_000 });
      if (cdnCase.loads) {
        // Waits for both (the check below says which is missing).
        await tab.waitForFunction(`(${cardState})().drawing && (${cardState})().lang === 'es'`, { timeout: 20_000 }).catch(() => {});
      }
      await tab.waitForNetworkIdle({ idleTime: 300, timeout: 20_000 });
      const shown = await tab.evaluate(cardState);
      const outside = requests.filter((url) => url !== pageUrl && !url.startsWith('data:') && url !== own && !url.startsWith(`${own}/`));
      record(`${label}: no request leaves ${bare}/`, outside.length === 0, outside.join(' '));
      record(`${label}: the card is defined and shows its name`, !!shown.name, JSON.stringify(shown));
      if (cdnCase.loads) {
        record(`${label}: the drawing and the page's language load`, shown.drawing && shown.lang === 'es', JSON.stringify(shown));
        record(`${label}: no errors in the page`, errors.length === 0, errors.join(' | ').slice(0, 400));
        if (cdnCase.oneCopy) {
          const bundles = requests.filter((url) => new URL(url).pathname.endsWith(bundleFile));
          record(`${label}: the chunks share the page's one copy of the bundle`, bundles.length === 1, bundles.join(' '));
        }
      } else {
        const fileUrl = `${own}/${bundleFile}`;
        record(`${label}: no drawing or language is loaded from there`, !shown.drawing && shown.lang !== 'es', JSON.stringify(shown));
        record(
          `${label}: one console.error names the file's URL`,
          errors.length === 1 && errors[0].includes(fileUrl),
          errors.join(' | ').slice(0, 400),
        );
      }
    } catch (error) {
      record(`${label}: page ran`, false, `${error.message} ${errors.join(' | ')}`.slice(0, 400));
    } finally {
      await tab.close();
      await Promise.all([cdn.stop(), site.stop()]);
    }
  }
}
