import { css } from 'lit';

/** "How often" (days, times a day, time of day) and the clinic's fields (e-mail, no suggestions). */
export const builderFrequencyStyles = css`
  fieldset.frequency {
    display: grid;
    gap: 0.6rem;
    margin: 1.25rem 0;
    padding: 0.75rem 1rem 1rem;
    border: 1px solid var(--_border);
    border-radius: 0.5rem;
    min-width: 0;
  }
  fieldset.frequency > legend {
    font-weight: 700;
    padding: 0 0.3rem;
  }
  .days-choice,
  .day-list {
    display: flex;
    flex-wrap: wrap;
    gap: 0.4rem 0.5rem;
  }
  .choice,
  .day {
    display: inline-flex;
    align-items: center;
    gap: 0.4rem;
    min-height: 2.75rem;
    box-sizing: border-box;
    padding: 0.25rem 0.75rem 0.25rem 0.5rem;
    border: 1px solid var(--_border);
    border-radius: 0.4rem;
    font-weight: 400;
    cursor: pointer;
  }
  .choice:has(input:checked),
  .day:has(input:checked) {
    border: 2px solid var(--_accent);
    font-weight: 600;
  }
  .choice input,
  .day input {
    width: 1.25rem;
    height: 1.25rem;
    margin: 0;
    accent-color: var(--_accent);
  }
  .choice:has(:focus-visible),
  .day:has(:focus-visible) {
    outline: 3px solid var(--_text);
    outline-offset: 1px;
  }
  .choice input:focus-visible,
  .day input:focus-visible {
    outline: none;
  }
  fieldset.weekdays {
    display: grid;
    gap: 0.4rem;
    margin: 0;
    padding: 0;
    border: 0;
    min-width: 0;
  }
  fieldset.weekdays > legend {
    font-weight: 600;
    padding: 0 0 0.3rem;
  }
  .frequency-fields {
    display: grid;
    grid-template-columns: repeat(auto-fill, minmax(11rem, 1fr));
    gap: 0.75rem 1rem;
  }
  .clinic {
    display: grid;
    gap: 0.4rem;
    margin-top: 1rem;
  }
  input[type='email'] {
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
  input[type='email'][aria-invalid='true'] {
    border: 2px solid var(--_danger);
  }
  /* Print handout and Add to calendar side by side, apart when they wrap. */
  .share-actions {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 0.5rem;
  }
  .share-actions .hint {
    flex: 1 1 100%;
  }
  /* The preview's player hides its own Add to calendar: the share panel's gives the patient's link. */
  routine-player::part(calendar) {
    display: none;
  }
`;
