// A web-test-runner command, `emulate-media-features`, that sets media features the
// runner's own emulateMedia() does not cover for the Chrome launcher (forced-colors,
// prefers-contrast): `{ features: [{ name, value }] }`.
export function mediaFeaturesPlugin() {
  const sessions = new WeakMap();
  return {
    name: 'emulate-media-features',
    async executeCommand({ command, payload, session }) {
      if (command !== 'emulate-media-features') return undefined;
      const page = session.browser.getPage?.(session.id);
      if (!page) throw new Error('emulate-media-features needs the Chrome launcher (@web/test-runner-chrome)');
      // Straight through the DevTools protocol: Puppeteer's own list of features lacks forced-colors.
      // The session stays open: emulation ends when the session that set it detaches.
      if (!sessions.has(page)) sessions.set(page, await page.createCDPSession());
      await sessions.get(page).send('Emulation.setEmulatedMedia', { features: payload?.features ?? [] });
      return true;
    },
  };
}
