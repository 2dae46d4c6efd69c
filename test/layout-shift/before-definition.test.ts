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
    const spacer = getComputedStyle(player, '::before');
    expect(spacer.content).to.equal('none');
    // The card written in HTML keeps room for what its script adds (dose, timer) below its text.
    expect(height(player)).to.equal(height(card));
    expect(height(card)).to.be.greaterThan(height(card.querySelector('ol')!) + 150);
  });

  it('shows the text of a catalog card beside its spacer, in the room the card will take', () => {
    stage.innerHTML = `<back-exercise exercise="knee-to-chest"></back-exercise>
      <back-exercise exercise="knee-to-chest"><h3>Knee to Chest</h3><ol><li>Lie flat on your back</li></ol></back-exercise>`;
    const [empty, withText] = stage.children;
    expect(withText.querySelector('ol')!.getBoundingClientRect().height).to.be.greaterThan(0);
    expect(height(withText), 'the text sits inside the room, it does not add to it').to.equal(height(empty));
    const list = withText.querySelector('ol')!.getBoundingClientRect();
    expect(list.top - withText.getBoundingClientRect().top, 'at the top, beside the spacer').to.be.lessThan(120);
  });

  it('lets text taller than the room grow the element rather than overflow it', () => {
    const steps = Array.from({ length: 80 }, (_, k) => `<li>Step ${k + 1}</li>`).join('');
    stage.innerHTML = `<back-exercise exercise="knee-to-chest"></back-exercise><back-exercise exercise="knee-to-chest"><ol>${steps}</ol></back-exercise>`;
    const [empty, long] = stage.children;
    expect(height(long)).to.be.greaterThan(height(empty));
    expect(height(long)).to.be.closeTo(height(long.querySelector('ol')!), 40);
  });

  it('shows the sections of a catalog player before its script', () => {
    stage.innerHTML = `<routine-player routine="lower-back"><h2>Lower back</h2><section><h3>Knee to Chest</h3><ol><li>Lie flat on your back</li></ol></section></routine-player>`;
    expect(stage.innerText).to.contain('Lie flat on your back');
  });

  it('prints no empty boxes', async () => {
    stage.innerHTML = '<back-exercise exercise="knee-to-chest"></back-exercise><hold-timer hold="45"></hold-timer>';
    await emulateMedia({ media: 'print' });
    for (const element of stage.children) expect(height(element)).to.equal(0);
  });
});
