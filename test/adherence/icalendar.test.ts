// The calendar file (issue 24): read back by a real iCalendar parser (ical.js), its recurrence
// expands to exactly the prescribed days over four weeks, at the chosen time in local (floating)
// time, for as long as the routine takes, with an alarm, and with the routine's link as its URL and
// in its description. Lines end in CRLF and are at most 75 octets; text with commas, semicolons,
// line breaks and characters beyond ASCII comes back as it went in.
import { expect } from '@open-wc/testing';
import ICAL from 'ical.js';
import { calendarFileName, calendarKey, calendarText } from '../../src/adherence/calendar-file.js';
import { WEEKDAYS, type Frequency, type Weekday } from '../../src/adherence/types.js';

const LINK = 'https://clinic.example/home-exercises/#routine=2z.q1ZKTcrPz0nVTUrMS1eyUkrOzy0oSi0uTs1LSVWyUrJUslIqzy_KTlGyUlJKSkxLSs1RslIqKE0uyczPAwA';
// A Wednesday, late morning, in the test browser's own time zone.
const NOW = new Date(2026, 11, 9, 10, 30);

const weekdayOf = (date: Date): Weekday => WEEKDAYS[(date.getDay() + 6) % 7];

/** The days from `start` for `days` days whose weekday is one of `weekdays`, as local `YYYY-MM-DD`. */
function expectedDays(start: Date, days: number, weekdays: readonly Weekday[]): string[] {
  const out: string[] = [];
  for (let offset = 0; offset < days; offset++) {
    const day = new Date(start.getFullYear(), start.getMonth(), start.getDate() + offset);
    if (weekdays.includes(weekdayOf(day))) out.push(isoDay(day));
  }
  return out;
}
const isoDay = (date: Date) => `${date.getFullYear()}-${String(date.getMonth() + 1).padStart(2, '0')}-${String(date.getDate()).padStart(2, '0')}`;

function calendar(frequency: Frequency, name = 'Lower back, week 1') {
  return calendarText({ name, key: calendarKey(name, ['knee-to-chest', 'half-crunch']), frequency, link: LINK, durationSeconds: 11 * 60 + 5, now: NOW });
}

/** Each event's occurrences in the four weeks from NOW's day, as local dates and times. */
function occurrences(text: string): { day: string; time: string }[][] {
  const root = new ICAL.Component(ICAL.parse(text));
  const end = new Date(NOW.getFullYear(), NOW.getMonth(), NOW.getDate() + 28);
  return root.getAllSubcomponents('vevent').map((vevent) => {
    const iterator = new ICAL.Event(vevent).iterator();
    const found: { day: string; time: string }[] = [];
    for (let next = iterator.next(); next && next.toJSDate() < end; next = iterator.next()) {
      const date = next.toJSDate();
      found.push({ day: isoDay(date), time: `${String(date.getHours()).padStart(2, '0')}:${String(date.getMinutes()).padStart(2, '0')}` });
    }
    return found;
  });
}

describe('the routine’s calendar file (RFC 5545, read by ical.js)', () => {
  it('recurs on exactly the named days, at the chosen time, for four weeks and on', () => {
    const frequency: Frequency = { timesPerDay: 1, days: { weekdays: ['MO', 'WE', 'FR'] }, time: '07:45' };
    const [events] = [occurrences(calendar(frequency))];
    expect(events).to.have.length(1);
    expect(events[0].map((o) => o.day)).to.deep.equal(expectedDays(NOW, 28, ['MO', 'WE', 'FR']));
    expect(events[0].map((o) => o.time)).to.deep.equal(new Array(12).fill('07:45'));
  });

  it('recurs every day for "every day", and from the first prescribed day on (never on another day)', () => {
    const every = occurrences(calendar({ timesPerDay: 1, days: { weekdays: [...WEEKDAYS] } }))[0];
    expect(every.map((o) => o.day)).to.deep.equal(expectedDays(NOW, 28, WEEKDAYS));
    expect(every.every((o) => o.time === '08:00'), 'at 08:00 when the clinic gave no time').to.equal(true);
    // NOW is a Wednesday: a Tuesday-and-Saturday routine starts on the Saturday.
    const later = occurrences(calendar({ timesPerDay: 1, days: { weekdays: ['TU', 'SA'] }, time: '18:00' }))[0];
    expect(later.map((o) => o.day)).to.deep.equal(expectedDays(NOW, 28, ['TU', 'SA']));
    expect(weekdayOf(new Date(`${later[0].day}T12:00`))).to.equal('SA');
    // DTSTART itself is an occurrence for many calendar apps (RFC 5545, 3.8.5.3): it must be a prescribed day.
    for (const [frequency, days] of [
      [{ timesPerDay: 1, days: { weekdays: ['TU', 'SA'] } }, ['TU', 'SA']],
      [{ timesPerDay: 2, days: { weekdays: ['MO'] } }, ['MO']],
      [{ timesPerDay: 1, days: { perWeek: 2 } }, ['MO', 'TH']],
    ] as [Frequency, Weekday[]][]) {
      for (const vevent of new ICAL.Component(ICAL.parse(calendar(frequency))).getAllSubcomponents('vevent')) {
        const start = (vevent.getFirstPropertyValue('dtstart') as ICAL.Time).toJSDate();
        expect(days, `DTSTART ${start.toDateString()}`).to.include(weekdayOf(start));
        expect(start.getTime() >= new Date(NOW.getFullYear(), NOW.getMonth(), NOW.getDate()).getTime(), 'not before today').to.equal(true);
        expect(start.getTime() - NOW.getTime(), 'within the first week').to.be.below(7 * 86_400_000);
      }
    }
  });

  it('spreads "3 days a week" over Monday, Wednesday and Friday, and says the days may move', () => {
    const text = calendar({ timesPerDay: 1, days: { perWeek: 3 }, time: '12:00' });
    expect(occurrences(text)[0].map((o) => o.day)).to.deep.equal(expectedDays(NOW, 28, ['MO', 'WE', 'FR']));
    const vevent = new ICAL.Component(ICAL.parse(text)).getFirstSubcomponent('vevent')!;
    expect(String(vevent.getFirstPropertyValue('description'))).to.contain('the days in your calendar are a suggestion');
  });

  it('has one recurring event per session of the day, each with its own stable id', () => {
    const frequency: Frequency = { timesPerDay: 2, days: { weekdays: ['TU', 'TH'] }, time: '08:00' };
    const text = calendar(frequency);
    const events = occurrences(text);
    expect(events).to.have.length(2);
    expect(events[0].map((o) => o.day)).to.deep.equal(expectedDays(NOW, 28, ['TU', 'TH']));
    expect(events[1].map((o) => o.day)).to.deep.equal(events[0].map((o) => o.day));
    expect(new Set(events[0].map((o) => o.time))).to.deep.equal(new Set(['08:00']));
    expect(new Set(events[1].map((o) => o.time))).to.deep.equal(new Set(['18:00']));
    const uids = new ICAL.Component(ICAL.parse(text)).getAllSubcomponents('vevent').map((vevent) => vevent.getFirstPropertyValue('uid'));
    expect(new Set(uids).size).to.equal(2);
    // Made again later (another stamp), the same prescription keeps its ids: importing again updates, not duplicates.
    const again = calendarText({ name: 'Lower back, week 1', key: calendarKey('Lower back, week 1', ['knee-to-chest', 'half-crunch']), frequency, link: LINK, durationSeconds: 600, now: new Date(2027, 0, 3) });
    expect(new ICAL.Component(ICAL.parse(again)).getAllSubcomponents('vevent').map((vevent) => vevent.getFirstPropertyValue('uid'))).to.deep.equal(uids);
  });

  it('carries the alarm, the duration, the link as URL and in the description, and what every calendar app needs', () => {
    const text = calendar({ timesPerDay: 1, days: { weekdays: ['MO'] }, time: '09:00' });
    const root = new ICAL.Component(ICAL.parse(text));
    expect(root.getFirstPropertyValue('version')).to.equal('2.0');
    expect(String(root.getFirstPropertyValue('prodid'))).to.match(/^-\/\/back-exercise-elements\/\//);
    const vevent = root.getFirstSubcomponent('vevent')!;
    expect(vevent.getFirstPropertyValue('url')).to.equal(LINK);
    expect(String(vevent.getFirstPropertyValue('description'))).to.contain(LINK);
    expect(vevent.getFirstPropertyValue('uid')).to.be.a('string').and.match(/@back-exercise-elements$/);
    const stamp = vevent.getFirstPropertyValue('dtstamp') as ICAL.Time;
    expect(stamp.toJSDate().getTime()).to.equal(NOW.getTime() - NOW.getMilliseconds());
    // Floating local time: no zone, so 09:00 is 09:00 wherever the phone is.
    expect(vevent.getFirstProperty('dtstart')!.getParameter('tzid')).to.equal(undefined);
    expect(text).to.match(/\r\nDTSTART:\d{8}T090000\r\n/);
    const event = new ICAL.Event(vevent);
    expect(event.duration.toSeconds(), '11 min 5 s of routine, in whole minutes').to.equal(12 * 60);
    const alarm = vevent.getFirstSubcomponent('valarm')!;
    expect(alarm, 'an alarm').to.not.equal(null);
    expect(alarm.getFirstPropertyValue('action')).to.equal('DISPLAY');
    expect((alarm.getFirstPropertyValue('trigger') as ICAL.Duration).toSeconds()).to.equal(0);
    expect(String(alarm.getFirstPropertyValue('description'))).to.equal('Time for your exercises: Lower back, week 1');
  });

  it('ends every line in CRLF, folds at 75 octets, and gives back names with commas, semicolons and other scripts as they were', () => {
    const name = 'Rücken; Hüfte, Knie — تمارين الظهر 😀 '.repeat(3).trim();
    const text = calendar({ timesPerDay: 3, days: { perWeek: 5 }, time: '06:30' }, name);
    expect(text.endsWith('\r\n')).to.equal(true);
    expect(text.replace(/\r\n/g, ''), 'no bare line feed or carriage return').to.not.match(/[\r\n]/);
    const encoder = new TextEncoder();
    for (const line of text.split('\r\n')) expect(encoder.encode(line).length, line).to.be.at.most(75);
    const root = new ICAL.Component(ICAL.parse(text));
    for (const vevent of root.getAllSubcomponents('vevent')) expect(vevent.getFirstPropertyValue('summary')).to.equal(name);
  });

  it('names the file after the routine', () => {
    expect(calendarFileName('Lower back, week 1')).to.equal('lower-back-week-1.ics');
    expect(calendarFileName('Rücken – Woche 2')).to.equal('rücken-woche-2.ics');
    expect(calendarFileName('!!!')).to.equal('exercises.ics');
  });
});
