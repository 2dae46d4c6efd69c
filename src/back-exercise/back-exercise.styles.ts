import { css } from 'lit';

export const backExerciseStyles = css`
  :host {
    display: block;
    --_error-color: var(--back-exercise-error-color, #b3261e);
    --_error-background: var(--back-exercise-error-background, #fdf1f0);
    --_error-text: var(--back-exercise-error-text, #4a0f0b);
    color: var(--back-exercise-color, CanvasText);
    font: var(--back-exercise-font, inherit);
  }
  :host([hidden]) {
    display: none;
  }
  [part='base'] {
    box-sizing: border-box;
    padding: var(--back-exercise-padding, 1rem 1.25rem);
    background: var(--back-exercise-background, Canvas);
    border: var(--back-exercise-border, 1px solid #c7ccd1);
    border-radius: var(--back-exercise-radius, 0.75rem);
  }
  header {
    display: flex;
    flex-wrap: wrap;
    align-items: baseline;
    gap: 0.25rem 0.75rem;
  }
  [part='name'] {
    margin: 0;
    font-weight: 700;
    font-size: var(--back-exercise-name-size, 1.35rem);
    line-height: 1.2;
  }
  [part='kind'] {
    font-size: 0.8rem;
    font-weight: 600;
    text-transform: uppercase;
    letter-spacing: 0.05em;
    padding: 0.1rem 0.5rem;
    border-radius: 999px;
    border: 1px solid currentColor;
    color: var(--back-exercise-accent, #1f5f8b);
  }
  [part='dose'] {
    font-size: 1.1rem;
    font-weight: 600;
    margin: 0.5rem 0;
  }
  [part='targets'],
  [part='progression'] {
    margin: 0.5rem 0;
  }
  [part='steps'] {
    margin: 0.75rem 0;
    padding-inline-start: 1.5rem;
    line-height: 1.45;
  }
  [part='steps'] li + li {
    margin-top: 0.25rem;
  }
  [part='cautions'] {
    margin: 0.75rem 0 0;
    padding: 0.6rem 0.9rem;
    border-inline-start: 0.3rem solid var(--back-exercise-caution-accent, #b3261e);
    background: var(--back-exercise-caution-background, #fdf1f0);
    color: var(--back-exercise-caution-color, #4a0f0b);
    border-radius: 0.25rem;
  }
  .cautions-title {
    margin: 0 0 0.25rem;
    font-weight: 700;
  }
  [part='cautions'] ul {
    margin: 0;
    padding-inline-start: 1.2rem;
  }
  ::slotted([slot='media']) {
    display: block;
    max-width: 100%;
    margin: 0.5rem 0;
  }
  [part='timer'] {
    margin-top: 1rem;
  }
  @media (forced-colors: active) {
    [part='base'],
    [part='cautions'] {
      border: 1px solid CanvasText;
    }
  }
  .media {
    display: grid;
    place-items: center;
    margin-block: 0.5rem;
  }
  .media:not(:has(*)) {
    display: none;
  }
  .media ::slotted(img),
  .media ::slotted(video),
  .media img,
  .media video,
  .media svg {
    display: block;
    width: 100%;
    max-height: 16rem;
    height: auto;
    object-fit: contain;
    border-radius: 0.5rem;
  }
  .media figure {
    margin: 0;
  }
`;
