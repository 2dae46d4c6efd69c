import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import ICAL from 'ical.js';
import sinon from 'sinon';
import '../../src/routine-builder/define.js';
import type { RoutineBuilder } from '../../src/routine-builder/routine-builder.js';
import { decodeRoutineLink } from '../../src/share/routine-link.js';
import { captureDownloads } from '../adherence/download-capture.js';

// The builder's "How often" (issue 24): which days, times a day and a time of day, with the
// clinic's e-mail for reports and "no level suggestions". Chosen with the keyboard, they travel in
// the link (version 2); a slip shows the usual visible problem under its field and keeps the
// routine from being shared; the share panel's "Add to calendar" gives a calendar file whose URL
// is the routine's link. axe (best practices included) finds nothing.

const $ = <T extends Element = HTMLElement>(el: RoutineBuilder, selector: string) => el.shadowRoot!.querySelector<T>(selector);
const clean = (text: string | null | undefined) => (text ?? '').replace(/\s+/g, ' ').trim();
const button = (el: RoutineBuilder, label: string) => [...el.shadowRoot!.querySelectorAll('button')].find((b) => clean(b.textContent) === label);
const radio = (el: RoutineBuilder, value: string) => $<HTMLInputElement>(el, `input[name="frequency-days"][value="${value}"]`)!;
const problemUnder = (el: RoutineBuilder, id: string) => {
  const field = $<HTMLElement>(el, `#${id}`)!;
  const describedBy = field.getAttribute('aria-describedby') ?? '';
  return { invalid: field.getAttribute('aria-invalid'), text: clean(describedBy ? $(el, `#${describedBy.split(' ')[0]}`)?.textContent : '') };
};

async function builderWithRoutine() {
  const el = await fixture<RoutineBuilder>(html`<routine-builder></routine-builder>`);
  el.value = { id: 'home', name: 'Home programme', items: [{ exercise: 'knee-to-chest' }, { exercise: 'half-crunch' }] };
  await el.updateComplete;
  return el;
}

/** Types into a field as a person does: focus, select what is there, type. */
async function typeInto(el: RoutineBuilder, selector: string, text: string) {
  const field = $<HTMLInputElement>(el, selector)!;
  field.focus();
  field.select();
  await sendKeys({ press: 'Backspace' });
  if (text) await sendKeys({ type: text });
  await el.updateComplete;
}

describe('<routine-builder> How often', () => {
  afterEach(() => sinon.restore());

  it('is chosen with the keyboard and travels in the link', async () => {
    const el = await builderWithRoutine();
    expect(radio(el, 'none').checked, 'nothing given at first').to.equal(true);
    expect(el.shareLink).to.match(/#routine=1z\./);
    radio(el, 'none').focus();
    // Arrow keys move through the radio group: Every day, then On these days.
    await sendKeys({ press: 'ArrowDown' });
    await sendKeys({ press: 'ArrowDown' });
    await el.updateComplete;
    expect(radio(el, 'weekdays').checked).to.equal(true);
    expect(el.shadowRoot!.activeElement).to.equal(radio(el, 'weekdays'));
    // Monday, Wednesday and Friday to start with; Tab to the days, Space on Monday takes it off, on Tuesday adds it.
    const day = (code: string) => $<HTMLInputElement>(el, `input[name="frequency-day"][value="${code}"]`)!;
    expect(['MO', 'TU', 'WE', 'TH', 'FR', 'SA', 'SU'].filter((code) => day(code).checked)).to.deep.equal(['MO', 'WE', 'FR']);
    await sendKeys({ press: 'Tab' });
    expect(el.shadowRoot!.activeElement).to.equal(day('MO'));
    await sendKeys({ press: 'Space' });
    await sendKeys({ press: 'Tab' });
    await sendKeys({ press: 'Space' });
    await el.updateComplete;
    expect(['MO', 'TU', 'WE', 'TH', 'FR', 'SA', 'SU'].filter((code) => day(code).checked)).to.deep.equal(['TU', 'WE', 'FR']);
    await typeInto(el, '#f-frequency-timesPerDay', '2');
    await typeInto(el, '#f-frequency-time', '07:15');
    expect(el.shared!.routine.frequency).to.deep.equal({ timesPerDay: 2, days: { weekdays: ['TU', 'WE', 'FR'] }, time: '07:15' });
    await el.updateComplete;
    expect(el.shareLink).to.match(/#routine=2z\./);
    const decoded = await decodeRoutineLink(el.shareLink);
    expect(decoded!.routine.frequency).to.deep.equal({ timesPerDay: 2, days: { weekdays: ['TU', 'WE', 'FR'] }, time: '07:15' });
    // The preview's player says it as the patient will see it.
    const player = $(el, 'routine-player')!;
    await waitUntil(() => player.shadowRoot?.querySelector('[part="frequency"]'), 'the preview shows how often');
    expect(clean(player.shadowRoot!.querySelector('[part="frequency"]')!.textContent)).to.equal('How often: Tue, Wed, and Fri · twice a day · 07:15 and 17:15');
  });

  it('a number of days a week, and back to nothing given', async () => {
    const el = await builderWithRoutine();
    radio(el, 'perWeek').click();
    await el.updateComplete;
    await typeInto(el, '#f-frequency-days-perWeek', '4');
    expect(el.shared!.routine.frequency).to.deep.equal({ timesPerDay: 1, days: { perWeek: 4 } });
    radio(el, 'every').click();
    await el.updateComplete;
    expect(el.shared!.routine.frequency).to.deep.equal({ timesPerDay: 1, days: { weekdays: ['MO', 'TU', 'WE', 'TH', 'FR', 'SA', 'SU'] } });
    radio(el, 'none').click();
    await el.updateComplete;
    expect(el.shared!.routine.frequency).to.equal(undefined);
    expect(el.shareLink).to.match(/#routine=1z\./);
  });

  it('shows the frequency a routine brings (value, shared, a link restored)', async () => {
    const el = await fixture<RoutineBuilder>(html`<routine-builder></routine-builder>`);
    el.shared = {
      routine: { id: 'h', name: 'H', items: ['knee-to-chest' as never].map(() => ({ exercise: 'knee-to-chest' })), frequency: { timesPerDay: 3, days: { perWeek: 5 }, time: '06:00' } },
      clinicEmail: 'reports@clinic.example',
      noSuggestions: true,
    };
    await el.updateComplete;
    expect(radio(el, 'perWeek').checked).to.equal(true);
    expect($<HTMLInputElement>(el, '#f-frequency-days-perWeek')!.value).to.equal('5');
    expect($<HTMLInputElement>(el, '#f-frequency-timesPerDay')!.value).to.equal('3');
    expect($<HTMLInputElement>(el, '#f-frequency-time')!.value).to.equal('06:00');
    expect($<HTMLInputElement>(el, '#f-clinicEmail')!.value).to.equal('reports@clinic.example');
    expect($<HTMLInputElement>(el, '#f-noSuggestions')!.checked).to.equal(true);
    expect(el.shared).to.deep.include({ clinicEmail: 'reports@clinic.example', noSuggestions: true });
  });

  const slips: [string, (el: RoutineBuilder) => Promise<void>, string, RegExp][] = [
    ['absurd times a day', (el) => typeInto(el, '#f-frequency-timesPerDay', '50'), 'f-frequency-timesPerDay', /^must be a whole number from 1 to 3, got 50$/],
    ['no times a day', (el) => typeInto(el, '#f-frequency-timesPerDay', ''), 'f-frequency-timesPerDay', /^must be a whole number from 1 to 3, got ""$/],
    ['a bad time', (el) => typeInto(el, '#f-frequency-time', '25:00'), 'f-frequency-time', /^must be a time of day as HH:MM, 24-hour \(00:00 to 23:59\), got "25:00"$/],
    ['markup as the time', (el) => typeInto(el, '#f-frequency-time', '<b>8</b>'), 'f-frequency-time', /^must be a time of day .*got "<b>8<\/b>"$/],
    ['a time in words', (el) => typeInto(el, '#f-frequency-time', 'morning'), 'f-frequency-time', /got "morning"$/],
  ];
  for (const [why, slip, field, message] of slips) {
    it(`shows ${why} under its field, and the routine cannot be shared`, async () => {
      const el = await builderWithRoutine();
      radio(el, 'every').click();
      await el.updateComplete;
      const logged = sinon.stub(console, 'error');
      await slip(el);
      const shown = problemUnder(el, field);
      expect(shown.invalid).to.equal('true');
      expect(shown.text).to.match(message);
      expect(el.value).to.equal(null);
      expect(el.problems.map((problem) => problem.path)).to.include(field.replace(/^f-/, '').replace(/-/g, '.'));
      expect(button(el, 'Share…')!.disabled).to.equal(true);
      logged.restore();
    });
  }

  it('no day chosen, or days a week past seven: the problem under the field', async () => {
    const el = await builderWithRoutine();
    radio(el, 'weekdays').click();
    await el.updateComplete;
    for (const code of ['MO', 'WE', 'FR']) $<HTMLInputElement>(el, `input[name="frequency-day"][value="${code}"]`)!.click();
    await el.updateComplete;
    const days = $<HTMLFieldSetElement>(el, 'fieldset.weekdays')!;
    const problem = $(el, `#${days.getAttribute('aria-describedby')}`);
    expect(clean(problem?.textContent)).to.match(/^must be a list of 1 to 7 days \(MO, TU, WE, TH, FR, SA, SU\), got a list$/);
    expect(el.value).to.equal(null);
    radio(el, 'perWeek').click();
    await el.updateComplete;
    await typeInto(el, '#f-frequency-days-perWeek', '8');
    expect(problemUnder(el, 'f-frequency-days-perWeek').text).to.equal('must be a whole number from 1 to 7, got 8');
  });

  it('the clinic’s e-mail and no level suggestions travel in the link; a bad address is shown under its field', async () => {
    const el = await builderWithRoutine();
    await typeInto(el, '#f-clinicEmail', 'reports at clinic');
    expect(problemUnder(el, 'f-clinicEmail').invalid).to.equal('true');
    expect(problemUnder(el, 'f-clinicEmail').text).to.match(/^must be one e-mail address \(name@clinic\.example\), at most 254 characters, got "reports at clinic"$/);
    expect(el.value).to.equal(null);
    await typeInto(el, '#f-clinicEmail', 'reports@northside.example');
    const box = $<HTMLInputElement>(el, '#f-noSuggestions')!;
    box.focus();
    await sendKeys({ press: 'Space' });
    await el.updateComplete;
    expect(el.shared).to.deep.include({ clinicEmail: 'reports@northside.example', noSuggestions: true });
    const decoded = await decodeRoutineLink(el.shareLink);
    expect(decoded).to.deep.include({ clinicEmail: 'reports@northside.example', noSuggestions: true });
  });

  it('Add to calendar in the share panel (keyboard): a calendar file whose URL is the routine’s link, and no request', async () => {
    const el = await builderWithRoutine();
    el.shared = { ...el.shared!, routine: { ...el.shared!.routine, frequency: { timesPerDay: 1, days: { weekdays: ['MO', 'TH'] }, time: '18:30' } } };
    await el.updateComplete;
    button(el, 'Share…')!.click();
    await el.updateComplete;
    const calendarButton = button(el, 'Add to calendar')!;
    // The QR code's module arrives first (it is the panel's own, not the calendar's).
    await waitUntil(() => $(el, '.share-panel .qr-code'), 'the QR code');
    const capture = captureDownloads();
    const requests = performance.getEntriesByType('resource').length;
    calendarButton.focus();
    const downloaded = capture.next();
    await sendKeys({ press: 'Enter' });
    const file = await downloaded;
    expect(file.fileName).to.equal('home-programme.ics');
    expect(file.type).to.equal('text/calendar;charset=utf-8');
    expect(file.href).to.match(/^blob:/);
    expect(file.root === el.shadowRoot, 'the link is clicked inside the builder, not in the page').to.equal(true);
    const vevent = new ICAL.Component(ICAL.parse(file.text)).getFirstSubcomponent('vevent')!;
    expect(vevent.getFirstPropertyValue('url')).to.equal(el.shareLink);
    expect(file.text).to.contain('\r\nRRULE:FREQ=WEEKLY;WKST=MO;BYDAY=MO,TH\r\n');
    expect((vevent.getFirstPropertyValue('rrule') as ICAL.Recur).freq).to.equal('WEEKLY');
    expect(vevent.getFirstSubcomponent('valarm'), 'an alarm').to.not.equal(null);
    expect(el.shadowRoot!.querySelector('a[download]') === null, 'the link is gone again').to.equal(true);
    const after = performance.getEntriesByType('resource').slice(requests).map((entry) => entry.name);
    expect(after, 'no request').to.deep.equal([]);
  });

  it('no Add to calendar without a frequency', async () => {
    const el = await builderWithRoutine();
    button(el, 'Share…')!.click();
    await el.updateComplete;
    expect(button(el, 'Add to calendar') === undefined).to.equal(true);
  });

  it('is accessible (axe, best practices included) with the days, the fields and the share panel open', async () => {
    const page = await fixture<HTMLElement>(html`<main><h1>Compose</h1><routine-builder></routine-builder></main>`);
    const el = page.querySelector<RoutineBuilder>('routine-builder')!;
    el.value = { id: 'home', name: 'Home programme', items: [{ exercise: 'knee-to-chest' }], frequency: { timesPerDay: 2, days: { weekdays: ['MO', 'FR'] }, time: '08:00' } };
    await el.updateComplete;
    button(el, 'Share…')!.click();
    await el.updateComplete;
    const player = $(el, 'routine-player')!;
    await waitUntil(() => player.shadowRoot?.querySelector('[part="frequency"]'), 'the preview');
    await expect(page).to.be.accessible();
    // With a problem shown too.
    sinon.stub(console, 'error');
    await typeInto(el, '#f-frequency-time', '99:99');
    await expect(page).to.be.accessible();
  });
});
