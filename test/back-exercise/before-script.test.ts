import { expect } from '@open-wc/testing';

// The blogger's page must read well before (or without) the script: load the real
// demo page with its scripts removed and check what a reader would see.
describe('authored markup without the script', () => {
  it('shows the heading and the steps as a readable numbered list', async () => {
    const page = await (await fetch('/demo/authored.html')).text();
    const withoutScripts = page.replace(/<script\b[\s\S]*?<\/script>/gi, '');
    expect(withoutScripts).to.not.contain('<script');
    const frame = document.createElement('iframe');
    frame.style.width = '600px';
    frame.style.height = '800px';
    frame.srcdoc = withoutScripts;
    const loaded = new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
    document.body.append(frame);
    await loaded;
    const doc = frame.contentDocument!;
    expect(doc.defaultView!.customElements.get('back-exercise')).to.equal(undefined);
    const heading = doc.querySelector('back-exercise h2')!;
    expect(heading.getBoundingClientRect().height).to.be.greaterThan(0);
    const items = [...doc.querySelectorAll('back-exercise ol > li')];
    expect(items).to.have.length(4);
    for (const item of items) {
      expect(doc.defaultView!.getComputedStyle(item).display).to.equal('list-item');
      expect(item.getBoundingClientRect().height).to.be.greaterThan(0);
    }
    expect(doc.defaultView!.getComputedStyle(doc.querySelector('back-exercise ol')!).listStyleType).to.equal('decimal');
    frame.remove();
  });
});
