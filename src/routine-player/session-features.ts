/**
 * What `<routine-player>` needs only after Start, in one module the player imports after its first
 * render (in idle time, or at once when Start is pressed sooner): the session and its cues
 * (sounds, speech, vibration, the wake lock), the playing and rating views, focus mode, the advice
 * after a stop and the summary, and those views' styles, which the player adds to its shadow root
 * when this arrives. The start view and the printed handout are in the player's first chunk.
 */
import { ringStyles } from '../hold-timer/ring.js';
import { phaseStyles } from '../shared/phase-styles.js';
import { focusModeStyles } from './focus-mode.styles.js';
import { playingViewStyles } from './playing-view.styles.js';
import { ratingViewStyles } from './rating-view.styles.js';
import { summaryViewStyles } from './summary-view.styles.js';

export { PlaybackController } from './playback.js';

/** The styles of the views after Start, in the order they cascade (after the player's own: focus mode last). */
export const sessionViewStyles = [ringStyles, phaseStyles, playingViewStyles, ratingViewStyles, summaryViewStyles, focusModeStyles];
