// First, before Lit's element class is evaluated: the client side of @lit-labs/ssr.
import '@lit-labs/ssr-client/lit-element-hydrate-support.js';
import '../../src/define.js';
import { expect, waitUntil } from '@open-wc/testing';
import { executeServerCommand } from '@web/test-runner-commands';
import sinon from 'sinon';
import { BeepPlayer } from '../../src/cues/beeps.js';
import type { BackExercise, HoldTimer, RoutinePlayer } from '../../src/index.js';

// What a server rendered (test/ssr/render.mjs, in Node) is taken over in the browser without a
// mismatch: the same nodes stay, nothing throws, and the elements then work as usual.

type Updating = HTMLElement & { updateComplete: Promise<boolean> };

/** The server's HTML for `markup`, parsed with its declarative shadow roots, not yet in the document. */
async function serverRendered(markup: string): Promise<HTMLDivElement> {
  const html = (await executeServerCommand('ssr-render', { markup })) as string;
  const page = document.createElement('div');
  page.setHTMLUnsafe(html);
  return page;
}

describe('server rendering taken over in the browser', () => {
  let errors: sinon.SinonStub;
  let page: HTMLDivElement | undefined;
  beforeEach(() => {
    errors = sinon.stub(console, 'error');
    sinon.stub(BeepPlayer.prototype, 'unlock');
  });
  afterEach(() => {
    sinon.restore();
    page?.remove();
  });

  it('hydrates a catalog card: the server’s nodes stay, then the drawing and the page’s heading level come', async () => {
    page = await serverRendered('<h2>Stretches</h2><back-exercise exercise="knee-to-chest"></back-exercise>');
    const card = page.querySelector('back-exercise') as BackExercise;
    const serverName = card.shadowRoot!.querySelector('[part="name"]')!;
    expect(serverName.textContent).to.contain('Knee to Chest');
    expect(serverName.getAttribute('aria-level'), 'the server could not look at the page').to.equal('2');
    document.body.append(page);
    await card.updateComplete;
    expect(card.shadowRoot!.querySelector('[part="name"]'), 'the same node: hydrated, not rendered again').to.equal(serverName);
    await card.updateComplete;
    expect(serverName.getAttribute('aria-level'), 'one below the h2 before it').to.equal('3');
    await waitUntil(() => card.shadowRoot!.querySelector('svg.back-exercise-drawing'), 'the drawing arrives');
    expect(card.exerciseData!.id).to.equal('knee-to-chest');
    expect(errors.callCount, String(errors.firstCall?.args[0])).to.equal(0);
  });

  it('hydrates a timer that then starts', async () => {
    page = await serverRendered('<hold-timer hold="30"></hold-timer>');
    const timer = page.querySelector('hold-timer') as HoldTimer;
    const button = timer.shadowRoot!.querySelector<HTMLButtonElement>('button.primary')!;
    document.body.append(page);
    await timer.updateComplete;
    expect(timer.shadowRoot!.querySelector('button.primary')).to.equal(button);
    button.click();
    await timer.updateComplete;
    expect(timer.status).to.equal('running');
    timer.reset();
    expect(errors.callCount).to.equal(0);
  });

  it('hydrates a player before start, which then plays', async () => {
    page = await serverRendered('<routine-player routine="trunk-strength" cues="none"></routine-player>');
    const player = page.querySelector('routine-player') as RoutinePlayer;
    const title = player.shadowRoot!.querySelector('[part="title"]')!;
    document.body.append(page);
    await player.updateComplete;
    await (player as unknown as Updating).updateComplete;
    expect(player.shadowRoot!.querySelector('[part="title"]')).to.equal(title);
    expect(title.textContent).to.equal('Trunk strength');
    player.shadowRoot!.querySelector<HTMLButtonElement>('button.primary')!.click();
    await player.updateComplete;
    expect(player.state).to.equal('playing');
    expect(player.shadowRoot!.querySelector('[part="exercise-name"]')!.textContent).to.equal('Half Crunches');
    player.stopForPain();
    expect(errors.callCount, String(errors.firstCall?.args[0])).to.equal(0);
  });

  it('hydrates a from-url player whose address holds a link the server could not see, then plays the link’s routine', async () => {
    const { encodeRoutineLink } = await import('../../src/share/routine-link.js');
    const before = location.hash;
    const rejections: unknown[] = [];
    const onRejection = (event: PromiseRejectionEvent) => {
      event.preventDefault();
      rejections.push(event.reason);
    };
    window.addEventListener('unhandledrejection', onRejection);
    try {
      const link = await encodeRoutineLink({ routine: { id: 'x', name: 'From your clinic', items: [{ exercise: 'half-crunch' }] } });
      history.replaceState(null, '', `${location.pathname}${location.search}#${link}`);
      page = await serverRendered('<routine-player from-url routine="trunk-strength" cues="none"></routine-player>');
      const player = page.querySelector('routine-player') as RoutinePlayer;
      expect(player.shadowRoot!.querySelector('[part="title"]')!.textContent, 'the server shows its own routine').to.equal('Trunk strength');
      document.body.append(page);
      await waitUntil(() => player.routineData?.name === 'From your clinic', 'the link’s routine');
      await player.updateComplete;
      expect(player.shadowRoot!.querySelector('[part="title"]')!.textContent).to.equal('From your clinic');
      expect(rejections.map(String), 'no hydration mismatch').to.deep.equal([]);
      expect(errors.callCount, String(errors.firstCall?.args[0])).to.equal(0);
    } finally {
      window.removeEventListener('unhandledrejection', onRejection);
      history.replaceState(null, '', `${location.pathname}${location.search}${before}`);
    }
  });

  it('takes over English from the server, then speaks the page’s language', async () => {
    page = await serverRendered('<div lang="es"><back-exercise exercise="half-crunch" no-timer></back-exercise></div>');
    const card = page.querySelector('back-exercise') as BackExercise;
    document.body.append(page);
    await waitUntil(() => card.shadowRoot!.querySelector('[part="base"][lang="es"]'), 'Spanish after hydration');
    await card.updateComplete;
    expect(card.shadowRoot!.querySelector('[part="name"]')!.textContent!.trim()).to.not.equal('Half Crunches');
    expect(errors.callCount).to.equal(0);
  });

  it('shows a card written in HTML as it is until it is taken over, then as a card', async () => {
    page = await serverRendered('<back-exercise hold="20"><h3>Wall stretch</h3><ol><li>Stand by a wall</li></ol></back-exercise>');
    const card = page.querySelector('back-exercise') as BackExercise;
    expect(card.shadowRoot!.querySelector('slot'), 'the server shows the author’s text through a slot').to.exist;
    document.body.append(page);
    await card.updateComplete;
    await waitUntil(() => card.shadowRoot!.querySelector('[part="name"]'), 'the card after hydration');
    expect(card.shadowRoot!.querySelector('[part="name"]')!.textContent!.trim()).to.equal('Wall stretch');
    expect(errors.callCount).to.equal(0);
  });
});
