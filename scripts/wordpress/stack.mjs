// A throwaway WordPress for the plugin's tests, from Debian's packages: MariaDB on a temporary
// data directory and socket (no system service, no TCP port), a copy of WordPress core with a
// wp-config.php of our own (WP_HTTP_BLOCK_EXTERNAL set), and PHP's built-in server on
// 127.0.0.1 and a free port. Everything lives in one temporary folder that stop() removes.
import { execFileSync, spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { existsSync } from 'node:fs';
import { cp, mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';

/** Debian packages the test needs: WordPress with its block theme (only recommended by the package) and a classic theme, PHP, MariaDB. */
export const PACKAGES = ['wordpress', 'wordpress-theme-twentytwentythree', 'wordpress-theme-twentytwentyone', 'php-cli', 'php-mysql', 'mariadb-server'];

function installed(name) {
  try {
    return execFileSync('dpkg-query', ['-W', '-f=${Status}', name], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).includes('install ok installed');
  } catch {
    return false;
  }
}

/** Installs the missing packages with apt-get; returns their names. */
export function ensurePackages(log) {
  const missing = PACKAGES.filter((name) => !installed(name));
  if (missing.length === 0) return missing;
  log(`installing ${missing.join(', ')} from Debian's packages`);
  const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
  execFileSync('apt-get', ['update', '-qq'], { stdio: 'ignore', env });
  execFileSync('apt-get', ['install', '-y', '-qq', ...missing], { stdio: 'ignore', env });
  return missing;
}

/** The folder of WordPress core as the `wordpress` package installed it. */
export function wordpressCoreDir() {
  const files = execFileSync('dpkg', ['-L', 'wordpress'], { encoding: 'utf8' }).split('\n');
  const settings = files.find((file) => file.endsWith('/wp-settings.php'));
  if (!settings) throw new Error('the wordpress package has no wp-settings.php');
  return dirname(settings);
}

function freePort() {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });
}

async function waitFor(interrupted, what, test, timeoutMs) {
  const end = Date.now() + timeoutMs;
  for (;;) {
    interrupted();
    if (await test()) return;
    if (Date.now() > end) throw new Error(`${what} did not come up within ${timeoutMs / 1000} s`);
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
}

function stopProcess(child, timeoutMs = 10_000) {
  if (!child || child.exitCode !== null || child.signalCode !== null) return Promise.resolve();
  return new Promise((resolve) => {
    const timer = setTimeout(() => {
      try {
        process.kill(-child.pid, 'SIGKILL');
      } catch {
        // already gone
      }
    }, timeoutMs);
    child.once('exit', () => {
      clearTimeout(timer);
      resolve();
    });
    try {
      // The whole process group: PHP's server workers, mariadbd.
      process.kill(-child.pid, 'SIGTERM');
    } catch {
      clearTimeout(timer);
      resolve();
    }
  });
}

const secret = () => randomBytes(24).toString('base64url');

/** Stacks started and not yet stopped, so that an interruption can stop one that is still starting. */
const running = new Set();

/** Stops every stack that is running or starting, and removes its files. */
export async function stopStacks() {
  for (const stack of [...running]) await stack.stop();
}

/**
 * Starts MariaDB, WordPress and PHP's server. `stop()` ends them and removes every file, also
 * while they are still starting. Returns the site's origin, the folders, and a SQL helper.
 */
export async function startStack(log) {
  const work = await mkdtemp(join(tmpdir(), 'wordpress-test-'));
  const processes = [];
  let starting;
  let stopping;
  const stack = {
    work,
    stop() {
      stopping ??= (async () => {
        running.delete(stack);
        // A copy or a start under way finishes (or gives up) first, so nothing is written after the removal.
        await starting?.catch(() => {});
        for (const child of processes.reverse()) await stopProcess(child);
        await rm(work, { recursive: true, force: true });
      })();
      return stopping;
    },
  };
  running.add(stack);
  const interrupted = () => {
    if (stopping) throw new Error('stopped while starting');
  };
  starting = start(stack, processes, log, interrupted);
  try {
    await starting;
    return stack;
  } catch (error) {
    await stack.stop();
    throw error;
  }
}

async function start(stack, processes, log, interrupted) {
  const { work } = stack;
  // MariaDB as the current user (root needs --user=root), on a socket only.
  const datadir = join(work, 'db');
  const socket = join(work, 'mysql.sock');
  const asRoot = process.getuid?.() === 0 ? ['--user=root'] : [];
  execFileSync('mariadb-install-db', ['--no-defaults', `--datadir=${datadir}`, '--skip-test-db', '--auth-root-authentication-method=socket', ...asRoot], { stdio: 'ignore' });
  const mariadb = spawn(
    'mariadbd',
    ['--no-defaults', `--datadir=${datadir}`, `--socket=${socket}`, '--skip-networking', `--pid-file=${join(work, 'mariadb.pid')}`, `--log-error=${join(work, 'mariadb.log')}`, '--innodb-buffer-pool-size=32M', ...asRoot],
    { detached: true, stdio: 'ignore' },
  );
  processes.push(mariadb);
  const sql = (statement, database = '') =>
    execFileSync('mariadb', ['--no-defaults', `--socket=${socket}`, '-u', process.getuid?.() === 0 ? 'root' : process.env.USER, '-N', '-B', ...(database ? [database] : []), '-e', statement], { encoding: 'utf8' });
  await waitFor(interrupted, 'MariaDB', () => existsSync(socket) && (() => { try { sql('SELECT 1'); return true; } catch { return false; } })(), 30_000);
  const password = secret();
  sql(`CREATE DATABASE wordpress; CREATE USER 'wordpress'@'localhost' IDENTIFIED BY '${password}'; GRANT ALL ON wordpress.* TO 'wordpress'@'localhost';`);
  stack.sql = (statement) => sql(statement, 'wordpress');

  // WordPress core, copied (Debian's links resolved), with our own wp-config.php.
  const core = wordpressCoreDir();
  const docroot = join(work, 'wordpress');
  await cp(core, docroot, {
    recursive: true,
    dereference: true,
    // Debian's own config scheme (/etc/wordpress) and its .htaccess stay out; so do the translations.
    filter: (source) => ![join(core, 'wp-config.php'), join(core, '.htaccess'), join(core, 'wp-content/languages')].includes(source),
  });
  interrupted();
  await mkdir(join(docroot, 'wp-content/plugins'), { recursive: true });
  await mkdir(join(docroot, 'wp-content/uploads'), { recursive: true });
  const keys = ['AUTH_KEY', 'SECURE_AUTH_KEY', 'LOGGED_IN_KEY', 'NONCE_KEY', 'AUTH_SALT', 'SECURE_AUTH_SALT', 'LOGGED_IN_SALT', 'NONCE_SALT'];
  const php = (value) => `'${String(value).replace(/\\/g, '\\\\').replace(/'/g, "\\'")}'`;
  await writeFile(
    join(docroot, 'wp-config.php'),
    `<?php
define( 'DB_NAME', 'wordpress' );
define( 'DB_USER', 'wordpress' );
define( 'DB_PASSWORD', ${php(password)} );
define( 'DB_HOST', ${php(`localhost:${socket}`)} );
define( 'DB_CHARSET', 'utf8mb4' );
define( 'DB_COLLATE', '' );
${keys.map((key) => `define( '${key}', ${php(secret())} );`).join('\n')}
$table_prefix = 'wp_';
define( 'WP_HTTP_BLOCK_EXTERNAL', true );
define( 'AUTOMATIC_UPDATER_DISABLED', true );
define( 'WP_AUTO_UPDATE_CORE', false );
define( 'DISABLE_WP_CRON', true );
define( 'FS_METHOD', 'direct' );
define( 'WP_DEBUG', true );
define( 'WP_DEBUG_DISPLAY', false );
define( 'WP_DEBUG_LOG', ${php(join(work, 'debug.log'))} );
if ( ! defined( 'ABSPATH' ) ) {
	define( 'ABSPATH', __DIR__ . '/' );
}
require_once ABSPATH . 'wp-settings.php';
`,
  );
  const version = /\$wp_version = '([^']+)'/.exec(await readFile(join(docroot, 'wp-includes/version.php'), 'utf8'))?.[1];

  // PHP's built-in server, a few workers so that the editor's parallel requests do not queue.
  const port = await freePort();
  const server = spawn('php', ['-S', `127.0.0.1:${port}`, '-t', docroot], {
    detached: true,
    stdio: 'ignore',
    env: { ...process.env, PHP_CLI_SERVER_WORKERS: '3' },
  });
  processes.push(server);
  const origin = `http://127.0.0.1:${port}`;
  await waitFor(interrupted, 'PHP server', async () => {
    try {
      await fetch(`${origin}/wp-includes/images/blank.gif`);
      return true;
    } catch {
      return false;
    }
  }, 15_000);
  log(`WordPress ${version} (from ${core}), MariaDB on a socket, PHP ${execFileSync('php', ['-r', 'echo PHP_VERSION;'], { encoding: 'utf8' })} server at ${origin}`);
  Object.assign(stack, { origin, docroot, version, debugLog: join(work, 'debug.log') });
}

/** Installs WordPress through its own installer (wp-admin/install.php), as a person would. */
export async function installWordPress(origin, admin) {
  const response = await fetch(`${origin}/wp-admin/install.php?step=2`, {
    method: 'POST',
    headers: { 'content-type': 'application/x-www-form-urlencoded' },
    body: new URLSearchParams({
      weblog_title: 'Clinic test site',
      user_name: admin.user,
      admin_password: admin.password,
      admin_password2: admin.password,
      admin_email: 'admin@example.test',
      blog_public: '0',
      Submit: 'Install WordPress',
    }),
  });
  const page = await response.text();
  if (!page.includes('Success!')) throw new Error(`the installer did not say Success! (HTTP ${response.status})`);
}
