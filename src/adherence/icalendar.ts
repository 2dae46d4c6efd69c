/**
 * A routine's reminders as an iCalendar file (RFC 5545), which every calendar app imports (Google,
 * Apple, Outlook): one recurring event per session of the day, on the prescribed days (`RRULE`), at
 * the chosen time in the patient's own local time wherever they are (a floating `DTSTART`), as long
 * as the routine takes (`DURATION`), with an alarm (`VALARM`) and the routine's link (`URL`, and in
 * the `DESCRIPTION`). No server and no push: the patient's own calendar reminds them. Plain text
 * out, no DOM; lines end in CRLF and are folded at 75 octets without splitting a character.
 */
import { fnv1a } from '../routine-player/routine-source.js';
import { reminderDays, sessionMinutes } from './frequency.js';
import { WEEKDAYS, type Frequency } from './types.js';

/** What goes into the calendar file; the texts are already in the patient's language. */
export interface CalendarInput {
  /** Stable for the prescription (the routine's name and exercises): the same routine and frequency give the same event ids, so importing again updates rather than duplicates. */
  routineId: string;
  /** The event's title (the routine's name). */
  summary: string;
  /** The event's text; the link is added after it. */
  description: string;
  /** What the alarm says. */
  alarm: string;
  frequency: Frequency;
  /** The routine's link (the patient's page with the routine in its fragment). */
  link: string;
  /** How long a session takes, in seconds (the routine's planned total). */
  durationSeconds: number;
  /** When the file is made: its stamp, and the first day the reminders can fall on (local date). */
  now: Date;
}

/** Longest line, in octets, before it is folded (CRLF not counted). */
const FOLD_OCTETS = 75;

/** Escapes a TEXT value: backslash, semicolon, comma and line breaks (RFC 5545, 3.3.11). */
export function escapeText(text: string): string {
  return text.replace(/\r\n?/g, '\n').replace(/[\\;,\n]/g, (character) => (character === '\n' ? '\\n' : `\\${character}`));
}

/**
 * Folds a content line into lines of at most 75 octets of UTF-8, each continuation starting with a
 * space (RFC 5545, 3.1), breaking only between characters, never inside one's UTF-8 bytes.
 */
export function foldLine(line: string): string {
  const encoder = new TextEncoder();
  const lines: string[] = [];
  let current = '';
  let octets = 0;
  for (const character of line) {
    const size = encoder.encode(character).length;
    if (octets + size > FOLD_OCTETS) {
      lines.push(current);
      // The continuation's leading space is one of its 75 octets.
      current = ' ';
      octets = 1;
    }
    current += character;
    octets += size;
  }
  lines.push(current);
  return lines.join('\r\n');
}

const pad = (value: number, length = 2) => String(value).padStart(length, '0');

/** A local date and time without a zone (floating): `20261208T080000`. */
function floating(date: Date, minutes: number): string {
  return `${date.getFullYear()}${pad(date.getMonth() + 1)}${pad(date.getDate())}T${pad(Math.floor(minutes / 60))}${pad(minutes % 60)}00`;
}

/** A moment in UTC: `20261207T235900Z`. */
function utc(date: Date): string {
  return `${date.getUTCFullYear()}${pad(date.getUTCMonth() + 1)}${pad(date.getUTCDate())}T${pad(date.getUTCHours())}${pad(date.getUTCMinutes())}${pad(date.getUTCSeconds())}Z`;
}

/** The first day from `now` (its local date) that falls on one of the days: the first occurrence, as RFC 5545 wants `DTSTART` to be. */
function firstDay(now: Date, days: readonly string[]): Date {
  const day = new Date(now.getFullYear(), now.getMonth(), now.getDate());
  // getDay() counts from Sunday; WEEKDAYS from Monday.
  while (!days.includes(WEEKDAYS[(day.getDay() + 6) % 7])) day.setDate(day.getDate() + 1);
  return day;
}

/** The iCalendar file, as text with CRLF line ends. */
export function routineCalendar(input: CalendarInput): string {
  const days = reminderDays(input.frequency);
  const rule = days.length === 7 ? 'FREQ=DAILY' : `FREQ=WEEKLY;WKST=MO;BYDAY=${days.join(',')}`;
  const start = firstDay(input.now, days);
  const minutes = Math.max(1, Math.ceil(input.durationSeconds / 60));
  const id = fnv1a(`${input.routineId} ${JSON.stringify(input.frequency)}`);
  const description = `${input.description}\n\n${input.link}`;
  const lines = ['BEGIN:VCALENDAR', 'VERSION:2.0', 'PRODID:-//back-exercise-elements//Routine reminders 1.0//EN', 'CALSCALE:GREGORIAN', 'METHOD:PUBLISH'];
  sessionMinutes(input.frequency).forEach((at, index) => {
    lines.push(
      'BEGIN:VEVENT',
      `UID:routine-${id}-${index + 1}@back-exercise-elements`,
      `DTSTAMP:${utc(input.now)}`,
      `DTSTART:${floating(start, at)}`,
      `DURATION:PT${minutes}M`,
      `RRULE:${rule}`,
      `SUMMARY:${escapeText(input.summary)}`,
      `DESCRIPTION:${escapeText(description)}`,
      `URL:${input.link}`,
      'BEGIN:VALARM',
      'ACTION:DISPLAY',
      `DESCRIPTION:${escapeText(input.alarm)}`,
      'TRIGGER:PT0S',
      'END:VALARM',
      'END:VEVENT',
    );
  });
  lines.push('END:VCALENDAR');
  return lines.map(foldLine).join('\r\n') + '\r\n';
}
