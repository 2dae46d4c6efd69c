import { css } from 'lit';

/**
 * Styles every element shares. Each host sets `--_accent` (and `--_accent-contrast`)
 * from its own public custom property, so a site themes each element by its own name.
 */
export const buttonStyles = css`
  button {
    font: inherit;
    min-height: 2.75rem;
    min-width: 5.5rem;
    padding: 0.4rem 1rem;
    border-radius: 0.5rem;
    border: 2px solid var(--_accent);
    background: var(--_surface);
    color: var(--_accent);
    cursor: pointer;
  }
  button.primary {
    background: var(--_accent);
    color: var(--_accent-contrast);
  }
  button:disabled {
    opacity: 0.55;
    cursor: default;
  }
  /* The focus ring is in the text colour, so it shows on every button colour (3:1 or more against the surface). */
  button:focus-visible {
    outline: 3px solid var(--_focus, var(--_text));
    outline-offset: 2px;
  }
  @media (forced-colors: active) {
    button.primary {
      border-color: ButtonText;
    }
  }
`;

/** The box that replaces an element whose data or attributes are invalid. */
export const errorStyles = css`
  [part='error'] {
    box-sizing: border-box;
    padding: 0.75rem 1rem;
    border: 2px solid var(--_error-color);
    border-radius: 0.5rem;
    background: var(--_error-background);
    color: var(--_error-text);
  }
  [part='error'] p {
    margin: 0 0 0.25rem;
    font-weight: 600;
  }
  [part='error'] ul {
    margin: 0;
    padding-inline-start: 1.2rem;
    overflow-wrap: anywhere;
  }
  @media (forced-colors: active) {
    [part='error'] {
      border: 1px solid CanvasText;
    }
  }
`;

/** Text for screen readers only (live regions, units). */
export const visuallyHiddenStyles = css`
  .visually-hidden {
    position: absolute;
    width: 1px;
    height: 1px;
    overflow: hidden;
    clip-path: inset(50%);
    white-space: nowrap;
  }
`;
