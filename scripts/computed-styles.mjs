// Dumps the computed style of every element in <routine-player>'s shadow root (and of the
// host, and of each ::before, ::after and ::marker that exists) in every state the player
// has, so that a change to its styles that should change nothing can be shown to change
// nothing:
//
//   node scripts/computed-styles.mjs before.json      (on the commit before the change)
//   node scripts/computed-styles.mjs after.json       (after it)
//   node scripts/computed-styles.mjs --compare before.json after.json
//
// --only REGEX takes only the configurations (phone, phone-dark, wide-1280, …) whose name
// matches. --minified minifies the styles first, with the plugin and options the single-file
// bundle is built with (rollup.config.mjs): what a page loading the bundle gets, where the
// modules in dist/ keep the styles as written.
//
// The states: the start list (also with a clinic's note from a link, and an invalid routine's
// error), getting ready, a hold, the steps open, switching sides, paused, rest, rest between
// sets, waiting for Done, the rating panel (with a pain that asks to stop), the pain-stop view,
// the summary, and focus mode both through the Fullscreen API (a real click) and as the fixed
// layout that stands in for it where full screen is not allowed. Each in light and dark, forced
// colours, print media, compact, and at 320, 360, 390 and 1280 px wide (and a phone on its
// side). Time comes from the test suite's fake clock (scripts/screenshots/stage.html), so every
// dump is an exact moment.
import puppeteer from 'puppeteer-core';
import { readFile, writeFile } from 'node:fs/promises';
import { fromRollup } from '@web/dev-server-rollup';
import { bundlePlugins } from '../rollup.config.mjs';
import { BROWSER_ARGS, findBrowser } from './browser.mjs';
import { serveRepository } from './serve.mjs';

const PHONE = { width: 390, height: 844, deviceScaleFactor: 1, isMobile: true, hasTouch: true };
/** Where each scenario runs: viewport, media, and attributes given to every player. */
const CONFIGS = [
  { name: 'phone', viewport: PHONE, scenarios: 'all' },
  { name: 'phone-dark', viewport: PHONE, media: [{ name: 'prefers-color-scheme', value: 'dark' }], scenarios: 'all' },
  { name: 'phone-forced-colors', viewport: PHONE, media: [{ name: 'forced-colors', value: 'active' }], scenarios: ['session', 'rating', 'error'] },
  { name: 'phone-print', viewport: PHONE, mediaType: 'print', scenarios: ['session', 'rating', 'link'] },
  { name: 'narrow-360', viewport: { width: 360, height: 740, isMobile: true, hasTouch: true }, scenarios: ['session', 'rating', 'done'] },
  { name: 'small-320x568', viewport: { width: 320, height: 568, isMobile: true, hasTouch: true }, scenarios: ['session'] },
  { name: 'landscape-844x390', viewport: { width: 844, height: 390, isMobile: true, hasTouch: true }, scenarios: ['session', 'fullscreen'] },
  { name: 'wide-1280', viewport: { width: 1280, height: 800 }, scenarios: ['session', 'rating', 'done', 'fullscreen', 'link'] },
  { name: 'wide-1280-compact', viewport: { width: 1280, height: 800 }, attributes: 'compact', scenarios: ['session', 'rating'] },
  { name: 'phone-compact-dark', viewport: PHONE, attributes: 'compact', media: [{ name: 'prefers-color-scheme', value: 'dark' }], scenarios: ['session'] },
];


let browser;
let stageUrl;
const states = {};

/** Takes every state in every configuration and writes the dump to `outFile`. */
async function dumpAll(outFile, { minified = false, only = null } = {}) {
  const server = await serveRepository({ plugins: minified ? [minifiedTemplates()] : [] });
  stageUrl = `${server.origin}/scripts/screenshots/stage.html`;
  browser = await puppeteer.launch({ executablePath: findBrowser(), headless: true, args: BROWSER_ARGS });

  try {
    for (const config of CONFIGS) {
      if (only && !only.test(config.name)) continue;
      for (const [name, scenario] of Object.entries(SCENARIOS)) {
        if (config.scenarios !== 'all' && !config.scenarios.includes(name)) continue;
        await scenario(config, (page, state) => dump(page, `${config.name} · ${state}`));
      }
    }
  } finally {
    await browser.close();
    await server.stop();
  }

  // Values are interned: the same few thousand strings recur across states, elements and properties.
  const values = [];
  const index = new Map();
  const intern = (value) => {
    let at = index.get(value);
    if (at === undefined) {
      at = values.push(value) - 1;
      index.set(value, at);
    }
    return at;
  };
  const packed = {};
  let count = 0;
  for (const [state, { properties, elements }] of Object.entries(states)) {
    packed[state] = { properties, elements: elements.map(({ path, values: row }) => ({ path, values: row.map(intern) })) };
    count += elements.length * properties.length;
  }
  await writeFile(outFile, JSON.stringify({ values, states: packed }));
  console.log(`${Object.keys(states).length} states, ${count} element × property values, written to ${outFile}`);
}

/** Opens the stage with `html`, the players in it given the configuration's attributes. */
async function open(config, html, hash = '') {
  const page = await browser.newPage();
  await page.setViewport(config.viewport);
  // Straight through the protocol: puppeteer's own call knows no forced-colors.
  const cdp = await page.createCDPSession();
  await cdp.send('Emulation.setEmulatedMedia', { media: config.mediaType ?? 'screen', features: config.media ?? [] });
  page.on('pageerror', (error) => console.error(`page error: ${error.message}`));
  const markup = config.attributes ? html.replaceAll('<routine-player', `<routine-player ${config.attributes}`) : html;
  await page.goto(`${stageUrl}?html=${encodeURIComponent(markup)}${hash}`);
  await page.waitForFunction(() => window.stage?.ready);
  for (const query of [...(config.media ?? []).map(({ name, value }) => `(${name}: ${value})`), `${config.mediaType ?? 'screen'}`]) {
    if (!(await page.evaluate((q) => matchMedia(q).matches, query))) throw new Error(`${config.name}: the page does not match ${query}`);
  }
  await page.evaluate(() => document.fonts.ready);
  await advance(page, 300);
  await drawingsDrawn(page);
  return page;
}

/**
 * Waits until no drawing's box is still empty (pending): the drawings come in a chunk of their
 * own, which on a busy machine may arrive after any fixed time.
 */
async function drawingsDrawn(page) {
  await page.waitForFunction(
    () =>
      [...document.querySelectorAll('routine-player')].every((el) => el.shadowRoot && !el.shadowRoot.querySelector('svg.drawing-pending')),
    { timeout: 20_000 },
  );
  await advance(page, 0);
}

const advance = (page, ms) => page.evaluate((t) => window.stage.advance(t), ms);
const call = (page, method) => page.evaluate((m) => document.querySelector('routine-player')[m](), method);
const realPause = (ms) => new Promise((resolve) => setTimeout(resolve, ms));
const primaryText = (page) =>
  page.evaluate(() => document.querySelector('routine-player').shadowRoot.querySelector('button.primary')?.textContent.trim());
const clickIn = (page, selector, text) =>
  page.evaluate(
    (s, t) => {
      const root = document.querySelector('routine-player').shadowRoot;
      const found = [...root.querySelectorAll(s)].find((el) => !t || el.textContent.trim() === t);
      if (!found) throw new Error(`nothing matches ${s} ${t ?? ''}`);
      found.click();
    },
    selector,
    text,
  );

/** Sets the steps' <details> open or closed, and waits for its marker's turn (0.15 s) to end. */
async function steps(page, open) {
  await page.evaluate((o) => document.querySelector('routine-player').shadowRoot.querySelector('details').toggleAttribute('open', o), open);
  await realPause(400);
}

const SCENARIOS = {
  /** The whole routine, from the list through every phase, focus mode as a fixed layout, to Stop. */
  async session(config, take) {
    const page = await open(config, '<routine-player no-focus-mode-on-phones></routine-player>');
    await take(page, 'start list');
    await clickIn(page, 'button.primary', 'Start');
    await advance(page, 1000);
    await take(page, 'getting ready');
    // The first get-ready is 15 s: ten seconds into the first hold.
    await advance(page, 24_000);
    await take(page, 'hold, left side');
    await steps(page, true);
    await take(page, 'hold, steps open');
    await steps(page, false);
    await advance(page, 37_000);
    await take(page, 'switching sides');
    await advance(page, 10_000);
    await take(page, 'hold, right side');
    await call(page, 'pause');
    await advance(page, 500);
    await take(page, 'paused');
    await call(page, 'resume');
    for (let i = 0; i < 3; i++) await call(page, 'next');
    await advance(page, 12_500);
    await take(page, 'rest');
    await advance(page, 75_000);
    await take(page, 'rest between sets');
    // As in a frame not allowed full screen: the fixed layout stands in.
    await page.evaluate(() => Object.defineProperty(document, 'fullscreenEnabled', { value: false }));
    await clickIn(page, '.focus-toggle');
    await advance(page, 14_000);
    const fullscreen = await page.evaluate(() => document.fullscreenElement !== null);
    if (fullscreen) throw new Error('focus mode without the Fullscreen API should not be full screen');
    await take(page, 'focus mode, fixed layout');
    await steps(page, true);
    await take(page, 'focus mode, fixed layout, steps open');
    await steps(page, false);
    await clickIn(page, '.focus-toggle');
    await call(page, 'next');
    await advance(page, 14_000);
    await clickIn(page, '.stop', 'Stop — this hurts');
    await advance(page, 100);
    await take(page, 'pain-stop view');
    await page.close();
  },

  /** Focus mode through the Fullscreen API: the toggle pressed by a real (trusted) click. */
  async fullscreen(config, take) {
    const page = await open(config, '<routine-player no-focus-mode-on-phones></routine-player>');
    await clickIn(page, 'button.primary', 'Start');
    await advance(page, 25_000);
    const toggle = await page.evaluateHandle(() => document.querySelector('routine-player').shadowRoot.querySelector('.focus-toggle'));
    await toggle.click();
    await page.waitForFunction(() => document.fullscreenElement === document.querySelector('routine-player'));
    await advance(page, 1000);
    await realPause(300);
    await take(page, 'focus mode, full screen');
    await page.close();
  },

  /** Ratings after each exercise, a pain high enough to offer Stop, then the summary. */
  async rating(config, take) {
    const page = await open(config, '<routine-player routine="lower-back-stretches" rate no-focus-mode-on-phones></routine-player>');
    await clickIn(page, 'button.primary', 'Start');
    await advance(page, 111_000); // past the first exercise (its 15 s get-ready, two 45 s holds and the switch)
    await take(page, 'rating panel');
    await clickIn(page, '.pain-button', '3');
    await clickIn(page, 'button[part~="button"]', 'About right');
    await advance(page, 100);
    await take(page, 'rating panel, pain 3 and difficulty chosen');
    await clickIn(page, '.pain-button', '8');
    await advance(page, 100);
    await take(page, 'rating panel, pain too high');
    for (let guard = 0; guard < 10; guard++) {
      const state = await page.evaluate(() => document.querySelector('routine-player').state);
      if (state !== 'playing') break;
      await advance(page, 400_000);
      await page.evaluate(() => document.querySelector('routine-player').shadowRoot.querySelector('[part~="continue"]')?.click());
    }
    await advance(page, 100);
    await take(page, 'summary');
    await page.close();
  },

  /** A self-paced routine waiting for Done. */
  async done(config, take) {
    const page = await open(config, '<routine-player routine="trunk-strength" pace="done"></routine-player>');
    await clickIn(page, 'button.primary', 'Start');
    for (let guard = 0; guard < 60 && (await primaryText(page)) !== 'Done'; guard++) await advance(page, 5000);
    if ((await primaryText(page)) !== 'Done') throw new Error('never waited for Done');
    await take(page, 'waiting for Done');
    await page.close();
  },

  /** An invalid routine: the error box. */
  async error(config, take) {
    const page = await open(config, '<routine-player routine="no-such-routine" level="expert"></routine-player>');
    await take(page, 'error view');
    await page.close();
  },

  /** A routine from a link with the clinic's note. */
  async link(config, take) {
    const probe = await open(config, '<div></div>');
    const hash = await probe.evaluate(async () => {
      const { encodeRoutineLink } = await import('/src/share/routine-link.ts');
      return `#${await encodeRoutineLink({
        routine: { id: 'from-the-clinic', name: 'From the clinic', items: [{ exercise: 'knee-to-chest' }, { exercise: 'half-crunch' }] },
        note: 'Twice a day, slowly.',
      })}`;
    });
    await probe.close();
    const page = await open(config, '<routine-player from-url></routine-player>', hash);
    await page.waitForFunction(() => document.querySelector('routine-player').shadowRoot.querySelector('.link-note'));
    await advance(page, 300);
    await take(page, 'start list from a link, with a note');
    await page.close();
  },
};

/** Records every computed style in the player's shadow root now. */
async function dump(page, state) {
  if (states[state]) throw new Error(`state ${state} taken twice`);
  await drawingsDrawn(page);
  states[state] = await page.evaluate(() => {
    const host = document.querySelector('routine-player');
    const root = host.shadowRoot;
    // Animations run on real time (the drawing's two positions fade in turn): each is held at its
    // start, so that a dump is the same however long the machine took; transitions are finished.
    for (const animation of root.getAnimations()) {
      if (animation instanceof CSSTransition) animation.finish();
      else {
        animation.pause();
        animation.currentTime = 0;
      }
    }
    // Custom properties are not listed by a computed style: take every name any sheet in play declares.
    const custom = new Set();
    const collect = (rules) => {
      for (const rule of rules) {
        if (rule.style) for (const name of rule.style) if (name.startsWith('--')) custom.add(name);
        if (rule.cssRules) collect(rule.cssRules);
      }
    };
    for (const sheet of [...root.adoptedStyleSheets, ...document.styleSheets]) collect(sheet.cssRules);
    for (const el of root.querySelectorAll('style')) collect(el.sheet.cssRules);
    const standard = [...getComputedStyle(host)].filter((name) => !name.startsWith('--'));
    const properties = [...standard, ...[...custom].sort()];
    const elements = [];
    const record = (el, path, pseudo) => {
      const style = getComputedStyle(el, pseudo);
      elements.push({ path: pseudo ? `${path}${pseudo}` : path, values: properties.map((name) => style.getPropertyValue(name)) });
    };
    const walk = (el, path) => {
      record(el, path);
      for (const pseudo of ['::before', '::after']) {
        const content = getComputedStyle(el, pseudo).content;
        if (content !== 'none' && content !== 'normal') record(el, path, pseudo);
      }
      if (getComputedStyle(el).display === 'list-item') record(el, path, '::marker');
      const children = el === host ? root.children : el.children;
      [...children].forEach((child, i) => walk(child, `${path} > ${child.localName}:nth-child(${i + 1})`));
    };
    walk(host, 'routine-player');
    return { properties, elements };
  });
}

/** Compares two dumps value by value; exits 1 on any difference. */
async function compare(fileA, fileB) {
  const [a, b] = await Promise.all([fileA, fileB].map(async (file) => JSON.parse(await readFile(file, 'utf8'))));
  let compared = 0;
  let elements = 0;
  const differences = [];
  const stateNames = new Set([...Object.keys(a.states), ...Object.keys(b.states)]);
  for (const state of stateNames) {
    const sa = a.states[state];
    const sb = b.states[state];
    if (!sa || !sb) {
      differences.push(`${state}: only in ${sa ? fileA : fileB}`);
      continue;
    }
    const byPath = (s, values) => new Map(s.elements.map((e) => [e.path, new Map(s.properties.map((p, i) => [p, values[e.values[i]]]))]));
    const ea = byPath(sa, a.values);
    const eb = byPath(sb, b.values);
    for (const path of new Set([...ea.keys(), ...eb.keys()])) {
      const pa = ea.get(path);
      const pb = eb.get(path);
      if (!pa || !pb) {
        differences.push(`${state} | ${path}: element only in ${pa ? fileA : fileB}`);
        continue;
      }
      elements++;
      for (const property of new Set([...pa.keys(), ...pb.keys()])) {
        compared++;
        if (pa.get(property) !== pb.get(property)) differences.push(`${state} | ${path} | ${property}: ${pa.get(property)} → ${pb.get(property)}`);
      }
    }
  }
  console.log(`${stateNames.size} states, ${elements} elements, ${compared} element × property values compared`);
  if (differences.length === 0) {
    console.log('identical');
    return;
  }
  console.log(`${differences.length} differences:`);
  for (const line of differences.slice(0, 200)) console.log(`  ${line}`);
  if (differences.length > 200) console.log(`  … and ${differences.length - 200} more`);
  process.exitCode = 1;
}

/** The bundle's own minifier of Lit templates (rollup.config.mjs), as a dev-server plugin. */
function minifiedTemplates() {
  const plugin = bundlePlugins().find((candidate) => candidate.name === 'minify-html-literals');
  if (!plugin) throw new Error('rollup.config.mjs has no minify-html-literals plugin any more');
  return fromRollup(() => plugin)();
}

const args = process.argv.slice(2);
if (args[0] === '--compare' && args.length === 3) {
  await compare(args[1], args[2]);
} else {
  const minified = args.includes('--minified');
  const onlyAt = args.indexOf('--only');
  const only = onlyAt >= 0 ? new RegExp(args[onlyAt + 1]) : null;
  const outFile = args.filter((arg, i) => !arg.startsWith('--') && (onlyAt < 0 || i !== onlyAt + 1))[0];
  if (outFile) await dumpAll(outFile, { minified, only });
  else {
    console.error('usage: node scripts/computed-styles.mjs [--minified] [--only CONFIG-REGEX] OUT.json | --compare A.json B.json');
    process.exitCode = 2;
  }
}
