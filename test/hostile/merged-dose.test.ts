/**
 * The exercise limit (3 hours, on the merged dose at its longest level) and the routine limit
 * (2 hours, on the planned total at the longest level) on every path a dose or a routine takes:
 * the attributes of <hold-timer> and <back-exercise> (on every source of a card), child cards,
 * a player's `data` and JSON script, a link (decoded and played with `from-url`) and the builder.
 * Each path is tried at the limit (accepted, and it plays) and one second past it (a visible
 * error naming the field, a console.error, nothing thrown).
 */
import { expect } from '@open-wc/testing';
import '../../src/define.js';
import '../../src/routine-builder/define.js';
import { LEVELS, LIMITS, getExercise, type BackExercise, type Dose, type RoutinePlayer } from '../../src/index.js';
import type { RoutineBuilder } from '../../src/routine-builder/routine-builder.js';
import { decodeRoutineLink } from '../../src/share/routine-link.js';
import { errorText, expectSafe, hostileSuite, macrotask, mount, settle, type HostileContext } from './guard.js';
import { element, jsonScript } from './inputs.js';

/** The exercise limit's rule, written out here as the oracle: every hold and rest of every repetition on every side, and a set rest per set. */
function exerciseSeconds(dose: Dose): number {
  const reps = Math.max(...LEVELS.map((level) => (typeof dose.reps === 'number' ? dose.reps : dose.reps[level])));
  return dose.sets * (dose.eachSide ? 2 : 1) * reps * (dose.holdSeconds + (dose.restSeconds ?? 3)) + dose.sets * (dose.setRestSeconds ?? 30);
}

/**
 * Doses on Half Crunches (one side) at the exercise limit and one second past it. The long rest
 * between repetitions counts in the limit but never plays after the last one, so a routine of
 * either still plans well under the routine limit: only the exercise limit is tested by them.
 */
const AT_EXERCISE_LIMIT = { holdSeconds: 100, reps: 2, sets: 1, restSeconds: 3500, setRestSeconds: 3600 };
const PAST_EXERCISE_LIMIT = { holdSeconds: 101, reps: 2, sets: 1, restSeconds: 3500, setRestSeconds: 3599 };
/** The issue's own example: 50 sets of 500 on each side, hold 60 minutes. */
const ELEVEN_YEARS = { holdSeconds: 3600, reps: 500, sets: 50, eachSide: true, restSeconds: 3600, setRestSeconds: 3600 };

/**
 * Two items of Half Crunches, one rep of one set each, that plan to the routine limit exactly
 * (15 s get ready + 3600 s, then 10 s to get into position + 3575 s) and one second past it.
 */
const AT_ROUTINE_LIMIT = [3600, 3575];
const PAST_ROUTINE_LIMIT = [3600, 3576];

/** The attributes of a dose, as a page author writes them. */
function attributesOf(dose: Partial<Dose>): Record<string, string> {
  const attributes: Record<string, string> = {};
  if (dose.holdSeconds !== undefined) attributes.hold = String(dose.holdSeconds);
  if (dose.reps !== undefined) attributes.reps = String(dose.reps);
  if (dose.sets !== undefined) attributes.sets = String(dose.sets);
  if (dose.restSeconds !== undefined) attributes.rest = String(dose.restSeconds);
  if (dose.setRestSeconds !== undefined) attributes['set-rest'] = String(dose.setRestSeconds);
  if (dose.eachSide) attributes['each-side'] = '';
  return attributes;
}

const halfCrunch = (dose: Partial<Dose>) => ({ ...getExercise('half-crunch')!.dose, ...dose });
const routineOf = (doses: Partial<Dose>[]) => ({ id: 'long', name: 'Long', items: doses.map((dose) => ({ exercise: 'half-crunch', dose })) });
const routineOfHolds = (holds: number[]) => routineOf(holds.map((holdSeconds) => ({ holdSeconds, reps: 1, sets: 1 })));

const EXERCISE_MESSAGE = `adds up to more than ${LIMITS.exerciseTotalSeconds / 3600} hours`;
const ROUTINE_MESSAGE = `more than the ${LIMITS.routineTotalSeconds / 3600} hours a routine may take`;
/** The message on a card or timer given every dose attribute: the path names them as the author wrote them. */
const ALL_ATTRIBUTES_MESSAGE = `hold, reps, sets, rest, set-rest, each-side: ${EXERCISE_MESSAGE}`;

describe('hostile: the limits on the merged dose and on the whole routine, on every path', () => {
  const context = hostileSuite();

  it('the doses used here are where the test says they are', () => {
    expect(exerciseSeconds(halfCrunch(AT_EXERCISE_LIMIT))).to.equal(LIMITS.exerciseTotalSeconds);
    expect(exerciseSeconds(halfCrunch(PAST_EXERCISE_LIMIT))).to.equal(LIMITS.exerciseTotalSeconds + 1);
    expect(exerciseSeconds(halfCrunch(ELEVEN_YEARS))).to.be.above(365 * 24 * 3600);
    expect(15 + AT_ROUTINE_LIMIT[0] + 10 + AT_ROUTINE_LIMIT[1]).to.equal(LIMITS.routineTotalSeconds);
  });

  /** Checks that a player accepted its routine and plans it within both limits at every level. */
  async function expectPlays(el: RoutinePlayer, total?: number): Promise<void> {
    await expectSafe(context, el, { fallback: 'plays', accepted: true });
    expect(el.routineData, 'the routine is read').to.not.equal(undefined);
    el.start();
    await settle(context);
    expect(el.status).to.equal('running');
    if (total !== undefined) expect(el.plan!.total).to.equal(total * 1000);
    el.stopForPain();
  }

  describe('<hold-timer> attributes', () => {
    it('the issue\'s hold="3600" reps="500" sets="50" each-side rest="3600" → error naming the attributes', async () => {
      const el = await mount(context, element('hold-timer', { hold: '3600', reps: '500', sets: '50', 'each-side': '', rest: '3600', cues: 'none' }));
      await expectSafe(context, el, { error: 'each-side' });
      expect(errorText(el)).to.contain(`hold, reps, sets, rest, each-side: ${EXERCISE_MESSAGE}`);
      expect(el.plan, 'nothing to play').to.equal(null);
    });

    it('at the limit → plays', async () => {
      const el = await mount(context, element('hold-timer', { ...attributesOf(AT_EXERCISE_LIMIT), cues: 'none' }));
      await expectSafe(context, el, { fallback: 'plays', accepted: true });
      el.start();
      expect(el.status).to.equal('running');
    });

    it('one second past the limit → error naming "set-rest"', async () => {
      const el = await mount(context, element('hold-timer', { ...attributesOf(PAST_EXERCISE_LIMIT), cues: 'none' }));
      await expectSafe(context, el, { error: 'set-rest' });
      expect(errorText(el)).to.contain(EXERCISE_MESSAGE);
    });

    it('made too long by a later attribute change → error, and the session under way ends', async () => {
      const el = await mount(context, element('hold-timer', { hold: '3600', cues: 'none' }));
      el.start();
      el.setAttribute('reps', '500');
      el.setAttribute('sets', '50');
      await settle(context);
      await expectSafe(context, el, { error: 'sets' });
      expect(el.status).to.equal('idle');
    });
  });

  describe('<back-exercise> attributes on every source', () => {
    const sources: [string, (attributes: Record<string, string>) => BackExercise][] = [
      ['catalog', (attributes) => element('back-exercise', { exercise: 'half-crunch', ...attributes })],
      ['data', (attributes) => Object.assign(element('back-exercise', attributes), { data: { ...getExercise('half-crunch')!, id: 'own' } })],
      ['JSON script', (attributes) => element('back-exercise', attributes, jsonScript({ ...getExercise('half-crunch')!, id: 'own' }))],
      [
        'authored HTML',
        (attributes) => {
          const card = element('back-exercise', attributes);
          card.innerHTML = '<h3>Half crunch</h3><ol><li>Lie on your back</li><li>Lift your shoulders</li></ol>';
          return card;
        },
      ],
    ];
    for (const [source, build] of sources) {
      it(`${source}: the issue's dose → error naming the attributes`, async () => {
        const el = await mount(context, build({ ...attributesOf(ELEVEN_YEARS), cues: 'none' }));
        await expectSafe(context, el, { error: 'each-side' });
        expect(errorText(el)).to.contain(ALL_ATTRIBUTES_MESSAGE);
        expect(el.exerciseData).to.equal(undefined);
      });

      it(`${source}: at the limit → its timer plays`, async () => {
        const el = await mount(context, build({ ...attributesOf(AT_EXERCISE_LIMIT), cues: 'none' }));
        await expectSafe(context, el, { fallback: 'plays', accepted: true });
        expect(el.levelDose).to.include({ holdSeconds: 100, reps: 2, restSeconds: 3500, setRestSeconds: 3600 });
      });

      it(`${source}: one second past the limit → error naming "set-rest"`, async () => {
        const el = await mount(context, build({ ...attributesOf(PAST_EXERCISE_LIMIT), cues: 'none' }));
        await expectSafe(context, el, { error: 'set-rest' });
        expect(errorText(el)).to.contain(EXERCISE_MESSAGE);
      });
    }

    it('only the attribute that makes it too long (sets="50" on the catalog\'s dose) → error naming "sets"', async () => {
      const el = await mount(context, element('back-exercise', { exercise: 'half-crunch', hold: '60', sets: '50', cues: 'none' }));
      await expectSafe(context, el, { error: 'sets' });
      expect(errorText(el)).to.contain(`hold, sets: ${EXERCISE_MESSAGE}`);
    });

    it('per-level repetitions: too long only at the advanced level is too long', async () => {
      // Half Crunches: 10 / 15 / 25 repetitions; 3 sets of 25 × (140 + 3) s + 3 × 30 s is past 3 hours, 3 × 10 × 143 s + 90 s is not.
      const el = await mount(context, element('back-exercise', { exercise: 'half-crunch', level: 'beginner', hold: '140', cues: 'none' }));
      await expectSafe(context, el, { error: 'hold' });
    });
  });

  describe('<routine-player> with child cards', () => {
    const cards = (doses: Partial<Dose>[]) =>
      element('routine-player', { cues: 'none' }, ...doses.map((dose) => element('back-exercise', { exercise: 'half-crunch', ...attributesOf(dose) })));

    it('a card past the exercise limit → error naming items[1]', async () => {
      const el = await mount(context, cards([{ holdSeconds: 30 }, PAST_EXERCISE_LIMIT]));
      await expectSafe(context, el, { error: 'items[1]' });
      expect(errorText(el)).to.contain(EXERCISE_MESSAGE);
    });

    it('cards at the exercise limit → plays', async () => {
      await expectPlays(await mount(context, cards([AT_EXERCISE_LIMIT])), 15 + 2 * 100 + 3500);
    });

    it('cards that plan to the routine limit → plays', async () => {
      await expectPlays(await mount(context, cards(AT_ROUTINE_LIMIT.map((holdSeconds) => ({ holdSeconds, reps: 1, sets: 1 })))), LIMITS.routineTotalSeconds);
    });

    it('cards one second past the routine limit → error naming items', async () => {
      const el = await mount(context, cards(PAST_ROUTINE_LIMIT.map((holdSeconds) => ({ holdSeconds, reps: 1, sets: 1 }))));
      await expectSafe(context, el, { error: 'items' });
      expect(errorText(el)).to.contain(`items: take 2 h 1 min at the beginner level, ${ROUTINE_MESSAGE}`);
    });
  });

  describe('<routine-player> data and JSON script', () => {
    const sources: [string, (routine: unknown) => RoutinePlayer][] = [
      ['data', (routine) => Object.assign(element('routine-player', { cues: 'none' }), { data: routine })],
      ['JSON script', (routine) => element('routine-player', { cues: 'none' }, jsonScript(routine))],
    ];
    for (const [source, build] of sources) {
      it(`${source}: an item with the issue's dose → error naming items[0].dose`, async () => {
        const el = await mount(context, build(routineOf([ELEVEN_YEARS])));
        await expectSafe(context, el, { error: 'items[0].dose' });
        expect(errorText(el)).to.contain(EXERCISE_MESSAGE);
      });

      it(`${source}: an item at the exercise limit → plays`, async () => {
        await expectPlays(await mount(context, build(routineOf([AT_EXERCISE_LIMIT]))), 15 + 2 * 100 + 3500);
      });

      it(`${source}: an item one second past the exercise limit → error naming items[0].dose`, async () => {
        const el = await mount(context, build(routineOf([PAST_EXERCISE_LIMIT])));
        await expectSafe(context, el, { error: 'items[0].dose' });
      });

      it(`${source}: a whole exercise whose own dose is fine but whose override is not → error naming items[0].dose`, async () => {
        const el = await mount(context, build({ id: 'r', name: 'R', items: [{ exercise: { ...getExercise('half-crunch')!, id: 'own' }, dose: { sets: 50, holdSeconds: 10 } }] }));
        await expectSafe(context, el, { error: 'items[0].dose' });
      });

      it(`${source}: a routine that plans to the routine limit → plays`, async () => {
        await expectPlays(await mount(context, build(routineOfHolds(AT_ROUTINE_LIMIT))), LIMITS.routineTotalSeconds);
      });

      it(`${source}: a routine one second past the routine limit → error naming items`, async () => {
        const el = await mount(context, build(routineOfHolds(PAST_ROUTINE_LIMIT)));
        await expectSafe(context, el, { error: 'items' });
        expect(errorText(el)).to.contain(ROUTINE_MESSAGE);
      });

      it(`${source}: fifty items of 3 minutes each (2 h 40 min) → error naming items`, async () => {
        const el = await mount(context, build(routineOf(Array.from({ length: 50 }, () => ({ holdSeconds: 180, reps: 1, sets: 1 })))));
        await expectSafe(context, el, { error: 'items' });
      });
    }
  });

  describe('links', () => {
    const ISSUE_LINK =
      'routine=1j.eyJuIjoiSG9tZSIsImkiOltbImtuZWUtdG8tY2hlc3QiLHsiaCI6MzYwMCwiciI6NTAwLCJzIjo1MCwiZSI6MSwicnMiOjM2MDAsInNyIjozNjAwfV1dfQ';
    const linkOf = (compact: unknown) => {
      const bytes = new TextEncoder().encode(JSON.stringify(compact));
      return `routine=1j.${btoa(String.fromCharCode(...bytes)).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '')}`;
    };
    const compactOf = (doses: Partial<Dose>[]) => ({
      n: 'Long',
      i: doses.map((d) => ['half-crunch', { h: d.holdSeconds, r: d.reps, s: d.sets, rs: d.restSeconds, sr: d.setRestSeconds }]),
    });
    const before = location.hash;
    afterEach(() => history.replaceState(null, '', `${location.pathname}${location.search}${before}`));

    async function problemsOf(fragment: string): Promise<string[]> {
      try {
        await decodeRoutineLink(fragment);
      } catch (error) {
        return (error as { problems: { path: string; message: string }[] }).problems.map((p) => `${p.path}: ${p.message}`);
      }
      return [];
    }

    /** A player reading `fragment` from the address, once it has read it. */
    async function playerOf(fragment: string, ctx: HostileContext): Promise<RoutinePlayer> {
      history.replaceState(null, '', `${location.pathname}${location.search}#${fragment}`);
      const el = await mount(ctx, element('routine-player', { 'from-url': '', routine: 'lower-back-stretches', cues: 'none' }));
      for (let round = 0; round < 100 && !el.routineData?.id.startsWith('shared-') && !errorText(el); round++) {
        await macrotask();
        await settle(ctx);
      }
      return el;
    }

    it('the issue\'s link ("50 sets of 500 on each side, hold 60 minutes") → refused, naming link.items[0].dose', async () => {
      expect(await problemsOf(ISSUE_LINK)).to.deep.equal([`link.items[0].dose: ${EXERCISE_MESSAGE}; lower the hold, repetitions or sets`]);
      const el = await playerOf(ISSUE_LINK, context);
      await expectSafe(context, el, { error: 'link.items[0].dose' });
      expect(el.routineData, 'no routine to play').to.equal(undefined);
    });

    it('an item at the exercise limit → plays', async () => {
      expect(await problemsOf(linkOf(compactOf([AT_EXERCISE_LIMIT])))).to.deep.equal([]);
      const el = await playerOf(linkOf(compactOf([AT_EXERCISE_LIMIT])), context);
      expect(el.routineData?.id, 'the link is read').to.match(/^shared-/);
      await expectPlays(el, 15 + 2 * 100 + 3500);
    });

    it('an item one second past the exercise limit → refused, naming link.items[0].dose', async () => {
      expect(await problemsOf(linkOf(compactOf([PAST_EXERCISE_LIMIT])))).to.deep.equal([
        `link.items[0].dose: ${EXERCISE_MESSAGE}; lower the hold, repetitions or sets`,
      ]);
    });

    it('a routine that plans to the routine limit → plays', async () => {
      const fragment = linkOf(compactOf(AT_ROUTINE_LIMIT.map((holdSeconds) => ({ holdSeconds, reps: 1, sets: 1 }))));
      expect(await problemsOf(fragment)).to.deep.equal([]);
      await expectPlays(await playerOf(fragment, context), LIMITS.routineTotalSeconds);
    });

    it('a routine one second past the routine limit → refused, naming link.items, in the player too', async () => {
      const fragment = linkOf(compactOf(PAST_ROUTINE_LIMIT.map((holdSeconds) => ({ holdSeconds, reps: 1, sets: 1 }))));
      expect(await problemsOf(fragment)).to.deep.equal([
        `link.items: take 2 h 1 min at the beginner level, ${ROUTINE_MESSAGE}; remove exercises or lower their doses`,
      ]);
      const el = await playerOf(fragment, context);
      await expectSafe(context, el, { error: 'link.items' });
    });

    it('fifty of the issue\'s items (4.7 kB) → refused at once, naming each item', async () => {
      const started = performance.now();
      const problems = await problemsOf(linkOf({ n: 'Home', i: Array.from({ length: 50 }, () => ['knee-to-chest', { h: 3600, r: 500, s: 50, e: 1, rs: 3600, sr: 3600 }]) }));
      expect(performance.now() - started, 'ms to refuse').to.be.below(1000);
      expect(problems).to.have.length(50);
      expect(problems[49]).to.match(/^link\.items\[49\]\.dose: adds up to more than 3 hours/);
    });
  });

  describe('<routine-builder>', () => {
    const $ = <T extends HTMLElement = HTMLElement>(el: RoutineBuilder, selector: string) => el.shadowRoot!.querySelector<T>(selector);

    async function typeInto(el: RoutineBuilder, selector: string, text: string) {
      const field = $<HTMLInputElement>(el, selector)!;
      field.value = text;
      field.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
      await el.updateComplete;
    }

    async function builderWith(items: Partial<Dose>[]): Promise<RoutineBuilder> {
      const el = await mount(context, element('routine-builder'));
      await typeInto(el, '#f-name', 'Long');
      for (const [index, dose] of items.entries()) {
        [...el.shadowRoot!.querySelectorAll('button')].find((b) => b.textContent!.trim() === '+ Add Half Crunches')!.click();
        await el.updateComplete;
        for (const [field, value] of Object.entries(dose)) await typeInto(el, `#f-items-${index}-dose-${field}`, String(value));
      }
      await el.updateComplete;
      await settle(context);
      return el;
    }

    const shareButton = (el: RoutineBuilder) => [...el.shadowRoot!.querySelectorAll('button')].find((b) => b.textContent!.trim() === 'Share…')!;
    const problemUnder = (el: RoutineBuilder, key: string) => $(el, `#f-${key.replace(/[^a-z0-9]+/gi, '-').replace(/-$/, '')}-problem`)?.textContent?.trim() ?? '';

    it('an item at the exercise limit → a link', async () => {
      const el = await builderWith([AT_EXERCISE_LIMIT]);
      expect(el.problems).to.deep.equal([]);
      expect(el.shareLink).to.match(/#routine=1/);
      expect(shareButton(el).disabled).to.equal(false);
    });

    it('an item one second past the exercise limit → the error under the item, and no link', async () => {
      const el = await builderWith([PAST_EXERCISE_LIMIT]);
      expect(el.problems.map((p) => p.path)).to.deep.equal(['items[0].dose']);
      expect(problemUnder(el, 'items[0].dose')).to.contain(EXERCISE_MESSAGE);
      expect(el.shareLink).to.equal('');
      expect(el.value).to.equal(null);
      expect(shareButton(el).disabled).to.equal(true);
    });

    it('a routine that plans to the routine limit → a link', async () => {
      const el = await builderWith(AT_ROUTINE_LIMIT.map((holdSeconds) => ({ holdSeconds, reps: 1, sets: 1 })));
      expect(el.problems).to.deep.equal([]);
      expect(el.shareLink).to.match(/#routine=1/);
    });

    it('a routine one second past the routine limit → the error under the list, and no link', async () => {
      const el = await builderWith(PAST_ROUTINE_LIMIT.map((holdSeconds) => ({ holdSeconds, reps: 1, sets: 1 })));
      expect(el.problems.map((p) => p.path)).to.deep.equal(['items']);
      expect(problemUnder(el, 'items')).to.contain(ROUTINE_MESSAGE);
      expect(el.shareLink).to.equal('');
      expect(shareButton(el).disabled).to.equal(true);
    });

    it('a routine too long set by the page as its value → the visible error, and no link', async () => {
      const el = await mount(context, element('routine-builder'));
      el.value = routineOfHolds(PAST_ROUTINE_LIMIT) as never;
      await el.updateComplete;
      await expectSafe(context, el, { error: 'value.items' });
      expect(el.shareLink).to.equal('');
    });
  });
});
