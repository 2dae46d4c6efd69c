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
    /* The name and dose across; the starting and held pictures, about 5.5 cm wide each, stacked
       on the start side; the steps and cautions beside them. */
    .print-exercise {
      display: grid;
      grid-template-columns: 5.5cm 1fr;
      grid-template-areas: 'name name' 'dose dose' 'pictures how';
      column-gap: 0.6cm;
      padding: 0.5cm 0 0.4cm;
      border-bottom: 1px solid #888;
      break-inside: avoid;
    }
    .print-exercise.no-picture {
      grid-template-columns: 1fr;
      grid-template-areas: 'name' 'dose' 'how';
    }
    .print-exercise h3 {
      grid-area: name;
      margin: 0;
      font-size: 13pt;
    }
    .print-dose {
      grid-area: dose;
      margin: 0.1cm 0 0.25cm;
      font-weight: 700;
    }
    .print-pictures {
      grid-area: pictures;
      display: grid;
      gap: 0.3cm;
      align-content: start;
    }
    .print-how {
      grid-area: how;
    }
    .print-how > ol:first-child {
      margin-top: 0;
    }
    .print-exercise ol,
    .print-exercise ul {
      margin: 0.25rem 0;
      padding-inline-start: 1.2rem;
    }
    .print-picture {
      width: 5.5cm;
      margin: 0;
    }
    .print-picture svg,
    .print-picture img,
    .print-picture video {
      display: block;
      width: 100%;
      height: auto;
    }
    .print-picture figcaption {
      font-size: 9pt;
      text-align: center;
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
    /* The prescribed days (●) stand out; the others are shaded, as days off. */
    .print-week th.prescribed {
      font-weight: 800;
      white-space: nowrap;
    }
    .print-week td.rest {
      background: #e4e4e4;
      print-color-adjust: exact;
      -webkit-print-color-adjust: exact;
    }
    .print-week-legend {
      display: block;
      font-weight: 400;
    }
    /* One box per session on a day with more than one. */
    .tick-box {
      display: inline-block;
      width: 0.8rem;
      height: 0.8rem;
      margin: 0.1rem;
      border: 1px solid #555;
      vertical-align: middle;
    }
    .print-frequency {
      margin: 0.25rem 0;
      break-after: avoid;
    }
    .print-note {
      margin-top: 1rem;
      break-inside: avoid;
    }
    .print-lines div {
      height: 1.8rem;
      border-bottom: 1px solid #888;
    }
    /* The date, and lines to write the physiotherapist's name and the next appointment on. */
    .print-fields {
      display: flex;
      flex-wrap: wrap;
      gap: 0.2cm 0.6cm;
      margin: 0.3cm 0 0;
    }
    .print-fields div {
      display: flex;
      flex: 1 1 auto;
      gap: 0.2cm;
      align-items: end;
      white-space: nowrap;
    }
    .print-fields dt {
      font-weight: 700;
    }
    .print-fields dt::after {
      content: ':';
    }
    .print-fields dd {
      margin: 0;
    }
    .print-blank {
      flex: 1;
      min-width: 4cm;
      height: 0.8cm;
      border-bottom: 1px solid #000;
    }
    .print-safety {
      margin-top: 0.6cm;
      break-inside: avoid;
    }
    .print-safety h3 {
      margin: 0 0 0.2cm;
      font-size: 13pt;
    }
    .print-safety p {
      margin: 0 0 0.15cm;
    }
    /* Set apart as leaflets do: a heavy frame that reads in black and white. */
    .print-warning {
      margin-top: 0.4cm;
      padding: 0.3cm 0.4cm;
      border: 2.5pt solid #000;
    }
    .print-warning ul {
      margin: 0.15cm 0 0;
      padding-inline-start: 1.2rem;
    }
  }
`;
