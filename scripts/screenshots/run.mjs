// npm run screenshots: drives headless Chromium through the player's phases
// (before, get ready, left, switch, right, rest, paused, rating, stopped,
// summary, focus mode) and the card, on a 390×844 phone and at 1280×800, and
// writes PNGs under docs/screenshots/ (also a card and the player in each translation, and
// the player on a 360×740 phone at 100 %, 150 % and 200 % text, in the page and in focus mode). Time comes from the test suite's fake
// clock, so each shot is an exact moment. Prints the measured sizes of the
// countdown and the phase label, in the page and in focus mode.
import puppeteer from 'puppeteer-core';
import { serveRepository } from '../serve.mjs';
import { mkdir } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { BROWSER_ARGS, findBrowser } from '../browser.mjs';

const out = fileURLToPath(new URL('../../docs/screenshots/', import.meta.url));
const only = process.argv[2] ? new RegExp(process.argv[2]) : null;

const server = await serveRepository();
const base = `${server.origin}/scripts/screenshots/stage.html`;
const browser = await puppeteer.launch({ executablePath: findBrowser(), headless: true, args: BROWSER_ARGS });
await mkdir(out, { recursive: true });

const VIEWPORTS = {
  phone: { width: 390, height: 844, deviceScaleFactor: 1, isMobile: true, hasTouch: true },
  desktop: { width: 1280, height: 800, deviceScaleFactor: 1 },
};
const measured = [];

async function open(viewport, html, media = []) {
  const page = await browser.newPage();
  await page.setViewport(VIEWPORTS[viewport]);
  await page.emulateMediaFeatures(media);
  page.on('pageerror', (error) => console.error(`page error: ${error.message}`));
  await page.goto(`${base}?html=${encodeURIComponent(html)}`);
  await page.waitForFunction(() => window.stage?.ready);
  await page.evaluate(() => document.fonts.ready);
  await advance(page, 0);
  return page;
}

const advance = (page, ms) => page.evaluate((t) => window.stage.advance(t), ms);
const player = (page, call) => page.evaluate((c) => document.querySelector('routine-player')[c](), call);
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

async function shot(page, name) {
  if (only && !only.test(name)) return;
  await new Promise((resolve) => setTimeout(resolve, 60));
  await page.screenshot({ path: `${out}${name}.png` });
  process.stdout.write(`wrote docs/screenshots/${name}.png\n`);
}

async function measure(page, label) {
  const sizes = await page.evaluate(() => {
    const root = document.querySelector('routine-player').shadowRoot;
    const size = (selector) => {
      const el = root.querySelector(selector);
      return el ? Number.parseFloat(getComputedStyle(el).fontSize) : null;
    };
    const stop = root.querySelector('.stop-bar .stop')?.getBoundingClientRect();
    return {
      countdown: size('[part="time"]'),
      phase: size('.playing > .scroller [part="phase"], .clock [part="phase"]'),
      stopHeight: stop ? Math.round(stop.height) : null,
      stopInView: stop ? stop.top >= 0 && stop.bottom <= innerHeight : null,
    };
  });
  measured.push({ label, ...sizes });
}

const SCHEMES = process.env.SCHEMES ? process.env.SCHEMES.split(',') : ['light', 'dark'];
for (const scheme of SCHEMES)
for (const viewport of Object.keys(VIEWPORTS)) {
  const v = scheme === 'light' ? viewport : `${viewport}-${scheme}`;
  const media = [{ name: 'prefers-color-scheme', value: scheme }];
  // The player, phase by phase, through the lower-back routine.
  // In the page: on a phone, Start would open focus mode (these shots enter it by its button).
  let page = await open(viewport, '<routine-player no-focus-mode-on-phones></routine-player>', media);
  await advance(page, 200); // drawings chunk loaded
  await shot(page, `player-${v}-1-before`);
  await clickIn(page, 'button.primary', 'Start');
  await advance(page, 1000);
  await shot(page, `player-${v}-2-get-ready`);
  await advance(page, 24_000); // 25 s: 15 s to get ready, 10 s into the left side
  await measure(page, `${v}, in the page`);
  await shot(page, `player-${v}-3-left`);
  await advance(page, 37_000); // 62 s: 15 s to get ready and 45 s on the left are over
  await shot(page, `player-${v}-4-switch`);
  await advance(page, 10_000);
  await shot(page, `player-${v}-5-right`);
  await player(page, 'pause');
  await advance(page, 500);
  await shot(page, `player-${v}-6-paused`);
  await player(page, 'resume');
  await player(page, 'next');
  await player(page, 'next');
  await player(page, 'next');
  await advance(page, 20_000 + 2_000 + 500); // 20 s to get from kneeling onto the back, a 2 s hold
  await shot(page, `player-${v}-7-rest`);
  await advance(page, 60_000); // 62.5 s into Half Crunches: set 1 took 47 s, the 30 s rest is on
  await shot(page, `player-${v}-8-rest-between-sets`);
  await clickIn(page, '.focus-toggle');
  await advance(page, 29_000);
  await measure(page, `${v}, focus mode`);
  await shot(page, `player-${v}-9-focus`);
  await page.evaluate(() => document.querySelector('routine-player').shadowRoot.querySelector('details').setAttribute('open', ''));
  await page.evaluate(() => {
    const scroller = document.querySelector('routine-player').shadowRoot.querySelector('.scroller');
    scroller.scrollTop = scroller.scrollHeight;
  });
  await measure(page, `${v}, focus mode, steps open and scrolled`);
  await shot(page, `player-${v}-10-focus-steps-open`);
  await clickIn(page, '.focus-toggle');
  await player(page, 'next');
  await advance(page, 14_000);
  await clickIn(page, '.stop', 'Stop — this hurts');
  await advance(page, 100);
  await shot(page, `player-${v}-11-stopped`);
  await page.close();

  // Rating after an exercise, then the summary.
  page = await open(viewport, '<routine-player routine="lower-back-stretches" rate no-focus-mode-on-phones></routine-player>', media);
  await clickIn(page, 'button.primary', 'Start');
  await advance(page, 111_000); // 15 s to get ready, 95 s of Knee to Chest
  await clickIn(page, '.pain-button', '3');
  await advance(page, 100);
  await shot(page, `player-${v}-12-rating`);
  await clickIn(page, '.pain-button', '8');
  await advance(page, 100);
  // The warning and its two choices: Stop now large, Continue anyway small.
  await page.evaluate(() => document.querySelector('routine-player').shadowRoot.querySelector('[part="pain-warning"]').scrollIntoView({ block: 'center' }));
  await shot(page, `player-${v}-13-rating-high-pain`);
  for (let guard = 0; guard < 10; guard++) {
    const state = await page.evaluate(() => document.querySelector('routine-player').state);
    if (state !== 'playing') break;
    await advance(page, 400_000);
    await page.evaluate(() => document.querySelector('routine-player').shadowRoot.querySelector('[part~="continue"]')?.click());
  }
  await advance(page, 100);
  await shot(page, `player-${v}-14-summary`);
  await page.close();

  // Cards: a catalog card and one written in HTML.
  page = await open(viewport, '<back-exercise exercise="lower-back-twist"></back-exercise><back-exercise exercise="half-crunch" level="advanced"></back-exercise>', media);
  await advance(page, 200);
  await shot(page, `card-${v}`);
  await page.close();
}

// Sound (issue 27, issue 22 part 10) on a phone: the start view after "Test sound", and the
// player asking for a tap after the browser stopped the sound (a context that stays
// interrupted and refuses to resume, as Safari's after the screen locked).
if (!only || only.test('player-phone-sound')) {
  let page = await open('phone', '<routine-player routine="lower-back-stretches"></routine-player>');
  await advance(page, 200);
  await clickIn(page, '[part="sound-check"] button', 'Test sound');
  await advance(page, 100);
  await page.evaluate(() => document.querySelector('routine-player').shadowRoot.querySelector('[part="sound-check"]').scrollIntoView({ block: 'center' }));
  await shot(page, 'player-phone-sound-1-check');
  await page.close();
  // A fresh page: the check above opened the page's audio, which the session would go on using.
  page = await open('phone', '<routine-player routine="lower-back-stretches"></routine-player>');
  await page.evaluate(() => {
    window.AudioContext = class extends window.AudioContext {
      get state() {
        return 'interrupted';
      }
      resume() {
        return Promise.reject(new DOMException('needs a tap', 'NotAllowedError'));
      }
    };
  });
  await clickIn(page, 'button.primary', 'Start');
  await advance(page, 17_000); // 2 s into the first hold (15 s to get ready): the held position, still
  await page.evaluate(() => document.querySelector('routine-player').shadowRoot.querySelector('[part~="resume-sound"]').scrollIntoView({ block: 'center' }));
  await shot(page, 'player-phone-sound-2-tap-to-resume');
  await page.close();
}

// The smallest phone: the name, the countdown and Stop after Start; focus mode.
{
  const page = await browser.newPage();
  await page.setViewport({ width: 320, height: 568, isMobile: true, hasTouch: true });
  await page.goto(`${base}?html=${encodeURIComponent('<routine-player no-focus-mode-on-phones></routine-player>')}`);
  await page.waitForFunction(() => window.stage?.ready);
  await advance(page, 200);
  await clickIn(page, 'button.primary', 'Start');
  await advance(page, 17_000); // 2 s into the first hold (15 s to get ready): the held position, still
  await measure(page, '320×568, in the page');
  await shot(page, 'player-small-1-playing');
  await clickIn(page, '.focus-toggle');
  await advance(page, 1000);
  await measure(page, '320×568, focus mode');
  await shot(page, 'player-small-2-focus');
  await page.close();
}

// Large text (issue 22): a 360×740 phone with the browser's font size at 100 %, 150 % ("Very
// large") and 200 % (Page.setFontSizes, the setting itself), in the page and in focus mode (where
// a phone's Start takes it), while holding, rating and after Stop.
for (const percent of [100, 150, 200]) {
  for (const where of ['page', 'focus']) {
    const prefix = `player-text-${percent}-${where}`;
    for (const state of ['holding', 'rating', 'stopped']) {
      if (only && !only.test(`${prefix}-${state}`)) continue;
      const page = await browser.newPage();
      await page.setViewport({ width: 360, height: 740, isMobile: true, hasTouch: true });
      const cdp = await page.createCDPSession();
      await cdp.send('Page.setFontSizes', { fontSizes: { standard: (16 * percent) / 100 } });
      const attributes = `${state === 'rating' ? 'routine="lower-back-stretches" rate' : ''} ${where === 'page' ? 'no-focus-mode-on-phones' : ''}`;
      await page.goto(`${base}?html=${encodeURIComponent(`<routine-player ${attributes}></routine-player>`)}`);
      await page.waitForFunction(() => window.stage?.ready);
      await advance(page, 300);
      await clickIn(page, 'button.primary', 'Start');
      // The first get-ready is 15 s: ten seconds into the first hold, or past its end (110 s) to the rating.
      await advance(page, 25_000);
      if (state === 'rating') {
        await advance(page, 86_000);
        await clickIn(page, '.pain-button', '3');
      }
      if (state === 'stopped') await clickIn(page, '.stop', 'Stop — this hurts');
      await advance(page, 100);
      if (state === 'holding') await measure(page, `360×740, ${percent} % text, ${where}`);
      await shot(page, `${prefix}-${state}`);
      await page.close();
    }
  }
}

// Looks (issue 8): a page of cards, a timer and a player in light, dark and compact at 360
// and 1280 px, and the printed handout as pages of the PDF Chromium makes.
const LOOKS_HTML = `<div class="looks">
  <back-exercise exercise="knee-to-chest"></back-exercise>
  <back-exercise exercise="half-crunch" level="intermediate"></back-exercise>
  <hold-timer hold="30" each-side label="Hamstring stretch"></hold-timer>
  <routine-player routine="lower-back-stretches"></routine-player>
</div>`;
const COMPACT_HTML = `<aside class="sidebar">
  <back-exercise exercise="push-up-back-extension" compact></back-exercise>
  <routine-player routine="trunk-strength" compact></routine-player>
</aside>`;
for (const width of [360, 1280]) {
  for (const scheme of ['light', 'dark']) {
    const name = `looks-${width}-${scheme}`;
    if (only && !only.test(name)) continue;
    const page = await browser.newPage();
    await page.setViewport({ width, height: 900 });
    await page.emulateMediaFeatures([{ name: 'prefers-color-scheme', value: scheme }]);
    await page.goto(`${base}?html=${encodeURIComponent(LOOKS_HTML)}`);
    await page.waitForFunction(() => window.stage?.ready);
    await advance(page, 300);
    await page.screenshot({ path: `${out}${name}.png`, fullPage: true });
    process.stdout.write(`wrote docs/screenshots/${name}.png\n`);
    await page.close();
  }
  const name = `looks-${width}-compact`;
  if (!only || only.test(name)) {
    const page = await browser.newPage();
    await page.setViewport({ width, height: 900 });
    await page.goto(`${base}?html=${encodeURIComponent(COMPACT_HTML)}`);
    await page.waitForFunction(() => window.stage?.ready);
    await advance(page, 300);
    await page.screenshot({ path: `${out}${name}.png`, fullPage: true });
    process.stdout.write(`wrote docs/screenshots/${name}.png\n`);
    await page.close();
  }
}
if (!only || only.test('print')) {
  const page = await browser.newPage();
  await page.goto(`${base}?html=${encodeURIComponent(LOOKS_HTML)}`);
  await page.waitForFunction(() => window.stage?.ready);
  await advance(page, 300);
  const pdf = `${out}handout.pdf`;
  await page.pdf({ path: pdf, format: 'A4', margin: { top: '12mm', bottom: '12mm', left: '12mm', right: '12mm' } });
  await page.close();
  // pdftoppm (poppler-utils) draws the pages as a person would see them on paper.
  const { execFileSync } = await import('node:child_process');
  const { rm } = await import('node:fs/promises');
  execFileSync('pdftoppm', ['-png', '-r', '60', pdf, `${out}print`]);
  await rm(pdf);
  process.stdout.write('wrote docs/screenshots/print-*.png\n');
}

// Languages (issue 10): a card and the player before start and playing, on a phone, in each
// translation; Arabic right to left.
for (const lang of ['es', 'de', 'fr', 'ar']) {
  const name = `lang-${lang}`;
  if (only && !only.test(name)) continue;
  const html = `<div lang="${lang}"><back-exercise exercise="knee-to-chest"></back-exercise><routine-player></routine-player></div>`;
  const page = await open('phone', html);
  await page.waitForFunction(
    (l) => [...document.querySelectorAll('back-exercise, routine-player')].every((el) => el.shadowRoot?.querySelector(`[part="base"][lang="${l}"]`)),
    {},
    lang,
  );
  await advance(page, 300);
  await page.screenshot({ path: `${out}${name}-1-card.png` });
  await page.evaluate(() => document.querySelector('routine-player').scrollIntoView());
  await page.screenshot({ path: `${out}${name}-2-before.png` });
  await player(page, 'start');
  await advance(page, 17_000); // 2 s into the first hold (15 s to get ready): the held position, still
  await page.evaluate(() => document.querySelector('routine-player').scrollIntoView());
  await page.screenshot({ path: `${out}${name}-3-playing.png` });
  process.stdout.write(`wrote docs/screenshots/${name}-*.png\n`);
  await page.close();
}

await browser.close();
await server.stop();

console.log('\nmeasured (CSS px)');
console.log('where'.padEnd(44), 'countdown', 'phase', 'stop height', 'stop in view');
for (const m of measured) {
  console.log(m.label.padEnd(44), String(m.countdown).padEnd(9), String(m.phase).padEnd(5), String(m.stopHeight).padEnd(11), m.stopInView);
}
