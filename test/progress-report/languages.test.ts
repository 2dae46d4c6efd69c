import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import '../../src/define.js';
import '../../src/progress-report/define.js';
import type { ProgressReport } from '../../src/progress-report/progress-report.js';
import type { RoutinePlayer } from '../../src/index.js';
import type { Translation } from '../../src/i18n/localize.js';
import { buildReport } from '../../src/adherence/report-build.js';
import { reportLink } from '../../src/adherence/report-link.js';
import { prescriptionHash } from '../../src/adherence/prescription-hash.js';
import de from '../../src/i18n/locales/de.js';
import es from '../../src/i18n/locales/es.js';
import fr from '../../src/i18n/locales/fr.js';
import ar from '../../src/i18n/locales/ar.js';
import { IDS, ROUTINE, sixWeeks } from './six-weeks.js';

const fill = (text: string, ...values: unknown[]) => text.replace(/\{(\d+)\}/g, (_, index: string) => String(values[Number(index)]));
const word = (language: Translation, key: string, ...values: unknown[]) => {
  const message = language.messages[key];
  return typeof message === 'function' ? (message as (...v: unknown[]) => string)(...values) : fill(message as string, ...values);
};

describe('the report in five languages', () => {
  for (const language of [de, es, fr, ar]) {
    it(`<progress-report lang="${language.lang}"> reads in ${language.lang}, in its direction, with dates in its language`, async () => {
      const { sessions, progressions, now } = sixWeeks();
      const link = await reportLink(buildReport({ prescription: prescriptionHash(ROUTINE), exerciseIds: IDS, sessions, progressions, now, name: 'Ana' }), 'https://physio.example/');
      const el = await fixture<ProgressReport>(html`<progress-report lang=${language.lang} routine="lower-back" report=${link}></progress-report>`);
      const heading = word(language, 'Progress report from {0}', 'Ana');
      await waitUntil(() => el.shadowRoot!.querySelector('h2')?.textContent === heading, `the heading in ${language.lang}`);
      const base = el.shadowRoot!.querySelector('[part="base"]')!;
      expect(base.getAttribute('dir')).to.equal(language.dir);
      const titles = [...el.shadowRoot!.querySelectorAll('h3')].map((h) => h.textContent!.trim());
      expect(titles).to.deep.equal(['Sessions week by week', 'Pain and difficulty per exercise', 'Pain stops', 'Level changes accepted', 'Every session'].map((key) => word(language, key)));
      const firstDay = el.shadowRoot!.querySelector('.sessions tbody th')!.textContent!.trim();
      expect(firstDay).to.equal(new Intl.DateTimeFormat(language.lang, { weekday: 'short', day: 'numeric', month: 'short', timeZone: 'UTC' }).format(new Date(Date.UTC(2026, 9, 5))));
      expect(el.shadowRoot!.querySelector('.sessions thead th:nth-child(3)')!.textContent!.trim(), 'catalog names translated').to.equal(language.catalog.exercises['knee-to-chest'].name);
    });
  }

  it('the send panel speaks Arabic, right to left', async () => {
    localStorage.clear();
    const el = await fixture<RoutinePlayer>(html`<routine-player lang="ar" remember cues="none" routine="lower-back-stretches"></routine-player>`);
    await waitUntil(() => el.shadowRoot!.querySelector('[part="base"]')?.getAttribute('dir') === 'rtl', 'Arabic loaded');
    el.start();
    el.stopForPain();
    await el.updateComplete;
    const toggle = [...el.shadowRoot!.querySelectorAll('button')].find((b) => b.textContent!.trim() === word(ar, 'Send to my physiotherapist'))!;
    toggle.click();
    await waitUntil(() => el.shadowRoot!.querySelector('#send-title'), 'the panel');
    expect(el.shadowRoot!.querySelector('#send-title')!.textContent).to.equal(word(ar, 'Send to my physiotherapist'));
    expect(el.shadowRoot!.querySelector('label[for="report-name"]')!.textContent).to.equal(word(ar, 'Your name (optional)'));
    localStorage.clear();
  });
});
