import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import ICAL from 'ical.js';
import sinon from 'sinon';
import '../../src/routine-player/define.js';
import type { Frequency } from '../../src/adherence/types.js';
import type { RoutinePlayer } from '../../src/index.js';
import { captureDownloads } from '../adherence/download-capture.js';

// The player before Start (issue 24): how often the routine is done, in the patient's language,
// and "Add to calendar", which hands the calendar app a file of reminders linking back to this
// page, without any request. A frequency with a slip is the usual visible error naming the field.

const $ = (el: RoutinePlayer, selector: string) => el.shadowRoot!.querySelector<HTMLElement>(selector);
const clean = (text: string | null | undefined) => (text ?? '').replace(/\s+/g, ' ').trim();
const routineWith = (frequency: unknown) => ({ id: 'home', name: 'Home, week 1', items: [{ exercise: 'knee-to-chest' }, { exercise: 'half-crunch' }], frequency });

async function playerWith(frequency: unknown, lang = 'en') {
  const wrapper = await fixture<HTMLElement>(html`<div lang=${lang}><routine-player cues="none" .data=${routineWith(frequency)}></routine-player></div>`);
  const player = wrapper.querySelector<RoutinePlayer>('routine-player')!;
  await waitUntil(() => $(player, '[part="before"]') || $(player, '[part="error"]'), 'the player renders');
  await player.updateComplete;
  return player;
}

describe('<routine-player> how often and Add to calendar', () => {
  afterEach(() => sinon.restore());

  const said: [Frequency, string][] = [
    [{ timesPerDay: 1, days: { weekdays: ['MO', 'TU', 'WE', 'TH', 'FR', 'SA', 'SU'] }, time: '07:00' }, 'Every day · mornings, 07:00'],
    [{ timesPerDay: 1, days: { perWeek: 3 } }, '3 days a week'],
    [{ timesPerDay: 1, days: { perWeek: 1 }, time: '13:30' }, 'Once a week · afternoons, 13:30'],
    [{ timesPerDay: 2, days: { weekdays: ['MO', 'WE', 'FR'] }, time: '08:00' }, 'Mon, Wed, and Fri · twice a day · 08:00 and 18:00'],
    [{ timesPerDay: 3, days: { perWeek: 5 } }, '5 days a week · three times a day'],
    [{ timesPerDay: 1, days: { weekdays: ['SA'] }, time: '19:00' }, 'Sat · evenings, 19:00'],
    [{ timesPerDay: 1, days: { perWeek: 7 }, time: '23:00' }, 'Every day · at 23:00'],
  ];
  for (const [frequency, words] of said) {
    it(`says "${words}" before Start`, async () => {
      const player = await playerWith(frequency);
      expect(clean($(player, '[part="frequency"]')?.textContent)).to.equal(`How often: ${words}`);
    });
  }

  it('says it in the patient’s language', async () => {
    const frequency: Frequency = { timesPerDay: 2, days: { weekdays: ['MO', 'TH'] }, time: '08:00' };
    const german = await playerWith(frequency, 'de');
    await waitUntil(() => clean($(german, '[part="frequency"]')?.textContent).startsWith('Wie oft'), 'German');
    expect(clean($(german, '[part="frequency"]')!.textContent)).to.equal('Wie oft: Mo und Do · zweimal täglich · 08:00 und 18:00');
    const arabic = await playerWith({ timesPerDay: 1, days: { perWeek: 3 } }, 'ar');
    await waitUntil(() => clean($(arabic, '[part="frequency"]')?.textContent).startsWith('كم مرة'), 'Arabic');
    expect(clean($(arabic, '[part="frequency"]')!.textContent)).to.match(/^كم مرة: [3٣] أيام في الأسبوع$/);
  });

  it('Add to calendar (keyboard): reminders on the days at the time, as long as the routine, linking back to this page, with no request', async () => {
    sinon.useFakeTimers({ now: new Date(2026, 11, 9, 10, 0), toFake: ['Date'] });
    const player = await playerWith({ timesPerDay: 1, days: { weekdays: ['TU', 'FR'] }, time: '18:00' });
    const calendar = [...player.shadowRoot!.querySelectorAll('button')].find((b) => clean(b.textContent) === 'Add to calendar')!;
    expect(calendar.getAttribute('aria-describedby')).to.equal('calendar-hint');
    const capture = captureDownloads();
    // The calendar writer is the library's own chunk, loaded on the first click (its request carries
    // nothing of the routine; test/routine-player/lazy-adherence.test.ts covers it): loaded here first,
    // so that what is counted is what making the file asks of the network.
    await import('../../src/adherence/calendar-file.js');
    const requests = performance.getEntriesByType('resource').length;
    calendar.focus();
    const downloaded = capture.next();
    await sendKeys({ press: 'Enter' });
    const file = await downloaded;
    expect(file.fileName).to.equal('home-week-1.ics');
    expect(file.root === player.shadowRoot, 'clicked inside the player').to.equal(true);
    expect(player.state, 'the calendar does not start the session').to.equal('before');
    const vevent = new ICAL.Component(ICAL.parse(file.text)).getFirstSubcomponent('vevent')!;
    expect(vevent.getFirstPropertyValue('url')).to.equal(location.href);
    expect(vevent.getFirstPropertyValue('summary')).to.equal('Home, week 1');
    expect(String(vevent.getFirstPropertyValue('description'))).to.contain('How often: Tue and Fri · evenings, 18:00');
    const event = new ICAL.Event(vevent);
    const iterator = event.iterator();
    const days = [0, 1, 2, 3].map(() => iterator.next().toJSDate());
    expect(days.map((day) => day.toDateString())).to.deep.equal(['Fri Dec 11 2026', 'Tue Dec 15 2026', 'Fri Dec 18 2026', 'Tue Dec 22 2026']);
    expect(days.every((day) => day.getHours() === 18 && day.getMinutes() === 0)).to.equal(true);
    // Planned total of the routine (at the level chosen), in whole minutes.
    player.start();
    const minutes = Math.ceil(player.plan!.total / 60_000);
    expect(event.duration.toSeconds()).to.equal(minutes * 60);
    expect(vevent.getFirstSubcomponent('valarm') !== null, 'an alarm').to.equal(true);
    expect(performance.getEntriesByType('resource').slice(requests).map((entry) => entry.name), 'no request').to.deep.equal([]);
  });

  it('offers no calendar without a frequency, nor once the session is under way', async () => {
    const player = await playerWith(undefined);
    expect($(player, '[part="frequency"]') === null).to.equal(true);
    expect($(player, '.calendar') === null).to.equal(true);
    const weekly = await playerWith({ timesPerDay: 1, days: { perWeek: 2 } });
    weekly.start();
    await weekly.updateComplete;
    expect($(weekly, '.calendar') === null).to.equal(true);
  });

  const slips: [string, unknown, string][] = [
    ['absurd times a day', { timesPerDay: 50, days: { perWeek: 3 } }, 'frequency.timesPerDay'],
    ['a day that is no day', { timesPerDay: 1, days: { weekdays: ['MO', 'FUN'] } }, 'frequency.days.weekdays[1]'],
    ['a bad time', { timesPerDay: 1, days: { perWeek: 3 }, time: '8 am' }, 'frequency.time'],
    ['markup as a time', { timesPerDay: 1, days: { perWeek: 3 }, time: '<img src=x onerror=alert(1)>' }, 'frequency.time'],
  ];
  for (const [why, frequency, field] of slips) {
    it(`shows ${why} as the usual error naming ${field}, and logs it`, async () => {
      const logged = sinon.stub(console, 'error');
      const player = await playerWith(frequency);
      const error = $(player, '[part="error"]')!;
      expect(clean(error.textContent)).to.contain(field);
      expect(error.querySelector('img') === null, 'markup stays text').to.equal(true);
      expect(logged.args.flat().join(' ')).to.contain(field);
      expect(player.routineData).to.equal(undefined);
    });
  }

  it('is accessible before Start with how often and Add to calendar (axe, best practices included)', async () => {
    const page = await fixture<HTMLElement>(html`<main><h1>Your exercises</h1><routine-player cues="none" .data=${routineWith({ timesPerDay: 2, days: { weekdays: ['MO', 'FR'] }, time: '08:00' })}></routine-player></main>`);
    const player = page.querySelector<RoutinePlayer>('routine-player')!;
    await waitUntil(() => $(player, '[part="frequency"]'), 'the player renders');
    await expect(page).to.be.accessible();
  });
});
