import { expect, fixture, html } from '@open-wc/testing';
import '../../src/define.js';
import type { BackExercise, HoldTimer, RoutinePlayer } from '../../src/index.js';

// Its own page: nothing here asks for another language, so no locale module may load.
describe('an English page', () => {
  it('shows the three elements in English and requests no locale module', async () => {
    const page = await fixture<HTMLElement>(html`<div lang="en-GB">
      <back-exercise exercise="knee-to-chest"></back-exercise>
      <hold-timer hold="45"></hold-timer>
      <routine-player cues="none"></routine-player>
    </div>`);
    const [card, timer, player] = [...page.children] as [BackExercise, HoldTimer, RoutinePlayer];
    await Promise.all([card.updateComplete, timer.updateComplete, player.updateComplete]);
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(card.shadowRoot!.querySelector('[part="name"]')!.textContent!.trim()).to.equal('Knee to Chest');
    expect(timer.shadowRoot!.querySelector('[part="button"]')!.textContent!.trim()).to.equal('Start');
    expect(player.shadowRoot!.textContent).to.contain('Lower back: stretch and strengthen');
    const requested = performance.getEntriesByType('resource').map((entry) => entry.name);
    expect(requested.filter((name) => name.includes('/i18n/locales/'))).to.deep.equal([]);
  });

  it('stays English for a language we do not have, rather than failing', async () => {
    const card = await fixture<BackExercise>(html`<back-exercise exercise="half-crunch" lang="it"></back-exercise>`);
    await new Promise((resolve) => setTimeout(resolve, 100));
    await card.updateComplete;
    expect(card.shadowRoot!.querySelector('[part="name"]')!.textContent!.trim()).to.equal('Half Crunches');
    expect(card.shadowRoot!.querySelector('[part="base"]')!.getAttribute('lang')).to.equal('en');
    const requested = performance.getEntriesByType('resource').map((entry) => entry.name);
    expect(requested.filter((name) => name.includes('/i18n/locales/'))).to.deep.equal([]);
  });
});
