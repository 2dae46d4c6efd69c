import { expect, fixture, html } from '@open-wc/testing';
import { executeServerCommand, setViewport } from '@web/test-runner-commands';
import '../../src/routine-player/define.js';
import type { RoutinePlayer } from '../../src/index.js';
import { useFakeTime } from '../helpers/use-fake-time.js';

// Stop and the chosen pain number must be unmistakable in forced colours (Windows High Contrast),
// where every button would otherwise look alike; and the pain scale's rows are balanced on a
// phone, never "10 Worst" alone on the last row.

const $ = (el: RoutinePlayer, selector: string) => el.shadowRoot!.querySelector<HTMLElement>(selector)!;
const style = (element: Element, pseudo?: string) => getComputedStyle(element, pseudo);
const button = (el: RoutinePlayer, name: string) =>
  [...el.shadowRoot!.querySelectorAll<HTMLButtonElement>('button')].find((candidate) => candidate.textContent!.trim() === name)!;

/** The rating after the first exercise of the stretches, with pain `pain` chosen. */
async function ratingWithPain(clock: { advance(ms: number): void }, pain: number): Promise<RoutinePlayer> {
  const player = await fixture<RoutinePlayer>(html`<routine-player cues="none" routine="lower-back-stretches" rate></routine-player>`);
  player.start();
  // A second after the first exercise's last segment (after the routine's get-ready, as planned).
  const firstOver = player.plan!.segments.filter((segment) => segment.exerciseIndex === 0).at(-1)!;
  clock.advance(firstOver.start + firstOver.duration + 1000);
  await player.updateComplete;
  expect(player.shadowRoot!.querySelector('.rating-title'), 'the rating is asked for').to.exist;
  button(player, String(pain)).click();
  await player.updateComplete;
  return player;
}

describe('<routine-player> in forced colours', () => {
  const clock = useFakeTime({ stubBeepUnlock: true });
  beforeEach(() => executeServerCommand('emulate-media-features', { features: [{ name: 'forced-colors', value: 'active' }] }));
  afterEach(() => executeServerCommand('emulate-media-features', { features: [] }));

  it('draws Stop unlike Previous, Pause and Next: its own fill, a thick border and a stop square', async () => {
    expect(matchMedia('(forced-colors: active)').matches, 'forced colours are on').to.equal(true);
    const player = await fixture<RoutinePlayer>(html`<routine-player cues="none"></routine-player>`);
    player.start();
    clock.advance(8000);
    await player.updateComplete;
    const stop = $(player, '.stop-bar .stop');
    for (const name of ['Previous', 'Pause', 'Next']) {
      const other = button(player, name);
      expect(style(stop).backgroundColor, `Stop's fill differs from ${name}'s`).to.not.equal(style(other).backgroundColor);
    }
    expect(Number.parseFloat(style(stop).borderTopWidth), 'a thick border').to.be.at.least(3);
    const square = style(stop, '::before');
    expect(square.content, 'a stop square before the words').to.not.equal('none');
    expect(Number.parseFloat(square.width)).to.be.greaterThan(8);
    expect(square.backgroundColor, 'the square shows on the fill').to.equal(style(stop).color);
  });

  it('fills the chosen pain number with the selection colours, unlike the others', async () => {
    const player = await ratingWithPain(clock, 3);
    const buttons = [...player.shadowRoot!.querySelectorAll<HTMLButtonElement>('.pain-button')];
    const chosen = buttons[3];
    expect(chosen.getAttribute('aria-pressed')).to.equal('true');
    for (const other of buttons.filter((candidate) => candidate !== chosen)) {
      expect(style(chosen).backgroundColor, `3's fill differs from ${other.textContent!.trim()}'s`).to.not.equal(style(other).backgroundColor);
      expect(style(chosen).color, `3's text colour differs from ${other.textContent!.trim()}'s`).to.not.equal(style(other).color);
    }
    // The system's selection colours, as the page would use them.
    const probe = document.createElement('span');
    probe.style.cssText = 'background: Highlight; color: HighlightText; forced-color-adjust: none';
    document.body.append(probe);
    expect(style(chosen).backgroundColor).to.equal(style(probe).backgroundColor);
    expect(style(chosen).color).to.equal(style(probe).color);
    probe.remove();
  });
});

describe('<routine-player> pain scale rows', () => {
  const clock = useFakeTime({ stubBeepUnlock: true });
  afterEach(() => setViewport({ width: 800, height: 600 }));

  /** The number of pain buttons on each row, top to bottom. */
  function rows(player: RoutinePlayer): number[] {
    const counts = new Map<number, number>();
    for (const painButton of player.shadowRoot!.querySelectorAll('.pain-button')) {
      const top = Math.round(painButton.getBoundingClientRect().top);
      counts.set(top, (counts.get(top) ?? 0) + 1);
    }
    return [...counts.entries()].sort(([a], [b]) => a - b).map(([, count]) => count);
  }

  for (const [width, expected] of [
    [320, [4, 4, 3]],
    [360, [4, 4, 3]],
    [390, [6, 5]],
    [1280, [11]],
  ] as const) {
    it(`balances the rows at ${width} px: ${expected.join(' / ')}`, async () => {
      await setViewport({ width, height: 800 });
      const player = await ratingWithPain(clock, 3);
      expect(rows(player)).to.deep.equal(expected);
      for (const painButton of player.shadowRoot!.querySelectorAll('.pain-button')) {
        const { width: buttonWidth, height } = painButton.getBoundingClientRect();
        expect(Math.min(buttonWidth, height), 'each at least 44 px').to.be.at.least(44);
      }
    });
  }
});
