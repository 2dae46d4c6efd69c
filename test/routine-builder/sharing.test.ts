import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import sinon from 'sinon';
import '../../src/routine-builder/define.js';
import type { RoutineBuilder } from '../../src/routine-builder/routine-builder.js';
import type { SharedRoutine } from '../../src/share/routine-link.js';

// The sharing panel's behaviour, as the page and the physiotherapist see it: opening and closing,
// copying where the clipboard refuses, the QR code made for printing and kept to the newest link,
// and where the link points.

// Presence is asserted as a boolean: a failing assertion holding an element is slow to report.
const $ = <T extends Element = HTMLElement>(el: RoutineBuilder, selector: string) => el.shadowRoot!.querySelector<T>(selector);
const clean = (text: string | null | undefined) => (text ?? '').replace(/\s+/g, ' ').trim();
const button = (el: RoutineBuilder, label: string) => [...el.shadowRoot!.querySelectorAll('button')].find((b) => clean(b.textContent) === label)!;

const SHARED: SharedRoutine = {
  routine: { id: 'home', name: 'Home programme', items: [{ exercise: 'knee-to-chest' }, { exercise: 'half-crunch', dose: { sets: 2, reps: 8 } }] },
  level: 'beginner',
};

describe('sharing from <routine-builder>', () => {
  afterEach(() => sinon.restore());

  it('opens the panel with focus on its title, and closes it again from the same button', async () => {
    const el = await fixture<RoutineBuilder>(html`<routine-builder></routine-builder>`);
    expect(button(el, 'Share…').disabled, 'nothing to share yet').to.equal(true);
    expect(clean($(el, '.share .hint')?.textContent)).to.equal('Sharing is possible once the routine has exercises and no problems.');
    el.shared = SHARED;
    await el.updateComplete;
    expect($(el, '.share .hint') !== null, 'no hint once it can be shared').to.equal(false);
    button(el, 'Share…').click();
    await el.updateComplete;
    expect(button(el, 'Share…').getAttribute('aria-expanded')).to.equal('true');
    expect(el.shadowRoot!.activeElement?.id).to.equal('share-title');
    expect($<HTMLInputElement>(el, '#share-link')!.value).to.equal(el.shareLink);
    button(el, 'Share…').click();
    await el.updateComplete;
    expect(button(el, 'Share…').getAttribute('aria-expanded')).to.equal('false');
    expect($(el, '.share-panel') !== null).to.equal(false);
  });

  it('where the clipboard refuses, selects the text in its field and says to copy it by hand', async () => {
    const el = await fixture<RoutineBuilder>(html`<routine-builder></routine-builder>`);
    el.shared = SHARED;
    await el.updateComplete;
    sinon.stub(navigator.clipboard, 'writeText').rejects(new DOMException('denied', 'NotAllowedError'));
    button(el, 'Share…').click();
    await el.updateComplete;
    button(el, 'Copy HTML').click();
    await waitUntil(() => clean($(el, '.status')?.textContent) !== '', 'the copy says what it did');
    expect(clean($(el, '.status')?.textContent)).to.equal('Copying was not allowed here: the text is selected in its field, copy it with Ctrl+C or ⌘C.');
    const snippet = $<HTMLTextAreaElement>(el, '#share-snippet')!;
    expect(snippet.value).to.contain('<routine-player');
    expect(snippet.value.slice(snippet.selectionStart, snippet.selectionEnd), 'the whole snippet is selected').to.equal(snippet.value);
  });

  it('makes the QR code for the handout when the page is about to print, with the panel closed', async () => {
    const el = await fixture<RoutineBuilder>(html`<routine-builder></routine-builder>`);
    el.shared = SHARED;
    await el.updateComplete;
    expect($(el, '.print-share') !== null, 'not made before it is needed').to.equal(false);
    window.dispatchEvent(new Event('beforeprint'));
    await waitUntil(() => $(el, '.print-share svg.qr-code'), 'the printed code is made');
  });

  it('stops making printed codes once removed from the page', async () => {
    const el = await fixture<RoutineBuilder>(html`<routine-builder></routine-builder>`);
    el.shared = SHARED;
    await el.updateComplete;
    el.remove();
    window.dispatchEvent(new Event('beforeprint'));
    document.body.append(el);
    await el.updateComplete;
    await new Promise((resolve) => setTimeout(resolve, 200));
    expect($(el, '.print-share') !== null, 'no code made for a print it was not on the page for').to.equal(false);
    el.remove();
  });

  it('keeps the open panel’s QR code to the newest link', async () => {
    const el = await fixture<RoutineBuilder>(html`<routine-builder></routine-builder>`);
    el.shared = SHARED;
    await el.updateComplete;
    button(el, 'Share…').click();
    await waitUntil(() => $(el, '.share-panel svg.qr-code'), 'the QR code is drawn');
    const first = $(el, '.share-panel svg.qr-code')!.innerHTML;
    const link = el.shareLink;
    el.shared = { ...SHARED, level: 'advanced' };
    await el.updateComplete;
    expect(el.shareLink).to.not.equal(link);
    expect($<HTMLInputElement>(el, '#share-link')!.value).to.equal(el.shareLink);
    await waitUntil(() => $(el, '.share-panel svg.qr-code') && $(el, '.share-panel svg.qr-code')!.innerHTML !== first, 'a new code for the new link');
  });

  it('closes the panel when its form is reset', async () => {
    const form = await fixture<HTMLFormElement>(html`<form><routine-builder name="routine"></routine-builder></form>`);
    const el = form.querySelector('routine-builder')!;
    el.shared = SHARED;
    await el.updateComplete;
    button(el, 'Share…').click();
    await el.updateComplete;
    expect($(el, '.share-panel') !== null).to.equal(true);
    form.reset();
    await el.updateComplete;
    expect($(el, '.share-panel') !== null).to.equal(false);
    expect(button(el, 'Share…').getAttribute('aria-expanded')).to.equal('false');
  });

  it('answers a player-url that is not a web page’s address visibly, and links to this page instead', async () => {
    const errors = sinon.stub(console, 'error');
    const el = await fixture<RoutineBuilder>(html`<routine-builder player-url="javascript:alert(1)"></routine-builder>`);
    el.shared = SHARED;
    await el.updateComplete;
    expect(clean($(el, '[part="error"]')?.textContent)).to.contain('player-url: must be the address of a page (http: or https:), got "javascript:alert(1)"');
    expect(errors.calledWithMatch(/<routine-builder>: .*player-url/)).to.equal(true);
    expect(el.shareLink.startsWith(`${location.origin}${location.pathname}${location.search}#routine=`)).to.equal(true);
  });

  it('drops the player-url problem once the address is mended, and says a new one once', async () => {
    const errors = sinon.stub(console, 'error');
    const el = await fixture<RoutineBuilder>(html`<routine-builder player-url="javascript:alert(1)"></routine-builder>`);
    el.shared = SHARED;
    await el.updateComplete;
    el.setAttribute('player-url', 'https://clinic.example/home');
    await el.updateComplete;
    expect($(el, '[part="error"]') !== null).to.equal(false);
    expect(el.shareLink.startsWith('https://clinic.example/home#routine=')).to.equal(true);
    el.setAttribute('player-url', 'ftp://clinic.example/');
    await el.updateComplete;
    expect(clean($(el, '[part="error"]')?.textContent)).to.contain('got "ftp://clinic.example/"');
    expect(errors.getCalls().filter((call) => /player-url/.test(String(call.args[0]))).length).to.equal(2);
  });

  it('resolves a relative player-url against the page', async () => {
    const el = await fixture<RoutineBuilder>(html`<routine-builder player-url="patient.html"></routine-builder>`);
    el.shared = SHARED;
    await el.updateComplete;
    expect(el.shareLink.startsWith(`${new URL('patient.html', document.baseURI).href}#routine=`)).to.equal(true);
    expect($(el, '[part="error"]') !== null).to.equal(false);
  });
});
