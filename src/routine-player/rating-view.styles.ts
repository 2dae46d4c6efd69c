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
    font-size: min(1.25rem, max(20px, 7cqi, 1em));
  }
  /*
   * Rows of even length, never "10 Worst" alone: all 11 in a row where they fit, else 6 and 5,
   * else 4, 4 and 3, else 3 to a row. Each step is where that many 44 px buttons (at the text
   * size chosen) and their gaps fit the fieldset.
   */
  .pain-scale {
    display: grid;
    grid-template-columns: repeat(3, minmax(0, 1fr));
    gap: 0.4rem;
    width: 100%;
  }
  @container pain-scale (min-width: 12.2rem) {
    .pain-scale {
      grid-template-columns: repeat(4, minmax(0, 1fr));
    }
  }
  @container pain-scale (min-width: 18.5rem) {
    .pain-scale {
      grid-template-columns: repeat(6, minmax(0, 1fr));
    }
  }
  @container pain-scale (min-width: 34.25rem) {
    .pain-scale {
      grid-template-columns: repeat(11, minmax(0, 1fr));
    }
  }
  fieldset.pain {
    display: block;
    container: pain-scale / inline-size;
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
    font-size: min(1.15rem, max(18px, 6cqi));
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
