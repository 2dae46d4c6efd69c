// Every page of the docs site in Chromium: the live examples are defined and render, nothing is
// logged as an error, no request leaves the page's own origin; and with JavaScript off every page
// still shows its title, navigation and text. Needs the built library in dist/ and Chromium.
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import puppeteer from 'puppeteer-core';
import { BROWSER_ARGS, findBrowser } from '../../scripts/browser.mjs';
import { builtSite, htmlFiles, readPage } from './site-files.mjs';
import { serveFolder } from '../../scripts/docs/static-server.mjs';

let site;
let server;
let browser;
let pages;
before(async () => {
  site = await builtSite();
  server = await serveFolder(site.out);
  browser = await puppeteer.launch({ executablePath: findBrowser(), headless: true, args: BROWSER_ARGS });
  pages = await htmlFiles(site.out);
});
after(async () => {
  await browser?.close();
  await server?.close();
  await site?.remove();
});

/** Opens `path` and records console errors, page errors, failed and off-origin requests. */
async function visit(path, { javaScript = true } = {}) {
  const page = await browser.newPage();
  await page.setJavaScriptEnabled(javaScript);
  const problems = [];
  page.on('console', (message) => {
    if (message.type() === 'error') problems.push(`console.error: ${message.text()}`);
  });
  page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
  page.on('request', (request) => {
    if (new URL(request.url()).origin !== server.origin && !request.url().startsWith('data:')) {
      problems.push(`request off the origin: ${request.url()}`);
    }
  });
  page.on('response', (response) => {
    if (response.status() >= 400) problems.push(`${response.status()} for ${response.url()}`);
  });
  page.on('requestfailed', (request) => problems.push(`failed: ${request.url()}`));
  await page.goto(`${server.origin}/${path}`, { waitUntil: 'load' });
  return { page, problems };
}

describe('live examples in Chromium', () => {
  it('has live examples on the home page and every element page', async () => {
    for (const path of ['index.html', ...pages.filter((p) => p.startsWith('elements/'))]) {
      assert.match(await readPage(site.out, path), /class="example-live"/, `${path} has a live example`);
    }
  });

  it('renders every example with no console error and no request off the page\'s origin', async () => {
    const withExamples = [];
    for (const path of pages) if ((await readPage(site.out, path)).includes('class="example-live"')) withExamples.push(path);
    assert.ok(withExamples.length >= 5, 'pages with examples');
    for (const path of withExamples) {
      const { page, problems } = await visit(path);
      try {
        const tags = await page.evaluate(() =>
          [...new Set([...document.querySelectorAll('.example-live *')].map((e) => e.localName).filter((name) => name.includes('-')))],
        );
        assert.ok(tags.length > 0, `${path}: its examples hold elements`);
        await page.waitForFunction(
          () =>
            [...document.querySelectorAll('.example-live *')]
              .filter((e) => e.localName.includes('-'))
              .every((e) => customElements.get(e.localName) && e.shadowRoot && e.shadowRoot.childElementCount > 0),
          { timeout: 15000 },
        );
        await page.waitForNetworkIdle({ idleTime: 300, timeout: 15000 });
        const errors = await page.evaluate(() =>
          [...document.querySelectorAll('.example-live *')]
            .filter((e) => e.localName.includes('-') && e.shadowRoot?.querySelector('[part~="error"]:not([hidden])'))
            .map((e) => e.localName),
        );
        assert.deepEqual(errors, [], `${path}: no example shows an error`);
        assert.deepEqual(problems, [], `${path}: console and requests`);
      } finally {
        await page.close();
      }
    }
  });

  it('loads every page with nothing logged and nothing requested from another origin', async () => {
    for (const path of pages) {
      const { page, problems } = await visit(path);
      await page.waitForNetworkIdle({ idleTime: 200, timeout: 15000 });
      await page.close();
      assert.deepEqual(problems, [], path);
    }
  });
});

describe('with JavaScript off', () => {
  it('shows every page\'s title, navigation and text', async () => {
    for (const path of pages) {
      const { page, problems } = await visit(path, { javaScript: false });
      try {
        const shown = await page.evaluate(() => ({
          title: document.title,
          h1: document.querySelector('main h1')?.textContent ?? '',
          links: document.querySelectorAll('nav a').length,
          text: document.querySelector('main').innerText.length,
          navVisible: document.querySelector('nav').getBoundingClientRect().height > 0,
        }));
        assert.ok(shown.title && shown.h1, `${path} has a title and a heading`);
        assert.ok(shown.links >= pages.length && shown.navVisible, `${path} shows the navigation`);
        assert.ok(shown.text > 200, `${path} shows its text`);
        assert.deepEqual(problems, [], path);
      } finally {
        await page.close();
      }
    }
  });
});
