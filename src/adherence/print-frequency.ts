import { html, nothing } from 'lit';
import { addEnglishForms, msg, str } from '../i18n/localize.js';
import { fixedWeekdays } from './frequency.js';
import { frequencyText, weekdayName } from './frequency-text.js';
import { WEEKDAYS, type Frequency } from './types.js';

addEnglishForms({
  'Any {0} days of the week.': (count: number) => (count === 1 ? 'Any one day of the week.' : `Any ${count} days of the week.`),
});

/** One column of the handout's week grid. */
export interface GridDay {
  /** The day's short name in the language in force. */
  name: string;
  /** A day the routine is prescribed on (only when the frequency names its days). */
  prescribed: boolean;
  /** A day it is not prescribed on: its boxes are shaded. */
  rest: boolean;
  /** Boxes to tick in each of its cells: one per session that day (one box is the cell itself). */
  boxes: number;
}

/**
 * The handout's week, Monday first: with named days, those are marked (●) and the others shaded;
 * with a number of days a week, every day stays open and the caption says how many; a prescribed
 * day with more than one session a day gets a box per session. `legend` explains the marks.
 */
export function weekGrid(frequency: Frequency | undefined): { days: GridDay[]; legend: string } {
  const weekdays = frequency ? fixedWeekdays(frequency) : undefined;
  const times = frequency?.timesPerDay ?? 1;
  const days = WEEKDAYS.map((day) => {
    const prescribed = weekdays !== undefined && weekdays.length < 7 && weekdays.includes(day);
    const rest = weekdays !== undefined && !weekdays.includes(day);
    return { name: weekdayName(day), prescribed, rest, boxes: rest ? 0 : times };
  });
  let legend = '';
  if (frequency && weekdays && weekdays.length < 7) legend = msg('● marks the days to do them.');
  else if (frequency && !weekdays && (frequency.days as { perWeek: number }).perWeek < 7) {
    legend = msg(str`Any ${(frequency.days as { perWeek: number }).perWeek} days of the week.`);
  }
  if (times > 1) legend = [legend, msg(str`${times} boxes a day: one for each time.`)].filter(Boolean).join(' ');
  return { days, legend };
}

/** "How often: …" on the handout, under the routine's name. */
export function renderPrintedFrequency(frequency: Frequency | undefined) {
  if (!frequency) return nothing;
  return html`<p class="print-frequency"><strong>${msg('How often')}:</strong> ${frequencyText(frequency)}</p>`;
}
