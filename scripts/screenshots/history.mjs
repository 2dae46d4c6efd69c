// node scripts/screenshots/history.mjs: "Your history" (issue 24) with six weeks of seeded sessions
// of the whole lower-back routine (pain easing week by week, one pain stop), prescribed Mon, Wed,
// Fri: the whole view, its week grid and its pain chart, on a 390×844 phone and at 1280×800, light
// and dark, and on a 360×740 phone at 200 % text and in forced colours. Writes PNGs under
// docs/screenshots/history-*.png.
import puppeteer from 'puppeteer-core';
import { serveRepository } from '../serve.mjs';
import { mkdir } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { BROWSER_ARGS, findBrowser } from '../browser.mjs';

/** `node scripts/screenshots/history.mjs text-200` takes only the shots whose name has that in it. */
const only = process.argv[2];
const wanted = (name) => !only || name.includes(only);
const out = fileURLToPath(new URL('../../docs/screenshots/', import.meta.url));
const server = await serveRepository();
const base = `${server.origin}/scripts/screenshots/stage.html`;
const browser = await puppeteer.launch({ executablePath: findBrowser(), headless: true, args: BROWSER_ARGS });
await mkdir(out, { recursive: true });

/** Six weeks of sessions before today (about five a week), each exercise's pain easing; a pain stop 10 days ago. */
function seed() {
  const ids = ['knee-to-chest', 'lower-back-twist', 'side-trunk-stretch', 'half-crunch', 'push-up-back-extension', 'assisted-back-extension'];
  const day = 24 * 60 * 60 * 1000;
  const now = new Date();
  const today = new Date(now.getFullYear(), now.getMonth(), now.getDate(), 8).getTime();
  const sessions = [];
  for (let back = 40; back >= 0; back -= 1) {
    const date = today - back * day;
    const weekday = new Date(date).getDay();
    if (weekday === 0 || (weekday === 4 && back % 3 === 0) || (back > 30 && weekday === 2)) continue;
    const ease = (40 - back) / 40;
    const stop = back === 10;
    sessions.push({
      startedAt: new Date(date - 12 * 60_000).toISOString(),
      date: new Date(date).toISOString(),
      completed: !stop,
      ...(stop ? { reason: 'pain', stoppedAt: { exerciseIndex: 3, exerciseId: 'half-crunch', phase: 'hold', side: null, rep: 4, reps: 8, set: 1, sets: 1, secondsIntoHold: 1.5 } } : {}),
      exercises: ids.map((id, index) => {
        const outcome = stop ? (index < 3 ? 'done' : index === 3 ? 'stopped' : 'not-reached') : 'done';
        const base = [5, 4, 3, 6, 5, 4][index];
        const pain = Math.max(0, Math.round(base * (1 - 0.7 * ease) + ((back * (index + 3)) % 3) - 1));
        return { index, id, outcome, level: 'beginner', ...(outcome === 'done' || outcome === 'stopped' ? { pain: stop && index === 3 ? 7 : pain, difficulty: 'right' } : {}) };
      }),
    });
  }
  localStorage.setItem('back-exercise-elements:history:lower-back', JSON.stringify(sessions));
}

async function open(viewport, media, fontPercent = 100) {
  const page = await browser.newPage();
  await page.setViewport(viewport);
  // Through the DevTools protocol: puppeteer's own emulateMediaFeatures does not know forced-colors.
  await (await page.createCDPSession()).send('Emulation.setEmulatedMedia', { features: media });
  page.on('pageerror', (error) => console.error(`page error: ${error.message}`));
  await page.goto(`${base}?html=${encodeURIComponent('<p>(empty)</p>')}`);
  await page.evaluate(seed);
  await page.goto(`${base}?html=${encodeURIComponent('<routine-player remember rate no-focus-mode-on-phones></routine-player>')}`);
  await page.waitForFunction(() => window.stage?.ready);
  await page.evaluate(() => document.fonts.ready);
  // Large text as the browser's font size setting gives it (every size here is in rem or em).
  if (fontPercent !== 100) await page.evaluate((percent) => (document.documentElement.style.fontSize = `${percent}%`), fontPercent);
  await page.evaluate(async () => {
    const player = document.querySelector('routine-player');
    await player.updateComplete;
    // The prescription (Mon, Wed, Fri) as the routine's `frequency`, which the model reads once the
    // frequency part of issue 24 is merged; set here on the routine as read.
    player.routineData.frequency = { timesPerDay: 1, days: { weekdays: ['MO', 'WE', 'FR'] } };
    const open = [...player.shadowRoot.querySelectorAll('button')].find((b) => b.textContent.trim() === 'Your history');
    open.click();
    await player.updateComplete;
  });
  // The view's code is a chunk loaded on the first press: the view shows once it has arrived.
  await page.waitForFunction(() => document.querySelector('routine-player').shadowRoot.querySelector('[part="history-view"]'));
  await page.evaluate(() => window.stage.advance(300));
  return page;
}

async function shotOf(page, name, selector) {
  const target = selector ? (await page.evaluateHandle((s) => document.querySelector('routine-player').shadowRoot.querySelector(s), selector)).asElement() : null;
  if (selector && !target) throw new Error(`${name}: nothing matches ${selector}`);
  if (target) await target.screenshot({ path: `${out}${name}.png` });
  else {
    // The whole page, however long the history: the window grows to it for the shot.
    const height = await page.evaluate(() => document.documentElement.scrollHeight);
    await page.setViewport({ ...page.viewport(), height });
    await page.screenshot({ path: `${out}${name}.png` });
  }
  process.stdout.write(`wrote docs/screenshots/${name}.png\n`);
}

const PHONE = { width: 390, height: 844, deviceScaleFactor: 1, isMobile: true, hasTouch: true };
const DESKTOP = { width: 1280, height: 800, deviceScaleFactor: 1 };
for (const scheme of ['light', 'dark']) {
  for (const [name, viewport] of [
    ['phone', PHONE],
    ['desktop', DESKTOP],
  ]) {
    if (!wanted(`history-${name}-${scheme}`)) continue;
    const page = await open(viewport, [{ name: 'prefers-color-scheme', value: scheme }]);
    await shotOf(page, `history-${name}-${scheme}`);
    await shotOf(page, `history-${name}-${scheme}-week`, '.history-part:has(.week)');
    await shotOf(page, `history-${name}-${scheme}-chart`, '[part="pain-chart"]');
    await page.close();
  }
}
for (const [name, media] of [
  ['light', []],
  ['dark', [{ name: 'prefers-color-scheme', value: 'dark' }]],
  ['forced', [{ name: 'forced-colors', value: 'active' }]],
]) {
  if (!wanted(`history-phone-text-200-${name}`)) continue;
  const page = await open({ width: 360, height: 740, deviceScaleFactor: 1, isMobile: true, hasTouch: true }, media, 200);
  await shotOf(page, `history-phone-text-200-${name}-week`, '.history-part:has(.week)');
  await shotOf(page, `history-phone-text-200-${name}-chart`, '[part="pain-chart"]');
  await shotOf(page, `history-phone-text-200-${name}`);
  await page.close();
}
if (wanted('history-phone-forced')) {
  const forced = await open(PHONE, [{ name: 'forced-colors', value: 'active' }]);
  await shotOf(forced, 'history-phone-forced', '[part="history-view"]');
  await forced.close();
}

await browser.close();
await server.stop();
