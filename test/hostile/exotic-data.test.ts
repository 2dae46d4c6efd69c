/**
 * Data objects that fight back: throwing getters, proxies (throwing traps, revoked),
 * cyclic objects, sparse arrays, and inputs far too large (10,000 steps, 1 MB strings).
 * Each is answered with a visible error, quickly, and the page stays responsive.
 */
import { expect } from '@open-wc/testing';
import '../../src/define.js';
import { errorText, expectSafe, expectation, hostileSuite, mount, type Outcome } from './guard.js';
import { authoredCard, element, jsonScript, megabyte, setPath, validExercise, validRoutine } from './inputs.js';

/** How long a far too large input may take to be refused, in milliseconds. */
const LARGE_INPUT_BUDGET_MS = 1000;

function thrower(message = 'hostile getter'): never {
  throw new Error(message);
}

function withGetter(base: Record<string, unknown>, key: string): Record<string, unknown> {
  const copy = { ...base };
  delete copy[key];
  return Object.defineProperty(copy, key, { enumerable: true, configurable: true, get: () => thrower() });
}

function revoked<T extends object>(target: T): T {
  const { proxy, revoke } = Proxy.revocable(target, {});
  revoke();
  return proxy;
}

/** Exotic `data` for a card: each must give a visible error naming `data`. */
const EXOTIC_EXERCISES: { label: string; make: () => unknown; field?: string }[] = [
  { label: 'a getter on id that throws', make: () => withGetter(validExercise(), 'id') },
  { label: 'a getter on steps that throws', make: () => withGetter(validExercise(), 'steps') },
  { label: 'a getter inside dose that throws', make: () => setPath(validExercise(), 'dose', withGetter({ holdSeconds: 5 }, 'reps')) },
  { label: 'a Proxy whose ownKeys throws', make: () => new Proxy(validExercise(), { ownKeys: () => thrower('ownKeys') }) },
  { label: 'a Proxy whose get throws', make: () => new Proxy(validExercise(), { get: () => thrower('get') }) },
  { label: 'a Proxy whose has and getOwnPropertyDescriptor throw', make: () => new Proxy(validExercise(), { has: () => thrower(), getOwnPropertyDescriptor: () => thrower() }) },
  { label: 'a revoked Proxy', make: () => revoked(validExercise()) },
  { label: 'steps as a revoked Proxy', make: () => setPath(validExercise(), 'steps', revoked(['Lie down'])) },
  { label: 'name with a throwing toString', make: () => setPath(validExercise(), 'name', { toString: () => thrower('toString') }) },
  {
    label: 'a cyclic object',
    make: () => {
      const exercise = validExercise();
      exercise.self = exercise;
      (exercise.dose as Record<string, unknown>).exercise = exercise;
      return exercise;
    },
  },
];

/** Exotic `data` for a player: each must give a visible error naming `data`. */
const EXOTIC_ROUTINES: { label: string; make: () => unknown }[] = [
  { label: 'a getter on name that throws', make: () => withGetter(validRoutine(), 'name') },
  { label: 'a getter on items that throws', make: () => withGetter(validRoutine(), 'items') },
  { label: 'an item with a throwing getter', make: () => setPath(validRoutine(), 'items[0]', withGetter({ exercise: 'half-crunch' }, 'dose')) },
  { label: 'a Proxy whose ownKeys throws', make: () => new Proxy(validRoutine(), { ownKeys: () => thrower('ownKeys') }) },
  { label: 'a revoked Proxy', make: () => revoked(validRoutine()) },
  { label: 'items as a revoked Proxy', make: () => setPath(validRoutine(), 'items', revoked(['half-crunch'])) },
  {
    label: 'a cyclic object',
    make: () => {
      const routine = validRoutine();
      routine.self = routine;
      return routine;
    },
  },
];

const SPARSE: { label: string; tag: 'back-exercise' | 'routine-player'; make: () => unknown; field: string }[] = [
  // eslint-disable-next-line no-sparse-arrays -- the hole is the point
  { label: 'steps with a hole in the middle', tag: 'back-exercise', make: () => setPath(validExercise(), 'steps', ['Lie down', , 'Breathe']), field: 'steps[1]' },
  { label: 'steps: new Array(3)', tag: 'back-exercise', make: () => setPath(validExercise(), 'steps', new Array(3)), field: 'steps[0]' },
  { label: 'cautions: new Array(1)', tag: 'back-exercise', make: () => setPath(validExercise(), 'cautions', new Array(1)), field: 'cautions[0]' },
  // eslint-disable-next-line no-sparse-arrays -- the hole is the point
  { label: 'targets with a leading hole', tag: 'back-exercise', make: () => setPath(validExercise(), 'targets', [, 'hips']), field: 'targets[0]' },
  // eslint-disable-next-line no-sparse-arrays -- the hole is the point
  { label: 'items with a leading hole', tag: 'routine-player', make: () => setPath(validRoutine(), 'items', [, 'half-crunch']), field: 'items[0]' },
  { label: 'items: new Array(2)', tag: 'routine-player', make: () => setPath(validRoutine(), 'items', new Array(2)), field: 'items[0]' },
  // eslint-disable-next-line no-sparse-arrays -- the hole is the point
  { label: 'an item exercise with sparse steps', tag: 'routine-player', make: () => setPath(validRoutine(), 'items[0].exercise.steps', ['Lie down', , 'Breathe']), field: 'items[0].exercise.steps[1]' },
];

function steps(count: number): string[] {
  return Array.from({ length: count }, (_, index) => `Step ${index + 1}`);
}

/** Inputs far too large: the element, and the field the error must name. */
const LARGE: { label: string; build: () => Element; field: string }[] = [
  { label: '<back-exercise> data with 10,000 steps', build: () => Object.assign(element('back-exercise'), { data: setPath(validExercise(), 'steps', steps(10_000)) }), field: 'steps' },
  { label: '<back-exercise> JSON script with 10,000 steps', build: () => element('back-exercise', {}, jsonScript(setPath(validExercise(), 'steps', steps(10_000)))), field: 'steps' },
  {
    label: '<back-exercise> authored HTML with 10,000 steps',
    build: () => authoredCard({ steps: steps(10_000) }),
    field: 'steps',
  },
  { label: '<back-exercise> data with a 1 MB name', build: () => Object.assign(element('back-exercise'), { data: setPath(validExercise(), 'name', megabyte()) }), field: 'name' },
  { label: '<back-exercise> data with a 1 MB step', build: () => Object.assign(element('back-exercise'), { data: setPath(validExercise(), 'steps[0]', megabyte()) }), field: 'steps[0]' },
  {
    label: '<back-exercise> data with a 1 MB name of unclosed tags',
    build: () => Object.assign(element('back-exercise'), { data: setPath(validExercise(), 'name', megabyte('<a ')) }),
    field: 'name',
  },
  {
    label: '<back-exercise> data with a 1 MB name of zero-width spaces',
    build: () => Object.assign(element('back-exercise'), { data: setPath(validExercise(), 'name', megabyte('\u200B')) }),
    field: 'name',
  },
  { label: '<back-exercise> JSON script with a 1 MB name', build: () => element('back-exercise', {}, jsonScript(setPath(validExercise(), 'name', megabyte()))), field: 'name' },
  { label: '<back-exercise> JSON script nested 100,000 deep', build: () => element('back-exercise', {}, jsonScript(`${'['.repeat(100_000)}${']'.repeat(100_000)}`, true)), field: 'script' },
  { label: '<back-exercise> authored heading of 1 MB', build: () => authoredCard({ heading: megabyte() }), field: 'name' },
  { label: '<back-exercise> exercise attribute of 1 MB', build: () => element('back-exercise', { exercise: megabyte() }), field: 'exercise' },
  { label: '<back-exercise> targets attribute of 1 MB', build: () => authoredCard({ attributes: { hold: '10', targets: megabyte() } }), field: 'targets[0]' },
  { label: '<hold-timer> label of 1 MB', build: () => element('hold-timer', { hold: '10', label: megabyte() }), field: 'label' },
  { label: '<hold-timer> cues of 1 MB', build: () => element('hold-timer', { hold: '10', cues: megabyte('laser ') }), field: 'cues' },
  { label: '<hold-timer> hold of 1 MB of digits', build: () => element('hold-timer', { hold: megabyte('9') }), field: 'hold' },
  { label: '<routine-player> data with 10,000 items', build: () => Object.assign(element('routine-player'), { data: setPath(validRoutine(), 'items', Array(10_000).fill('half-crunch')) }), field: 'items' },
  { label: '<routine-player> data with a 1 MB name', build: () => Object.assign(element('routine-player'), { data: setPath(validRoutine(), 'name', megabyte()) }), field: 'name' },
  { label: '<routine-player> JSON script with a 1 MB name', build: () => element('routine-player', {}, jsonScript(setPath(validRoutine(), 'name', megabyte()))), field: 'name' },
  {
    label: '<routine-player> name attribute of 1 MB',
    build: () => element('routine-player', { name: megabyte() }, element('back-exercise', { exercise: 'half-crunch' })),
    field: 'name',
  },
  { label: '<routine-player> routine attribute of 1 MB', build: () => element('routine-player', { routine: megabyte() }), field: 'routine' },
  { label: '<routine-player> pain-threshold of 1 MB of digits', build: () => element('routine-player', { 'pain-threshold': megabyte('9') }), field: 'pain-threshold' },
];

describe('hostile: throwing getters, proxies, cyclic objects, sparse arrays, huge inputs', () => {
  const context = hostileSuite();

  function dataCase(tag: 'back-exercise' | 'routine-player', label: string, make: () => unknown, outcome: Outcome): void {
    it(`<${tag}> data = ${label} ${expectation(outcome)}`, async () => {
      const el = element(tag, { cues: 'none' });
      // The page may hand over anything: setting it must not throw either.
      expect(() => Object.assign(el, { data: make() }), 'setting data does not throw').to.not.throw();
      await mount(context, el);
      await expectSafe(context, el, outcome);
    });
  }

  describe('throwing getters, proxies and cycles', () => {
    for (const { label, make } of EXOTIC_EXERCISES) dataCase('back-exercise', label, make, { error: 'data' });
    for (const { label, make } of EXOTIC_ROUTINES) dataCase('routine-player', label, make, { error: 'data' });

    it('<back-exercise> data set on a card already showing an exercise, to a revoked Proxy → error naming "data"', async () => {
      const el = await mount(context, element('back-exercise', { exercise: 'half-crunch', cues: 'none' }));
      expect(() => Object.assign(el, { data: revoked(validExercise()) })).to.not.throw();
      await mount(context, el);
      await expectSafe(context, el, { error: 'data' });
    });

    it('<back-exercise> data whose steps have an iterator that throws → an error naming "data", or the steps read as plain data', async () => {
      const data = setPath(validExercise(), 'steps', Object.assign(['Lie down'], { [Symbol.iterator]: () => thrower('iterator') }));
      const el = await mount(context, Object.assign(element('back-exercise', { cues: 'none' }), { data }));
      // Either answer is safe: refusing the list, or copying its items as plain data without calling the iterator.
      if (errorText(el) !== '') {
        await expectSafe(context, el, { error: 'data' });
      } else {
        await expectSafe(context, el, {
          fallback: 'read as plain data',
          check: () => {
            expect([...el.shadowRoot!.querySelectorAll('[part~="step"]')].map((step) => step.textContent!.trim())).to.deep.equal(['Lie down']);
          },
        });
      }
    });

    it('<back-exercise> data whose name getter gives safe text first and markup afterwards → the markup is never rendered', async () => {
      let reads = 0;
      const data = withGetter(validExercise(), 'name');
      Object.defineProperty(data, 'name', {
        enumerable: true,
        get: () => (reads++ === 0 ? 'Safe name' : '<img data-hostile src=x onerror=window.__hostileRan=1>'),
      });
      const el = await mount(context, Object.assign(element('back-exercise', { cues: 'none' }), { data }));
      // Safe either way: the text read first is shown, or a later read is refused with an error naming the name.
      const name = el.shadowRoot!.querySelector('[part~="name"]')?.textContent?.trim();
      if (name === undefined) {
        await expectSafe(context, el, { error: 'name' });
      } else {
        await expectSafe(context, el, { fallback: 'the text read first', check: () => expect(name).to.equal('Safe name') });
      }
    });

    it('<back-exercise> data that is a DOM element with exercise fields → the element itself is never inserted', async () => {
      const node = Object.assign(document.createElement('x-hostile'), validExercise());
      node.setAttribute('data-hostile', '');
      const el = await mount(context, Object.assign(element('back-exercise', { cues: 'none' }), { data: node }));
      await expectSafe(context, el, {
        fallback: 'read as data (or refused): never inserted',
        check: () => {
          expect(el.shadowRoot!.textContent!.trim(), 'not a blank box').to.not.equal('');
        },
      });
    });
  });

  describe('sparse arrays', () => {
    for (const { label, tag, make, field } of SPARSE) dataCase(tag, label, make, { error: field });
  });

  describe('10,000 steps and 1 MB strings', () => {
    for (const { label, build, field } of LARGE) {
      it(`${label} → error naming "${field}" within ${LARGE_INPUT_BUDGET_MS} ms, message kept short`, async () => {
        const el = build();
        const started = performance.now();
        await mount(context, el);
        const took = performance.now() - started;
        await expectSafe(context, el, { error: field });
        expect(took, 'refused quickly').to.be.below(LARGE_INPUT_BUDGET_MS);
        expect(errorText(el).length, 'the error does not repeat the whole input').to.be.below(5000);
        const logged = context.consoleError.getCalls().reduce((sum, call) => sum + call.args.map(String).join(' ').length, 0);
        expect(logged, 'the console.error does not repeat the whole input').to.be.below(5000);
      });
    }
  });
});
