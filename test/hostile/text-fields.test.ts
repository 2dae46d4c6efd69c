/**
 * Markup and script strings in every text field of every source of the three elements:
 * the `data` property, a child JSON script, authored HTML, attributes, routine JSON,
 * child cards of a player, `label` and `name`. Markup is refused with an error naming
 * the field; script-like text without tags is shown as text, exactly as written.
 */
import { expect } from '@open-wc/testing';
import '../../src/define.js';
import type { BackExercise, RoutinePlayer } from '../../src/index.js';
import { expectSafe, expectation, hostileSuite, mount, mountAsParsed, settle, type Outcome } from './guard.js';
import { MARKUP, MARKUP_SHORT, SCRIPT_TEXT, authoredCard, element, jsonScript, setPath, validExercise, validRoutine, type Payload } from './inputs.js';

/** Where a text can be planted: how to build an element carrying it, and the field the error must name. */
interface TextTarget {
  source: string;
  field: string;
  build(text: string): Element;
  /** Whether the field is free text (script-like text is then shown) or a constrained value (always an error). */
  freeText: boolean;
  /** Whether the field's text is shown before start, so a plain-text payload can be looked for. */
  shown: boolean;
  /** Whether to insert the element as the HTML parser does (element first, then its children). */
  parsed?: boolean;
}

/** All the text a person sees in the element, nested shadow roots included. */
function visibleText(el: Element): string {
  const parts: string[] = [];
  const visit = (root: ShadowRoot) => {
    parts.push(root.textContent ?? '');
    for (const child of root.querySelectorAll('*')) if (child.shadowRoot) visit(child.shadowRoot);
  };
  if (el.shadowRoot) visit(el.shadowRoot);
  return parts.join(' ');
}

const EXERCISE_FIELDS: { path: string; freeText: boolean; shown: boolean }[] = [
  { path: 'name', freeText: true, shown: true },
  { path: 'steps[0]', freeText: true, shown: true },
  { path: 'steps[1]', freeText: true, shown: true },
  { path: 'cautions[0]', freeText: true, shown: true },
  { path: 'targets[0]', freeText: true, shown: true },
  { path: 'progression', freeText: true, shown: true },
  { path: 'startPosition', freeText: true, shown: false },
  { path: 'id', freeText: false, shown: false },
  { path: 'kind', freeText: false, shown: false },
];

function card(...children: Node[]): BackExercise {
  return element('back-exercise', { cues: 'none' }, ...children);
}

const cardTargets: TextTarget[] = [
  ...EXERCISE_FIELDS.map(({ path, freeText, shown }) => ({
    source: '<back-exercise> data property',
    field: path,
    freeText,
    shown,
    build: (text: string) => Object.assign(card(), { data: setPath(validExercise(), path, text) }),
  })),
  ...EXERCISE_FIELDS.map(({ path, freeText, shown }) => ({
    source: '<back-exercise> JSON script',
    field: path,
    freeText,
    shown,
    build: (text: string) => card(jsonScript(setPath(validExercise(), path, text))),
  })),
  { source: '<back-exercise> authored HTML', field: 'name', freeText: true, shown: true, build: (text) => authoredCard({ heading: text }) },
  {
    source: '<back-exercise> authored HTML',
    field: 'steps[1]',
    freeText: true,
    shown: true,
    build: (text) => authoredCard({ steps: ['Lie on your back', text] }),
  },
  {
    source: '<back-exercise> authored HTML',
    field: 'cautions[0]',
    freeText: true,
    shown: true,
    build: (text) => authoredCard({ cautions: [text] }),
  },
  {
    source: '<back-exercise> authored HTML, targets attribute',
    field: 'targets[1]',
    freeText: true,
    shown: true,
    build: (text) => authoredCard({ attributes: { hold: '10', targets: `lower back, ${text}` } }),
  },
  {
    source: '<back-exercise> authored HTML, kind attribute',
    field: 'kind',
    freeText: false,
    shown: false,
    build: (text) => authoredCard({ attributes: { hold: '10', kind: text } }),
  },
];

const ROUTINE_FIELDS: { path: string; freeText: boolean; shown: boolean }[] = [
  { path: 'name', freeText: true, shown: true },
  { path: 'id', freeText: false, shown: false },
  { path: 'items[1]', freeText: false, shown: false },
  { path: 'items[0].pace', freeText: false, shown: false },
  ...EXERCISE_FIELDS.map(({ path, freeText }) => ({ path: `items[0].exercise.${path}`, freeText, shown: path === 'name' })),
];

function player(...children: Node[]): RoutinePlayer {
  return element('routine-player', { cues: 'none' }, ...children);
}

const playerTargets: TextTarget[] = [
  ...ROUTINE_FIELDS.map(({ path, freeText, shown }) => ({
    source: '<routine-player> data property',
    field: path,
    freeText,
    shown,
    build: (text: string) => Object.assign(player(), { data: setPath(validRoutine(), path, text) }),
  })),
  ...ROUTINE_FIELDS.map(({ path, freeText, shown }) => ({
    source: '<routine-player> routine JSON script',
    field: path,
    freeText,
    shown,
    build: (text: string) => player(jsonScript(setPath(validRoutine(), path, text))),
  })),
  {
    source: '<routine-player> name attribute (composed routine)',
    field: 'name',
    freeText: true,
    shown: true,
    parsed: true,
    build: (text) => {
      const el = player(element('back-exercise', { exercise: 'half-crunch' }));
      el.setAttribute('name', text);
      return el;
    },
  },
];

/** The payload sets each target gets: data sources in full, sources that share their reading code in short. */
function markupFor(target: TextTarget): readonly Payload[] {
  return target.source.includes('JSON script') ? MARKUP_SHORT : MARKUP;
}

function outcomeFor(target: TextTarget, payload: Payload, markup: boolean): Outcome {
  if (markup || !target.freeText) return { error: target.field };
  return {
    fallback: target.shown ? 'shown as text, exactly as written' : 'accepted as plain text',
    accepted: true,
    check: (el) => {
      if (target.shown) expect(visibleText(el), 'the text is shown exactly as written').to.include(payload.text);
    },
  };
}

describe('hostile: markup and script strings in every text field', () => {
  const context = hostileSuite();

  function textCase(target: TextTarget, payload: Payload, markup: boolean): void {
    const outcome = outcomeFor(target, payload, markup);
    it(`= ${payload.label} ${expectation(outcome)}`, async () => {
      const el = await (target.parsed ? mountAsParsed : mount)(context, target.build(payload.text));
      await expectSafe(context, el, outcome);
    });
  }

  for (const target of [...cardTargets, ...playerTargets]) {
    describe(`${target.source} › ${target.field}`, () => {
      for (const payload of markupFor(target)) textCase(target, payload, true);
      for (const payload of SCRIPT_TEXT) textCase(target, payload, false);
    });
  }

  describe('<hold-timer> label attribute', () => {
    for (const payload of MARKUP) {
      it(`label = ${payload.label} → error naming "label"`, async () => {
        const el = await mount(context, element('hold-timer', { hold: '10', cues: 'none', label: payload.text }));
        await expectSafe(context, el, { error: 'label' });
      });
    }
    for (const payload of SCRIPT_TEXT) {
      it(`label = ${payload.label} → used as text in the timer's accessible name`, async () => {
        const el = await mount(context, element('hold-timer', { hold: '10', cues: 'none', label: payload.text }));
        await expectSafe(context, el, {
          fallback: 'text',
          accepted: true,
          check: () => {
            const time = el.shadowRoot!.querySelector('[role="timer"]')!;
            expect(time.getAttribute('aria-label'), 'the label names the timer, as text').to.contain(payload.text);
          },
        });
      });
    }
  });

  describe('child <back-exercise> cards of a <routine-player>', () => {
    const children: { source: string; build(text: string): Element }[] = [
      { source: 'child card data name', build: (text) => Object.assign(element('back-exercise'), { data: setPath(validExercise(), 'name', text) }) },
      { source: 'child card JSON steps[1]', build: (text) => element('back-exercise', {}, jsonScript(setPath(validExercise(), 'steps[1]', text))) },
      { source: 'child card authored heading', build: (text) => authoredCard({ heading: text }) },
      { source: 'child card targets attribute', build: (text) => authoredCard({ attributes: { hold: '10', targets: text } }) },
    ];
    for (const child of children) {
      for (const payload of MARKUP_SHORT) {
        it(`${child.source} = ${payload.label} → error naming "items[1]"`, async () => {
          const el = await mount(context, player(element('back-exercise', { exercise: 'knee-to-chest' }), child.build(payload.text)));
          await expectSafe(context, el, { error: 'items[1]' });
        });
      }
    }
  });

  describe('markup in constrained attributes', () => {
    const attributes: { tag: 'back-exercise' | 'hold-timer' | 'routine-player'; name: string; base: Record<string, string> }[] = [
      { tag: 'back-exercise', name: 'exercise', base: {} },
      { tag: 'back-exercise', name: 'level', base: { exercise: 'half-crunch' } },
      { tag: 'back-exercise', name: 'cues', base: { exercise: 'half-crunch' } },
      { tag: 'hold-timer', name: 'level', base: { hold: '10' } },
      { tag: 'hold-timer', name: 'cues', base: { hold: '10' } },
      { tag: 'routine-player', name: 'routine', base: {} },
      { tag: 'routine-player', name: 'level', base: {} },
      { tag: 'routine-player', name: 'cues', base: {} },
      { tag: 'routine-player', name: 'pace', base: {} },
    ];
    for (const { tag, name, base } of attributes) {
      for (const payload of MARKUP_SHORT) {
        it(`<${tag}> ${name} = ${payload.label} → error naming "${name}"`, async () => {
          const el = await mount(context, element(tag, { ...base, [name]: payload.text }));
          await expectSafe(context, el, { error: name });
        });
      }
    }
  });

  describe('valid composed routines built by script', () => {
    it('a player and its cards built before insertion → no console.error and no error shown on the way', async () => {
      const el = player(element('back-exercise', { exercise: 'knee-to-chest' }), element('back-exercise', { exercise: 'half-crunch' }));
      let errorShown = false;
      const observer = new MutationObserver(() => (errorShown ||= el.shadowRoot?.querySelector('[part~="error"]') != null));
      context.stage.append(el);
      if (el.shadowRoot) observer.observe(el.shadowRoot, { childList: true, subtree: true });
      await settle(context);
      observer.disconnect();
      await expectSafe(context, el, {
        fallback: 'plays the composed routine',
        accepted: true,
        check: () => {
          expect(el.routineData?.exercises.map((exercise) => exercise.id)).to.deep.equal(['knee-to-chest', 'half-crunch']);
          expect(errorShown, 'no error flashed while the cards were read').to.equal(false);
        },
      });
    });
  });

  describe('real elements inside authored HTML', () => {
    function hostileElement(tag: string, text: string): HTMLElement {
      const el = document.createElement(tag);
      el.setAttribute('data-hostile', '');
      el.setAttribute('onclick', 'window.__hostileRan = 1');
      el.textContent = text;
      return el;
    }

    it('an element inside the heading → its text only becomes the name (documented: the heading text is the name)', async () => {
      const el = authoredCard();
      el.querySelector('h3')!.replaceChildren('Knee ', hostileElement('x-hostile', 'to'), ' chest');
      await mount(context, el);
      await expectSafe(context, el, {
        fallback: 'text only',
        accepted: true,
        check: () => {
          expect(el.shadowRoot!.querySelector('[part~="name"]')!.textContent!.trim()).to.equal('Knee to chest');
        },
      });
    });

    it('an element inside a step → its text only becomes the step', async () => {
      const el = authoredCard();
      el.querySelector('li')!.replaceChildren(hostileElement('b', 'Lie'), ' on your back');
      await mount(context, el);
      await expectSafe(context, el, {
        fallback: 'text only',
        accepted: true,
        check: () => {
          expect(el.shadowRoot!.querySelector('[part~="step"]')!.textContent!.trim()).to.equal('Lie on your back');
        },
      });
    });

    it('an element inside a caution → its text only becomes the caution', async () => {
      const el = authoredCard();
      el.querySelector('aside p')!.replaceChildren(hostileElement('x-hostile', 'Stop'), ' if it hurts');
      await mount(context, el);
      await expectSafe(context, el, {
        fallback: 'text only',
        accepted: true,
        check: () => {
          expect(el.shadowRoot!.querySelector('[part~="cautions"]')!.textContent).to.contain('Stop if it hurts');
        },
      });
    });
  });
});
