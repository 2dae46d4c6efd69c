import { expect, fixture, html } from '@open-wc/testing';
import { executeServerCommand, setViewport } from '@web/test-runner-commands';
import '../../src/routine-player/define.js';
import type { RoutinePlayer } from '../../src/index.js';
import { useFakeTime } from '../helpers/use-fake-time.js';

// Older patients with poor eyesight turn the browser's text size up. At 150 % ("Very large" in
// Chrome's settings) and 200 % on a 360×740 phone, while holding, in the page and in focus mode:
// the phase label, the countdown and Stop are all on screen and none covers another, and the page
// never scrolls sideways. The text size is the browser's own setting (Page.setFontSizes, through
// text-size-plugin.mjs), not a style of the test page.

const $ = (el: RoutinePlayer, selector: string) => el.shadowRoot!.querySelector<HTMLElement>(selector)!;
const box = (el: RoutinePlayer, selector: string) => $(el, selector).getBoundingClientRect();
/** Inside the screen (to half a pixel: a box scrolled to the top may sit a fraction above it). */
const inViewport = (rect: DOMRect) => rect.top >= -0.5 && rect.left >= 0 && rect.bottom <= window.innerHeight + 0.5 && rect.right <= window.innerWidth;
const overlap = (a: DOMRect, b: DOMRect) => a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom;
const frame = () => new Promise((resolve) => requestAnimationFrame(resolve));
const button = (el: RoutinePlayer, name: string) =>
  [...el.shadowRoot!.querySelectorAll<HTMLButtonElement>('button')].find((candidate) => candidate.textContent!.trim() === name)!;

const setFontSize = (px: number) => executeServerCommand('set-font-size', { px });

/** A page with text before and after the player, as an article would have. */
async function playerInPage(attributes = ''): Promise<RoutinePlayer> {
  const page = await fixture<HTMLElement>(
    html`<main style="padding: 1rem">
      <h1>Your home exercises</h1>
      <p>Your physiotherapist chose these exercises for you. Do them slowly, and stop if anything hurts.</p>
      ${attributes === 'rate'
        ? html`<routine-player cues="none" routine="lower-back-stretches" rate></routine-player>`
        : html`<routine-player cues="none"></routine-player>`}
      <p style="height: 1200px">More about your back.</p>
    </main>`,
  );
  const player = page.querySelector('routine-player')!;
  await player.updateComplete;
  return player;
}

/** Starts with the Start button, as a person does, and waits for what moves after it. */
async function clickStart(player: RoutinePlayer) {
  window.scrollTo(0, 0);
  $(player, 'button.primary').click();
  await player.updateComplete;
  await frame();
}

/** Milliseconds from Start to 10 s into the routine's first hold (after its get-ready, as planned). */
function tenSecondsIntoFirstHold(player: RoutinePlayer): number {
  return player.plan!.segments.find((segment) => segment.kind === 'hold')!.start + 10_000;
}

function expectNoSidewaysScroll(where: string) {
  expect(document.documentElement.scrollWidth, `${where}: the page is no wider than the screen`).to.be.at.most(window.innerWidth);
}

describe('<routine-player> with large text on a 360×740 phone', () => {
  const clock = useFakeTime({ stubBeepUnlock: true });
  beforeEach(() => setViewport({ width: 360, height: 740 }));
  afterEach(async () => {
    await setFontSize(16);
    await setViewport({ width: 800, height: 600 });
  });

  it('takes the text size from the browser setting, in rem', async () => {
    await setFontSize(32);
    expect(getComputedStyle(document.documentElement).fontSize).to.equal('32px');
  });

  for (const percent of [150, 200]) {
    for (const focus of [false, true]) {
      const where = `${percent} % text, ${focus ? 'focus mode' : 'in the page'}`;
      it(`${where}: the phase, the countdown and Stop are on screen while holding, none over another`, async () => {
        await setFontSize((16 * percent) / 100);
        const player = await playerInPage();
        expectNoSidewaysScroll(`${where}, before start`);
        await clickStart(player);
        clock.advance(tenSecondsIntoFirstHold(player)); // past the routine's get-ready, 10 s into the first hold
        await player.updateComplete;
        if (focus) {
          button(player, 'Full screen').click();
          await player.updateComplete;
          await frame();
        }
        expect($(player, '[part="phase"]').textContent).to.contain('Left side');
        const phase = box(player, '[part="phase"]');
        const countdown = box(player, '.dial');
        const stop = box(player, '.stop-bar .stop');
        expect(inViewport(phase), `${where}: the phase label on screen`).to.equal(true);
        expect(inViewport(countdown), `${where}: the countdown and its ring on screen`).to.equal(true);
        expect(inViewport(stop), `${where}: Stop on screen`).to.equal(true);
        expect(overlap(phase, countdown), `${where}: phase and countdown apart`).to.equal(false);
        expect(overlap(countdown, stop), `${where}: Stop does not cover the countdown`).to.equal(false);
        expect(overlap(phase, stop), `${where}: Stop does not cover the phase`).to.equal(false);
        // The digits stay inside the ring.
        const digits = box(player, '[part="time"]');
        expect(digits.left >= countdown.left && digits.right <= countdown.right, `${where}: the digits inside the ring`).to.equal(true);
        // Stop keeps to one short bar; the full-screen button shows its whole words.
        expect(stop.height, `${where}: Stop's height`).to.be.within(56, 72);
        const toggle = $(player, '.focus-toggle');
        expect(toggle.scrollWidth, `${where}: "${toggle.textContent!.trim()}" is not cut`).to.be.at.most(toggle.clientWidth);
        if (focus) {
          // The progress line and Exit are one short row.
          expect(box(player, '.top').height, `${where}: the top row's height`).to.be.at.most(72);
        }
        expectNoSidewaysScroll(where);
      });
    }
  }

  it('200 % text, focus mode on a phone held sideways (740×360): the phase, the countdown and Stop on screen', async () => {
    await setViewport({ width: 740, height: 360 });
    await setFontSize(32);
    const player = await playerInPage();
    await clickStart(player);
    clock.advance(tenSecondsIntoFirstHold(player));
    await player.updateComplete;
    button(player, 'Full screen').click();
    await player.updateComplete;
    await frame();
    const [phase, countdown, stop] = ['[part="phase"]', '.dial', '.stop-bar .stop'].map((selector) => box(player, selector));
    expect([phase, countdown, stop].map(inViewport), 'phase, countdown, Stop on screen').to.deep.equal([true, true, true]);
    expect(overlap(countdown, stop) || overlap(phase, stop), 'Stop covers neither').to.equal(false);
  });

  it('200 % text: the rating, the stopped view and the start list fit the width of the screen', async () => {
    await setFontSize(32);
    const player = await playerInPage('rate');
    expectNoSidewaysScroll('before start');
    await clickStart(player);
    // A second after the first exercise's last segment ends: its rating.
    const firstOver = player.plan!.segments.filter((segment) => segment.exerciseIndex === 0).at(-1)!;
    clock.advance(firstOver.start + firstOver.duration + 1000);
    await player.updateComplete;
    await frame();
    expect($(player, '.rating-title'), 'the rating is asked for').to.exist;
    expect(inViewport(box(player, '.rating-title')), 'the rating question on screen').to.equal(true);
    expectNoSidewaysScroll('rating');
    // In focus mode the scale has the room, not the drawing: its first row shows above Stop.
    button(player, 'Full screen').click();
    await player.updateComplete;
    await frame();
    expect($(player, '.media').getBoundingClientRect().height, 'no drawing while rating in focus mode').to.equal(0);
    const zero = [...player.shadowRoot!.querySelectorAll<HTMLElement>('.pain-button')].find((candidate) => candidate.textContent!.trim() === '0')!;
    $(player, '.scroller').scrollTop = 0;
    zero.scrollIntoView({ block: 'nearest' });
    const stopTop = box(player, '.stop-bar .stop').top;
    expect(zero.getBoundingClientRect().bottom, 'pain 0 above Stop, on screen').to.be.at.most(stopTop);
    expect(box(player, '.rating-title').top, 'the question still on screen with it').to.be.at.least(0);
    button(player, 'Exit full screen').click();
    await player.updateComplete;
    button(player, 'Stop — this hurts').click();
    await player.updateComplete;
    expect(player.state).to.equal('stopped');
    expectNoSidewaysScroll('stopped');
  });
});
