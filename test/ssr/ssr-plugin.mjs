// A web-test-runner command, `ssr-render`, for test/ssr/hydration.test.ts: renders markup with
// @lit-labs/ssr in Node (the test runner's own process) and hands the HTML to the browser.
import { renderToString } from './render.mjs';

export function ssrPlugin() {
  return {
    name: 'ssr-render',
    async executeCommand({ command, payload }) {
      if (command !== 'ssr-render') return undefined;
      return renderToString(payload.markup);
    },
  };
}
