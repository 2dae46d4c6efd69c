// The loader (src/loader.ts, built as dist/elements/loader.js) defines an element only when its tag
// appears, also inside open shadow roots the page adds later, and loads nothing for the tags that
// are not there.
import { expect } from '@open-wc/testing';
import '../../src/loader.js';

/** Script files fetched so far whose URL has `folder` in it. */
const fetched = (folder: string): string[] =>
  performance
    .getEntriesByType('resource')
    .map((entry) => entry.name)
    .filter((name) => name.includes(folder));

/** Resolves with the element's class once defined, or rejects after `ms`. */
const definedWithin = (tag: string, ms = 5000): Promise<unknown> =>
  Promise.race([customElements.whenDefined(tag), new Promise((_, reject) => setTimeout(() => reject(new Error(`${tag} not defined`)), ms))]);

describe('loader', () => {
  it('defines <hold-timer> when it appears later inside an open shadow root, and loads no card, player or builder', async () => {
    expect(customElements.get('hold-timer')).to.equal(undefined);
    const host = document.createElement('div');
    document.body.append(host);
    const root = host.attachShadow({ mode: 'open' });
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(customElements.get('hold-timer')).to.equal(undefined);
    root.innerHTML = '<hold-timer hold="30"></hold-timer>';
    await definedWithin('hold-timer');
    const timer = root.querySelector('hold-timer') as HTMLElement & { updateComplete: Promise<unknown> };
    await timer.updateComplete;
    expect(timer.shadowRoot?.querySelector('button')).to.exist;
    await new Promise((resolve) => setTimeout(resolve, 100));
    expect(fetched('/src/back-exercise/'), 'card modules').to.deep.equal([]);
    expect(fetched('/src/routine-player/'), 'player modules').to.deep.equal([]);
    expect(fetched('/src/routine-builder/'), 'builder modules').to.deep.equal([]);
    expect(customElements.get('back-exercise')).to.equal(undefined);
    host.remove();
  });

  it('defines <back-exercise> in a shadow root nested in another one added later', async () => {
    const outer = document.createElement('section');
    document.body.append(outer);
    const inner = document.createElement('div');
    outer.attachShadow({ mode: 'open' }).append(inner);
    const innerRoot = inner.attachShadow({ mode: 'open' });
    await new Promise((resolve) => setTimeout(resolve, 50));
    const card = document.createElement('back-exercise');
    card.setAttribute('exercise', 'knee-to-chest');
    innerRoot.append(card);
    await definedWithin('back-exercise');
    expect(card.constructor).to.equal(customElements.get('back-exercise'));
    outer.remove();
  });
});
