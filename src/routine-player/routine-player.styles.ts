import { css } from 'lit';

export const routinePlayerStyles = css`
  :host {
    display: block;
    /* Layout follows the room the player has, not the window: a sidebar and a full page both work. */
    container-type: inline-size;
    --_text: var(--routine-player-color, var(--exercise-text, var(--_t-text)));
    --_surface: var(--routine-player-background, var(--exercise-surface, var(--_t-surface)));
    --_accent: var(--routine-player-accent, var(--exercise-accent, var(--_t-accent)));
    --_danger: var(--routine-player-stop-color, var(--exercise-danger, var(--_t-danger)));
    --_phase-ready: var(--routine-player-ready-color, var(--_t-ready));
    --_phase-rest: var(--routine-player-rest-color, var(--_t-rest));
    --_phase-set-rest: var(--routine-player-rest-color, var(--_t-set-rest));
    --_phase-switch: var(--routine-player-switch-color, var(--_t-switch));
    --ring-width: 0.8rem;
    --ring-track: var(--_track);
    color: var(--_text);
    font: var(--routine-player-font, var(--exercise-font, inherit));
  }
  :host([hidden]) {
    display: none;
  }
  :host(:fullscreen) {
    background: var(--_surface);
  }
  .base {
    box-sizing: border-box;
    padding: 1rem;
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_surface);
  }
  section {
    display: grid;
    gap: 0.6rem;
  }
  h2 {
    margin: 0;
    font-size: 1.4rem;
    line-height: 1.2;
  }
  h2:focus,
  h3:focus {
    outline: none;
  }
  /* The focus ring of headings, choices and the steps' summary, as on the buttons. */
  h2:focus-visible,
  h3:focus-visible,
  label:has(input:focus-visible),
  summary:focus-visible {
    outline: 3px solid var(--_text);
    outline-offset: 2px;
  }
  p {
    margin: 0;
  }

  /* Before start */
  [part='list'] {
    margin: 0;
    padding: 0;
    list-style: none;
    display: grid;
    gap: 0.5rem;
    counter-reset: item;
  }
  [part='list'] li {
    display: flex;
    align-items: center;
    gap: 0.75rem;
    counter-increment: item;
  }
  [part='list'] li::before {
    content: counter(item) '.';
    min-width: 1.5rem;
    font-weight: 600;
  }
  .thumbnail,
  .media {
    /* The drawings cut small gaps where limbs cross, in the colour behind them. */
    --back-exercise-drawing-background: var(--_tint);
  }
  .thumbnail {
    flex: none;
    display: grid;
    place-items: center;
    width: 6rem;
    aspect-ratio: 3 / 2;
    border-radius: 0.4rem;
    background: var(--_tint);
    overflow: hidden;
  }
  .thumbnail > * {
    width: 100%;
    height: 100%;
    object-fit: contain;
  }
  .item-name {
    display: block;
    font-weight: 600;
  }
  .item-dose {
    display: block;
    font-size: 0.95rem;
  }
  /* "1 min 51 s", "1 h 30 min": never broken over two lines. */
  .item-time {
    white-space: nowrap;
  }
  /* The clinic's note that came with a shared link. */
  .link-note {
    margin: 0.75rem 0;
    padding: 0.5rem 0.75rem;
    border-inline-start: 4px solid var(--_accent);
    background: var(--_tint);
    border-radius: 0.25rem;
  }
  fieldset {
    margin: 0;
    border: 1px solid var(--_border);
    border-radius: 0.5rem;
    display: flex;
    flex-wrap: wrap;
    gap: 0.5rem;
    padding: 0.5rem 0.75rem 0.75rem;
  }
  legend {
    padding: 0 0.25rem;
    font-weight: 600;
  }
  /* Radios and checkboxes look like the buttons: the same border, radius, height and accent. */
  label {
    display: inline-flex;
    align-items: center;
    gap: 0.45rem;
    min-height: 2.75rem;
    box-sizing: border-box;
    padding: 0.3rem 0.9rem 0.3rem 0.6rem;
    border: 2px solid var(--_border);
    border-radius: 0.5rem;
    cursor: pointer;
  }
  label:has(input:checked) {
    border-color: var(--_accent);
    background: color-mix(in srgb, var(--_accent) 10%, var(--_surface));
  }
  input[type='radio'],
  input[type='checkbox'] {
    width: 1.25rem;
    height: 1.25rem;
    margin: 0;
    accent-color: var(--_accent);
  }
  input:focus-visible {
    outline: none;
  }

  /* While playing */
  .playing {
    gap: 0.75rem;
  }
  .top {
    display: grid;
    grid-template-columns: 1fr auto;
    align-items: center;
    gap: 0.35rem 0.75rem;
  }
  .top progress {
    grid-column: 1 / -1;
  }
  [part='overall'] {
    font-weight: 600;
  }
  .focus-toggle {
    min-width: 0;
  }
  progress {
    width: 100%;
    height: 0.6rem;
    appearance: none;
    border: 0;
    border-radius: 0.3rem;
    background: var(--_track);
    overflow: hidden;
  }
  progress::-webkit-progress-bar {
    background: var(--_track);
  }
  progress::-webkit-progress-value {
    background: var(--_accent);
  }
  progress::-moz-progress-bar {
    background: var(--_accent);
  }
  .stage {
    display: flex;
    flex-direction: column;
    gap: 0.6rem;
  }
  /* On a narrow player the two columns merge: picture and clock first, the steps after. */
  .guide,
  .clock {
    display: contents;
  }
  .how,
  .cautions {
    order: 2;
  }
  .name {
    scroll-margin-top: 0.5rem;
  }
  .media {
    display: grid;
    place-items: center;
    border-radius: 0.5rem;
    background: var(--_tint);
  }
  .media > *,
  .media svg {
    width: 100%;
    max-height: 30vh;
    height: auto;
    object-fit: contain;
  }
  .media figure {
    margin: 0;
  }
  .phase {
    display: flex;
    align-items: center;
    justify-content: center;
    gap: 0.45rem;
    color: var(--_phase);
    font-size: 1.5rem;
    font-weight: 700;
    text-align: center;
  }
  .dial {
    align-self: center;
    --_dial-size: var(--routine-player-size, min(13rem, 62vw));
    width: var(--_dial-size);
    display: grid;
    place-items: center;
    contain: layout paint;
  }
  .dial > * {
    grid-area: 1 / 1;
  }
  [part='time'] {
    font-size: clamp(3rem, 15cqi, 4.5rem);
    font-weight: 700;
    font-variant-numeric: tabular-nums;
    line-height: 1;
    text-align: center;
  }
  .count {
    text-align: center;
    font-size: 1.2rem;
    font-weight: 600;
  }
  .position,
  .next {
    text-align: center;
  }
  .controls {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5rem;
    justify-content: center;
  }
  details summary {
    display: flex;
    align-items: center;
    gap: 0.4rem;
    min-height: 2.75rem;
    cursor: pointer;
    font-weight: 600;
    list-style: none;
  }
  details summary::-webkit-details-marker {
    display: none;
  }
  details summary::before {
    content: '';
    width: 0.5em;
    height: 0.5em;
    border-inline-end: 0.15em solid currentColor;
    border-block-end: 0.15em solid currentColor;
    transform: rotate(-45deg);
    transition: transform 0.15s;
  }
  details[open] summary::before {
    transform: rotate(45deg);
  }
  @media (prefers-reduced-motion: reduce) {
    details summary::before {
      transition: none;
    }
  }
  details ol {
    margin: 0.25rem 0 0;
    padding-inline-start: 1.4rem;
  }
  /* Stop is always in reach: it sticks to the bottom of the screen while any of the player shows. */
  .stop-bar {
    position: sticky;
    bottom: 0;
    padding-block: 0.5rem 0.25rem;
    background: var(--_surface);
  }
  button.stop {
    border-color: var(--_danger);
    background: var(--_danger);
    color: var(--_t-danger-contrast);
    font-weight: 700;
  }
  .stop-bar .stop {
    width: 100%;
    min-height: 3.5rem;
    font-size: 1.15rem;
  }
  [part='cautions'],
  [part='advice'] {
    padding: 0.5rem 0.9rem;
    border-inline-start: 0.3rem solid var(--_danger);
    background: var(--_caution-bg);
    color: var(--_caution-text);
    border-radius: 0.25rem;
  }
  [part='cautions'] ul {
    margin: 0;
    padding-inline-start: 1.2rem;
  }
  [part='advice'] ::slotted(*),
  [part='advice'] p {
    margin: 0.25rem 0;
  }
  .stopped-at {
    font-size: 1.1rem;
    font-weight: 600;
  }

  /* The rating after an exercise, while the routine waits */
  .rating {
    display: grid;
    gap: 0.75rem;
  }
  .rating-title {
    margin: 0;
    font-size: 1.25rem;
  }
  .pain-scale {
    display: grid;
    /* As many 44 px buttons to a row as fit: 6 and 5 on a phone, all 11 on a wide screen. */
    grid-template-columns: repeat(auto-fill, minmax(2.75rem, 1fr));
    gap: 0.4rem;
    width: 100%;
  }
  fieldset.pain {
    display: block;
  }
  .pain-cell {
    display: flex;
    flex-direction: column;
    align-items: center;
    gap: 0.1rem;
  }
  .pain-button {
    width: 100%;
    min-width: 2.75rem;
    min-height: 2.75rem;
    padding: 0;
    font-size: 1.2rem;
    font-weight: 700;
  }
  .pain-word {
    font-size: 0.75rem;
    white-space: nowrap;
  }
  .rating .phase {
    font-size: 1.15rem;
  }
  button[aria-pressed='true'] {
    background: var(--_accent);
    color: var(--_accent-contrast);
  }
  .pain-warning {
    display: grid;
    gap: 0.5rem;
    font-weight: 600;
  }

  :host([compact]) .base {
    padding: 0.75rem;
  }
  :host([compact]) h2 {
    font-size: 1.2rem;
  }
  :host([compact]) .thumbnail {
    width: 4.5rem;
  }
  :host([compact]) .dial {
    --_dial-size: var(--routine-player-size, min(10rem, 55vw));
    width: var(--_dial-size);
  }

  /* Two columns where the player is wide: picture and steps | countdown and controls. */
  @container (min-width: 768px) {
    .stage {
      display: grid;
      grid-template-columns: minmax(0, 1fr) minmax(0, 1fr);
      gap: 1.5rem;
      align-items: start;
    }
    .guide,
    .clock {
      display: flex;
      flex-direction: column;
      gap: 0.6rem;
    }
    .clock {
      align-items: center;
    }
    .media > *,
    .media svg {
      max-height: 45vh;
    }
    .rating {
      width: 100%;
    }
  }

  /* Focus mode: the whole screen, readable from the floor, Stop fixed at the bottom. */
  .base.focus {
    position: fixed;
    inset: 0;
    z-index: 2147483000;
    display: flex;
    flex-direction: column;
    border: 0;
    border-radius: 0;
    padding: max(0.75rem, env(safe-area-inset-top)) max(0.75rem, env(safe-area-inset-right))
      max(0.5rem, env(safe-area-inset-bottom)) max(0.75rem, env(safe-area-inset-left));
    overflow: hidden;
  }
  .base.focus .playing {
    flex: 1;
    min-height: 0;
    display: flex;
    flex-direction: column;
    gap: 0.5rem;
  }
  .base.focus .scroller {
    flex: 1;
    min-height: 0;
    overflow: auto;
    overscroll-behavior: contain;
  }
  .base.focus .stop-bar {
    position: static;
  }
  .base.focus [part='overall'] {
    font-size: 1.1rem;
  }
  .base.focus .phase {
    font-size: clamp(1.75rem, 7.5vw, 3rem);
  }
  .base.focus .dial {
    --_dial-size: min(76vw, 36vh, 30rem);
    width: var(--_dial-size);
  }
  .base.focus [part='time'] {
    font-size: clamp(6rem, 26vw, 11rem);
  }
  .base.focus .count {
    font-size: clamp(1.25rem, 5vw, 1.75rem);
  }
  .base.focus .media > *,
  .base.focus .media svg {
    max-height: 22vh;
  }
  .base.focus .controls button {
    min-height: 3.25rem;
    font-size: 1.1rem;
  }
  @media (orientation: landscape) and (max-height: 600px) {
    .base.focus .stage {
      display: grid;
      grid-template-columns: minmax(0, 1fr) minmax(0, 1fr);
      gap: 1rem;
      align-items: start;
    }
    .base.focus .guide,
    .base.focus .clock {
      display: flex;
      flex-direction: column;
      gap: 0.4rem;
    }
    .base.focus .clock {
      align-items: center;
    }
    .base.focus .dial {
      --_dial-size: min(40vw, 55vh);
      width: var(--_dial-size);
    }
    .base.focus [part='time'] {
      font-size: clamp(4rem, 18vh, 8rem);
    }
    .base.focus .media > *,
    .base.focus .media svg {
      max-height: 50vh;
    }
  }

  /* On a phone in focus mode, only what is needed from the floor: the dose and what comes next are in the list. */
  @media (max-height: 900px) and (orientation: portrait) {
    .base.focus .dose,
    .base.focus .next {
      display: none;
    }
  }
  @media (max-height: 700px) and (orientation: portrait) {
    .base.focus [part='overall'] {
      font-size: 0.95rem;
    }
    .base.focus .focus-toggle {
      min-height: 2.75rem;
      padding-inline: 0.6rem;
      font-size: 0.9rem;
    }
    .base.focus .stage {
      gap: 0.35rem;
    }
    .base.focus .phase {
      font-size: 1.75rem;
    }
    .base.focus .media > *,
    .base.focus .media svg {
      max-height: 12vh;
    }
    .base.focus .dial {
      --_dial-size: min(80vw, 34vh);
      width: var(--_dial-size);
    }
    .base.focus .name {
      font-size: 1.35rem;
    }
  }
  .base.focus .name {
    font-size: clamp(1.5rem, 6vw, 2.25rem);
    text-align: center;
  }
  .base.focus .dose {
    text-align: center;
  }
  /* Printed, the player is a handout: the whole routine, a week to tick, the clinic's note; no controls. */
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

  @media (forced-colors: active) {
    button.stop {
      border-color: ButtonText;
    }
  }
`;
