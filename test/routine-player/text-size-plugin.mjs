// Web-test-runner commands for the Chrome launcher that change what the browser setting would:
// `set-font-size` `{ px }` sets the default font size as Chrome's Settings › Appearance › Font
// size does (16 is "Medium", 24 "Very large" = 150 %, 32 = 200 %), through the DevTools
// protocol's Page.setFontSizes; `emulate-touch` `{ enabled }` makes the page's pointer coarse, as
// on a phone. Used by test/routine-player/large-text.test.ts and keep-in-view.test.ts.
export function textSizePlugin() {
  const sessions = new WeakMap();
  const cdp = async (session) => {
    const page = session.browser.getPage?.(session.id);
    if (!page) throw new Error('set-font-size and emulate-touch need the Chrome launcher (@web/test-runner-chrome)');
    if (!sessions.has(page)) sessions.set(page, await page.createCDPSession());
    return sessions.get(page);
  };
  return {
    name: 'text-size',
    async executeCommand({ command, payload, session }) {
      if (command === 'set-font-size') {
        await (await cdp(session)).send('Page.setFontSizes', { fontSizes: { standard: payload?.px ?? 16 } });
        return true;
      }
      if (command === 'emulate-touch') {
        await (await cdp(session)).send('Emulation.setTouchEmulationEnabled', { enabled: Boolean(payload?.enabled), maxTouchPoints: 5 });
        return true;
      }
      return undefined;
    },
  };
}
