import { html, nothing } from 'lit';
import { addEnglishForms, msg, str } from '../i18n/localize.js';
import { historyTotals, painChart, recentPainStops, thisWeek, type WeekDay } from '../adherence/history.js';
import type { Frequency, SessionRecord } from '../adherence/types.js';
import { renderPainChart, renderPainTable } from './history-chart.js';
import { stopPositionText } from './end-views.js';

addEnglishForms({
  '{0} sessions': (count: number) => (count === 1 ? '1 session' : `${count} sessions`),
  '{0} sessions since {1}': (count: number, since: string) => (count === 1 ? `1 session since ${since}` : `${count} sessions since ${since}`),
  '{0} weeks with a session': (count: number) => (count === 1 ? '1 week with a session' : `${count} weeks with a session`),
});

/** What the history view shows, and what its buttons do. */
export interface HistoryViewModel {
  /** The routine's exercises as shown (their names, in the element's language) and their ids. */
  names: readonly string[];
  ids: readonly string[];
  sessions: readonly SessionRecord[];
  /** The prescription, when the routine has one. */
  frequency: Frequency | undefined;
  now: number;
  /** The element's language, for dates. */
  locale: string;
  /** "Delete my history" was pressed: asking to confirm. */
  confirming: boolean;
  /** What the last action did, for the status line ("Your history is deleted."). */
  status: string;
  /** Where Back goes. */
  from: 'before' | 'summary';
  onDownload(): void;
  onDelete(): void;
  onConfirmDelete(yes: boolean): void;
  onClose(): void;
}

/** A date in the element's language. */
const dateFormat = (locale: string, options: Intl.DateTimeFormatOptions) => {
  const format = new Intl.DateTimeFormat(locale, options);
  return (time: number) => format.format(time);
};

/** One day of the week grid: its short name and date on screen, all of it in words for a screen reader. */
function renderDay(day: WeekDay, locale: string) {
  const spoken = [
    dateFormat(locale, { weekday: 'long', day: 'numeric', month: 'long' })(day.start),
    day.sessions === 0 ? msg('no session') : msg(str`${day.sessions} sessions`),
    day.prescribed && msg('a day of your plan'),
    day.today && msg('today'),
  ].filter(Boolean);
  const classes = ['day', day.sessions > 0 && 'done', day.today && 'today', day.prescribed && 'prescribed', day.future && 'future'].filter(Boolean).join(' ');
  return html`<li class=${classes} aria-current=${day.today ? 'date' : 'false'}>
    <span class="day-name short" aria-hidden="true">${dateFormat(locale, { weekday: 'short' })(day.start)}</span>
    <span class="day-name narrow" aria-hidden="true">${dateFormat(locale, { weekday: 'narrow' })(day.start)}</span>
    <span class="day-mark" aria-hidden="true">${day.sessions > 1 ? `✓${day.sessions}` : day.sessions === 1 ? '✓' : ''}</span>
    <span class="day-date" aria-hidden="true">${dateFormat(locale, { day: 'numeric' })(day.start)}</span>
    <span class="visually-hidden">${spoken.join(', ')}</span>
  </li>`;
}

/** This week against the prescription: "4 of 5 this week" and the days, Monday to Sunday. */
function renderWeek(model: HistoryViewModel) {
  const week = thisWeek(model.sessions, model.now, model.frequency);
  const fixedDays = week.days.some((day) => day.prescribed);
  return html`<section class="history-part" aria-labelledby="week-title">
    <h3 id="week-title">${msg('This week')}</h3>
    <p part="week-count" class="week-count">
      ${week.target === null ? msg(str`Sessions this week: ${week.sessions}`) : msg(str`${week.counted} of ${week.target} this week`)}
    </p>
    <ol part="week" class="week">
      ${week.days.map((day) => renderDay(day, model.locale))}
    </ol>
    <p class="week-key" aria-hidden="true">
      <span><span class="key-mark">✓</span> ${msg('a session')}</span>
      ${fixedDays ? html`<span><span class="key-plan"></span> ${msg('a day of your plan')}</span>` : nothing}
      <span><span class="key-today"></span> ${msg('today')}</span>
    </p>
  </section>`;
}

/** Counts that encourage: never what was missed. */
function renderTotals(model: HistoryViewModel) {
  const totals = historyTotals(model.sessions, model.now);
  if (totals.sessions === 0) return nothing;
  const since = dateFormat(model.locale, { day: 'numeric', month: 'long' })(totals.since!);
  return html`<ul part="totals" class="totals">
    <li>${msg(str`${totals.sessions} sessions since ${since}`)}</li>
    <li>${msg(str`${totals.activeWeeks} weeks with a session`)}</li>
    ${totals.weeksInARow >= 2 ? html`<li>${msg(str`${totals.weeksInARow} weeks in a row`)}</li>` : nothing}
  </ul>`;
}

/** Pain per exercise over the last weeks: the chart, and the table for screen readers. */
function renderPain(model: HistoryViewModel) {
  const chart = painChart(model.sessions, model.ids, model.now);
  const session = dateFormat(model.locale, { weekday: 'short', day: 'numeric', month: 'short', hour: 'numeric', minute: '2-digit' });
  return html`<section class="history-part" aria-labelledby="pain-title">
    <h3 id="pain-title">${msg('Pain over the last six weeks')}</h3>
    ${chart.rows.length === 0
      ? html`<p>${msg('No pain rated in the last six weeks.')}</p>`
      : html`${renderPainChart(chart, model.names, dateFormat(model.locale, { day: 'numeric', month: 'short' }))}
        ${renderPainTable(chart, model.names, session)}`}
  </section>`;
}

/** The sessions stopped for pain lately, each with where. */
function renderPainStops(model: HistoryViewModel) {
  const stops = recentPainStops(model.sessions, model.now);
  if (stops.length === 0) return nothing;
  const day = dateFormat(model.locale, { weekday: 'long', day: 'numeric', month: 'long' });
  return html`<section class="history-part" aria-labelledby="stops-title">
    <h3 id="stops-title">${msg('Stopped for pain')}</h3>
    <ul part="pain-stops">
      ${stops.map((stop) => {
        const at = stop.stoppedAt;
        const where = at ? stopPositionText(at, model.ids[at.exerciseIndex] === at.exerciseId ? model.names[at.exerciseIndex] : at.exerciseId) : msg('Session stopped.');
        return html`<li><strong>${day(Date.parse(stop.date))}:</strong> <span dir="auto">${where}</span></li>`;
      })}
    </ul>
  </section>`;
}

/** "Delete my history" and, once pressed, the question that confirms it. */
function renderActions(model: HistoryViewModel) {
  const empty = model.sessions.length === 0;
  return html`<div class="history-actions">
      <button part="button" class="history-download" ?disabled=${empty} @click=${model.onDownload}>${msg('Download my history')}</button>
      <button part="button" class="history-delete" ?disabled=${empty} aria-expanded=${model.confirming ? 'true' : 'false'} @click=${model.onDelete}>
        ${msg('Delete my history')}
      </button>
    </div>
    ${model.confirming
      ? html`<div part="confirm-delete" class="confirm-delete" role="group" aria-labelledby="confirm-text">
          <p id="confirm-text" tabindex="-1">${msg('Delete everything this browser remembers of this routine? This cannot be undone.')}</p>
          <button part="button" class="confirm-yes" @click=${() => model.onConfirmDelete(true)}>${msg('Yes, delete')}</button>
          <button part="button" class="confirm-no" @click=${() => model.onConfirmDelete(false)}>${msg('Keep it')}</button>
        </div>`
      : nothing}
    <p part="history-status" class="history-status" role="status">${model.status}</p>`;
}

/**
 * "Your history": this week against the prescription, counts that encourage, pain per exercise
 * over the last six weeks, the pain stops, and the buttons that download or delete it all.
 */
export function renderHistory(model: HistoryViewModel) {
  return html`<section part="history-view" class="history-view" aria-labelledby="history-title">
    <h2 id="history-title" tabindex="-1">${msg('Your history')}</h2>
    <p class="history-private">${msg('Kept in this browser only. Nothing is sent anywhere.')}</p>
    ${model.sessions.length === 0
      ? html`<p part="history-empty">${msg('No sessions remembered yet. Your sessions will show here.')}</p>`
      : html`${renderWeek(model)} ${renderTotals(model)} ${renderPain(model)} ${renderPainStops(model)}`}
    ${renderActions(model)}
    <button part="button" class="history-close" @click=${model.onClose}>${model.from === 'summary' ? msg('Back to the summary') : msg('Back to the routine')}</button>
  </section>`;
}
