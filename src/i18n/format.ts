import { currentLocale, msg, str } from './localize.js';
import type { ExerciseKind, LevelDose, Level } from '../model/types.js';

const HOUR = 3600;

/**
 * Whole seconds of an hour or more as whole hours and whole minutes: seconds are noise there.
 * Cut, not rounded, so that `1 h 10 min` agrees with a clock showing `1:10:41`.
 */
function hoursAndMinutes(seconds: number): [hours: number, minutes: number] {
  const minutes = Math.floor(seconds / 60);
  return [Math.floor(minutes / 60), minutes % 60];
}

/**
 * A duration in whole seconds as short words: `45 s`, `2 min`, `1 min 30 s`, and from an hour
 * in hours and whole minutes: `1 h`, `1 h 30 min`.
 */
export function formatSeconds(totalSeconds: number): string {
  const seconds = Math.max(0, Math.round(totalSeconds));
  if (seconds < 60) return msg(str`${seconds} s`, { desc: 'A duration in seconds, short form' });
  if (seconds >= HOUR) {
    const [hours, minutes] = hoursAndMinutes(seconds);
    return minutes === 0
      ? msg(str`${hours} h`, { desc: 'A whole number of hours, short form' })
      : msg(str`${hours} h ${minutes} min`, { desc: 'Hours and minutes, short form' });
  }
  const minutes = Math.floor(seconds / 60);
  const rest = seconds % 60;
  return rest === 0
    ? msg(str`${minutes} min`, { desc: 'A whole number of minutes, short form' })
    : msg(str`${minutes} min ${rest} s`, { desc: 'Minutes and seconds, short form' });
}

const unitFormats = new Map<string, Intl.NumberFormat>();

/** A count of one unit in long words with the language's plural: `1 second`, `30 seconds`, `2 hours`. */
function unitInWords(value: number, unit: 'second' | 'minute' | 'hour'): string {
  // The language of the words around it, so that "seconds" never comes out in another language.
  const language = currentLocale();
  const key = `${language} ${unit}`;
  let format = unitFormats.get(key);
  if (!format) {
    format = new Intl.NumberFormat(language, { style: 'unit', unit, unitDisplay: 'long' });
    unitFormats.set(key, format);
  }
  return format.format(value);
}

/**
 * A duration in whole seconds as full words: `1 second`, `45 seconds`, `2 minutes`,
 * `1 minute 30 seconds`, and from an hour `1 hour`, `1 hour 30 minutes` (whole minutes).
 */
export function secondsInWords(totalSeconds: number): string {
  const seconds = Math.max(0, Math.round(totalSeconds));
  if (seconds < 60) return unitInWords(seconds, 'second');
  const inHours = seconds >= HOUR;
  const [large, small] = inHours ? hoursAndMinutes(seconds) : [Math.floor(seconds / 60), seconds % 60];
  const first = unitInWords(large, inHours ? 'hour' : 'minute');
  if (small === 0) return first;
  const second = unitInWords(small, inHours ? 'minute' : 'second');
  return msg(str`${first} ${second}`, { desc: 'Two units of a duration in words: "1 minute 30 seconds", "1 hour 30 minutes"' });
}

/**
 * The dose for one level as one sentence, each number said once:
 * `Hold 45 seconds on each side`, `8 times, hold each for 10 seconds`,
 * `3 sets of 10, hold each for 2 seconds`. Counts are only named when above
 * one, so they always take the plural.
 */
export function formatDose(dose: LevelDose): string {
  const hold = secondsInWords(dose.holdSeconds);
  const { reps, sets, eachSide } = dose;
  if (sets > 1 && reps > 1) {
    return eachSide
      ? msg(str`${sets} sets of ${reps} on each side, hold each for ${hold}`, { desc: 'Dose: sets of repetitions on each side' })
      : msg(str`${sets} sets of ${reps}, hold each for ${hold}`, { desc: 'Dose: sets of repetitions' });
  }
  if (sets > 1) {
    return eachSide
      ? msg(str`${sets} sets on each side, hold each for ${hold}`, { desc: 'Dose: sets of one hold on each side' })
      : msg(str`${sets} sets, hold each for ${hold}`, { desc: 'Dose: sets of one hold' });
  }
  if (reps > 1) {
    return eachSide
      ? msg(str`${reps} times on each side, hold each for ${hold}`, { desc: 'Dose: repetitions on each side' })
      : msg(str`${reps} times, hold each for ${hold}`, { desc: 'Dose: repetitions' });
  }
  return eachSide
    ? msg(str`Hold ${hold} on each side`, { desc: 'Dose: one hold on each side' })
    : msg(str`Hold ${hold}`, { desc: 'Dose: one hold' });
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

/** Milliseconds left as a clock face: whole seconds rounded up, `45`, `2:05`, or from an hour `1:02:05`. */
export function formatClock(ms: number): string {
  const seconds = Math.max(0, Math.ceil(ms / 1000 - 1e-9));
  if (seconds < 60) return String(seconds);
  const two = (value: number) => String(value).padStart(2, '0');
  const minutes = Math.floor(seconds / 60);
  if (seconds < HOUR) return `${minutes}:${two(seconds % 60)}`;
  return `${Math.floor(seconds / HOUR)}:${two(minutes % 60)}:${two(seconds % 60)}`;
}

/**
 * Time left overall, to the second under a minute and to the (rounded-up)
 * minute above, so the line changes once a minute rather than every second.
 */
export function formatRemaining(ms: number): string {
  const seconds = Math.ceil(ms / 1000 - 1e-9);
  return formatSeconds(seconds < 60 ? seconds : Math.ceil(seconds / 60) * 60);
}
