import { css } from 'lit';

export const routineBuilderStyles = css`
  :host {
    display: block;
    container-type: inline-size;
    --_text: var(--routine-builder-color, var(--exercise-text, var(--_t-text)));
    --_surface: var(--routine-builder-background, var(--exercise-surface, var(--_t-surface)));
    --_accent: var(--routine-builder-accent, var(--exercise-accent, var(--_t-accent)));
    --_danger: var(--exercise-danger, var(--_t-danger));
    color: var(--_text);
    font: var(--routine-builder-font, var(--exercise-font, inherit));
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
  .columns {
    display: grid;
    gap: 1.5rem;
  }
  /* Side by side once there is room: the editor, and the preview and sharing beside it. */
  @container (min-width: 56rem) {
    .columns {
      grid-template-columns: minmax(0, 1.25fr) minmax(0, 1fr);
      align-items: start;
    }
    .side {
      position: sticky;
      top: 0.5rem;
    }
    /* Open, the sharing panel makes the column taller than the view: it scrolls with the page. */
    .side.sharing {
      position: static;
    }
  }
  .editor,
  .side {
    display: grid;
    gap: 1.25rem;
    min-width: 0;
  }
  h3 {
    margin: 0 0 0.5rem;
    font-size: 1.15rem;
  }
  h4 {
    margin: 0;
    font-size: 1rem;
  }
  h3:focus {
    outline: none;
  }
  h3:focus-visible {
    outline: 3px solid var(--_text);
    outline-offset: 2px;
  }
  .settings {
    display: grid;
    grid-template-columns: repeat(auto-fill, minmax(12rem, 1fr));
    gap: 0.75rem 1rem;
  }
  .settings .name {
    grid-column: 1 / -1;
  }
  .field {
    display: grid;
    gap: 0.25rem;
    align-content: start;
  }
  label {
    font-weight: 600;
  }
  input[type='text'],
  select,
  textarea {
    box-sizing: border-box;
    width: 100%;
    min-height: 2.75rem;
    padding: 0.4rem 0.6rem;
    font: inherit;
    color: var(--_text);
    background: var(--_surface);
    border: 1px solid var(--_border);
    border-radius: 0.4rem;
  }
  textarea {
    resize: vertical;
  }
  input:focus-visible,
  select:focus-visible,
  textarea:focus-visible {
    outline: 3px solid var(--_text);
    outline-offset: 1px;
  }
  :is(input, textarea)[aria-invalid='true'] {
    border: 2px solid var(--_danger);
  }
  .problem {
    margin: 0;
    padding-inline-start: 0.5rem;
    border-inline-start: 4px solid var(--_danger);
    color: var(--_error-text);
    background: var(--_error-background);
    font-size: 0.9rem;
    overflow-wrap: anywhere;
  }
  .hint {
    margin: 0;
    color: var(--_muted);
    font-size: 0.9rem;
  }
  /* Brought to the top of the view on Share, with a little room above it. */
  #share-title {
    scroll-margin-top: 1rem;
  }
  /* A dose that plays but is likely a slip: set apart, not red (it is not a problem). */
  .warning {
    margin: 0;
    padding-inline-start: 0.5rem;
    border-inline-start: 4px solid var(--exercise-warning, #b06a00);
    font-size: 0.9rem;
  }
  .field.check {
    display: flex;
    align-items: center;
    gap: 0.5rem;
    min-height: 2.75rem;
  }
  .field.check input {
    width: 1.4rem;
    height: 1.4rem;
    margin: 0;
    accent-color: var(--_accent);
  }
  .picker ul {
    margin: 0;
    padding: 0;
    list-style: none;
    display: grid;
    grid-template-columns: repeat(auto-fill, minmax(15rem, 1fr));
    gap: 0.6rem 1rem;
  }
  .item-list {
    margin: 0;
    padding: 0;
    list-style: none;
    display: grid;
    gap: 0.5rem;
  }
  .picker h4 {
    margin: 0.5rem 0 0.25rem;
    color: var(--_muted);
  }
  .pick {
    display: grid;
    gap: 0.15rem;
  }
  .pick button {
    justify-self: start;
    text-align: start;
  }
  .pick-count {
    font-size: 0.9rem;
    font-weight: 700;
  }
  .pick-about {
    color: var(--_muted);
    font-size: 0.9rem;
  }
  .item {
    display: grid;
    gap: 0.6rem;
    padding: 0.75rem;
    border: 1px solid var(--_border);
    border-radius: 0.6rem;
    background: var(--_tint);
  }
  .item-head {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    justify-content: space-between;
    gap: 0.5rem;
  }
  .position {
    color: var(--_muted);
  }
  .item-actions {
    display: flex;
    gap: 0.4rem;
  }
  .item-actions button {
    min-width: 2.75rem;
    padding-inline: 0.6rem;
  }
  .dose-fields {
    display: grid;
    grid-template-columns: repeat(auto-fill, minmax(7.5rem, 1fr));
    gap: 0.5rem 0.75rem;
    align-items: end;
  }
  .dose-fields .field.number {
    align-self: start;
  }
  .dose-fields label {
    font-weight: 500;
    font-size: 0.9rem;
  }
  /* Some labels wrap to two lines: every label takes two, so the fields of a row line up. */
  .dose-fields .number label {
    display: flex;
    align-items: end;
    min-height: 3em;
    min-height: 2lh;
  }
  .preview {
    display: grid;
    gap: 0.5rem;
  }
  .total {
    margin: 0;
    font-size: 1.1rem;
    font-weight: 700;
  }
  .preview-note {
    margin: 0;
    padding: 0.5rem 0.75rem;
    border-inline-start: 4px solid var(--_accent);
    background: var(--_tint);
  }
  .share {
    display: grid;
    gap: 0.75rem;
  }
  .first-problem,
  .share-toggle {
    justify-self: start;
  }
  .share-panel {
    display: grid;
    gap: 1rem;
    padding: 1rem;
    border: 1px solid var(--_border);
    border-radius: 0.6rem;
  }
  .copy-row {
    display: flex;
    gap: 0.5rem;
  }
  .copy-row input {
    flex: 1;
    min-width: 0;
  }
  .share-panel textarea {
    font-family: ui-monospace, SFMono-Regular, Menlo, Consolas, monospace;
    font-size: 0.85rem;
  }
  .share-panel .field button {
    justify-self: start;
  }
  .hint a {
    color: var(--_accent);
  }
  .qr {
    display: grid;
    gap: 0.4rem;
    justify-items: start;
  }
  .qr-code {
    width: min(12rem, 60vw);
    height: auto;
    border-radius: 0.25rem;
  }
  .status {
    margin: 0;
    font-weight: 600;
  }
  .status:empty {
    display: none;
  }
  .print-share {
    display: none;
  }
  [part='error'] {
    margin-bottom: 1rem;
  }

  /* Printed, the builder is the patient's handout: the player's own (every exercise, a week to tick,
     the note) and the QR code with the link. No field, button or preview chrome. */
  @media print {
    .base {
      padding: 0;
      border: 0;
    }
    .editor,
    .share,
    .preview > h3,
    .total,
    .preview-note,
    .hint,
    [part='error'] {
      display: none;
    }
    .columns,
    .side,
    .preview {
      display: block;
      position: static;
    }
    .print-share {
      display: grid;
      grid-template-columns: 5.5cm 1fr;
      gap: 0.6cm;
      align-items: center;
      margin-top: 0.6cm;
      color: #000;
      break-inside: avoid;
    }
    .print-share .qr-code {
      width: 5.5cm;
    }
    .print-share p {
      margin: 0 0 0.2cm;
    }
  }
  @media (forced-colors: active) {
    :is(input, textarea)[aria-invalid='true'] {
      border-color: Mark;
    }
    .problem {
      border-inline-start-color: CanvasText;
    }
  }
`;
