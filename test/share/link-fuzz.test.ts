/**
 * Fuzzed share links (fast-check, fixed seed): over 1,300 generated links per run, built as a
 * hostile page or a careless builder would, with doses at and just past every limit (each
 * field's bounds, the 3-hour exercise limit on the merged dose, the 2-hour routine limit on the
 * planned total at the longest level, the item count) and names and notes at and past their
 * lengths or carrying direction overrides, control characters, invisible-only text and broken
 * surrogates; then the same links cut short, changed, padded and replaced by noise.
 *
 * Properties, for every link:
 * - decoding gives a routine or a `DataError` naming `link`, never anything else;
 * - it takes under a second (decode and re-validate; a ceiling against blow-ups, not a benchmark);
 * - a routine is accepted exactly when an independent oracle (the rules as the README states
 *   them) says it is within every limit;
 * - an accepted routine re-validates, its note and name are plain text, each exercise's merged
 *   dose is within the exercise limit, and its plan (the player's own `planRoutine`) is within the
 *   routine limit at every level.
 *
 * On a failure fast-check prints the seed and the path of the smallest failing case. To replay it,
 * set REPLAY below to `{ seed, path }` as printed.
 */
import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import { DataError, EXERCISE_IDS, LEVELS, LIMITS, getExercise, parseRoutine, planRoutine, resolveRoutine, type Dose, type Level } from '../../src/index.js';
import { MAX_NOTE_LENGTH, decodeRoutineLink, type SharedRoutine } from '../../src/share/routine-link.js';

const SEED = 20_261_207;
const REPLAY = undefined as { seed: number; path: string } | undefined;
const settings = (numRuns: number) => ({ numRuns, ...(REPLAY ?? { seed: SEED }) });

/** Longest a case may take to decode and re-validate, in ms. */
const CEILING_MS = 1000;

// ---------------------------------------------------------------------------------------------
// The oracle: the rules as the README states them, written out here independently of src/.

type Bounds = { min: number; max: number };
const FIELD_BOUNDS: Record<string, Bounds> = {
  h: LIMITS.holdSeconds,
  r: LIMITS.reps,
  s: LIMITS.sets,
  rs: LIMITS.restSeconds,
  sr: LIMITS.setRestSeconds,
  pr: LIMITS.prepareSeconds,
  sw: LIMITS.switchSeconds,
};
const inBounds = (value: unknown, { min, max }: Bounds) => typeof value === 'number' && Number.isInteger(value) && value >= min && value <= max;

// eslint-disable-next-line no-control-regex -- control characters are what the rule refuses
const CONTROL = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F]/;
const DIRECTION = /[\u202A-\u202E\u2066-\u2069]/;
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;
const TAG = /<\/?[a-z!?][^>]*>/i;

/** Plain text: not empty once spaces and zero-width characters are out, not too long, no tag, no control, direction or broken character. */
function plainText(value: unknown, max: number): boolean {
  if (typeof value !== 'string') return false;
  const text = value.trim();
  return (
    text.replace(/[\s\u200B-\u200D\u2060\uFEFF]/g, '') !== '' &&
    text.length <= max &&
    !TAG.test(text) &&
    !CONTROL.test(text) &&
    !DIRECTION.test(text) &&
    !LONE_SURROGATE.test(text)
  );
}
/** A note is plain text and has not even the start of a tag. */
const plainNote = (value: unknown) => plainText(value, MAX_NOTE_LENGTH) && !/<[a-z!/?]/i.test(value as string);

/** A dose in a link's short form, as generated (any field may be missing or wrong). */
type LinkDose = Partial<Record<'h' | 'r' | 's' | 'e' | 'rs' | 'sr' | 'pr' | 'sw', unknown>>;
type LinkItem = string | [string, LinkDose | 0];
interface LinkRoutine {
  n: unknown;
  i: LinkItem[];
  t?: unknown;
  b?: unknown;
  l?: Level;
}

/** The item's dose fields, or `null` when one of them is invalid. */
function doseFields(dose: LinkDose | 0): Partial<Dose> | null {
  if (dose === 0) return {};
  const out: Partial<Dose> = {};
  for (const [key, value] of Object.entries(dose)) {
    if (key === 'e') {
      // A link writes 1 or 0; true and false read as themselves.
      if (value !== 0 && value !== 1 && typeof value !== 'boolean') return null;
      out.eachSide = value === 1 || value === true;
    } else if (key === 'r' && Array.isArray(value)) {
      if (value.length !== 3 || !value.every((count) => inBounds(count, LIMITS.reps))) return null;
      out.reps = { beginner: value[0] as number, intermediate: value[1] as number, advanced: value[2] as number };
    } else {
      if (!inBounds(value, FIELD_BOUNDS[key])) return null;
      const field = ({ h: 'holdSeconds', r: 'reps', s: 'sets', rs: 'restSeconds', sr: 'setRestSeconds', pr: 'prepareSeconds', sw: 'switchSeconds' } as const)[key as 'h'];
      (out as Record<string, unknown>)[field] = value;
    }
  }
  return out;
}

const countAt = (reps: Dose['reps'], level: Level) => (typeof reps === 'number' ? reps : reps[level]);

/** The exercise limit's rule: every hold and rest of every repetition on every side, and a set rest per set, at the level with most repetitions. */
function exerciseSeconds(dose: Dose): number {
  const reps = Math.max(...LEVELS.map((level) => countAt(dose.reps, level)));
  return dose.sets * (dose.eachSide ? 2 : 1) * reps * (dose.holdSeconds + (dose.restSeconds ?? 3)) + dose.sets * (dose.setRestSeconds ?? 30);
}

/** Where each catalog exercise starts on the floor: a move to another position takes 10 s more. */
const FLOOR: Record<string, string> = {
  'knee-to-chest': 'back',
  'lower-back-twist': 'back',
  'side-trunk-stretch': 'kneeling',
  'half-crunch': 'back',
  'push-up-back-extension': 'stomach',
  'assisted-back-extension': 'stomach',
};

/**
 * What the player plans for a routine at a level, in seconds: at least 15 s to get ready, then each
 * exercise's holds, rests, switches and set rests, and the time between exercises (10 s more for a
 * change of floor position).
 */
function plannedSeconds(items: { id: string; dose: Dose }[], restBetween: number, level: Level): number {
  return items.reduce((total, { id, dose }, index) => {
    const reps = countAt(dose.reps, level);
    const sides = dose.eachSide ? 2 : 1;
    const rest = dose.restSeconds ?? 3;
    const moves = index > 0 && FLOOR[id] !== FLOOR[items[index - 1].id];
    const opening = index === 0 ? Math.max(dose.prepareSeconds ?? 5, 15) : restBetween + (moves ? 10 : 0);
    const switches = dose.eachSide ? dose.sets * (dose.switchSeconds ?? 5) : 0;
    return total + opening + dose.sets * sides * (reps * dose.holdSeconds + (reps - 1) * rest) + switches + (dose.sets - 1) * (dose.setRestSeconds ?? 30);
  }, 0);
}

/** Whether the oracle accepts a generated routine. */
function oracleAccepts(routine: LinkRoutine): boolean {
  if (!plainText(routine.n, LIMITS.nameLength)) return false;
  if (routine.t !== undefined && !plainNote(routine.t)) return false;
  if (routine.b !== undefined && !inBounds(routine.b, LIMITS.restBetweenSeconds)) return false;
  if (routine.i.length < 1 || routine.i.length > LIMITS.routineItems) return false;
  const doses: { id: string; dose: Dose }[] = [];
  for (const item of routine.i) {
    const [id, override] = typeof item === 'string' ? [item, 0 as const] : item;
    const base = getExercise(id);
    const fields = doseFields(override);
    if (!base || !fields) return false;
    const dose = { ...base.dose, ...fields };
    if (exerciseSeconds(dose) > LIMITS.exerciseTotalSeconds) return false;
    doses.push({ id, dose });
  }
  const restBetween = (routine.b as number | undefined) ?? 10;
  return LEVELS.every((level) => plannedSeconds(doses, restBetween, level) <= LIMITS.routineTotalSeconds);
}

// ---------------------------------------------------------------------------------------------
// Generators.

/** A whole number for a field: at either bound, one past either bound, anywhere within, or not a whole number at all. */
const fieldValue = ({ min, max }: Bounds) =>
  fc.oneof(
    { weight: 4, arbitrary: fc.integer({ min, max }) },
    { weight: 3, arbitrary: fc.constantFrom(min, max, Math.min(max, min + 1), max - 1) },
    { weight: 1, arbitrary: fc.constantFrom(min - 1, max + 1) },
    { weight: 1, arbitrary: fc.constantFrom<unknown>(1.5, -0.5, 1e308, -1e308, '30', null, true, [], {}) },
  );

/** Small doses, as a clinic writes them, with now and then a field at or past its limit. */
const anyDose: fc.Arbitrary<LinkDose> = fc.record(
  {
    h: fc.oneof({ weight: 5, arbitrary: fc.integer({ min: 1, max: 120 }) }, { weight: 1, arbitrary: fieldValue(LIMITS.holdSeconds) }),
    r: fc.oneof(
      { weight: 5, arbitrary: fc.integer({ min: 1, max: 30 }) },
      { weight: 1, arbitrary: fc.tuple(fc.integer({ min: 1, max: 10 }), fc.integer({ min: 1, max: 20 }), fieldValue(LIMITS.reps)) },
      { weight: 1, arbitrary: fieldValue(LIMITS.reps) },
    ),
    s: fc.oneof({ weight: 5, arbitrary: fc.integer({ min: 1, max: 5 }) }, { weight: 1, arbitrary: fieldValue(LIMITS.sets) }),
    e: fc.oneof({ weight: 9, arbitrary: fc.constantFrom(0, 1) }, { weight: 1, arbitrary: fc.constantFrom<unknown>(2, true, 'yes') }),
    rs: fc.oneof({ weight: 5, arbitrary: fc.integer({ min: 0, max: 30 }) }, { weight: 1, arbitrary: fieldValue(LIMITS.restSeconds) }),
    sr: fc.oneof({ weight: 5, arbitrary: fc.integer({ min: 0, max: 120 }) }, { weight: 1, arbitrary: fieldValue(LIMITS.setRestSeconds) }),
    pr: fc.oneof({ weight: 2, arbitrary: fc.integer({ min: 0, max: 15 }) }, { weight: 1, arbitrary: fieldValue(LIMITS.prepareSeconds) }),
    sw: fc.oneof({ weight: 2, arbitrary: fc.integer({ min: 0, max: 10 }) }, { weight: 1, arbitrary: fieldValue(LIMITS.switchSeconds) }),
  },
  { requiredKeys: [] },
);

/**
 * A dose near the exercise limit: some sets, sides and repetitions, a set rest, and a hold and
 * rest that bring the total to just under, exactly to, or just past 3 hours.
 */
const doseNearExerciseLimit: fc.Arbitrary<LinkDose> = fc
  .record({
    s: fc.integer({ min: 1, max: 50 }),
    e: fc.constantFrom(0, 1),
    r: fc.integer({ min: 1, max: 500 }),
    sr: fc.integer({ min: 0, max: 3600 }),
    past: fc.constantFrom(-1, 0, 0, 1, 1, 2),
    restShare: fc.double({ min: 0, max: 1, noNaN: true }),
  })
  .map(({ s, e, r, sr, past, restShare }) => {
    const per = s * (e ? 2 : 1) * r;
    const left = LIMITS.exerciseTotalSeconds - s * sr;
    // Hold plus rest per repetition for the total to land on the limit (or as near as whole seconds allow), then moved by `past`.
    const holdAndRest = Math.max(2, Math.floor(left / per) + past);
    const rs = Math.min(3600, Math.max(0, Math.round((holdAndRest - 1) * restShare)));
    const h = Math.min(3600, Math.max(1, holdAndRest - rs));
    return { h, r, s, e, rs, sr };
  });

/** Doses at exactly the exercise limit and one second past it, each by a different field. */
const EXACT_EXERCISE_DOSES: LinkDose[] = [
  { h: 100, r: 2, s: 1, e: 0, rs: 3500, sr: 3600 },
  { h: 101, r: 2, s: 1, e: 0, rs: 3500, sr: 3599 },
  { h: 1198, r: 3, s: 1, e: 1, rs: 3, sr: 3594 },
  { h: 1198, r: 3, s: 1, e: 1, rs: 3, sr: 3595 },
  { h: 3600, r: 1, s: 1, e: 0, rs: 3600, sr: 3600 },
  { h: 3600, r: 2, s: 1, e: 0, rs: 1, sr: 3598 },
  { h: 3600, r: 2, s: 1, e: 0, rs: 1, sr: 3599 },
  { h: 3600, r: 500, s: 50, e: 1, rs: 3600, sr: 3600 },
];

const ONE_SIDED = EXERCISE_IDS.filter((id) => !getExercise(id)!.dose.eachSide);

/**
 * Items of one-rep, one-set holds on one side whose plan adds up to the routine limit, plus
 * `past` seconds: 15 s to get ready, the holds, and `b` seconds before every item after the first
 * (all in the same floor position).
 */
const routineNearLimit: fc.Arbitrary<{ items: LinkItem[]; b: number }> = fc
  .record({ count: fc.integer({ min: 2, max: 50 }), b: fc.integer({ min: 0, max: 120 }), past: fc.constantFrom(-1, 0, 0, 1, 1, 60), id: fc.constantFrom(...ONE_SIDED) })
  .map(({ count, b, past, id }) => {
    const holds = LIMITS.routineTotalSeconds + past - 15 - (count - 1) * b;
    const base = Math.floor(holds / count);
    const items: LinkItem[] = Array.from({ length: count }, (_, index) => [
      id,
      { h: Math.min(3600, Math.max(1, base + (index < holds - base * count ? 1 : 0))), r: 1, s: 1, e: 0 },
    ]);
    return { items, b };
  });

const HAZARDS = ['\u202E', '\u202A', '\u202D', '\u2066', '\u2067', '\u2068', '\u2069', '\u0000', '\u0007', '\u001B', '\u007F', '\uD800', '\uDFFF', '\u000B'];
const PLAIN = ['Home', 'Week 1', 'Mrs Patel, week 2', 'مرتين في اليوم', '👩‍⚕️ call us', 'Ça va ? 😊', 'می‌خواهم', 'Line one\nLine two', 'Pain < 3 is fine'];

/** A text: plain (in any script), at or past its longest, with a hidden character put anywhere, invisible only, or markup. */
const text = (max: number) =>
  fc.oneof(
    { weight: 16, arbitrary: fc.constantFrom(...PLAIN) },
    { weight: 4, arbitrary: fc.string({ unit: 'grapheme', minLength: 1, maxLength: 40 }) },
    { weight: 1, arbitrary: fc.constantFrom('a'.repeat(max), `${'ü'.repeat(max - 1)}ß`, 'a'.repeat(max + 1), `  ${'a'.repeat(max)}  `) },
    {
      weight: 3,
      arbitrary: fc
        .tuple(fc.constantFrom(...PLAIN), fc.constantFrom(...HAZARDS), fc.nat())
        .map(([plain, hazard, at]) => `${plain.slice(0, at % (plain.length + 1))}${hazard}${plain.slice(at % (plain.length + 1))}`),
    },
    { weight: 1, arbitrary: fc.constantFrom('', '   ', '\u200B', '\uFEFF\u2060', '\u200D \u200C', '<b>Home</b>', '<img src=x onerror=alert(1)>', 'See <b') },
  );

const item: fc.Arbitrary<LinkItem> = fc.oneof(
  { weight: 6, arbitrary: fc.constantFrom(...EXERCISE_IDS) },
  { weight: 12, arbitrary: fc.tuple(fc.constantFrom(...EXERCISE_IDS), fc.oneof(anyDose, fc.constant(0 as const))) },
  { weight: 2, arbitrary: fc.tuple(fc.constantFrom(...ONE_SIDED), doseNearExerciseLimit) },
  { weight: 1, arbitrary: fc.tuple(fc.constantFrom(...ONE_SIDED), fc.constantFrom(...EXACT_EXERCISE_DOSES)) },
  { weight: 1, arbitrary: fc.constantFrom('burpee', '__proto__', 'Knee-To-Chest') },
);

/** A routine as a link carries it. */
const linkRoutine: fc.Arbitrary<LinkRoutine> = fc
  .record({
    n: text(LIMITS.nameLength),
    t: fc.option(text(MAX_NOTE_LENGTH), { nil: undefined }),
    b: fc.option(fc.oneof({ weight: 3, arbitrary: fc.integer({ min: 0, max: 60 }) }, { weight: 1, arbitrary: fieldValue(LIMITS.restBetweenSeconds) }), { nil: undefined }),
    l: fc.option(fc.constantFrom(...LEVELS), { nil: undefined }),
    shape: fc.oneof(
      { weight: 14, arbitrary: fc.array(item, { minLength: 1, maxLength: 6 }).map((items) => ({ items, b: undefined as number | undefined })) },
      { weight: 4, arbitrary: routineNearLimit },
      { weight: 1, arbitrary: fc.constantFrom(LIMITS.routineItems, LIMITS.routineItems + 1).map((count) => ({ items: Array<LinkItem>(count).fill(['half-crunch', { h: 1, r: 1, s: 1 }]), b: 0 })) },
      { weight: 1, arbitrary: fc.constant({ items: [] as LinkItem[], b: undefined }) },
    ),
  })
  .map(({ n, t, b, l, shape }) => {
    const routine: LinkRoutine = { n, i: shape.items };
    if (t !== undefined) routine.t = t;
    if (shape.b !== undefined) routine.b = shape.b;
    else if (b !== undefined) routine.b = b;
    if (l !== undefined) routine.l = l;
    return routine;
  });

// ---------------------------------------------------------------------------------------------
// Encoding, as the builder does, and the checks on what comes back.

function base64url(bytes: Uint8Array): string {
  let binary = '';
  for (const byte of bytes) binary += String.fromCharCode(byte);
  return btoa(binary).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

async function deflate(bytes: Uint8Array<ArrayBuffer>): Promise<Uint8Array> {
  return new Uint8Array(await new Response(new Blob([bytes]).stream().pipeThrough(new CompressionStream('deflate-raw'))).arrayBuffer());
}

async function encode(routine: LinkRoutine, compressed: boolean): Promise<string> {
  // JSON.stringify writes a lone surrogate as an escape, so it reaches the decoder as generated.
  const bytes = new TextEncoder().encode(JSON.stringify(routine));
  return compressed ? `routine=1z.${base64url(await deflate(bytes))}` : `routine=1j.${base64url(bytes)}`;
}

/** The slowest decode and re-validation seen, in ms, for the printed summary. */
let slowest = 0;

/** Decodes a fragment within the ceiling; the routine, or the DataError it was refused with (anything else fails). */
async function decodeTimed(fragment: string): Promise<SharedRoutine | DataError | null> {
  const started = performance.now();
  let result: SharedRoutine | DataError | null;
  try {
    result = await decodeRoutineLink(fragment);
    if (result) parseRoutine(result.routine);
  } catch (error) {
    if (!(error instanceof DataError)) throw new Error(`decoding threw ${String(error)}, not a DataError`);
    expect(error.problems.length, 'a refusal says why').to.be.greaterThan(0);
    for (const problem of error.problems) expect(problem.path, problem.message).to.match(/^link\b/);
    result = error;
  }
  const took = performance.now() - started;
  slowest = Math.max(slowest, took);
  expect(took, `ms to decode and re-validate a ${fragment.length}-character link`).to.be.below(CEILING_MS);
  return result;
}

/** What an accepted link may hold: plain texts, every merged dose within the exercise limit, and a plan within the routine limit at every level. */
function expectWithinLimits(shared: SharedRoutine): void {
  const { routine } = shared;
  expect(plainText(routine.name, LIMITS.nameLength), 'the name is plain text').to.equal(true);
  if (shared.note !== undefined) expect(plainNote(shared.note), 'the note is plain text').to.equal(true);
  expect(routine.items.length).to.be.within(1, LIMITS.routineItems);
  const resolved = resolveRoutine(parseRoutine(routine));
  for (const exercise of resolved.exercises) {
    expect(exerciseSeconds(exercise.dose), `${exercise.id}: seconds by the exercise limit's rule`).to.be.at.most(LIMITS.exerciseTotalSeconds);
  }
  for (const level of LEVELS) {
    const plan = planRoutine(resolved, level);
    expect(plan.total / 1000, `planned seconds at ${level}`).to.be.at.most(LIMITS.routineTotalSeconds);
    const restBetween = resolved.restBetweenSeconds;
    expect(plan.total / 1000, 'the oracle plans the same total').to.equal(plannedSeconds(resolved.exercises, restBetween, level));
  }
}

/** The limits a generated routine sits on or just past, and the hazards its texts carry. */
function limitsReached(routine: LinkRoutine, hits: Set<string>): void {
  const note = (what: string) => hits.add(what);
  if (routine.i.length === LIMITS.routineItems) note('items at limit');
  if (routine.i.length === LIMITS.routineItems + 1) note('items past limit');
  if (typeof routine.n === 'string' && routine.n.trim().length === LIMITS.nameLength) note('name at limit');
  if (typeof routine.n === 'string' && routine.n.trim().length === LIMITS.nameLength + 1) note('name past limit');
  if (typeof routine.t === 'string' && routine.t.length === MAX_NOTE_LENGTH) note('note at limit');
  if (typeof routine.t === 'string' && routine.t.length === MAX_NOTE_LENGTH + 1) note('note past limit');
  for (const value of [routine.n, routine.t]) {
    if (typeof value !== 'string') continue;
    if (DIRECTION.test(value)) note('direction character');
    if (CONTROL.test(value)) note('control character');
    if (LONE_SURROGATE.test(value)) note('broken surrogate');
    if (value !== '' && value.replace(/[\s\u200B-\u200D\u2060\uFEFF]/g, '') === '') note('invisible only');
  }
  if (routine.b === LIMITS.restBetweenSeconds.max) note('b at limit');
  if (routine.b === LIMITS.restBetweenSeconds.max + 1) note('b past limit');
  const doses: { id: string; dose: Dose }[] = [];
  let fieldsValid = true;
  for (const entry of routine.i) {
    const [id, override] = typeof entry === 'string' ? [entry, 0 as const] : entry;
    if (override !== 0) {
      for (const [key, value] of Object.entries(override)) {
        const bounds = FIELD_BOUNDS[key];
        if (!bounds) continue;
        if (value === bounds.max) note(`${key} at limit`);
        if (value === bounds.max + 1) note(`${key} past limit`);
      }
    }
    const fields = doseFields(override);
    const base = getExercise(id);
    if (!fields || !base) {
      fieldsValid = false;
      continue;
    }
    const dose = { ...base.dose, ...fields };
    const seconds = exerciseSeconds(dose);
    if (seconds === LIMITS.exerciseTotalSeconds) note('exercise at limit');
    if (seconds === LIMITS.exerciseTotalSeconds + 1) note('exercise past limit');
    doses.push({ id, dose });
  }
  if (fieldsValid && doses.length > 0) {
    const longest = Math.max(...LEVELS.map((level) => plannedSeconds(doses, (routine.b as number | undefined) ?? 10, level)));
    if (longest === LIMITS.routineTotalSeconds) note('routine at limit');
    if (longest === LIMITS.routineTotalSeconds + 1) note('routine past limit');
  }
}

/** Every limit and hazard the generated links must reach. */
const LIMITS_TO_REACH = [
  'items at limit',
  'items past limit',
  'name at limit',
  'name past limit',
  'note at limit',
  'note past limit',
  'direction character',
  'control character',
  'broken surrogate',
  'invisible only',
  'b at limit',
  'b past limit',
  ...Object.keys(FIELD_BOUNDS).flatMap((key) => [`${key} at limit`, `${key} past limit`]),
  'exercise at limit',
  'exercise past limit',
  'routine at limit',
  'routine past limit',
];

describe('fuzzed share links (fast-check)', function () {
  this.timeout(300_000);
  const seen = { generated: 0, accepted: 0 };
  const reached = new Set<string>();

  it('1,000 generated links: accepted exactly when within every limit, never over a limit, never a throw, each under a second', async () => {
    await fc.assert(
      fc.asyncProperty(linkRoutine, fc.boolean(), async (routine, compressed) => {
        seen.generated++;
        limitsReached(routine, reached);
        const fragment = await encode(routine, compressed);
        const result = await decodeTimed(fragment);
        const accepts = oracleAccepts(routine);
        if (result instanceof DataError) {
          expect(accepts, `refused (${result.message.slice(0, 300)}) though the oracle accepts it`).to.equal(false);
          return;
        }
        expect(result, 'a routine for a routine link').to.not.equal(null);
        expect(accepts, 'accepted though the oracle refuses it').to.equal(true);
        seen.accepted++;
        expectWithinLimits(result!);
      }),
      settings(1000),
    );
    // The links tried must really reach every limit and pass it by one, and be accepted as well as refused.
    expect(seen.generated).to.be.at.least(1000);
    expect(LIMITS_TO_REACH.filter((what) => !reached.has(what)), 'limits no generated link reaches').to.deep.equal([]);
    expect(seen.accepted, 'accepted links').to.be.within(150, 850);
    console.log(`fuzzed links: ${seen.generated} generated (seed ${REPLAY?.seed ?? SEED}), ${seen.accepted} accepted, ${reached.size} limits and hazards reached, slowest ${slowest.toFixed(1)} ms`);
  });

  it('300 of those links cut short, changed, padded or replaced by noise: a DataError or a routine within the limits, never a throw, each under a second', async () => {
    const mutation = fc.oneof(
      fc.record({ kind: fc.constant('cut' as const), at: fc.nat() }),
      fc.record({ kind: fc.constant('flip' as const), at: fc.nat(), to: fc.constantFrom(...'AZaz09-_+/=.%#~ \u00e9') }),
      fc.record({ kind: fc.constant('insert' as const), at: fc.nat(), what: fc.string({ maxLength: 20 }) }),
      fc.record({ kind: fc.constant('noise' as const), what: fc.string({ unit: 'binary-ascii', maxLength: 400 }) }),
      fc.record({ kind: fc.constant('pad' as const), times: fc.integer({ min: 1, max: 20_000 }) }),
      fc.record({ kind: fc.constant('version' as const), to: fc.constantFrom('0z', '2z', '1x', '1Z', '99999999999j', '') }),
    );
    let generated = 0;
    await fc.assert(
      fc.asyncProperty(linkRoutine, fc.boolean(), mutation, async (routine, compressed, change) => {
        generated++;
        let fragment = await encode(routine, compressed);
        const head = 'routine=1z.'.length;
        if (change.kind === 'cut') fragment = fragment.slice(0, change.at % (fragment.length + 1));
        else if (change.kind === 'flip') {
          const at = head + (change.at % Math.max(1, fragment.length - head));
          fragment = `${fragment.slice(0, at)}${change.to}${fragment.slice(at + 1)}`;
        } else if (change.kind === 'insert') {
          const at = change.at % (fragment.length + 1);
          fragment = `${fragment.slice(0, at)}${change.what}${fragment.slice(at)}`;
        } else if (change.kind === 'noise') fragment = `routine=${change.what}`;
        else if (change.kind === 'pad') fragment = `${fragment}${'A'.repeat(change.times)}`;
        else fragment = fragment.replace(/^routine=1[zj]/, `routine=${change.to}`);
        const result = await decodeTimed(fragment);
        if (result && !(result instanceof DataError)) expectWithinLimits(result);
      }),
      settings(300),
    );
    expect(generated).to.be.at.least(300);
  });

  it('a compressed link that unpacks past 64 kB (a deflate bomb) is refused at once', async () => {
    const bomb = { n: 'Home', i: ['half-crunch'], t: 'a'.repeat(5_000_000) };
    const fragment = await encode(bomb as LinkRoutine, true);
    expect(fragment.length, 'the bomb fits in a link').to.be.below(8000);
    const result = await decodeTimed(fragment);
    expect(result).to.be.instanceOf(DataError);
  });
});
