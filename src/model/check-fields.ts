import { type Checker, LIMITS, describeValue } from './checker.js';

// The parsers' checks (a timer's attributes need none of them), in a module of their own: the
// file a page with a lone `<hold-timer>` loads first shares checker.ts with the card and the
// player, and carries every function of it that any of them uses.

const ID_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/** `true` or `false`. */
export function checkBoolean(check: Checker, path: string, value: unknown): boolean | undefined {
  if (typeof value !== 'boolean') return check.fail(path, `must be true or false, got ${describeValue(value)}`);
  return value;
}

/** An id: lowercase letters and digits joined by hyphens. */
export function checkId(check: Checker, path: string, value: unknown): string | undefined {
  if (typeof value !== 'string' || value.length > LIMITS.idLength || !ID_PATTERN.test(value)) {
    return check.fail(
      path,
      `must be lowercase letters and digits joined by hyphens, at most ${LIMITS.idLength} characters, got ${describeValue(value)}`,
    );
  }
  return value;
}

/** A list of plain texts with a bounded count. */
export function checkTextList(
  check: Checker,
  path: string,
  value: unknown,
  bounds: { min: number; max: number },
  maxLength: number,
): string[] | undefined {
  if (!Array.isArray(value)) return check.fail(path, `must be a list of texts, got ${describeValue(value)}`);
  if (value.length < bounds.min || value.length > bounds.max) {
    return check.fail(path, `must have from ${bounds.min} to ${bounds.max} entries, got ${value.length}`);
  }
  // Array.from visits holes too (`map` skips them), so a sparse list is an error, not a shorter list.
  const texts = Array.from(value, (item: unknown, index) => check.text(`${path}[${index}]`, item, maxLength));
  return texts.every((text) => text !== undefined) ? (texts as string[]) : undefined;
}

/**
 * Notes every key of `record` that is not in `known` (typos would otherwise be ignored silently).
 * A key that is not a plain word is quoted and escaped in the path, like any value from the input:
 * a direction override in it cannot reorder the message, and a long one is cut short.
 */
export function checkKnownKeys(check: Checker, path: string, record: Record<string, unknown>, known: readonly string[]): void {
  for (const key of Object.keys(record)) {
    if (!known.includes(key)) {
      check.fail(join(path, /^[\w$-]{1,64}$/.test(key) ? key : describeValue(key)), `is not a known field; known fields are ${known.join(', ')}`);
    }
  }
}

/** Joins a parent path and a key: `dose` + `sets` → `dose.sets`. */
export function join(path: string, key: string): string {
  return path ? `${path}.${key}` : key;
}
