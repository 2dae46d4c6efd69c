import { html, nothing, type TemplateResult } from 'lit';
import { msg, str } from '../i18n/localize.js';
import { formatSeconds, secondsInWords } from '../i18n/format.js';
import type { ExerciseReport, RoutineSummary, StopPosition } from './events.js';

/*
 * The views after a session: the advice after Stop — this hurts, and the summary. They come with
 * the session's code, after the first render (see session-features.ts).
 */

/** Each outcome in words (functions: the words are looked up in the language at the time). */
const OUTCOME_LABELS: Record<ExerciseReport['outcome'], () => string> = {
  done: () => msg('done'),
  skipped: () => msg('skipped'),
  stopped: () => msg('stopped here'),
  'not-reached': () => msg('not reached'),
};

/** What became of one exercise, and its pain when rated: `done · pain 3 of 10` (one string: no markup to lose a space in). */
function reportText(report: ExerciseReport): string {
  const outcome = OUTCOME_LABELS[report.outcome]();
  return report.pain === undefined ? outcome : `${outcome} · ${msg(str`pain ${report.pain} of 10`)}`;
}

function renderReports(reports: ExerciseReport[]) {
  return html`<ul part="report">
    ${reports.map(
      (report) =>
        html`<li>
          <span dir="auto">${report.name}</span>: ${reportText(report)}
        </li>`,
    )}
  </ul>`;
}

function spent(summary: RoutineSummary): string {
  return msg(str`Time spent: ${formatSeconds(Math.round(summary.elapsedSeconds))}`);
}

/**
 * Where the session was stopped, in words, saying only what applies: "You stopped during Knee to
 * Chest (left side, 18 seconds into the hold)."; "… (repetition 3 of 8, 4 seconds into the hold)."
 */
function stoppedAtText(summary: RoutineSummary): string | null {
  const at = summary.stoppedAt;
  return at ? stopPositionText(at, summary.exercises[at.exerciseIndex]?.name ?? at.exerciseId) : null;
}

/** Where a session was stopped in exercise `name`, in words (see `stoppedAtText`); the history lists pain stops so too. */
export function stopPositionText(at: StopPosition, name: string): string {
  if (at.phase === 'rating') return msg(str`You stopped after ${name}.`);
  if (at.phase !== 'hold') return msg(str`You stopped during ${name}.`);
  const where = [
    at.side && (at.side === 'left' ? msg('left side') : msg('right side')),
    at.reps > 1 && msg(str`repetition ${at.rep} of ${at.reps}`),
    at.sets > 1 && msg(str`set ${at.set} of ${at.sets}`),
    msg(str`${secondsInWords(Math.floor(at.secondsIntoHold))} into the hold`),
  ]
    .filter(Boolean)
    .join(', ');
  return msg(str`You stopped during ${name} (${where}).`);
}

/** The safety advice, which a clinic replaces through the `safety-advice` slot. */
function renderAdvice() {
  return html`<div part="advice" role="note">
    <slot name="safety-advice" dir="auto">
      <p>${msg('Stop the exercise and rest in a comfortable position.')}</p>
      <p>${msg('Do not push through pain.')}</p>
      <p>${msg('If the pain persists or gets worse, contact your physiotherapist or a doctor.')}</p>
    </slot>
  </div>`;
}

/**
 * After Stop — this hurts: which exercise hurt, safety advice (replaceable through the `safety-advice` slot) and what was done;
 * `send` is "Send to my physiotherapist" where the session was remembered.
 */
export function renderStopped(summary: RoutineSummary, onRestart: () => void, send: TemplateResult | typeof nothing = nothing) {
  const where = stoppedAtText(summary);
  return html`<section part="stopped" aria-labelledby="stopped-title" aria-describedby="stopped-where">
    <h2 id="stopped-title" tabindex="-1">${msg('Session stopped')}</h2>
    ${where ? html`<p part="stopped-at" id="stopped-where" class="stopped-at">${where}</p>` : nothing}
    ${renderAdvice()}
    ${renderReports(summary.exercises)}
    <p>${spent(summary)}</p>
    ${send}
    <button part="button" @click=${onRestart}>${msg('Back to the routine')}</button>
  </section>`;
}

/**
 * At the end: what was done and skipped, time spent, ratings. After a pain rating at or over the
 * threshold (`highPain`), no congratulations: which exercises hurt, and the safety advice.
 * `sessionsThisWeek` is null when nothing is remembered; `unsaved` says that `remember` is on but
 * the browser refused to store. `extras`: the level suggestions after this session, the button that
 * opens "Your history", and "Send to my physiotherapist" where the session was remembered.
 */
export function renderSummary(
  summary: RoutineSummary,
  sessionsThisWeek: number | null,
  unsaved: boolean,
  onRestart: () => void,
  extras: { suggestions?: TemplateResult | typeof nothing; historyButton?: TemplateResult | typeof nothing; send?: TemplateResult | typeof nothing } = {},
) {
  const done = summary.exercises.filter((report) => report.outcome === 'done').length;
  const hurt = summary.highPain?.exercises;
  return html`<section part="summary" aria-labelledby="summary-title">
    <h2 id="summary-title" tabindex="-1">${hurt ? msg('Routine finished') : msg('Routine complete. Well done!')}</h2>
    ${hurt
      ? html`<div part="high-pain" class="stopped-at">
            ${hurt.map(({ name, pain }) => html`<p>${msg(str`You rated the pain of ${name} ${pain} out of 10: too much to go on.`)}</p>`)}
          </div>
          ${renderAdvice()}`
      : nothing}
    <p>${msg(str`${done} of ${summary.exercises.length} exercises done.`)} ${spent(summary)}</p>
    ${renderReports(summary.exercises)}
    ${extras.suggestions ?? nothing}
    ${sessionsThisWeek === null ? nothing : html`<p part="history">${msg(str`Sessions this week: ${sessionsThisWeek}`)}</p>`}
    ${extras.historyButton ?? nothing}
    ${unsaved ? html`<p part="notice">${msg('This browser did not let us save this session; nothing is stored.')}</p>` : nothing}
    ${extras.send ?? nothing}
    <button part="button" @click=${onRestart}>${msg('Start again')}</button>
  </section>`;
}
