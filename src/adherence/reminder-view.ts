import { html, nothing } from 'lit';
import { msg } from '../i18n/localize.js';
import { frequencyText } from './frequency-text.js';
import type { Frequency } from './types.js';

/**
 * Before start, under the routine's name: how often it is done ("Every day · mornings, 08:00"),
 * and "Add to calendar", which gives the patient's calendar app a file of recurring reminders.
 * Nothing when the routine says nothing about how often.
 */
export function renderReminder(frequency: Frequency | undefined, onCalendar: () => void) {
  if (!frequency) return nothing;
  return html`<div part="reminder" class="reminder">
    <p part="frequency" class="frequency"><strong>${msg('How often')}:</strong> ${frequencyText(frequency)}</p>
    <div part="calendar" class="calendar-row">
      <button type="button" part="button" class="calendar" aria-describedby="calendar-hint" @click=${onCalendar}>${msg('Add to calendar')}</button>
      <p class="hint" id="calendar-hint">${msg('A file for your calendar app, with a reminder at these times and the link to these exercises.')}</p>
    </div>
  </div>`;
}
