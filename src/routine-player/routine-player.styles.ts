import { css } from 'lit';
import { historyButtonStyles } from './history-button.js';
import { printViewStyles } from './print-view.styles.js';
import { startViewStyles } from './start-view.styles.js';

/**
 * The player's tokens (its public custom properties over the shared theme, see
 * ../shared/theme.ts) and what more than one view uses: the box, headings, focus rings,
 * fieldsets, the Stop button, pressed toggles, the caution box, compact, forced colours.
 */
export const playerBaseStyles = css`
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
  .base {
    box-sizing: border-box;
    padding: 1rem;
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_surface);
  }
  section {
    display: grid;
    /* Never wider than the player, whatever the text size: long words wrap, nothing scrolls sideways. */
    grid-template-columns: minmax(0, 1fr);
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
  /* The drawings, in the list and while playing, cut small gaps where limbs cross, in the colour behind them. */
  .thumbnail,
  .media {
    --back-exercise-drawing-background: var(--_tint);
  }
  /* The choices before start and the rating's scales. */
  fieldset {
    /* A fieldset is as wide as its widest choice by default: on a phone at large text, too wide. */
    min-inline-size: 0;
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
  /* Stop — this hurts, in the Stop bar and under a pain that is too high. */
  button.stop {
    border-color: var(--_danger);
    background: var(--_danger);
    color: var(--_t-danger-contrast);
    font-weight: 700;
  }
  /* A pressed toggle: the full-screen button, the rating's pain and difficulty. */
  button[aria-pressed='true'] {
    background: var(--_accent);
    color: var(--_accent-contrast);
  }
  /* Set apart in the danger colour: an exercise's cautions while playing, the safety advice after a stop. */
  [part='cautions'],
  [part='advice'] {
    padding: 0.5rem 0.9rem;
    border-inline-start: 0.3rem solid var(--_danger);
    background: var(--_caution-bg);
    color: var(--_caution-text);
    border-radius: 0.25rem;
  }
  :host(:is([compact], :state(compact))) .base {
    padding: 0.75rem;
  }
  :host(:is([compact], :state(compact))) h2 {
    font-size: 1.2rem;
  }
  /*
   * Forced colours (Windows High Contrast) would draw Stop like every other button and a chosen
   * toggle like the rest: Stop takes the system's mark colours, a thick border and a stop square;
   * a pressed toggle (the chosen pain number, difficulty, Full screen) the selection's colours.
   */
  @media (forced-colors: active) {
    button.stop {
      forced-color-adjust: none;
      border: 0.25rem solid ButtonText;
      background: Mark;
      color: MarkText;
      outline-color: ButtonText;
    }
    button.stop::before {
      content: '';
      display: inline-block;
      width: 0.75em;
      height: 0.75em;
      margin-inline-end: 0.5em;
      vertical-align: -0.05em;
      background: MarkText;
    }
    button[aria-pressed='true'] {
      forced-color-adjust: none;
      border-color: ButtonText;
      background: Highlight;
      color: HighlightText;
    }
  }
`;

/**
 * The player's own styles in its first render, after the shared ones: the base, the start view,
 * the "Your history" button (on the start view and the summary) and print (which hides the player and shows the handout). The views after Start bring their
 * own styles with the session's code (`sessionViewStyles` in session-features.ts), added after
 * these; none of them styles the start view or the handout, so nothing there moves when they arrive.
 */
export const routinePlayerStyles = [playerBaseStyles, startViewStyles, historyButtonStyles, printViewStyles];
