// node scripts/screenshots/builder.mjs (after npm run build): the clinic's staff page
// (demo/clinic.html) with <routine-builder> on a 390×844 phone and at 1280×800, light and
// dark: empty, with exercises, with a problem (and, light, with a warning), the sharing panel, the patient's page opened from
// the link (and while its link is being read), and the printed handout
// (PDF, then PNG pages through poppler's pdftoppm). Writes docs/screenshots/builder-*.png.
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

async function open(viewport, dark) {
  const page = await browser.newPage();
  await page.setViewport(VIEWPORTS[viewport]);
  await page.emulateMediaFeatures([{ name: 'prefers-color-scheme', value: dark ? 'dark' : 'light' }]);
  page.on('pageerror', (error) => console.error(`page error: ${error.message}`));
  page.on('console', (message) => message.type() === 'error' && console.error(`console: ${message.text()}`));
  await page.goto(`${server.origin}/demo/clinic.html`);
  await page.waitForFunction(() => customElements.get('routine-builder'));
  await page.evaluate(() => document.querySelector('routine-builder').updateComplete);
  return page;
}

/** Clicks the buttons of the builder whose text (trimmed) is each of `labels`, in order. */
const click = (page, ...labels) =>
  page.evaluate(async (names) => {
    const builder = document.querySelector('routine-builder');
    for (const name of names) {
      const button = [...builder.shadowRoot.querySelectorAll('button')].find((b) => b.textContent.replace(/\s+/g, ' ').trim() === name);
      if (!button) throw new Error(`no button ${name}`);
      button.click();
      await builder.updateComplete;
    }
  }, labels);

const type = (page, id, text) =>
  page.evaluate(
    async (selector, value) => {
      const builder = document.querySelector('routine-builder');
      const field = builder.shadowRoot.querySelector(selector);
      field.value = value;
      field.dispatchEvent(new Event('input', { bubbles: true }));
      await builder.updateComplete;
    },
    id,
    text,
  );

async function fill(page) {
  await type(page, '#f-name', 'Lower back, week 1');
  await click(page, '+ Add Knee to Chest', '+ Add Lower Back Twist', '+ Add Cat–Cow', '+ Add Half Crunches');
  await type(page, '#f-items-3-dose-sets', '2');
  await type(page, '#f-note', 'Twice a day, morning and evening. Call us on 01632 960 123 if the pain spreads to your leg.');
}

async function shot(page, name, fullPage = true) {
  await new Promise((resolve) => setTimeout(resolve, 300));
  await page.screenshot({ path: `${out}${name}.png`, fullPage });
  process.stdout.write(`wrote docs/screenshots/${name}.png\n`);
}

for (const viewport of ['phone', 'desktop']) {
  for (const dark of [false, true]) {
    const suffix = `${viewport}${dark ? '-dark' : ''}`;
    const page = await open(viewport, dark);
    if (!dark) await shot(page, `builder-${suffix}-1-empty`, false);
    await fill(page);
    await shot(page, `builder-${suffix}-2-routine`);
    await type(page, '#f-items-1-dose-holdSeconds', '0');
    await page.evaluate(() => document.querySelector('routine-builder').shadowRoot.querySelector('#f-items-1-dose-holdSeconds').scrollIntoView({ block: 'center' }));
    await shot(page, `builder-${suffix}-3-problem`, false);
    await type(page, '#f-items-1-dose-holdSeconds', '30');
    if (!dark) {
      // A dose that plays but is likely a slip: ten crunches with no rest between them.
      await type(page, '#f-items-3-dose-restSeconds', '0');
      await page.evaluate(() => document.querySelector('routine-builder').shadowRoot.querySelector('#f-items-3-dose-restSeconds').scrollIntoView({ block: 'center' }));
      await shot(page, `builder-${suffix}-3-warning`, false);
      await type(page, '#f-items-3-dose-restSeconds', '3');
    }
    await click(page, 'Share…');
    await page.waitForFunction(() => document.querySelector('routine-builder').shadowRoot.querySelector('.share-panel svg'));
    await page.evaluate(() => document.querySelector('routine-builder').shadowRoot.querySelector('.share-panel').scrollIntoView());
    await shot(page, `builder-${suffix}-4-sharing`, false);
    if (viewport === 'phone' && !dark) {
      // The patient's page, opened from the link the builder made.
      const link = await page.evaluate(() => document.querySelector('routine-builder').shareLink);
      const patient = await browser.newPage();
      await patient.setViewport(VIEWPORTS.phone);
      await patient.goto(link);
      await patient.waitForFunction(() => document.querySelector('routine-player')?.routineData?.name.startsWith('Lower back, week 1'));
      await shot(patient, 'builder-phone-5-patient-page', false);
      await patient.close();
      // The same page while the code that reads links is still on its way (held back 5 s).
      const opening = await browser.newPage();
      await opening.setViewport(VIEWPORTS.phone);
      await opening.setRequestInterception(true);
      opening.on('request', (request) => {
        if (request.url().includes('/chunks/routine-link-')) setTimeout(() => request.continue().catch(() => {}), 5000);
        else request.continue();
      });
      await opening.goto(link);
      await opening.waitForFunction(() => document.querySelector('routine-player')?.shadowRoot?.querySelector('[part="loading"]'));
      await shot(opening, 'builder-phone-5-patient-page-opening', false);
      await opening.close();
    }
    if (viewport === 'desktop' && !dark) {
      const folder = await mkdtemp(join(tmpdir(), 'handout-'));
      const pdf = join(folder, 'handout.pdf');
      await new Promise((resolve) => setTimeout(resolve, 800));
      await writeFile(pdf, await page.pdf({ format: 'A4', margin: { top: '12mm', bottom: '12mm', left: '12mm', right: '12mm' } }));
      await run('pdftoppm', ['-png', '-r', '60', pdf, `${out}builder-handout`]);
      process.stdout.write('wrote docs/screenshots/builder-handout-*.png\n');
      await rm(folder, { recursive: true, force: true });
    }
    await page.close();
  }
}

await browser.close();
await server.stop();
