/**
 * A second tab of the same site, as a same-origin frame: its own document, module graph and
 * clock, sharing the test page's localStorage (and so receiving its `storage` events). The test
 * (test/routine-player/two-tabs.test.ts) drives it through `window.otherTab`.
 */
import { installFakeTime, type FakeTime } from '../helpers/fake-time.js';
import '../../src/routine-player/define.js';
import type { RoutinePlayer } from '../../src/index.js';

export interface OtherTab {
  clock: FakeTime;
  /** Opens the page afresh (as a reload does) with `<routine-player routine="…" remember>`. */
  open(routine: string): Promise<RoutinePlayer>;
}

const otherTab: OtherTab = {
  clock: installFakeTime(),
  async open(routine) {
    document.body.replaceChildren();
    const player = document.createElement('routine-player');
    player.setAttribute('routine', routine);
    player.setAttribute('cues', 'none');
    player.toggleAttribute('remember', true);
    document.body.append(player);
    await player.updateComplete;
    return player;
  },
};
(window as unknown as { otherTab: OtherTab }).otherTab = otherTab;
