// A page for the screenshot script: time stands still until the script moves
// it (the test suite's fake clock), so every shot shows an exact moment.
import { installFakeTime } from '../../test/helpers/fake-time.js';

const time = installFakeTime();
const params = new URLSearchParams(location.search);
await import('../../src/define.js');

const stage = document.querySelector('#stage')!;
stage.innerHTML = params.get('html') ?? '<routine-player></routine-player>';

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
