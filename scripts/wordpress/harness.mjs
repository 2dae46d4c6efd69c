// What the WordPress test's checks share: the results and their lines, pages whose requests and
// console errors are recorded, logging in, REST calls with the user's nonce, polling, screenshots.
import { mkdir } from 'node:fs/promises';
import { join } from 'node:path';

/** Every check's outcome, in order. */
export const results = [];
/** Every request of every page, and those of the visitor's (logged-out) pages. */
export const requests = { all: [], visitor: [] };

/** A progress line that is not a check. */
export const log = (line) => console.log(`     ${line}`);

/** Records one check and prints its line. */
export function record(name, ok, detail = '') {
  results.push({ name, ok });
  console.log(`${ok ? 'ok  ' : 'FAIL'} ${name}${detail ? `: ${detail}` : ''}`);
  return ok;
}

/** Runs a check: `true` or nothing passes, a string fails with that detail, an exception fails with its message. */
export async function check(name, body) {
  try {
    const outcome = await body();
    if (outcome === true || outcome === undefined) return record(name, true);
    return record(name, false, String(outcome));
  } catch (error) {
    return record(name, false, error.message.split('\n')[0]);
  }
}

/** True when `text` has every expected part, else which are missing. */
export function contains(text, expected) {
  const missing = expected.filter((part) => !text.includes(part));
  return missing.length === 0 || `missing ${missing.map((part) => JSON.stringify(part)).join(', ')}`;
}

/** A page whose requests are recorded, with its console errors and uncaught errors in `page.errors`. */
export async function newPage(context, { visitor = false } = {}) {
  const page = await context.newPage();
  page.setDefaultTimeout(30_000);
  page.errors = [];
  page.on('request', (request) => {
    requests.all.push(request.url());
    if (visitor) requests.visitor.push(request.url());
  });
  page.on('console', (message) => {
    if (message.type() === 'error') page.errors.push(`${message.text()} (${message.location()?.url ?? 'no address'})`);
  });
  page.on('pageerror', (error) => page.errors.push(error.message));
  return page;
}

/** Logs a user in through wp-login.php; returns the admin page it lands on. */
export async function logIn(context, origin, { user, password }) {
  const page = await newPage(context);
  await page.goto(`${origin}/wp-login.php`);
  // Filled in directly: the login page moves focus to the user name field 200 ms after load,
  // which would split typed text between the two fields.
  await page.$eval('#user_login', (input, value) => (input.value = value), user);
  await page.$eval('#user_pass', (input, value) => (input.value = value), password);
  await Promise.all([page.waitForNavigation(), page.click('#wp-submit')]);
  if (!page.url().includes('/wp-admin')) throw new Error(`${user} could not log in`);
  return page;
}

/** A REST request with the logged-in user's cookie and nonce, as the editor makes them. */
export async function rest(page, method, route, { body, query = {} } = {}) {
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

/** Polls a function in the page from Node (the page's own timers may be fake); returns its first truthy value. */
export async function until(page, fn, arg, timeoutMs = 20_000) {
  const end = Date.now() + timeoutMs;
  for (;;) {
    const value = await page.evaluate(fn, arg);
    if (value) return value;
    if (Date.now() > end) throw new Error(`timed out waiting for ${fn.toString().slice(0, 80)}`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

/** In the page: whether every element of these tags is defined and has rendered its shadow root. */
export const upgraded = (tags) =>
  tags.every((tag) => customElements.get(tag)) &&
  [...document.querySelectorAll(tags.join(','))].every((element) => element.shadowRoot && element.shadowRoot.childElementCount > 0);

/** Saves a full-page screenshot when WORDPRESS_SCREENSHOTS names a folder. */
export async function screenshot(page, name) {
  const folder = process.env.WORDPRESS_SCREENSHOTS;
  if (!folder) return;
  await mkdir(folder, { recursive: true });
  await page.screenshot({ path: join(folder, `${name}.png`), fullPage: true });
}
