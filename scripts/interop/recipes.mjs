// The docs site's framework recipes (docs/site/recipes/*.md), checked as a consumer meets them.
// Each recipe page names its packages in an `npm install …` line of a shell block and gives every
// file of its project in a fenced block whose info string names the file (```tsx file=app/page.tsx).
// Those blocks are written, as they are, into a fresh project in the temporary folder beside the
// packed package and the recipe's packages from the registry; the project is built with the
// framework's own build, served on 127.0.0.1 (the CDN recipe from a server laid out as the CDN),
// and driven in headless Chromium:
//
// - every element of ours in the page renders (a player shows its Start button, a card its name)
//   and a player starts on a click;
// - no console error, no hydration warning, no request off the page's own servers;
// - for the server-rendered recipes (Next.js, Nuxt, Astro), the server's HTML already holds the
//   tags, and after hydration and a Start click every element has exactly the attributes the
//   server sent (React and Vue report attribute mismatches only in development builds).
//
// The page decides the framework by the packages it installs; this file holds only the versions
// (those that run on Node 20: Astro 6 and later need Node 22) and how each framework builds and
// serves. Recipes of one kind of build share one install (Vite + React and Svelte).
import { execFile, spawn } from 'node:child_process';
import { mkdir, readFile, readdir, writeFile } from 'node:fs/promises';
import { dirname, extname, join, normalize, sep } from 'node:path';
import { promisify } from 'node:util';
import { fileURLToPath } from 'node:url';
import { listen, serveLikeCdn } from './cdn.mjs';

const root = fileURLToPath(new URL('../..', import.meta.url));
const RECIPES = join(root, 'docs/site/recipes');
const execFileAsync = promisify(execFile);

/** The registry versions installed for the packages a recipe names. */
const VERSIONS = {
  next: '^16.0.0',
  react: '^19.0.0',
  'react-dom': '^19.0.0',
  typescript: '~5.9',
  '@types/react': '^19.0.0',
  '@types/node': '^20.0.0',
  nuxt: '^4.0.0',
  vue: '^3.5.0',
  astro: '^5.0.0',
  vite: '^8.0.0',
  '@vitejs/plugin-react': '^6.0.0',
  '@sveltejs/vite-plugin-svelte': '^7.0.0',
  svelte: '^5.0.0',
};

/** The CDN the plain-HTML recipe names, and the package path under it. */
const CDN = 'https://cdn.jsdelivr.net';

/**
 * How each kind of recipe is recognised (by a package it installs), built and served, the slowest
 * install first (the checks run in the reverse order). `install`
 * groups the kinds that share one project folder (each recipe then builds in a subfolder).
 * `serverHtml`: the page's HTML comes from the framework's server or static build, not from script.
 */
const KINDS = [
  { kind: 'nuxt', when: 'nuxt', install: 'nuxt', build: ['nuxt', 'build'], start: 'nuxt', serverHtml: true },
  { kind: 'nextjs', when: 'next', install: 'next', build: ['next', 'build'], start: 'next', serverHtml: true },
  { kind: 'astro', when: 'astro', install: 'astro', build: ['astro', 'build'], static: 'dist', serverHtml: true },
  { kind: 'svelte', when: '@sveltejs/vite-plugin-svelte', install: 'vite', build: ['vite', 'build'], static: 'dist' },
  { kind: 'vite-react', when: '@vitejs/plugin-react', install: 'vite', build: ['vite', 'build'], static: 'dist' },
  { kind: 'cdn', when: null, install: null, cdn: true },
];

/** Whether `recipe` is of `kind`: it installs the kind's package; the CDN recipe installs nothing of a framework. */
const isOfKind = (recipe, kind) =>
  kind.when ? recipe.packages.includes(kind.when) : recipe.packages.every((name) => name === 'back-exercise-elements') && Object.values(recipe.files).some((text) => text.includes(CDN));

/** Telemetry off, no prompts: a build here talks to nothing. */
const QUIET_ENV = { ...process.env, NEXT_TELEMETRY_DISABLED: '1', NUXT_TELEMETRY_DISABLED: '1', ASTRO_TELEMETRY_DISABLED: '1', CI: '1' };

const OUR_TAGS = ['back-exercise', 'hold-timer', 'routine-player', 'routine-builder'];

/** A recipe page: its title, the packages its install lines name, and its files. */
export function parseRecipe(markdown) {
  const title = /^# (.+)$/m.exec(markdown)?.[1].trim() ?? '';
  const files = {};
  const packages = new Set();
  for (const [, info, body] of markdown.matchAll(/^```([^\n]*)\n([\s\S]*?)^```[ \t]*$/gm)) {
    const file = /(?:^|\s)file=(\S+)/.exec(info)?.[1];
    if (file) files[file] = body;
    else if (/^(sh|bash|shell|console)\b/.test(info.trim())) {
      for (const line of body.split('\n')) {
        const words = line.replace(/#.*/, '').trim().split(/\s+/);
        if (words[0] !== 'npm' || !['install', 'i', 'add'].includes(words[1])) continue;
        for (const word of words.slice(2)) if (!word.startsWith('-')) packages.add(word.replace(/(.)@[^/]*$/, '$1'));
      }
    }
  }
  return { title, files, packages: [...packages] };
}

/** Runs a command without blocking; resolves with its output or rejects with it. */
async function runAsync(command, args, cwd, env = QUIET_ENV) {
  try {
    return await execFileAsync(command, args, { cwd, env, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
  } catch (error) {
    throw new Error(`${command} ${args.join(' ')}: ${String(error.stderr || '').trim()}\n${String(error.stdout || '').trim()}`.slice(-1500));
  }
}

async function writeFiles(folder, files) {
  for (const [file, text] of Object.entries(files)) {
    const path = normalize(join(folder, file));
    if (!path.startsWith(folder + sep)) throw new Error(`${file} is outside the project`);
    await mkdir(dirname(path), { recursive: true });
    await writeFile(path, text);
  }
}

const TYPES = { '.html': 'text/html', '.js': 'text/javascript', '.css': 'text/css', '.json': 'application/json', '.svg': 'image/svg+xml', '.png': 'image/png' };

/** Serves a built static folder as a static host does: `/` and `/x/` are their index.html. */
function serveFolder(folder, rewrite = (body) => body) {
  return listen(async (request, response) => {
    const path = decodeURIComponent(new URL(request.url, 'http://localhost').pathname);
    const file = normalize(join(folder, path.endsWith('/') ? `${path}index.html` : path));
    try {
      if (!file.startsWith(folder + sep)) throw new Error('outside');
      const body = await readFile(file);
      response.writeHead(200, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream' });
      response.end(extname(file) === '.html' ? rewrite(body.toString('utf8')) : body);
    } catch {
      response.writeHead(404);
      response.end();
    }
  });
}

/** A free port on 127.0.0.1, for a framework's own server. */
async function freePort() {
  const probe = await listen(() => {});
  const port = Number(new URL(probe.origin).port);
  await probe.stop();
  return port;
}

/** Starts a framework's production server and waits until it answers `/`. */
async function startServer(command, args, cwd, env) {
  const child = spawn(command, args, { cwd, env, stdio: ['ignore', 'pipe', 'pipe'] });
  let output = '';
  child.stdout.on('data', (chunk) => (output += chunk));
  child.stderr.on('data', (chunk) => (output += chunk));
  const exited = new Promise((resolve) => child.on('exit', resolve));
  const origin = `http://127.0.0.1:${env.PORT}`;
  const stop = async () => {
    if (child.exitCode === null) child.kill('SIGTERM');
    await exited;
  };
  const deadline = Date.now() + 30_000;
  while (Date.now() < deadline && child.exitCode === null) {
    try {
      await fetch(`${origin}/`);
      return { origin, stop };
    } catch {
      await new Promise((resolve) => setTimeout(resolve, 200));
    }
  }
  await stop();
  throw new Error(`the server did not answer: ${output.slice(-800)}`);
}

/** Our elements, in document order, with their attributes: in `markup`, or in the page when it is null. Runs in the page. */
const elementsIn = (markup, tags) =>
  [...(markup === null ? document : new DOMParser().parseFromString(markup, 'text/html')).querySelectorAll(tags.join(','))].map((element) => ({
    tag: element.localName,
    attributes: [...element.attributes].map((attribute) => `${attribute.name}=${JSON.stringify(attribute.value)}`).sort(),
  }));

/** How many elements of ours the page has, and those not yet defined or rendered (what a reader sees first). Runs in the page. */
function renderedState(tags) {
  const missing = [];
  const found = [...document.querySelectorAll(tags.join(','))];
  for (const element of found) {
    const shadow = element.shadowRoot;
    const ready =
      element.localName === 'routine-player'
        ? !!shadow?.querySelector('button[part~="start"]')
        : element.localName === 'back-exercise'
          ? !!shadow?.querySelector('[part="name"]')?.textContent.trim()
          : element.localName === 'hold-timer'
            ? !!shadow?.querySelector('[part~="time"]')
            : !!shadow?.children.length;
    if (!customElements.get(element.localName) || !ready) missing.push(element.localName);
  }
  return { count: found.length, missing, ready: found.length > 0 && missing.length === 0 };
}

/**
 * Begins the recipes' installs at once (they run while the other interop checks do); returns what
 * checkRecipes needs. `record(name, ok, detail)` reports a check.
 */
export async function prepareRecipes({ tarball, work, record }) {
  const names = (await readdir(RECIPES).catch(() => [])).filter((name) => name.endsWith('.md')).sort();
  const recipes = [];
  for (const name of names) {
    const recipe = { slug: name.replace(/\.md$/, ''), ...parseRecipe(await readFile(join(RECIPES, name), 'utf8')) };
    const kind = KINDS.find((candidate) => isOfKind(recipe, candidate));
    if (!kind || Object.keys(recipe.files).length === 0) {
      record(`recipe ${recipe.slug}: a known framework and its files`, false, `installs ${recipe.packages.join(' ') || 'nothing'}, files ${Object.keys(recipe.files).join(' ') || 'none'}`);
      continue;
    }
    recipes.push({ ...recipe, ...kind });
  }
  // Quickest installs first, so that the slower ones go on while these build.
  const rank = (recipe) => KINDS.findIndex(({ kind }) => kind === recipe.kind);
  recipes.sort((a, b) => rank(b) - rank(a));
  const covered = new Set(recipes.map((recipe) => recipe.kind));
  const absent = KINDS.map(({ kind }) => kind).filter((kind) => !covered.has(kind));
  record('recipes: a page for plain HTML from a CDN, Vite + React, Next.js, Nuxt, Svelte and Astro', absent.length === 0, absent.length ? `none for ${absent.join(', ')}` : '');

  // One install per group, all started now; npm runs them side by side.
  const installs = new Map();
  for (const group of new Set(recipes.map((recipe) => recipe.install).filter(Boolean))) {
    const members = recipes.filter((recipe) => recipe.install === group);
    const folder = join(work, `recipes-${group}`);
    const dependencies = { 'back-exercise-elements': `file:${tarball}` };
    const unknown = [];
    for (const name of members.flatMap((recipe) => recipe.packages)) {
      if (name === 'back-exercise-elements') continue;
      if (VERSIONS[name]) dependencies[name] = VERSIONS[name];
      else unknown.push(name);
    }
    const started = (async () => {
      if (unknown.length > 0) throw new Error(`no version set in scripts/interop/recipes.mjs for ${unknown.join(', ')}`);
      await mkdir(folder, { recursive: true });
      await writeFile(join(folder, 'package.json'), JSON.stringify({ name: `recipes-${group}`, private: true, type: 'module', dependencies }));
      await runAsync('npm', ['install', '--no-audit', '--no-fund', '--ignore-scripts', '--loglevel=error'], folder);
      return folder;
    })();
    started.catch(() => {}); // awaited, and reported, in checkRecipes
    installs.set(group, started);
  }
  return { recipes, installs, tarball, work, record };
}

/** Builds, serves and checks each recipe in `browser`. */
export async function checkRecipes({ recipes, installs, tarball, work, record }, { browser }) {
  for (const recipe of recipes) {
    const label = `recipe ${recipe.slug}`;
    const started = Date.now();
    let server;
    try {
      if (recipe.cdn) {
        server = await serveCdnRecipe(recipe, { tarball, work, record, label });
        if (!server) continue;
      } else {
        const folder = await installs.get(recipe.install);
        const shared = recipes.filter((other) => other.install === recipe.install).length > 1;
        const project = shared ? join(folder, recipe.slug) : folder;
        await mkdir(project, { recursive: true });
        await writeFiles(project, recipe.files);
        const [bin, ...args] = recipe.build;
        await runAsync(join(folder, 'node_modules/.bin', bin), args, project);
        if (recipe.static) server = await serveFolder(join(project, recipe.static));
        else {
          const env = { ...QUIET_ENV, PORT: String(await freePort()), HOST: '127.0.0.1', HOSTNAME: '127.0.0.1', NODE_ENV: 'production' };
          server =
            recipe.start === 'next'
              ? await startServer(join(folder, 'node_modules/.bin/next'), ['start', '-H', '127.0.0.1', '-p', env.PORT], project, env)
              : await startServer(process.execPath, ['.output/server/index.mjs'], project, env);
        }
      }
      record(`${label}: builds and serves with ${recipe.build?.join(' ') ?? 'no build step'}`, true);
    } catch (error) {
      record(`${label}: builds and serves with ${recipe.build?.join(' ') ?? 'no build step'}`, false, (error.message ?? String(error)).slice(-1500));
      await server?.stop();
      continue;
    }
    try {
      await checkPage(browser, recipe, server, label, record);
    } finally {
      await server.stop();
    }
    console.log(`     (${label}: ${((Date.now() - started) / 1000).toFixed(1)} s to build and check)`);
  }
}

/** Serves the CDN recipe's page, its CDN URLs pointed at a local server laid out as the CDN. */
async function serveCdnRecipe(recipe, { work, tarball, record, label }) {
  const unpacked = join(work, 'recipes-cdn');
  await mkdir(unpacked, { recursive: true });
  await runAsync('tar', ['-xzf', tarball, '-C', unpacked], unpacked);
  const folder = join(unpacked, 'package');
  const packageJson = JSON.parse(await readFile(join(folder, 'package.json'), 'utf8'));
  const own = `${CDN}/npm/${packageJson.name}@${packageJson.version}/`;
  const html = Object.entries(recipe.files).filter(([file]) => file.endsWith('.html'));
  const named = html.length > 0 && html.every(([, text]) => text.includes(own));
  record(`${label}: its URLs name the package's version, ${own}`, named, html.map(([file]) => file).join(' '));
  if (!named) return undefined;
  const cdn = await serveLikeCdn(folder, packageJson, { redirectBare: false });
  const site = join(work, 'recipes-cdn-site');
  await mkdir(site, { recursive: true });
  await writeFiles(site, recipe.files);
  const page = await serveFolder(site, (body) => body.replaceAll(CDN, cdn.origin));
  return { origin: page.origin, also: [cdn.origin], stop: () => Promise.all([page.stop(), cdn.stop()]) };
}

/** Drives one served recipe in Chromium and records its checks. */
async function checkPage(browser, recipe, server, label, record) {
  const tab = await browser.newPage();
  const errors = [];
  const hydration = [];
  const requests = [];
  tab.on('request', (request) => requests.push(request.url()));
  tab.on('pageerror', (error) => errors.push(error.message));
  tab.on('console', (message) => {
    const text = message.text();
    if (/hydrat/i.test(text)) hydration.push(text);
    // A browser asks for /favicon.ico on its own; a recipe's page need not have one.
    if (message.type() === 'error' && !message.location()?.url?.endsWith('/favicon.ico')) errors.push(text);
  });
  try {
    const url = `${server.origin}/`;
    let sent = [];
    if (recipe.serverHtml) {
      const html = await (await fetch(url)).text();
      await tab.goto('about:blank');
      sent = await tab.evaluate(elementsIn, html, OUR_TAGS);
      record(`${label}: the server's HTML already holds <routine-player>`, sent.some((element) => element.tag === 'routine-player'), html.slice(0, 300));
    }
    await tab.goto(url);
    // Waits for all (the check says which is missing).
    await tab.waitForFunction(`(${renderedState})(${JSON.stringify(OUR_TAGS)}).ready`, { timeout: 20_000 }).catch(() => {});
    const state = await tab.evaluate(renderedState, OUR_TAGS);
    record(`${label}: each element renders (a player its Start button, a card its name)`, state.ready, JSON.stringify(state));

    const start = await tab.evaluateHandle(() => document.querySelector('routine-player')?.shadowRoot?.querySelector('button[part~="start"]'));
    if (start.asElement()) {
      await start.asElement().click();
      const playing = await tab.waitForFunction(() => document.querySelector('routine-player').state === 'playing', { timeout: 10_000 }).then(() => true, () => false);
      record(`${label}: the player starts on a click`, playing, await tab.evaluate(() => document.querySelector('routine-player').state));
    }
    if (recipe.serverHtml) {
      const live = await tab.evaluate(elementsIn, null, OUR_TAGS);
      record(
        `${label}: after hydration and a Start click, every element has exactly the attributes the server sent`,
        JSON.stringify(live) === JSON.stringify(sent),
        `server ${JSON.stringify(sent)} page ${JSON.stringify(live)}`,
      );
    }
    await tab.waitForNetworkIdle({ idleTime: 300, timeout: 10_000 }).catch(() => {});
    const allowed = [server.origin, ...(server.also ?? [])];
    const outside = requests.filter((request) => !request.startsWith('data:') && !allowed.includes(new URL(request).origin));
    record(`${label}: no request off ${allowed.join(' and ')}`, outside.length === 0, outside.join(' '));
    record(`${label}: no hydration warning`, hydration.length === 0, hydration.join(' | ').slice(0, 400));
    record(`${label}: no errors in the page`, errors.length === 0, errors.join(' | ').slice(0, 400));
  } catch (error) {
    record(`${label}: page ran`, false, `${error.message} ${errors.join(' | ')}`.slice(0, 400));
  } finally {
    await tab.close();
  }
}
