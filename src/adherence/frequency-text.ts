/**
 * A frequency in the reader's words, in the language in force: "Every day · mornings, 08:00",
 * "3 days a week", "Mon, Wed and Fri · twice a day · 08:00 and 18:00". Call it inside the element's
 * language (an update, or `i18n.run`).
 */
import { currentLocale, formatList, msg, str } from '../i18n/localize.js';
import { fixedWeekdays, minutesOf, sessionMinutes } from './frequency.js';
import { WEEKDAYS, type Frequency, type Weekday } from './types.js';

/** A weekday's short name in the language in force (2024-01-01 was a Monday). */
export function weekdayName(day: Weekday, width: 'short' | 'long' = 'short'): string {
  return new Intl.DateTimeFormat(currentLocale(), { weekday: width }).format(new Date(2024, 0, 1 + WEEKDAYS.indexOf(day)));
}

/** Minutes after midnight as the language writes a time of day, on the 24-hour clock the clinic typed it on: `08:00`, `18:30`. */
export function timeOfDay(minutes: number): string {
  return new Intl.DateTimeFormat(currentLocale(), { hour: '2-digit', minute: '2-digit', hourCycle: 'h23' }).format(new Date(2024, 0, 1, Math.floor(minutes / 60), minutes % 60));
}

/** Which days, in words. */
export function daysText(frequency: Frequency): string {
  const weekdays = fixedWeekdays(frequency);
  if (weekdays) return weekdays.length === 7 ? msg('Every day') : formatList(weekdays.map((day) => weekdayName(day)));
  const perWeek = (frequency.days as { perWeek: number }).perWeek;
  if (perWeek === 7) return msg('Every day');
  return perWeek === 1 ? msg('Once a week') : msg(str`${perWeek} days a week`);
}

/** The time of a single daily session with the part of the day it falls in: "mornings, 08:00". */
function partOfDay(time: string): string {
  const minutes = minutesOf(time);
  const shown = timeOfDay(minutes);
  if (minutes >= 5 * 60 && minutes < 12 * 60) return msg(str`mornings, ${shown}`);
  if (minutes >= 12 * 60 && minutes < 17 * 60) return msg(str`afternoons, ${shown}`);
  if (minutes >= 17 * 60 && minutes < 22 * 60) return msg(str`evenings, ${shown}`);
  return msg(str`at ${shown}`);
}

/** The whole frequency in words, its parts joined by " · ". */
export function frequencyText(frequency: Frequency): string {
  const parts = [daysText(frequency)];
  if (frequency.timesPerDay === 2) parts.push(msg('twice a day'));
  if (frequency.timesPerDay === 3) parts.push(msg('three times a day'));
  if (frequency.time !== undefined) {
    parts.push(frequency.timesPerDay === 1 ? partOfDay(frequency.time) : formatList(sessionMinutes(frequency).map(timeOfDay)));
  }
  return parts.join(' · ');
}
