// node scripts/screenshots/docs.mjs (after npm run docs): the docs site's home page and the
// <hold-timer> page (its top, and its API tables) on a 375×812 phone and at 1280×800, light and
// dark, plus the home page on a phone at 200 % text. Writes docs/screenshots/docs-*.png.
import puppeteer from 'puppeteer-core';
import { existsSync } from 'node:fs';
import { mkdir } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { BROWSER_ARGS, findBrowser } from '../browser.mjs';
import { serveFolder } from '../docs/static-server.mjs';

const site = fileURLToPath(new URL('../../dist-docs/', import.meta.url));
const out = fileURLToPath(new URL('../../docs/screenshots/', import.meta.url));
if (!existsSync(`${site}index.html`)) throw new Error('No dist-docs/: run npm run docs first.');
await mkdir(out, { recursive: true });
const server = await serveFolder(site);
const browser = await puppeteer.launch({ executablePath: findBrowser(), headless: true, args: BROWSER_ARGS });

const VIEWPORTS = {
  phone: { width: 375, height: 812, deviceScaleFactor: 1, isMobile: true, hasTouch: true },
  desktop: { width: 1280, height: 800, deviceScaleFactor: 1 },
};
const SHOTS = [
  { name: 'home', path: 'index.html' },
  { name: 'hold-timer', path: 'elements/hold-timer.html' },
  { name: 'hold-timer-api', path: 'elements/hold-timer.html', scrollTo: '#api' },
];

try {
  for (const [viewport, size] of Object.entries(VIEWPORTS)) {
    for (const scheme of ['light', 'dark']) {
      for (const shot of SHOTS) {
        const page = await browser.newPage();
        await page.setViewport(size);
        await page.emulateMediaFeatures([{ name: 'prefers-color-scheme', value: scheme }]);
        page.on('console', (message) => message.type() === 'error' && console.error(`console: ${message.text()}`));
        await page.goto(`${server.origin}/${shot.path}`, { waitUntil: 'load' });
        await page.waitForNetworkIdle({ idleTime: 300 });
        if (shot.scrollTo) await page.evaluate((selector) => document.querySelector(selector).scrollIntoView(), shot.scrollTo);
        const file = `${out}docs-${shot.name}-${viewport}-${scheme}.png`;
        await page.screenshot({ path: file });
        console.log(file.slice(out.length));
        await page.close();
      }
    }
  }
  // 200 % text on a phone: the browser's own font size (the minimum font size doubles the default 16 px).
  const page = await browser.newPage();
  await page.setViewport(VIEWPORTS.phone);
  const session = await page.createCDPSession();
  await session.send('Page.enable');
  await session.send('Page.setFontSizes', { fontSizes: { standard: 32, fixed: 26 } });
  await page.goto(`${server.origin}/index.html`, { waitUntil: 'load' });
  await page.waitForNetworkIdle({ idleTime: 300 });
  const wide = await page.evaluate(() => document.documentElement.scrollWidth);
  await page.screenshot({ path: `${out}docs-home-phone-text-200.png` });
  console.log(`docs-home-phone-text-200.png (page width ${wide} px at 375)`);
} finally {
  await browser.close();
  await server.close();
}
