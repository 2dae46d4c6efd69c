// A web-test-runner plugin for the fault suite (test/faults/), with two server commands:
// - `fault-suite-heap` collects garbage in the test page through the DevTools protocol and
//   returns the bytes of JavaScript heap in use. (A page's own `gc()` runs with the test's
//   stack live and leaves megabytes of DOM garbage behind, which makes the figure noise.)
// - `fault-suite-report` prints `{ text }` as "fault suite: <text>" when the run ends, below
//   the runner's progress display, where the person running `npm test` sees it.

export function faultReportPlugin() {
  const lines = [];
  return {
    name: 'fault-suite-report',
    async executeCommand({ command, payload, session }) {
      if (command === 'fault-suite-heap') {
        const page = session.browser.getPage?.(session.id);
        if (!page) throw new Error('fault-suite-heap needs the Chrome launcher (@web/test-runner-chrome)');
        const cdp = await page.createCDPSession();
        try {
          await cdp.send('HeapProfiler.enable');
          await cdp.send('HeapProfiler.collectGarbage');
          await cdp.send('HeapProfiler.collectGarbage');
          const { usedSize } = await cdp.send('Runtime.getHeapUsage');
          await cdp.send('HeapProfiler.disable');
          return usedSize;
        } finally {
          await cdp.detach();
        }
      }
      if (command === 'fault-suite-report') {
        const text = typeof payload?.text === 'string' ? payload.text : JSON.stringify(payload);
        if (lines.length === 0) process.once('exit', () => process.stdout.write(`\n${lines.join('\n')}\n`));
        lines.push(`fault suite: ${text}`);
        return true;
      }
      return undefined;
    },
  };
}
