import { esbuildPlugin } from '@web/dev-server-esbuild';
import { chromeLauncher } from '@web/test-runner-chrome';
import { defaultReporter } from '@web/test-runner';
import { a11ySnapshotPlugin } from '@web/test-runner-commands/plugins';
import { fileURLToPath } from 'node:url';
import { BROWSER_ARGS, findBrowser } from './scripts/browser.mjs';
import { countReporter } from './scripts/count-reporter.mjs';
import { secondCopyPlugin } from './test/hostile/second-copy-plugin.mjs';
import { strictCspHeader } from './test/csp/csp-header.mjs';
import { faultReportPlugin } from './test/faults/fault-report.mjs';
import { mediaFeaturesPlugin } from './test/theme/media-features-plugin.mjs';
import { textSizePlugin } from './test/routine-player/text-size-plugin.mjs';
import { printPlugin } from './test/print/print-plugin.mjs';
import { sourcesForBuiltFiles } from './test/html/built-files.mjs';
import { ssrPlugin } from './test/ssr/ssr-plugin.mjs';
import { reactPlugin } from './test/frameworks/react-plugins.mjs';
import { phpChecksPlugin } from './test/wordpress/php-checks-plugin.mjs';

export default {
  files: ['test/**/*.test.ts'],
  nodeResolve: { exportConditions: ['production'] },
  // One page at a time: keyboard commands need the page to have focus.
  concurrency: 1,
  testFramework: { config: { timeout: 10000 } },
  // The strict-CSP page (test/csp/) is served with the policy of a strict site.
  middleware: [strictCspHeader, sourcesForBuiltFiles],
  plugins: [
    esbuildPlugin({
      ts: true,
      target: 'es2022',
      tsconfig: fileURLToPath(new URL('./tsconfig.json', import.meta.url)),
    }),
    // A second, separately bundled copy of <back-exercise> for test/hostile/two-copies.test.ts.
    secondCopyPlugin(),
    // The fault suite's heap measurement and its printed figures (test/faults/fault-report.mjs).
    faultReportPlugin(),
    // Forced colours for test/theme/ (test/theme/media-features-plugin.mjs).
    mediaFeaturesPlugin(),
    // The browser's font size setting and a phone's coarse pointer (test/routine-player/text-size-plugin.mjs).
    textSizePlugin(),
    // Prints a demo page to PDF and reads its text back (test/print/print-plugin.mjs).
    printPlugin(),
    // Server rendering in Node for test/ssr/hydration.test.ts (test/ssr/ssr-plugin.mjs).
    ssrPlugin(),
    // React as modules in the browser, for test/frameworks/react-wrapper.test.ts.
    reactPlugin(),
    // The WordPress plugin's checks through php-cli, for test/wordpress/php-parity.test.ts.
    phpChecksPlugin(),
    // The accessibility tree as a screen reader gets it, for test/routine-player/focus-fallback.test.ts.
    a11ySnapshotPlugin(),
  ],
  browsers: [
    chromeLauncher({
      launchOptions: { executablePath: findBrowser(), headless: true, args: BROWSER_ARGS },
    }),
  ],
  reporters: [defaultReporter({ reportTestResults: true, reportTestProgress: !process.env.CI }), countReporter()],
};
