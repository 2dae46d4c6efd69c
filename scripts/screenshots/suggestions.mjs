// node scripts/screenshots/suggestions.mjs: the player's level suggestions (issue 24) on a 390×844
// phone, at 200 % text on a 360×740 phone, and at 1280×800, light and dark. The history is written
// to the page's storage before the player opens: three easy sessions of the trunk-strength routine
// (a move up for Half Crunches), then the same after Accept; and a pain stop in Push-up Back
// Extensions at intermediate (a step back). Writes PNGs under docs/screenshots/suggestions-*.
import puppeteer from 'puppeteer-core';
import { mkdir } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { serveRepository } from '../serve.mjs';
import { BROWSER_ARGS, findBrowser } from '../browser.mjs';

const out = fileURLToPath(new URL('../../docs/screenshots/', import.meta.url));
const server = await serveRepository();
const base = `${server.origin}/scripts/screenshots/stage.html`;
const browser = await puppeteer.launch({ executablePath: findBrowser(), headless: true, args: BROWSER_ARGS });
await mkdir(out, { recursive: true });

const EXERCISES = ['half-crunch', 'push-up-back-extension', 'assisted-back-extension'];
/** A remembered session on day `day` of March 2026: each exercise's record from `records`. */
const session = (day, records, extra = {}) => {
  const date = new Date(Date.UTC(2026, 2, day, 8)).toISOString();
  return { startedAt: date, date, completed: !extra.reason, exercises: EXERCISES.map((id, index) => ({ index, id, outcome: 'done', level: 'beginner', ...records[index] })), ...extra };
};
const easy = { pain: 1, difficulty: 'easy' };
const right = { pain: 0, difficulty: 'right' };
const HISTORIES = {
  up: [1, 2, 3].map((day) => session(day, [easy, right, right])),
  back: [
    session(4, [
      { ...right, level: 'intermediate' },
      { outcome: 'stopped', level: 'intermediate' },
      { outcome: 'not-reached', level: 'intermediate' },
    ], { reason: 'pain', stoppedAt: { exerciseIndex: 1, exerciseId: EXERCISES[1], phase: 'hold', side: null, rep: 3, reps: 9, set: 1, sets: 1, secondsIntoHold: 4 } }),
  ],
};

const VIEWPORTS = {
  phone: { width: 390, height: 844, isMobile: true, hasTouch: true },
  'phone-200': { width: 360, height: 740, isMobile: true, hasTouch: true },
  desktop: { width: 1280, height: 800 },
};

async function open(viewport, scheme, history, attributes) {
  const page = await browser.newPage();
  page.on('pageerror', (error) => console.error(`page error: ${error.message}`));
  await page.setViewport(VIEWPORTS[viewport]);
  await page.emulateMediaFeatures([{ name: 'prefers-color-scheme', value: scheme }]);
  if (viewport === 'phone-200') {
    const cdp = await page.createCDPSession();
    await cdp.send('Page.setFontSizes', { fontSizes: { standard: 32 } });
  }
  await page.evaluateOnNewDocument((records) => {
    localStorage.clear();
    localStorage.setItem('back-exercise-elements:history:trunk-strength', records);
  }, JSON.stringify(history));
  const html = `<routine-player routine="trunk-strength" remember rate no-focus-mode-on-phones ${attributes}></routine-player>`;
  await page.goto(`${base}?html=${encodeURIComponent(html)}`);
  await page.waitForFunction(() => window.stage?.ready);
  await page.evaluate(() => document.fonts.ready);
  await page.evaluate(() => window.stage.advance(300));
  return page;
}

/** Scrolls the suggestion (or what replaced it) into view, as a person reaching it would. */
const reveal = (page) =>
  page.evaluate(() => {
    const root = document.querySelector('routine-player').shadowRoot;
    root.querySelector('[part="suggestions"]')?.scrollIntoView({ block: 'start' });
    scrollBy(0, -16);
  });

/** Plays one session, rating Half Crunches easy with pain 1 and the others about right with none. */
async function playRated(page) {
  await page.evaluate(async () => {
    const player = document.querySelector('routine-player');
    const root = player.shadowRoot;
    const click = (selector, text) => [...root.querySelectorAll(selector)].find((el) => text === undefined || el.textContent.trim() === text).click();
    player.start();
    for (let index = 0; index < 3; index++) {
      await window.stage.advance(player.plan.total);
      await player.updateComplete;
      click('.pain-button', index === 0 ? '1' : '0');
      await player.updateComplete;
      click('.difficulty button', index === 0 ? 'Easy' : 'About right');
      await player.updateComplete;
      click('[part~="continue"]');
      await player.updateComplete;
    }
    await window.stage.advance(100);
  });
}

async function shot(page, name) {
  await new Promise((resolve) => setTimeout(resolve, 80));
  await page.screenshot({ path: `${out}${name}.png` });
  process.stdout.write(`wrote docs/screenshots/${name}.png\n`);
}

for (const scheme of ['light', 'dark']) {
  for (const viewport of Object.keys(VIEWPORTS)) {
    const name = `suggestions-${viewport}${scheme === 'dark' ? '-dark' : ''}`;
    let page = await open(viewport, scheme, HISTORIES.up, '');
    if (viewport === 'phone-200') await reveal(page);
    await shot(page, `${name}-1-move-up`);
    await page.evaluate(() => document.querySelector('routine-player').shadowRoot.querySelector('[part="suggestion"] .accept').click());
    await page.evaluate(() => window.stage.advance(100));
    if (viewport === 'phone-200') await reveal(page);
    await shot(page, `${name}-2-accepted`);
    await page.close();
    page = await open(viewport, scheme, HISTORIES.back, 'level="intermediate"');
    if (viewport === 'phone-200') await reveal(page);
    await shot(page, `${name}-3-step-back`);
    await page.close();
    // Two easy sessions remembered, the third played and rated: the summary suggests moving up.
    page = await open(viewport, scheme, HISTORIES.up.slice(1), '');
    await playRated(page);
    await reveal(page);
    await shot(page, `${name}-4-summary`);
    await page.close();
  }
}

await browser.close();
await server.stop();
