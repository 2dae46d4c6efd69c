import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { emulateMedia, executeServerCommand } from '@web/test-runner-commands';
import sinon from 'sinon';
import '../../src/define.js';
import type { RoutinePlayer } from '../../src/routine-player/routine-player.js';
import ar from '../../src/i18n/locales/ar.js';
import de from '../../src/i18n/locales/de.js';
import es from '../../src/i18n/locales/es.js';
import fr from '../../src/i18n/locales/fr.js';

// Issue 22, part 13: the printed handout carries what every back-pain leaflet does: the warning
// signs that need urgent care, what to do if an exercise hurts (the clinic's own advice when it
// gives one), the date it was printed, and lines for the physiotherapist's name and the next appointment.

interface Printed {
  text: string;
  pages: number;
}

/** Text as pdftotext gives it, with lines and spaces folded, so a sentence that wraps still matches. */
const fold = (text: string) => text.replace(/[\s\u00ad]+/g, ' ').replace(/- /g, '-').trim();
const clean = (text: string | null | undefined) => (text ?? '').replace(/\s+/g, ' ').trim();

const WARNING_SIGNS = [
  'numbness or tingling around your bottom or genitals',
  'changes in your bladder or bowels: you cannot pee, or you cannot control your pee or poo',
  'weakness in one or both legs',
  'pain spreading down a leg',
  'a fever (a high temperature) as well as back pain',
];

describe('the printed handout: warning signs, the clinic’s advice, the date and blank fields', function () {
  this.timeout(30_000);
  let printed: Printed;
  before(async () => {
    printed = (await executeServerCommand('print-page-text', { path: '/test/print/handout-safety.html' })) as Printed;
  });
  afterEach(async () => {
    sinon.restore();
    await emulateMedia({ media: 'screen' });
  });

  it('prints the warning signs that need urgent care', () => {
    const text = fold(printed.text);
    expect(text).to.contain('Warning signs: get urgent medical help');
    expect(text).to.contain('see a doctor or an urgent care service straight away if you have back pain and any of these:');
    for (const sign of WARNING_SIGNS) expect(text, sign).to.contain(sign);
  });

  it('prints the clinic’s own safety advice, not the player’s', () => {
    const text = fold(printed.text);
    expect(text).to.contain('If an exercise hurts');
    expect(text).to.contain('Stop and rest now. Do not try the exercise again today.');
    expect(text).to.contain('If the pain has not settled by tomorrow, call Northside Physio on 01632 960 123.');
    expect(text).to.not.contain('Do not push through pain.');
  });

  it('prints the date and labelled lines for the physiotherapist and the next appointment', () => {
    const text = fold(printed.text);
    const today = new Intl.DateTimeFormat('en', { dateStyle: 'long' }).format(new Date());
    expect(text).to.contain(`Date: ${today}`);
    expect(text).to.match(/Physiotherapist:/);
    expect(text).to.match(/Next appointment:/);
  });

  it('prints the player’s own advice where the clinic gives none', async () => {
    const el = await fixture<RoutinePlayer>(html`<routine-player routine="lower-back-stretches"></routine-player>`);
    const safety = el.shadowRoot!.querySelector('.print-safety')!;
    expect([...safety.querySelectorAll(':scope > p')].map((p) => clean(p.textContent))).to.deep.equal([
      'Stop the exercise and rest in a comfortable position.',
      'Do not push through pain.',
      'If the pain persists or gets worse, contact your physiotherapist or a doctor.',
    ]);
    expect(safety.querySelectorAll('.print-warning li').length).to.equal(5);
  });

  it('dates the handout with the day it is printed, and leaves the two fields blank to write in', async () => {
    sinon.useFakeTimers({ now: new Date(2026, 2, 14, 10, 0), toFake: ['Date'] });
    const el = await fixture<RoutinePlayer>(html`<routine-player routine="lower-back-stretches"></routine-player>`);
    const fields = el.shadowRoot!.querySelector('.print-fields')!;
    expect(clean(fields.querySelector('dd')!.textContent)).to.equal('March 14, 2026');
    // Printed the next day without a reload: the handout says so.
    sinon.restore();
    sinon.useFakeTimers({ now: new Date(2026, 2, 15, 9, 0), toFake: ['Date'] });
    window.dispatchEvent(new Event('beforeprint'));
    await el.updateComplete;
    expect(clean(fields.querySelector('dd')!.textContent)).to.equal('March 15, 2026');
    await emulateMedia({ media: 'print' });
    const blanks = [...fields.querySelectorAll<HTMLElement>('.print-blank')];
    expect(blanks.map((blank) => clean(blank.previousElementSibling?.textContent))).to.deep.equal(['Physiotherapist', 'Next appointment']);
    for (const blank of blanks) {
      expect(clean(blank.textContent), 'blank').to.equal('');
      await waitUntil(() => blank.getBoundingClientRect().width > 0, 'printed');
      // A line long enough to write a name on (4 cm at 96 px to the inch).
      expect(blank.getBoundingClientRect().width).to.be.at.least(4 * 37.7);
      expect(getComputedStyle(blank).borderBottomStyle).to.equal('solid');
    }
  });

  for (const translation of [de, es, fr, ar]) {
    it(`prints the warning signs and the fields in ${translation.lang}`, async () => {
      const el = await fixture<RoutinePlayer>(html`<routine-player routine="lower-back-stretches" lang=${translation.lang}></routine-player>`);
      await waitUntil(() => el.shadowRoot!.querySelector(`[part="base"][lang="${translation.lang}"]`), `in ${translation.lang}`);
      await el.updateComplete;
      const root = el.shadowRoot!;
      const shown = [...root.querySelectorAll('.print-warning li')].map((li) => clean(li.textContent));
      expect(shown).to.deep.equal(WARNING_SIGNS.map((sign) => clean(translation.messages[sign] as string)));
      expect(shown.some((sign) => WARNING_SIGNS.includes(sign)), 'no English left').to.equal(false);
      const labels = [...root.querySelectorAll('.print-fields dt')].map((dt) => clean(dt.textContent));
      expect(labels).to.deep.equal(['Date', 'Physiotherapist', 'Next appointment'].map((label) => clean(translation.messages[label] as string)));
    });
  }
});
