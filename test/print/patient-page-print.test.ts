import { expect, waitUntil } from '@open-wc/testing';
import { emulateMedia } from '@web/test-runner-commands';

// Issue 22, part 13: the patient page's on-screen instructions ("Put your phone on the floor …
// press Start") are for the screen; printed, the handout goes without them.

describe('the patient page printed', () => {
  let frame: HTMLIFrameElement;
  afterEach(async () => {
    frame?.remove();
    await emulateMedia({ media: 'screen' });
  });

  it('leaves out the line about the phone on the floor and Start, which shows on screen', async () => {
    frame = document.createElement('iframe');
    frame.style.cssText = 'width: 800px; height: 600px';
    frame.src = '/demo/patient.html';
    const loaded = new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
    document.body.append(frame);
    await loaded;
    const page = frame.contentDocument!;
    const line = [...page.querySelectorAll('p')].find((p) => p.textContent!.includes('Put your phone on the floor'))!;
    const heading = page.querySelector('#routine-title')!;
    await waitUntil(() => page.styleSheets.length >= 2, 'the page’s styles');
    expect(frame.contentWindow!.getComputedStyle(line).display, 'on screen').to.equal('block');
    await emulateMedia({ media: 'print' });
    expect(frame.contentWindow!.getComputedStyle(line).display, 'printed').to.equal('none');
    expect(frame.contentWindow!.getComputedStyle(heading).display, 'printed: "Play the whole routine"').to.equal('none');
  });
});
