/**
 * The inputs of test/wordpress/php-parity.test.ts: every attribute a shortcode shares with its
 * element, at its boundaries, with hostile and non-Latin text; the documented places where a
 * shortcode is stricter than its element; and the clinic's advice as typed into the block.
 */
import { MARKUP, SCRIPT_TEXT } from '../hostile/inputs.js';

export type Shortcode = 'hold_timer' | 'back_exercise' | 'routine_player';

/** One shortcode with its attributes (`true`: written alone, without a value). */
export interface ParityCase {
  /** Cases of one group are compared in one test, named after it. */
  group: string;
  shortcode: Shortcode;
  attributes: Record<string, string | true>;
  /** For a documented difference: the fields PHP names, and those the element names. */
  phpNames?: string[];
  elementNames?: string[];
}

/** Every character JavaScript's trim() removes and `\s` matches. */
const JS_SPACES = ['\t', '\n', '\v', '\f', '\r', ' ', '\u00A0', '\u1680', '\u2000', '\u2005', '\u200A', '\u2028', '\u2029', '\u202F', '\u205F', '\u3000', '\uFEFF'];
/** Characters that look like space but that JavaScript does not trim. */
const NOT_SPACES = ['\u0085', '\u180E', '\u200B', '\u0000'];

const ARABIC = 'تمرين أسفل الظهر '; // 17 characters
const CHINESE = '膝盖贴胸拉伸'; // 6 characters
const EMOJI = '\u{1F4AA}'; // 2 UTF-16 code units
const FAMILY = '\u{1F469}\u200D\u{1F469}\u200D\u{1F467}'; // 8 code units
const ASTRAL_CJK = '\u{20000}'; // 2 code units

/** `unit` repeated to exactly `length` UTF-16 code units (it must divide evenly). */
function fill(unit: string, length: number): string {
  return unit.repeat(Math.ceil(length / unit.length)).slice(0, length);
}

/** Texts for `[hold_timer label]` (120 code units at most), each with what it tries. */
export const TEXTS: { label: string; text: string }[] = [
  ...MARKUP,
  ...SCRIPT_TEXT,
  { label: 'a tag across a line break', text: 'Knee <b\nclass="x">to</b> chest' },
  { label: 'a comment', text: 'Knee <!-- to --> chest' },
  { label: 'a processing instruction', text: '<?php echo 1; ?>' },
  { label: 'an upper-case tag', text: '<B>Knee</B>' },
  { label: 'less-than before a digit', text: 'If the pain is <5, rest' },
  { label: 'less-than and greater-than apart', text: 'a < b > c' },
  { label: 'empty brackets', text: '<>' },
  { label: 'a space after <', text: '< b>' },
  { label: 'a heart', text: 'Gentle <3' },
  ...['\u202A', '\u202B', '\u202C', '\u202D', '\u202E', '\u2066', '\u2067', '\u2068', '\u2069'].map((control) => ({
    label: `direction control U+${control.charCodeAt(0).toString(16).toUpperCase()}`,
    text: `call ${control}0010 555`,
  })),
  { label: 'marks U+200E and U+200F (allowed)', text: 'call \u200E0010\u200F 555' },
  { label: 'a lone high surrogate', text: 'Knee \uD83D to chest' },
  { label: 'a lone low surrogate', text: 'Knee \uDE00 to chest' },
  { label: 'a surrogate pair backwards', text: 'Knee \uDE00\uD83D chest' },
  { label: 'a lone surrogate at the end', text: 'Knee\uD800' },
  { label: 'the last code point U+10FFFF', text: 'Knee \u{10FFFF}' },
  { label: 'noncharacters U+FFFE and U+FFFF', text: 'Knee \uFFFE\uFFFF' },
  { label: 'a replacement character', text: 'Knee \uFFFD' },
  ...['\u0000', '\u0001', '\u0008', '\u000B', '\u000C', '\u000E', '\u001F', '\u007F'].map((control) => ({
    label: `control character U+${control.charCodeAt(0).toString(16).padStart(4, '0').toUpperCase()} inside`,
    text: `Knee${control}chest`,
  })),
  { label: 'tab, line feed and carriage return inside (allowed)', text: 'Knee\tto\nchest\r!' },
  { label: 'a C1 control U+0085 inside (allowed)', text: 'Knee\u0085chest' },
  ...JS_SPACES.map((space) => ({ label: `U+${space.charCodeAt(0).toString(16).padStart(4, '0').toUpperCase()} around`, text: `${space}Knee${space}` })),
  ...JS_SPACES.map((space) => ({ label: `only U+${space.charCodeAt(0).toString(16).padStart(4, '0').toUpperCase()}`, text: space.repeat(3) })),
  ...NOT_SPACES.map((character) => ({ label: `U+${character.charCodeAt(0).toString(16).padStart(4, '0').toUpperCase()} around`, text: `${character}Knee${character}` })),
  { label: 'empty', text: '' },
  { label: 'only zero-width spaces', text: '\u200B\u200B\u200B' },
  { label: 'only joiners', text: '\u200C\u200D' },
  { label: 'only a byte-order mark, word joiner and spaces', text: ' \uFEFF\u2060 ' },
  { label: 'only U+180E (not space to JavaScript)', text: '\u180E' },
  { label: 'Latin, 120 characters', text: fill('Knee to chest ', 119) + 'x' },
  { label: 'Latin, 121 characters', text: fill('Knee to chest ', 120) + 'x' },
  { label: 'Latin, 120 characters and spaces around', text: `   ${fill('Knee to chest ', 119)}x\u3000\u00A0` },
  { label: 'Arabic, 100 characters (200 bytes)', text: fill(ARABIC, 99) + 'ر' },
  { label: 'Arabic, 120 characters', text: fill(ARABIC, 119) + 'ر' },
  { label: 'Arabic, 121 characters', text: fill(ARABIC, 120) + 'ر' },
  { label: 'Chinese, 120 characters (360 bytes)', text: fill(CHINESE, 120) },
  { label: 'Chinese, 121 characters', text: fill(CHINESE, 121) },
  { label: 'emoji, 60 (120 code units, 240 bytes)', text: EMOJI.repeat(60) },
  { label: 'emoji, 61 (122 code units)', text: EMOJI.repeat(61) },
  { label: '119 letters and an emoji (121 code units)', text: 'a'.repeat(119) + EMOJI },
  { label: '118 letters and an emoji (120 code units)', text: 'a'.repeat(118) + EMOJI },
  { label: 'a family emoji 15 times (120 code units)', text: FAMILY.repeat(15) },
  { label: 'a family emoji 15 times and a letter', text: FAMILY.repeat(15) + 'a' },
  { label: 'CJK extension B, 60 (120 code units)', text: ASTRAL_CJK.repeat(60) },
  { label: 'CJK extension B, 61', text: ASTRAL_CJK.repeat(61) },
  { label: 'e and a combining accent, 60 times (120 code units)', text: 'e\u0301'.repeat(60) },
  { label: 'e and a combining accent, 61 times', text: 'e\u0301'.repeat(61) },
  { label: 'Persian with a zero-width non-joiner', text: 'حرکت می\u200Cخواهم' },
  { label: 'Hebrew with digits', text: 'מתיחה 2' },
  { label: 'Devanagari', text: 'घुटने से छाती तक' },
  { label: 'a short label', text: 'Short hold' },
];

/** Values typed into a whole-number attribute from `min` to `max`; `good` is allowed. */
function numberValues(min: number, max: number, good: number): (string | true)[] {
  return [
    String(min - 1),
    String(min),
    String(max),
    String(max + 1),
    '',
    true,
    ` ${good} `,
    `\u00A0${good}`,
    `\u3000${good}\u2028`,
    `\t${good}\n`,
    `\u0000${good}`,
    `\u0085${good}`,
    `${good}\u200B`,
    `+${good}`,
    `-${good}`,
    '-0',
    `0${good}`,
    '0000000000000000000001',
    `${good}.0`,
    '1e2',
    '0x10',
    '\u0663',
    '\uFF13',
    '99999999999999999999',
    `${good}abc`,
  ];
}

const DOSE_BOUNDS: Record<string, [number, number, number]> = {
  hold: [1, 3600, 45],
  reps: [1, 500, 3],
  sets: [1, 50, 2],
  rest: [0, 3600, 7],
  'set-rest': [0, 3600, 20],
  prepare: [0, 600, 4],
  switch: [0, 600, 6],
};

const EXERCISES = ['knee-to-chest', 'lower-back-twist', 'side-trunk-stretch', 'half-crunch', 'push-up-back-extension', 'assisted-back-extension'];
const ROUTINES = ['lower-back', 'lower-back-stretches', 'trunk-strength'];
const LEVELS: (string | true)[] = ['beginner', 'intermediate', 'advanced', '', true, 'Beginner', ' beginner', 'expert', '__proto__', 'beginner\u200B'];
const CUES: (string | true)[] = [
  'beep',
  'voice',
  'vibrate',
  'beep voice vibrate',
  'vibrate vibrate',
  'BEEP Voice',
  ' beep\u00A0vibrate ',
  'beep\u3000voice\u2028vibrate',
  'beep\tvoice\nvibrate',
  'none',
  'NONE',
  ' none ',
  'none beep',
  'beep none',
  'none none',
  'beep,voice',
  'beeps',
  '',
  '   ',
  true,
  'beep\u200Bvoice',
  'beep\u0085voice',
  'be\uD83Dep',
  '\u202Ebeep',
];

/** Where each shortcode's other attributes leave it valid, so that one attribute is tried at a time. */
const BASE: Record<Shortcode, Record<string, string | true>> = {
  hold_timer: { hold: '10' },
  // Small given dose on a catalog exercise, so that any one dose attribute at its maximum stays under the limit.
  back_exercise: { exercise: 'half-crunch', hold: '1', reps: '1', sets: '1' },
  routine_player: {},
};

/** Doses near the three-hour limit of one exercise (10,800 s by the library's formula). */
const WHOLE_DOSES: { shortcode: Shortcode; attributes: Record<string, string | true> }[] = [
  // 3 × 3600 = 10,800: at the limit.
  { shortcode: 'hold_timer', attributes: { hold: '3600', reps: '3', rest: '0', 'set-rest': '0' } },
  { shortcode: 'hold_timer', attributes: { hold: '3600', reps: '3', rest: '0', 'set-rest': '1' } },
  // The default rests (3 s, 30 s) count: 3 × 3590 + 30 = 10,800.
  { shortcode: 'hold_timer', attributes: { hold: '3587', reps: '3' } },
  { shortcode: 'hold_timer', attributes: { hold: '3588', reps: '3' } },
  // Each side doubles: 2 × 3 × 1795 + 30 = 10,800.
  { shortcode: 'hold_timer', attributes: { hold: '1792', reps: '3', 'each-side': true } },
  { shortcode: 'hold_timer', attributes: { hold: '1793', reps: '3', 'each-side': true } },
  { shortcode: 'hold_timer', attributes: { hold: '3600', rest: '3600', 'set-rest': '3600' } },
  { shortcode: 'hold_timer', attributes: { hold: '3600', rest: '3600', 'set-rest': '3600', 'each-side': true } },
  { shortcode: 'hold_timer', attributes: { hold: '1', reps: '54', sets: '50', rest: '3', 'set-rest': '0' } },
  { shortcode: 'hold_timer', attributes: { hold: '1', reps: '55', sets: '50', rest: '3', 'set-rest': '0' } },
  // Getting ready and changing sides are not part of the limit.
  { shortcode: 'hold_timer', attributes: { hold: '3600', reps: '3', rest: '0', 'set-rest': '0', prepare: '600', switch: '600' } },
  // The timer: 50 sets of 500 on each side, an hour each.
  { shortcode: 'hold_timer', attributes: { hold: '3600', reps: '500', sets: '50', 'each-side': true, rest: '3600' } },
  { shortcode: 'hold_timer', attributes: { hold: '3600', reps: '500', sets: '50', level: 'expert' } },
  { shortcode: 'hold_timer', attributes: { hold: '3600', reps: '500', sets: 'x' } },
  // A catalog exercise's own dose under the attributes: knee-to-chest is 45 s on each side.
  { shortcode: 'back_exercise', attributes: { exercise: 'knee-to-chest', sets: '50' } },
  { shortcode: 'back_exercise', attributes: { exercise: 'knee-to-chest', hold: '3600' } },
  { shortcode: 'back_exercise', attributes: { exercise: 'knee-to-chest', hold: '3600', sets: '2' } },
  { shortcode: 'back_exercise', attributes: { exercise: 'knee-to-chest', hold: '1800', reps: '3', rest: '0', 'set-rest': '0' } },
  { shortcode: 'back_exercise', attributes: { exercise: 'knee-to-chest', hold: '1800', reps: '3', rest: '0', 'set-rest': '1' } },
  // half-crunch has 25 repetitions at the advanced level, which counts at every level: 4 × 25 × 108 = 10,800.
  { shortcode: 'back_exercise', attributes: { exercise: 'half-crunch', sets: '4', hold: '108', rest: '0', 'set-rest': '0' } },
  { shortcode: 'back_exercise', attributes: { exercise: 'half-crunch', sets: '4', hold: '109', rest: '0', 'set-rest': '0', level: 'beginner' } },
  { shortcode: 'back_exercise', attributes: { exercise: 'half-crunch', sets: '50' } },
  { shortcode: 'back_exercise', attributes: { exercise: 'half-crunch', sets: '50', hold: '4', 'each-side': true } },
  { shortcode: 'back_exercise', attributes: { exercise: 'half-crunch', sets: '50', hold: '10', level: 'expert' } },
  { shortcode: 'back_exercise', attributes: { exercise: 'push-up-back-extension', reps: '500', sets: '50', hold: '3600' } },
];

/** Every attribute each shortcode shares with its element, each value in turn, grouped for the tests. */
export function attributeCases(): ParityCase[] {
  const cases: ParityCase[] = [];
  const add = (group: string, shortcode: Shortcode, attributes: Record<string, string | true>) =>
    cases.push({ group, shortcode, attributes: { ...BASE[shortcode], ...attributes } });

  for (const { text } of TEXTS) add('[hold_timer label] hostile, invisible and non-Latin text', 'hold_timer', { label: text });
  add('[hold_timer label] hostile, invisible and non-Latin text', 'hold_timer', { label: true });

  for (const shortcode of ['hold_timer', 'back_exercise'] as const) {
    for (const [name, [min, max, good]] of Object.entries(DOSE_BOUNDS)) {
      for (const value of numberValues(min, max, good)) add(`[${shortcode} ${name}] whole numbers`, shortcode, { [name]: value });
    }
  }
  // Without `hold`, the timer has no dose at all.
  cases.push({ group: '[hold_timer hold] whole numbers', shortcode: 'hold_timer', attributes: { reps: '3' } });
  for (const value of numberValues(1, 10, 7)) add('[routine_player pain-threshold] whole numbers', 'routine_player', { 'pain-threshold': value });

  for (const { shortcode, attributes } of WHOLE_DOSES) cases.push({ group: `[${shortcode}] the whole dose and the 3-hour limit`, shortcode, attributes });

  for (const shortcode of ['hold_timer', 'back_exercise', 'routine_player'] as const) {
    for (const value of LEVELS) add(`[${shortcode} level] one of the levels`, shortcode, { level: value });
    for (const value of CUES) add(`[${shortcode} cues] cue words`, shortcode, { cues: value });
  }
  for (const value of ['timer', 'done', '', true, 'Done', ' done', 'self'] as (string | true)[]) add('[routine_player pace] timer or done', 'routine_player', { pace: value });
  for (const value of [...ROUTINES, '', true, 'Lower-back', ' lower-back', 'unknown', '__proto__'] as (string | true)[]) {
    add('[routine_player routine] a catalog routine', 'routine_player', { routine: value });
  }
  for (const value of [...EXERCISES, 'burpee', ' knee-to-chest', 'KNEE-TO-CHEST', '__proto__', 'constructor']) {
    cases.push({ group: '[back_exercise exercise] a catalog exercise', shortcode: 'back_exercise', attributes: { exercise: value } });
  }
  // Forms both read the same way: a heading level in range, `auto` or nothing; a switch written alone, as "true" or as its own name.
  for (const value of ['1', '6', ' 3 ', '', 'auto', ' AUTO ']) add('heading levels and switches that both accept', 'back_exercise', { 'heading-level': value });
  for (const value of ['1', '5', 'auto']) add('heading levels and switches that both accept', 'routine_player', { 'heading-level': value });
  for (const [shortcode, name] of [
    ['hold_timer', 'no-dose'],
    ['hold_timer', 'each-side'],
    ['back_exercise', 'no-timer'],
    ['back_exercise', 'no-drawings'],
    ['routine_player', 'remember'],
    ['routine_player', 'rate'],
    ['routine_player', 'no-drawings'],
    ['routine_player', 'no-focus-mode-on-phones'],
  ] as const) {
    for (const value of [true, '', 'true', name, name.toUpperCase()] as (string | true)[]) add('heading levels and switches that both accept', shortcode, { [name]: value });
  }
  return cases;
}

/**
 * The documented places where a shortcode is stricter than its element: the element cannot refuse
 * these (an HTML switch is on whatever its value; a heading level is clamped), and the shortcode
 * shows an error instead of guessing. Each names what PHP and the element name.
 */
export function documentedDifferences(): ParityCase[] {
  const cases: ParityCase[] = [];
  const differ = (group: string, shortcode: Shortcode, attributes: Record<string, string | true>, phpNames: string[], elementNames: string[] = []) =>
    cases.push({ group, shortcode, attributes: { ...BASE[shortcode], ...attributes }, phpNames, elementNames });
  for (const [shortcode, name] of [
    ['hold_timer', 'no-dose'],
    ['back_exercise', 'no-timer'],
    ['routine_player', 'remember'],
  ] as const) {
    for (const value of ['false', 'no', '0', 'yes']) differ('a switch with a value: on for the element, an error in the shortcode', shortcode, { [name]: value }, [name]);
  }
  for (const value of ['0', '7', '2.5', 'abc', 'h2']) {
    differ('a heading level outside 1–6: clamped by the element, an error in the shortcode', 'back_exercise', { 'heading-level': value }, ['heading-level']);
  }
  differ('a heading level outside 1–5: clamped by the player, an error in the shortcode', 'routine_player', { 'heading-level': '6' }, ['heading-level']);
  differ('an unknown attribute: ignored by the element, an error in the shortcode', 'hold_timer', { hlod: '5' }, ['hlod']);
  differ('an unknown attribute: ignored by the element, an error in the shortcode', 'routine_player', { routines: 'lower-back' }, ['routines']);
  // A card without `exercise` is written in HTML on a page; a shortcode has no such form.
  cases.push({
    group: 'no exercise: the shortcode asks for one, the empty card for its HTML',
    shortcode: 'back_exercise',
    attributes: {},
    phpNames: ['exercise'],
    elementNames: ['heading', 'hold', 'steps'],
  });
  return cases;
}

/** The clinic's advice as typed into the Routine player block's field, and the paragraphs it must give. */
export const ADVICE: { label: string; typed: string; lines: string[] }[] = [
  {
    label: 'the issue’s advice: <5, two paragraphs and a <br>',
    typed: 'If the pain is <5, rest.\nIf it is 5 or more, stop<br>and call us on 555 0100.\n\n<p>Bring this page</p><p>to your next appointment.</p>',
    lines: ['If the pain is <5, rest.', 'If it is 5 or more, stop', 'and call us on 555 0100.', 'Bring this page', 'to your next appointment.'],
  },
  { label: 'one line', typed: 'Call our clinic on 555 0100.', lines: ['Call our clinic on 555 0100.'] },
  { label: 'every form of <br>', typed: 'a<br>b<BR/>c<br />d<br\t/>e', lines: ['a', 'b', 'c', 'd', 'e'] },
  { label: 'paragraph tags with attributes', typed: '<p class="x">a</p>\n<P>b</P>', lines: ['a', 'b'] },
  { label: 'Windows and Unicode line breaks', typed: 'a\r\nb\rc\u2028d\u2029e\u0085f', lines: ['a', 'b', 'c', 'd', 'e', 'f'] },
  { label: 'other tags are text', typed: '<strong>Call</strong> us <pre>now</pre>', lines: ['<strong>Call</strong> us <pre>now</pre>'] },
  { label: 'a script is text', typed: '<script>alert(1)</script>', lines: ['<script>alert(1)</script>'] },
  { label: 'ampersands and entities as typed', typed: 'AT&T &amp; &lt;b&gt; &copy; &#60;', lines: ['AT&T &amp; &lt;b&gt; &copy; &#60;'] },
  { label: 'quotes and apostrophes', typed: 'Ask for "Sam" at Dr O\'Brien\'s desk', lines: ['Ask for "Sam" at Dr O\'Brien\'s desk'] },
  { label: 'less-than and greater-than', typed: 'pain > 5\n< 3 is fine\n<<>>', lines: ['pain > 5', '< 3 is fine', '<<>>'] },
  { label: 'spaces around lines, JavaScript’s trim', typed: '  a \u00A0\n\u3000b\u3000\n\t \n', lines: ['a', 'b'] },
  { label: 'only breaks and spaces: the player’s own advice', typed: ' \n<br>\n<p></p> ', lines: [] },
  { label: 'Arabic and an emoji', typed: 'إذا استمر الألم، اتصل بنا\n\u{1F4DE} 555 0100', lines: ['إذا استمر الألم، اتصل بنا', '\u{1F4DE} 555 0100'] },
];

/**
 * The clinic's advice inside `[routine_player]…[/routine_player]` as it reaches the shortcode: post
 * content, after WordPress's automatic paragraphs (`<br />`, `</p><p>`) and typography (entities).
 */
export const HTML_ADVICE: { label: string; html: string; lines: string[] }[] = [
  {
    label: 'the issue’s advice after automatic paragraphs',
    html: 'If the pain is &lt;5, rest.<br />\nIf it is 5 or more, stop<br />\nand call us on 555 0100.</p>\n<p>Bring this page',
    lines: ['If the pain is <5, rest.', 'If it is 5 or more, stop', 'and call us on 555 0100.', 'Bring this page'],
  },
  { label: 'a raw <5 before a second line (an administrator’s)', html: 'If the pain is <5, rest.\nIf it still hurts, call us.', lines: ['If the pain is <5, rest.', 'If it still hurts, call us.'] },
  { label: 'two paragraphs', html: '<p>a</p><p>b</p>', lines: ['a', 'b'] },
  { label: 'a <br>', html: 'a<br>b', lines: ['a', 'b'] },
  { label: 'typographic entities', html: 'It&#8217;s &#8220;fine&#8221; &amp; safe', lines: ['It’s “fine” & safe'] },
  { label: 'formatting and a link', html: '<strong>Call</strong> us on <a href="tel:5550100">555 0100</a>', lines: ['Call us on 555 0100'] },
  { label: 'a script', html: '<script>alert(1)</script>Rest', lines: ['alert(1)Rest'] },
  { label: 'a comment', html: '<!-- note -->Rest<!-- unclosed', lines: ['Rest'] },
  { label: 'a tag across a line break', html: 'x<b\nclass="y">bold</b>', lines: ['xbold'] },
  { label: 'escaped markup', html: '&lt;script&gt;alert(1)&lt;/script&gt;', lines: ['<script>alert(1)</script>'] },
  { label: 'an empty paragraph of a no-break space', html: '&nbsp;</p>\n<p>Rest', lines: ['Rest'] },
  { label: 'a <pre> is not a paragraph break', html: '<pre>a</pre>b', lines: ['ab'] },
];
