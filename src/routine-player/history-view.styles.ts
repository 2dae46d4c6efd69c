import { css } from 'lit';

/**
 * "Your history" (`renderHistory`): the week grid, the counts, the pain chart (a row per exercise,
 * own SVG: its pain scale and weeks are HTML text, so they grow with the reader's text size) and
 * the buttons.
 * Sizes are in `rem`/`em` and the container queries in `rem`, so at 200 % text on a phone the
 * grid's day names and the chart's week labels thin out instead of overlapping.
 */
export const historyViewStyles = css`
  .history-view h3 {
    margin: 0;
    font-size: 1.1rem;
  }
  .history-private,
  .week-key {
    color: var(--_muted);
    font-size: 0.9rem;
  }
  .history-part {
    gap: 0.4rem;
  }
  .week-count {
    font-size: 1.25rem;
    font-weight: 700;
  }
  .week {
    display: grid;
    grid-template-columns: repeat(7, minmax(0, 1fr));
    gap: 0.25rem;
    margin: 0;
    padding: 0;
    list-style: none;
  }
  .day {
    display: grid;
    justify-items: center;
    gap: 0.15rem;
    padding: 0.3rem 0 0.25rem;
    border: 2px solid transparent;
    border-radius: 0.5rem;
    text-align: center;
    min-width: 0;
  }
  .day.today {
    border-color: var(--_accent);
  }
  .day.future {
    color: var(--_muted);
  }
  .day-name {
    font-size: 0.85rem;
    font-weight: 600;
    max-width: 100%;
    overflow-wrap: anywhere;
  }
  .day-mark,
  .key-mark,
  .key-plan,
  .key-today {
    display: inline-grid;
    place-items: center;
    box-sizing: border-box;
    width: 1.9em;
    height: 1.9em;
    border: 2px solid var(--_border);
    border-radius: 50%;
    font-weight: 700;
    line-height: 1;
    vertical-align: middle;
  }
  .day-mark {
    font-size: 0.9rem;
    letter-spacing: -0.05em;
    /* Never wider than its day: a circle as wide as the cell allows. */
    width: min(1.9em, 100%);
    height: auto;
    aspect-ratio: 1;
  }
  .day.prescribed .day-mark,
  .key-plan {
    border: 2px dashed var(--_accent);
  }
  .day.done .day-mark,
  .key-mark {
    border: 2px solid var(--_accent);
    background: var(--_accent);
    color: var(--_accent-contrast);
  }
  .key-mark,
  .key-plan,
  .key-today {
    width: 1.3em;
    height: 1.3em;
    font-size: 0.8em;
  }
  .key-today {
    border-radius: 0.3em;
    border-color: var(--_accent);
  }
  .week-key {
    display: flex;
    flex-wrap: wrap;
    gap: 0.25rem 1rem;
  }
  .day-date {
    font-size: 0.85rem;
  }
  .totals {
    margin: 0;
    padding-inline-start: 1.25rem;
    display: grid;
    gap: 0.2rem;
  }
  .totals li:first-child {
    font-weight: 700;
  }
  .pain-chart {
    display: grid;
    gap: 0.2rem;
  }
  .pain-rows {
    display: grid;
    gap: 0.5rem;
    margin: 0;
    padding: 0;
    list-style: none;
  }
  .pain-name {
    display: flex;
    flex-wrap: wrap;
    justify-content: space-between;
    gap: 0 0.75rem;
    font-weight: 600;
    overflow-wrap: anywhere;
  }
  /* Room for the scale's top label under the name. */
  .pain-row .chart-area {
    margin-top: 0.6em;
  }
  .pain-latest {
    font-weight: 400;
    color: var(--_muted);
  }
  /* The chart runs left to right in every language: time on it is a line, not text. */
  .chart-area {
    direction: ltr;
    display: grid;
    grid-template-columns: 1.6em minmax(0, 1fr);
    column-gap: 0.4rem;
    font-size: 0.85rem;
  }
  .y-labels {
    position: relative;
    text-align: end;
  }
  .y-labels span {
    position: absolute;
    inset-inline-end: 0;
    transform: translateY(-50%);
    line-height: 1;
  }
  .plot {
    display: block;
    width: 100%;
    height: 3.2rem;
    overflow: visible;
  }
  .plot line,
  .plot polyline,
  .plot path {
    vector-effect: non-scaling-stroke;
    fill: none;
  }
  .plot .grid {
    stroke: var(--_track);
    stroke-width: 1;
  }
  .plot .grid.major {
    stroke: var(--_border);
  }
  .plot .line {
    stroke: var(--_accent);
    stroke-width: 2.5;
    stroke-linejoin: round;
  }
  .plot .point {
    stroke: var(--_accent);
    stroke-width: 8;
    stroke-linecap: round;
  }
  .x-labels {
    grid-column: 2;
    position: relative;
    height: 1.6em;
  }
  .x-labels span {
    position: absolute;
    top: 0.2em;
    transform: translateX(-50%);
    white-space: nowrap;
  }
  [part='pain-stops'] {
    margin: 0;
    padding-inline-start: 1.25rem;
  }
  .history-actions {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5rem;
  }
  .confirm-delete {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 0.5rem;
    padding: 0.6rem 0.8rem;
    border: 2px solid var(--_danger);
    border-radius: 0.5rem;
  }
  .confirm-delete p {
    flex: 1 1 100%;
    font-weight: 600;
  }
  .confirm-yes {
    border-color: var(--_danger);
    background: var(--_danger);
    color: var(--_t-danger-contrast);
  }
  .history-status:empty {
    display: none;
  }
  .history-close {
    justify-self: start;
  }
  .day-name.narrow {
    display: none;
  }
  /* Little room for the text size (a phone): one letter per day, and every other week named. */
  @container (max-width: 24rem) {
    .day-name.short {
      display: none;
    }
    .day-name.narrow {
      display: inline;
    }
    .x-labels span:nth-child(even) {
      display: none;
    }
  }
  /* Very little room (a phone at 150 % text and more): the week in two rows, the first week and this one named. */
  @container (max-width: 16rem) {
    .week {
      grid-template-columns: repeat(4, minmax(0, 1fr));
    }
    .x-labels span {
      display: none;
    }
    .x-labels span:first-child {
      display: inline;
      transform: none;
      left: 0 !important;
    }
    .x-labels span:last-child {
      display: inline;
      transform: none;
      left: auto !important;
      right: 0;
    }
  }
  @media (forced-colors: active) {
    .plot .line,
    .plot .point {
      stroke: CanvasText;
    }
    .plot .grid {
      stroke: GrayText;
    }
    .day.done .day-mark,
    .key-mark {
      forced-color-adjust: none;
      background: Highlight;
      color: HighlightText;
      border-color: Highlight;
    }
    /* A transparent border shows in forced colours: only today keeps one. */
    .day {
      border-color: Canvas;
    }
    .day.today {
      border-color: CanvasText;
    }
  }
`;
