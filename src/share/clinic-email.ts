import { type Checker, describeValue, hasHiddenCharacters } from '../model/checker.js';

/** Longest e-mail address a link carries (the longest a mail system delivers to). */
export const MAX_EMAIL_LENGTH = 254;

/**
 * An address as HTML's `<input type="email">` accepts one, with a dot in its domain: letters,
 * digits and `.!#$%&'*+/=?^_`{|}~-` before the `@`, labels of letters, digits and inner hyphens
 * after it. No spaces, quotes, angle brackets or anything that could be markup.
 */
const EMAIL_PATTERN =
  /^[A-Za-z0-9.!#$%&'*+/=?^_`{|}~-]{1,64}@[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?(?:\.[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?)+$/;

/**
 * Checks the clinic's e-mail address for reports (a routine link's `c`, the builder's field): at
 * most {@link MAX_EMAIL_LENGTH} characters, one address of the usual form. Returns it trimmed; the
 * link decoder and the builder both check with this.
 */
export function checkClinicEmail(check: Checker, path: string, value: unknown): string | undefined {
  const trimmed = typeof value === 'string' ? value.trim() : '';
  if (typeof value !== 'string' || trimmed.length > MAX_EMAIL_LENGTH || hasHiddenCharacters(trimmed) || !EMAIL_PATTERN.test(trimmed)) {
    return check.fail(path, `must be one e-mail address (name@clinic.example), at most ${MAX_EMAIL_LENGTH} characters, got ${describeValue(value)}`);
  }
  return trimmed;
}
