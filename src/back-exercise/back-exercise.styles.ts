import { css } from 'lit';

export const backExerciseStyles = css`
  :host {
    /* A column, so that cards side by side in a grid are equally tall and their timers line up at the bottom. */
    display: flex;
    flex-direction: column;
    --_text: var(--back-exercise-color, var(--exercise-text, var(--_t-text)));
    --_surface: var(--back-exercise-background, var(--exercise-surface, var(--_t-surface)));
    --_accent: var(--back-exercise-accent, var(--exercise-accent, var(--_t-accent)));
    --_danger: var(--back-exercise-caution-accent, var(--exercise-danger, var(--_t-danger)));
    --_caution-bg: var(--back-exercise-caution-background, var(--_t-caution-bg));
    --_caution-text: var(--back-exercise-caution-color, var(--_t-caution-text));
    --_error-color: var(--back-exercise-error-color, var(--_danger));
    --_error-background: var(--back-exercise-error-background, var(--_caution-bg));
    --_error-text: var(--back-exercise-error-text, var(--_caution-text));
    color: var(--_text);
    font: var(--back-exercise-font, var(--exercise-font, inherit));
  }
  :host([hidden]) {
    display: none;
  }
  [part='base'] {
    flex: 1;
    display: flex;
    flex-direction: column;
    box-sizing: border-box;
    padding: var(--back-exercise-padding, 1rem 1.25rem);
    background: var(--_surface);
    border: var(--back-exercise-border, 1px solid var(--_border));
    border-radius: var(--back-exercise-radius, var(--_radius));
    /* At 200 % text on a phone a long word ("Rumpfdehnung", "Hüftbeuger") is wider than the card's
       column: it breaks, hyphenated where the language allows, rather than pushing the page sideways. */
    overflow-wrap: anywhere;
    hyphens: auto;
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
    color: var(--_accent);
  }
  [part='dose'] {
    font-size: 1.1rem;
    font-weight: 600;
  }
  p {
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
    border-inline-start: 0.3rem solid var(--_danger);
    background: var(--_caution-bg);
    color: var(--_caution-text);
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
    margin-top: auto;
    padding-top: 1rem;
  }
  :host(:is([compact], :state(compact))) [part='base'] {
    padding: var(--back-exercise-padding, 0.75rem 0.9rem);
  }
  :host(:is([compact], :state(compact))) [part='name'] {
    font-size: var(--back-exercise-name-size, 1.15rem);
  }
  :host(:is([compact], :state(compact))) [part='dose'] {
    font-size: 1rem;
  }
  :host(:is([compact], :state(compact))) .media svg {
    max-height: 8rem;
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
    /* The drawing cuts small gaps where limbs cross, in the colour behind it. */
    --back-exercise-drawing-background: var(--_surface);
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
  /* Printed, a card is a handout: no timer, a still picture, never split across pages. */
  @media print {
    :host {
      break-inside: avoid;
    }
    [part='timer'] {
      display: none;
    }
    [part='base'] {
      border-color: #888;
    }
    .media .pose {
      animation: none !important;
    }
    .media svg {
      max-height: 9rem;
    }
  }
`;
