import { html, nothing, svg } from 'lit';
import { addEnglishForms, currentLocale, msg, str } from '../i18n/localize.js';
import { levelLabel, secondsInWords } from '../i18n/format.js';
import { cssomStyle } from '../shared/cssom-style.js';
import { formatProblem, type DataProblem } from '../model/data-error.js';
import type { ExerciseReport, StopPosition } from '../routine-player/events.js';
import { dayNumber, type PatientReport, type ReportExercise, type ReportSession } from '../adherence/report-link.js';
import { dateOf, type ExerciseTrend, type WeekAdherence } from '../adherence/report-summary.js';

addEnglishForms({
  '{0} sessions, {1} finished': (sessions: number, finished: number) => `${sessions} session${sessions === 1 ? '' : 's'}, ${finished} finished`,
});

/** What the clinic's view shows, worked out by the element. */
export interface ReportViewModel {
  report: PatientReport;
  weeks: WeekAdherence[];
  trends: ExerciseTrend[];
  /** Each exercise's name, by position in the routine. */
  names: string[];
  /** Whether the report is of the prescription the clinic gave: `null` when none was given. */
  matches: boolean | null;
}

const DIFFICULTY: Record<NonNullable<ExerciseReport['difficulty']>, () => string> = {
  easy: () => msg('Easy'),
  right: () => msg('About right'),
  hard: () => msg('Hard'),
};

const OUTCOME: Record<ReportExercise['outcome'], () => string> = {
  done: () => msg('done'),
  skipped: () => msg('skipped'),
  stopped: () => msg('stopped here'),
  'not-reached': () => msg('not reached'),
};

/** A day of the report as a date in the element's language: `Tue, 14 Oct`. */
function dayText(report: PatientReport, day: number, withYear = false): string {
  const date = new Date(`${dateOf((dayNumber(report.startDate) ?? 0) + day)}T00:00:00Z`);
  return new Intl.DateTimeFormat(currentLocale(), { weekday: 'short', day: 'numeric', month: 'short', ...(withYear ? { year: 'numeric' } : {}), timeZone: 'UTC' }).format(date);
}

/** Where a session was stopped, for the clinic: the exercise, then only what applies of side, repetition, set and seconds. */
function stopText(at: StopPosition, name: string): string {
  if (at.phase === 'rating') return msg(str`After ${name}, from its rating`);
  const phase: Record<Exclude<StopPosition['phase'], 'hold' | 'rating'>, () => string> = {
    prepare: () => msg('Get ready'),
    rest: () => msg('Rest'),
    'switch-sides': () => msg('Switch sides'),
    transition: () => msg('Moving to the next exercise'),
  };
  const where =
    at.phase === 'hold'
      ? [
          at.side && (at.side === 'left' ? msg('left side') : msg('right side')),
          at.reps > 1 && msg(str`repetition ${at.rep} of ${at.reps}`),
          at.sets > 1 && msg(str`set ${at.set} of ${at.sets}`),
          msg(str`${secondsInWords(at.secondsIntoHold)} into the hold`),
        ]
      : [phase[at.phase](), at.side && (at.side === 'left' ? msg('left side') : msg('right side'))];
  return `${name} (${where.filter(Boolean).join(', ')})`;
}

/** One exercise of one session in a cell: its pain and difficulty when rated, else what became of it. */
function cellText(record: ReportExercise | undefined): string {
  if (!record) return '–';
  const parts: string[] = [];
  if (record.outcome !== 'done') parts.push(OUTCOME[record.outcome]());
  if (record.pain !== undefined) parts.push(msg(str`pain ${record.pain}`));
  if (record.difficulty) parts.push(DIFFICULTY[record.difficulty]());
  return parts.length > 0 ? parts.join(' · ') : OUTCOME.done();
}

function sessionStatus(session: ReportSession): string {
  if (session.painStop) return msg('Stopped for pain');
  return session.completed ? msg('Finished') : msg('Ended early');
}

/** Pain over the sessions as a small line (the numbers are in the table below it, for everyone). */
function painLine(trend: ExerciseTrend, days: number) {
  const points = trend.points.filter(({ record }) => record.pain !== undefined);
  if (points.length === 0) return html`<span class="muted">${msg('not rated')}</span>`;
  const width = 120;
  const height = 28;
  const x = (day: number) => (days === 0 ? width / 2 : (day / days) * (width - 4) + 2);
  const y = (pain: number) => height - 2 - (pain / 10) * (height - 4);
  const path = points.map(({ day, record }, index) => `${index === 0 ? 'M' : 'L'}${x(day).toFixed(1)} ${y(record.pain!).toFixed(1)}`).join('');
  return html`<svg class="pain-line" part="pain-line" viewBox="0 0 ${width} ${height}" width=${width} height=${height} aria-hidden="true">
    ${svg`<line x1="0" x2=${width} y1=${y(0)} y2=${y(0)} class="axis"></line>
    <path d=${path} class="line"></path>
    ${points.map(({ day, record }) => svg`<circle cx=${x(day)} cy=${y(record.pain!)} r="1.6" class=${record.pain! >= 7 ? 'dot high' : 'dot'}></circle>`)}`}
  </svg>`;
}

function renderAdherence(model: ReportViewModel) {
  const { weeks } = model;
  const prescribed = weeks.some((week) => week.prescribed !== null);
  return html`<section class="adherence">
    <h3 id="adherence-title">${msg('Sessions week by week')}</h3>
    <table part="adherence">
      <thead>
        <tr>
          <th scope="col">${msg('Week of')}</th>
          <th scope="col">${msg('Finished')}</th>
          ${prescribed ? html`<th scope="col">${msg('Prescribed')}</th>` : nothing}
          <th scope="col">${msg('Stopped or ended early')}</th>
        </tr>
      </thead>
      <tbody>
        ${weeks.map(
          (week) => html`<tr>
            <th scope="row">${dayText(model.report, week.firstDay)}</th>
            <td class="done">
              <span class="bar" aria-hidden="true"
                ><span ${cssomStyle({ 'inline-size': `${Math.min(100, week.prescribed ? (week.done / week.prescribed) * 100 : week.done * 10)}%` })}></span></span
              >${prescribed && week.prescribed !== null ? msg(str`${week.done} of ${week.prescribed}`) : week.done}
            </td>
            ${prescribed ? html`<td>${week.prescribed}</td>` : nothing}
            <td>${week.unfinished}</td>
          </tr>`,
        )}
      </tbody>
    </table>
    ${prescribed ? nothing : html`<p class="hint">${msg('The prescription given to this page has no frequency, so sessions are not compared with it.')}</p>`}
  </section>`;
}

function renderTrends(model: ReportViewModel) {
  return html`<section>
    <h3 id="trends-title">${msg('Pain and difficulty per exercise')}</h3>
    <div class="scroll" tabindex="0" role="group" aria-labelledby="trends-title">
    <table part="trends">
      <thead>
        <tr>
          <th scope="col">${msg('Exercise')}</th>
          <th scope="col">${msg('Pain over time')}</th>
          <th scope="col">${msg('First and last pain')}</th>
          <th scope="col">${msg('Easy')} / ${msg('About right')} / ${msg('Hard')}</th>
        </tr>
      </thead>
      <tbody>
        ${model.trends.map((trend) => {
          const pains = trend.points.flatMap(({ record }) => (record.pain === undefined ? [] : [record.pain]));
          const count = (value: string) => trend.points.filter(({ record }) => record.difficulty === value).length;
          return html`<tr>
            <th scope="row" dir="auto">${model.names[trend.index]}</th>
            <td>${painLine(trend, model.report.days)}</td>
            <td>${pains.length > 0 ? `${pains[0]} → ${pains[pains.length - 1]}` : '–'}</td>
            <td>${count('easy')} / ${count('right')} / ${count('hard')}</td>
          </tr>`;
        })}
      </tbody>
    </table>
    </div>
  </section>`;
}

function renderSessions(model: ReportViewModel) {
  const { report, names } = model;
  return html`<section>
    <h3 id="sessions-title">${msg('Every session')}</h3>
    <div class="scroll" part="sessions-scroll" tabindex="0" role="group" aria-labelledby="sessions-title">
      <table part="sessions" class="sessions">
        <thead>
          <tr>
            <th scope="col">${msg('Day')}</th>
            <th scope="col">${msg('Session')}</th>
            ${names.map((name) => html`<th scope="col" dir="auto">${name}</th>`)}
          </tr>
        </thead>
        <tbody>
          ${report.sessions.map(
            (session) => html`<tr class=${session.painStop ? 'pain-stop' : ''}>
              <th scope="row">${dayText(report, session.day)}</th>
              <td>${sessionStatus(session)}</td>
              ${names.map((_, index) => html`<td>${cellText(session.exercises.find((record) => record.index === index))}</td>`)}
            </tr>`,
          )}
        </tbody>
      </table>
    </div>
  </section>`;
}

function renderStops(model: ReportViewModel) {
  const stops = model.report.sessions.filter((session) => session.painStop);
  return html`<section>
    <h3 id="stops-title">${msg('Pain stops')}</h3>
    ${stops.length === 0
      ? html`<p>${msg('None.')}</p>`
      : html`<ul part="stops">
          ${stops.map(
            (session) =>
              html`<li>
                <strong>${dayText(model.report, session.day)}:</strong>
                <span dir="auto"
                  >${session.stoppedAt ? stopText(session.stoppedAt, model.names[session.stoppedAt.exerciseIndex]) : msg('where it was stopped was not recorded')}</span
                >
              </li>`,
          )}
        </ul>`}
  </section>`;
}

function renderProgressions(model: ReportViewModel) {
  const { progressions } = model.report;
  return html`<section>
    <h3 id="progressions-title">${msg('Level changes accepted')}</h3>
    ${progressions.length === 0
      ? html`<p>${msg('None.')}</p>`
      : html`<ul part="progressions">
          ${progressions.map(
            (change) =>
              html`<li>
                <strong>${dayText(model.report, change.day)}:</strong> <span dir="auto">${model.names[change.index]}</span>, ${levelLabel(change.from)} →
                ${levelLabel(change.to)}
              </li>`,
          )}
        </ul>`}
  </section>`;
}

/** The whole report: who and when, whether it is of the prescription given, adherence, ratings, every session, stops and level changes. */
export function renderReport(model: ReportViewModel) {
  const { report } = model;
  const period = `${dayText(report, 0, true)} – ${dayText(report, report.days, true)}`;
  const finished = report.sessions.filter((session) => session.completed).length;
  return html`<article part="report" aria-labelledby="report-title">
    <h2 id="report-title" tabindex="-1">${report.name ? msg(str`Progress report from ${report.name}`) : msg('Progress report')}</h2>
    <p part="period">${period} · ${msg(str`${report.sessions.length} sessions, ${finished} finished`)}</p>
    ${model.matches === false
      ? html`<p part="mismatch" class="mismatch" role="alert">
          ${msg('This report is not about the prescription on this page: its exercises, doses or frequency differ. Check which routine the patient was given before reading it.')}
        </p>`
      : model.matches === null
        ? html`<p part="unchecked" class="hint">${msg('No prescription was given to this page, so the report is not checked against one.')}</p>`
        : nothing}
    <div class="pair">${renderAdherence(model)} ${renderTrends(model)}</div>
    <div class="pair">${renderStops(model)} ${renderProgressions(model)}</div>
    ${renderSessions(model)}
  </article>`;
}

/** Why the report cannot be read: each problem, naming its field. */
export function renderReportProblems(problems: readonly DataProblem[]) {
  return html`<div part="error" role="alert" tabindex="-1">
    <p>${msg('This report cannot be read because it has problems:')}</p>
    <ul>${problems.map((problem) => html`<li>${formatProblem(problem)}</li>`)}</ul>
  </div>`;
}
