import { expect, fixture, html } from '@open-wc/testing';
import { a11ySnapshot, findAccessibilityNode, sendKeys } from '@web/test-runner-commands';
import sinon from 'sinon';
import '../../src/routine-player/define.js';
import { BeepPlayer } from '../../src/cues/beeps.js';
import type { RoutinePlayer } from '../../src/index.js';
import { installFakeTime, restoreTime, type FakeTime } from '../helpers/fake-time.js';
import { replaceProperty } from '../faults/platform-fakes.js';

// Focus mode where the browser has no Fullscreen API for elements (an iPhone): the fixed layout
// that stands in covers the page, and takes it away as full screen would. The keyboard stays in
// the player, a screen reader finds nothing behind it, Escape leaves focus mode from wherever the
// focus is (and only that: the session plays on), and leaving gives the page back as it was.

const $ = (el: RoutinePlayer, selector: string) => el.shadowRoot!.querySelector<HTMLElement>(selector)!;

/** The focused element, looking inside shadow roots. */
function focused(): Element | null {
  let active = document.activeElement;
  while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
  return active;
}

/** Whether `node` is inside `player` (its shadow tree or its light children), crossing shadow roots. */
function inside(player: Element, node: Element | null): boolean {
  for (let at: Node | null = node; at; at = at instanceof ShadowRoot ? at.host : at.parentNode) if (at === player) return true;
  return false;
}

/** Every element of the document with the `inert` attribute, shadow roots included. */
function inertElements(root: Document | ShadowRoot = document): Element[] {
  const found: Element[] = [];
  for (const element of root.querySelectorAll('*')) {
    if (element.hasAttribute('inert')) found.push(element);
    if (element.shadowRoot) found.push(...inertElements(element.shadowRoot));
  }
  return found;
}

/** Whether `element` is inert: it or an ancestor in the flat tree has the attribute. */
function isInert(element: Element): boolean {
  for (let at: Element | null = element; at; at = at.assignedSlot ?? at.parentElement ?? ((at.parentNode as ShadowRoot | null)?.host ?? null)) {
    if (at.hasAttribute('inert')) return true;
  }
  return false;
}

interface AXNode {
  role: string;
  name: string;
  children?: AXNode[];
}

/** The names of every node in the page's accessibility tree, as Chromium exposes it to a screen reader. */
async function accessibleNames(): Promise<string[]> {
  const tree = (await a11ySnapshot({})) as unknown as AXNode;
  const names: string[] = [];
  findAccessibilityNode<AXNode>(tree as AXNode & { children: AXNode[] }, (node) => {
    if (node.name) names.push(node.name);
    return false;
  });
  return names;
}

/** Presses Tab, or Shift+Tab (Puppeteer presses one key at a time). */
async function tab(backwards: boolean) {
  if (backwards) await sendKeys({ down: 'Shift' });
  await sendKeys({ press: 'Tab' });
  if (backwards) await sendKeys({ up: 'Shift' });
}

const PAGE_LINKS = ['Clinic home', 'Opening hours', 'Read the article', 'More exercises', 'Privacy'];

describe('<routine-player> focus mode without the Fullscreen API', () => {
  let clock: FakeTime;
  const restorers: (() => void)[] = [];
  beforeEach(() => {
    clock = installFakeTime();
    sinon.stub(BeepPlayer.prototype, 'unlock');
    // As on an iPhone: no full screen for elements, so the fixed layout stands in.
    restorers.push(replaceProperty(document, 'fullscreenEnabled', { get: () => false }));
  });
  afterEach(() => {
    while (restorers.length > 0) restorers.pop()!();
    sinon.restore();
    restoreTime();
  });

  /** A page with links before, beside and after the player, and one part the page made inert itself. */
  async function pageWithPlayer() {
    const page = await fixture<HTMLElement>(html`<div class="page">
      <header><a href="#home">Clinic home</a> <a href="#hours">Opening hours</a></header>
      <main>
        <p>Before you start, <a href="#article">Read the article</a>.</p>
        <section id="made-inert" inert><button>Page's own inert button</button></section>
        <div class="column">
          <routine-player routine="lower-back-stretches" cues="none"></routine-player>
          <a href="#more">More exercises</a>
        </div>
      </main>
      <footer><a href="#privacy">Privacy</a> <input aria-label="Newsletter" /></footer>
    </div>`);
    const player = page.querySelector('routine-player')!;
    return { page, player };
  }

  /** Starts the session and enters focus mode with the keyboard, from the Full screen button. */
  async function enterFocusMode(player: RoutinePlayer) {
    player.start();
    clock.advance(8000);
    await player.updateComplete;
    $(player, '.focus-toggle').focus();
    await sendKeys({ press: 'Enter' });
    await player.updateComplete;
    expect($(player, '[part="base"]').classList.contains('focus'), 'in focus mode').to.equal(true);
  }

  it('keeps Tab and Shift+Tab inside the player for 30 presses each from Stop', async () => {
    const { page, player } = await pageWithPlayer();
    await enterFocusMode(player);
    for (const key of ['Tab', 'Shift+Tab']) {
      $(player, '.stop').focus();
      const visited = new Set<string>();
      for (let press = 1; press <= 30; press++) {
        await tab(key === 'Shift+Tab');
        const now = focused();
        // Neither the page nor the browser's own controls (the body is then the active element).
        expect(inside(player, now), `${key} ${press}: focus on <${now?.localName}> "${now?.textContent?.trim().slice(0, 30)}"`).to.equal(true);
        visited.add(now!.textContent!.trim());
      }
      expect([...visited], `${key} goes round the player`).to.include.members(['Exit full screen', 'Previous', 'Pause', 'Next', 'How to do it', 'Stop — this hurts']);
    }
    // From nowhere (a tap on the overlay leaves the focus on the body), Tab goes into the player.
    (focused() as HTMLElement).blur();
    await tab(false);
    expect(focused(), 'Tab from the body').to.equal($(player, '.focus-toggle'));
    (focused() as HTMLElement).blur();
    await tab(true);
    expect(focused(), 'Shift+Tab from the body').to.equal($(player, '.stop'));
    for (const link of page.querySelectorAll('a, input')) expect(isInert(link), link.textContent!).to.equal(true);
    expect(player.state, 'Tab does nothing to the session').to.equal('playing');
  });

  it('hides the page behind from a screen reader, and gives it back on exit', async () => {
    const { player } = await pageWithPlayer();
    const before = await accessibleNames();
    expect(before, 'the page is there to start with').to.include.members(PAGE_LINKS);
    await enterFocusMode(player);
    const during = await accessibleNames();
    expect(during.filter((name) => PAGE_LINKS.includes(name) || name === 'Newsletter'), 'nothing of the page').to.deep.equal([]);
    expect(during, 'the player is all there is').to.include.members(['Stop — this hurts', 'Pause', 'Exit full screen']);
    await expect(player, 'axe in focus mode').to.be.accessible();
    await sendKeys({ press: 'Escape' });
    await player.updateComplete;
    expect(await accessibleNames()).to.include.members(PAGE_LINKS);
  });

  it('Escape leaves focus mode from the page behind too, and only that: the session plays on', async () => {
    const { player } = await pageWithPlayer();
    await enterFocusMode(player);
    // A tap on the overlay outside any control leaves the focus on the body.
    (focused() as HTMLElement).blur();
    expect(document.activeElement).to.equal(document.body);
    const stops = sinon.spy();
    player.addEventListener('routine-player-stop', stops);
    await sendKeys({ press: 'Escape' });
    await player.updateComplete;
    expect($(player, '[part="base"]').classList.contains('focus'), 'focus mode left').to.equal(false);
    expect(player.state, 'still playing').to.equal('playing');
    expect(player.status, 'not even paused').to.equal('running');
    expect(stops.called, 'no stop').to.equal(false);
    // Out of focus mode, Escape is Stop — this hurts again.
    $(player, '.primary').focus();
    await sendKeys({ press: 'Escape' });
    await player.updateComplete;
    expect(player.state).to.equal('stopped');
  });

  it('Escape inside the player leaves focus mode, gives the focus back to what had it, and the page back as it was', async () => {
    const { page, player } = await pageWithPlayer();
    const inertBefore = inertElements();
    expect(inertBefore.map((element) => element.id)).to.deep.equal(['made-inert']);
    await enterFocusMode(player);
    expect(inertElements().length, 'the rest of the page is inert').to.be.greaterThan(inertBefore.length);
    expect(isInert(player), 'not the player').to.equal(false);
    // The person moves on to Pause, then leaves.
    $(player, '.primary').focus();
    await sendKeys({ press: 'Escape' });
    await player.updateComplete;
    expect($(player, '[part="base"]').classList.contains('focus')).to.equal(false);
    expect(player.state).to.equal('playing');
    expect(focused(), 'the Full screen button, where the focus was').to.equal($(player, '.focus-toggle'));
    expect(inertElements(), 'exactly what the page had made inert, and nothing more').to.deep.equal(inertBefore);
    expect(page.querySelector('#made-inert')!.hasAttribute('inert'), 'the page’s own inert part stays inert').to.equal(true);
    // The page works again: Tab leaves the player.
    $(player, '.stop').focus();
    await sendKeys({ press: 'Tab' });
    expect(focused()?.textContent).to.equal('More exercises');
  });

  it('Stop — this hurts in focus mode gives the page back and focuses the advice', async () => {
    const { player } = await pageWithPlayer();
    const inertBefore = inertElements();
    await enterFocusMode(player);
    $(player, '.stop').focus();
    await sendKeys({ press: 'Enter' });
    await player.updateComplete;
    await player.updateComplete;
    expect(player.state).to.equal('stopped');
    expect(inertElements()).to.deep.equal(inertBefore);
    expect(focused()?.id, 'the advice takes the focus, not the button that is gone').to.equal('stopped-title');
  });

  it('makes inert what the page adds during focus mode, and gives the page back when the player is removed', async () => {
    const { page, player } = await pageWithPlayer();
    await enterFocusMode(player);
    const banner = document.createElement('button');
    banner.textContent = 'Accept cookies';
    document.body.append(banner);
    const late = document.createElement('a');
    late.href = '#late';
    late.textContent = 'Late link';
    player.after(late);
    await Promise.resolve(); // mutation observers run as a microtask
    expect(banner.hasAttribute('inert'), 'added to the body').to.equal(true);
    expect(late.hasAttribute('inert'), 'added beside the player').to.equal(true);
    player.remove();
    expect(inertElements().map((element) => element.id)).to.deep.equal(['made-inert']);
    banner.remove();
    page.remove();
  });

  it('works for a player inside shadow roots and slots: everything else of each tree is inert', async () => {
    if (!customElements.get('test-page-shell')) {
      customElements.define(
        'test-page-shell',
        class extends HTMLElement {
          constructor() {
            super();
            this.attachShadow({ mode: 'open' }).innerHTML =
              '<nav><a href="#shell-nav">Shell menu</a></nav><main><slot></slot></main><aside><slot name="side"></slot></aside>';
          }
        },
      );
      customElements.define(
        'test-app-view',
        class extends HTMLElement {
          constructor() {
            super();
            this.attachShadow({ mode: 'open' }).innerHTML =
              '<a href="#view-back">Back to list</a><div class="holder"><routine-player routine="lower-back-stretches" cues="none"></routine-player></div><button>View help</button>';
          }
        },
      );
    }
    const page = await fixture<HTMLElement>(html`<div>
      <a href="#top">Top of page</a>
      <test-page-shell>
        <p>Slotted text <a href="#slotted">Slotted link</a></p>
        <test-app-view></test-app-view>
        <a slot="side" href="#side">Side link</a>
      </test-page-shell>
    </div>`);
    const view = page.querySelector('test-app-view')!;
    const player = view.shadowRoot!.querySelector('routine-player')!;
    await player.updateComplete;
    const everyLink = () => [
      ...page.querySelectorAll('a'),
      ...page.querySelector('test-page-shell')!.shadowRoot!.querySelectorAll('a'),
      ...view.shadowRoot!.querySelectorAll('a, button'),
    ];
    await enterFocusMode(player);
    for (const link of everyLink()) expect(isInert(link), link.textContent!).to.equal(true);
    expect(isInert(player)).to.equal(false);
    $(player, '.stop').focus();
    for (let press = 1; press <= 30; press++) {
      await sendKeys({ press: 'Tab' });
      const now = focused();
      expect(inside(player, now), `Tab ${press}: "${now?.textContent?.trim().slice(0, 30)}"`).to.equal(true);
    }
    const names = await accessibleNames();
    expect(names.filter((name) => /link|menu|help|Back to list|Top of page/i.test(name)), 'nothing of the page').to.deep.equal([]);
    await sendKeys({ press: 'Escape' });
    await player.updateComplete;
    expect(inertElements(), 'no tree keeps an inert element').to.deep.equal([]);
    for (const link of everyLink()) expect(isInert(link), link.textContent!).to.equal(false);
  });
});

describe('<routine-player> focus mode with the Fullscreen API', () => {
  let clock: FakeTime;
  const restorers: (() => void)[] = [];
  beforeEach(() => {
    clock = installFakeTime();
    sinon.stub(BeepPlayer.prototype, 'unlock');
  });
  afterEach(() => {
    while (restorers.length > 0) restorers.pop()!();
    sinon.restore();
    restoreTime();
  });

  /** A Fullscreen API that grants (or refuses) every request. */
  function fakeFullscreen(grant: boolean) {
    let fullscreenElement: Element | null = null;
    restorers.push(
      replaceProperty(document, 'fullscreenEnabled', { get: () => true }),
      replaceProperty(document, 'fullscreenElement', { get: () => fullscreenElement }),
      replaceProperty(document, 'exitFullscreen', {
        value() {
          fullscreenElement = null;
          return Promise.resolve();
        },
      }),
      replaceProperty(HTMLElement.prototype, 'requestFullscreen', {
        value() {
          if (!grant) return Promise.reject(new TypeError('Permissions check failed'));
          fullscreenElement = document.querySelector('routine-player');
          return Promise.resolve();
        },
      }),
    );
  }

  async function enter() {
    const page = await fixture<HTMLElement>(html`<div><a href="#home">Clinic home</a><routine-player routine="lower-back-stretches" cues="none"></routine-player></div>`);
    const player = page.querySelector('routine-player')!;
    player.start();
    clock.advance(8000);
    await player.updateComplete;
    $(player, '.focus-toggle').click();
    await new Promise((resolve) => setTimeout(resolve, 0));
    await player.updateComplete;
    expect($(player, '[part="base"]').classList.contains('focus')).to.equal(true);
    return { page, player };
  }

  it('granted, leaves the page alone: full screen itself hides it', async () => {
    fakeFullscreen(true);
    const { page } = await enter();
    expect(inertElements()).to.deep.equal([]);
    expect(isInert(page.querySelector('a')!)).to.equal(false);
  });

  it('refused, the fixed layout stands in and takes the page away as without the API', async () => {
    fakeFullscreen(false);
    const { page, player } = await enter();
    expect(isInert(page.querySelector('a')!)).to.equal(true);
    (focused() as HTMLElement | null)?.blur();
    await sendKeys({ press: 'Escape' });
    await player.updateComplete;
    expect($(player, '[part="base"]').classList.contains('focus')).to.equal(false);
    expect(inertElements()).to.deep.equal([]);
  });
});
