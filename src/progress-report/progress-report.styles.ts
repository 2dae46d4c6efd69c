import { css } from 'lit';

/**
 * The clinic's view of a report: tables that read on a phone (the table of every session scrolls
 * sideways in its own box) and a printed page that fits on one sheet.
 */
export const progressReportStyles = css`
  :host {
    display: block;
    container-type: inline-size;
    --_text: var(--progress-report-color, var(--exercise-text, var(--_t-text)));
    --_surface: var(--progress-report-background, var(--exercise-surface, var(--_t-surface)));
    --_accent: var(--progress-report-accent, var(--exercise-accent, var(--_t-accent)));
    --_danger: var(--exercise-danger, var(--_t-danger));
    color: var(--_text);
    font: var(--progress-report-font, var(--exercise-font, inherit));
  }
  :host([hidden]) {
    display: none;
  }
  .base {
    box-sizing: border-box;
    padding: 1rem;
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_surface);
  }
  h2 {
    margin: 0 0 0.25rem;
    font-size: 1.375rem;
    overflow-wrap: anywhere;
  }
  h3 {
    margin: 1.25rem 0 0.5rem;
    font-size: 1.0625rem;
  }
  h2:focus {
    outline: none;
  }
  .hint,
  .muted {
    color: var(--_muted);
  }
  .hint {
    font-size: 0.9375rem;
  }
  .open {
    margin-block-end: 1rem;
  }
  .open label {
    display: block;
    font-weight: 600;
    margin-block-end: 0.25rem;
  }
  .open-row {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5rem;
  }
  input {
    font: inherit;
    flex: 1 1 14rem;
    min-width: 0;
    min-height: 2.75rem;
    box-sizing: border-box;
    padding: 0.4rem 0.6rem;
    border: 2px solid var(--_border);
    border-radius: 0.5rem;
    background: var(--_surface);
    color: var(--_text);
  }
  input:focus-visible,
  .scroll:focus-visible {
    outline: 3px solid var(--_text);
    outline-offset: 2px;
  }
  .mismatch {
    padding: 0.75rem 1rem;
    border: 2px solid var(--_danger);
    border-radius: 0.5rem;
    background: var(--_caution-bg);
    color: var(--_caution-text);
    font-weight: 600;
  }
  table {
    border-collapse: collapse;
    font-size: 0.9375rem;
  }
  th,
  td {
    padding: 0.3rem 0.5rem;
    border-bottom: 1px solid var(--_track);
    text-align: start;
    vertical-align: middle;
  }
  thead th {
    font-size: 0.875rem;
    color: var(--_muted);
    border-bottom-color: var(--_border);
  }
  tbody th {
    font-weight: 600;
    white-space: nowrap;
  }
  td.done {
    white-space: nowrap;
  }
  .bar {
    display: inline-block;
    inline-size: 4rem;
    block-size: 0.6rem;
    margin-inline-end: 0.5rem;
    background: var(--_track);
    border-radius: 0.3rem;
    overflow: hidden;
  }
  .bar > span {
    display: block;
    block-size: 100%;
    background: var(--_accent);
  }
  .pain-line {
    display: block;
  }
  .pain-line .axis {
    stroke: var(--_track);
    stroke-width: 1;
  }
  .pain-line .line {
    fill: none;
    stroke: var(--_accent);
    stroke-width: 1.5;
  }
  .pain-line .dot {
    fill: var(--_accent);
  }
  .pain-line .dot.high {
    fill: var(--_danger);
  }
  .scroll {
    overflow-x: auto;
    max-inline-size: 100%;
  }
  /* A table in a scrolling box keeps each cell on one line: the box scrolls instead. */
  .scroll td,
  .scroll th {
    white-space: nowrap;
    font-size: 0.875rem;
  }
  .sessions tr.pain-stop > * {
    background: var(--_caution-bg);
    color: var(--_caution-text);
  }
  ul {
    margin: 0;
    padding-inline-start: 1.2rem;
  }
  li {
    margin-block-end: 0.25rem;
  }
  /* Side by side once there is room (and on paper): adherence beside the ratings, stops beside level changes. */
  @container (min-width: 52rem) {
    .pair {
      display: grid;
      grid-template-columns: auto 1fr;
      gap: 2rem;
      align-items: start;
    }
  }
  @media (forced-colors: active) {
    .bar > span,
    .pain-line .dot {
      background: CanvasText;
      fill: CanvasText;
    }
    .pain-line .line {
      stroke: CanvasText;
    }
  }
  /* One sheet: small type, no frame, the field to paste into left out. */
  @media print {
    .base {
      padding: 0;
      border: 0;
      font-size: 8pt;
      line-height: 1.2;
    }
    .open,
    .adherence .hint {
      display: none;
    }
    .pair {
      display: grid;
      grid-template-columns: auto 1fr;
      gap: 1.5rem;
      align-items: start;
    }
    h2 {
      font-size: 12pt;
    }
    h3 {
      font-size: 9pt;
      margin: 0.4rem 0 0.15rem;
    }
    table,
    .scroll td,
    .scroll th,
    thead th,
    .hint {
      font-size: 7pt;
    }
    th,
    td {
      padding: 0 0.3rem;
    }
    .scroll {
      overflow: visible;
    }
    .pain-line {
      height: 14px;
    }
    td.done {
    white-space: nowrap;
  }
  .bar {
      display: none;
    }
  }
`;
