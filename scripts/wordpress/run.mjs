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
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import puppeteer from 'puppeteer-core';
import { BROWSER_ARGS, findBrowser } from '../browser.mjs';
import { buildPlugin, ZIP_PATH } from './build.mjs';
import { checkAdvice } from './advice-checks.mjs';
import { checkBlockEditor } from './editor-checks.mjs';
import { check, contains, log, logIn, record, requests, rest, results } from './harness.mjs';
import { htmlCases } from './html-cases.mjs';
import { checkLimits } from './limit-checks.mjs';
import { POSTS } from './posts.mjs';
import { ensurePackages, installWordPress, PACKAGES, startStack, stopStacks } from './stack.mjs';
import { readWithoutJavaScript, runWithJavaScript } from './visitor-checks.mjs';

const root = fileURLToPath(new URL('../..', import.meta.url));
const started = Date.now();
const admin = { user: 'admin', password: randomBytes(18).toString('base64url') };
const contributor = { user: 'contributor', password: randomBytes(18).toString('base64url') };
let stack;
let browser;

async function stopAll() {
  await browser?.close().catch(() => {});
  browser = undefined;
  // Also a stack that is still starting, when interrupted.
  await stopStacks().catch(() => {});
}
for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP']) {
  process.once(signal, async () => {
    await stopAll();
    process.exit(130);
  });
}

/** Where the PHP markup first differs from the JavaScript's, for the failure message. */
function firstDifference({ options, php, js }) {
  const phpLines = String(php).split('\n');
  const jsLines = js.split('\n');
  const line = jsLines.findIndex((text, index) => text !== phpLines[index]);
  return `with ${JSON.stringify(options)}, line ${line + 1}: PHP ${JSON.stringify(phpLines[line])}, JavaScript ${JSON.stringify(jsLines[line])}`;
}

try {
  const missing = ensurePackages(log);
  log(missing.length > 0 ? `installed ${missing.join(', ')}` : `Debian packages present: ${PACKAGES.join(', ')}`);
  if (!existsSync(join(root, 'dist/back-exercise-elements.bundle.js'))) {
    log('no build in dist/: running npm run build');
    execFileSync('npm', ['run', 'build'], { cwd: root, stdio: 'ignore' });
  }
  const plugin = await buildPlugin();
  log(`plugin zip: ${plugin.files} files, ${(plugin.bytes / 1024).toFixed(1)} kB`);
  await check("every PHP file of the plugin parses and stops when loaded outside WordPress", async () => {
    const bad = [];
    for (const file of plugin.phpFiles) {
      const source = await readFile(file, 'utf8');
      const guarded = /defined\( '(ABSPATH|WP_UNINSTALL_PLUGIN)' \) \|\| exit;/.test(source);
      try {
        execFileSync('php', ['-l', file], { stdio: 'ignore' });
        if (!guarded) bad.push(`${file}: no ABSPATH guard`);
      } catch {
        bad.push(`${file}: does not parse`);
      }
    }
    return bad.length === 0 || bad.join(', ');
  });

  stack = await startStack(log);
  const { origin } = stack;
  await check(`WordPress ${stack.version} installs through wp-admin/install.php`, () => installWordPress(origin, admin));
  // WordPress's own avatars come from Gravatar; off on this site, so that its admin pages make no
  // outside request either (the visitor's pages are checked on their own as well).
  stack.sql("UPDATE wp_options SET option_value = '0' WHERE option_name = 'show_avatars'");

  // Our own signal handlers stop everything; Puppeteer's would exit before MariaDB and PHP are stopped.
  browser = await puppeteer.launch({
    executablePath: findBrowser(),
    headless: true,
    args: BROWSER_ARGS,
    handleSIGINT: false,
    handleSIGTERM: false,
    handleSIGHUP: false,
  });
  const adminContext = await browser.createBrowserContext();
  const adminPage = await logIn(adminContext, origin, admin);

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
  const contributorPage = await logIn(contributorContext, origin, contributor);
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
  const visitor = { visitor: await browser.createBrowserContext(), link };


  await readWithoutJavaScript(visitor, 'block theme Twenty Twenty-Three');
  await runWithJavaScript(visitor, 'block theme Twenty Twenty-Three', true);

  await check('the classic theme Twenty Twenty-One activates', async () => {
    await adminPage.goto(`${origin}/wp-admin/themes.php`);
    const href = await adminPage.$eval('.theme[data-slug="twentytwentyone"] a.activate', (a) => a.href);
    await adminPage.goto(href);
    return (await adminPage.$eval('body', (body) => body.innerText)).includes('New theme activated') || 'no "New theme activated"';
  });
  await readWithoutJavaScript(visitor, 'classic theme Twenty Twenty-One');
  await runWithJavaScript(visitor, 'classic theme Twenty Twenty-One', false);

  await checkBlockEditor({ origin, contributorContext, contributorPage, adminPage });
  await checkAdvice({ origin, contributorContext, adminPage, visitor: visitor.visitor, shortcodePostId: ids.adviceMarkup });
  await checkLimits({ origin, visitor: visitor.visitor, id: ids.limits });

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
  await check(`every request of the visitor's pages went to 127.0.0.1 (${requests.visitor.length} requests)`, () => {
    const left = away(requests.visitor);
    return left.length === 0 || `${left.length} left: ${[...new Set(left)].slice(0, 5).join(', ')}`;
  });
  await check(`every request of every page, admin and editor included, went to 127.0.0.1 (${requests.all.length} requests)`, () => {
    const left = away(requests.all);
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
