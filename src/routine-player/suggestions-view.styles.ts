import { css } from 'lit';

/** The level suggestions on the start view and the summary (`renderSuggestions`). */
export const suggestionsViewStyles = css`
  .suggestions {
    display: grid;
    gap: 0.6rem;
  }
  .suggestion,
  .level-changed {
    display: grid;
    gap: 0.5rem;
    padding: 0.75rem;
    border: 1px solid var(--_border);
    border-inline-start: 0.3rem solid var(--_accent);
    border-radius: var(--_radius);
    background: var(--_tint);
  }
  /* A narrow player (a phone at large text): the words get the room. */
  @container (max-width: 24rem) {
    .suggestion,
    .level-changed {
      padding: 0.5rem;
      border-inline-start-width: 0.25rem;
    }
  }
  /* After a pain: the colour of Stop, so it is not read as good news. */
  .suggestion.down,
  .suggestion.clinic {
    border-inline-start-color: var(--_danger);
  }
  .suggestion p,
  .level-changed {
    margin: 0;
    overflow-wrap: break-word;
  }
  .suggestion-actions {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5rem;
  }
  .level-changed {
    font-weight: 600;
  }
  .level-changed:focus {
    outline: none;
  }
  .level-changed:focus-visible {
    outline: 2px solid currentColor;
    outline-offset: 2px;
  }
  @media (forced-colors: active) {
    .suggestion,
    .level-changed {
      border-inline-start-color: CanvasText;
    }
  }
`;
