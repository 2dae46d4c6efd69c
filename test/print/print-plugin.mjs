// A web-test-runner command, `print-page-text`, for test/print/: opens a page of this
// server (`{ path }`) in a new tab of the test browser, waits for the elements to render,
// prints it to PDF as Chromium does for a person (A4), and returns the PDF's text as
// poppler's pdftotext reads it, with the page count. `tags` names the elements to wait for
// (the three of the main bundle when absent), `ready` an expression the page makes true once
// it is ready to print (a builder's QR code drawn).
import { execFile } from 'node:child_process';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';

const run = promisify(execFile);

export function printPlugin() {
  return {
    name: 'print-page-text',
    async executeCommand({ command, payload, session }) {
      if (command !== 'print-page-text') return undefined;
      const testPage = session.browser.getPage?.(session.id);
      if (!testPage) throw new Error('print-page-text needs the Chrome launcher (@web/test-runner-chrome)');
      const page = await testPage.browser().newPage();
      const folder = await mkdtemp(join(tmpdir(), 'print-'));
      try {
        await page.goto(new URL(payload.path, testPage.url()).href, { waitUntil: 'load' });
        await page.waitForFunction(
          (tags) => tags.every((tag) => customElements.get(tag)),
          { timeout: 10_000 },
          payload.tags ?? ['back-exercise', 'hold-timer', 'routine-player'],
        );
        if (payload.ready) await page.waitForFunction(payload.ready, { timeout: 10_000 });
        // Give lazily loaded drawings a moment, as a person would before printing.
        await new Promise((resolve) => setTimeout(resolve, 800));
        const pdf = join(folder, 'page.pdf');
        await writeFile(pdf, await page.pdf({ format: 'A4', margin: { top: '12mm', bottom: '12mm', left: '12mm', right: '12mm' } }));
        const { stdout: text } = await run('pdftotext', ['-layout', pdf, '-']);
        const { stdout: info } = await run('pdfinfo', [pdf]);
        return { text, pages: Number(/Pages:\s+(\d+)/.exec(info)?.[1] ?? 0) };
      } finally {
        await page.close();
        await rm(folder, { recursive: true, force: true });
      }
    },
  };
}
