import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import sinon from 'sinon';
import 'jsqr/dist/jsQR.js';
import '../../src/define.js';
import type { RoutinePlayer } from '../../src/index.js';
import { decodeReportLink } from '../../src/adherence/report-link.js';
import { prescriptionHash } from '../../src/adherence/prescription-hash.js';
import { useFakeTime } from '../helpers/use-fake-time.js';
import { nextEvent } from '../helpers/events.js';
import { ROUTINE, STOP_DAY, sixWeeks } from '../progress-report/six-weeks.js';

type Decode = (data: Uint8ClampedArray, width: number, height: number) => { data: string } | null;
const jsQR = (globalThis as unknown as { jsQR: Decode }).jsQR;

/** Draws the SVG code on a canvas, as a camera sees it, and reads it. */
async function scan(svg: SVGSVGElement, size = 1200): Promise<string | null> {
  const image = new Image();
  image.src = URL.createObjectURL(new Blob([new XMLSerializer().serializeToString(svg)], { type: 'image/svg+xml' }));
  await image.decode();
  const canvas = document.createElement('canvas');
  canvas.width = canvas.height = size;
  const context = canvas.getContext('2d')!;
  context.drawImage(image, 0, 0, size, size);
  return jsQR(context.getImageData(0, 0, size, size).data, size, size)?.data ?? null;
}

const $ = (el: RoutinePlayer, selector: string) => el.shadowRoot!.querySelector<HTMLElement>(selector);
const buttonNamed = (el: RoutinePlayer, label: string) => [...el.shadowRoot!.querySelectorAll('button')].find((b) => b.textContent!.trim() === label);

/** Six weeks of remembered sessions up to this morning, as history version 2 keeps them. */
function rememberSixWeeks(): void {
  const today = new Date();
  const { sessions } = sixWeeks(new Date(today.getFullYear(), today.getMonth(), today.getDate() - 41));
  localStorage.setItem('back-exercise-elements:history:lower-back', JSON.stringify(sessions));
}

describe('Send to my physiotherapist', () => {
  const clock = useFakeTime({ stubBeepUnlock: true, clearStorage: true });

  /** A remembered session played to its summary. */
  async function atSummary(extra = ''): Promise<RoutinePlayer> {
    rememberSixWeeks();
    const el = await fixture<RoutinePlayer>(html`<routine-player remember cues="none" lang=${extra || 'en'}></routine-player>`);
    const done = nextEvent(el, 'routine-player-complete');
    el.start();
    clock.advance(el.plan!.total);
    await done;
    await el.updateComplete;
    return el;
  }

  async function openPanel(el: RoutinePlayer): Promise<string> {
    buttonNamed(el, 'Send to my physiotherapist')!.click();
    await waitUntil(() => $(el, '#report-link') && (($(el, '#report-link') as HTMLInputElement).value ?? '') !== '', 'the link is made');
    return ($(el, '#report-link') as HTMLInputElement).value;
  }

  it('is offered only after a remembered session', async () => {
    const el = await fixture<RoutinePlayer>(html`<routine-player routine="lower-back-stretches" cues="none"></routine-player>`);
    const done = nextEvent(el, 'routine-player-complete');
    el.start();
    clock.advance(el.plan!.total);
    await done;
    await el.updateComplete;
    expect(buttonNamed(el, 'Send to my physiotherapist')).to.equal(undefined);
  });

  it('makes a report of the remembered sessions, with the prescription hash and no name unless one is typed', async () => {
    const el = await atSummary();
    const link = await openPanel(el);
    expect(el.shadowRoot!.activeElement?.id, 'focus on the panel').to.equal('send-title');
    const report = (await decodeReportLink(link))!;
    expect(report.prescription).to.equal(prescriptionHash(ROUTINE));
    expect(report.sessions, 'the six weeks and the session just played').to.have.length(43);
    expect(report.sessions.filter((session) => session.painStop).map((session) => session.day)).to.deep.equal([STOP_DAY]);
    expect(report).to.not.have.property('name');
    expect($(el, '.send-panel')!.textContent).to.contain('43 sessions, 1 stopped for pain, 0 level changes');
    expect(link.startsWith(`${location.href.split('#')[0]}#report=1z.`)).to.equal(true);
  });

  it('works from the keyboard: the name typed goes into the link, the QR code scans to it, the link is copied', async () => {
    const el = await atSummary();
    const toggle = buttonNamed(el, 'Send to my physiotherapist')!;
    toggle.focus();
    await sendKeys({ press: 'Enter' });
    await waitUntil(() => ($(el, '#report-link') as HTMLInputElement | null)?.value, 'the link is made');
    expect(toggle.getAttribute('aria-expanded')).to.equal('true');
    await sendKeys({ press: 'Tab' });
    expect(el.shadowRoot!.activeElement?.id).to.equal('report-name');
    await sendKeys({ type: 'Ana Pérez' });
    await waitUntil(async () => (await decodeReportLink(($(el, '#report-link') as HTMLInputElement).value))?.name === 'Ana Pérez', 'the name is in the link');

    const writeText = sinon.stub(navigator.clipboard, 'writeText').resolves();
    await sendKeys({ press: 'Tab' });
    expect(el.shadowRoot!.activeElement?.id).to.equal('report-link');
    await sendKeys({ press: 'Tab' });
    expect(el.shadowRoot!.activeElement?.textContent!.trim()).to.equal('Copy the link');
    await sendKeys({ press: 'Enter' });
    await waitUntil(() => $(el, '.send-panel .status')!.textContent!.includes('The link is copied.'), 'copied');
    const link = ($(el, '#report-link') as HTMLInputElement).value;
    expect(writeText.firstCall.args[0]).to.equal(link);

    await sendKeys({ press: 'Tab' });
    expect(el.shadowRoot!.activeElement?.textContent!.trim()).to.equal('QR code');
    await sendKeys({ press: 'Space' });
    await waitUntil(() => $(el, '.send-qr svg.qr-code'), 'the QR code is drawn');
    expect(await scan($(el, '.send-qr svg.qr-code') as unknown as SVGSVGElement)).to.equal(link);
  });

  it('sends by the Web Share API where there is one, and by e-mail to the clinic when the link gave its address', async () => {
    const share = sinon.stub().resolves();
    Object.defineProperty(navigator, 'share', { value: share, configurable: true });
    try {
      const el = await atSummary();
      Object.defineProperty(el, 'clinicEmail', { value: 'physio@clinic.example', configurable: true });
      const link = await openPanel(el);
      buttonNamed(el, 'Send…')!.click();
      await waitUntil(() => share.called, 'shared');
      expect(share.firstCall.args[0]).to.include({ url: link });
      const mail = $(el, 'a[href^="mailto:"]') as HTMLAnchorElement;
      expect(mail.textContent!.trim()).to.equal('E-mail to my clinic');
      const href = new URL(mail.href);
      expect(href.pathname).to.equal('physio@clinic.example');
      expect(decodeURIComponent(href.search)).to.contain(link);

      Object.defineProperty(el, 'clinicEmail', { value: 'physio@clinic.example>\u202E', configurable: true });
      el.requestUpdate();
      await el.updateComplete;
      expect($(el, 'a[href^="mailto:"]'), 'no e-mail to an address that is not one').to.equal(null);
    } finally {
      delete (navigator as { share?: unknown }).share;
    }
  });

  it('is accessible with best practices, panel and QR code open, in the page under an <h1>', async () => {
    rememberSixWeeks();
    const page = await fixture<HTMLElement>(html`<main><h1>My exercises</h1><routine-player remember cues="none"></routine-player></main>`);
    const el = page.querySelector<RoutinePlayer>('routine-player')!;
    // The fixture waited for <main>, not for the player: start() is synchronous once the player's updateComplete resolved.
    await el.updateComplete;
    const done = nextEvent(el, 'routine-player-complete');
    el.start();
    clock.advance(el.plan!.total);
    await done;
    await el.updateComplete;
    await openPanel(el);
    buttonNamed(el, 'QR code')!.click();
    await waitUntil(() => $(el, '.send-qr svg.qr-code'), 'the QR code is drawn');
    await expect(page).to.be.accessible();
  });

  it('is offered after a pain stop too', async () => {
    rememberSixWeeks();
    const el = await fixture<RoutinePlayer>(html`<routine-player remember cues="none"></routine-player>`);
    el.start();
    clock.advance(20_000);
    el.stopForPain();
    await el.updateComplete;
    const link = await openPanel(el);
    const { sessions } = (await decodeReportLink(link))!;
    expect(sessions, 'the six weeks and the session just stopped').to.have.length(43);
    expect(sessions.filter((session) => session.painStop), 'the pain stop of the six weeks and the session just stopped').to.have.length(2);
  });
});
