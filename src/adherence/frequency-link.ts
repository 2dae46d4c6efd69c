/**
 * How often, in a routine link (version 2): its short form and back. Apart from frequency.ts, which
 * every page that reads a routine carries, because only the link's code (a chunk) needs it.
 */
import { describeValue, isRecord } from '../model/checker.js';
import { fixedWeekdays } from './frequency.js';
import type { Frequency } from './types.js';

/** The short form of a frequency in a routine link: `{ d: timesPerDay, w: "MO,WE,FR" }` or `{ d, n: perWeek }`, and `t: "HH:MM"`. */
export function compactFrequency(frequency: Frequency): Record<string, unknown> {
  const compact: Record<string, unknown> = { d: frequency.timesPerDay };
  const weekdays = fixedWeekdays(frequency);
  if (weekdays) compact.w = weekdays.join(',');
  else compact.n = (frequency.days as { perWeek: number }).perWeek;
  if (frequency.time !== undefined) compact.t = frequency.time;
  return compact;
}

/**
 * A link's short form back as the data `readFrequency` checks, or a sentence saying why it is not
 * one (an unknown field, both or neither of `w` and `n`). The values are checked by `readFrequency`.
 */
export function expandFrequency(value: unknown): Record<string, unknown> | string {
  if (!isRecord(value)) return 'the frequency is not a set of fields';
  const { d, w, n, t, ...rest } = value;
  const unknown = Object.keys(rest)[0];
  if (unknown !== undefined) return `the frequency has a field no link of ours writes (${describeValue(unknown)})`;
  if ((w === undefined) === (n === undefined)) return 'the frequency gives neither or both of its days and its days a week';
  if (w !== undefined && typeof w !== 'string') return 'the frequency’s days are not written as days joined by commas ("MO,WE,FR")';
  const expanded: Record<string, unknown> = { timesPerDay: d, days: w !== undefined ? { weekdays: w.split(',') } : { perWeek: n } };
  if (t !== undefined) expanded.time = t;
  return expanded;
}
