// A page for the screenshot script: time stands still until the script moves
// it (the test suite's fake clock), so every shot shows an exact moment.
import { installFakeTime } from '../../test/helpers/fake-time.js';

const time = installFakeTime();
const params = new URLSearchParams(location.search);
await import('../../src/define.js');

const stage = document.querySelector('#stage')!;
stage.innerHTML = params.get('html') ?? '<routine-player></routine-player>';
// A player's session code arrives after its first render, and its updateComplete waits for it: ready
// then, so that a Start the script clicks begins at once, on this page's clock.
await Promise.all([...stage.querySelectorAll('routine-player, hold-timer, back-exercise')].map((el) => (el as HTMLElement & { updateComplete: Promise<unknown> }).updateComplete));

declare global {
  interface Window {
    stage: { advance(ms: number): Promise<void>; ready: boolean };
  }
}

window.stage = {
  ready: true,
  async advance(ms: number) {
    time.advance(ms);
    await new Promise((resolve) => requestAnimationFrame(resolve));
  },
};
