import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import '../../src/progress-report/define.js';
import type { ProgressReport } from '../../src/progress-report/progress-report.js';
import { buildReport } from '../../src/adherence/report-build.js';
import { decodeReportLink, reportLink } from '../../src/adherence/report-link.js';
import { prescriptionHash } from '../../src/adherence/prescription-hash.js';
import { CHANGE_DAY, IDS, ROUTINE, STOP_DAY, difficultyOf, painOf, sixWeeks } from './six-weeks.js';

const PAGE = 'https://physio.example/home-exercises/';
const NAMES = ['Knee to Chest', 'Lower Back Twist', 'Side Trunk Stretch', 'Half Crunches', 'Push-up Back Extensions', 'Assisted Back Extension'];
const DIFFICULTY_WORDS = { easy: 'Easy', right: 'About right', hard: 'Hard' };

async function sixWeekLink(name?: string) {
  const { sessions, progressions, now } = sixWeeks();
  const report = buildReport({ prescription: prescriptionHash(ROUTINE), exerciseIds: IDS, sessions, progressions, now, ...(name ? { name } : {}) });
  return { report, link: await reportLink(report, PAGE) };
}

async function opened(link: string, routine = 'lower-back') {
  const el = await fixture<ProgressReport>(html`<progress-report routine=${routine} report=${link}></progress-report>`);
  await waitUntil(() => el.shadowRoot!.querySelector('[part="report"], [part="error"]'), 'the report is read');
  return el;
}

/** A day of the six weeks as the report shows it in English. */
const shortDate = (day: number) => new Intl.DateTimeFormat('en', { weekday: 'short', day: 'numeric', month: 'short', timeZone: 'UTC' }).format(new Date(Date.UTC(2026, 9, 5 + day)));

const texts = (root: ParentNode, selector: string) => [...root.querySelectorAll(selector)].map((node) => node.textContent!.replace(/\s+/g, ' ').trim());

describe('a report of six weeks of daily sessions', () => {
  it('fits in a link of at most 2,000 characters, page address included, and decodes to what went in', async () => {
    const { report, link } = await sixWeekLink('Ana Pérez');
    expect(link.length, link).to.be.at.most(2000);
    expect(link.startsWith(`${PAGE}#report=1z.`)).to.equal(true);
    expect(await decodeReportLink(link)).to.deep.equal(report);
    expect(report.sessions).to.have.length(42);
    expect(report.days).to.equal(41);
    expect(report.name).to.equal('Ana Pérez');
  });

  it('shows in the clinic exactly the sessions, ratings, stop and level change that went in', async () => {
    const { link } = await sixWeekLink();
    const el = await opened(link);
    const root = el.shadowRoot!;
    expect(root.querySelector('[part="mismatch"]'), 'the prescription matches').to.equal(null);
    expect(texts(root, '.sessions thead th').slice(2)).to.deep.equal(NAMES);

    // Every session: its day, how it ended, and each exercise's pain and difficulty.
    const rows = [...root.querySelectorAll('.sessions tbody tr')];
    expect(rows).to.have.length(42);
    rows.forEach((row, day) => {
      const cells = texts(row, 'th, td');
      expect(cells[0]).to.equal(shortDate(day));
      if (day === STOP_DAY) {
        expect(cells.slice(1)).to.deep.equal([
          'Stopped for pain',
          `pain ${painOf(day, 0)} · ${DIFFICULTY_WORDS[difficultyOf(day, 0)]}`,
          'stopped here',
          'not reached',
          'not reached',
          'not reached',
          'not reached',
        ]);
      } else {
        expect(cells.slice(1)).to.deep.equal(['Finished', ...IDS.map((_, index) => `pain ${painOf(day, index)} · ${DIFFICULTY_WORDS[difficultyOf(day, index)]}`)]);
      }
    });

    // The one stop, where it happened; the one level change.
    expect(texts(root, '[part="stops"] li')).to.deep.equal([`${shortDate(STOP_DAY)}: Lower Back Twist (right side, 20 seconds into the hold)`]);
    expect(texts(root, '[part="progressions"] li')).to.deep.equal([`${shortDate(CHANGE_DAY)}: Half Crunches, Beginner → Intermediate`]);

    // Week by week: six Monday-to-Sunday weeks, seven finished but in the week of the stop.
    const weeks = [...root.querySelectorAll('[part="adherence"] tbody tr')].map((row) => texts(row, 'th, td'));
    expect(weeks.map((week) => week[0])).to.deep.equal([0, 7, 14, 21, 28, 35].map(shortDate));
    expect(weeks.map((week) => week.slice(1))).to.deep.equal([
      ['7', '0'],
      ['7', '0'],
      ['6', '1'],
      ['7', '0'],
      ['7', '0'],
      ['7', '0'],
    ]);

    // Pain per exercise over time: the first and last pain rated, and the count of each difficulty.
    const trends = [...root.querySelectorAll('[part="trends"] tbody tr')].map((row) => texts(row, 'th, td'));
    expect(trends.map((row) => row[0])).to.deep.equal(NAMES);
    IDS.forEach((_, index) => {
      const days = Array.from({ length: 42 }, (_, day) => day).filter((day) => day !== STOP_DAY || index === 0);
      expect(trends[index][2]).to.equal(`${painOf(days[0], index)} → ${painOf(days[days.length - 1], index)}`);
      const count = (word: string) => days.filter((day) => difficultyOf(day, index) === word).length;
      expect(trends[index][3]).to.equal(`${count('easy')} / ${count('right')} / ${count('hard')}`);
    });
    expect(root.querySelectorAll('[part="pain-line"]')).to.have.length(6);
  });

  it('warns when the report is about another prescription than the one the clinic holds', async () => {
    const { link } = await sixWeekLink();
    const el = await opened(link, 'trunk-strength');
    expect(el.shadowRoot!.querySelector('[part="mismatch"]')!.textContent).to.contain('not about the prescription on this page');
    el.data = { id: 'edited', name: 'Edited', items: [...IDS.map((exercise) => ({ exercise })).slice(0, 5), { exercise: IDS[5], dose: { reps: 4 } }] };
    await el.updateComplete;
    expect(el.shadowRoot!.querySelector('[part="mismatch"]'), 'one dose differs').to.not.equal(null);
    el.data = { id: 'same', name: 'Another name, same prescription', items: IDS.map((exercise) => ({ exercise })) };
    await el.updateComplete;
    expect(el.shadowRoot!.querySelector('[part="mismatch"]'), 'the same exercises and doses').to.equal(null);
  });

  it('says when no prescription was given to check against', async () => {
    const { link } = await sixWeekLink();
    const el = await fixture<ProgressReport>(html`<progress-report report=${link}></progress-report>`);
    await waitUntil(() => el.shadowRoot!.querySelector('[part="report"]'), 'the report is read');
    expect(el.shadowRoot!.querySelector('[part="unchecked"]')).to.not.equal(null);
    expect(texts(el.shadowRoot!, '.sessions thead th').slice(2), 'catalog names from the ids').to.deep.equal(NAMES);
  });
});
