// Finds the Chromium or Chrome that tests, benchmarks and the demo check drive.
// CHROME_PATH wins, so that a user's own Chrome can be used; otherwise the
// first browser on PATH under a common name.
import { execFileSync } from 'node:child_process';

const CANDIDATES = ['chromium', 'chromium-browser', 'google-chrome', 'google-chrome-stable', 'chrome'];

/** Path of the browser executable, or throws with a plain explanation. */
export function findBrowser() {
  if (process.env.CHROME_PATH) return process.env.CHROME_PATH;
  for (const name of CANDIDATES) {
    try {
      const found = execFileSync('sh', ['-c', `command -v ${name}`], { encoding: 'utf8' }).trim();
      if (found) return found;
    } catch {
      // not installed under this name; try the next
    }
  }
  throw new Error(
    'No Chromium or Chrome found. Install Chromium (Debian: apt-get install chromium) or set CHROME_PATH.',
  );
}

/** Flags for a headless browser on a closed network, running as root in CI. */
export const BROWSER_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--disable-quic',
  '--no-first-run',
  '--autoplay-policy=no-user-gesture-required',
];
