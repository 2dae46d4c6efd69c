/**
 * Fuzzed report links (fast-check, fixed seed): over 1,300 generated links per run, built as a
 * careless or hostile sender would, with every field at and just past its limit (days, sessions,
 * exercises, levels, pain, repetitions and sets of a stop, seconds into the hold, the name's length)
 * and names carrying markup, direction overrides, control characters, invisible-only text and
 * broken surrogates; then the same links cut short, changed, padded and replaced by noise.
 *
 * Properties, for every link:
 * - decoding gives a report, `null` (no report in it) or a `DataError` whose problems name a field
 *   under `report`, never anything else, and under a second;
 * - a report is accepted exactly when an independent oracle (the format as report-link.ts states
 *   it, written out here) says the JSON is one;
 * - an accepted report encodes again and decodes to the same report;
 * - `<progress-report>` given any of these links shows the report or a visible error naming the field, and never throws.
 *
 * On a failure fast-check prints the seed and the path of the smallest failing case: set REPLAY.
 */
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import fc from 'fast-check';
import '../../src/progress-report/define.js';
import { DataError } from '../../src/index.js';
import type { ProgressReport } from '../../src/progress-report/progress-report.js';
import { decodeReportLink, encodeReportLink, type PatientReport } from '../../src/adherence/report-link.js';

const SEED = 20_261_208;
const REPLAY = undefined as { seed: number; path: string } | undefined;
const settings = (numRuns: number) => ({ numRuns, ...(REPLAY ?? { seed: SEED }) });
const CEILING_MS = 1000;

// ---------------------------------------------------------------------------------------------
// The oracle: the format as written in report-link.ts, independently of its code.

const int = (value: unknown, min: number, max: number) => typeof value === 'number' && Number.isInteger(value) && value >= min && value <= max;
const ID = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
const PHASES = ['prepare', 'hold', 'switch-sides', 'rest', 'transition', 'rating'];
// eslint-disable-next-line no-control-regex -- control characters are what the rule refuses
const CONTROL = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F]/;
const DIRECTION = /[\u202A-\u202E\u2066-\u2069]/;
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

function plainName(value: unknown): boolean {
  if (typeof value !== 'string') return false;
  const text = value.trim();
  return (
    text.replace(/[\s\u200B-\u200D\u2060\uFEFF]/g, '') !== '' &&
    text.length <= 120 &&
    !/<[a-z!/?]/i.test(text) &&
    !CONTROL.test(text) &&
    !DIRECTION.test(text) &&
    !LONE_SURROGATE.test(text)
  );
}

function realDate(value: unknown): boolean {
  if (typeof value !== 'string' || !/^\d{4}-\d{2}-\d{2}$/.test(value)) return false;
  const [year, month, day] = value.split('-').map(Number);
  const date = new Date(Date.UTC(year, month - 1, day));
  return year >= 2000 && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
}

function oracleAccepts(json: Record<string, unknown>): boolean {
  const { h, s, u, e, r, p, n, ...rest } = json;
  if (Object.keys(rest).length > 0) return false;
  if (typeof h !== 'string' || !/^[0-9a-z]{1,13}$/.test(h) || !realDate(s) || !int(u, 0, 3660)) return false;
  if (!Array.isArray(e) || e.length < 1 || e.length > 50 || !e.every((id) => typeof id === 'string' && id.length <= 64 && ID.test(id))) return false;
  const days = u as number;
  if (!Array.isArray(r) || r.length > 500) return false;
  for (const session of r) {
    if (!Array.isArray(session) || session.length < 3 || session.length > 4) return false;
    const [day, status, codes, stop] = session as unknown[];
    if (!int(day, 0, days) || ![0, 1, 2].includes(status as number) || !Array.isArray(codes) || codes.length !== e.length) return false;
    if (!codes.every((code) => code === null || (typeof code === 'string' && /^[dsxn][012](10|[0-9])?[erh]?$/.test(code)))) return false;
    if (stop !== undefined) {
      if (status !== 2 || !Array.isArray(stop) || stop.length !== 8) return false;
      const [index, phase, side, rep, reps, set, sets, seconds] = stop as unknown[];
      if (!int(index, 0, e.length - 1) || !PHASES.includes(phase as string) || !int(side, 0, 2)) return false;
      if (!int(reps, 1, 500) || !int(rep, 1, reps as number) || !int(sets, 1, 50) || !int(set, 1, sets as number) || !int(seconds, 0, 3600)) return false;
    }
  }
  if (p !== undefined) {
    if (!Array.isArray(p) || p.length > 200) return false;
    for (const change of p) {
      if (!Array.isArray(change) || change.length !== 4) return false;
      const [day, index, from, to] = change as unknown[];
      if (!int(day, 0, days) || !int(index, 0, e.length - 1) || !int(from, 0, 2) || !int(to, 0, 2) || from === to) return false;
    }
  }
  return n === undefined || plainName(n);
}

// ---------------------------------------------------------------------------------------------
// Generators: mostly well-formed reports, with now and then a field at or past its limit, or wrong.

const wrong = fc.constantFrom<unknown>(-1, 1.5, '3', null, true, [], {}, 1e308);
const near = (min: number, max: number) =>
  fc.oneof(
    { weight: 60, arbitrary: fc.integer({ min, max }) },
    { weight: 6, arbitrary: fc.constantFrom(min, max) },
    { weight: 1, arbitrary: fc.constantFrom(min - 1, max + 1) },
    { weight: 1, arbitrary: wrong },
  );
const IDS = ['knee-to-chest', 'lower-back-twist', 'side-trunk-stretch', 'half-crunch', 'push-up-back-extension', 'assisted-back-extension'];
const ids = fc.oneof(
  { weight: 12, arbitrary: fc.integer({ min: 1, max: 6 }).map((count) => IDS.slice(0, count)) },
  { weight: 1, arbitrary: fc.constantFrom(50, 51, 0).map((count) => Array.from({ length: count }, (_, index) => `exercise-${index}`)) },
  { weight: 1, arbitrary: fc.constantFrom<unknown[]>(['Knee'], ['a'.repeat(64)], ['a'.repeat(65)], ['knee--chest'], [3], 'knee-to-chest' as unknown as unknown[]) },
);
const code = fc.oneof(
  { weight: 200, arbitrary: fc.tuple(fc.constantFrom('d', 's', 'x', 'n'), fc.integer({ min: 0, max: 2 }), fc.option(fc.integer({ min: 0, max: 10 }), { nil: undefined }), fc.constantFrom('', 'e', 'r', 'h')).map(([o, l, p, d]) => `${o}${l}${p ?? ''}${d}`) },
  { weight: 10, arbitrary: fc.constant(null) },
  { weight: 1, arbitrary: fc.constantFrom<unknown>('d3', 'd011', 'D0', 'd0-1', 'd0e ', 'q0', 'd010e', 'd03x', 5, '') },
);
const HAZARDS = ['\u202E', '\u2066', '\u0000', '\u001B', '\uD800', '\uDFFF', '<b>', '<img src=x onerror=alert(1)>'];
const name = fc.oneof(
  { weight: 8, arbitrary: fc.constantFrom('Ana Pérez', 'محمد', '山田 花子', 'Jürgen 👩‍⚕️', 'Pain < 3 is fine') },
  { weight: 2, arbitrary: fc.constantFrom('a'.repeat(120), 'a'.repeat(121), `  ${'b'.repeat(120)}  `, '', '  ', '\u200B\uFEFF') },
  { weight: 3, arbitrary: fc.tuple(fc.constantFrom(...HAZARDS), fc.nat({ max: 8 })).map(([hazard, at]) => `Ana Pérez`.slice(0, at) + hazard + `Ana Pérez`.slice(at)) },
  { weight: 1, arbitrary: fc.string({ unit: 'grapheme', minLength: 1, maxLength: 30 }) },
);

const report = ids.chain((exerciseIds) => {
  const count = Array.isArray(exerciseIds) ? exerciseIds.length : 1;
  const stop = fc.oneof(
    { weight: 10, arbitrary: fc.tuple(near(0, Math.max(0, count - 1)), fc.constantFrom(...PHASES), near(0, 2), fc.integer({ min: 1, max: 10 }), fc.integer({ min: 1, max: 3 }), near(0, 3600)).map(([index, phase, side, reps, sets, seconds]) => [index, phase, side, reps, reps, sets, sets, seconds]) },
    { weight: 2, arbitrary: fc.tuple(near(1, 500), near(1, 50)).map(([reps, sets]) => [0, 'hold', 1, reps, reps, sets, sets, 3]) },
    { weight: 1, arbitrary: fc.constantFrom<unknown>([0, 'hold', 1, 3, 2, 1, 1, 0], [0, 'stretch', 0, 1, 1, 1, 1, 0], [0, 'hold', 0, 1, 1, 1, 1], 'hold') },
  );
  return fc
    .record({
      h: fc.oneof({ weight: 10, arbitrary: fc.stringMatching(/^[0-9a-z]{1,13}$/) }, { weight: 1, arbitrary: fc.constantFrom<unknown>('', 'ABC', 'a'.repeat(14), 12, 'é') }),
      s: fc.oneof({ weight: 10, arbitrary: fc.date({ min: new Date('2020-01-01'), max: new Date('2030-12-31'), noInvalidDate: true }).map((date) => date.toISOString().slice(0, 10)) }, { weight: 1, arbitrary: fc.constantFrom<unknown>('2026-02-30', '1999-12-31', '2026-1-5', '05/10/2026', 20261005) }),
      u: near(0, 3660).map((value) => (typeof value === 'number' && value >= 0 && value <= 3660 && value > 120 ? value % 120 : value)),
      dayCap: fc.integer({ min: 0, max: 119 }),
      sessions: fc.array(fc.tuple(fc.integer({ min: 0, max: 119 }), fc.oneof({ weight: 40, arbitrary: fc.constantFrom(0, 1, 1, 2) }, { weight: 1, arbitrary: fc.constantFrom(3, -1) }), fc.array(code, { minLength: count, maxLength: count }), fc.option(stop, { nil: undefined }), fc.integer({ min: 0, max: 80 })), { maxLength: 8 }),
      progressions: fc.option(fc.array(fc.tuple(near(0, 119), near(0, Math.max(0, count - 1)), near(0, 2), near(0, 2)), { maxLength: 4 }), { nil: undefined }),
      n: fc.option(name, { nil: undefined }),
      extra: fc.oneof({ weight: 20, arbitrary: fc.constant(undefined) }, { weight: 1, arbitrary: fc.constantFrom('v', 'name', '__proto__') }),
      wrongLength: fc.oneof({ weight: 20, arbitrary: fc.constant(false) }, { weight: 1, arbitrary: fc.constant(true) }),
    })
    .map(({ h, s, u, sessions, progressions, n, extra, wrongLength }) => {
      const days = typeof u === 'number' && u >= 0 ? u : 0;
      const json: Record<string, unknown> = {
        h,
        s,
        u,
        e: exerciseIds,
        r: sessions.map(([day, status, codes, at, over]) => {
          // Most days fall within the report; some just past its last day.
          const entry: unknown[] = [over === 0 ? days + 1 : day % (days + 1), status, wrongLength ? [...codes, null] : codes];
          if (at !== undefined && (status === 2 || over === 1)) entry.push(at);
          return entry;
        }),
      };
      // Level changes on days within the report (a number past the range, or not a day at all, stays as generated).
      if (progressions !== undefined) json.p = progressions.map(([day, ...rest]) => [typeof day === 'number' && day >= 0 && day <= 119 ? day % (days + 1) : day, ...rest]);
      if (n !== undefined) json.n = n;
      if (extra !== undefined) json[extra] = 1;
      return json;
    });
});

// ---------------------------------------------------------------------------------------------

function base64url(bytes: Uint8Array): string {
  let binary = '';
  for (const byte of bytes) binary += String.fromCharCode(byte);
  return btoa(binary).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

async function deflate(bytes: Uint8Array<ArrayBuffer>): Promise<Uint8Array> {
  return new Uint8Array(await new Response(new Blob([bytes]).stream().pipeThrough(new CompressionStream('deflate-raw'))).arrayBuffer());
}

async function encode(json: unknown, compressed: boolean): Promise<string> {
  const bytes = new TextEncoder().encode(JSON.stringify(json));
  return compressed ? `report=1z.${base64url(await deflate(bytes))}` : `report=1j.${base64url(bytes)}`;
}

let slowest = 0;

async function decodeTimed(fragment: string): Promise<PatientReport | DataError | null> {
  const started = performance.now();
  let result: PatientReport | DataError | null;
  try {
    result = await decodeReportLink(fragment);
  } catch (error) {
    if (!(error instanceof DataError)) throw new Error(`decoding threw ${String(error)}, not a DataError`);
    expect(error.problems.length, 'a refusal says why').to.be.greaterThan(0);
    for (const problem of error.problems) expect(problem.path, problem.message).to.match(/^report\b/);
    result = error;
  }
  const took = performance.now() - started;
  slowest = Math.max(slowest, took);
  expect(took, `ms to decode a ${fragment.length}-character link`).to.be.below(CEILING_MS);
  return result;
}

describe('fuzzed report links (fast-check)', function () {
  this.timeout(300_000);

  it('1,000 generated reports: accepted exactly when the format allows, round-trip when accepted, never a throw, each under a second', async () => {
    let generated = 0;
    let accepted = 0;
    await fc.assert(
      fc.asyncProperty(report, fc.boolean(), async (json, compressed) => {
        generated++;
        const result = await decodeTimed(await encode(json, compressed));
        const accepts = oracleAccepts(json);
        if (result instanceof DataError || result === null) {
          expect(accepts, `refused (${result?.message.slice(0, 300)}) though the oracle accepts ${JSON.stringify(json).slice(0, 300)}`).to.equal(false);
          return;
        }
        expect(accepts, `accepted though the oracle refuses ${JSON.stringify(json).slice(0, 300)}`).to.equal(true);
        accepted++;
        expect(await decodeReportLink(await encodeReportLink(result)), 'encodes again to the same report').to.deep.equal(result);
      }),
      settings(1000),
    );
    expect(generated).to.be.at.least(1000);
    expect(accepted, 'accepted reports').to.be.within(150, 850);
    console.log(`fuzzed report links: ${generated} generated (seed ${REPLAY?.seed ?? SEED}), ${accepted} accepted, slowest ${slowest.toFixed(1)} ms`);
  });

  it('300 links cut short, changed, padded or replaced by noise: a report, nothing or a DataError naming report, never a throw', async () => {
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
      fc.asyncProperty(report, fc.boolean(), mutation, async (json, compressed, change) => {
        generated++;
        let fragment = await encode(json, compressed);
        const head = 'report=1z.'.length;
        if (change.kind === 'cut') fragment = fragment.slice(0, change.at % (fragment.length + 1));
        else if (change.kind === 'flip') {
          const at = head + (change.at % Math.max(1, fragment.length - head));
          fragment = `${fragment.slice(0, at)}${change.to}${fragment.slice(at + 1)}`;
        } else if (change.kind === 'insert') {
          const at = change.at % (fragment.length + 1);
          fragment = `${fragment.slice(0, at)}${change.what}${fragment.slice(at)}`;
        } else if (change.kind === 'noise') fragment = `report=${change.what}`;
        else if (change.kind === 'pad') fragment = `${fragment}${'A'.repeat(change.times)}`;
        else fragment = fragment.replace(/^report=1[zj]/, `report=${change.to}`);
        const result = await decodeTimed(fragment);
        if (result && !(result instanceof DataError)) expect(await decodeReportLink(await encodeReportLink(result))).to.deep.equal(result);
      }),
      settings(300),
    );
    expect(generated).to.be.at.least(300);
  });

  it('a compressed report that unpacks past 64 kB (a deflate bomb) is refused at once', async () => {
    const fragment = await encode({ h: 'abc', s: '2026-10-05', u: 1, e: ['knee-to-chest'], r: [], n: 'a'.repeat(5_000_000) }, true);
    expect(fragment.length, 'the bomb fits in a link').to.be.below(8000);
    expect(await decodeTimed(fragment)).to.be.instanceOf(DataError);
  });

  it('<progress-report> shows 60 of them as a report or a visible error naming the field, and logs the error', async () => {
    const errors: unknown[][] = [];
    const original = console.error;
    console.error = (...args: unknown[]) => errors.push(args);
    try {
      const samples = fc.sample(fc.tuple(report, fc.boolean()), { numRuns: 60, seed: SEED });
      for (const [json, compressed] of samples) {
        const logged = errors.length;
        const link = `https://clinic.example/#${await encode(json, compressed)}`;
        const el = await fixture<ProgressReport>(html`<progress-report report=${link}></progress-report>`);
        await waitUntil(() => el.shadowRoot!.querySelector('[part="report"], [part="error"]'), 'the report or an error is shown');
        if (oracleAccepts(json)) {
          expect(el.shadowRoot!.querySelector('[part="error"]')).to.equal(null);
          continue;
        }
        const error = el.shadowRoot!.querySelector('[part="error"]')!;
        expect(error.getAttribute('role')).to.equal('alert');
        expect(error.querySelector('li')!.textContent).to.match(/^report\b/);
        expect(errors.length, 'logged on the console').to.be.greaterThan(logged);
        expect(error.querySelector('script, img, b'), 'nothing from the link is markup').to.equal(null);
      }
    } finally {
      console.error = original;
    }
  });
});
