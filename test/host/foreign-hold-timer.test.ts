// Another library took <hold-timer> before ours (issue 25, part 4): our code says so on the
// console, naming the tag, once; our card shows the usual visible error in its timer's place
// (plain words, naming the tag) and never uses the other element; the rest of the card, and a
// player made of such cards, still work.
//
// This file imports no element module statically, so that the foreign <hold-timer> really comes first
// (each test file runs in a page of its own).
import { expect, fixture } from '@open-wc/testing';
import sinon from 'sinon';

class ForeignTimer extends HTMLElement {
  connectedCallback() {
    this.textContent = 'a timer of another library';
  }
}

let warn: sinon.SinonSpy;
let error: sinon.SinonSpy;
let lib: typeof import('../../src/index.js');

before(async () => {
  customElements.define('hold-timer', ForeignTimer);
  warn = sinon.spy(console, 'warn');
  error = sinon.spy(console, 'error');
  await import('../../src/define.js');
  await import('../../src/routine-builder/define.js');
  // A second import of the registering entry (a second script tag, another chunk) says nothing more.
  await import('../../src/hold-timer/define.js');
  lib = await import('../../src/index.js');
});

after(() => sinon.restore());

const warningsAbout = (tag: string) => warn.getCalls().filter((call) => String(call.args[0]).includes(`<${tag}>`));

describe('a foreign <hold-timer> defined before ours', () => {
  it('is reported once on the console, naming the tag; our other tags are ours', () => {
    expect(customElements.get('hold-timer'), 'the page keeps the other library’s element').to.equal(ForeignTimer);
    expect(warningsAbout('hold-timer')).to.have.length(1);
    expect(String(warningsAbout('hold-timer')[0].args[0])).to.match(/already defined by another script/);
    expect(customElements.get('back-exercise')).to.equal(lib.BackExercise);
    expect(customElements.get('routine-player')).to.equal(lib.RoutinePlayer);
    expect(warningsAbout('back-exercise'), 'no warning for a tag that is ours').to.have.length(0);
  });

  it('a card shows the visible error in its timer’s place, naming the tag, and never the foreign element', async () => {
    error.resetHistory();
    const card = await fixture<InstanceType<typeof lib.BackExercise>>('<back-exercise exercise="knee-to-chest"></back-exercise>');
    await card.updateComplete;
    const root = card.shadowRoot!;
    expect(root.querySelector('hold-timer'), 'no foreign <hold-timer> inside our card').to.equal(null);
    const alert = root.querySelector('[part="error"][role="alert"]');
    expect(alert, 'a visible error').to.not.equal(null);
    expect(alert!.textContent!.replace(/\s+/g, ' ').trim()).to.equal(
      'The timer cannot be shown: another script on this page already uses the name <hold-timer>.',
    );
    expect(getComputedStyle(alert!).display).to.not.equal('none');
    expect(root.querySelector('[part="steps"]'), 'the rest of the card is shown').to.not.equal(null);
    expect(card.dataError, 'the exercise itself is fine').to.equal(undefined);
    expect(error.getCalls().some((call) => String(call.args[0]).includes('<hold-timer>')), 'a console.error naming the tag').to.equal(true);
  });

  it('a player of such cards still reads and plays them (it draws its own ring)', async () => {
    const player = await fixture<InstanceType<typeof lib.RoutinePlayer>>(
      '<routine-player cues="none"><back-exercise exercise="knee-to-chest"></back-exercise><back-exercise exercise="half-crunch"></back-exercise></routine-player>',
    );
    await player.updateComplete;
    await new Promise((resolve) => setTimeout(resolve, 50));
    await player.updateComplete;
    expect(player.routineData?.exercises.map((exercise) => exercise.id)).to.deep.equal(['knee-to-chest', 'half-crunch']);
    expect(player.shadowRoot!.querySelector('hold-timer')).to.equal(null);
  });
});
