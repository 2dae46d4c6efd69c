import { expect, fixture, html } from '@open-wc/testing';
import { setViewport } from '@web/test-runner-commands';
import '../../src/routine-player/define.js';
import type { RoutinePlayer } from '../../src/index.js';
import { useFakeTime } from '../helpers/use-fake-time.js';

// In focus mode on a small phone (320×568), a hold's movement cue shows between the phase and the
// ring. The ring gives it room, but the digits stay readable from two metres (96 px, inside the
// ring), and Previous, Pause and Next stay in view in the scroller, with a cue of one line (knee
// to chest) or two (the side trunk stretch).

const $ = (el: RoutinePlayer, selector: string) => el.shadowRoot!.querySelector<HTMLElement>(selector)!;
const frame = () => new Promise((resolve) => requestAnimationFrame(resolve));

describe('<routine-player> focus mode with a movement cue on a 320×568 phone', () => {
  const clock = useFakeTime({ stubBeepUnlock: true });
  beforeEach(() => setViewport({ width: 320, height: 568 }));
  afterEach(() => setViewport({ width: 800, height: 600 }));

  for (const [exerciseIndex, name] of [
    [0, 'Knee to Chest'],
    [2, 'Side Trunk Stretch'],
  ] as const) {
    it(`${name}: digits of 96 px inside the ring, the controls in view`, async () => {
      const player = await fixture<RoutinePlayer>(html`<routine-player routine="lower-back-stretches" cues="none"></routine-player>`);
      player.start();
      const hold = player.plan!.segments.find((segment) => segment.kind === 'hold' && segment.exerciseIndex === exerciseIndex)!;
      clock.advance(hold.start + 10_000);
      await player.updateComplete;
      $(player, '.focus-toggle').click();
      await player.updateComplete;
      await frame();
      expect($(player, '[part="base"]').classList.contains('focus'), 'focus mode').to.equal(true);
      expect($(player, '.name').textContent!.trim()).to.equal(name);
      expect($(player, '[part="cue"]'), 'the movement cue shows').to.exist;
      const digits = $(player, '[part="time"]');
      expect(Number.parseFloat(getComputedStyle(digits).fontSize), 'the digits\' size').to.be.at.least(96);
      const ring = $(player, '.dial').getBoundingClientRect();
      const time = digits.getBoundingClientRect();
      expect(time.left >= ring.left && time.right <= ring.right, 'the digits inside the ring').to.equal(true);
      const room = $(player, '.scroller').getBoundingClientRect();
      const controls = $(player, '.controls').getBoundingClientRect();
      expect(controls.top, 'the controls below the top of the scroller').to.be.at.least(room.top - 0.5);
      expect(controls.bottom, 'the controls inside the scroller').to.be.at.most(room.bottom + 0.5);
    });
  }
});
