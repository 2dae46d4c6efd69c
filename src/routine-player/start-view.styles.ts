import { css } from 'lit';

/**
 * Before start (`renderBefore`): the list of exercises with their thumbnails and doses, the
 * clinic's note from a link, and the level and cue choices (radios and checkboxes drawn like
 * the buttons).
 */
export const startViewStyles = css`
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
  /* With large text on a phone, the name and dose go under the drawing rather than past the edge. */
  [part='list'] li {
    flex-wrap: wrap;
  }
  .item-text {
    flex: 1 1 9em;
    min-width: 0;
    overflow-wrap: break-word;
  }
  .thumbnail {
    flex: none;
    display: grid;
    place-items: center;
    width: min(6rem, 30cqi);
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
  /* How often, and Add to calendar (from a routine that says how often). */
  .reminder {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 0.5rem 0.75rem;
    margin: 0.75rem 0;
  }
  .reminder .frequency {
    flex: 1 1 100%;
    margin: 0;
    overflow-wrap: break-word;
  }
  .calendar-row {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 0.5rem 0.75rem;
    flex: 1 1 100%;
  }
  .reminder .hint {
    flex: 1 1 14em;
    margin: 0;
    font-size: 0.9rem;
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
    max-inline-size: 100%;
    overflow-wrap: break-word;
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
  :host(:is([compact], :state(compact))) .thumbnail {
    width: 4.5rem;
  }
  .move-up {
    margin: 0;
    font-size: 0.95rem;
  }
`;
