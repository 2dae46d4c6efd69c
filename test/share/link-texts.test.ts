/**
 * Every text a link carries is checked like the routine's name: the note, the name, and each
 * text of a whole exercise in it (and its picture's address). Direction overrides and isolates,
 * control characters, invisible-only text and broken surrogates are refused with an error naming
 * the field, in the link decoder, in the player, and in the builder's note field; plain text in
 * any script (emoji, joiners, Arabic, line breaks, "<" in prose) still travels.
 */
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import '../../src/define.js';
import '../../src/routine-builder/define.js';
import { DataError, getExercise, type RoutinePlayer } from '../../src/index.js';
import type { RoutineBuilder } from '../../src/routine-builder/routine-builder.js';
import { noteProblem } from '../../src/routine-builder/builder-draft.js';
import { decodeRoutineLink } from '../../src/share/routine-link.js';

/** A `1j.` link of JSON text written by hand, so that escapes such as a lone `\ud800` reach the decoder as written. */
function linkOfJson(json: string): string {
  const bytes = new TextEncoder().encode(json);
  return `routine=1j.${btoa(String.fromCharCode(...bytes)).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '')}`;
}
const linkOf = (compact: Record<string, unknown>) => linkOfJson(JSON.stringify(compact));

/** Texts that must never be shown to a patient: each with why. */
const HIDDEN: [string, string][] = [
  ['the issue\'s reversed phone number, "call \\u202E0010 555\\u202C"', 'call \u202E0010 555\u202C'],
  ['a right-to-left override alone', 'Twice a day \u202E'],
  ['a left-to-right embedding', '\u202AHold 30 s'],
  ['a right-to-left isolate', 'Call \u2067555 0100\u2069'],
  ['a first-strong isolate', '\u2068Twice a day\u2069'],
  ['a null character', 'Twice\u0000 a day'],
  ['a bell', 'Twice a day\u0007'],
  ['an escape (terminal colours)', '\u001B[31mRed\u001B[0m'],
  ['a delete character', 'Twice\u007F a day'],
  ['only a zero-width space', '\u200B'],
  ['only a byte-order mark and spaces', ' \uFEFF  '],
  ['only word joiners', '\u2060\u2060'],
  ['only spaces', '   '],
  ['a lone high surrogate', 'Call us \uD83D'],
  ['a lone low surrogate', '\uDE00 Call us'],
];

/** Texts that are plain text in some language or typography, and travel. */
const PLAIN: string[] = [
  'Twice a day. Call us on 555 0100 if the pain spreads to your leg.',
  'Ça va ? 😊 Deux fois par jour.',
  'مرتين في اليوم. اتصل بنا على 555 0100.',
  '👩‍⚕️ Your physio: call us',
  'Line one\nLine two\n\tand a tab',
  'Pain < 3 is fine',
  'क्षि', // a conjunct with a virama, no joiner needed
  'می‌خواهم', // Persian with a zero-width non-joiner inside the word
];

/** Characters that must never appear raw in an error message: controls, direction overrides and isolates. */
// eslint-disable-next-line no-control-regex -- control characters are what this looks for
const HIDDEN_IN_MESSAGE = /[\u0000-\u001F\u202A-\u202E\u2066-\u2069]/;

/** A text for a test's name, its hidden characters written as escapes. */
const escaped = (text: string) => JSON.stringify(text).replace(/[\u202A-\u202E\u2066-\u2069]/g, (c) => `\\u${c.charCodeAt(0).toString(16).toUpperCase()}`);

async function problemsOf(fragment: string): Promise<{ path: string; message: string }[]> {
  try {
    await decodeRoutineLink(fragment);
  } catch (error) {
    expect(error, 'a DataError, never anything else').to.be.instanceOf(DataError);
    return [...(error as DataError).problems];
  }
  return [];
}

describe('the texts a link carries', () => {
  describe('the note', () => {
    for (const [why, text] of HIDDEN) {
      it(`refuses ${why}, naming link.note`, async () => {
        const problems = await problemsOf(linkOfJson(`{"n":"Home","i":["half-crunch"],"t":${JSON.stringify(text)}}`));
        expect(problems.map((p) => p.path)).to.deep.equal(['link.note']);
        expect(noteProblem(text) === undefined, 'the builder agrees (spaces alone are no note there)').to.equal(text.trim() === '');
      });
    }
    for (const text of PLAIN) {
      it(`carries ${JSON.stringify(text).slice(0, 40)}`, async () => {
        const shared = await decodeRoutineLink(linkOf({ n: 'Home', i: ['half-crunch'], t: text }));
        expect(shared!.note).to.equal(text.trim());
        expect(noteProblem(text)).to.equal(undefined);
      });
    }
    it('refuses the start of a tag and more than 1000 characters, as before', async () => {
      expect((await problemsOf(linkOf({ n: 'x', i: ['half-crunch'], t: 'See <b' }))).map((p) => p.path)).to.deep.equal(['link.note']);
      expect((await problemsOf(linkOf({ n: 'x', i: ['half-crunch'], t: 'a'.repeat(1001) }))).map((p) => p.path)).to.deep.equal(['link.note']);
      expect(await problemsOf(linkOf({ n: 'x', i: ['half-crunch'], t: 'a'.repeat(1000) }))).to.deep.equal([]);
    });
  });

  describe('the name', () => {
    for (const [why, text] of HIDDEN) {
      it(`refuses ${why}, naming link.name`, async () => {
        const problems = await problemsOf(linkOfJson(`{"n":${JSON.stringify(text)},"i":["half-crunch"]}`));
        expect(problems.map((p) => p.path)).to.deep.equal(['link.name']);
      });
    }
  });

  describe('a whole exercise in the link', () => {
    const own = () => ({ ...getExercise('half-crunch')!, id: 'own', progression: 'Hold longer', startPosition: 'On your back', media: { image: '/pictures/crunch.png', alt: 'A half crunch' } });
    const fields: [string, (exercise: Record<string, unknown>, text: string) => void][] = [
      ['name', (e, t) => (e.name = t)],
      ['targets[0]', (e, t) => (e.targets = [t])],
      ['steps[1]', (e, t) => (e.steps = ['Lie down', t])],
      ['cautions[0]', (e, t) => (e.cautions = [t])],
      ['progression', (e, t) => (e.progression = t)],
      ['startPosition', (e, t) => (e.startPosition = t)],
      ['media.alt', (e, t) => (e.media = { image: '/a.png', alt: t })],
      ['media.caption', (e, t) => (e.media = { video: '/a.mp4', caption: t })],
    ];
    for (const [field, set] of fields) {
      for (const [why, text] of [HIDDEN[0], HIDDEN[5], HIDDEN[9], HIDDEN[13]]) {
        it(`refuses ${why} in ${field}, naming link.items[0].exercise.${field}`, async () => {
          const exercise = own() as Record<string, unknown>;
          set(exercise, text);
          const problems = await problemsOf(linkOfJson(`{"n":"Home","i":[[${JSON.stringify(exercise)},0]]}`));
          expect(problems.map((p) => p.path)).to.deep.equal([`link.items[0].exercise.${field}`]);
        });
      }
    }
    for (const address of ['/pictures/\u202Egnp.exe', '/pictures/a\u0007.png', 'https://clinic.example/\u2066x\u2069.png', '/a\uD800.png']) {
      it(`refuses the picture address ${escaped(address)}, naming link.items[0].exercise.media.image`, async () => {
        const exercise = { ...own(), media: { image: address, alt: 'A half crunch' } };
        const problems = await problemsOf(linkOfJson(`{"n":"Home","i":[[${JSON.stringify(exercise)},0]]}`));
        expect(problems.map((p) => p.path)).to.deep.equal(['link.items[0].exercise.media.image']);
        expect(problems[0].message, 'the address is quoted with its hidden characters escaped').to.not.match(HIDDEN_IN_MESSAGE);
      });
    }
    it('carries a whole exercise whose texts are all plain, in any script', async () => {
      const exercise = { ...own(), name: 'مرتين في اليوم', steps: [PLAIN[3], PLAIN[7]], cautions: [PLAIN[1]] };
      const shared = await decodeRoutineLink(linkOf({ n: 'مرتين في اليوم', i: [[exercise, 0]], t: PLAIN[4] }));
      expect(shared!.routine.items[0].exercise).to.deep.equal(exercise);
    });
  });

  describe('field names', () => {
    const keys = ['\u202Eevil', 'a\u0007b', '<img src=x onerror=alert(1)>', 'x'.repeat(5000)];
    for (const key of keys) {
      it(`an unknown field ${escaped(key.slice(0, 30))} is named in the error with its hidden characters escaped and cut short`, async () => {
        for (const compact of [
          { n: 'x', i: ['half-crunch'], [key]: 1 },
          { n: 'x', i: [['half-crunch', { [key]: 1 }]] },
          { n: 'x', i: [[{ ...getExercise('half-crunch')!, id: 'own', [key]: 1 }, 0]] },
        ]) {
          const problems = await problemsOf(linkOf(compact));
          expect(problems).to.have.length(1);
          const shown = `${problems[0].path}: ${problems[0].message}`;
          expect(shown, shown.slice(0, 80)).to.not.match(HIDDEN_IN_MESSAGE);
          expect(shown.length, 'a long name is cut short').to.be.below(400);
        }
      });
    }
  });

  describe('in the elements', () => {
    const before = location.hash;
    afterEach(() => history.replaceState(null, '', `${location.pathname}${location.search}${before}`));

    it('<routine-player from-url> shows the error for the issue\'s note instead of playing it', async () => {
      history.replaceState(null, '', `#${linkOf({ n: 'Home', i: ['half-crunch'], t: HIDDEN[0][1] })}`);
      const player = await fixture<RoutinePlayer>(html`<routine-player from-url routine="lower-back-stretches" cues="none"></routine-player>`);
      await waitUntil(() => player.shadowRoot!.querySelector('[part="error"]'), 'the error');
      expect(player.shadowRoot!.querySelector('[part="error"]')!.textContent).to.contain('link.note');
      expect(player.routineData).to.equal(undefined);
      expect(player.shadowRoot!.textContent).to.not.contain('\u202E');
    });

    it('<routine-builder> shows the problem under its note field and makes no link', async () => {
      const builder = await fixture<RoutineBuilder>(html`<routine-builder></routine-builder>`);
      builder.shared = { routine: { id: 'home', name: 'Home', items: [{ exercise: 'half-crunch' }] }, note: 'Twice a day.' };
      await builder.updateComplete;
      expect(builder.shareLink).to.match(/#routine=/);
      const note = builder.shadowRoot!.querySelector<HTMLTextAreaElement>('#f-note')!;
      note.value = HIDDEN[0][1];
      note.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
      await builder.updateComplete;
      expect(note.getAttribute('aria-invalid')).to.equal('true');
      expect(builder.shadowRoot!.querySelector('#f-note-problem')!.textContent).to.contain('bidirectional override');
      expect(builder.problems.map((p) => p.path)).to.deep.equal(['note']);
      expect(builder.shareLink).to.equal('');
    });

    it('<routine-builder> given a shared routine with a hidden note flags the note at once', async () => {
      const builder = await fixture<RoutineBuilder>(html`<routine-builder></routine-builder>`);
      builder.shared = { routine: { id: 'home', name: 'Home', items: [{ exercise: 'half-crunch' }] }, note: '\u200B' };
      await builder.updateComplete;
      expect(builder.problems.map((p) => p.path)).to.deep.equal(['note']);
      expect(builder.shareLink).to.equal('');
    });
  });
});
