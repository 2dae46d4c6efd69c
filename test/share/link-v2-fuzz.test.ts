/**
 * Fuzzed version-2 links (fast-check, fixed seed): 1,200 generated links carrying how often (`f`),
 * the clinic's e-mail (`c`) and no suggestions (`x`), each valid, at a limit, just past it, of the
 * wrong type, with markup, hidden characters or unknown fields, in version-2 links and smuggled into
 * version-1 links; then the same links cut short.
 *
 * Properties, for every link:
 * - decoding gives a routine or a `DataError` naming `link`, never anything else, in under a second;
 * - it is accepted exactly when an independent oracle (the rules as docs/site/guides/how-often.md
 *   states them) says so;
 * - an accepted link gives back the frequency (weekdays Monday first), the address (trimmed) and the
 *   setting, and encodes again to a link that decodes to the same.
 */
import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import { DataError } from '../../src/index.js';
import { decodeRoutineLink, encodeRoutineLink, type SharedRoutine } from '../../src/share/routine-link.js';

const SEED = 20_261_208;
const CEILING_MS = 1000;
const DAYS = ['MO', 'TU', 'WE', 'TH', 'FR', 'SA', 'SU'];

// ---------------------------------------------------------------------------------------------
// The oracle, written from the documented rules, not from src/.

const whole = (value: unknown, min: number, max: number) => typeof value === 'number' && Number.isInteger(value) && value >= min && value <= max;

/** `f`: `d` 1–3 (1 when absent), exactly one of `w` (1–7 distinct day codes, comma-joined) and `n` (1–7), `t` HH:MM 00:00–23:59 when given, nothing else. */
function frequencyValid(f: Record<string, unknown>): boolean {
  const keys = Object.keys(f);
  if (keys.some((key) => !['d', 'w', 'n', 't'].includes(key))) return false;
  if (f.d !== undefined && !whole(f.d, 1, 3)) return false;
  if ((f.w === undefined) === (f.n === undefined)) return false;
  if (f.n !== undefined && !whole(f.n, 1, 7)) return false;
  if (f.w !== undefined) {
    if (typeof f.w !== 'string') return false;
    const days = f.w.split(',');
    if (days.length > 7 || !days.every((day) => DAYS.includes(day)) || new Set(days).size !== days.length) return false;
  }
  if (f.t !== undefined) {
    if (typeof f.t !== 'string' || !/^\d\d:\d\d$/.test(f.t)) return false;
    const [hours, minutes] = f.t.split(':').map(Number);
    if (hours > 23 || minutes > 59) return false;
  }
  return true;
}

/** `c`: one address, trimmed at most 254 characters; before the @ 1–64 of letters, digits and .!#$%&'*+/=?^_`{|}~-; after it two or more dot-separated labels of 1–63 letters, digits and inner hyphens. */
function emailValid(c: unknown): boolean {
  if (typeof c !== 'string') return false;
  const text = c.trim();
  if (text.length > 254) return false;
  const at = text.split('@');
  if (at.length !== 2) return false;
  const [local, domain] = at;
  if (local.length < 1 || local.length > 64 || !/^[A-Za-z0-9.!#$%&'*+/=?^_`{|}~-]+$/.test(local)) return false;
  const labels = domain.split('.');
  return labels.length >= 2 && labels.every((label) => /^[A-Za-z0-9]([A-Za-z0-9-]*[A-Za-z0-9])?$/.test(label) && label.length <= 63);
}

interface Extras {
  version: 1 | 2;
  f?: unknown;
  c?: unknown;
  x?: unknown;
}

function oracleAccepts({ version, f, c, x }: Extras): boolean {
  const given = f !== undefined || c !== undefined || x !== undefined;
  if (version === 1) return !given;
  if (!given) return false;
  if (f !== undefined && !(typeof f === 'object' && f !== null && !Array.isArray(f) && frequencyValid(f as Record<string, unknown>))) return false;
  if (c !== undefined && !emailValid(c)) return false;
  return x === undefined || x === 1;
}

// ---------------------------------------------------------------------------------------------
// The generators.

const time = fc.oneof(
  { weight: 6, arbitrary: fc.tuple(fc.integer({ min: 0, max: 23 }), fc.integer({ min: 0, max: 59 })).map(([h, m]) => `${String(h).padStart(2, '0')}:${String(m).padStart(2, '0')}`) },
  fc.constantFrom('24:00', '23:60', '8:00', '08:0', '08:00:00', ' 08:00', '０８:００', '<b>08:00</b>', '08\u202e:00', ''),
  fc.integer({ min: 0, max: 2400 }),
);
const weekdays = fc.oneof(
  { weight: 4, arbitrary: fc.subarray(DAYS, { minLength: 1 }).map((days) => days.join(',')) },
  { weight: 4, arbitrary: fc.shuffledSubarray(DAYS, { minLength: 1 }).map((days) => days.join(',')) },
  fc.constantFrom('', 'MO,MO', 'mo', 'MO;WE', 'MO, WE', 'XX', '<script>', 'MO,TU,WE,TH,FR,SA,SU,MO'),
  fc.constant(['MO', 'WE']),
);
const count = (min: number, max: number) =>
  fc.oneof({ weight: 8, arbitrary: fc.integer({ min: min - 1, max: max + 1 }) }, fc.constantFrom(1.5, '2', null, -0, Number.MAX_SAFE_INTEGER));
const frequency = fc.oneof(
  { weight: 5, arbitrary: fc.record({ d: count(1, 3), w: weekdays, t: time }, { requiredKeys: ['w'] }) },
  { weight: 5, arbitrary: fc.record({ d: count(1, 3), n: count(1, 7), t: time }, { requiredKeys: ['n'] }) },
  fc.record({ d: count(1, 3), w: weekdays, n: count(1, 7) }),
  fc.record({ d: count(1, 3), n: count(1, 7), q: fc.integer() }),
  fc.constantFrom('daily', 3, null, [1, 2]),
);
const label = fc.stringMatching(/^[a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?$/);
const email = fc.oneof(
  { weight: 4, arbitrary: fc.tuple(fc.stringMatching(/^[A-Za-z0-9.!#$%&'*+/=?^_`{|}~-]{1,64}$/), fc.array(label, { minLength: 2, maxLength: 5 })).map(([local, labels]) => `${local}@${labels.join('.')}`) },
  fc.tuple(fc.constantFrom(' ', ''), fc.constantFrom('a@b.example', 'reports@clinic.example'), fc.constantFrom(' ', '')).map((parts) => parts.join('')),
  fc.integer({ min: 240, max: 270 }).map((length) => `a@${'b'.repeat(length - 10)}.example`.slice(0, length)),
  fc.constantFrom('a@b', '@b.example', 'a@@b.example', 'a b@c.example', '"a"@b.example', '<a@b.example>', 'a@b.example\n', 'a\u202e@b.example', 'ä@b.example', 'a@-b.example', 'a@b-.example', 'a@b..example', 42, null),
  fc.constant(`${'a'.repeat(65)}@b.example`),
);
const extras: fc.Arbitrary<Extras> = fc.record(
  {
    version: fc.constantFrom(1 as const, 2 as const, 2 as const, 2 as const),
    f: frequency,
    c: email,
    x: fc.constantFrom(1, 1, 1, 1, 0, 2, true, '1'),
  },
  { requiredKeys: ['version'] },
);

const base64url = (bytes: Uint8Array) => btoa(String.fromCharCode(...bytes)).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');

function fragmentOf({ version, ...fields }: Extras): string {
  const json = { n: 'Home', i: ['knee-to-chest', ['half-crunch', { s: 2 }]], ...fields };
  return `routine=${version}j.${base64url(new TextEncoder().encode(JSON.stringify(json)))}`;
}

async function decodeTimed(fragment: string): Promise<SharedRoutine | DataError | null> {
  const started = performance.now();
  let result: SharedRoutine | DataError | null;
  try {
    result = await decodeRoutineLink(fragment);
  } catch (error) {
    expect(error, `only a DataError, got ${String(error)}`).to.be.instanceOf(DataError);
    expect((error as DataError).problems[0].path).to.match(/^link\b/);
    result = error as DataError;
  }
  expect(performance.now() - started, 'under the ceiling').to.be.below(CEILING_MS);
  return result;
}

describe('fuzzed version-2 links (fast-check)', function () {
  this.timeout(300_000);

  it('1,200 generated links: accepted exactly when the documented rules say, given back as sent, never a throw', async () => {
    let accepted = 0;
    await fc.assert(
      fc.asyncProperty(extras, async (generated) => {
        const result = await decodeTimed(fragmentOf(generated));
        const accepts = oracleAccepts(generated);
        if (result instanceof DataError) {
          expect(accepts, `refused (${result.message.slice(0, 200)}) though the oracle accepts ${JSON.stringify(generated)}`).to.equal(false);
          return;
        }
        expect(accepts, `accepted though the oracle refuses ${JSON.stringify(generated)}`).to.equal(true);
        accepted++;
        const shared = result!;
        const f = generated.f as Record<string, unknown> | undefined;
        if (f) {
          const { frequency } = shared.routine;
          expect(frequency!.timesPerDay).to.equal(f.d ?? 1);
          if (f.w !== undefined) expect((frequency!.days as { weekdays: string[] }).weekdays).to.deep.equal(DAYS.filter((day) => (f.w as string).split(',').includes(day)));
          else expect(frequency!.days).to.deep.equal({ perWeek: f.n });
          expect(frequency!.time).to.equal(f.t);
        } else expect(shared.routine.frequency).to.equal(undefined);
        expect(shared.clinicEmail).to.equal(typeof generated.c === 'string' ? generated.c.trim() : undefined);
        expect(shared.noSuggestions).to.equal(generated.x === 1 ? true : undefined);
        // Written again and read back: the same.
        const again = await decodeRoutineLink(await encodeRoutineLink(shared));
        expect(again!.routine.frequency).to.deep.equal(shared.routine.frequency);
        expect(again!.clinicEmail).to.equal(shared.clinicEmail);
        expect(again!.noSuggestions).to.equal(shared.noSuggestions);
      }),
      { numRuns: 1200, seed: SEED },
    );
    // The generators must reach both sides of the rule.
    expect(accepted, 'some links accepted').to.be.above(100);
    expect(accepted, 'some links refused').to.be.below(1100);
  });

  it('the same links cut short or changed: a routine or a plain error, never a throw', async () => {
    await fc.assert(
      fc.asyncProperty(extras, fc.nat(), fc.constantFrom('cut', 'change'), async (generated, at, how) => {
        const good = fragmentOf(generated);
        const split = 12 + (at % Math.max(1, good.length - 12));
        const fragment = how === 'cut' ? good.slice(0, split) : `${good.slice(0, split)}${good[split] === 'A' ? 'B' : 'A'}${good.slice(split + 1)}`;
        await decodeTimed(fragment);
      }),
      { numRuns: 400, seed: SEED + 1 },
    );
  });
});
