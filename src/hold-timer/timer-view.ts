import type { PhaseLook } from '../shared/phase-styles.js';
import type { SessionStatus } from '../timing/session.js';
import type { RingState } from './ring.js';

/**
 * Everything `<hold-timer>` shows at one moment, as its one template renders it. The element
 * works out the idle view itself (its first file); a started timer's view comes from its session
 * part (`timer-run.ts`), which loads after the first render. One template for both keeps the
 * buttons the same elements across Start, so the focus stays where the person pressed.
 */
export interface TimerView {
  status: SessionStatus;
  /** `data-kind`: the segment's kind, or `idle` before start and when done. */
  kind: string;
  look: PhaseLook;
  /** The ring's fill and key. */
  ring: RingState;
  /** What the `time` part holds: the clock digits, or the done mark. */
  time: unknown;
  /** The `time` part's label for screen readers. */
  timeLabel: string;
  /** The phase's icon (none before start). */
  icon: unknown;
  phase: string;
  cue: string | null;
  count: string;
  total: string;
  /** The main button's word: Start, Pause, Resume or Start again. */
  primary: string;
  skip: boolean;
  reset: boolean;
  /** What follows the buttons while running: the screen notice, "Tap to turn the sound back on". */
  after: unknown;
  /** Text of the polite live region. */
  announcement: string;
}
