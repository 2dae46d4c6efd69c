// The WordPress plugin in a real WordPress (Debian's packages): installs what is missing, starts
// MariaDB, WordPress and PHP's server on this machine only, installs WordPress through its
// installer, uploads and activates the plugin's zip through the plugin upload form, and then, as
// a Contributor (no unfiltered_html, so the HTML filter is on), submits posts with each
// shortcode, each block, hand-written elements and smuggled scripts, which the administrator
// publishes. Headless Chromium reads the published pages with and without JavaScript (a fake
// clock runs a card's timer to the end) and drives the block editor. Every request is recorded
// and must stay on 127.0.0.1. Everything is stopped and removed at the end, also on failure.
//
//   npm run test:wordpress      (builds the plugin first when dist/ has no bundle)
//   WORDPRESS_SCREENSHOTS=folder npm run test:wordpress    (also saves screenshots to look at)
//
// Prints one line per check and ends with "N passed, N failed".
import { execFileSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { existsSync } from 'node:fs';
import { mkdir, readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import puppeteer from 'puppeteer-core';
import { BROWSER_ARGS, findBrowser } from '../browser.mjs';
import { buildPlugin, ZIP_PATH } from './build.mjs';
import { htmlCases } from './html-cases.mjs';
import { ensurePackages, installWordPress, startStack } from './stack.mjs';
import { POSTS } from './posts.mjs';

/* global wp -- the block editor's global, in functions that run in the editor page */

const root = fileURLToPath(new URL('../..', import.meta.url));
const started = Date.now();
const results = [];
const log = (line) => console.log(`     ${line}`);

function record(name, ok, detail = '') {
  results.push({ name, ok });
  console.log(`${ok ? 'ok  ' : 'FAIL'} ${name}${detail ? `: ${detail}` : ''}`);
  return ok;
}

/** Runs a check; an exception fails it with its message. */
async function check(name, body) {
  try {
    const outcome = await body();
    if (outcome === true || outcome === undefined) return record(name, true);
    return record(name, false, String(outcome));
  } catch (error) {
    return record(name, false, error.message.split('\n')[0]);
  }
}

/** A list of what is missing from `text`, or true. */
function contains(text, expected) {
  const missing = expected.filter((part) => !text.includes(part));
  return missing.length === 0 || `missing ${missing.map((part) => JSON.stringify(part)).join(', ')}`;
}

const admin = { user: 'admin', password: randomBytes(18).toString('base64url') };
const contributor = { user: 'contributor', password: randomBytes(18).toString('base64url') };
const requests = [];
const visitorRequests = [];
let stack;
let browser;
let visitor;

async function stopAll() {
  await browser?.close().catch(() => {});
  browser = undefined;
  await stack?.stop().catch(() => {});
  stack = undefined;
}
for (const signal of ['SIGINT', 'SIGTERM']) {
  process.once(signal, async () => {
    await stopAll();
    process.exit(130);
  });
}

/** A page whose requests are recorded, and its console errors and uncaught errors collected. */
async function newPage(context) {
  const page = await context.newPage();
  page.setDefaultTimeout(30_000);
  page.errors = [];
  page.on('request', (request) => {
    requests.push(request.url());
    if (context === visitor) visitorRequests.push(request.url());
  });
  page.on('console', (message) => {
    if (message.type() === 'error') page.errors.push(`${message.text()} (${message.location()?.url ?? 'no address'})`);
  });
  page.on('pageerror', (error) => page.errors.push(error.message));
  return page;
}

async function logIn(context, { user, password }) {
  const page = await newPage(context);
  await page.goto(`${stack.origin}/wp-login.php`);
  // Filled in directly: the login page moves focus to the user name field 200 ms after load,
  // which would split typed text between the two fields.
  await page.$eval('#user_login', (input, value) => (input.value = value), user);
  await page.$eval('#user_pass', (input, value) => (input.value = value), password);
  await Promise.all([page.waitForNavigation(), page.click('#wp-submit')]);
  if (!page.url().includes('/wp-admin')) throw new Error(`${user} could not log in`);
  return page;
}

/** A REST request with the logged-in user's cookie and nonce, as the editor makes them. */
async function rest(page, method, route, { body, query = {} } = {}) {
  return page.evaluate(
    async (method, route, body, query) => {
      const nonce = await (await fetch('/wp-admin/admin-ajax.php?action=rest-nonce')).text();
      const url = `/?${new URLSearchParams({ rest_route: route, ...query })}`;
      const response = await fetch(url, {
        method,
        headers: { 'X-WP-Nonce': nonce, 'content-type': 'application/json' },
        body: body ? JSON.stringify(body) : undefined,
      });
      return { status: response.status, json: await response.json() };
    },
    method,
    route,
    body,
    query,
  );
}

/** Saves a full-page screenshot when WORDPRESS_SCREENSHOTS names a folder. */
async function screenshot(page, name) {
  const folder = process.env.WORDPRESS_SCREENSHOTS;
  if (!folder) return;
  await mkdir(folder, { recursive: true });
  await page.screenshot({ path: join(folder, `${name}.png`), fullPage: true });
}

/** Polls a function in the page from Node (the page's own timers may be fake). */
async function until(page, fn, arg, timeoutMs = 20_000) {
  const end = Date.now() + timeoutMs;
  for (;;) {
    const value = await page.evaluate(fn, arg);
    if (value) return value;
    if (Date.now() > end) throw new Error(`timed out waiting for ${fn.toString().slice(0, 80)}`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

/** Where the PHP markup first differs from the JavaScript's, for the failure message. */
function firstDifference({ options, php, js }) {
  const phpLines = String(php).split('\n');
  const jsLines = js.split('\n');
  const line = jsLines.findIndex((text, index) => text !== phpLines[index]);
  return `with ${JSON.stringify(options)}, line ${line + 1}: PHP ${JSON.stringify(phpLines[line])}, JavaScript ${JSON.stringify(jsLines[line])}`;
}

const upgraded = (tags) =>
  tags.every((tag) => customElements.get(tag)) &&
  [...document.querySelectorAll(tags.join(','))].every((element) => element.shadowRoot && element.shadowRoot.childElementCount > 0);

try {
  const missing = ensurePackages(log);
  log(missing.length > 0 ? `installed ${missing.join(', ')}` : 'Debian packages present: wordpress, php-cli, php-mysql, mariadb-server');
  if (!existsSync(join(root, 'dist/back-exercise-elements.bundle.js'))) {
    log('no build in dist/: running npm run build');
    execFileSync('npm', ['run', 'build'], { cwd: root, stdio: 'ignore' });
  }
  const plugin = await buildPlugin();
  log(`plugin zip: ${plugin.files} files, ${(plugin.bytes / 1024).toFixed(1)} kB`);

  stack = await startStack(log);
  const { origin } = stack;
  await check(`WordPress ${stack.version} installs through wp-admin/install.php`, () => installWordPress(origin, admin));
  // WordPress's own avatars come from Gravatar; off on this site, so that its admin pages make no
  // outside request either (the visitor's pages are checked on their own as well).
  stack.sql("UPDATE wp_options SET option_value = '0' WHERE option_name = 'show_avatars'");

  browser = await puppeteer.launch({ executablePath: findBrowser(), headless: true, args: BROWSER_ARGS });
  const adminContext = await browser.createBrowserContext();
  const adminPage = await logIn(adminContext, admin);

  await check('the zip installs through Plugins → Add New → Upload Plugin and activates', async () => {
    await adminPage.goto(`${origin}/wp-admin/plugin-install.php?tab=upload`);
    const input = await adminPage.$('#pluginzip');
    await input.uploadFile(ZIP_PATH);
    await Promise.all([adminPage.waitForNavigation(), adminPage.click('#install-plugin-submit')]);
    const installed = await adminPage.evaluate(() => document.body.innerText);
    if (!installed.includes('Plugin installed successfully')) return `upload page says: ${installed.slice(0, 200)}`;
    await Promise.all([adminPage.waitForNavigation(), adminPage.click('a[href*="action=activate"]')]);
    const active = await adminPage.$('tr.active[data-slug="back-exercise-elements"]');
    return active !== null || 'not listed as active on the plugins page';
  });

  // The PHP renderer against the library's own functions, through the php command line.
  const cases = await htmlCases();
  const host = new URL(origin).host;
  const markup = JSON.parse(
    execFileSync('php', [join(root, 'scripts/wordpress/parity.php'), stack.docroot, host], { input: JSON.stringify(cases), encoding: 'utf8', maxBuffer: 64 << 20 }),
  );
  const byId = new Map();
  cases.forEach((testCase, index) => {
    const key = `${testCase.kind} ${testCase.id}`;
    const entry = byId.get(key) ?? { count: 0, differences: [] };
    entry.count += 1;
    if (markup[index] !== testCase.expected) entry.differences.push({ options: testCase.options, php: markup[index], js: testCase.expected });
    byId.set(key, entry);
  });
  for (const [key, { count, differences }] of byId) {
    const [kind, id] = key.split(' ');
    record(
      `PHP markup equals ${kind === 'exercise' ? 'exerciseToHTML' : 'routineToHTML'}('${id}') in ${count} variants`,
      differences.length === 0,
      differences.length > 0 ? `${differences.length} differ; ${firstDifference(differences[0])}` : '',
    );
  }

  const created = await rest(adminPage, 'POST', '/wp/v2/users', {
    body: { username: contributor.user, password: contributor.password, email: 'contributor@example.test', roles: ['contributor'] },
  });
  if (created.status !== 201) throw new Error(`could not create the contributor: ${JSON.stringify(created.json).slice(0, 200)}`);
  const contributorContext = await browser.createBrowserContext();
  const contributorPage = await logIn(contributorContext, contributor);
  await check('the Contributor cannot post unfiltered HTML, so the HTML filter is on for them', async () => {
    const me = await rest(contributorPage, 'GET', '/wp/v2/users/me', { query: { context: 'edit' } });
    const caps = me.json.capabilities ?? {};
    return (caps.contributor === true && !caps.unfiltered_html) || `capabilities ${JSON.stringify(caps).slice(0, 200)}`;
  });

  // The Contributor submits each post for review; the administrator publishes it.
  const ids = {};
  for (const [key, post] of Object.entries(POSTS)) {
    const submitted = await rest(contributorPage, 'POST', '/wp/v2/posts', { body: { title: post.title, content: post.content, status: 'pending' } });
    if (submitted.status !== 201 || submitted.json.status !== 'pending') {
      throw new Error(`the Contributor could not submit "${post.title}": ${JSON.stringify(submitted.json).slice(0, 200)}`);
    }
    ids[key] = submitted.json.id;
    const published = await rest(adminPage, 'POST', `/wp/v2/posts/${ids[key]}`, { body: { status: 'publish' } });
    if (published.json.status !== 'publish') throw new Error(`could not publish "${post.title}"`);
  }
  log(`the Contributor submitted ${Object.keys(ids).length} posts, the administrator published them`);
  const raw = async (key) => (await rest(adminPage, 'GET', `/wp/v2/posts/${ids[key]}`, { query: { context: 'edit' } })).json.content.raw;

  await check('hand-written elements keep their tags and documented attributes after the filter', async () =>
    contains(await raw('handWritten'), [
      '<back-exercise hold="5" each-side targets="hamstrings, lower back" level="beginner">',
      '<h2>Lying hamstring stretch</h2>',
      '<hold-timer hold="3" prepare="0" cues="none" label="Short hold">',
      '<routine-player routine="lower-back-stretches" level="advanced" remember>',
    ]),
  );
  await check('a smuggled <script>, on* handlers, undocumented attributes and other tags are stripped', async () => {
    const content = await raw('smuggled');
    const left = ['<script', 'onerror', 'onclick', 'onload', 'style=', 'data-evil', '<other-element'].filter((part) => content.includes(part));
    if (left.length > 0) return `still there: ${left.join(', ')}`;
    return contains(content, ['<back-exercise exercise="knee-to-chest">', '<hold-timer hold="10">', '<img src="/wp-includes/images/blank.gif">']);
  });
  await check('shortcodes and block comments reach the database as written', async () =>
    contains((await raw('shortcodes')) + (await raw('blocks')), [
      '[back_exercise exercise="knee-to-chest" level="intermediate" hold="30"]',
      '[routine_player routine="lower-back" remember rate]',
      '[hold_timer hold="45" each-side]',
      '<!-- wp:back-exercise-elements/exercise-card',
      '<!-- wp:back-exercise-elements/routine-player',
    ]),
  );

  const link = (key) => `${origin}/?p=${ids[key]}`;
  visitor = await browser.createBrowserContext();
  const sinonSource = await readFile(createRequire(import.meta.url).resolve('sinon/pkg/sinon.js'), 'utf8');

  /** The published pages as a visitor reads them with JavaScript off, under the active theme. */
  async function readWithoutJavaScript(theme) {
    const page = await newPage(visitor);
    await page.setJavaScriptEnabled(false);
    await page.goto(link('shortcodes'));
    await screenshot(page, `${theme.split(' ').pop()}-shortcodes-no-javascript`);
    await check(`[${theme}] without JavaScript the shortcodes' names, doses, steps and cautions are in the page`, async () => {
      const text = await page.evaluate(() => document.body.innerText);
      const structure = await page.evaluate(() => ({
        cardHeading: document.querySelector('back-exercise[exercise="knee-to-chest"] > h3')?.textContent,
        sections: document.querySelectorAll('routine-player[routine="lower-back"] > section').length,
        timer: document.querySelector('hold-timer[hold="45"][each-side] > p')?.textContent,
      }));
      if (structure.cardHeading !== 'Knee to Chest' || structure.sections !== 6 || structure.timer !== 'Hold 45 seconds on each side') {
        return `markup inside the elements is not as printed: ${JSON.stringify(structure)}`;
      }
      return contains(text, [
        'Knee to Chest',
        'Hold 30 seconds on each side',
        'Pull knee gently as far towards chest as possible',
        'If you experience back pain, stop!',
        'Lower back: stretch and strengthen',
        'Assisted Back Extension',
        'Hold 45 seconds on each side',
      ]);
    });
    await page.goto(link('blocks'));
    await screenshot(page, `${theme.split(' ').pop()}-blocks-no-javascript`);
    await check(`[${theme}] without JavaScript the blocks' names, doses, steps and cautions are in the page`, async () => {
      const html = await page.content();
      const text = await page.evaluate(() => document.body.innerText);
      const found = contains(text, ['Half Crunch', '3 sets of 15, hold each for 2 seconds', 'Trunk strength', 'Push-up Back Extension']);
      if (found !== true) return found;
      return contains(html, ['<p slot="safety-advice">Call our clinic on 555 0100.</p>', 'remember', 'rate']);
    });
    await page.goto(link('badValues'));
    await screenshot(page, `${theme.split(' ').pop()}-bad-values`);
    await check(`[${theme}] bad shortcode values show a plain error naming each attribute`, async () => {
      const text = await page.evaluate(() => document.body.innerText);
      const elements = await page.evaluate(() => document.querySelectorAll('back-exercise, hold-timer, routine-player').length);
      if (elements !== 0) return `${elements} elements were printed for bad values`;
      return contains(text, [
        'This exercise cannot be shown because its data has problems:',
        'exercise: is not a known exercise, got "burpee"',
        'hold: must be a whole number from 1 to 3600, got "abc"',
        'This timer cannot start because of its attributes:',
        'hold: must be a whole number from 1 to 3600, got "0"',
        'This routine cannot be played because its data has problems:',
        'level: must be one of beginner, intermediate, advanced, got "expert"',
        'remember: is an on/off attribute: write it alone, without a value, got "yes"',
        'exercise: is required: one of knee-to-chest, lower-back-twist',
        'hlod: is not a known attribute; known attributes are',
      ]);
    });
    await page.close();
  }

  /** The published pages with JavaScript and a fake clock. */
  async function runWithJavaScript(theme, full) {
    const page = await newPage(visitor);
    await page.evaluateOnNewDocument(sinonSource);
    await page.evaluateOnNewDocument(() => {
      // Time moves only when the test ticks it: a 70 s exercise takes no real time.
      window.fakeClock = window.sinon.useFakeTimers({
        now: Date.now(),
        toFake: ['setTimeout', 'clearTimeout', 'setInterval', 'clearInterval', 'Date', 'performance'],
      });
    });
    await page.goto(link('shortcodes'));
    await check(`[${theme}] the shortcodes' elements upgrade`, async () => {
      await until(page, upgraded, ['back-exercise', 'routine-player', 'hold-timer']);
      const names = await page.evaluate(() => ({
        card: document.querySelector('back-exercise').shadowRoot.textContent,
        player: document.querySelector('routine-player').shadowRoot.textContent,
      }));
      await screenshot(page, `${theme.split(' ').pop()}-shortcodes`);
      return contains(names.card + names.player, ['Knee to Chest', 'Hold 30 seconds on each side', 'Side Trunk Stretch', 'Half Crunch']);
    });
    await check(`[${theme}] a card's timer runs its 70 s (30 s each side) on a fake clock and completes`, async () => {
      const button = await until(page, () => {
        const timer = document.querySelector('back-exercise[exercise="knee-to-chest"]').shadowRoot.querySelector('hold-timer');
        return timer?.shadowRoot?.querySelector('button[part="button"]') ? true : false;
      });
      if (!button) return 'no start button';
      await page.evaluate(() => {
        window.completed = 0;
        document.querySelector('back-exercise[exercise="knee-to-chest"]').addEventListener('hold-timer-complete', () => window.completed++);
      });
      const start = await page.evaluateHandle(() =>
        document.querySelector('back-exercise[exercise="knee-to-chest"]').shadowRoot.querySelector('hold-timer').shadowRoot.querySelector('button[part="button"]'),
      );
      await start.click();
      const timerStatus = () => document.querySelector('back-exercise[exercise="knee-to-chest"]').shadowRoot.querySelector('hold-timer').status;
      const running = await page.evaluate(timerStatus);
      await page.evaluate(() => window.fakeClock.tickAsync(69_000));
      const before = await page.evaluate(() => ({ completed: window.completed }));
      const statusBefore = await page.evaluate(timerStatus);
      await page.evaluate(() => window.fakeClock.tickAsync(2_000));
      const statusAfter = await page.evaluate(timerStatus);
      const completed = await page.evaluate(() => window.completed);
      return (
        (running === 'running' && statusBefore === 'running' && before.completed === 0 && statusAfter === 'done' && completed === 1) ||
        `status ${running} at start, ${statusBefore} at 69 s, ${statusAfter} at 71 s; ${completed} complete events`
      );
    });
    if (full) {
      await page.goto(link('blocks'));
      await check(`[${theme}] the blocks' elements upgrade, with the clinic's advice in the player's slot`, async () => {
        await until(page, upgraded, ['back-exercise', 'routine-player']);
        return page.evaluate(() => {
          const player = document.querySelector('.wp-block-back-exercise-elements-routine-player routine-player');
          const card = document.querySelector('.wp-block-back-exercise-elements-exercise-card back-exercise');
          const advice = [...player.querySelectorAll('[slot="safety-advice"]')].map((p) => p.textContent);
          return (
            (card.shadowRoot.textContent.includes('Half Crunch') && player.rate && player.remember && advice.join(' ') === 'Stop and rest. Call our clinic on 555 0100.') ||
            `card ${card.shadowRoot.textContent.slice(0, 60)}, rate ${player.rate}, remember ${player.remember}, advice ${JSON.stringify(advice)}`
          );
        });
      });
      await page.goto(link('handWritten'));
      await check(`[${theme}] a Contributor's hand-written elements upgrade and read their own content`, async () => {
        await until(page, upgraded, ['back-exercise', 'hold-timer', 'routine-player']);
        const text = await page.evaluate(() => document.querySelector('back-exercise').shadowRoot.textContent);
        return contains(text, ['Lying hamstring stretch', 'Loop a towel around one foot and raise the leg', 'If you experience back pain, stop!']);
      });
      await page.goto(link('smuggled'));
      await check(`[${theme}] the smuggled scripts do not run on the published page`, async () => {
        await until(page, upgraded, ['back-exercise', 'hold-timer']);
        await page.evaluate(() => document.querySelector('back-exercise').click());
        return page.evaluate(() => window.smuggled === undefined || `window.smuggled is ${window.smuggled}`);
      });
      await page.goto(link('plain'));
      await check(`[${theme}] a post without elements loads neither the script nor the stylesheet`, async () => {
        const html = await page.content();
        const withElements = await (await fetch(link('shortcodes'))).text();
        if (!withElements.includes('back-exercise-elements.bundle.js') || !withElements.includes('assets/elements.css')) return 'a post with elements lacks the script or stylesheet';
        return !html.includes('back-exercise-elements.bundle.js') && !html.includes('assets/elements.css') ? true : 'the plain post loads them';
      });
      await check(`[${theme}] the bundle is a module script (WordPress before 6.5 has no script modules)`, async () => {
        const withElements = await (await fetch(link('shortcodes'))).text();
        return /<script[^>]+type="module"[^>]+back-exercise-elements\.bundle\.js/.test(withElements) || 'no <script type="module"> for the bundle';
      });
    }
    await check(`[${theme}] no page error or console error on the published pages`, () => page.errors.length === 0 || page.errors.slice(0, 3).join(' | '));
    await page.close();
  }

  await readWithoutJavaScript('block theme Twenty Twenty-Three');
  await runWithJavaScript('block theme Twenty Twenty-Three', true);

  await check('the classic theme Twenty Twenty-One activates', async () => {
    await adminPage.goto(`${origin}/wp-admin/themes.php`);
    const href = await adminPage.$eval('.theme[data-slug="twentytwentyone"] a.activate', (a) => a.href);
    await adminPage.goto(href);
    return (await adminPage.$eval('body', (body) => body.innerText)).includes('New theme activated') || 'no "New theme activated"';
  });
  await readWithoutJavaScript('classic theme Twenty Twenty-One');
  await runWithJavaScript('classic theme Twenty Twenty-One', false);

  // The block editor, as the Contributor: both blocks inserted through wp.data.
  // The editor's welcome guide shows an image from WordPress.org the first time; the Contributor
  // has dismissed it before (the editor keeps that choice in the user's persisted preferences).
  await rest(contributorPage, 'POST', '/wp/v2/users/me', {
    body: { meta: { persisted_preferences: { 'core/edit-post': { welcomeGuide: false }, _modified: new Date().toISOString() } } },
  });
  const editor = await newPage(contributorContext);
  await editor.goto(`${origin}/wp-admin/post-new.php`);
  await check('the block editor lists both blocks, inserted through wp.data they preview as the real elements', async () => {
    await until(editor, () => window.wp?.blocks?.getBlockType('back-exercise-elements/routine-player') && window.wp.data?.select('core/block-editor'));
    await editor.evaluate(() => {
      wp.data.dispatch('core/block-editor').insertBlocks([
        wp.blocks.createBlock('back-exercise-elements/exercise-card', { exercise: 'side-trunk-stretch', level: 'advanced' }),
        wp.blocks.createBlock('back-exercise-elements/routine-player', { routine: 'lower-back-stretches', rate: true, safetyAdvice: 'Call our clinic on 555 0100.' }),
      ]);
    });
    const previews = await until(editor, () => {
      const canvas = document.querySelector('iframe[name="editor-canvas"]')?.contentDocument ?? document;
      const card = canvas.querySelector('.wp-block-back-exercise-elements-exercise-card back-exercise');
      const player = canvas.querySelector('.wp-block-back-exercise-elements-routine-player routine-player');
      const ready = (element) => element?.shadowRoot?.childElementCount > 0;
      return ready(card) && ready(player) && { card: card.shadowRoot.textContent, player: player.shadowRoot.textContent, advice: player.querySelector('[slot="safety-advice"]')?.textContent };
    });
    const found = contains(previews.card + previews.player, ['Side Trunk Stretch', 'Lower back stretches', 'Knee to Chest']);
    if (found !== true) return found;
    return previews.advice === 'Call our clinic on 555 0100.' || `advice slot ${JSON.stringify(previews.advice)}`;
  });
  await check("the routine player block's sidebar offers routine, level, cues, remember, rate and safety advice", async () => {
    await editor.evaluate(() => {
      const blocks = wp.data.select('core/block-editor').getBlocks();
      wp.data.dispatch('core/block-editor').selectBlock(blocks.find((block) => block.name === 'back-exercise-elements/routine-player').clientId);
      wp.data.dispatch('core/edit-post').openGeneralSidebar('edit-post/block');
    });
    // textContent: the sidebar's labels are upper-cased by CSS, which innerText would return.
    const text = await until(editor, () => document.querySelector('.block-editor-block-inspector')?.textContent.includes('Safety advice') && document.querySelector('.block-editor-block-inspector').textContent);
    await screenshot(editor, 'editor');
    return contains(text, ['Routine', 'Level', 'Cues', 'Remember progress', 'pain and difficulty ratings', 'Safety advice']);
  });
  await check('the Contributor submits the editor post for review, blocks and attributes saved', async () => {
    await editor.evaluate(() => {
      wp.data.dispatch('core/editor').editPost({ title: 'Made in the editor', status: 'pending' });
      return wp.data.dispatch('core/editor').savePost();
    });
    const id = await editor.evaluate(() => wp.data.select('core/editor').getCurrentPostId());
    const saved = (await rest(adminPage, 'GET', `/wp/v2/posts/${id}`, { query: { context: 'edit' } })).json;
    if (saved.status !== 'pending') return `status ${saved.status}`;
    return contains(saved.content.raw, ['<!-- wp:back-exercise-elements/exercise-card {"exercise":"side-trunk-stretch","level":"advanced"} /-->', '"safetyAdvice":"Call our clinic on 555 0100."']);
  });
  await check('no console error in the block editor', () => editor.errors.length === 0 || editor.errors.slice(0, 3).join(' | '));

  await check('deleting the plugin (Plugins → Deactivate, then Delete) removes its folder and leaves the posts', async () => {
    const posts = () => stack.sql("SELECT COUNT(*) FROM wp_posts WHERE post_content LIKE '%back_exercise%' OR post_content LIKE '%back-exercise%'").trim();
    const before = posts();
    await adminPage.goto(`${origin}/wp-admin/plugins.php`);
    await Promise.all([adminPage.waitForNavigation(), adminPage.click('tr[data-slug="back-exercise-elements"] .deactivate a')]);
    adminPage.once('dialog', (dialog) => dialog.accept());
    await adminPage.click('tr[data-slug="back-exercise-elements"] .delete a');
    const folder = join(stack.docroot, 'wp-content/plugins/back-exercise-elements');
    const end = Date.now() + 20_000;
    while (existsSync(folder) && Date.now() < end) await new Promise((resolve) => setTimeout(resolve, 200));
    if (existsSync(folder)) return 'the plugin folder is still there';
    const after = posts();
    return (before === after && Number(before) >= 5) || `posts with elements: ${before} before, ${after} after`;
  });
  await check('the plugin keeps nothing in the database: no options, no post meta of its own', () => {
    const rows = stack.sql(
      "SELECT option_name FROM wp_options WHERE option_name LIKE '%back%exercise%' OR option_name LIKE 'backex%' OR option_name LIKE '%routine%player%' UNION ALL SELECT meta_key FROM wp_postmeta WHERE meta_key LIKE '%back%exercise%' OR meta_key LIKE 'backex%'",
    ).trim();
    return rows === '' || `rows: ${rows.split('\n').join(', ')}`;
  });
  await check('no PHP warning or notice from the plugin', async () => {
    const debug = existsSync(stack.debugLog) ? await readFile(stack.debugLog, 'utf8') : '';
    const ours = debug.split('\n').filter((line) => line.includes('back-exercise-elements'));
    return ours.length === 0 || ours.slice(0, 3).join(' | ');
  });
  const away = (urls) => urls.filter((url) => !/^(data|blob|about):/.test(url) && new URL(url).hostname !== '127.0.0.1');
  await check(`every request of the visitor's pages went to 127.0.0.1 (${visitorRequests.length} requests)`, () => {
    const left = away(visitorRequests);
    return left.length === 0 || `${left.length} left: ${[...new Set(left)].slice(0, 5).join(', ')}`;
  });
  await check(`every request of every page, admin and editor included, went to 127.0.0.1 (${requests.length} requests)`, () => {
    const left = away(requests);
    return left.length === 0 || `${left.length} left: ${[...new Set(left)].slice(0, 5).join(', ')}`;
  });
} catch (error) {
  record('the WordPress test ran to the end', false, error.message.split('\n')[0]);
} finally {
  await stopAll();
}

const passed = results.filter((result) => result.ok).length;
console.log(`     test:wordpress took ${Math.round((Date.now() - started) / 1000)} s; everything stopped and removed`);
console.log(`${passed} passed, ${results.length - passed} failed`);
process.exit(results.length - passed > 0 ? 1 : 0);
