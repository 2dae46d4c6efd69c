import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import 'jsqr/dist/jsQR.js';
import '../../src/routine-builder/define.js';
import type { RoutineBuilder } from '../../src/routine-builder/routine-builder.js';
import { qrPath } from '../../src/routine-builder/qr-code.js';

/** jsQR's UMD build puts itself on the global object when loaded as a plain script. */
type Decode = (data: Uint8ClampedArray, width: number, height: number) => { data: string } | null;
const jsQR = (globalThis as unknown as { jsQR: Decode }).jsQR;

/** Draws an SVG (as the page shows it) on a canvas, as a camera would see it, and decodes it. */
async function decode(svg: SVGSVGElement, size = 600): Promise<string | null> {
  const image = new Image();
  const markup = new XMLSerializer().serializeToString(svg);
  image.src = URL.createObjectURL(new Blob([markup], { type: 'image/svg+xml' }));
  await image.decode();
  const canvas = document.createElement('canvas');
  canvas.width = canvas.height = size;
  const context = canvas.getContext('2d')!;
  context.drawImage(image, 0, 0, size, size);
  URL.revokeObjectURL(image.src);
  return jsQR(context.getImageData(0, 0, size, size).data, size, size)?.data ?? null;
}

describe('the QR code of a shared routine', () => {
  it('decodes back to the link, on screen and on the handout', async () => {
    const el = await fixture<RoutineBuilder>(html`<routine-builder player-url="https://clinic.example/exercises"></routine-builder>`);
    el.shared = {
      routine: {
        id: 'x',
        name: 'Home programme, week 1',
        items: [
          { exercise: 'knee-to-chest' },
          { exercise: 'half-crunch', dose: { sets: 2, reps: 8 } },
          { exercise: 'lower-back-twist' },
          { exercise: 'side-trunk-stretch' },
          { exercise: 'push-up-back-extension' },
          { exercise: 'assisted-back-extension' },
        ],
      },
      level: 'advanced',
      note: 'Twice a day. Call us if the pain spreads to your leg.',
    };
    await el.updateComplete;
    expect(el.shadowRoot!.querySelector('svg.qr-code'), 'not made before it is shown').to.equal(null);
    const share = () => [...el.shadowRoot!.querySelectorAll('button')].find((b) => b.textContent!.trim() === 'Share…')!;
    share().click();
    await waitUntil(() => el.shadowRoot!.querySelector('.share-panel svg.qr-code'), 'the QR code is drawn');
    const link = el.shareLink;
    expect(link.startsWith('https://clinic.example/exercises#routine=1')).to.equal(true);
    expect(await decode(el.shadowRoot!.querySelector<SVGSVGElement>('.share-panel svg.qr-code')!)).to.equal(link);
    expect(await decode(el.shadowRoot!.querySelector<SVGSVGElement>('.print-share svg.qr-code')!)).to.equal(link);
    expect(el.shadowRoot!.querySelector('.share-panel svg')!.getAttribute('aria-label')).to.equal('QR code of the link to the routine');

    // Changed with the panel closed: the old code is never printed; shown again, it is the new link's.
    share().click();
    const field = el.shadowRoot!.querySelector<HTMLInputElement>('#f-items-1-dose-sets')!;
    field.value = '3';
    field.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
    await el.updateComplete;
    expect(el.shareLink).to.not.equal(link);
    expect(el.shadowRoot!.querySelector('.print-share svg')).to.equal(null);
    share().click();
    await waitUntil(() => el.shadowRoot!.querySelector('.share-panel svg.qr-code'), 'the new QR code is drawn');
    expect(await decode(el.shadowRoot!.querySelector<SVGSVGElement>('.print-share svg.qr-code')!)).to.equal(el.shareLink);
  });

  it('is drawn from modules only: one rectangle per run of dark modules, inside the quiet zone', () => {
    const dark = new Set(['0,0', '1,0', '2,0', '1,1']);
    expect(qrPath({ size: 3, get: (x, y) => dark.has(`${x},${y}`) })).to.equal('M4 4h3v1h-3zM5 5h1v1h-1z');
  });
});
