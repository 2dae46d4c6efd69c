/**
 * Unknown exercise and routine ids, levels, cue tokens and paces, on every element that
 * takes them. Each is a visible error naming the attribute (or the routine item), never a
 * silent fallback; names of built-in object members (`__proto__`, `constructor`,
 * `toString`) are unknown like any other word.
 */
import { expect } from '@open-wc/testing';
import '../../src/define.js';
import { expectSafe, hostileSuite, mount } from './guard.js';
import { element } from './inputs.js';

type Tag = 'back-exercise' | 'hold-timer' | 'routine-player';

const OBJECT_MEMBERS = ['__proto__', 'constructor', 'toString', 'hasOwnProperty'];

const CASES: { tag: Tag; attribute: string; base: Record<string, string>; values: string[]; field?: string }[] = [
  { tag: 'back-exercise', attribute: 'exercise', base: {}, values: ['burpee', 'knee_to_chest', '../knee-to-chest', 'knee-to-chest/', ...OBJECT_MEMBERS] },
  { tag: 'back-exercise', attribute: 'level', base: { exercise: 'half-crunch' }, values: ['expert', 'pro', '0', ...OBJECT_MEMBERS] },
  { tag: 'back-exercise', attribute: 'cues', base: { exercise: 'half-crunch' }, values: ['laser', 'beep laser', 'none beep', 'beep,voice', ...OBJECT_MEMBERS] },
  { tag: 'hold-timer', attribute: 'level', base: { hold: '10' }, values: ['expert', 'pro', ...OBJECT_MEMBERS] },
  { tag: 'hold-timer', attribute: 'cues', base: { hold: '10' }, values: ['laser', 'beep laser', 'none beep', 'beep,voice', ...OBJECT_MEMBERS] },
  { tag: 'routine-player', attribute: 'routine', base: {}, values: ['yoga', 'lower_back', '', '../lower-back', ...OBJECT_MEMBERS] },
  { tag: 'routine-player', attribute: 'level', base: {}, values: ['expert', 'pro', ...OBJECT_MEMBERS] },
  { tag: 'routine-player', attribute: 'cues', base: {}, values: ['laser', 'beep laser', 'none beep', ...OBJECT_MEMBERS] },
  { tag: 'routine-player', attribute: 'pace', base: {}, values: ['slow', 'fast', 'self', ...OBJECT_MEMBERS] },
];

describe('hostile: unknown ids, levels, cue tokens and paces', () => {
  const context = hostileSuite();

  for (const { tag, attribute, base, values } of CASES) {
    describe(`<${tag}> ${attribute}`, () => {
      for (const value of values) {
        it(`${attribute}=${JSON.stringify(value)} → error naming "${attribute}"`, async () => {
          const el = await mount(context, element(tag, { ...base, [attribute]: value }));
          await expectSafe(context, el, { error: attribute });
        });
      }
    });
  }

  describe('<back-exercise> heading-level (1–6, default 3)', () => {
    for (const value of ['<img data-hostile src=x onerror=window.__hostileRan=1>', '0', '7', '-1', '1e9', '2.5', 'NaN', '']) {
      it(`heading-level=${JSON.stringify(value)} → the name stays a heading of level 1 to 6`, async () => {
        const el = await mount(context, element('back-exercise', { exercise: 'half-crunch', 'no-timer': '', 'heading-level': value }));
        await expectSafe(context, el, {
          fallback: 'a heading level from 1 to 6',
          check: () => {
            const level = Number(el.shadowRoot!.querySelector('[part~="name"]')?.getAttribute('aria-level'));
            expect(level).to.be.within(1, 6);
            expect(Number.isInteger(level), 'a whole level').to.equal(true);
          },
        });
      });
    }
  });

  describe('routine items', () => {
    const player = (...children: Element[]) => element('routine-player', { cues: 'none' }, ...children);
    const items: { label: string; build: () => Element; field: string }[] = [
      { label: 'data item id "burpee"', build: () => Object.assign(player(), { data: { id: 'r', name: 'R', items: ['burpee'] } }), field: 'items[0]' },
      { label: 'data item id "__proto__"', build: () => Object.assign(player(), { data: { id: 'r', name: 'R', items: [{ exercise: '__proto__' }] } }), field: 'items[0].exercise' },
      { label: 'data item pace "slow"', build: () => Object.assign(player(), { data: { id: 'r', name: 'R', items: [{ exercise: 'half-crunch', pace: 'slow' }] } }), field: 'items[0].pace' },
      {
        label: 'child card with an unknown exercise',
        build: () => player(element('back-exercise', { exercise: 'knee-to-chest' }), element('back-exercise', { exercise: 'burpee' })),
        field: 'items[1]',
      },
      {
        label: 'child card with an unknown level',
        build: () => player(element('back-exercise', { exercise: 'knee-to-chest', level: 'expert' })),
        field: 'items[0]',
      },
      {
        label: 'child card with pace="slow"',
        build: () => player(element('back-exercise', { exercise: 'half-crunch', pace: 'slow' })),
        field: 'pace',
      },
    ];
    for (const { label, build, field } of items) {
      it(`${label} → error naming "${field}"`, async () => {
        const el = await mount(context, build());
        await expectSafe(context, el, { error: field });
      });
    }
  });
});
