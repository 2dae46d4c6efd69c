import { expect, waitUntil } from '@open-wc/testing';
import '../../src/define.js';
import { DataError, EXERCISE_IDS, LEVELS, LIMITS, ROUTINES, getExercise, planRoutine, resolveRoutine, type Level, type Pace, type Routine, type RoutineItem, type RoutinePlayer } from '../../src/index.js';
import { MAX_LINK_LENGTH, decodeRoutineLink, encodeRoutineLink, routineLink, type SharedRoutine } from '../../src/share/routine-link.js';

/** A small seeded generator (mulberry32): the same 200 routines on every run. */
function random(seed: number) {
  return () => {
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function randomRoutine(next: () => number, n: number): SharedRoutine {
  const int = (low: number, high: number) => low + Math.floor(next() * (high - low + 1));
  const pick = <T>(list: readonly T[]) => list[int(0, list.length - 1)];
  const items: RoutineItem[] = Array.from({ length: int(1, 8) }, () => {
    const item: RoutineItem = { exercise: pick(EXERCISE_IDS) };
    if (next() < 0.6) {
      item.dose = {};
      if (next() < 0.7) item.dose.holdSeconds = int(1, 120);
      if (next() < 0.5) item.dose.reps = next() < 0.5 ? int(1, 30) : { beginner: int(1, 10), intermediate: int(1, 20), advanced: int(1, 30) };
      if (next() < 0.4) item.dose.sets = int(1, 5);
      if (next() < 0.3) item.dose.eachSide = next() < 0.5;
      if (next() < 0.3) item.dose.restSeconds = int(0, 30);
      if (next() < 0.2) item.dose.setRestSeconds = int(0, 120);
      if (next() < 0.2) item.dose.prepareSeconds = int(0, 15);
      if (next() < 0.2) item.dose.switchSeconds = int(0, 10);
    }
    if (item.dose && Object.keys(item.dose).length === 0) delete item.dose;
    if (next() < 0.2) item.pace = pick<Pace>(['timer', 'done']);
    return item;
  });
  const routine: Routine = { id: `r${n}`, name: `Routine ${n} – für Jürgen «ñ» ${'★'.repeat(int(0, 3))}`.trim(), items };
  if (next() < 0.3) routine.restBetweenSeconds = int(0, 60);
  const shared: SharedRoutine = { routine };
  if (next() < 0.5) shared.level = pick(LEVELS);
  if (next() < 0.3) shared.pace = pick<Pace>(['timer', 'done']);
  if (next() < 0.5) shared.note = `Twice a day (${n}). Call us if the pain spreads to your leg.`;
  return shared;
}

/** What a player would do with it: each segment's kind, side and length, to the millisecond. */
function planOf(shared: SharedRoutine, level: Level = shared.level ?? 'beginner') {
  const resolved = resolveRoutine(shared.routine);
  return planRoutine(resolved, level, (index) => (resolved.paces[index] ?? shared.pace) === 'done').segments.map((s) => [s.kind, s.side, s.duration]);
}

async function expectLinkError(fragment: string, why: string) {
  let caught: unknown;
  try {
    await decodeRoutineLink(fragment);
  } catch (error) {
    caught = error;
  }
  expect(caught, `${why}: a DataError, not ${String(caught)}`).to.be.instanceOf(DataError);
  expect((caught as DataError).problems[0].path, why).to.match(/^link\b/);
}

describe('a routine in a link', () => {
  for (const builtIn of ROUTINES) {
    it(`round-trips ${builtIn.id} at every level: the same plan, to the millisecond`, async () => {
      for (const level of LEVELS) {
        const shared: SharedRoutine = { routine: builtIn, level };
        const back = (await decodeRoutineLink(await encodeRoutineLink(shared)))!;
        expect(back.routine.name).to.equal(builtIn.name);
        expect(back.level ?? 'beginner').to.equal(level);
        expect(planOf(back)).to.deep.equal(planOf(shared));
      }
    });
  }

  it('round-trips 200 random valid routines (seeded): items, doses, paces, rests, level, pace and note', async () => {
    const next = random(20261125);
    for (let n = 0; n < 200; n++) {
      let shared = randomRoutine(next, n);
      // Valid includes the routine limit: a draw that plans longer at any level is drawn again.
      while (LEVELS.some((level) => planRoutine(resolveRoutine(shared.routine), level).total > LIMITS.routineTotalSeconds * 1000)) {
        shared = randomRoutine(next, n);
      }
      const fragment = await encodeRoutineLink(shared);
      const back = (await decodeRoutineLink(`#${fragment}`))!;
      expect(back.routine.items, `routine ${n}`).to.deep.equal(shared.routine.items);
      expect(back.routine.name).to.equal(shared.routine.name);
      expect(back.routine.restBetweenSeconds).to.equal(shared.routine.restBetweenSeconds);
      expect([back.level, back.pace, back.note]).to.deep.equal([shared.level === 'beginner' ? undefined : shared.level, shared.pace, shared.note]);
      expect(planOf(back), `routine ${n}`).to.deep.equal(planOf(shared));
    }
  });

  it('fits six exercises with their own doses and a note in under 600 characters', async () => {
    const shared: SharedRoutine = {
      routine: {
        id: 'home',
        name: 'Your home programme',
        items: [
          { exercise: 'knee-to-chest', dose: { holdSeconds: 30 } },
          { exercise: 'lower-back-twist', dose: { holdSeconds: 40, sets: 2 } },
          { exercise: 'side-trunk-stretch', dose: { holdSeconds: 20, restSeconds: 5 } },
          { exercise: 'half-crunch', dose: { reps: { beginner: 8, intermediate: 12, advanced: 20 }, sets: 2 } },
          { exercise: 'push-up-back-extension', dose: { holdSeconds: 8, reps: 6 }, pace: 'done' },
          { exercise: 'assisted-back-extension', dose: { reps: 5, setRestSeconds: 45 } },
        ],
      },
      level: 'intermediate',
      note: 'Twice a day. Call us if the pain spreads to your leg.',
    };
    const link = await routineLink(shared, 'https://clinic.example/exercises/');
    console.log(`six-exercise link: ${link.length} characters`);
    expect(link.length).to.be.below(600);
    expect(link.startsWith('https://clinic.example/exercises/#routine=1z.')).to.equal(true);
  });

  it('keeps reading version-1 links made today (fixed vectors)', async () => {
    // Made once by encodeRoutineLink; kept here so that a later format never breaks old links.
    const plain = 'routine=1j.eyJuIjoiTXkgdHdvIiwiaSI6WyJrbmVlLXRvLWNoZXN0IixbImhhbGYtY3J1bmNoIix7ImgiOjMsInMiOjJ9XV0sImwiOiJhZHZhbmNlZCIsInQiOiJFdmVyeSBtb3JuaW5nLiJ9';
    const back = (await decodeRoutineLink(plain))!;
    expect(back.routine.name).to.equal('My two');
    expect(back.routine.items).to.deep.equal([{ exercise: 'knee-to-chest' }, { exercise: 'half-crunch', dose: { holdSeconds: 3, sets: 2 } }]);
    expect(back.level).to.equal('advanced');
    expect(back.note).to.equal('Every morning.');
    const compressed = await encodeRoutineLink(back);
    expect(planOf((await decodeRoutineLink(compressed))!)).to.deep.equal(planOf(back));
  });

  it('says there is no routine in a fragment without one', async () => {
    for (const fragment of ['', '#', '#top', 'https://clinic.example/page', '#other=1', 'section-2']) {
      expect(await decodeRoutineLink(fragment), fragment).to.equal(null);
    }
  });

  describe('refuses a tampered, truncated or oversized link with a plain error, never another exception', () => {
    let good = '';
    before(async () => {
      good = await encodeRoutineLink({ routine: ROUTINES[0], level: 'advanced', note: 'Morning and evening.' });
    });
    const encoded = (text: string) => `routine=1j.${btoa(unescape(encodeURIComponent(text))).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '')}`;
    const json = (value: unknown) => encoded(JSON.stringify(value));
    const cases: [string, () => string][] = [
      ['cut in half', () => good.slice(0, Math.floor(good.length / 2))],
      ['cut by one character', () => good.slice(0, -1)],
      ['cut by five characters', () => good.slice(0, -5)],
      ['one character changed in the middle', () => good.slice(0, 30) + (good[30] === 'A' ? 'B' : 'A') + good.slice(31)],
      ['a character a link never has', () => `${good.slice(0, 20)}*${good.slice(21)}`],
      ['a space inside', () => `${good.slice(0, 20)} ${good.slice(20)}`],
      ['no version', () => 'routine=abc'],
      ['version 2', () => good.replace('=1z.', '=2z.')],
      ['version 0', () => good.replace('=1z.', '=0z.')],
      ['unknown kind', () => good.replace('=1z.', '=1x.')],
      ['empty payload', () => 'routine=1z.'],
      ['empty json payload', () => 'routine=1j.'],
      ['compressed noise', () => 'routine=1z.AAAAAAAAAAAAAAAA'],
      ['far too long', () => `routine=1z.${'A'.repeat(MAX_LINK_LENGTH + 10)}`],
      ['a whole page of garbage', () => 'x'.repeat(MAX_LINK_LENGTH * 3)],
      ['json that is not an object', () => json([1, 2, 3])],
      ['json null', () => json(null)],
      ['json string', () => json('knee-to-chest')],
      ['no items', () => json({ n: 'x' })],
      ['items not a list', () => json({ n: 'x', i: 'knee-to-chest' })],
      ['an empty list', () => json({ n: 'x', i: [] })],
      ['an unknown exercise id', () => json({ n: 'x', i: ['no-such-exercise'] })],
      ['a negative hold', () => json({ n: 'x', i: [['half-crunch', { h: -5 }]] })],
      ['an absurd hold', () => json({ n: 'x', i: [['half-crunch', { h: 1e9 }]] })],
      ['a hold as text', () => json({ n: 'x', i: [['half-crunch', { h: '30' }]] })],
      ['an unknown dose field', () => json({ n: 'x', i: [['half-crunch', { zz: 1 }]] })],
      ['reps per level not three', () => json({ n: 'x', i: [['half-crunch', { r: [1, 2] }]] })],
      ['an unknown top field', () => json({ n: 'x', i: ['half-crunch'], evil: 1 })],
      ['a bad level', () => json({ n: 'x', i: ['half-crunch'], l: 'expert' })],
      ['a bad pace', () => json({ n: 'x', i: ['half-crunch'], p: 'fast' })],
      ['markup in the note', () => json({ n: 'x', i: ['half-crunch'], t: '<img src=x onerror=alert(1)>' })],
      ['markup in the name', () => json({ n: '<script>alert(1)</script>', i: ['half-crunch'] })],
      ['an exercise object with markup in a step', () => json({ n: 'x', i: [[{ ...getExercise('half-crunch'), steps: ['<b>bold</b>'] }, 0]] })],
      ['an item that is a number', () => json({ n: 'x', i: [42] })],
      ['an item list too long', () => json({ n: 'x', i: [['half-crunch', 0, 'timer', 'extra']] })],
      ['a huge note', () => json({ n: 'x', i: ['half-crunch'], t: 'a'.repeat(5000) })],
      ['no name', () => json({ i: ['half-crunch'] })],
      ['a __proto__ key', () => encoded('{"n":"x","i":["half-crunch"],"__proto__":{"l":"advanced"}}')],
      ['a __proto__ key in a dose', () => encoded('{"n":"x","i":[["half-crunch",{"__proto__":{"h":5}}]]}')],
    ];
    for (const [why, make] of cases) {
      it(why, async () => {
        await expectLinkError(make(), why);
      });
    }
    it(`has at least 30 cases (${cases.length})`, () => expect(cases.length).to.be.at.least(30));
  });
});

describe('<routine-player from-url>', () => {
  const before = location.hash;
  afterEach(() => history.replaceState(null, '', `${location.pathname}${location.search}${before}`));

  async function playerWithHash(hash: string, attributes = 'from-url') {
    history.replaceState(null, '', `${location.pathname}${location.search}#${hash}`);
    const { fixture } = await import('@open-wc/testing');
    const wrapper = await fixture<HTMLDivElement>(`<div><routine-player ${attributes} routine="lower-back-stretches" cues="none"></routine-player></div>`);
    const player = wrapper.querySelector('routine-player') as RoutinePlayer;
    await waitUntil(() => player.routineData || player.shadowRoot?.querySelector('[part="error"]'), 'the player reads its source');
    await player.updateComplete;
    return player;
  }

  it('plays the routine of the link, at its level, with the clinic’s note, and the same plan as the builder made', async () => {
    const shared: SharedRoutine = {
      routine: { id: 'x', name: 'From your clinic', items: [{ exercise: 'half-crunch', dose: { sets: 2 } }, { exercise: 'knee-to-chest' }] },
      level: 'advanced',
      note: 'Twice a day.',
    };
    const player = await playerWithHash(await encodeRoutineLink(shared));
    await waitUntil(() => player.routineData?.name === 'From your clinic', 'the shared routine');
    await player.updateComplete;
    expect(player.routineData!.exercises.map((e) => e.id)).to.deep.equal(['half-crunch', 'knee-to-chest']);
    expect(player.shadowRoot!.querySelector('[part="note"]')!.textContent).to.contain('Twice a day.');
    expect(player.shadowRoot!.querySelector('input[value="advanced"]')).to.have.property('checked', true);
    player.start();
    expect(player.plan!.segments.map((s) => [s.kind, s.side, s.duration])).to.deep.equal(planOf(shared, 'advanced'));
    player.stopForPain();
    await expect(player).to.be.accessible();
  });

  it('shows the usual plain error for a changed link, and throws nothing', async () => {
    const good = await encodeRoutineLink({ routine: ROUTINES[1] });
    const player = await playerWithHash(good.slice(0, -4));
    await waitUntil(() => player.shadowRoot!.querySelector('[part="error"]'), 'the error');
    expect(player.shadowRoot!.querySelector('[part="error"]')!.textContent).to.contain('link');
    expect(player.routineData).to.equal(undefined);
  });

  it('plays its own source when the address has no routine, or without from-url', async () => {
    const own = await playerWithHash('section-2');
    expect(own.routineData!.id).to.equal('lower-back-stretches');
    const ignoring = await playerWithHash(await encodeRoutineLink({ routine: ROUTINES[2] }), '');
    expect(ignoring.routineData!.id).to.equal('lower-back-stretches');
  });

  it('follows the address when its link changes', async () => {
    const player = await playerWithHash('top');
    expect(player.routineData!.id).to.equal('lower-back-stretches');
    location.hash = await encodeRoutineLink({ routine: ROUTINES[2] });
    await waitUntil(() => player.routineData?.name === ROUTINES[2].name, 'the new routine');
  });
});
