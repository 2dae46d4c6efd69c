import { packPayload, unpackPayload, type PayloadOptions } from './link-payload.js';
import { Checker, describeValue } from '../model/checker.js';
import { DataError } from '../model/data-error.js';
import { parseRoutine } from '../model/parse.js';
import { fnv1a } from '../routine-player/routine-source.js';
import { LEVELS, type Dose, type Level, type Pace, type Routine, type RoutineItem } from '../model/types.js';
import { compactFrequency, expandFrequency } from '../adherence/frequency-link.js';
import { checkClinicEmail } from './clinic-email.js';

const PACES: readonly Pace[] = ['timer', 'done'];

/**
 * A routine in a link, for a patient's phone, without a server: the page's own address with
 * the routine in the fragment (`#routine=…`), which browsers never send to a server, so it
 * appears in no server log.
 *
 * Format, version 1: `1z.<base64url of deflate-raw(JSON)>` (or `1j.<base64url of JSON>` where
 * the browser has no `CompressionStream`). The JSON is compact: `{ n: name, l?: level,
 * p?: pace, t?: note, b?: rest between exercises, i: items }`; an item is a catalog id, or
 * `[id or exercise, dose?, pace?]` with the dose's fields shortened (`h` hold, `r` reps, `s` sets,
 * `e` each side, `rs` rest, `sr` set rest, `pr` prepare, `sw` switch). Decoding validates the
 * result as any routine is validated (`parseRoutine`): a link is only parameters, and can carry
 * no markup. Old links keep working: a later format gets a new version number beside this one.
 *
 * Version 2 (`2z.` / `2j.`, the same encoding) adds to the JSON `f`, how often (`{ d: times a
 * day, w: "MO,WE,FR" }` or `{ d, n: days a week }`, with `t: "HH:MM"`), `c`, the clinic's e-mail
 * address for reports, and `x: 1`, level suggestions turned off. A link is written as version 1
 * whenever it has none of these, so a link without them is the same as before.
 */

/** A routine with what a link carries besides it. */
export interface SharedRoutine {
  routine: Routine;
  level?: Level;
  pace?: Pace;
  /** The clinic's note for the patient, plain text. */
  note?: string;
  /** The clinic's e-mail address for the patient's reports. */
  clinicEmail?: string;
  /** The clinic turned the player's level suggestions off. */
  noSuggestions?: true;
}

/** Longest fragment read, and longest JSON it may unpack to: anything longer is not one of ours. */
export const MAX_LINK_LENGTH = 8000;
const MAX_JSON_LENGTH = 64_000;
/** Longest note a link carries, in characters. */
export const MAX_NOTE_LENGTH = 1000;
/** What makes a note markup rather than plain text: the start of a tag. */
export const NOTE_MARKUP = /<[a-z!/?]/i;

/**
 * Checks a note for the patient by the rules of every other text (`Checker.text`: not empty or
 * invisible, no control characters, no direction overrides or isolates, no broken characters), at
 * most {@link MAX_NOTE_LENGTH} characters and without even the start of a tag. Returns it trimmed.
 * The link decoder and the builder both check with this.
 */
export function checkNote(check: Checker, path: string, note: unknown): string | undefined {
  const text = check.text(path, note, MAX_NOTE_LENGTH);
  if (text !== undefined && NOTE_MARKUP.test(text)) return check.fail(path, `must be plain text without HTML tags, got ${describeValue(text)}`);
  return text;
}
const FRAGMENT_KEY = 'routine';

const DOSE_KEYS: [keyof Dose, string][] = [
  ['holdSeconds', 'h'],
  ['reps', 'r'],
  ['sets', 's'],
  ['eachSide', 'e'],
  ['restSeconds', 'rs'],
  ['setRestSeconds', 'sr'],
  ['prepareSeconds', 'pr'],
  ['switchSeconds', 'sw'],
];

function linkError(message: string): DataError {
  return new DataError('shared routine', [{ path: 'link', message }]);
}

const PAYLOAD: PayloadOptions = { maxJson: MAX_JSON_LENGTH, fail: linkError, noun: 'routine' };

function compactDose(dose: Partial<Dose> | undefined): Record<string, unknown> | undefined {
  if (!dose) return undefined;
  const out: Record<string, unknown> = {};
  for (const [field, key] of DOSE_KEYS) {
    const value = dose[field];
    if (value === undefined) continue;
    if (field === 'eachSide') out[key] = value ? 1 : 0;
    else if (field === 'reps' && typeof value === 'object') {
      const perLevel = value as Record<Level, number>;
      out[key] = [perLevel.beginner, perLevel.intermediate, perLevel.advanced];
    } else out[key] = value;
  }
  return Object.keys(out).length > 0 ? out : undefined;
}

function compactItem(item: RoutineItem): unknown {
  const dose = compactDose(item.dose);
  if (typeof item.exercise === 'string' && !dose && !item.pace) return item.exercise;
  const entry: unknown[] = [item.exercise, dose ?? 0];
  if (item.pace) entry.push(item.pace);
  return entry;
}

/** The fragment text (without `#`) for a routine: `routine=1z.…`. */
export async function encodeRoutineLink(shared: SharedRoutine): Promise<string> {
  // Validate first: a link is made only of what a player would accept.
  const routine = parseRoutine(shared.routine);
  const compact: Record<string, unknown> = { n: routine.name, i: routine.items.map(compactItem) };
  if (shared.level && shared.level !== 'beginner') compact.l = shared.level;
  if (shared.pace) compact.p = shared.pace;
  if (shared.note) compact.t = shared.note;
  if (routine.restBetweenSeconds !== undefined) compact.b = routine.restBetweenSeconds;
  // Version 2 only for what version 1 cannot say: a link without it stays as it always was.
  if (routine.frequency) compact.f = compactFrequency(routine.frequency);
  if (shared.clinicEmail) compact.c = checkedEmail(shared.clinicEmail);
  if (shared.noSuggestions) compact.x = 1;
  const version = 'f' in compact || 'c' in compact || 'x' in compact ? 2 : 1;
  return `${FRAGMENT_KEY}=${await packPayload(version, compact, PAYLOAD)}`;
}

function checkedEmail(email: string): string {
  const check = new Checker();
  const checked = checkClinicEmail(check, 'clinicEmail', email);
  if (!checked) throw new DataError('shared routine', check.problems);
  return checked;
}

/** A page's own address with the routine in its fragment, replacing any fragment it had. */
export async function routineLink(shared: SharedRoutine, pageUrl: string): Promise<string> {
  const url = new URL(pageUrl);
  url.hash = await encodeRoutineLink(shared);
  return url.href;
}

function expandDose(value: unknown, where: string): Partial<Dose> | undefined {
  if (value === 0 || value === undefined) return undefined;
  if (typeof value !== 'object' || value === null || Array.isArray(value)) throw linkError(`${where}: the dose is not a set of fields`);
  const dose: Record<string, unknown> = {};
  const known = new Map(DOSE_KEYS.map(([field, key]) => [key, field]));
  for (const [key, raw] of Object.entries(value)) {
    const field = known.get(key);
    if (!field) throw linkError(`${where}: the dose has a field no link of ours writes (${describeValue(key)})`);
    if (field === 'eachSide') dose[field] = raw === 1 ? true : raw === 0 ? false : raw;
    else if (field === 'reps' && Array.isArray(raw)) {
      if (raw.length !== 3) throw linkError(`${where}: the repetitions per level are not three numbers`);
      dose[field] = { beginner: raw[0], intermediate: raw[1], advanced: raw[2] };
    } else dose[field] = raw;
  }
  return dose as Partial<Dose>;
}

function expandItem(value: unknown, index: number): RoutineItem {
  const where = `item ${index + 1}`;
  if (typeof value === 'string') return { exercise: value };
  if (!Array.isArray(value) || value.length < 1 || value.length > 3) throw linkError(`${where} is not an exercise`);
  const [exercise, dose, pace] = value as [unknown, unknown, unknown];
  const item: Record<string, unknown> = { exercise };
  const expanded = expandDose(dose, where);
  if (expanded) item.dose = expanded;
  if (pace !== undefined) item.pace = pace;
  return item as unknown as RoutineItem;
}

/**
 * Reads a fragment (`#routine=…`, with or without `#`, or a whole address). `null` when it holds
 * no routine; a `SharedRoutine` when it does; a `DataError` (thrown) whose problems name `link` when it is cut
 * short, changed, too large, of an unknown version, or not a valid routine. Never anything else.
 */
export async function decodeRoutineLink(fragmentOrUrl: string): Promise<SharedRoutine | null> {
  let text = String(fragmentOrUrl);
  const hash = text.indexOf('#');
  if (hash >= 0) text = text.slice(hash + 1);
  const parameter = new URLSearchParams(text.length <= MAX_LINK_LENGTH * 2 ? text : '').get(FRAGMENT_KEY);
  if (text.length > MAX_LINK_LENGTH * 2 || (parameter !== null && parameter.length > MAX_LINK_LENGTH)) throw linkError('is too long to be a routine link');
  if (parameter === null) return null;
  const match = /^(\d+)([a-z])\.(.*)$/s.exec(parameter);
  if (!match) throw linkError('is not a routine link of ours: it has no version');
  const [, version, kind, body] = match;
  if ((version !== '1' && version !== '2') || (kind !== 'z' && kind !== 'j')) {
    throw linkError(`has format ${version.slice(0, 6)}${kind}, which this version of the player does not read`);
  }
  const compact = await unpackPayload(kind, body, PAYLOAD);
  if (typeof compact !== 'object' || compact === null || Array.isArray(compact)) throw linkError('does not hold a routine');
  const { n, l, p, t, b, i, ...rest } = compact as Record<string, unknown>;
  // Version 2's own fields; in a version 1 link they are fields no link of ours writes.
  const { f, c, x, ...later } = version === '2' ? rest : {};
  const unknown = Object.keys(version === '2' ? later : rest);
  if (unknown.length > 0) throw linkError(`holds a field no link of ours writes (${describeValue(unknown[0])})`);
  // Version 2 is written only for what version 1 cannot say: without any of it, it is not one of ours.
  if (version === '2' && f === undefined && c === undefined && x === undefined) throw linkError('is marked version 2 but holds nothing that needs it');
  if (x !== undefined && x !== 1) throw linkError('has a setting for level suggestions that is not 1');
  if (!Array.isArray(i)) throw linkError('holds no list of exercises');
  if (l !== undefined && !(LEVELS as readonly unknown[]).includes(l)) throw linkError(`has a level that is not one of ${LEVELS.join(', ')}`);
  if (p !== undefined && !(PACES as readonly unknown[]).includes(p)) throw linkError(`has a pace that is not one of ${PACES.join(', ')}`);
  const checkedNote = new Checker();
  const note = t === undefined ? undefined : checkNote(checkedNote, 'link.note', t);
  const clinicEmail = c === undefined ? undefined : checkClinicEmail(checkedNote, 'link.clinicEmail', c);
  if (checkedNote.problems.length > 0) throw new DataError('shared routine', checkedNote.problems);
  const raw: Record<string, unknown> = { id: 'shared', name: n, items: i.map(expandItem) };
  if (b !== undefined) raw.restBetweenSeconds = b;
  if (f !== undefined) {
    const frequency = expandFrequency(f);
    if (typeof frequency === 'string') throw linkError(frequency);
    raw.frequency = frequency;
  }
  let routine: Routine;
  try {
    routine = parseRoutine(raw, 'link');
  } catch (error) {
    if (error instanceof DataError) {
      throw new DataError('shared routine', error.problems.map((problem) => ({ ...problem, path: problem.path ? `link.${problem.path}` : 'link' })));
    }
    throw linkError('does not hold a valid routine');
  }
  routine.id = linkId(routine);
  const shared: SharedRoutine = { routine };
  if (l !== undefined) shared.level = l as Level;
  if (p !== undefined) shared.pace = p as Pace;
  if (note !== undefined) shared.note = note;
  if (clinicEmail !== undefined) shared.clinicEmail = clinicEmail;
  if (x === 1) shared.noSuggestions = true;
  return shared;
}

/** A stable id for a shared routine, from its contents: the same link remembers the same progress. */
function linkId(routine: Routine): string {
  return `shared-${fnv1a(JSON.stringify(routine.items) + routine.name)}`;
}
