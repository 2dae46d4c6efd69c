import { expect } from '@open-wc/testing';
import { emulateMedia } from '@web/test-runner-commands';

// What src/elements.css does to the elements while their tags are still unknown.
// Nothing on this page ever defines them.

const height = (element: Element) => element.getBoundingClientRect().height;

describe('elements.css before the elements are defined', () => {
  let sheet: CSSStyleSheet;
  let stage: HTMLDivElement;

  before(async () => {
    sheet = new CSSStyleSheet();
    sheet.replaceSync(await (await fetch('/src/elements.css')).text());
  });
  beforeEach(() => {
    document.adoptedStyleSheets = [sheet];
    stage = document.createElement('div');
    stage.style.width = '360px';
    document.body.append(stage);
  });
  afterEach(async () => {
    stage.remove();
    document.adoptedStyleSheets = [];
    await emulateMedia({ media: 'screen' });
  });

  it('keeps the clinic’s safety advice out of sight, and the rest of the player’s content in it', () => {
    stage.innerHTML = `<routine-player>
      <p slot="safety-advice">Call the clinic if the pain stays.</p>
      <p id="other">Other content.</p>
    </routine-player>`;
    expect(customElements.get('routine-player')).to.equal(undefined);
    expect(stage.querySelector('[slot="safety-advice"]')!.getClientRects()).to.have.length(0);
    expect(stage.innerText).to.not.contain('Call the clinic');
    expect(height(stage.querySelector('#other')!)).to.be.greaterThan(0);
  });

  it('reserves room for an empty catalog card, a timer and a player, and none for a hidden one', () => {
    stage.innerHTML = `<back-exercise exercise="knee-to-chest"></back-exercise>
      <hold-timer hold="45"></hold-timer>
      <routine-player></routine-player>
      <back-exercise exercise="knee-to-chest" hidden></back-exercise>`;
    const [card, timer, player, hidden] = stage.children;
    expect(height(card)).to.be.greaterThan(400);
    expect(height(timer)).to.be.greaterThan(150);
    expect(height(player)).to.be.greaterThan(400);
    expect(hidden.getClientRects()).to.have.length(0);
  });

  it('adds no room to a player composed of cards written in HTML: the cards are its room', () => {
    stage.innerHTML = `<routine-player><back-exercise hold="30"><h2>Stretch</h2><ol><li>Lie down</li></ol></back-exercise></routine-player>`;
    const player = stage.firstElementChild!;
    const card = player.firstElementChild!;
    const spacer = getComputedStyle(player, '::after');
    expect(spacer.content).to.equal('none');
    // The card written in HTML keeps room for what its script adds (dose, timer) below its text.
    expect(height(player)).to.equal(height(card));
    expect(height(card)).to.be.greaterThan(height(card.querySelector('ol')!) + 150);
  });

  it('prints no empty boxes', async () => {
    stage.innerHTML = '<back-exercise exercise="knee-to-chest"></back-exercise><hold-timer hold="45"></hold-timer>';
    await emulateMedia({ media: 'print' });
    for (const element of stage.children) expect(height(element)).to.equal(0);
  });
});
