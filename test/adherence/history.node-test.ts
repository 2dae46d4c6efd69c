// The history view's counting (src/adherence/history.ts), in Node with fixed `now` values: the week
// grid against the prescription, the counts that encourage, the pain chart's series and table rows.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { historyFile, historyFileName, historyTotals, painChart, prescribedFrequency, recentPainStops, startOfWeek, thisWeek } from '../../src/adherence/history.js';
import type { Frequency, SessionRecord } from '../../src/adherence/types.js';

/** Local time, as the patient's browser counts days: year, month (1–12), day, hour. */
const at = (year: number, month: number, day: number, hour = 9) => new Date(year, month - 1, day, hour).getTime();
/** Wednesday 9 December 2026, 18:00. */
const NOW = at(2026, 12, 9, 18);
const IDS = ['knee-to-chest', 'lower-back-twist'];

function session(time: number, pains: (number | undefined)[] = [], extra: Partial<SessionRecord> = {}): SessionRecord {
  return {
    startedAt: new Date(time - 10 * 60_000).toISOString(),
    date: new Date(time).toISOString(),
    completed: true,
    exercises: pains.map((pain, index) => ({ index, id: IDS[index], outcome: 'done', level: 'beginner', ...(pain === undefined ? {} : { pain }) })),
    ...extra,
  };
}

const threeAWeek: Frequency = { timesPerDay: 1, days: { perWeek: 3 } };
const monWedFri: Frequency = { timesPerDay: 1, days: { weekdays: ['MO', 'WE', 'FR'] } };

describe('thisWeek: the week grid', () => {
  it('runs Monday to Sunday of the week of now, marks today, the days to come and each day’s sessions', () => {
    const week = thisWeek([session(at(2026, 12, 7)), session(at(2026, 12, 9, 7)), session(at(2026, 12, 9, 17)), session(at(2026, 12, 6))], NOW);
    assert.deepEqual(
      week.days.map((day) => [day.weekday, new Date(day.start).getDate(), day.sessions, day.today, day.future]),
      [
        ['MO', 7, 1, false, false],
        ['TU', 8, 0, false, false],
        ['WE', 9, 2, true, false],
        ['TH', 10, 0, false, true],
        ['FR', 11, 0, false, true],
        ['SA', 12, 0, false, true],
        ['SU', 13, 0, false, true],
      ],
    );
    assert.equal(week.sessions, 3, 'Sunday 6 December belongs to last week');
    assert.equal(week.target, null, 'no prescription, no target');
    assert.equal(week.counted, 3);
  });

  it('counts against the prescription: at most timesPerDay a day, at most the target in all', () => {
    const records = [session(at(2026, 12, 7)), session(at(2026, 12, 7, 20)), session(at(2026, 12, 8)), session(at(2026, 12, 9)), session(at(2026, 12, 9, 10))];
    assert.deepEqual(pick(thisWeek(records, NOW, threeAWeek)), { sessions: 5, counted: 3, target: 3 });
    assert.deepEqual(pick(thisWeek(records.slice(0, 3), NOW, threeAWeek)), { sessions: 3, counted: 2, target: 3 }, 'two on Monday count once');
    const twiceDaily: Frequency = { timesPerDay: 2, days: { weekdays: ['MO', 'TU', 'WE', 'TH', 'FR', 'SA', 'SU'] } };
    assert.deepEqual(pick(thisWeek(records, NOW, twiceDaily)), { sessions: 5, counted: 5, target: 14 });
  });

  it('marks the prescribed weekdays, and a session on another day still counts', () => {
    const week = thisWeek([session(at(2026, 12, 8))], NOW, monWedFri);
    assert.deepEqual(
      week.days.filter((day) => day.prescribed).map((day) => day.weekday),
      ['MO', 'WE', 'FR'],
    );
    assert.deepEqual(pick(week), { sessions: 1, counted: 1, target: 3 });
  });

  it('on a Sunday night and a Monday morning, the week is the right one', () => {
    assert.equal(new Date(startOfWeek(at(2026, 12, 13, 23))).getDate(), 7);
    assert.equal(new Date(startOfWeek(at(2026, 12, 14, 0))).getDate(), 14);
  });
});

const pick = ({ sessions, counted, target }: ReturnType<typeof thisWeek>) => ({ sessions, counted, target });

describe('historyTotals: counts that encourage', () => {
  it('counts sessions, active weeks and weeks in a row up to this week', () => {
    const records = [at(2026, 11, 2), at(2026, 11, 16), at(2026, 11, 24), at(2026, 11, 25), at(2026, 12, 1), at(2026, 12, 8)].map((time) => session(time));
    assert.deepEqual(historyTotals(records, NOW), { sessions: 6, activeWeeks: 5, weeksInARow: 4, since: at(2026, 11, 2) }, 'weeks of 2, 16, 23 and 30 November and this one; the last four in a row');
  });

  it('a week just begun with no session yet keeps last week’s run (nothing is “broken” on a Monday)', () => {
    const records = [at(2026, 11, 24), at(2026, 12, 1)].map((time) => session(time));
    assert.equal(historyTotals(records, at(2026, 12, 7, 8)).weeksInARow, 2);
  });

  it('counts version-1 entries (no exercises) and nothing after now', () => {
    const records: SessionRecord[] = [{ startedAt: '2026-12-08T09:00:00.000Z', date: '2026-12-08T09:10:00.000Z', completed: false, reason: 'pain', exercises: [] }, session(at(2026, 12, 20))];
    assert.deepEqual(historyTotals(records, NOW).sessions, 1);
    assert.deepEqual(historyTotals([], NOW), { sessions: 0, activeWeeks: 0, weeksInARow: 0, since: null });
  });
});

describe('painChart: pain per exercise over the last weeks', () => {
  it('one series per exercise of the routine, oldest first, within six weeks up to the end of this one', () => {
    const records = [session(at(2026, 10, 25), [9, 9]), session(at(2026, 11, 10), [5, 4]), session(at(2026, 12, 8), [3, undefined]), session(at(2026, 11, 2), [6, 5])];
    const chart = painChart(records, IDS, NOW);
    assert.equal(new Date(chart.from).toDateString(), new Date(at(2026, 11, 2)).toDateString(), 'from the Monday five weeks before this one');
    assert.equal(new Date(chart.to).toDateString(), new Date(at(2026, 12, 14)).toDateString());
    assert.equal(chart.weekStarts.length, 6);
    assert.deepEqual(
      chart.series.map((series) => series.points.map((point) => point.pain)),
      [
        [6, 5, 3],
        [5, 4],
      ],
    );
    assert.deepEqual(
      chart.rows.map((row) => row.pains),
      [
        [6, 5],
        [5, 4],
        [3, null],
      ],
    );
  });

  it('a rating recorded for another exercise at that position (the routine changed) is left out', () => {
    const changed: SessionRecord = { ...session(at(2026, 12, 7)), exercises: [{ index: 0, id: 'half-crunch', outcome: 'done', level: 'beginner', pain: 8 }] };
    const chart = painChart([changed], IDS, NOW);
    assert.deepEqual(chart.series[0].points, []);
    assert.deepEqual(chart.rows, [], 'a session with no rating of this routine’s exercises is no row');
  });
});

describe('recentPainStops, and the downloaded file', () => {
  it('lists the pain stops of the last weeks, newest first, with where they happened', () => {
    const where = { exerciseIndex: 1, exerciseId: 'lower-back-twist', phase: 'hold' as const, side: 'left' as const, rep: 1, reps: 1, set: 1, sets: 1, secondsIntoHold: 12 };
    const records = [session(at(2026, 12, 1), [], { completed: false, reason: 'pain', stoppedAt: where }), session(at(2026, 12, 8), [], { completed: false, reason: 'pain' }), session(at(2026, 9, 1), [], { reason: 'pain' })];
    assert.deepEqual(
      recentPainStops(records, NOW).map((record) => [record.date, record.stoppedAt?.secondsIntoHold]),
      [
        [new Date(at(2026, 12, 8)).toISOString(), undefined],
        [new Date(at(2026, 12, 1)).toISOString(), 12],
      ],
    );
  });

  it('the file carries the sessions and progressions as JSON, under a safe file name', () => {
    const file = historyFile({ id: 'lower-back', name: 'Lower back' }, [session(at(2026, 12, 8), [2])], [], NOW);
    assert.deepEqual(JSON.parse(JSON.stringify(file)), { format: 'back-exercise-elements history', version: 2, routine: { id: 'lower-back', name: 'Lower back' }, exportedAt: new Date(NOW).toISOString(), sessions: [session(at(2026, 12, 8), [2])], progressions: [] });
    assert.equal(historyFileName('lower-back', NOW), 'history-lower-back-2026-12-09.json');
    assert.equal(historyFileName('../x y', NOW), 'history--x-y-2026-12-09.json');
  });
});

describe('prescribedFrequency: the routine’s frequency, read defensively', () => {
  it('takes a well-formed frequency and nothing else', () => {
    assert.deepEqual(prescribedFrequency({ frequency: monWedFri }), monWedFri);
    assert.deepEqual(prescribedFrequency({ frequency: threeAWeek }), threeAWeek);
    for (const frequency of [undefined, null, 'daily', { timesPerDay: 0, days: { perWeek: 3 } }, { timesPerDay: 1, days: { perWeek: 8 } }, { timesPerDay: 1, days: { weekdays: ['XX'] } }, { timesPerDay: 1, days: { weekdays: [] } }, { timesPerDay: 1 }]) {
      assert.equal(prescribedFrequency({ frequency }), undefined, JSON.stringify(frequency));
    }
  });
});
