/**
 * The three tags created with `document.createElementNS` in other namespaces. Only HTML
 * elements can be custom elements, so those stay inert; as a child of a player such a
 * "card" is an error naming its item, never a hang. The HTML namespace is the positive control.
 */
import { expect } from '@open-wc/testing';
import '../../src/define.js';
import { errorText, expectSafe, hostileSuite, mount, mountAsParsed } from './guard.js';
import { element, jsonScript, setPath, validExercise } from './inputs.js';

const HTML_NS = 'http://www.w3.org/1999/xhtml';
const OTHER_NAMESPACES: [string, string | null][] = [
  ['SVG', 'http://www.w3.org/2000/svg'],
  ['MathML', 'http://www.w3.org/1998/Math/MathML'],
  ['no', null],
];
const TAGS = ['back-exercise', 'hold-timer', 'routine-player'] as const;
const ATTRIBUTES: Record<(typeof TAGS)[number], Record<string, string>> = {
  'back-exercise': { exercise: 'half-crunch', cues: 'none' },
  'hold-timer': { hold: '10', cues: 'none' },
  'routine-player': { routine: 'lower-back-stretches', cues: 'none' },
};

function createIn(namespace: string | null, tag: string, attributes: Record<string, string> = {}): Element {
  const el = document.createElementNS(namespace, tag);
  for (const [name, value] of Object.entries(attributes)) el.setAttribute(name, value);
  return el;
}

describe('hostile: elements created with createElementNS', () => {
  const context = hostileSuite();

  for (const tag of TAGS) {
    it(`<${tag}> in the HTML namespace (positive control) → upgraded and rendered`, async () => {
      const el = await mount(context, createIn(HTML_NS, tag, ATTRIBUTES[tag]));
      await expectSafe(context, el, {
        fallback: 'a working element',
        accepted: true,
        check: () => expect(el).to.be.instanceOf(customElements.get(tag)!),
      });
    });

    for (const [label, namespace] of OTHER_NAMESPACES) {
      it(`<${tag}> in the ${label} namespace → stays an inert element, nothing thrown`, async () => {
        const holder = document.createElement('div');
        const el = createIn(namespace, tag, ATTRIBUTES[tag]);
        holder.append(el);
        await mount(context, holder);
        await expectSafe(context, el, {
          fallback: 'inert: only HTML elements are custom elements',
          check: () => {
            expect(el.shadowRoot, 'not upgraded').to.equal(null);
            expect(customElements.get(tag)).to.not.equal(undefined);
          },
        });
      });
    }
  }

  describe('as a child card of <routine-player>', () => {
    for (const [label, namespace] of OTHER_NAMESPACES) {
      it(`the only child made in the ${label} namespace → error naming "items[0]", no hang`, async () => {
        const el = await mount(context, element('routine-player', { cues: 'none' }, createIn(namespace, 'back-exercise', { exercise: 'half-crunch' })));
        await expectSafe(context, el, { error: 'items[0]' });
      });

      it(`a second child made in the ${label} namespace → error naming "items[1]", no hang`, async () => {
        const el = await mount(
          context,
          element('routine-player', { cues: 'none' }, element('back-exercise', { exercise: 'knee-to-chest' }), createIn(namespace, 'back-exercise', { exercise: 'half-crunch' })),
        );
        await expectSafe(context, el, { error: 'items[1]' });
      });
    }

    it('a child made in the SVG namespace and added after the player connected → error naming "items[1]", no hang', async () => {
      const el = await mount(context, element('routine-player', { cues: 'none' }, element('back-exercise', { exercise: 'knee-to-chest' })));
      el.append(createIn('http://www.w3.org/2000/svg', 'back-exercise', { exercise: 'half-crunch' }));
      await mount(context, el);
      await expectSafe(context, el, { error: 'items[1]' });
    });

    it('a child card whose data has a throwing getter → error naming "items[0]", no hang', async () => {
      const data = Object.defineProperty(validExercise(), 'id', { get: () => { throw new Error('hostile getter'); } });
      const el = await mount(context, element('routine-player', { cues: 'none' }, Object.assign(element('back-exercise'), { data })));
      await expectSafe(context, el, { error: 'items[0]' });
    });

    it('a child card in the HTML namespace (positive control) → plays it', async () => {
      const el = await mountAsParsed(context, element('routine-player', { cues: 'none' }, createIn(HTML_NS, 'back-exercise', { exercise: 'half-crunch' })));
      await expectSafe(context, el, {
        fallback: 'a working player',
        accepted: true,
        check: () => expect(el.routineData?.exercises.map((exercise) => exercise.id)).to.deep.equal(['half-crunch']),
      });
    });
  });

  it('<back-exercise> with an SVG-namespace <script type="application/json"> child holding markup → never rendered or run', async () => {
    const script = createIn('http://www.w3.org/2000/svg', 'script', { type: 'application/json' });
    script.textContent = JSON.stringify(setPath(validExercise(), 'name', '<img data-hostile src=x onerror=window.__hostileRan=1>'));
    const el = await mount(context, element('back-exercise', { cues: 'none' }, script));
    // Read as the JSON source (then the name is refused) or not taken as one (then the card has no
    // source and says so): either way a visible error, and nothing from the script in the card.
    await expectSafe(context, el, {
      fallback: 'refused, or not taken as a source',
      check: () => expect(errorText(el), 'a visible error').to.not.equal(''),
    });
  });

  it('<back-exercise> with an HTML JSON script created by createElementNS → read like any JSON script', async () => {
    const script = jsonScript(validExercise());
    const copy = createIn(HTML_NS, 'script', { type: 'application/json' });
    copy.textContent = script.textContent;
    const el = await mount(context, element('back-exercise', { cues: 'none' }, copy));
    await expectSafe(context, el, {
      fallback: 'read normally',
      accepted: true,
      check: () => expect(el.shadowRoot!.querySelector('[part~="name"]')?.textContent?.trim()).to.equal('Test stretch'),
    });
  });
});
