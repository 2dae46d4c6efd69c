import { forwardKey } from '../i18n/localize.js';
import type { FocusModeController } from './focus-mode.js';
import type { RoutineSession } from './session/routine-session.js';

/**
 * The player's keys while a session plays: Escape leaves focus mode, else it is Stop — this hurts;
 * Space is the primary button (Pause, Resume or Done) and the arrows move between exercises,
 * forward the way the language reads (`dir`), except while rating or typing.
 */
export function onPlayingKey(event: KeyboardEvent, session: RoutineSession, focusMode: FocusModeController, dir: 'ltr' | 'rtl'): void {
  if (session.state !== 'playing' || event.repeat) return;
  if (event.key === 'Escape') {
    event.preventDefault();
    // In focus mode Escape returns to the page; elsewhere it is the key for Stop — this hurts.
    if (focusMode.active) focusMode.exit();
    else session.stopForPain();
    return;
  }
  const target = event.composedPath()[0] as Element;
  if (session.rating || target.closest?.('input, select, textarea, summary')) return;
  if (event.key === ' ' && !target.closest?.('button')) {
    event.preventDefault();
    session.toggle();
  } else if (event.key === 'ArrowRight' || event.key === 'ArrowLeft') {
    // Forward is the way the language reads: → in English, ← in Arabic.
    event.preventDefault();
    if (event.key === forwardKey(dir)) session.next();
    else session.previous();
  }
}
