import { html, nothing, type TemplateResult } from 'lit';
import { currentLocale, directionOf, msg, str } from '../i18n/localize.js';
import { formatDose, levelLabel } from '../i18n/format.js';
import { doseAtLevel, levelsDiffer } from '../model/dose.js';
import type { Level, ResolvedRoutine } from '../model/types.js';
import { renderPrintFields, renderPrintSafety } from './print-safety.js';
import { renderPrintedFrequency, weekGrid } from '../adherence/print-frequency.js';

/** The pictures of exercise `index`: its starting position, and its held one (or the author's one picture). */
export type PrintPicture = (index: number, position: 'start' | 'held') => TemplateResult | typeof nothing;

function renderPictures(index: number, picture: PrintPicture) {
  const start = picture(index, 'start');
  const held = picture(index, 'held');
  if (held === nothing) return nothing;
  // A drawing has both positions, captioned; an author's own picture is one, uncaptioned.
  return html`<div class="print-pictures">
    ${start === nothing
      ? html`<div class="print-picture print-held">${held}</div>`
      : html`<figure class="print-picture print-start">${start}<figcaption>${msg('Get into position')}</figcaption></figure>
          <figure class="print-picture print-held">${held}<figcaption>${msg('Then hold')}</figcaption></figure>`}
  </div>`;
}

/**
 * The handout a clinic gives a patient: shown only when the page is printed. The date and room for
 * the physiotherapist's name and the next appointment; every exercise with its starting and held
 * pictures, dose in words, steps and cautions; a week of boxes to tick; room for the clinic's note
 * (the `note` slot); what to do if an exercise hurts (the clinic's `advice`, else the player's) and
 * the warning signs that need urgent care. No buttons, timers or choices. Every text the clinic or
 * author wrote takes its direction from its own words (`dir="auto"`), whatever the page's language.
 * `levels`: each exercise's level, where the patient accepted another than `level` for some.
 */
export function renderPrintView(routine: ResolvedRoutine, level: Level, picture: PrintPicture, note?: string, advice: readonly string[] = [], levels: readonly Level[] = []) {
    const { days, legend } = weekGrid(routine.frequency);
  const lang = currentLocale();
  return html`<section part="print" class="print" lang=${lang} dir=${directionOf(lang)}>
    <h2 dir="auto">${routine.name}</h2>
    ${levelsDiffer(routine.exercises) ? html`<p class="print-level">${msg(str`Level: ${levelLabel(level)}`)}</p>` : nothing}
    ${renderPrintedFrequency(routine.frequency)} ${renderPrintFields()}
    <ol class="print-list">
      ${routine.exercises.map(
        (exercise, index) => {
          const pictures = renderPictures(index, picture);
          return html`<li class=${pictures === nothing ? 'print-exercise no-picture' : 'print-exercise'}>
          <h3 dir="auto">${exercise.name}</h3>
          <p class="print-dose">${formatDose(doseAtLevel(exercise.dose, levels[index] ?? level))}</p>
          ${pictures}
          <div class="print-how">
            <ol>${exercise.steps.map((step) => html`<li dir="auto">${step}</li>`)}</ol>
            ${exercise.progression ? html`<p>${msg('Progression:')} <span dir="auto">${exercise.progression}</span></p>` : nothing}
            ${exercise.cautions.length > 0
              ? html`<div class="print-cautions">
                  <strong>${msg('Take care')}</strong>
                  <ul>${exercise.cautions.map((caution) => html`<li dir="auto">${caution}</li>`)}</ul>
                </div>`
              : nothing}
          </div>
        </li>`;
        },
      )}
    </ol>
    <table class="print-week">
      <caption>
        ${msg('Tick each exercise when you have done it')}${legend ? html`<span class="print-week-legend">${legend}</span>` : nothing}
      </caption>
      <thead>
        <tr>
          <th scope="col">${msg('Exercise')}</th>
          ${days.map((day) => html`<th scope="col" class=${day.prescribed ? 'prescribed' : ''}>${day.prescribed ? html`<span aria-hidden="true">● </span>` : nothing}${day.name}</th>`)}
        </tr>
      </thead>
      <tbody>
        ${routine.exercises.map(
          (exercise) => html`<tr>
            <th scope="row" dir="auto">${exercise.name}</th>
            ${days.map((day) => html`<td class=${day.rest ? 'rest' : ''}>${day.boxes > 1 ? Array.from({ length: day.boxes }, () => html`<span class="tick-box"></span>`) : nothing}</td>`)}
          </tr>`,
        )}
      </tbody>
    </table>
    <div class="print-note">
      <strong>${msg('Notes from your clinic')}</strong>
      <slot name="note">${note ? html`<p dir="auto">${note}</p>` : html`<div class="print-lines"><div></div><div></div><div></div><div></div></div>`}</slot>
    </div>
    ${renderPrintSafety(advice)}
  </section>`;
}
