import { html, nothing } from 'lit';
import { msg, str } from '@lit/localize';
import type { CueOptions } from '../cues/cue-options.js';
import { formatDose, formatSeconds, levelLabel } from '../i18n/format.js';
import { doseAtLevel } from '../model/dose.js';
import type { Plan } from '../model/plan.js';
import { LEVELS, type Level, type ResolvedRoutine } from '../model/types.js';
import type { ExerciseReport, RoutineSummary } from './events.js';
import type { SavedProgress } from './progress-store.js';

/** Milliseconds each exercise of a plan takes, transitions included. */
export function exerciseTotals(plan: Plan, count: number): number[] {
  const totals = new Array<number>(count).fill(0);
  for (const segment of plan.segments) totals[segment.exerciseIndex] += segment.duration;
  return totals;
}

export interface BeforeViewModel {
  routine: ResolvedRoutine;
  plan: Plan;
  level: Level;
  cues: CueOptions;
  offer: SavedProgress | null;
  remember: boolean;
  storageAvailable: boolean;
  sessionsThisWeek: number;
  onLevel(level: Level): void;
  onCue(cue: keyof CueOptions, on: boolean): void;
  onStart(): void;
  onResume(): void;
}

/** Before start: the routine, each exercise with its dose and time, the total, level and cue choices, Start. */
export function renderBefore(model: BeforeViewModel) {
  const { routine, plan, level, cues } = model;
  const totals = exerciseTotals(plan, routine.exercises.length);
  const cueChoices: [keyof CueOptions, string][] = [
    ['beep', msg('Sounds')],
    ['voice', msg('Voice')],
    ['vibrate', msg('Vibration')],
  ];
  return html`<section part="before" aria-labelledby="title">
    <h2 part="title" id="title" tabindex="-1">${routine.name}</h2>
    <p part="total">${msg(str`${routine.exercises.length} exercises · about ${formatSeconds(Math.round(plan.total / 1000))} in all`)}</p>
    <ol part="list">
      ${routine.exercises.map(
        (exercise, index) =>
          html`<li>
            <span class="item-name">${exercise.name}</span>
            <span class="item-dose">${formatDose(doseAtLevel(exercise.dose, level))} · ${formatSeconds(Math.round(totals[index] / 1000))}</span>
          </li>`,
      )}
    </ol>
    <fieldset part="levels">
      <legend>${msg('Level')}</legend>
      ${LEVELS.map(
        (value) =>
          html`<label
            ><input type="radio" name="level" .value=${value} .checked=${value === level} @change=${() => model.onLevel(value)} />
            ${levelLabel(value)}</label
          >`,
      )}
    </fieldset>
    <fieldset part="cues">
      <legend>${msg('Cues')}</legend>
      ${cueChoices.map(
        ([cue, label]) =>
          html`<label
            ><input type="checkbox" .checked=${cues[cue]} @change=${(event: Event) => model.onCue(cue, (event.target as HTMLInputElement).checked)} />
            ${label}</label
          >`,
      )}
    </fieldset>
    ${model.offer
      ? html`<p part="offer">
          ${msg(str`You stopped at exercise ${model.offer.exerciseIndex + 1} of ${routine.exercises.length}.`)}
          <button part="button" @click=${model.onResume}>${msg('Resume where I left off')}</button>
        </p>`
      : nothing}
    <button part="button start" class="primary" @click=${model.onStart}>${model.offer ? msg('Start over') : msg('Start')}</button>
    ${model.remember && model.storageAvailable && model.sessionsThisWeek > 0
      ? html`<p part="history">${msg(str`Sessions this week: ${model.sessionsThisWeek}`)}</p>`
      : nothing}
    ${model.remember && !model.storageAvailable
      ? html`<p part="notice">${msg('This browser does not let us save progress here; the routine works, but nothing is saved.')}</p>`
      : nothing}
  </section>`;
}

function renderReports(reports: ExerciseReport[]) {
  const outcome = (report: ExerciseReport) =>
    report.outcome === 'done' ? msg('done') : report.outcome === 'skipped' ? msg('skipped') : msg('not reached');
  return html`<ul part="report">
    ${reports.map(
      (report) =>
        html`<li>
          ${report.name}: ${outcome(report)}${report.pain === undefined ? nothing : html` · ${msg(str`pain ${report.pain} of 10`)}`}
        </li>`,
    )}
  </ul>`;
}

function spent(summary: RoutineSummary): string {
  return msg(str`Time spent: ${formatSeconds(Math.round(summary.elapsedSeconds))}`);
}

/** After Stop — this hurts: safety advice (replaceable through the `safety-advice` slot) and what was done. */
export function renderStopped(summary: RoutineSummary, onRestart: () => void) {
  return html`<section part="stopped" aria-labelledby="stopped-title">
    <h2 id="stopped-title" tabindex="-1">${msg('Session stopped')}</h2>
    <div part="advice" role="note">
      <slot name="safety-advice">
        <p>${msg('Stop the exercise and rest in a comfortable position.')}</p>
        <p>${msg('Do not push through pain.')}</p>
        <p>${msg('If the pain persists or gets worse, contact your physiotherapist or a doctor.')}</p>
      </slot>
    </div>
    ${renderReports(summary.exercises)}
    <p>${spent(summary)}</p>
    <button part="button" @click=${onRestart}>${msg('Back to the routine')}</button>
  </section>`;
}

/** At the end: what was done and skipped, time spent, ratings. */
export function renderSummary(summary: RoutineSummary, sessionsThisWeek: number | null, onRestart: () => void) {
  const done = summary.exercises.filter((report) => report.outcome === 'done').length;
  return html`<section part="summary" aria-labelledby="summary-title">
    <h2 id="summary-title" tabindex="-1">${msg('Routine complete. Well done!')}</h2>
    <p>${msg(str`${done} of ${summary.exercises.length} exercises done.`)} ${spent(summary)}</p>
    ${renderReports(summary.exercises)}
    ${sessionsThisWeek === null ? nothing : html`<p part="history">${msg(str`Sessions this week: ${sessionsThisWeek}`)}</p>`}
    <button part="button" @click=${onRestart}>${msg('Start again')}</button>
  </section>`;
}

export interface RatingViewModel {
  exerciseName: string;
  threshold: number;
  pain: number | undefined;
  onRate(pain: number | undefined, difficulty: ExerciseReport['difficulty']): void;
  onStop(): void;
}

/** The quick rating after an exercise: pain 0–10 and difficulty; high pain offers to stop. */
export function renderRating(model: RatingViewModel) {
  const save = (event: Event) => {
    event.preventDefault();
    const form = event.target as HTMLFormElement;
    const pain = form.querySelector<HTMLSelectElement>('select')!.value;
    const difficulty = form.querySelector<HTMLInputElement>('input[name="difficulty"]:checked')?.value;
    model.onRate(pain === '' ? undefined : Number(pain), difficulty as ExerciseReport['difficulty']);
  };
  const difficulties: [NonNullable<ExerciseReport['difficulty']>, string][] = [
    ['easy', msg('Easy')],
    ['right', msg('About right')],
    ['hard', msg('Hard')],
  ];
  return html`<form part="rating" @submit=${save} aria-labelledby="rating-title">
    <p id="rating-title">${msg(str`How did ${model.exerciseName} feel?`)}</p>
    <label
      >${msg('Pain (0 none, 10 worst)')}
      <select>
        <option value="">–</option>
        ${Array.from({ length: 11 }, (_, value) => html`<option .value=${String(value)} ?selected=${model.pain === value}>${value}</option>`)}
      </select></label
    >
    <fieldset>
      <legend>${msg('Difficulty')}</legend>
      ${difficulties.map(([value, label]) => html`<label><input type="radio" name="difficulty" .value=${value} /> ${label}</label>`)}
    </fieldset>
    <button part="button">${msg('Save rating')}</button>
    ${model.pain !== undefined && model.pain >= model.threshold
      ? html`<p part="pain-warning" role="alert">
          ${msg(str`Pain of ${model.pain} is too much to go on.`)}
          <button part="button stop" type="button" @click=${model.onStop}>${msg('Stop now')}</button>
        </p>`
      : nothing}
  </form>`;
}
