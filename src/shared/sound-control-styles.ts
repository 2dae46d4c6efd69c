import { css } from 'lit';

/** The styles of the sound check and of "Tap to turn the sound back on" (see `sound-controls.ts`). */
export const soundControlStyles = css`
  .sound-check {
    display: inline-flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 0.5rem 0.75rem;
  }
  .resume-sound {
    display: block;
    margin: 0.75rem auto 0;
    border-width: 3px;
    font-weight: 600;
  }
`;
