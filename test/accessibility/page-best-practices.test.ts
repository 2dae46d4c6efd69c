import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import '../../src/define.js';
import '../../src/routine-builder/define.js';
import type { BackExercise } from '../../src/index.js';
import type { RoutineBuilder } from '../../src/routine-builder/routine-builder.js';

// axe with its best-practice rules (landmark-unique, heading-order among them) on pages authors
// really make: the same exercise twice at two levels, and the builder under the page's title.

describe('axe best practices on real pages', () => {
  it('two cards of the same exercise at two levels under one <h1>', async () => {
    const page = await fixture<HTMLElement>(html`<main>
      <h1>Knee to chest, two ways</h1>
      <back-exercise exercise="knee-to-chest" level="beginner"></back-exercise>
      <back-exercise exercise="knee-to-chest" level="advanced"></back-exercise>
    </main>`);
    const cards = [...page.querySelectorAll<BackExercise>('back-exercise')];
    for (const card of cards) await waitUntil(() => card.shadowRoot?.querySelector('[part="base"]'), 'the card renders');
    await expect(page).to.be.accessible();
  });

  it('the builder under a page <h1>', async () => {
    const page = await fixture<HTMLElement>(html`<main>
      <h1>Compose a routine</h1>
      <routine-builder></routine-builder>
    </main>`);
    const builder = page.querySelector<RoutineBuilder>('routine-builder')!;
    await builder.updateComplete;
    await expect(page, 'empty').to.be.accessible();
    // With exercises: each item's heading, and the preview's player with its own headings.
    builder.value = { id: 'home', name: 'Week 1', items: [{ exercise: 'knee-to-chest' }, { exercise: 'half-crunch' }] };
    await builder.updateComplete;
    const player = builder.shadowRoot!.querySelector('routine-player')!;
    await waitUntil(() => player.shadowRoot?.querySelector('[part="base"]'), 'the preview');
    await player.updateComplete;
    await expect(page, 'with exercises and the preview').to.be.accessible();
    const level = (root: ShadowRoot, selector: string) => root.querySelector(selector)!.getAttribute('aria-level');
    expect(level(builder.shadowRoot!, '#picker-title'), 'the sections one below the page title').to.equal('2');
    expect(level(builder.shadowRoot!, '#preview-title')).to.equal('2');
    expect(level(player.shadowRoot!, '#title'), "the preview's routine under the Preview heading").to.equal('3');
  });

  it('the builder under an <h2> keeps its sections at level 3', async () => {
    const page = await fixture<HTMLElement>(html`<main>
      <h1>Clinic</h1>
      <h2>Compose a routine</h2>
      <routine-builder></routine-builder>
    </main>`);
    const builder = page.querySelector<RoutineBuilder>('routine-builder')!;
    await builder.updateComplete;
    expect(builder.shadowRoot!.querySelector('#picker-title')!.hasAttribute('aria-level'), 'written h3, shown h3').to.equal(false);
    await expect(page).to.be.accessible();
  });

  it('an explicit heading-level on the builder wins over auto', async () => {
    const page = await fixture<HTMLElement>(html`<div><h1>Clinic</h1><routine-builder heading-level="4"></routine-builder></div>`);
    const builder = page.querySelector<RoutineBuilder>('routine-builder')!;
    await builder.updateComplete;
    expect(builder.shadowRoot!.querySelector('#picker-title')!.getAttribute('aria-level')).to.equal('4');
    expect(builder.shadowRoot!.querySelector('#picker-routines')!.getAttribute('aria-level')).to.equal('5');
  });
});
