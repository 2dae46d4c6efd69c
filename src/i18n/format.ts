import { msg, str } from '@lit/localize';
import type { ExerciseKind, LevelDose, Level } from '../model/types.js';

/** A duration in whole seconds as short words: `45 s`, `2 min`, `1 min 30 s`. */
export function formatSeconds(totalSeconds: number): string {
  const seconds = Math.max(0, Math.round(totalSeconds));
  if (seconds < 60) return msg(str`${seconds} s`, { desc: 'A duration in seconds, short form' });
  const minutes = Math.floor(seconds / 60);
  const rest = seconds % 60;
  return rest === 0
    ? msg(str`${minutes} min`, { desc: 'A whole number of minutes, short form' })
    : msg(str`${minutes} min ${rest} s`, { desc: 'Minutes and seconds, short form' });
}

/** The dose in plain words: `Hold 45 s · each side`, `3 sets of 15 · hold 2 s`, `8 times · hold 10 s`. */
export function formatDose(dose: LevelDose): string {
  const hold = formatSeconds(dose.holdSeconds);
  let count: string | undefined;
  if (dose.sets > 1 && dose.reps > 1) count = msg(str`${dose.sets} sets of ${dose.reps}`);
  else if (dose.sets > 1) count = msg(str`${dose.sets} sets`);
  else if (dose.reps > 1) count = msg(str`${dose.reps} times`);
  const parts = count ? [count, msg(str`hold ${hold}`)] : [msg(str`Hold ${hold}`)];
  if (dose.eachSide) parts.push(msg('each side'));
  return parts.join(' · ');
}

/** Name of an exercise kind for display. */
export function kindLabel(kind: ExerciseKind): string {
  return kind === 'stretch' ? msg('Stretch') : msg('Strength');
}

/** Name of a level for display. */
export function levelLabel(level: Level): string {
  switch (level) {
    case 'beginner':
      return msg('Beginner');
    case 'intermediate':
      return msg('Intermediate');
    case 'advanced':
      return msg('Advanced');
  }
}

/** Milliseconds left as a clock face: whole seconds rounded up, `45` or `2:05`. */
export function formatClock(ms: number): string {
  const seconds = Math.max(0, Math.ceil(ms / 1000 - 1e-9));
  if (seconds < 60) return String(seconds);
  const minutes = Math.floor(seconds / 60);
  return `${minutes}:${String(seconds % 60).padStart(2, '0')}`;
}

/**
 * Time left overall, to the second under a minute and to the (rounded-up)
 * minute above, so the line changes once a minute rather than every second.
 */
export function formatRemaining(ms: number): string {
  const seconds = Math.ceil(ms / 1000 - 1e-9);
  return formatSeconds(seconds < 60 ? seconds : Math.ceil(seconds / 60) * 60);
}
