// The report's pure parts, in Node: the prescription hash, the weeks of a report against the
// prescribed frequency, and what a report keeps of stored history.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { getRoutine } from '../../src/model/catalog.js';
import { resolveRoutine } from '../../src/model/parse.js';
import { prescriptionHash } from '../../src/adherence/prescription-hash.js';
import { buildReport } from '../../src/adherence/report-build.js';
import { decodeReportLink, encodeReportLink, type PatientReport, type ReportSession } from '../../src/adherence/report-link.js';
import { readFrequency, weeksOf } from '../../src/adherence/report-summary.js';

const routine = resolveRoutine(getRoutine('lower-back')!);

describe('prescriptionHash', () => {
  it('is the same for the same exercises, doses, rest and frequency, whatever the names or the order weekdays were written in', () => {
    const renamed = { ...routine, id: 'other', name: 'Renamed', exercises: routine.exercises.map((exercise) => ({ ...exercise, name: `${exercise.name}!` })) };
    assert.equal(prescriptionHash(renamed), prescriptionHash(routine));
    const a = prescriptionHash({ ...routine, frequency: { timesPerDay: 1, days: { weekdays: ['MO', 'WE', 'FR'] } } });
    const b = prescriptionHash({ ...routine, frequency: { timesPerDay: 1, days: { weekdays: ['FR', 'MO', 'WE'] } } });
    assert.equal(a, b);
  });
  it('changes with a dose, the rest between exercises, the order or the frequency', () => {
    const base = prescriptionHash(routine);
    const dose = { ...routine, exercises: routine.exercises.map((exercise, index) => (index === 2 ? { ...exercise, dose: { ...exercise.dose, holdSeconds: 46 } } : exercise)) };
    const hashes = [
      prescriptionHash(dose),
      prescriptionHash({ ...routine, restBetweenSeconds: routine.restBetweenSeconds + 1 }),
      prescriptionHash({ ...routine, exercises: [...routine.exercises].reverse() }),
      prescriptionHash({ ...routine, frequency: { timesPerDay: 1, days: { perWeek: 5 } } }),
      prescriptionHash({ ...routine, frequency: { timesPerDay: 2, days: { perWeek: 5 } } }),
      prescriptionHash({ ...routine, frequency: { timesPerDay: 2, days: { perWeek: 5 }, time: '08:00' } }),
    ];
    assert.equal(new Set([base, ...hashes]).size, hashes.length + 1);
  });
});

/** A report of `days` days from Monday 5 October 2026 with a finished session on each of `done` days (and a pain stop on `stopped`). */
function report(days: number, done: number[], stopped: number[] = []): PatientReport {
  const session = (day: number, completed: boolean): ReportSession => ({ day, completed, painStop: !completed, exercises: [] });
  return {
    prescription: 'abc',
    startDate: '2026-10-05',
    days,
    exerciseIds: ['knee-to-chest'],
    sessions: [...done.map((day) => session(day, true)), ...stopped.map((day) => session(day, false))].sort((a, b) => a.day - b.day),
    progressions: [],
  };
}

describe('weeksOf', () => {
  it('counts sessions done against those prescribed, Monday to Sunday, for fixed weekdays and twice a day', () => {
    const frequency = { timesPerDay: 2, days: { weekdays: ['MO', 'WE', 'FR'] } } as const;
    const weeks = weeksOf(report(13, [0, 0, 2, 4, 4, 7, 9], [11]), { ...frequency, days: { weekdays: [...frequency.days.weekdays] } });
    assert.deepEqual(
      weeks.map(({ monday, done, unfinished, prescribed }) => ({ monday, done, unfinished, prescribed })),
      [
        { monday: '2026-10-05', done: 5, unfinished: 0, prescribed: 6 },
        { monday: '2026-10-12', done: 2, unfinished: 1, prescribed: 6 },
      ],
    );
  });
  it('prescribes a week the report covers in part only on its days within the report', () => {
    // From a Thursday to the next Tuesday: Thu–Sun of one week, Mon–Tue of the next.
    const thursday = { ...report(5, [0, 1]), startDate: '2026-10-08' };
    assert.deepEqual(
      weeksOf(thursday, { timesPerDay: 1, days: { weekdays: ['MO', 'WE', 'FR'] } }).map(({ monday, firstDay, lastDay, prescribed }) => ({ monday, firstDay, lastDay, prescribed })),
      [
        { monday: '2026-10-05', firstDay: 0, lastDay: 3, prescribed: 1 },
        { monday: '2026-10-12', firstDay: 4, lastDay: 5, prescribed: 1 },
      ],
    );
    assert.deepEqual(weeksOf(thursday, { timesPerDay: 1, days: { perWeek: 5 } }).map((week) => week.prescribed), [4, 2]);
    assert.deepEqual(weeksOf(thursday, undefined).map((week) => week.prescribed), [null, null]);
  });
});

describe('readFrequency', () => {
  it('takes a well-formed frequency and nothing else', () => {
    assert.deepEqual(readFrequency({ timesPerDay: 1, days: { perWeek: 3 }, time: '07:30' }), { timesPerDay: 1, days: { perWeek: 3 }, time: '07:30' });
    for (const bad of [undefined, null, 'daily', { timesPerDay: 0, days: { perWeek: 3 } }, { timesPerDay: 1, days: { perWeek: 8 } }, { timesPerDay: 1, days: { weekdays: ['XX'] } }, { timesPerDay: 1, days: { weekdays: [] } }, { timesPerDay: 1, days: { perWeek: 3 }, time: '25:00' }]) {
      assert.equal(readFrequency(bad), undefined, JSON.stringify(bad));
    }
  });
});

describe('buildReport', () => {
  const ids = routine.exercises.map((exercise) => exercise.id);
  const now = new Date(2026, 10, 15, 20, 0);
  const at = (daysAgo: number) => new Date(2026, 10, 15 - daysAgo, 8, 0).toISOString();
  const record = (daysAgo: number) => ({
    startedAt: at(daysAgo),
    date: at(daysAgo),
    completed: true,
    exercises: ids.map((id, index) => ({ index, id, outcome: 'done', level: 'beginner', pain: 2, difficulty: 'right' })),
  });

  it('keeps the session records of the last six weeks and leaves out what is not one, or not of this routine', async () => {
    const history: unknown[] = [
      record(42),
      record(41),
      { date: at(10), completed: true },
      { ...record(9), exercises: [{ index: 0, id: 'burpee', outcome: 'done', level: 'beginner' }] },
      { ...record(8), exercises: [{ index: 0, id: ids[0], outcome: 'done', level: 'beginner', pain: 11 }] },
      'garbage',
      null,
      record(0),
    ];
    const progressions: unknown[] = [{ date: at(5), index: 3, id: ids[3], from: 'beginner', to: 'intermediate' }, { date: at(4), index: 3, id: 'other', from: 'beginner', to: 'advanced' }, { date: 'soon' }];
    const built = buildReport({ prescription: prescriptionHash(routine), exerciseIds: ids, sessions: history, progressions, now, name: '  Ana  ' });
    assert.equal(built.startDate, '2026-10-05');
    assert.equal(built.days, 41);
    assert.deepEqual(built.sessions.map((session) => [session.day, session.exercises.length]), [[0, 6], [32, 0], [41, 6]]);
    assert.deepEqual(built.progressions, [{ day: 36, index: 3, id: ids[3], from: 'beginner', to: 'intermediate' }]);
    assert.equal(built.name, 'Ana');
    assert.deepEqual(await decodeReportLink(await encodeReportLink(built)), built);
  });

  it('with nothing remembered, is an empty report of today', () => {
    const built = buildReport({ prescription: 'abc', exerciseIds: ids, sessions: [], progressions: [], now });
    assert.deepEqual({ ...built, exerciseIds: [] }, { prescription: 'abc', startDate: '2026-11-15', days: 0, exerciseIds: [], sessions: [], progressions: [] });
  });
});
