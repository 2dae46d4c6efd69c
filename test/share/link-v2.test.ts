// Routine link version 2 (issue 24): `f` (how often), `c` (the clinic's e-mail for reports) and
// `x` (no level suggestions) beside version 1. A link with none of them is still version 1 (and
// byte for byte what the encoder wrote before); both versions round-trip; a bad field gives the
// usual plain error naming it; the player plays a version-2 link, shows how often, and exposes
// the clinic's address and the suggestions setting read-only.
import { expect, fixture, waitUntil } from '@open-wc/testing';
import '../../src/define.js';
import { DataError, ROUTINES, type RoutinePlayer } from '../../src/index.js';
import { decodeRoutineLink, encodeRoutineLink, type SharedRoutine } from '../../src/share/routine-link.js';

const base64url = (text: string) => btoa(String.fromCharCode(...new TextEncoder().encode(text))).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
const link = (version: 1 | 2, value: unknown) => `routine=${version}j.${base64url(JSON.stringify(value))}`;

async function problemsOf(fragment: string): Promise<string[]> {
  try {
    await decodeRoutineLink(fragment);
  } catch (error) {
    expect(error, fragment).to.be.instanceOf(DataError);
    return (error as DataError).problems.map((problem) => `${problem.path}: ${problem.message}`);
  }
  return [];
}

const weekly: SharedRoutine = {
  routine: {
    id: 'x',
    name: 'Back, week 2',
    items: [{ exercise: 'knee-to-chest' }, { exercise: 'half-crunch', dose: { sets: 2 } }],
    frequency: { timesPerDay: 2, days: { weekdays: ['MO', 'WE', 'FR'] }, time: '07:30' },
  },
  level: 'intermediate',
  note: 'Slowly.',
  clinicEmail: 'reports@northside-physio.example',
  noSuggestions: true,
};

describe('routine link version 2', () => {
  it('is written only when the link carries how often, the clinic’s address or no suggestions', async () => {
    for (const routine of ROUTINES) {
      expect(await encodeRoutineLink({ routine, level: 'advanced', note: 'n' })).to.match(/^routine=1z\./);
    }
    expect(await encodeRoutineLink(weekly)).to.match(/^routine=2z\./);
    const only = { routine: ROUTINES[0] };
    expect(await encodeRoutineLink({ ...only, clinicEmail: 'a@b.example' })).to.match(/^routine=2z\./);
    expect(await encodeRoutineLink({ ...only, noSuggestions: true })).to.match(/^routine=2z\./);
    expect(await encodeRoutineLink({ routine: { ...ROUTINES[0], frequency: { timesPerDay: 1, days: { perWeek: 3 } } } })).to.match(/^routine=2z\./);
  });

  it('writes a version-1 link with exactly the fields of version 1 when none of version 2 is given', async () => {
    for (const routine of ROUTINES) {
      const fragment = await encodeRoutineLink({ routine, level: 'intermediate', pace: 'done', note: 'Twice a day.' });
      const body = fragment.replace(/^routine=1z\./, '');
      const bytes = Uint8Array.from(atob(body.replace(/-/g, '+').replace(/_/g, '/') + '==='.slice((body.length + 3) % 4)), (c) => c.charCodeAt(0));
      const json = await new Response(new Blob([bytes]).stream().pipeThrough(new DecompressionStream('deflate-raw'))).text();
      expect(Object.keys(JSON.parse(json) as object).sort()).to.deep.equal(['i', 'l', 'n', 'p', 't']);
    }
  });

  it('round-trips: version 2 gives back the frequency, the address and the setting; version 1 gives none', async () => {
    const decoded = (await decodeRoutineLink(await encodeRoutineLink(weekly)))!;
    expect(decoded.routine.frequency).to.deep.equal(weekly.routine.frequency);
    expect(decoded.clinicEmail).to.equal('reports@northside-physio.example');
    expect(decoded.noSuggestions).to.equal(true);
    expect(decoded.level).to.equal('intermediate');
    expect(decoded.note).to.equal('Slowly.');
    expect(decoded.routine.items).to.deep.equal(weekly.routine.items);
    // Encoded again, the same link.
    expect(await encodeRoutineLink(decoded)).to.equal(await encodeRoutineLink(weekly));
    const perWeek = (await decodeRoutineLink(link(2, { n: 'x', i: ['half-crunch'], f: { d: 1, n: 4 } })))!;
    expect(perWeek.routine.frequency).to.deep.equal({ timesPerDay: 1, days: { perWeek: 4 } });
    const one = (await decodeRoutineLink(await encodeRoutineLink({ routine: ROUTINES[1], note: 'n' })))!;
    expect(one.routine.frequency).to.equal(undefined);
    expect(one).to.not.have.property('clinicEmail');
    expect(one).to.not.have.property('noSuggestions');
  });

  it('gives the same routine id for the same exercises whatever the frequency (progress and history carry on)', async () => {
    const without = (await decodeRoutineLink(await encodeRoutineLink({ routine: { ...weekly.routine, frequency: undefined } })))!;
    const withIt = (await decodeRoutineLink(await encodeRoutineLink(weekly)))!;
    expect(withIt.routine.id).to.equal(without.routine.id);
  });

  const refused: [string, string, RegExp][] = [
    ['how often in a version-1 link', link(1, { n: 'x', i: ['half-crunch'], f: { d: 1, n: 3 } }), /^link: holds a field no link of ours writes \("f"\)/],
    ['an address in a version-1 link', link(1, { n: 'x', i: ['half-crunch'], c: 'a@b.example' }), /^link: holds a field no link of ours writes \("c"\)/],
    ['version 2 with nothing of its own', link(2, { n: 'x', i: ['half-crunch'] }), /^link: is marked version 2/],
    ['absurd times a day', link(2, { n: 'x', i: ['half-crunch'], f: { d: 40, n: 3 } }), /^link\.frequency\.timesPerDay: must be a whole number from 1 to 3, got 40/],
    ['eight days a week', link(2, { n: 'x', i: ['half-crunch'], f: { d: 1, n: 8 } }), /^link\.frequency\.days\.perWeek: must be a whole number from 1 to 7, got 8/],
    ['a day that is no day', link(2, { n: 'x', i: ['half-crunch'], f: { d: 1, w: 'MO,XY' } }), /^link\.frequency\.days\.weekdays\[1\]: must be one of/],
    ['a bad time', link(2, { n: 'x', i: ['half-crunch'], f: { d: 1, n: 2, t: '25:61' } }), /^link\.frequency\.time: must be a time of day/],
    ['markup as the time', link(2, { n: 'x', i: ['half-crunch'], f: { d: 1, n: 2, t: '<img src=x onerror=alert(1)>' } }), /^link\.frequency\.time: /],
    ['both days and days a week', link(2, { n: 'x', i: ['half-crunch'], f: { d: 1, n: 2, w: 'MO' } }), /^link: the frequency gives neither or both/],
    ['an unknown frequency field', link(2, { n: 'x', i: ['half-crunch'], f: { d: 1, n: 2, q: 1 } }), /^link: the frequency has a field no link of ours writes/],
    ['markup as the address', link(2, { n: 'x', i: ['half-crunch'], c: '<a href=x>@b.example' }), /^link\.clinicEmail: must be one e-mail address/],
    ['two addresses', link(2, { n: 'x', i: ['half-crunch'], c: 'a@b.example, c@d.example' }), /^link\.clinicEmail: /],
    ['an address too long', link(2, { n: 'x', i: ['half-crunch'], c: `${'a'.repeat(64)}@${'b'.repeat(63)}.${'c'.repeat(63)}.${'d'.repeat(63)}.example` }), /^link\.clinicEmail: .*at most 254/],
    ['an address with a direction override', link(2, { n: 'x', i: ['half-crunch'], c: 'a\u202e@b.example' }), /^link\.clinicEmail: /],
    ['suggestions set to 2', link(2, { n: 'x', i: ['half-crunch'], x: 2 }), /^link: has a setting for level suggestions that is not 1/],
    ['suggestions set to true', link(2, { n: 'x', i: ['half-crunch'], x: true }), /^link: has a setting for level suggestions/],
  ];
  for (const [why, fragment, expected] of refused) {
    it(`refuses ${why} with a plain error naming the field`, async () => {
      const problems = await problemsOf(fragment);
      expect(problems.some((problem) => expected.test(problem)), problems.join(' | ') || 'accepted').to.equal(true);
    });
  }

  it('refuses to write a link with an address that is not one', async () => {
    let caught: unknown;
    try {
      await encodeRoutineLink({ routine: ROUTINES[0], clinicEmail: 'not an address' });
    } catch (error) {
      caught = error;
    }
    expect(caught).to.be.instanceOf(DataError);
  });
});

describe('<routine-player from-url> with a version-2 link', () => {
  const before = location.hash;
  afterEach(() => history.replaceState(null, '', `${location.pathname}${location.search}${before}`));

  async function playerWithHash(hash: string) {
    history.replaceState(null, '', `${location.pathname}${location.search}#${hash}`);
    const wrapper = await fixture<HTMLDivElement>(`<div><routine-player from-url routine="lower-back-stretches" cues="none"></routine-player></div>`);
    const player = wrapper.querySelector('routine-player') as RoutinePlayer;
    await waitUntil(() => player.routineData?.id.startsWith('shared-') || player.shadowRoot?.querySelector('[part="error"]'), 'the player reads the link');
    await player.updateComplete;
    return player;
  }

  it('plays it, shows how often, and exposes the clinic’s address and no suggestions', async () => {
    const player = await playerWithHash(await encodeRoutineLink(weekly));
    expect(player.routineData!.frequency).to.deep.equal(weekly.routine.frequency);
    expect(player.clinicEmail).to.equal('reports@northside-physio.example');
    expect(player.noSuggestions).to.equal(true);
    const shown = player.shadowRoot!.querySelector('[part="frequency"]')!.textContent!.replace(/\s+/g, ' ').trim();
    expect(shown).to.equal('How often: Mon, Wed, and Fri · twice a day · 07:30 and 17:30');
  });

  it('a version-1 link has no address and keeps suggestions on; a bad version-2 field is the usual plain error', async () => {
    const old = await playerWithHash(await encodeRoutineLink({ routine: ROUTINES[2] }));
    expect(old.clinicEmail).to.equal(undefined);
    expect(old.noSuggestions).to.equal(false);
    expect(old.shadowRoot!.querySelector('[part="frequency"]'), 'no frequency, nothing said about it').to.equal(null);
    const bad = await playerWithHash(link(2, { n: 'x', i: ['half-crunch'], f: { d: 9, n: 3 } }));
    const error = bad.shadowRoot!.querySelector('[part="error"]')!;
    expect(error.textContent).to.contain('link.frequency.timesPerDay');
    expect(bad.clinicEmail).to.equal(undefined);
  });
});
