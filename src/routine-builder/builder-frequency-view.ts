import { html, nothing } from 'lit';
import { live } from 'lit/directives/live.js';
import { msg } from '../i18n/localize.js';
import { weekdayName } from '../adherence/frequency-text.js';
import { WEEKDAYS } from '../adherence/types.js';
import type { DaysChoice } from './builder-frequency.js';
import { numberField, problemText, validity, type EditorModel } from './builder-views.js';

const DAYS_CHOICES: [DaysChoice, () => string][] = [
  ['none', () => msg('Not given')],
  ['every', () => msg('Every day')],
  ['weekdays', () => msg('On these days')],
  ['perWeek', () => msg('A number of days a week')],
];

/** The days of the week to choose, each a checkbox (short name shown, full name read). */
function renderWeekdays(model: EditorModel) {
  const key = 'frequency.days.weekdays';
  const { describedBy } = validity(model, key);
  return html`<fieldset class="weekdays" aria-describedby=${describedBy || nothing}>
    <legend>${msg('Days')}</legend>
    <div class="day-list">
      ${WEEKDAYS.map(
        (day) => html`<label class="day"
          ><input
            type="checkbox"
            name="frequency-day"
            .value=${day}
            .checked=${live(model.draft.frequency.weekdays.includes(day))}
            aria-label=${weekdayName(day, 'long')}
            ?disabled=${model.disabled}
            @change=${(event: Event) => model.onWeekday(day, (event.target as HTMLInputElement).checked)}
          /><span aria-hidden="true">${weekdayName(day)}</span></label
        >`,
      )}
    </div>
    ${problemText(model, key)}
  </fieldset>`;
}

/**
 * "How often": which days (none given, every day, named days, or a number a week), the times a
 * day and a time of day for reminders. Part of the prescription: it travels in the link, shows in
 * the patient's player, prints on the handout and makes the calendar reminders.
 */
export function renderFrequency(model: EditorModel) {
  const { frequency } = model.draft;
  const time = validity(model, 'frequency.time', 'time-hint');
  return html`<fieldset class="frequency" part="frequency">
    <legend>${msg('How often')}</legend>
    <div class="days-choice" role="radiogroup" aria-label=${msg('Which days')}>
      ${DAYS_CHOICES.map(
        ([choice, label]) => html`<label class="choice"
          ><input
            type="radio"
            name="frequency-days"
            .value=${choice}
            .checked=${live(frequency.days === choice)}
            ?disabled=${model.disabled}
            @change=${() => model.onFrequency({ days: choice })}
          />${label()}</label
        >`,
      )}
    </div>
    ${problemText(model, 'frequency')} ${problemText(model, 'frequency.days')}
    ${frequency.days === 'weekdays' ? renderWeekdays(model) : nothing}
    ${frequency.days === 'none'
      ? html`<p class="hint">${msg('With days given, the patient sees how often, the handout marks the days, and "Add to calendar" makes reminders.')}</p>`
      : html`<div class="frequency-fields">
          ${frequency.days === 'perWeek'
            ? numberField(model, 'frequency.days.perWeek', msg('Days a week (1–7)'), frequency.perWeek, (perWeek) => model.onFrequency({ perWeek }))
            : nothing}
          ${numberField(model, 'frequency.timesPerDay', msg('Times a day (1–3)'), frequency.timesPerDay, (timesPerDay) => model.onFrequency({ timesPerDay }))}
          <div class="field">
            <label for="f-frequency-time">${msg('Time of day')}</label>
            <input
              id="f-frequency-time"
              type="text"
              inputmode="numeric"
              autocomplete="off"
              placeholder="08:00"
              .value=${live(frequency.time)}
              aria-invalid=${time.invalid}
              aria-describedby=${time.describedBy || nothing}
              ?disabled=${model.disabled}
              @input=${(event: Event) => model.onFrequency({ time: (event.target as HTMLInputElement).value })}
            />
            <p class="hint" id="time-hint">${msg('24-hour, as 08:00 or 18:30. Optional: reminders are at 08:00 without it.')}</p>
            ${problemText(model, 'frequency.time')}
          </div>
        </div>`}
  </fieldset>`;
}

/** The clinic's e-mail address for the patient's reports, and turning level suggestions off: both travel in the link. */
export function renderClinic(model: EditorModel) {
  const email = validity(model, 'clinicEmail', 'email-hint');
  return html`<div class="clinic">
    <div class="field">
      <label for="f-clinicEmail">${msg("Clinic's e-mail for the patient's reports")}</label>
      <input
        id="f-clinicEmail"
        type="email"
        autocomplete="email"
        dir="ltr"
        .value=${live(model.draft.clinicEmail)}
        aria-invalid=${email.invalid}
        aria-describedby=${email.describedBy || nothing}
        ?disabled=${model.disabled}
        @input=${(event: Event) => model.onClinicEmail((event.target as HTMLInputElement).value)}
      />
      <p class="hint" id="email-hint">${msg('Optional. It travels in the link: the patient can send a report of their sessions to it.')}</p>
      ${problemText(model, 'clinicEmail')}
    </div>
    <div class="field check">
      <input
        id="f-noSuggestions"
        type="checkbox"
        .checked=${live(model.draft.noSuggestions)}
        aria-describedby="suggestions-hint"
        ?disabled=${model.disabled}
        @change=${(event: Event) => model.onNoSuggestions((event.target as HTMLInputElement).checked)}
      />
      <label for="f-noSuggestions">${msg('No level suggestions')}</label>
    </div>
    <p class="hint" id="suggestions-hint">${msg("The patient's player will not suggest moving up or down a level.")}</p>
  </div>`;
}
