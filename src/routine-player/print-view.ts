import { html, nothing, type TemplateResult } from 'lit';
import { currentLocale, directionOf, msg, str } from '../i18n/localize.js';
import { formatDose, levelLabel } from '../i18n/format.js';
import { doseAtLevel, levelsDiffer } from '../model/dose.js';
import type { Level, ResolvedRoutine } from '../model/types.js';

/** Short names of the seven days of a week, Monday first, in the element's language. */
function weekdays(): string[] {
  const format = new Intl.DateTimeFormat(currentLocale(), { weekday: 'short' });
  // 2024-01-01 was a Monday.
  return Array.from({ length: 7 }, (_, day) => format.format(new Date(2024, 0, 1 + day)));
}

/**
 * The handout a clinic gives a patient: shown only when the page is printed. Every exercise
 * with its picture, dose in words, steps and cautions; a week of boxes to tick; room for the
 * clinic's note (the `note` slot). No buttons, timers or choices.
 */
export function renderPrintView(
  routine: ResolvedRoutine,
  level: Level,
  picture: (index: number) => TemplateResult | typeof nothing,
  note?: string,
) {
  const days = weekdays();
  const lang = currentLocale();
  return html`<section part="print" class="print" lang=${lang} dir=${directionOf(lang)}>
    <h2>${routine.name}</h2>
    ${levelsDiffer(routine.exercises) ? html`<p class="print-level">${msg(str`Level: ${levelLabel(level)}`)}</p>` : nothing}
    <ol class="print-list">
      ${routine.exercises.map(
        (exercise, index) => html`<li class="print-exercise">
          <div class="print-picture">${picture(index)}</div>
          <div>
            <h3>${exercise.name}</h3>
            <p class="print-dose">${formatDose(doseAtLevel(exercise.dose, level))}</p>
            <ol>${exercise.steps.map((step) => html`<li>${step}</li>`)}</ol>
            ${exercise.progression ? html`<p>${msg(str`Progression: ${exercise.progression}`)}</p>` : nothing}
            ${exercise.cautions.length > 0
              ? html`<div class="print-cautions">
                  <strong>${msg('Take care')}</strong>
                  <ul>${exercise.cautions.map((caution) => html`<li>${caution}</li>`)}</ul>
                </div>`
              : nothing}
          </div>
        </li>`,
      )}
    </ol>
    <table class="print-week">
      <caption>${msg('Tick each exercise when you have done it')}</caption>
      <thead>
        <tr>
          <th scope="col">${msg('Exercise')}</th>
          ${days.map((day) => html`<th scope="col">${day}</th>`)}
        </tr>
      </thead>
      <tbody>
        ${routine.exercises.map(
          (exercise) => html`<tr>
            <th scope="row">${exercise.name}</th>
            ${days.map(() => html`<td></td>`)}
          </tr>`,
        )}
      </tbody>
    </table>
    <div class="print-note">
      <strong>${msg('Notes from your clinic')}</strong>
      <slot name="note">${note ? html`<p>${note}</p>` : html`<div class="print-lines"><div></div><div></div><div></div><div></div></div>`}</slot>
    </div>
  </section>`;
}
