// Screenshots of demo/drawings.html at a phone and a desktop size, for
// reviewing the drawings against their steps: docs/screenshots/drawings-*.png.
// The page is shown with reduced motion, so every "moving" drawing is still.
// Fails if the page logs an error or breaks its Content Security Policy.
//   node scripts/drawing-shots.mjs
import puppeteer from 'puppeteer-core';
import { serveRepository } from './serve.mjs';
import { mkdir } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { BROWSER_ARGS, findBrowser } from './browser.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));
const outDir = `${root}docs/screenshots`;
const SIZES = [
  { name: 'phone', width: 390, height: 844 },
  { name: 'desktop', width: 1280, height: 800 },
];

const server = await serveRepository();
const browser = await puppeteer.launch({ executablePath: findBrowser(), headless: true, args: BROWSER_ARGS });
const problems = [];
try {
  await mkdir(outDir, { recursive: true });
  for (const size of SIZES) {
    const page = await browser.newPage();
    // Resource failures are reported by address below; the browser's own favicon request is not the page's.
    page.on('console', (message) => {
      if (message.type() === 'error' && !message.text().startsWith('Failed to load resource')) problems.push(message.text());
    });
    page.on('response', (response) => {
      if (response.status() >= 400 && !response.url().endsWith('/favicon.ico')) problems.push(`${response.status()} ${response.url()}`);
    });
    page.on('pageerror', (error) => problems.push(error.message));
    await page.setViewport({ width: size.width, height: size.height, deviceScaleFactor: 1 });
    await page.emulateMediaFeatures([{ name: 'prefers-reduced-motion', value: 'reduce' }]);
    await page.evaluateOnNewDocument(() => {
      document.addEventListener('securitypolicyviolation', (event) => console.error(`CSP: ${event.violatedDirective}`));
    });
    await page.goto(`${server.origin}/demo/drawings.html`);
    await page.waitForSelector('body[data-ready="true"]', { timeout: 15000 }).catch((error) => {
      throw new Error(`${error.message}\n${problems.join('\n')}`);
    });
    const file = `${outDir}/drawings-${size.name}.png`;
    await page.screenshot({ path: file, fullPage: true });
    console.log(`wrote ${file.slice(root.length)}`);
    if (size.name === 'desktop') {
      // One picture per exercise, drawings beside their steps, for a closer look.
      for (const section of await page.$$('main section')) {
        const id = await section.evaluate((element) => element.id);
        const sectionFile = `${outDir}/drawings-${id}.png`;
        await section.screenshot({ path: sectionFile });
        console.log(`wrote ${sectionFile.slice(root.length)}`);
      }
    }
    await page.close();
  }
} finally {
  await browser.close();
  await server.stop();
}
if (problems.length) {
  console.error(problems.join('\n'));
  process.exit(1);
}
