// npm run drawings: the contact sheet of the drawings, for comparing each one with its steps.
// Writes docs/screenshots/drawings-sheet.png (every exercise) and drawings-<id>.png (one
// exercise each): steps beside the drawings at 290 px, 96 px and 5.5 cm, left and right,
// light and dark (scripts/drawings/sheet.ts). Shown with reduced motion, so nothing moves.
// Fails if the page logs an error or breaks its Content Security Policy.
//   node scripts/drawings/sheet.mjs [exercise-id] [--zoom width-px] [--out folder]
import puppeteer from 'puppeteer-core';
import { mkdir } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { resolve } from 'node:path';
import { serveRepository } from '../serve.mjs';
import { BROWSER_ARGS, findBrowser } from '../browser.mjs';

const root = fileURLToPath(new URL('../..', import.meta.url));
const args = process.argv.slice(2);
const outFlag = args.indexOf('--out');
const outDir = outFlag >= 0 ? resolve(args.splice(outFlag, 2)[1]) : `${root}docs/screenshots`;
const zoomFlag = args.indexOf('--zoom');
const zoom = zoomFlag >= 0 ? args.splice(zoomFlag, 2)[1] : '';
const only = args[0];

const server = await serveRepository();
const browser = await puppeteer.launch({ executablePath: findBrowser(), headless: true, args: BROWSER_ARGS });
const problems = [];
try {
  await mkdir(outDir, { recursive: true });
  const page = await browser.newPage();
  // Resource failures are reported by address below; the browser's own favicon request is not the page's.
  page.on('console', (message) => {
    if (message.type() === 'error' && !message.text().startsWith('Failed to load resource')) problems.push(message.text());
  });
  page.on('response', (response) => {
    if (response.status() >= 400 && !response.url().endsWith('/favicon.ico')) problems.push(`${response.status()} ${response.url()}`);
  });
  page.on('pageerror', (error) => problems.push(error.message));
  await page.setViewport({ width: 2200, height: 900, deviceScaleFactor: 1 });
  await page.emulateMediaFeatures([{ name: 'prefers-reduced-motion', value: 'reduce' }]);
  await page.evaluateOnNewDocument(() => {
    document.addEventListener('securitypolicyviolation', (event) => console.error(`CSP: ${event.violatedDirective}`));
  });
  const query = new URLSearchParams({ ...(only && { only }), ...(zoom && { zoom }) });
  await page.goto(`${server.origin}/scripts/drawings/sheet.html?${query}`);
  await page.waitForSelector('body[data-ready="true"]', { timeout: 15000 }).catch((error) => {
    throw new Error(`${error.message}\n${problems.join('\n')}`);
  });
  await page.evaluate(() => document.fonts.ready);
  // The page as wide as its widest row, so that nothing is cut off.
  const width = await page.evaluate(() => Math.ceil(document.documentElement.scrollWidth));
  await page.setViewport({ width, height: 900, deviceScaleFactor: 1 });
  if (!only) {
    const file = `${outDir}/drawings-sheet.png`;
    await page.screenshot({ path: file, fullPage: true });
    console.log(`wrote ${file.startsWith(root) ? file.slice(root.length) : file}`);
  }
  for (const section of await page.$$('main section')) {
    const id = await section.evaluate((element) => element.id);
    const file = `${outDir}/drawings-${id}.png`;
    await section.screenshot({ path: file });
    console.log(`wrote ${file.startsWith(root) ? file.slice(root.length) : file}`);
    // For a close look, each drawing alone too.
    if (zoom) {
      for (const [k, figure] of (await section.$$('figure')).entries()) await figure.screenshot({ path: `${outDir}/drawings-${id}-${k}.png` });
    }
  }
} finally {
  await browser.close();
  await server.stop();
}
if (problems.length) {
  console.error(problems.join('\n'));
  process.exit(1);
}
