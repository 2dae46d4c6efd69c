import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import sinon from 'sinon';
import '../../src/define.js';
import type { RoutinePlayer } from '../../src/index.js';
import { useFakeTime } from '../helpers/use-fake-time.js';
import { guardPage, settle, type PageGuard } from './page-guard.js';
import { replaceProperty } from './platform-fakes.js';

/**
 * Issue 9: `<routine-player remember>` with storage that throws, is full, or
 * holds corrupt or foreign data. The player always plays; it says so when
 * nothing can be saved; it offers to resume only progress that fits the
 * routine; and it keeps stored history it does not understand.
 */

const PROGRESS = 'back-exercise-elements:progress:lower-back-stretches';
const HISTORY = 'back-exercise-elements:history:lower-back-stretches';
const MINUTE = 60_000;

const text = (el: RoutinePlayer, selector: string) => (el.shadowRoot!.querySelector(selector)?.textContent ?? '').replace(/\s+/g, ' ').trim();
const has = (el: RoutinePlayer, selector: string) => el.shadowRoot!.querySelector(selector) !== null;
function button(el: RoutinePlayer, label: string): HTMLButtonElement {
  const found = [...el.shadowRoot!.querySelectorAll('button')].find((b) => b.textContent!.trim() === label);
  if (!found) throw new Error(`no button "${label}"`);
  return found;
}

describe('faults: storage with <routine-player remember>', () => {
  let guard: PageGuard;
  const undo: (() => void)[] = [];
  beforeEach(() => {
    guard = guardPage();
  });
  afterEach(() => {
    while (undo.length > 0) undo.pop()!();
    guard.stop();
  });
  // Registered after the hooks above, so that the real clock comes back after their tear-down.
  const clock = useFakeTime({ stubBeepUnlock: true, clearStorage: true });

  const player = () => fixture<RoutinePlayer>(html`<routine-player routine="lower-back-stretches" remember cues="none"></routine-player>`);

  /** Plays from Start to the summary, checking the routine really completes, in order. */
  async function playToEnd(el: RoutinePlayer) {
    const steps: number[] = [];
    let completed = 0;
    el.addEventListener('routine-player-step', (e) => steps.push(e.exerciseIndex));
    el.addEventListener('routine-player-complete', () => (completed += 1));
    button(el, 'Start').click();
    clock.advance(el.plan!.total);
    await el.updateComplete;
    expect(steps, 'every exercise in order').to.deep.equal([0, 1, 2]);
    expect(completed).to.equal(1);
    expect(el.state).to.equal('summary');
  }

  async function expectNothingThrown() {
    await settle();
    expect(guard.caught, 'nothing thrown to the page').to.deep.equal([]);
  }

  /** Where the plan of lower-back-stretches starts exercise `index` (read from a player that stores nothing). */
  async function segmentIndexOfExercise(index: number): Promise<number> {
    const probe = await fixture<RoutinePlayer>(html`<routine-player routine="lower-back-stretches" cues="none"></routine-player>`);
    const found = probe.plan!.segments.findIndex((segment) => segment.exerciseIndex === index);
    probe.remove();
    return found;
  }

  describe('storage that throws or is full', () => {
    it('getItem throwing (storage blocked): says before start that nothing is saved, and plays to the end', async () => {
      sinon.stub(Storage.prototype, 'getItem').throws(new DOMException('blocked', 'SecurityError'));
      sinon.stub(Storage.prototype, 'setItem').throws(new DOMException('blocked', 'SecurityError'));
      const el = await player();
      expect(text(el, '[part="notice"]')).to.contain('nothing is saved');
      expect(has(el, '[part="history"]'), 'no "Sessions this week"').to.equal(false);
      await playToEnd(el);
      expect(has(el, '[part="history"]')).to.equal(false);
      await expectNothingThrown();
    });

    it('reading window.localStorage throwing (cookies blocked): says nothing is saved, and plays to the end', async () => {
      const denied = () => {
        throw new DOMException('denied', 'SecurityError');
      };
      undo.push(replaceProperty(window, 'localStorage', { get: denied }));
      const el = await player();
      expect(text(el, '[part="notice"]')).to.contain('nothing is saved');
      expect(has(el, '[part="history"]')).to.equal(false);
      await playToEnd(el);
      await expectNothingThrown();
    });

    it('setItem throwing QuotaExceededError (storage full): says so before start, shows no "Sessions this week", plays to the end', async () => {
      localStorage.setItem(HISTORY, JSON.stringify([{ date: new Date().toISOString(), completed: true }]));
      sinon.stub(Storage.prototype, 'setItem').throws(new DOMException('The quota has been exceeded.', 'QuotaExceededError'));
      const el = await player();
      expect(text(el, '[part="notice"]'), 'said before the session, not after').to.contain('nothing is saved');
      expect(text(el, '[part="before"]')).not.to.contain('Sessions this week');
      await playToEnd(el);
      expect(text(el, '[part="summary"]')).not.to.contain('Sessions this week');
      await expectNothingThrown();
    });

    it('storage filling up mid-session: the session goes on to the end, and back at the start the player says nothing is saved', async () => {
      const el = await player();
      expect(has(el, '[part="notice"]')).to.equal(false);
      const realSetItem = Storage.prototype.setItem;
      let writes = 0;
      sinon.stub(Storage.prototype, 'setItem').callsFake(function (this: Storage, key: string, value: string) {
        writes += 1;
        if (writes > 1) throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
        realSetItem.call(this, key, value);
      });
      await playToEnd(el);
      button(el, 'Start again').click();
      await el.updateComplete;
      expect(text(el, '[part="notice"]')).to.contain('nothing is saved');
      await expectNothingThrown();
    });

    it('removeItem throwing: plays to the end, and a finished session is not offered for resuming afterwards', async () => {
      sinon.stub(Storage.prototype, 'removeItem').throws(new DOMException('blocked', 'SecurityError'));
      const first = await player();
      await playToEnd(first);
      first.remove();
      const second = await player();
      expect(text(second, '[part="offer"]'), 'a completed session is never offered for resuming').to.equal('');
      await expectNothingThrown();
    });
  });

  describe('corrupt or foreign data', () => {
    it('text that is not JSON in both keys: nothing offered, plays to the end, and history is written afresh', async () => {
      localStorage.setItem(PROGRESS, '{"level":"beginner",');
      localStorage.setItem(HISTORY, '][ not json');
      const el = await player();
      expect(has(el, '[part="offer"]')).to.equal(false);
      expect(has(el, '[part="notice"]'), 'storage works; nothing to warn about').to.equal(false);
      await playToEnd(el);
      const history = JSON.parse(localStorage.getItem(HISTORY)!) as { completed: unknown }[];
      expect(history.map((entry) => entry.completed)).to.deep.equal([true]);
      await expectNothingThrown();
    });

    it('1 MB of text where progress should be: nothing offered, no hang', async () => {
      localStorage.setItem(PROGRESS, 'x'.repeat(1_000_000));
      const el = await player();
      expect(has(el, '[part="offer"]')).to.equal(false);
      await playToEnd(el);
      await expectNothingThrown();
    });

    const FOREIGN_SHAPES: [string, unknown][] = [
      ['null', null],
      ['a number', 42],
      ['a string', 'exercise 2'],
      ['an array', [1, 2]],
      ['an empty object', {}],
      ['an unknown level', { level: 'expert', segmentIndex: 0, exerciseIndex: 0, savedAt: 'now' }],
      ['indexes as strings', { level: 'beginner', segmentIndex: '0', exerciseIndex: '0', savedAt: 'now' }],
      ['savedAt as a date string', { level: 'beginner', segmentIndex: 0, exerciseIndex: 0, savedAt: new Date().toISOString() }],
      ['a prototype-polluting key', JSON.parse('{"__proto__":{"level":"beginner","segmentIndex":0,"exerciseIndex":0},"savedAt":"now"}')],
    ];
    for (const [name, shape] of FOREIGN_SHAPES) {
      it(`progress of another shape (${name}) is not offered, and the player plays`, async () => {
        const stored = JSON.stringify(shape, (_key, value: unknown) => (value === 'now' ? Date.now() : value));
        localStorage.setItem(PROGRESS, stored);
        const el = await player();
        expect(has(el, '[part="offer"]')).to.equal(false);
        expect(({} as Record<string, unknown>).level, 'no prototype pollution').to.equal(undefined);
        await playToEnd(el);
        await expectNothingThrown();
      });
    }

    it('valid progress is offered and resumed at its exercise (the control for the cases below)', async () => {
      const segmentIndex = await segmentIndexOfExercise(2);
      localStorage.setItem(PROGRESS, JSON.stringify({ level: 'beginner', segmentIndex, exerciseIndex: 2, savedAt: Date.now() - MINUTE }));
      const el = await player();
      expect(text(el, '[part="offer"]')).to.contain('You stopped at exercise 3 of 3.');
      const steps: number[] = [];
      el.addEventListener('routine-player-step', (e) => steps.push(e.exerciseIndex));
      button(el, 'Resume where I left off').click();
      await el.updateComplete;
      expect(steps).to.deep.equal([2]);
      expect(text(el, '[part="exercise-name"]')).to.equal('Side Trunk Stretch');
    });

    const BAD_INDEXES: [string, (start2: number, total: number) => { segmentIndex: number; exerciseIndex: number }][] = [
      ['exercise index 100000', (start2) => ({ segmentIndex: start2, exerciseIndex: 100_000 })],
      ['exercise index -3', (start2) => ({ segmentIndex: start2, exerciseIndex: -3 })],
      ['exercise index 1.5', (start2) => ({ segmentIndex: start2, exerciseIndex: 1.5 })],
      ['segment index past the plan', (_start2, total) => ({ segmentIndex: total + 5, exerciseIndex: 2 })],
      ['segment index -1', () => ({ segmentIndex: -1, exerciseIndex: 0 })],
      ['segment index 2.5', () => ({ segmentIndex: 2.5, exerciseIndex: 0 })],
      ['segment index of another exercise', () => ({ segmentIndex: 0, exerciseIndex: 2 })],
    ];
    for (const [name, make] of BAD_INDEXES) {
      it(`stored progress with ${name} is not offered, and is removed`, async () => {
        const start2 = await segmentIndexOfExercise(2);
        const probe = await fixture<RoutinePlayer>(html`<routine-player routine="lower-back-stretches" cues="none"></routine-player>`);
        const segmentCount = probe.plan!.segments.length;
        probe.remove();
        localStorage.setItem(PROGRESS, JSON.stringify({ level: 'beginner', ...make(start2, segmentCount), savedAt: Date.now() - MINUTE }));
        const el = await player();
        expect(text(el, '[part="offer"]')).to.equal('');
        expect(localStorage.getItem(PROGRESS), 'removed, so it is not read again').to.equal(null);
        await playToEnd(el);
        await expectNothingThrown();
      });
    }

    const SAVED_AT: [string, () => number, boolean][] = [
      ['in the year 3000', () => Date.UTC(3000, 0, 1), false],
      ['10 minutes in the future', () => Date.now() + 10 * MINUTE, false],
      ['1 minute in the future (a clock a little off)', () => Date.now() + MINUTE, true],
      ['13 hours ago', () => Date.now() - 13 * 60 * MINUTE, false],
    ];
    for (const [name, savedAt, offered] of SAVED_AT) {
      it(`progress saved ${name} is ${offered ? '' : 'not '}offered`, async () => {
        const segmentIndex = await segmentIndexOfExercise(1);
        localStorage.setItem(PROGRESS, JSON.stringify({ level: 'beginner', segmentIndex, exerciseIndex: 1, savedAt: savedAt() }));
        const el = await player();
        expect(text(el, '[part="offer"]')).to.equal(offered ? 'You stopped at exercise 2 of 3. Resume where I left off' : '');
        await expectNothingThrown();
      });
    }

    it('history entries of another shape are kept when a new entry is written', async () => {
      const foreign = [
        { date: '2025-01-02T10:00:00.000Z', completed: 'yes' },
        { version: 2, when: 1735812000000, outcome: 'done' },
        'a note someone left',
      ];
      localStorage.setItem(HISTORY, JSON.stringify(foreign));
      const el = await player();
      await playToEnd(el);
      const stored = JSON.parse(localStorage.getItem(HISTORY)!) as unknown[];
      expect(stored.slice(0, 3), 'nothing this version does not understand is lost').to.deep.equal(foreign);
      expect(stored).to.have.length(4);
      expect((stored[3] as { completed: unknown }).completed).to.equal(true);
      await expectNothingThrown();
    });
  });

  describe('composed routines without an id', () => {
    const composedA = () =>
      fixture<RoutinePlayer>(html`<routine-player remember cues="none">
        <back-exercise exercise="knee-to-chest"></back-exercise>
        <back-exercise exercise="lower-back-twist"></back-exercise>
        <back-exercise exercise="side-trunk-stretch"></back-exercise>
      </routine-player>`);
    const composedB = () =>
      fixture<RoutinePlayer>(html`<routine-player remember cues="none">
        <back-exercise exercise="half-crunch"></back-exercise>
      </routine-player>`);

    it('never share saved progress: each gets a key from its content', async () => {
      const a = await composedA();
      await waitUntil(() => a.routineData, 'player A reads its cards');
      const steps: number[] = [];
      a.addEventListener('routine-player-step', (e) => steps.push(e.exerciseIndex));
      await a.updateComplete;
      button(a, 'Start').click();
      for (let second = 0; second < 600 && !steps.includes(2); second++) clock.advance(1000);
      expect(steps).to.deep.equal([0, 1, 2]);
      a.remove();
      const keys = Object.keys(localStorage).filter((key) => key.startsWith('back-exercise-elements:progress:'));
      expect(keys).to.have.length(1);
      expect(keys[0]).to.match(/^back-exercise-elements:progress:custom-[\w-]+$/);

      const b = await composedB();
      await waitUntil(() => b.routineData, 'player B reads its card');
      await b.updateComplete;
      expect(text(b, '[part="offer"]'), 'player B was never played').to.equal('');
      b.remove();

      const again = await composedA();
      await waitUntil(() => again.routineData, 'player A again reads its cards');
      await again.updateComplete;
      expect(text(again, '[part="offer"]')).to.contain('You stopped at exercise 3 of 3.');
      await expectNothingThrown();
    });
  });
});
