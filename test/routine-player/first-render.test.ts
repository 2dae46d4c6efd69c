import '../helpers/hold-idle-time.js';
import { expect, fixtureCleanup, waitUntil } from '@open-wc/testing';
import { emulateMedia } from '@web/test-runner-commands';
import '../../src/routine-player/define.js';
import type { RoutinePlayer } from '../../src/routine-player/routine-player.js';
import { releaseIdleTime } from '../helpers/hold-idle-time.js';

// Issue 25, "first render first": a player shows its start view (name, exercises, level, Start)
// and its printed handout from its first chunk; the session's code comes in idle time after the
// first render, or at once when Start is pressed sooner. Idle time is held back in this file, so
// the session's code is here only when a Start asked for it.

/** The source files of this page's module graph requested so far (paths, as the test server serves them). */
const requested = () => performance.getEntriesByType('resource').map((entry) => new URL(entry.name).pathname);
const SESSION_CODE = /\/src\/routine-player\/session-features\.ts$/;

async function newPlayer(): Promise<RoutinePlayer> {
  const player = document.createElement('routine-player');
  player.setAttribute('routine', 'lower-back');
  player.setAttribute('cues', 'none');
  document.body.append(player);
  await waitUntil(() => player.shadowRoot?.querySelector('[part~="start"]'), 'the start view');
  return player;
}

const shown = (player: RoutinePlayer, selector: string) => player.shadowRoot!.querySelector(selector)?.textContent?.replace(/\s+/g, ' ').trim();

describe('<routine-player> first render first', () => {
  afterEach(async () => {
    fixtureCleanup();
    document.body.querySelectorAll('routine-player').forEach((player) => player.remove());
    await emulateMedia({ media: 'screen' });
  });

  // In this order: the first test runs before the session's code was ever fetched in this page.
  it('renders the start view and prints the whole handout without the session code, a page with no cards fetching no card or timer', async () => {
    const player = await newPlayer();
    expect(shown(player, '#title')).to.equal('Lower back: stretch and strengthen');
    expect(player.shadowRoot!.querySelectorAll('[part="list"] li').length).to.equal(6);
    expect(player.shadowRoot!.querySelector('input[value="advanced"]'), 'the level choice').to.not.equal(null);
    expect(requested().filter((path) => SESSION_CODE.test(path)), 'no session code yet').to.deep.equal([]);
    expect(requested().filter((path) => /\/src\/(back-exercise\/back-exercise|hold-timer\/hold-timer|cues\/session-controller)\.ts$/.test(path))).to.deep.equal([]);
    expect(customElements.get('back-exercise'), 'the card is not defined by a player without cards').to.equal(undefined);

    // Printed before anything else arrived: the handout, not the player.
    await emulateMedia({ media: 'print' });
    const handout = player.shadowRoot!.querySelector<HTMLElement>('[part="print"]')!;
    expect(getComputedStyle(handout).display).to.equal('block');
    expect(getComputedStyle(player.shadowRoot!.querySelector('[part="base"]')!).display).to.equal('none');
    expect(handout.querySelectorAll('.print-exercise').length).to.equal(6);
    expect(shown(player, '.print-level')).to.equal('Level: Beginner');
    expect(handout.textContent).to.contain('Do not push through pain.');
    expect(requested().filter((path) => SESSION_CODE.test(path)), 'printing needs no session code').to.deep.equal([]);
  });

  it('Start pressed before the session code arrived fetches it at once and starts the session then, once', async () => {
    const player = await newPlayer();
    const starts: Event[] = [];
    player.addEventListener('routine-player-start', (event) => starts.push(event));
    player.shadowRoot!.querySelector<HTMLButtonElement>('[part~="start"]')!.click();
    await waitUntil(() => player.state === 'playing', 'the session starts once its code is here', { timeout: 5000 });
    expect(requested().filter((path) => SESSION_CODE.test(path)).length, 'fetched on Start, without idle time').to.equal(1);
    await player.updateComplete;
    expect(starts.length).to.equal(1);
    expect(shown(player, '[part="phase"]')).to.equal('Get ready');
    expect(shown(player, '[part="time"]')).to.equal('15');
    // The playing view's styles came with its code, adopted into the shadow root.
    expect(getComputedStyle(player.shadowRoot!.querySelector('.controls')!).display).to.equal('flex');
    player.stopForPain();
    await player.updateComplete;
    expect(player.state).to.equal('stopped');
  });

  it('draws the hidden handout’s pictures after the ones on screen, and at once when the page is about to print', async () => {
    const player = await newPlayer();
    const root = player.shadowRoot!;
    await waitUntil(() => root.querySelectorAll('[part="thumbnail"] svg').length === 6, 'the thumbnails are drawn', { timeout: 5000 });
    expect(root.querySelectorAll('.print svg[data-drawing]').length, 'idle time (held here) has not come').to.equal(0);
    window.dispatchEvent(new Event('beforeprint'));
    expect(root.querySelectorAll('.print svg[data-drawing]').length, 'drawn in the beforeprint handler itself').to.equal(12);
  });

  it('fetches the session code in idle time after the first render; player.start() after updateComplete starts at once', async () => {
    const player = await newPlayer();
    const complete = player.updateComplete;
    releaseIdleTime();
    await complete;
    player.start();
    expect(player.state, 'started in the call itself').to.equal('playing');
  });
});
