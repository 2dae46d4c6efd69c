import { css } from 'lit';

/**
 * The rating after an exercise, while the routine waits (`renderRating`, in the clock's place):
 * the pain scale, the difficulty, and the warning when the pain is too high. Its width in the
 * two-column layout is set with that layout's (playing-view.styles.ts).
 */
export const ratingViewStyles = css`
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
  .pain-warning {
    margin: 0;
    font-weight: 600;
  }
  /* After a pain at or over the threshold, stopping is the one large action; going on is a small one. */
  .stop-now {
    min-height: 3.5rem;
    font-size: 1.15rem;
  }
  .continue-anyway {
    justify-self: start;
    min-height: 2.75rem;
    font-size: 0.95rem;
  }
`;
