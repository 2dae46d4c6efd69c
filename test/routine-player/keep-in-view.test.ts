import { expect, fixture, html } from '@open-wc/testing';
import { executeServerCommand, setViewport } from '@web/test-runner-commands';
import '../../src/routine-player/define.js';
import type { RoutinePlayer } from '../../src/index.js';
import { useFakeTime } from '../helpers/use-fake-time.js';

// The next exercise never starts off screen: after Start, a rating and Continue, a wait for Done,
// the rest between sets, a new exercise, and on leaving focus mode, the exercise's name and its
// countdown are on screen above the sticky Stop bar, wherever the person had scrolled; after Stop,
// the advice's title. And on a
// phone, Start opens focus mode, unless the page says no-focus-mode-on-phones.

const $ = (el: RoutinePlayer, selector: string) => el.shadowRoot!.querySelector<HTMLElement>(selector)!;
const frame = () => new Promise((resolve) => requestAnimationFrame(resolve));
const button = (el: RoutinePlayer, name: string) =>
  [...el.shadowRoot!.querySelectorAll<HTMLButtonElement>('button')].find((candidate) => candidate.textContent!.trim() === name)!;

/** A player between an article's paragraphs, with room to scroll past it either way. */
async function playerInPage(attributes: string): Promise<RoutinePlayer> {
  const page = await fixture<HTMLElement>(html`<div></div>`);
  // Attributes vary by test: written as markup, as a page author would.
  page.innerHTML = `<h1>Your home exercises</h1><p style="height: 600px">Read this first.</p>
    <routine-player cues="none" ${attributes}></routine-player><p style="height: 2000px">More about your back.</p>`;
  const player = page.querySelector('routine-player')!;
  await player.updateComplete;
  return player;
}

/** As a person who scrolled elsewhere: to the bottom of the page, or back to its top. */
function scrollAway(to: 'top' | 'bottom') {
  window.scrollTo(0, to === 'top' ? 0 : document.documentElement.scrollHeight);
}

async function settle(player: RoutinePlayer) {
  await player.updateComplete;
  await frame();
}

/** The name (or another heading) and the countdown (or the rating's question) on screen, above Stop. */
function expectInView(player: RoutinePlayer, what: string, selectors = ['.name', '.dial']) {
  const stop = $(player, '.stop-bar').getBoundingClientRect();
  const focus = $(player, '[part="base"]').classList.contains('focus');
  const room = focus ? $(player, '.scroller').getBoundingClientRect() : { top: 0, bottom: stop.top };
  for (const selector of selectors) {
    const box = $(player, selector).getBoundingClientRect();
    expect(box.top, `${what}: ${selector} not above the screen`).to.be.at.least(room.top - 0.5);
    expect(box.bottom, `${what}: ${selector} above the Stop bar`).to.be.at.most(room.bottom + 0.5);
  }
}

describe('<routine-player> keeps the exercise in view', () => {
  const clock = useFakeTime({ stubBeepUnlock: true });
  beforeEach(() => setViewport({ width: 390, height: 844 }));
  afterEach(async () => {
    await executeServerCommand('set-font-size', { px: 16 });
    await setViewport({ width: 800, height: 600 });
  });

  for (const px of [16, 32]) {
    it(`after the rating and Continue, the next exercise's name and countdown are on screen (${(px / 16) * 100} % text)`, async () => {
      await executeServerCommand('set-font-size', { px });
      const player = await playerInPage('routine="lower-back-stretches" rate');
      $(player, 'button.primary').click();
      await settle(player);
      expectInView(player, 'after Start');
      scrollAway('bottom');
      // A second after the first exercise's last segment ends, the routine waits for its rating.
      const firstExercise = player.plan!.segments.filter((segment) => segment.exerciseIndex === 0);
      const firstOver = firstExercise.at(-1)!;
      clock.advance(firstOver.start + firstOver.duration + 1000);
      await settle(player);
      expectInView(player, 'the rating', ['.rating-title']);
      button(player, '3').click();
      await settle(player);
      // The person scrolls down to Continue, below the pain scale.
      $(player, '[part~="continue"]').scrollIntoView({ block: 'end' });
      $(player, '[part~="continue"]').click();
      await settle(player);
      expect($(player, '.name').textContent).to.equal('Lower Back Twist');
      expectInView(player, 'after Continue');
    });
  }

  it('at a new exercise, and at the next set after the rest between sets', async () => {
    const player = await playerInPage('routine="trunk-strength"');
    $(player, 'button.primary').click();
    const started = clock.now();
    await settle(player);
    const { segments } = player.plan!;
    const nextSet = segments.find((segment) => segment.set === 2)!;
    $(player, 'details').setAttribute('open', '');
    scrollAway('bottom');
    clock.advance(started + nextSet.start + 100 - clock.now());
    await settle(player);
    expect($(player, '[part="count"]').textContent).to.contain('Set 2');
    expectInView(player, 'the second set');
    const nextExercise = segments.find((segment) => segment.exerciseIndex === 1)!;
    scrollAway('top');
    clock.advance(nextExercise.start - nextSet.start);
    await settle(player);
    expect($(player, '.name').textContent).to.equal(player.routineData!.exercises[1].name);
    expectInView(player, 'the next exercise');
  });

  it('when a wait for Done begins and after Done', async () => {
    const player = await playerInPage('routine="trunk-strength" pace="done"');
    $(player, 'button.primary').click();
    await settle(player);
    scrollAway('bottom');
    // Past the routine's get-ready, into the first set the person paces.
    const firstHold = player.plan!.segments.find((segment) => segment.kind === 'hold')!;
    expect(firstHold.selfPaced, 'the first hold is paced by Done').to.equal(true);
    clock.advance(firstHold.start);
    await settle(player);
    expect($(player, '[part="phase"]').textContent!.trim()).to.equal('Your pace');
    expectInView(player, 'waiting for Done');
    scrollAway('top');
    button(player, 'Done').click();
    await settle(player);
    expect($(player, '[part="phase"]').textContent!.trim()).to.equal('Rest between sets');
    expectInView(player, 'after Done');
  });

  it('on leaving focus mode: the countdown back in view, not under the Stop bar', async () => {
    const player = await playerInPage('');
    $(player, 'button.primary').click();
    clock.advance(15_000);
    await settle(player);
    button(player, 'Full screen').click();
    await settle(player);
    expect($(player, '[part="base"]').classList.contains('focus')).to.equal(true);
    // The page behind loses its place (as it does when the browser leaves full screen).
    scrollAway('top');
    button(player, 'Exit full screen').click();
    await settle(player);
    await settle(player);
    expect($(player, '[part="base"]').classList.contains('focus')).to.equal(false);
    expectInView(player, 'after leaving focus mode');
  });

  it("after Stop in focus mode: the stopped view's title on screen", async () => {
    const player = await playerInPage('');
    $(player, 'button.primary').click();
    clock.advance(15_000);
    await settle(player);
    button(player, 'Full screen').click();
    await settle(player);
    scrollAway('bottom');
    button(player, 'Stop — this hurts').click();
    await settle(player);
    await settle(player);
    expect(player.state).to.equal('stopped');
    const title = $(player, '#stopped-title').getBoundingClientRect();
    expect(title.top >= -1 && title.bottom <= window.innerHeight, '"Session stopped" on screen').to.equal(true);
  });
});

describe('<routine-player> on a phone', () => {
  useFakeTime({ stubBeepUnlock: true });
  beforeEach(() => setViewport({ width: 360, height: 740 }));
  afterEach(async () => {
    await executeServerCommand('emulate-touch', { enabled: false });
    if (document.fullscreenElement) await document.exitFullscreen();
    await setViewport({ width: 800, height: 600 });
  });

  const inFocusMode = (player: RoutinePlayer) => $(player, '[part="base"]').classList.contains('focus');

  it('Start opens focus mode on a touch screen under 600 px', async () => {
    await executeServerCommand('emulate-touch', { enabled: true });
    expect(matchMedia('(pointer: coarse)').matches, 'a coarse pointer').to.equal(true);
    const player = await playerInPage('');
    $(player, 'button.primary').click();
    await settle(player);
    expect(player.state).to.equal('playing');
    expect(inFocusMode(player), 'focus mode').to.equal(true);
    expectInView(player, 'focus mode after Start');
  });

  it('no-focus-mode-on-phones keeps it in the page', async () => {
    await executeServerCommand('emulate-touch', { enabled: true });
    const player = await playerInPage('no-focus-mode-on-phones');
    $(player, 'button.primary').click();
    await settle(player);
    expect(player.state).to.equal('playing');
    expect(inFocusMode(player), 'focus mode').to.equal(false);
  });

  it('stays in the page with a mouse, and when a script calls start()', async () => {
    const withMouse = await playerInPage('');
    $(withMouse, 'button.primary').click();
    await settle(withMouse);
    expect(inFocusMode(withMouse), 'with a mouse').to.equal(false);
    await executeServerCommand('emulate-touch', { enabled: true });
    const scripted = await playerInPage('');
    scripted.start();
    await settle(scripted);
    expect(scripted.state).to.equal('playing');
    expect(inFocusMode(scripted), 'start() from a script').to.equal(false);
  });
});
