/**
 * "Add to calendar": the routine's reminders (icalendar.ts) in the patient's language, handed to
 * the browser as a file download through a Blob URL and an `<a download>`. Nothing is sent anywhere.
 */
import { msg, str } from '../i18n/localize.js';
import { frequencyText } from './frequency-text.js';
import { routineCalendar } from './icalendar.js';
import type { Frequency } from './types.js';

/** What a calendar file is made of. */
export interface CalendarRoutine {
  /** The routine's name, as shown. */
  name: string;
  /** What names its events: the same for the same prescription, in the builder and the patient's player ({@link calendarKey}). */
  key: string;
  frequency: Frequency;
  /** The routine's link. */
  link: string;
  /** How long a session takes, in seconds. */
  durationSeconds: number;
  /** When the file is made. */
  now: Date;
}

/** The calendar file's text, in the language in force (call it inside the element's language). */
export function calendarText(routine: CalendarRoutine): string {
  const lines = [msg(str`How often: ${frequencyText(routine.frequency)}`)];
  if ('perWeek' in routine.frequency.days && routine.frequency.days.perWeek < 7) {
    lines.push(msg('Any days of the week will do: the days in your calendar are a suggestion; move them as suits you.'));
  }
  lines.push(msg('Open your exercises with this link:'));
  return routineCalendar({
    routineId: routine.key,
    summary: routine.name,
    description: lines.join('\n'),
    alarm: msg(str`Time for your exercises: ${routine.name}`),
    frequency: routine.frequency,
    link: routine.link,
    durationSeconds: routine.durationSeconds,
    now: routine.now,
  });
}

/** What names a routine's events: its name as given (untranslated) and its exercises' ids. */
export function calendarKey(name: string, exerciseIds: readonly string[]): string {
  return `${name} ${exerciseIds.join(',')}`;
}

/** A file name from the routine's name: its letters and digits joined by hyphens, `.ics` (`exercises.ics` when none are left). */
export function calendarFileName(name: string): string {
  const words = name.normalize('NFKC').toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [];
  const stem = words.join('-').slice(0, 60).replace(/-$/, '');
  return `${stem || 'exercises'}.ics`;
}

/**
 * Downloads `text` as a file: a Blob URL on an `<a download>` that is clicked inside `root` (the
 * element's own shadow root, so the page's markup is never touched) and then removed; the URL is
 * revoked once the browser has taken it.
 */
export function downloadFile(root: Node, text: string, fileName: string, type = 'text/calendar;charset=utf-8'): void {
  const url = URL.createObjectURL(new Blob([text], { type }));
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.hidden = true;
  root.appendChild(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}

/** Makes the routine's calendar file and downloads it (call it inside the element's language). */
export function saveCalendar(root: Node, routine: CalendarRoutine): void {
  downloadFile(root, calendarText(routine), calendarFileName(routine.name));
}
