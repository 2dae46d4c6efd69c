// How often (issue 24): a routine's frequency is read and checked as every other field of a
// routine is (each problem names its field and the bad value), travels in a link's short form and
// back, and gives the days and times the calendar reminders fall on. Folding and escaping of the
// iCalendar text are checked byte by byte.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { reminderDays, sessionMinutes } from '../../src/adherence/frequency.js';
import { compactFrequency, expandFrequency } from '../../src/adherence/frequency-link.js';
import { escapeText, foldLine } from '../../src/adherence/icalendar.js';
import type { Frequency } from '../../src/adherence/types.js';
import { DataError } from '../../src/model/data-error.js';
import { parseRoutine, resolveRoutine } from '../../src/model/parse.js';

const routineWith = (frequency: unknown) => ({ id: 'home', name: 'Home', items: ['knee-to-chest'], frequency });

/** The problems parseRoutine reports for a frequency, as `path: message`. */
function problems(frequency: unknown): string[] {
  try {
    parseRoutine(routineWith(frequency));
  } catch (error) {
    assert.ok(error instanceof DataError);
    return error.problems.map((problem) => `${problem.path}: ${problem.message}`);
  }
  return [];
}

describe('a routine’s frequency', () => {
  it('is read with the routine, its weekdays put Monday first, and kept when resolved', () => {
    const routine = parseRoutine(routineWith({ timesPerDay: 2, days: { weekdays: ['FR', 'MO', 'WE'] }, time: '07:30' }));
    assert.deepEqual(routine.frequency, { timesPerDay: 2, days: { weekdays: ['MO', 'WE', 'FR'] }, time: '07:30' });
    assert.deepEqual(resolveRoutine(routine).frequency, routine.frequency);
    assert.deepEqual(parseRoutine(routineWith({ timesPerDay: 1, days: { perWeek: 3 } })).frequency, { timesPerDay: 1, days: { perWeek: 3 } });
    assert.equal(parseRoutine({ id: 'home', name: 'Home', items: ['knee-to-chest'] }).frequency, undefined);
    assert.equal(resolveRoutine(parseRoutine({ id: 'home', name: 'Home', items: ['knee-to-chest'] })).frequency, undefined);
  });

  const refused: [string, unknown, RegExp][] = [
    ['absurd times a day', { timesPerDay: 50, days: { perWeek: 3 } }, /^frequency\.timesPerDay: must be a whole number from 1 to 3, got 50$/],
    ['no times a day', { timesPerDay: 0, days: { perWeek: 3 } }, /^frequency\.timesPerDay: must be a whole number from 1 to 3, got 0$/],
    ['times a day as text', { timesPerDay: '2', days: { perWeek: 3 } }, /^frequency\.timesPerDay: .*got "2"$/],
    ['a fraction of a day', { timesPerDay: 1.5, days: { perWeek: 3 } }, /^frequency\.timesPerDay: .*got 1\.5$/],
    ['absurd days a week', { timesPerDay: 1, days: { perWeek: 8 } }, /^frequency\.days\.perWeek: must be a whole number from 1 to 7, got 8$/],
    ['a negative days a week', { timesPerDay: 1, days: { perWeek: -1 } }, /^frequency\.days\.perWeek: .*got -1$/],
    ['a day that is no day', { timesPerDay: 1, days: { weekdays: ['MO', 'XX'] } }, /^frequency\.days\.weekdays\[1\]: must be one of MO, TU, WE, TH, FR, SA, SU, got "XX"$/],
    ['a day in lower case', { timesPerDay: 1, days: { weekdays: ['mo'] } }, /^frequency\.days\.weekdays\[0\]: .*got "mo"$/],
    ['a day twice', { timesPerDay: 1, days: { weekdays: ['MO', 'MO'] } }, /^frequency\.days\.weekdays\[1\]: repeats MO; give each day once$/],
    ['no days', { timesPerDay: 1, days: { weekdays: [] } }, /^frequency\.days\.weekdays: must be a list of 1 to 7 days/],
    ['days as text', { timesPerDay: 1, days: { weekdays: 'MO,WE' } }, /^frequency\.days\.weekdays: must be a list/],
    ['markup as a day', { timesPerDay: 1, days: { weekdays: ['<img src=x onerror=alert(1)>'] } }, /^frequency\.days\.weekdays\[0\]: must be one of/],
    ['both kinds of days', { timesPerDay: 1, days: { weekdays: ['MO'], perWeek: 2 } }, /^frequency\.days\.perWeek: is not a known field; known fields are weekdays$/],
    ['no days at all', { timesPerDay: 1 }, /^frequency\.days: must be \{"weekdays"/],
    ['a time past midnight', { timesPerDay: 1, days: { perWeek: 3 }, time: '24:00' }, /^frequency\.time: must be a time of day as HH:MM, 24-hour \(00:00 to 23:59\), got "24:00"$/],
    ['a time without minutes', { timesPerDay: 1, days: { perWeek: 3 }, time: '8' }, /^frequency\.time: .*got "8"$/],
    ['a time with seconds', { timesPerDay: 1, days: { perWeek: 3 }, time: '08:00:00' }, /^frequency\.time: .*got "08:00:00"$/],
    ['a time as a number', { timesPerDay: 1, days: { perWeek: 3 }, time: 800 }, /^frequency\.time: .*got 800$/],
    ['markup as a time', { timesPerDay: 1, days: { perWeek: 3 }, time: '<b>8</b>' }, /^frequency\.time: .*got "<b>8<\/b>"$/],
    ['an unknown field', { timesPerDay: 1, days: { perWeek: 3 }, every: 'day' }, /^frequency\.every: is not a known field; known fields are timesPerDay, days, time$/],
    ['not an object', 'daily', /^frequency: must be \{"timesPerDay"/],
  ];
  for (const [why, frequency, expected] of refused) {
    it(`refuses ${why}, naming the field`, () => {
      const found = problems(frequency);
      assert.ok(found.some((problem) => expected.test(problem)), `${why}: ${found.join(' | ') || 'accepted'}`);
    });
  }

  it('goes into a link’s short form and back unchanged', () => {
    const cases: Frequency[] = [
      { timesPerDay: 1, days: { weekdays: ['MO', 'WE', 'FR'] } },
      { timesPerDay: 3, days: { perWeek: 5 }, time: '06:15' },
      { timesPerDay: 2, days: { weekdays: ['MO', 'TU', 'WE', 'TH', 'FR', 'SA', 'SU'] }, time: '23:59' },
    ];
    for (const frequency of cases) {
      const compact = compactFrequency(frequency);
      const back = parseRoutine(routineWith(expandFrequency(JSON.parse(JSON.stringify(compact))))).frequency;
      assert.deepEqual(back, frequency);
    }
    assert.deepEqual(compactFrequency({ timesPerDay: 2, days: { weekdays: ['MO', 'FR'] }, time: '08:00' }), { d: 2, w: 'MO,FR', t: '08:00' });
    assert.deepEqual(compactFrequency({ timesPerDay: 1, days: { perWeek: 3 } }), { d: 1, n: 3 });
  });

  it('refuses a short form with an unknown field, or with both or neither of its days', () => {
    assert.match(String(expandFrequency({ d: 1, n: 3, z: 1 })), /a field no link of ours writes/);
    assert.match(String(expandFrequency({ d: 1, n: 3, w: 'MO' })), /neither or both/);
    assert.match(String(expandFrequency({ d: 1 })), /neither or both/);
    assert.match(String(expandFrequency([1])), /not a set of fields/);
  });
});

describe('when the reminders fall', () => {
  it('are the named days, or n days spread over the week', () => {
    assert.deepEqual(reminderDays({ timesPerDay: 1, days: { weekdays: ['TU', 'SA'] } }), ['TU', 'SA']);
    assert.deepEqual(reminderDays({ timesPerDay: 1, days: { perWeek: 3 } }), ['MO', 'WE', 'FR']);
    for (let perWeek = 1; perWeek <= 7; perWeek++) assert.equal(reminderDays({ timesPerDay: 1, days: { perWeek } }).length, perWeek);
  });

  const at = (timesPerDay: number, time?: string) => sessionMinutes({ timesPerDay, days: { perWeek: 7 }, ...(time ? { time } : {}) });
  const clock = (minutes: number[]) => minutes.map((m) => `${String(Math.floor(m / 60)).padStart(2, '0')}:${String(m % 60).padStart(2, '0')}`);
  it('starts at the clinic’s time (08:00 without one) and spaces the sessions of a day, none after 22:00 when it can help it', () => {
    assert.deepEqual(clock(at(1)), ['08:00']);
    assert.deepEqual(clock(at(1, '18:45')), ['18:45']);
    assert.deepEqual(clock(at(2, '08:00')), ['08:00', '18:00']);
    assert.deepEqual(clock(at(3, '07:00')), ['07:00', '12:00', '17:00']);
    assert.deepEqual(clock(at(2, '14:00')), ['14:00', '22:00']);
    assert.deepEqual(clock(at(3, '20:00')), ['20:00', '21:00', '22:00']);
    // Too late for an hour between them before midnight: the day's first moves earlier.
    assert.deepEqual(clock(at(3, '23:30')), ['21:59', '22:59', '23:59']);
    for (let minutes = 0; minutes < 24 * 60; minutes += 7) {
      const time = clock([minutes])[0];
      for (const count of [2, 3]) {
        const sessions = at(count, time);
        assert.equal(sessions.length, count);
        assert.ok(sessions.every((m, i) => m < 24 * 60 && (i === 0 || m - sessions[i - 1] >= 60)), `${count} from ${time}: ${clock(sessions).join(' ')}`);
      }
    }
  });
});

describe('iCalendar text', () => {
  it('escapes backslashes, semicolons, commas and line breaks', () => {
    assert.equal(escapeText('a\\b;c,d\ne\r\nf'), 'a\\\\b\\;c\\,d\\ne\\nf');
  });

  it('folds at 75 octets, never inside a character, with a space starting each continuation', () => {
    const encoder = new TextEncoder();
    const samples = [
      `DESCRIPTION:${'a'.repeat(200)}`,
      `SUMMARY:${'ü'.repeat(90)}`,
      `SUMMARY:${'Rücken 😀 تمارين الظهر '.repeat(12)}`,
      `SUMMARY:x${'€'.repeat(40)}`,
      'SHORT:line',
    ];
    for (const line of samples) {
      const folded = foldLine(line);
      const parts = folded.split('\r\n');
      for (const [index, part] of parts.entries()) {
        assert.ok(encoder.encode(part).length <= 75, `${part.length} characters, ${encoder.encode(part).length} octets`);
        if (index > 0) assert.equal(part[0], ' ');
        // A part that decodes to itself was not cut inside a character (a lone surrogate would not round-trip).
        assert.equal(new TextDecoder('utf-8', { fatal: true }).decode(encoder.encode(part)), part);
        assert.ok(!/[\uD800-\uDBFF]$/.test(part), 'no surrogate pair cut in two');
      }
      // Unfolding gives the line back.
      assert.equal(folded.replace(/\r\n /g, ''), line);
    }
    assert.equal(foldLine('SHORT:line'), 'SHORT:line');
  });
});
