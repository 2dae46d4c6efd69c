/**
 * Every dose attribute (hold reps sets rest set-rest prepare switch) on <hold-timer> and
 * <back-exercise> at 0, −1, max+1, 1e9, 4.5, 0x10, "" and with whitespace around the
 * digits; and <routine-player pain-threshold> with bad values. Plain decimal digits only,
 * spaces around them allowed; an error quotes what was typed.
 */
import { expect } from '@open-wc/testing';
import '../../src/define.js';
import type { BackExercise, HoldTimer, LevelDose, RoutinePlayer } from '../../src/index.js';
import { advance, errorText, expectSafe, hostileSuite, mount, settle } from './guard.js';
import { element } from './inputs.js';

interface DoseAttribute {
  name: 'hold' | 'reps' | 'sets' | 'rest' | 'set-rest' | 'prepare' | 'switch';
  field: keyof LevelDose;
  min: number;
  max: number;
  /** A valid value, written with spaces around it in the whitespace case. */
  good: number;
}

const ATTRIBUTES: DoseAttribute[] = [
  { name: 'hold', field: 'holdSeconds', min: 1, max: 3600, good: 45 },
  { name: 'reps', field: 'reps', min: 1, max: 500, good: 3 },
  { name: 'sets', field: 'sets', min: 1, max: 50, good: 2 },
  { name: 'rest', field: 'restSeconds', min: 0, max: 3600, good: 7 },
  { name: 'set-rest', field: 'setRestSeconds', min: 0, max: 3600, good: 20 },
  { name: 'prepare', field: 'prepareSeconds', min: 0, max: 600, good: 4 },
  { name: 'switch', field: 'switchSeconds', min: 0, max: 600, good: 6 },
];

/** Values typed into an attribute: what is typed, and the whole number it means when it is valid. */
function values(attribute: DoseAttribute): { typed: string; valid: number | null }[] {
  return [
    { typed: '0', valid: attribute.min === 0 ? 0 : null },
    { typed: '-1', valid: null },
    { typed: String(attribute.max + 1), valid: null },
    { typed: '1e9', valid: null },
    { typed: '4.5', valid: null },
    { typed: '0x10', valid: null },
    { typed: '', valid: null },
    { typed: ` ${attribute.good} `, valid: attribute.good },
    { typed: `\t${attribute.good}\n`, valid: attribute.good },
    { typed: '0b11', valid: null },
    { typed: '1e1', valid: null },
    { typed: '+5', valid: null },
    { typed: '5 s', valid: null },
    { typed: '٣', valid: null },
  ];
}

/** The dose a timer runs, read back from its plan: what each attribute set. */
function timerDose(el: HoldTimer): Partial<Record<keyof LevelDose, number>> {
  const segments = el.plan?.segments ?? [];
  const hold = segments.find((s) => s.kind === 'hold');
  const duration = (found: { duration: number } | undefined) => (found ? found.duration / 1000 : 0);
  return {
    holdSeconds: duration(hold),
    reps: hold?.reps,
    sets: hold?.sets,
    restSeconds: duration(segments.find((s) => s.kind === 'rest' && s.restBetween === 'reps')),
    setRestSeconds: duration(segments.find((s) => s.kind === 'rest' && s.restBetween === 'sets')),
    prepareSeconds: duration(segments.find((s) => s.kind === 'prepare')),
    switchSeconds: duration(segments.find((s) => s.kind === 'switch-sides')),
  };
}

/** Attributes around the one under test, so that every part of the dose shows in the plan. */
const TIMER_BASE = { hold: '2', reps: '2', sets: '2', 'each-side': '', cues: 'none' };
const CARD_BASE = { exercise: 'half-crunch', 'each-side': '', cues: 'none' };

describe('hostile: dose attributes', () => {
  const context = hostileSuite();

  for (const attribute of ATTRIBUTES) {
    describe(`${attribute.name} (${attribute.min}–${attribute.max})`, () => {
      for (const { typed, valid } of values(attribute)) {
        const quoted = JSON.stringify(typed);
        const message = `${attribute.name}: must be a whole number from ${attribute.min} to ${attribute.max}, got ${quoted}`;
        for (const tag of ['hold-timer', 'back-exercise'] as const) {
          const name =
            valid === null
              ? `<${tag} ${attribute.name}=${quoted}> → error naming "${attribute.name}" and quoting what was typed`
              : `<${tag} ${attribute.name}=${quoted}> → accepted as ${valid}`;
          it(name, async () => {
            const base = tag === 'hold-timer' ? TIMER_BASE : CARD_BASE;
            const el = await mount(context, element(tag, { ...base, [attribute.name]: typed }));
            if (valid === null) {
              await expectSafe(context, el, { error: attribute.name });
              expect(errorText(el)).to.contain(message);
            } else {
              await expectSafe(context, el, {
                fallback: `accepted as ${valid}`,
                accepted: true,
                check: () => {
                  const dose = tag === 'hold-timer' ? timerDose(el as HoldTimer) : (el as BackExercise).levelDose;
                  expect(dose?.[attribute.field]).to.equal(valid);
                },
              });
            }
          });
        }
      }
    });
  }

  describe('<routine-player pain-threshold>', () => {
    for (const typed of ['abc', '', '0', '11', '-1', '4.5', '1e1', '0x7', '+7', '7 of 10']) {
      it(`pain-threshold=${JSON.stringify(typed)} → error naming "pain-threshold"`, async () => {
        const el = await mount(context, element('routine-player', { routine: 'lower-back-stretches', rate: '', cues: 'none', 'pain-threshold': typed }));
        await expectSafe(context, el, { error: 'pain-threshold' });
      });
    }

    /** Plays the first exercise to its rating and rates the pain, with whichever control the rating offers. */
    async function ratePain(threshold: string, pain: number): Promise<RoutinePlayer> {
      const el = await mount(context, element('routine-player', { routine: 'lower-back-stretches', rate: '', cues: 'none', 'pain-threshold': threshold }));
      el.start();
      await advance(context, 111_000); // 15 s to get ready and 95 s of Knee to Chest
      const rating = el.shadowRoot!.querySelector<HTMLElement>('[part~="rating"]');
      expect(rating, 'the rating after the first exercise').to.not.equal(null);
      const painButton = [...rating!.querySelectorAll<HTMLButtonElement>('button[part~="pain"]')].find((b) => /^\d+/.exec(b.textContent!.trim())?.[0] === String(pain));
      const select = rating!.querySelector('select');
      if (painButton) {
        painButton.click();
      } else {
        expect(select, 'a pain control').to.not.equal(null);
        select!.value = String(pain);
        rating!.querySelector('button')!.click();
      }
      await settle(context);
      return el;
    }

    const stopNow = (el: RoutinePlayer) => [...el.shadowRoot!.querySelectorAll('button')].some((b) => b.textContent!.trim() === 'Stop now');

    for (const [threshold, pain, warns] of [
      ['7', 10, true],
      ['7', 7, true],
      ['7', 6, false],
      ['7', 0, false],
      ['1', 0, false],
      ['1', 1, true],
    ] as const) {
      it(`pain-threshold=${JSON.stringify(threshold)}, pain rated ${pain} → ${warns ? 'warns and offers "Stop now"' : 'no warning'}`, async () => {
        const el = await ratePain(threshold, pain);
        await expectSafe(context, el, {
          fallback: warns ? 'warning' : 'no warning',
          check: () => {
            expect(errorText(el), 'no error').to.equal('');
            expect(el.shadowRoot!.querySelector('[part~="pain-warning"]') !== null, 'pain warning shown').to.equal(warns);
            expect(stopNow(el), '"Stop now" offered').to.equal(warns);
          },
        });
      });
    }
  });
});
