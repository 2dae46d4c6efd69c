import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import { sendKeys, setViewport } from '@web/test-runner-commands';
import sinon from 'sinon';
import '../../src/progress-report/define.js';
import type { ProgressReport } from '../../src/progress-report/progress-report.js';
import type { ProgressReportOpenEvent } from '../../src/progress-report/events.js';
import { buildReport } from '../../src/adherence/report-build.js';
import { reportLink } from '../../src/adherence/report-link.js';
import { prescriptionHash } from '../../src/adherence/prescription-hash.js';
import { IDS, ROUTINE, sixWeeks } from './six-weeks.js';

async function link(): Promise<string> {
  const { sessions, progressions, now } = sixWeeks();
  return reportLink(buildReport({ prescription: prescriptionHash(ROUTINE), exerciseIds: IDS, sessions, progressions, now, name: 'Ana Pérez' }), 'https://physio.example/home-exercises/');
}

const shown = (el: ProgressReport) => waitUntil(() => el.shadowRoot!.querySelector('[part="report"], [part="error"]'), 'the report or an error');

describe('<progress-report>', () => {
  afterEach(() => setViewport({ width: 800, height: 600 }));

  it('is accessible with best practices: the report, the mismatch warning, the paste field and an error', async () => {
    const page = await fixture<HTMLElement>(html`<main>
      <h1>Patient reports</h1>
      <progress-report routine="lower-back" report=${await link()}></progress-report>
      <progress-report routine="trunk-strength" report=${await link()}></progress-report>
      <progress-report></progress-report>
      <progress-report report="#report=1z.broken!"></progress-report>
    </main>`);
    const [matching, other, empty, broken] = [...page.querySelectorAll<ProgressReport>('progress-report')];
    await shown(matching);
    await shown(other);
    await shown(broken);
    await empty.updateComplete;
    expect(other.shadowRoot!.querySelector('[part="mismatch"]')).to.not.equal(null);
    expect(broken.shadowRoot!.querySelector('[part="error"] li')!.textContent).to.match(/^report: is not a report link/);
    expect(matching.shadowRoot!.querySelector('h2')!.textContent).to.equal('Progress report from Ana Pérez');
    await expect(page).to.be.accessible();
  });

  it('opens a pasted link from the keyboard, and its table of every session scrolls with the arrow keys on a phone', async () => {
    await setViewport({ width: 360, height: 740 });
    const el = await fixture<ProgressReport>(html`<progress-report routine="lower-back"></progress-report>`);
    const text = await link();
    el.shadowRoot!.querySelector<HTMLInputElement>('#report-link')!.focus();
    await sendKeys({ type: text });
    const opened = oneEvent(el, 'progress-report-open') as unknown as Promise<ProgressReportOpenEvent>;
    await sendKeys({ press: 'Enter' });
    const event = await opened;
    expect(event.report.name).to.equal('Ana Pérez');
    expect(event.matches).to.equal(true);
    await shown(el);
    expect(el.reportData!.sessions).to.have.length(42);
    expect(el.shadowRoot!.querySelector('[part="error"]')).to.equal(null);
    const scroller = el.shadowRoot!.querySelector<HTMLElement>('[part="sessions-scroll"]')!;
    expect(scroller.scrollWidth, 'the table is wider than a phone').to.be.greaterThan(scroller.clientWidth);
    scroller.focus();
    expect(el.shadowRoot!.activeElement).to.equal(scroller);
    await sendKeys({ press: 'ArrowRight' });
    await sendKeys({ press: 'ArrowRight' });
    await waitUntil(() => scroller.scrollLeft > 0, 'the arrow keys scroll the table');
    expect(document.documentElement.scrollWidth, 'the page itself does not scroll sideways').to.be.at.most(360);
  });

  it('shows a pasted link that is not a report as an error naming the field, and logs it', async () => {
    const error = sinon.stub(console, 'error');
    try {
      const el = await fixture<ProgressReport>(html`<progress-report></progress-report>`);
      const field = el.shadowRoot!.querySelector<HTMLInputElement>('#report-link')!;
      field.value = 'https://physio.example/#report=2z.AAAA';
      el.shadowRoot!.querySelector<HTMLButtonElement>('button[type="submit"]')!.click();
      await shown(el);
      expect(el.shadowRoot!.querySelector('[part="error"] li')!.textContent).to.equal('report: has format 2z, which this version does not read');
      expect(error.calledWithMatch(sinon.match('report: has format 2z'))).to.equal(true);
    } finally {
      error.restore();
    }
  });

  it('shows bad prescription data as an error naming the field', async () => {
    const error = sinon.stub(console, 'error');
    try {
      const el = await fixture<ProgressReport>(html`<progress-report report=${await link()}></progress-report>`);
      el.data = { id: 'x', name: 'Home', items: [{ exercise: 'knee-to-chest', dose: { sets: 0 } }] };
      await shown(el);
      await el.updateComplete;
      expect(el.shadowRoot!.querySelector('[part="error"] li')!.textContent).to.match(/^data\.items\[0\]\.dose\.sets: /);
      el.data = undefined;
      el.routine = 'no-such-routine';
      await el.updateComplete;
      expect(el.shadowRoot!.querySelector('[part="error"] li')!.textContent).to.match(/^routine: /);
    } finally {
      error.restore();
    }
  });

  it('writes nothing anywhere: no storage, no request, no change to the address', async () => {
    const spies = [
      sinon.spy(Storage.prototype, 'setItem'),
      sinon.spy(Storage.prototype, 'removeItem'),
      sinon.spy(window, 'fetch'),
      sinon.spy(XMLHttpRequest.prototype, 'open'),
      sinon.spy(history, 'pushState'),
      sinon.spy(history, 'replaceState'),
    ];
    const beacon = sinon.spy(navigator, 'sendBeacon');
    const cookies = document.cookie;
    const address = location.href;
    try {
      const el = await fixture<ProgressReport>(html`<progress-report routine="lower-back" report=${await link()}></progress-report>`);
      await shown(el);
      el.report = '#report=1z.broken';
      await shown(el);
      el.report = await link();
      await waitUntil(() => el.reportData, 'read again');
      for (const spy of [...spies, beacon]) expect(spy.called, String(spy)).to.equal(false);
      expect(document.cookie).to.equal(cookies);
      expect(location.href).to.equal(address);
    } finally {
      sinon.restore();
    }
  });
});
