// node scripts/screenshots/how-often.mjs: issue 24's "how often" as people see it. The builder's
// How often fieldset (and a slip in it) and its share panel with Add to calendar; the player
// before Start with how often and Add to calendar (also at 200 % text on a phone); on a 390×844
// phone and at 1280×800, light and dark; and the printed handout with how often and the week's
// prescribed days (PDF, then PNG through poppler's pdftoppm). Writes docs/screenshots/how-often-*.png.
import puppeteer from 'puppeteer-core';
import { execFile } from 'node:child_process';
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { fileURLToPath } from 'node:url';
import { serveRepository } from '../serve.mjs';
import { BROWSER_ARGS, findBrowser } from '../browser.mjs';

const run = promisify(execFile);
const out = fileURLToPath(new URL('../../docs/screenshots/', import.meta.url));
const server = await serveRepository();
const browser = await puppeteer.launch({ executablePath: findBrowser(), headless: true, args: BROWSER_ARGS });
await mkdir(out, { recursive: true });

const VIEWPORTS = {
  phone: { width: 390, height: 844, deviceScaleFactor: 1, isMobile: true, hasTouch: true },
  desktop: { width: 1280, height: 800, deviceScaleFactor: 1 },
};

async function open(view, viewport, dark, textPercent = 100) {
  const page = await browser.newPage();
  await page.setViewport(VIEWPORTS[viewport]);
  if (textPercent !== 100) {
    const cdp = await page.createCDPSession();
    await cdp.send('Page.setFontSizes', { fontSizes: { standard: (16 * textPercent) / 100 } });
  }
  await page.emulateMediaFeatures([{ name: 'prefers-color-scheme', value: dark ? 'dark' : 'light' }]);
  page.on('pageerror', (error) => console.error(`page error: ${error.message}`));
  await page.goto(`${server.origin}/scripts/screenshots/how-often.html?view=${view}`);
  await page.waitForFunction(() => window.ready);
  if (view === 'builder') {
    await page.waitForFunction(() => document.querySelector('routine-builder')?.shadowRoot?.querySelector('fieldset.frequency'));
  } else {
    await page.waitForFunction(() => document.querySelector('routine-player')?.shadowRoot?.querySelector('[part="frequency"]'));
  }
  await new Promise((resolve) => setTimeout(resolve, 600));
  return page;
}

/** Scrolls what `selector` finds in the element's shadow root to the top of the view. */
const scrollTo = (page, tag, selector) =>
  page.evaluate((t, s) => document.querySelector(t).shadowRoot.querySelector(s).scrollIntoView({ block: 'start' }), tag, selector);

async function shot(page, name, fullPage = false) {
  await new Promise((resolve) => setTimeout(resolve, 300));
  await page.screenshot({ path: `${out}${name}.png`, fullPage });
  process.stdout.write(`wrote docs/screenshots/${name}.png\n`);
}

for (const viewport of ['phone', 'desktop']) {
  for (const dark of [false, true]) {
    const suffix = `${viewport}${dark ? '-dark' : ''}`;
    const builder = await open('builder', viewport, dark);
    await scrollTo(builder, 'routine-builder', 'fieldset.frequency');
    await shot(builder, `how-often-builder-${suffix}`);
    if (!dark) {
      // A slip: a time that is no time, shown under its field.
      await builder.evaluate(async () => {
        const element = document.querySelector('routine-builder');
        const field = element.shadowRoot.querySelector('#f-frequency-time');
        field.value = '25:00';
        field.dispatchEvent(new Event('input', { bubbles: true }));
        await element.updateComplete;
        field.value = '08:00';
      });
      await scrollTo(builder, 'routine-builder', 'fieldset.frequency');
      await shot(builder, `how-often-builder-${suffix}-problem`);
      await builder.evaluate(async () => {
        const element = document.querySelector('routine-builder');
        const field = element.shadowRoot.querySelector('#f-frequency-time');
        field.dispatchEvent(new Event('input', { bubbles: true }));
        await element.updateComplete;
      });
    }
    await builder.evaluate(async () => {
      const element = document.querySelector('routine-builder');
      [...element.shadowRoot.querySelectorAll('button')].find((b) => b.textContent.trim() === 'Share…').click();
      await element.updateComplete;
    });
    await builder.waitForFunction(() => document.querySelector('routine-builder').shadowRoot.querySelector('.share-panel svg'));
    await scrollTo(builder, 'routine-builder', '.share-actions');
    await shot(builder, `how-often-share-${suffix}`);
    await builder.close();

    const player = await open('player', viewport, dark);
    await shot(player, `how-often-player-${suffix}`);
    await player.close();
  }
}

// 200 % text on a phone: how often and Add to calendar wrap, nothing goes past the edge.
const large = await open('player', 'phone', false, 200);
await shot(large, 'how-often-player-phone-text-200');
await large.close();

// The printed handout: the player's, with how often under the name and the week's days marked.
const print = await open('player', 'desktop', false);
const folder = await mkdtemp(join(tmpdir(), 'how-often-'));
const pdf = join(folder, 'handout.pdf');
await new Promise((resolve) => setTimeout(resolve, 800));
await writeFile(pdf, await print.pdf({ format: 'A4', margin: { top: '12mm', bottom: '12mm', left: '12mm', right: '12mm' } }));
await run('pdftoppm', ['-png', '-r', '70', pdf, `${out}how-often-handout`]);
process.stdout.write('wrote docs/screenshots/how-often-handout-*.png\n');
await rm(folder, { recursive: true, force: true });
await print.close();

await browser.close();
await server.stop();
