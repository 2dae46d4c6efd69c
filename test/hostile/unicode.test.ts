/**
 * Bidirectional controls, zero-width characters and lone surrogates in text fields.
 * Overrides and isolates (U+202A–U+202E, U+2066–U+2069) and lone surrogates are refused
 * with an error naming the field; a text that is empty once whitespace and zero-width
 * characters are removed is "must not be empty"; joiners inside real words, emoji and
 * right-to-left scripts written without controls are shown as written.
 */
import { expect } from '@open-wc/testing';
import '../../src/define.js';
import { errorText, expectSafe, expectation, hostileSuite, mount, mountAsParsed, shown, type Outcome } from './guard.js';
import { authoredCard, element, jsonScript, setPath, validExercise, validRoutine } from './inputs.js';

interface Field {
  source: string;
  field: string;
  build(text: string): Element;
  /** Where the accepted text can be read back. */
  read(el: Element): string | null | undefined;
  /** Whether to insert the element as the HTML parser does (element first, then its children). */
  parsed?: boolean;
}

const byPart = (name: string) => (el: Element) => el.shadowRoot!.querySelector(`[part~="${name}"]`)?.textContent?.trim();
const playerTitle = (el: Element) => el.shadowRoot!.querySelector('#title')?.textContent?.trim();

const FIELDS: Field[] = [
  {
    source: '<back-exercise> data',
    field: 'name',
    build: (text) => Object.assign(element('back-exercise', { cues: 'none' }), { data: setPath(validExercise(), 'name', text) }),
    read: byPart('name'),
  },
  {
    source: '<back-exercise> data',
    field: 'steps[1]',
    build: (text) => Object.assign(element('back-exercise', { cues: 'none' }), { data: setPath(validExercise(), 'steps[1]', text) }),
    read: (el) => el.shadowRoot!.querySelectorAll('[part~="step"]')[1]?.textContent?.trim(),
  },
  {
    source: '<back-exercise> JSON script',
    field: 'cautions[0]',
    build: (text) => element('back-exercise', { cues: 'none' }, jsonScript(setPath(validExercise(), 'cautions[0]', text))),
    read: (el) => el.shadowRoot!.querySelector('[part~="cautions"] li')?.textContent?.trim(),
  },
  { source: '<back-exercise> authored HTML', field: 'name', build: (text) => authoredCard({ heading: text }), read: byPart('name') },
  {
    source: '<hold-timer> attribute',
    field: 'label',
    build: (text) => element('hold-timer', { hold: '10', cues: 'none', label: text }),
    read: (el) => el.shadowRoot!.querySelector('[role="timer"]')?.getAttribute('aria-label')?.replace(/: Ready, [^,]*$/, ''),
  },
  {
    source: '<routine-player> data',
    field: 'name',
    build: (text) => Object.assign(element('routine-player', { cues: 'none' }), { data: setPath(validRoutine(), 'name', text) }),
    read: playerTitle,
  },
  {
    source: '<routine-player> attribute',
    field: 'name',
    parsed: true,
    build: (text) => element('routine-player', { cues: 'none', name: text }, element('back-exercise', { exercise: 'half-crunch' })),
    read: playerTitle,
  },
];

/** Refused: the label, the text, and what the message is about. */
const REFUSED: { label: string; text: string }[] = [
  { label: 'right-to-left override U+202E', text: 'Knee to \u202Etsehc' },
  { label: 'left-to-right embedding U+202A', text: '\u202AKnee to chest' },
  { label: 'right-to-left embedding U+202B', text: 'Knee \u202Bto chest' },
  { label: 'pop directional formatting U+202C', text: 'Knee to chest\u202C' },
  { label: 'left-to-right override U+202D', text: 'Knee \u202Dto chest' },
  { label: 'left-to-right isolate U+2066', text: 'Knee \u2066to\u2069 chest' },
  { label: 'right-to-left isolate U+2067', text: 'Knee \u2067to chest' },
  { label: 'first strong isolate U+2068', text: '\u2068Knee to chest' },
  { label: 'pop directional isolate U+2069', text: 'Knee to chest\u2069' },
  { label: 'a lone high surrogate', text: 'Knee \uD83D to chest' },
  { label: 'a lone low surrogate', text: 'Knee \uDE00 to chest' },
  { label: 'a surrogate pair written backwards', text: 'Knee \uDE00\uD83D chest' },
];

/** Empty to a reader: only whitespace and zero-width characters. */
const EMPTY: { label: string; text: string }[] = [
  { label: 'only zero-width spaces', text: '\u200B\u200B\u200B' },
  { label: 'only joiners', text: '\u200C\u200D' },
  { label: 'only a byte-order mark, word joiner and spaces', text: ' \uFEFF\u2060 ' },
];

/** Accepted: shown exactly as written. */
const ACCEPTED: { label: string; text: string }[] = [
  { label: 'zero-width joiners inside an emoji', text: 'Family stretch \u{1F469}\u200D\u{1F469}\u200D\u{1F467}' },
  { label: 'a zero-width non-joiner inside a Persian word', text: 'حرکت می\u200Cخواهم' },
  { label: 'an emoji (a surrogate pair)', text: 'Plank \u{1F4AA}' },
  { label: 'Arabic written without controls', text: 'تمرين أسفل الظهر' },
  { label: 'Hebrew with digits', text: 'מתיחה 2' },
];

function hasRawControls(text: string): boolean {
  return /[\u202A-\u202E\u2066-\u2069]/.test(text) || /[\uD800-\uDFFF]/u.test(text);
}

describe('hostile: bidi controls, zero-width text and lone surrogates', () => {
  const context = hostileSuite();

  for (const target of FIELDS) {
    describe(`${target.source} › ${target.field}`, () => {
      for (const { label, text } of [...REFUSED, ...EMPTY]) {
        const outcome: Outcome = { error: target.field };
        it(`${label} ${shown(text)} ${expectation(outcome)}`, async () => {
          const el = await (target.parsed ? mountAsParsed : mount)(context, target.build(text));
          await expectSafe(context, el, outcome);
          expect(hasRawControls(errorText(el)), 'the message shows controls and broken characters escaped, not raw').to.equal(false);
        });
      }
      for (const { label, text } of ACCEPTED) {
        it(`${label} → shown exactly as written`, async () => {
          const el = await (target.parsed ? mountAsParsed : mount)(context, target.build(text));
          await expectSafe(context, el, {
            fallback: 'shown as written',
            accepted: true,
            check: () => {
          expect(target.read(el)).to.equal(text);
        },
          });
        });
      }
    });
  }
});
