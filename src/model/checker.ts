import type { DataProblem } from './data-error.js';

/** Upper bounds for every number and text in the data model. */
export const LIMITS = {
  holdSeconds: { min: 1, max: 3600 },
  reps: { min: 1, max: 500 },
  sets: { min: 1, max: 50 },
  restSeconds: { min: 0, max: 3600 },
  setRestSeconds: { min: 0, max: 3600 },
  prepareSeconds: { min: 0, max: 600 },
  switchSeconds: { min: 0, max: 600 },
  restBetweenSeconds: { min: 0, max: 600 },
  /** Longest a single exercise may take in all, in seconds (at its longest level, after every override). */
  exerciseTotalSeconds: 3 * 3600,
  /**
   * Longest a whole routine's plan may take, in seconds, at its longest level. The built-in routines
   * take 5 to 16 minutes; two hours is room for any home programme and a long class, and no more.
   */
  routineTotalSeconds: 2 * 3600,
  idLength: 64,
  nameLength: 120,
  textLength: 500,
  steps: 30,
  listItems: 20,
  routineItems: 50,
} as const;

const MARKUP_PATTERN = /<\/?[a-z!?][^>]*>/i;
// eslint-disable-next-line no-control-regex -- control characters are exactly what we refuse
const CONTROL_PATTERN = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F]/;
/** Bidirectional overrides, embeddings and isolates: they can make text read differently from what it says. */
const BIDI_CONTROL_PATTERN = /[\u202A-\u202E\u2066-\u2069]/;
/** A UTF-16 surrogate without its pair (with the `u` flag a proper pair is one code point and does not match). */
const LONE_SURROGATE_PATTERN = /[\uD800-\uDFFF]/u;
/** Characters that take no space: a text made only of these (and spaces) is empty to a reader. */
const INVISIBLE_PATTERN = /[\s\u200B-\u200D\u2060\uFEFF]/g;
/** Plain decimal digits, as an HTML attribute gives a whole number: no sign, point, exponent or hex. */
const DIGITS_PATTERN = /^\d+$/;

/**
 * Whether text holds a character that hides or reorders what it says: a control character, a
 * direction override or isolate, or a broken surrogate (for texts that are not plain text, such as addresses).
 */
export function hasHiddenCharacters(text: string): boolean {
  return CONTROL_PATTERN.test(text) || BIDI_CONTROL_PATTERN.test(text) || LONE_SURROGATE_PATTERN.test(text);
}

/** A short, safe description of a value for an error message. */
export function describeValue(value: unknown): string {
  if (value === undefined) return 'nothing';
  if (value === null) return 'null';
  if (typeof value === 'number' && Number.isNaN(value)) return 'not a number';
  if (Array.isArray(value)) return 'a list';
  if (typeof value === 'string') {
    const shown = value.length > 40 ? `${value.slice(0, 40)}…` : value;
    // JSON escapes control characters and broken surrogates; bidi controls are escaped too so the message reads as typed.
    return JSON.stringify(shown).replace(new RegExp(BIDI_CONTROL_PATTERN, 'g'), (c) => `\\u${c.charCodeAt(0).toString(16).toUpperCase()}`);
  }
  if (typeof value === 'object') return 'an object';
  if (typeof value === 'function') return 'a function';
  if (typeof value === 'symbol') return 'a symbol';
  if (typeof value === 'bigint') return 'a big integer';
  return String(value);
}

/** Whether a value is a plain object (not a list, not null). */
export function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/**
 * Collects problems while reading untrusted input. Each reader returns the
 * value when it is valid and `undefined` (after noting why) when it is not.
 */
export class Checker {
  readonly problems: DataProblem[] = [];

  fail(path: string, message: string): undefined {
    this.problems.push({ path, message });
    return undefined;
  }

  /** A whole number within bounds. */
  wholeNumber(path: string, value: unknown, bounds: { min: number; max: number }): number | undefined {
    if (typeof value !== 'number' || !Number.isInteger(value) || value < bounds.min || value > bounds.max) {
      return this.fail(path, `must be a whole number from ${bounds.min} to ${bounds.max}, got ${describeValue(value)}`);
    }
    return value;
  }

  /**
   * A whole number typed as text (an HTML attribute) or given as a number. Text must be plain decimal
   * digits, with spaces around them allowed; the error quotes the text as typed.
   */
  wholeNumberText(path: string, value: unknown, bounds: { min: number; max: number }): number | undefined {
    if (typeof value !== 'string') return this.wholeNumber(path, value, bounds);
    const digits = value.trim();
    const number = DIGITS_PATTERN.test(digits) ? Number(digits) : Number.NaN;
    if (!(number >= bounds.min && number <= bounds.max)) {
      return this.fail(path, `must be a whole number from ${bounds.min} to ${bounds.max}, got ${describeValue(value)}`);
    }
    return number;
  }

  /** Plain text: not empty, not too long, no HTML tags, no control characters. */
  text(path: string, value: unknown, maxLength: number): string | undefined {
    if (typeof value !== 'string') return this.fail(path, `must be text, got ${describeValue(value)}`);
    const trimmed = value.trim();
    if (!trimmed.replace(INVISIBLE_PATTERN, '')) return this.fail(path, 'must not be empty');
    if (trimmed.length > maxLength) {
      return this.fail(path, `must be at most ${maxLength} characters, got ${trimmed.length}`);
    }
    if (MARKUP_PATTERN.test(trimmed)) {
      return this.fail(path, `must be plain text without HTML tags, got ${describeValue(trimmed)}`);
    }
    if (CONTROL_PATTERN.test(trimmed)) return this.fail(path, 'must not contain control characters');
    if (BIDI_CONTROL_PATTERN.test(trimmed)) {
      return this.fail(path, 'must not contain bidirectional override or isolate characters (U+202A–U+202E, U+2066–U+2069)');
    }
    if (LONE_SURROGATE_PATTERN.test(trimmed)) return this.fail(path, 'must not contain a broken character (an unpaired surrogate)');
    return trimmed;
  }

  oneOf<T extends string>(path: string, value: unknown, allowed: readonly T[]): T | undefined {
    if (typeof value !== 'string' || !(allowed as readonly string[]).includes(value)) {
      return this.fail(path, `must be one of ${allowed.map((a) => `"${a}"`).join(', ')}, got ${describeValue(value)}`);
    }
    return value as T;
  }
}
