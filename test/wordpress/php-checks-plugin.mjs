// A web-test-runner command, `php-checks`, for test/wordpress/php-parity.test.ts: runs the
// WordPress plugin's shortcode renderers and advice readers through php-cli, without WordPress
// (scripts/wordpress/checks.php stubs the few WordPress functions they call), with the catalog the
// plugin's build exports. Answers `{ missing }` when there is no `php` command, so that the test
// can skip with that message; CI (.ci/run) installs php-cli before `npm test`.
import { execFile } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { catalogExport } from '../../scripts/wordpress/build.mjs';

const script = fileURLToPath(new URL('../../scripts/wordpress/checks.php', import.meta.url));

/** Runs `php` with `args`, `input` on its standard input; resolves to its output, or `{ missing }` when there is no php. */
function php(args, input) {
  return new Promise((resolve, reject) => {
    const child = execFile('php', args, { encoding: 'utf8', maxBuffer: 64 << 20 }, (error, stdout, stderr) => {
      if (error?.code === 'ENOENT') resolve({ missing: 'the php command is not installed (Debian: apt-get install php-cli)' });
      else if (error) reject(new Error(`php ${args.join(' ')} failed: ${stderr || error.message}`));
      else resolve({ stdout });
    });
    child.stdin.on('error', () => {});
    child.stdin.end(input);
  });
}

export function phpChecksPlugin() {
  let catalog;
  return {
    name: 'php-checks',
    async executeCommand({ command, payload }) {
      if (command !== 'php-checks') return undefined;
      catalog ??= await catalogExport();
      const result = await php([script], JSON.stringify({ catalog, cases: payload.cases }));
      if ('missing' in result) return { missing: result.missing };
      const version = (await php(['-r', 'echo PHP_VERSION;'], '')).stdout;
      return { version, results: JSON.parse(result.stdout) };
    },
  };
}
