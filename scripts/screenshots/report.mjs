// node scripts/screenshots/report.mjs: "Send to my physiotherapist" (the panel with its QR code,
// after a remembered session) and the clinic's <progress-report> of six weeks of daily sessions,
// on a 390×844 phone and at 1280×800, light and dark (and the phone at 200 % text); the clinic's view with the warning that the
// prescription differs; and the printed report (A4 PDF, its pages as PNG through poppler's
// pdftoppm, and its page count). Writes docs/screenshots/report-*.png.
import puppeteer from 'puppeteer-core';
import { execFile } from 'node:child_process';
import { mkdir, mkdtemp, rm, writeFile, rename, readdir } from 'node:fs/promises';
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

async function open(viewport, dark, query, textPercent = 100) {
  const page = await browser.newPage();
  await page.setViewport(VIEWPORTS[viewport]);
  if (textPercent !== 100) {
    // The browser's own font size setting, as a person with large text has it.
    const cdp = await page.createCDPSession();
    await cdp.send('Page.setFontSizes', { fontSizes: { standard: (16 * textPercent) / 100 } });
  }
  await page.emulateMediaFeatures([{ name: 'prefers-color-scheme', value: dark ? 'dark' : 'light' }]);
  page.on('pageerror', (error) => console.error(`page error: ${error.message}`));
  page.on('console', (message) => message.type() === 'error' && console.error(`console: ${message.text()}`));
  await page.goto(`${server.origin}/scripts/screenshots/report-stage.html?${query}`);
  await page.waitForFunction(() => window.stage?.ready, { timeout: 20_000 });
  await new Promise((resolve) => setTimeout(resolve, 300));
  return page;
}

async function shot(page, name, fullPage) {
  await page.screenshot({ path: `${out}${name}.png`, fullPage });
  process.stdout.write(`wrote docs/screenshots/${name}.png\n`);
}

try {
  for (const viewport of ['phone', 'desktop']) {
    for (const dark of [false, true]) {
      const suffix = `${viewport}${dark ? '-dark' : ''}`;
      const send = await open(viewport, dark, 'view=send');
      await shot(send, `report-send-${suffix}`, false);
      await send.close();
      const clinic = await open(viewport, dark, 'view=clinic');
      await shot(clinic, `report-clinic-${suffix}`, true);
      await clinic.close();
    }
  }
  for (const view of ['send', 'clinic']) {
    const large = await open('phone', false, `view=${view}`, 200);
    await shot(large, `report-${view}-phone-text-200`, false);
    await large.close();
  }
  const other = await open('desktop', false, 'view=clinic&routine=trunk-strength');
  await shot(other, 'report-clinic-mismatch', false);
  await other.close();

  const print = await open('desktop', false, 'view=clinic');
  const folder = await mkdtemp(join(tmpdir(), 'report-print-'));
  try {
    const pdf = join(folder, 'report.pdf');
    await writeFile(pdf, await print.pdf({ format: 'A4', margin: { top: '12mm', bottom: '12mm', left: '12mm', right: '12mm' } }));
    const { stdout: info } = await run('pdfinfo', [pdf]);
    process.stdout.write(`printed report: ${/Pages:\s+(\d+)/.exec(info)?.[1]} page(s)\n`);
    await run('pdftoppm', ['-png', '-r', '110', pdf, join(folder, 'page')]);
    for (const file of (await readdir(folder)).filter((name) => name.endsWith('.png')).sort()) {
      const name = `report-print-${file.replace(/^page-0*/, '').replace('.png', '')}`;
      await rename(join(folder, file), `${out}${name}.png`);
      process.stdout.write(`wrote docs/screenshots/${name}.png\n`);
    }
  } finally {
    await rm(folder, { recursive: true, force: true });
  }
  await print.close();
} finally {
  await browser.close();
  await server.stop();
}
