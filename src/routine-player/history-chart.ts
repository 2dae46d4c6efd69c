import { html, svg } from 'lit';
import { msg, str } from '../i18n/localize.js';
import type { PainChart, PainSeries } from '../adherence/history.js';
import { cssomStyle } from '../shared/cssom-style.js';

/** Plot size in the SVG's own units; it stretches to the room it has (lines keep their width). */
const WIDTH = 600;
const HEIGHT = 100;

/** Horizontal position of `time` in the plot. */
const xOf = (chart: PainChart, time: number) => ((time - chart.from) / (chart.to - chart.from)) * WIDTH;
/** Vertical position of a pain rating (0 at the bottom, 10 at the top). */
const yOf = (pain: number) => HEIGHT - (pain / 10) * HEIGHT;

/** One exercise's line over the weeks, with the pain scale beside it as text. */
function renderRow(chart: PainChart, series: PainSeries, name: string) {
  const points = series.points.map(({ time, pain }) => `${xOf(chart, time).toFixed(1)},${yOf(pain)}`);
  const latest = series.points[series.points.length - 1].pain;
  return html`<li class="pain-row">
    <span class="pain-name"><span dir="auto">${name}</span> <span class="pain-latest">${msg(str`latest ${latest}`)}</span></span>
    <div class="chart-area">
      <div class="y-labels">${[10, 0].map((pain) => html`<span ${cssomStyle({ top: `${100 - pain * 10}%` })}>${pain}</span>`)}</div>
      <svg class="plot" viewBox="0 0 ${WIDTH} ${HEIGHT}" preserveAspectRatio="none" focusable="false">
        ${svg`${[0, 5, 10].map((pain) => svg`<line class=${pain === 5 ? 'grid' : 'grid major'} x1="0" x2=${WIDTH} y1=${yOf(pain)} y2=${yOf(pain)}></line>`)}
        ${chart.weekStarts.slice(1).map((start) => svg`<line class="grid" x1=${xOf(chart, start)} x2=${xOf(chart, start)} y1="0" y2=${HEIGHT}></line>`)}
        <polyline class="line" points=${points.join(' ')}></polyline>
        ${points.map((point) => svg`<path class="point" d=${`M${point}h0`}></path>`)}`}
      </svg>
    </div>
  </li>`;
}

/**
 * Pain per exercise over the weeks of `chart`, as small multiples: a row per exercise that has
 * ratings, each with its own line on the same 0–10 scale and the same weeks (own SVG, no
 * library), and its latest rating. Lines of several exercises on one plot tangle; rows do not, and
 * forced colours need no colour to tell them apart. The scale and the weeks are HTML text, so they
 * grow with the reader's text size. Hidden from screen readers: the table after it (see
 * {@link renderPainTable}) gives them the same numbers.
 */
export function renderPainChart(chart: PainChart, names: readonly string[], formatWeek: (time: number) => string) {
  const weeks = chart.weekStarts.length;
  return html`<div part="pain-chart" class="pain-chart" aria-hidden="true">
    <ul class="pain-rows">
      ${chart.series.filter((series) => series.points.length > 0).map((series) => renderRow(chart, series, names[series.index]))}
    </ul>
    <div class="chart-area">
      <div class="y-labels"></div>
      <div class="x-labels">
        ${chart.weekStarts.map((start, week) => html`<span ${cssomStyle({ left: `${((week + 0.5) / weeks) * 100}%` })}>${formatWeek(start)}</span>`)}
      </div>
    </div>
  </div>`;
}

/** The chart's numbers for screen readers: a row per session with a rating, a column per exercise rated. */
export function renderPainTable(chart: PainChart, names: readonly string[], formatSession: (time: number) => string) {
  const columns = chart.series.filter((series) => series.points.length > 0).map((series) => series.index);
  // The box that hides it is a div: a table is never narrower than its content, whatever its width says.
  return html`<div class="visually-hidden">
    <table part="pain-table">
      <caption>
        ${msg('Pain from 0 (none) to 10 (worst), by session')}
      </caption>
      <thead>
        <tr>
          <th scope="col">${msg('Date')}</th>
          ${columns.map((index) => html`<th scope="col" dir="auto">${names[index]}</th>`)}
        </tr>
      </thead>
      <tbody>
        ${chart.rows.map(
          (row) =>
            html`<tr>
              <th scope="row">${formatSession(row.time)}</th>
              ${columns.map((index) => html`<td>${row.pains[index] ?? msg('not rated')}</td>`)}
            </tr>`,
        )}
      </tbody>
    </table>
  </div>`;
}
