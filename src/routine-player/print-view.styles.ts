import { css } from 'lit';

/**
 * The printed handout (`renderPrintView`): hidden on screen; printed, it replaces the player:
 * the whole routine, a week to tick, the clinic's note, no controls.
 */
export const printViewStyles = css`
  .print {
    display: none;
  }
  @media print {
    .base {
      display: none;
    }
    .print {
      display: block;
      color: #000;
      font-size: 11pt;
    }
    .print h2 {
      font-size: 16pt;
    }
    /* The routine's name and level stay with its first exercise, never alone at the foot of a page. */
    .print h2,
    .print-level {
      break-after: avoid;
    }
    .print-list {
      margin: 0.5rem 0 0;
      padding: 0;
      list-style: none;
    }
    .print-exercise {
      display: grid;
      grid-template-columns: 8.5rem 1fr;
      gap: 1rem;
      padding: 0.6rem 0;
      border-bottom: 1px solid #888;
      break-inside: avoid;
    }
    .print-exercise h3 {
      margin: 0;
      font-size: 13pt;
    }
    .print-exercise ol,
    .print-exercise ul {
      margin: 0.25rem 0;
      padding-inline-start: 1.2rem;
    }
    .print-dose {
      font-weight: 700;
    }
    .print-picture svg,
    .print-picture img {
      width: 100%;
      height: auto;
    }
    .print-cautions {
      border-inline-start: 3pt solid #000;
      padding-inline-start: 0.5rem;
    }
    .print-week {
      width: 100%;
      margin-top: 1rem;
      border-collapse: collapse;
      break-inside: avoid;
    }
    .print-week caption {
      text-align: start;
      font-weight: 700;
      padding-bottom: 0.25rem;
    }
    .print-week th,
    .print-week td {
      border: 1px solid #555;
      padding: 0.25rem 0.4rem;
      text-align: start;
    }
    .print-week td {
      width: 2.4rem;
      height: 1.5rem;
    }
    .print-note {
      margin-top: 1rem;
      break-inside: avoid;
    }
    .print-lines div {
      height: 1.8rem;
      border-bottom: 1px solid #888;
    }
  }
`;
