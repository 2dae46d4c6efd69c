/**
 * The guard's own checks must be able to fail: each detector is shown a planted fault.
 * (A hostile suite whose detectors never fire would pass against anything.)
 */
import { expect } from '@open-wc/testing';
import { duplicateIds, expectNoPollution, hostileSuite, injectedNodes, macrotask, namesField } from './guard.js';

describe('hostile guard self-checks', () => {
  const context = hostileSuite();

  function hostWithShadow(markup: string): HTMLElement {
    const host = document.createElement('div');
    host.attachShadow({ mode: 'open' }).innerHTML = markup;
    context.stage.append(host);
    return host;
  }

  it('finds an injected element and event attribute in a nested shadow root', () => {
    const outer = hostWithShadow('<p>fine</p><span></span>');
    outer.shadowRoot!.querySelector('span')!.attachShadow({ mode: 'open' }).innerHTML = '<b data-hostile onclick="x()">bold</b><img alt="">';
    expect(injectedNodes()).to.have.members(['data-hostile= on <b> in <span>', 'onclick= on <b> in <span>', '<img> in <span>']);
  });

  it('finds a javascript: URL and ignores text that merely mentions markup', () => {
    hostWithShadow('<a href=" javascript:alert(1)">x</a><p>&lt;img data-hostile onerror=x&gt;</p><p aria-label="javascript: is text here">t</p>');
    expect(injectedNodes()).to.deep.equal(['href="javascript:…" in <div>']);
  });

  it('finds an id used twice within one shadow root, not across two', () => {
    hostWithShadow('<h2 id="title">a</h2><p id="title">b</p>');
    hostWithShadow('<h2 id="other">a</h2>');
    hostWithShadow('<h2 id="other">a</h2>');
    expect(duplicateIds()).to.deep.equal(['#title twice in <div>']);
  });

  it('reads field names as paths, not as words inside other words', () => {
    expect(namesField('data.steps[1]: must be plain text', 'steps[1]')).to.equal(true);
    expect(namesField('items[0].exercise.name: must not be empty', 'items[0]')).to.equal(true);
    expect(namesField('hold: must be a whole number', 'hold')).to.equal(true);
    expect(namesField('dose.holdSeconds: must be a whole number', 'hold')).to.equal(false);
    expect(namesField('is not a known field; known fields are id, name, kind', 'name')).to.equal(false);
    expect(namesField('pain-threshold: must be a whole number', 'threshold')).to.equal(false);
  });

  it('notices a key added to Object.prototype', () => {
    Object.defineProperty(Object.prototype, 'hostileProbe', { value: 1, configurable: true });
    try {
      expect(() => expectNoPollution(context)).to.throw(/prototypes are untouched/);
    } finally {
      delete (Object.prototype as Record<string, unknown>).hostileProbe;
    }
    expect(() => expectNoPollution(context)).to.not.throw();
  });

  it('breaks an endless promise loop instead of freezing the page, and remembers it', async () => {
    const loop = (): Promise<void> => Promise.resolve().then(loop);
    await loop().catch(() => undefined);
    await macrotask();
    expect(context.hung()).to.equal(true);
  });
});
