import { html, nothing, type TemplateResult } from 'lit';
import { addEnglishForms, msg, str } from '../i18n/localize.js';
import type { CueOptions } from '../cues/cue-options.js';
import { formatDose, formatRemaining, formatSeconds, levelLabel } from '../i18n/format.js';
import { doseAtLevel, levelsDiffer } from '../model/dose.js';
import type { Plan } from '../model/plan.js';
import { LEVELS, type Level, type ResolvedRoutine } from '../model/types.js';
import { formatProblem, type DataProblem } from '../model/data-error.js';
import type { SavedProgress } from './progress-store.js';

addEnglishForms({
  '{0} exercises · about {1} in all': (count: number, total: string) => `${count} exercise${count === 1 ? '' : 's'} · about ${total} in all`,
});

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
  /** Each exercise's level: `level`, unless the patient accepted another for it. */
  levels: readonly Level[];
  /** The level suggestions and the changes accepted (see `renderSuggestions`). */
  suggestions: TemplateResult | typeof nothing;
  cues: CueOptions;
  offer: SavedProgress | null;
  /** `remember` is on but the browser refuses to store. */
  unsaved: boolean;
  /** Sessions remembered in the last 7 days (0 when nothing is remembered). */
  sessionsThisWeek: number;
  /** Whether this browser can speak (the Voice choice is offered only then). */
  speechAvailable: boolean;
  /** "Test sound" and what it found (beside the cue choices). */
  soundCheck: TemplateResult;
  /** A small picture of each exercise, where there is one. */
  thumbnail(index: number): TemplateResult | typeof nothing;
  /** The clinic's note that came with a shared link (plain text), if any. */
  note?: string | undefined;
  /** The button that opens "Your history" (with `remember`), or nothing. */
  historyButton?: TemplateResult | typeof nothing;
  /** How often the routine is done and "Add to calendar", when the routine says how often. */
  reminder?: TemplateResult | typeof nothing;
  onLevel(level: Level): void;
  onCue(cue: keyof CueOptions, on: boolean): void;
  onStart(): void;
  onResume(): void;
}

/**
 * The level choice, and when to move up: shown only where the level changes a dose (a routine
 * whose doses are all explicit plays the same at every level).
 */
function renderLevels(model: BeforeViewModel) {
  const progressions = model.routine.exercises.filter((exercise) => exercise.progression).map((exercise) => `${exercise.name}: ${exercise.progression}`);
  return html`<fieldset part="levels">
      <legend>${msg('Level')}</legend>
      ${LEVELS.map(
        (value) =>
          html`<label
            ><input type="radio" name="level" .value=${value} .checked=${value === model.level} @change=${() => model.onLevel(value)} />
            ${levelLabel(value)}</label
          >`,
      )}
    </fieldset>
    <p part="move-up" class="move-up">${[msg('Move up a level when every exercise feels easy and causes no pain for a week.'), ...progressions].join(' ')}</p>`;
}

/**
 * Before start: the routine, each exercise with its dose and time, the total (rounded as the time
 * left is while playing), the level choice where it matters, the cue choices, Start.
 */
export function renderBefore(model: BeforeViewModel) {
  const { routine, plan, level, cues } = model;
  const totals = exerciseTotals(plan, routine.exercises.length);
  const cueChoices: [keyof CueOptions, string][] = [
    ['beep', msg('Sounds')],
    ...(model.speechAvailable ? [['voice', msg('Voice')] as [keyof CueOptions, string]] : []),
    ['vibrate', msg('Vibration')],
  ];
  return html`<section part="before" aria-labelledby="title">
    <h2 part="title" id="title" tabindex="-1" dir="auto">${routine.name}</h2>
    <p part="total">${msg(str`${routine.exercises.length} exercises · about ${formatRemaining(plan.total)} in all`)}</p>
    ${model.note ? html`<p part="note" class="link-note"><strong>${msg('Notes from your clinic')}:</strong> <span dir="auto">${model.note}</span></p>` : nothing}
    ${model.reminder ?? nothing}
    ${model.suggestions}
    <ol part="list">
      ${routine.exercises.map(
        (exercise, index) =>
          html`<li>
            ${model.thumbnail(index)}
            <span class="item-text">
              <span class="item-name" dir="auto">${exercise.name}</span>
              <span class="item-dose"
                >${formatDose(doseAtLevel(exercise.dose, model.levels[index] ?? level))} · <span class="item-time">${formatSeconds(Math.round(totals[index] / 1000))}</span
                >${(model.levels[index] ?? level) === level ? nothing : ` · ${levelLabel(model.levels[index])}`}</span
              >
            </span>
          </li>`,
      )}
    </ol>
    ${levelsDiffer(routine.exercises) ? renderLevels(model) : nothing}
    <fieldset part="cues">
      <legend>${msg('Cues')}</legend>
      ${cueChoices.map(
        ([cue, label]) =>
          html`<label
            ><input type="checkbox" .checked=${cues[cue]} @change=${(event: Event) => model.onCue(cue, (event.target as HTMLInputElement).checked)} />
            ${label}</label
          >`,
      )}
      ${model.soundCheck}
    </fieldset>
    ${model.offer
      ? html`<p part="offer">
          ${msg(str`You stopped at exercise ${model.offer.exerciseIndex + 1} of ${routine.exercises.length}.`)}
          <button part="button" @click=${model.onResume}>${msg('Resume where I left off')}</button>
        </p>`
      : nothing}
    <button part="button start" class="primary" @click=${model.onStart}>${model.offer ? msg('Start over') : msg('Start')}</button>
    ${!model.unsaved && model.sessionsThisWeek > 0
      ? html`<p part="history">${msg(str`Sessions this week: ${model.sessionsThisWeek}`)}</p>`
      : nothing}
    ${model.historyButton ?? nothing}
    ${model.unsaved
      ? html`<p part="notice">${msg('This browser does not let us save progress here; the routine works, but nothing is saved.')}</p>`
      : nothing}
  </section>`;
}

/** While a shared link is being read (its code and the unpacking take a moment): says so. */
export function renderLoading() {
  return html`<div part="base" class="base"><p part="loading" role="status">${msg('Opening the routine from your link…')}</p></div>`;
}

/** Why the routine cannot be played: each problem, naming its field. */
export function renderProblems(problems: DataProblem[]) {
  return html`<div part="error" role="alert" tabindex="-1">
    <p>${msg('This routine cannot be played because its data has problems:')}</p>
    <ul>${problems.map((problem) => html`<li>${formatProblem(problem)}</li>`)}</ul>
  </div>`;
}
