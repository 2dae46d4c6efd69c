// Issue 24 end to end: six weeks of daily sessions played in a real <routine-player remember rate>
// on a fake clock (the wall date moved a day at a time), with ratings, one pain stop and one
// accepted level change; then "Send to my physiotherapist" makes a report link of at most 2,000
// characters, and the clinic's <progress-report> shows exactly the sessions, ratings, stop and
// level change that happened, checked against the routine the clinic holds.
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import sinon from 'sinon';
import '../../src/routine-player/define.js';
import '../../src/progress-report/define.js';
import type { RoutinePlayer } from '../../src/index.js';
import type { ProgressReport } from '../../src/progress-report/progress-report.js';
import { decodeReportLink } from '../../src/adherence/report-link.js';
import { getRoutine } from '../../src/model/catalog.js';
import { useFakeTime } from '../helpers/use-fake-time.js';

const DAYS = 42;
/** The half crunch is rated easy and nearly painless on the first three days; its move up is accepted before the fourth session. */
const HALF_CRUNCH = 3;
const ACCEPT_DAY = 3;
/** On this day the person presses Stop — this hurts during the push-up back extension. */
const PUSH_UP = 4;
const STOP_DAY = 23;
const FREQUENCY = { timesPerDay: 1, days: { weekdays: ['MO', 'TU', 'WE', 'TH', 'FR', 'SA', 'SU'] }, time: '08:00' };
const ROUTINE = { ...getRoutine('lower-back')!, frequency: FREQUENCY };
const NAMES = ['Knee to Chest', 'Lower Back Twist', 'Side Trunk Stretch', 'Half Crunches', 'Push-up Back Extensions', 'Assisted Back Extension'];
const DIFFICULTY = ['easy', 'right', 'hard'] as const;
const DIFFICULTY_WORDS = { easy: 'Easy', right: 'About right', hard: 'Hard' };

/** The pain (0–4, under any threshold) and difficulty the person gives exercise `index` on `day`. */
function ratingOf(day: number, index: number): { pain: number; difficulty: (typeof DIFFICULTY)[number] } {
  if (index === HALF_CRUNCH && day < ACCEPT_DAY) return { pain: 1, difficulty: 'easy' };
  // Never easy with little pain three times running elsewhere, so the one suggestion is the half crunch's.
  return { pain: (day * 3 + index) % 5, difficulty: (day + index) % 4 === 0 ? 'hard' : 'right' };
}

/** 08:00 local time on day `day` of the six weeks (a Monday first). */
const morningOf = (day: number) => new Date(2026, 9, 5 + day, 8).getTime();
const shortDate = (day: number) => new Intl.DateTimeFormat('en', { weekday: 'short', day: 'numeric', month: 'short' }).format(new Date(morningOf(day)));

const words = (node: Element | null) => (node?.textContent ?? '').replace(/\s+/g, ' ').trim();
const texts = (root: ParentNode, selector: string) => [...root.querySelectorAll(selector)].map(words);
function button(root: ParentNode, label: string): HTMLButtonElement {
  const found = [...root.querySelectorAll('button')].find((b) => words(b) === label);
  if (!found) throw new Error(`no button "${label}"`);
  return found;
}

describe('six weeks of daily sessions, from the patient’s phone to the clinic', () => {
  const clock = useFakeTime({ stubBeepUnlock: true, clearStorage: true });

  it('keeps every session, suggests and applies one accepted move up, and reports exactly what happened', async function () {
    this.timeout(180_000);
    const wall = sinon.useFakeTimers({ now: morningOf(0), toFake: ['Date'] });
    const el = await fixture<RoutinePlayer>(html`<routine-player remember rate cues="none" no-focus-mode-on-phones .data=${ROUTINE}></routine-player>`);
    await el.updateComplete;
    const root = el.shadowRoot!;
    const repsOf = (index: number) => el.plan!.segments.find((s) => s.exerciseIndex === index && s.kind === 'hold')!.reps;

    for (let day = 0; day < DAYS; day++) {
      wall.setSystemTime(morningOf(day));
      if (el.state !== 'before') {
        button(root, el.state === 'summary' ? 'Start again' : 'Back to the routine').click();
        await el.updateComplete;
      }
      // The rule and the cards are a chunk, loaded after the first remembered session: they show once it has arrived.
      if (day === ACCEPT_DAY) await waitUntil(() => root.querySelector('[part="suggestion"]'), 'the suggestions have loaded');
      const suggestions = texts(root, '[part="suggestion"] p');
      if (day === ACCEPT_DAY) {
        expect(suggestions, 'after three easy sessions, one suggestion: the half crunch up a level').to.deep.equal([
          'Half Crunches felt easy, with little or no pain, in your last 3 sessions. Ready for Intermediate: 3 sets of 15, hold each for 2 seconds?',
        ]);
        expect(repsOf(HALF_CRUNCH), 'never applied on its own').to.equal(10);
        button(root.querySelector('[part="suggestion"]')!, 'Accept').click();
        await el.updateComplete;
        expect(repsOf(HALF_CRUNCH), 'accepted: 3 sets of 15 from now on').to.equal(15);
      } else if (day < ACCEPT_DAY) {
        expect(suggestions, `day ${day}: nothing to suggest yet`).to.deep.equal([]);
      }

      el.start();
      await el.updateComplete;
      for (let index = 0; index < NAMES.length; index++) {
        if (day === STOP_DAY && index === PUSH_UP) {
          clock.advance(30_000);
          await el.updateComplete;
          el.stopForPain();
          await el.updateComplete;
          break;
        }
        clock.advance(el.plan!.total);
        await el.updateComplete;
        const { pain, difficulty } = ratingOf(day, index);
        [...root.querySelectorAll<HTMLButtonElement>('.pain-button')].find((b) => words(b) === String(pain))!.click();
        await el.updateComplete;
        root.querySelectorAll<HTMLButtonElement>('.difficulty button')[DIFFICULTY.indexOf(difficulty)].click();
        await el.updateComplete;
        root.querySelector<HTMLButtonElement>('[part~="continue"]')!.click();
        await el.updateComplete;
      }
      expect(el.state, `day ${day}`).to.equal(day === STOP_DAY ? 'stopped' : 'summary');
    }

    // The patient sends the report from the last summary.
    button(root, 'Send to my physiotherapist').click();
    await waitUntil(() => (root.querySelector<HTMLInputElement>('#report-link')?.value ?? '') !== '', 'the report link is made');
    const link = root.querySelector<HTMLInputElement>('#report-link')!.value;
    expect(link.length, link).to.be.at.most(2000);
    expect(link.startsWith(`${location.href.split('#')[0]}#report=`)).to.equal(true);

    // What the link carries: every session with its ratings and levels, the stop, the one change, no name.
    const report = (await decodeReportLink(link))!;
    expect(report).to.not.have.property('name');
    expect(report.sessions.map((session) => session.day)).to.deep.equal(Array.from({ length: DAYS }, (_, day) => day));
    for (const session of report.sessions) {
      const { day } = session;
      expect(session.completed, `day ${day}`).to.equal(day !== STOP_DAY);
      expect(session.painStop, `day ${day}`).to.equal(day === STOP_DAY);
      const rated = day === STOP_DAY ? PUSH_UP : NAMES.length;
      expect(
        session.exercises.map(({ outcome, pain, difficulty, level }) => ({ outcome, pain, difficulty, level })),
        `day ${day}`,
      ).to.deep.equal(
        NAMES.map((_, index) => ({
          outcome: index < rated ? 'done' : index === PUSH_UP ? 'stopped' : 'not-reached',
          pain: index < rated ? ratingOf(day, index).pain : undefined,
          difficulty: index < rated ? ratingOf(day, index).difficulty : undefined,
          level: index === HALF_CRUNCH && day >= ACCEPT_DAY ? 'intermediate' : 'beginner',
        })),
      );
    }
    expect(report.sessions[STOP_DAY].stoppedAt).to.include({ exerciseIndex: PUSH_UP, exerciseId: 'push-up-back-extension' });
    expect(report.progressions.map(({ day, index, from, to }) => ({ day, index, from, to }))).to.deep.equal([
      { day: ACCEPT_DAY, index: HALF_CRUNCH, from: 'beginner', to: 'intermediate' },
    ]);

    // The clinic opens it beside the prescription it holds.
    const clinic = await fixture<ProgressReport>(html`<progress-report .data=${ROUTINE} report=${link}></progress-report>`);
    await waitUntil(() => clinic.shadowRoot!.querySelector('[part="report"], [part="error"]'), 'the report is read');
    const view = clinic.shadowRoot!;
    expect(view.querySelector('[part="error"]')).to.equal(null);
    expect(view.querySelector('[part="mismatch"]'), 'the prescription matches').to.equal(null);
    const rows = [...view.querySelectorAll('.sessions tbody tr')].map((row) => texts(row, 'th, td'));
    expect(rows.map((row) => row[0])).to.deep.equal(Array.from({ length: DAYS }, (_, day) => shortDate(day)));
    rows.forEach((cells, day) => {
      const rated = day === STOP_DAY ? PUSH_UP : NAMES.length;
      expect(cells.slice(1), `day ${day}`).to.deep.equal([
        day === STOP_DAY ? 'Stopped for pain' : 'Finished',
        ...NAMES.map((_, index) => {
          if (index >= rated) return index === PUSH_UP ? 'stopped here' : 'not reached';
          const { pain, difficulty } = ratingOf(day, index);
          return `pain ${pain} · ${DIFFICULTY_WORDS[difficulty]}`;
        }),
      ]);
    });
    const stops = texts(view, '[part="stops"] li');
    expect(stops).to.have.length(1);
    expect(stops[0]).to.match(new RegExp(`^${shortDate(STOP_DAY)}: Push-up Back Extensions \\(`));
    expect(texts(view, '[part="progressions"] li')).to.deep.equal([`${shortDate(ACCEPT_DAY)}: Half Crunches, Beginner → Intermediate`]);
    // Week by week against the prescription (every day): all seven done, but the stop's week.
    const weeks = [...view.querySelectorAll('[part="adherence"] tbody tr')].map((row) => texts(row, 'th, td'));
    expect(weeks.map((week) => week[0])).to.deep.equal([0, 7, 14, 21, 28, 35].map(shortDate));
    // Columns: finished (of prescribed), prescribed, stopped or ended early.
    const full = ['7 of 7', '7', '0'];
    expect(weeks.map((week) => week.slice(1))).to.deep.equal([full, full, full, ['6 of 7', '7', '1'], full, full]);
  });
});
