import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import sinon from 'sinon';
import '../../src/define.js';
import { EXERCISES, planRoutine, resolveRoutine, type BackExercise, type HoldTimer, type RoutinePlayer, type Segment } from '../../src/index.js';
import { Voice } from '../../src/cues/voice.js';
import { LOCALES, loadLocale, withLocale } from '../../src/i18n/localize.js';
import { movementCue } from '../../src/i18n/movement-cues.js';
import { illustrationAlt } from '../../src/illustrations/illustrations.js';
import { speakFor } from '../../src/routine-player/routine-speech.js';
import { useFakeTime } from '../helpers/use-fake-time.js';

// Every side of every catalog exercise says its movement, on screen under the phase and aloud as
// each hold begins; repetitions say the movement, not just a number.

/** The cue shown during each side's holds, by exercise and side, in English and in German. */
const SHOWN: Record<'en' | 'de', Record<string, Partial<Record<'left' | 'right' | 'none', string>>>> = {
  en: {
    'knee-to-chest': { left: 'Pull your left knee towards your chest', right: 'Pull your right knee towards your chest' },
    'lower-back-twist': {
      left: 'Cross your left knee over to the right, shoulders flat',
      right: 'Cross your right knee over to the left, shoulders flat',
    },
    'side-trunk-stretch': {
      left: 'Walk your hands to the left — feel the stretch along your right side',
      right: 'Walk your hands to the right — feel the stretch along your left side',
    },
    'half-crunch': { none: 'Up … and down' },
    'push-up-back-extension': { none: 'Push up … and lower' },
    'assisted-back-extension': { none: 'Lift … and lower' },
  },
  de: {
    'knee-to-chest': { left: 'Zieh dein linkes Knie zur Brust', right: 'Zieh dein rechtes Knie zur Brust' },
    'lower-back-twist': {
      left: 'Leg dein linkes Knie nach rechts hinüber, Schultern flach',
      right: 'Leg dein rechtes Knie nach links hinüber, Schultern flach',
    },
    'side-trunk-stretch': {
      left: 'Wandere mit den Händen nach links – spür die Dehnung an deiner rechten Seite',
      right: 'Wandere mit den Händen nach rechts – spür die Dehnung an deiner linken Seite',
    },
    'half-crunch': { none: 'Hoch … und runter' },
    'push-up-back-extension': { none: 'Hochdrücken … und senken' },
    'assisted-back-extension': { none: 'Anheben … und senken' },
  },
};

/** What each repetition says as it begins (after the first of a set) and as the rest after it begins. */
const REPETITION_WORDS: Record<'en' | 'de', Record<string, [go: string, back: string]>> = {
  en: { 'half-crunch': ['Up', 'And down'], 'push-up-back-extension': ['Push up', 'And lower'], 'assisted-back-extension': ['Lift', 'And lower'] },
  de: { 'half-crunch': ['Hoch', 'Und runter'], 'push-up-back-extension': ['Hochdrücken', 'Und senken'], 'assisted-back-extension': ['Anheben', 'Und senken'] },
};

const sideOf = (segment: Segment) => segment.side ?? 'none';
const norm = (value: string | null | undefined) => (value ?? '').replace(/\s+/g, ' ').trim();

describe('movement cues', () => {
  before(() => Promise.all(LOCALES.filter((lang) => lang !== 'en').map(loadLocale)));

  it('every catalog exercise has a cue for each side it is done on, in all five languages, short enough to read from a mat', () => {
    for (const lang of LOCALES) {
      withLocale(lang, () => {
        for (const exercise of EXERCISES) {
          const sides = exercise.dose.eachSide ? (['left', 'right'] as const) : [null];
          const cues = sides.map((side) => movementCue(exercise, side));
          for (const cue of cues) {
            expect(cue, `${lang}: ${exercise.id}`).to.not.equal(null);
            expect(cue!.shown.length, `${lang}: ${exercise.id}: "${cue!.shown}"`).to.be.within(2, 80);
          }
          if (cues.length === 2) expect(cues[0]!.shown, `${lang}: ${exercise.id}: each side its own words`).to.not.equal(cues[1]!.shown);
          if (lang !== 'en') {
            const english = sides.map((side) => movementCue(exercise, side)!.shown);
            withLocale('en', () => sides.forEach((side, i) => expect(english[i], `${lang}: ${exercise.id} is translated`).to.not.equal(movementCue(exercise, side)!.shown)));
          }
        }
      });
    }
  });

  it('names the same side and direction as the drawing of that side', () => {
    // The drawings' words for the left side (their right side is the mirror image).
    expect(illustrationAlt('knee-to-chest', 'left')).to.match(/left knee bent and pulled/i);
    expect(illustrationAlt('lower-back-twist', 'left')).to.match(/left knee bent and crossed over the body to the right/i);
    expect(illustrationAlt('lower-back-twist', 'right')).to.match(/right knee bent and crossed over the body to the left/i);
    expect(illustrationAlt('side-trunk-stretch', 'left')).to.match(/walked to the left.*stretching the right side/i);
    expect(illustrationAlt('side-trunk-stretch', 'right')).to.match(/walked to the right.*stretching the left side/i);
  });

  it('gives no cue to an exercise of the author’s own, even one that shares a catalog id', () => {
    const own = { ...EXERCISES[0], steps: ['Lie on a bench', 'Hug both knees'] };
    expect(movementCue(own, 'left')).to.equal(null);
    expect(movementCue({ ...EXERCISES[0], id: 'wall-sit' }, 'left')).to.equal(null);
  });

  for (const lang of ['en', 'de'] as const) {
    it(`the player's words for each hold say the movement (${lang})`, () => {
      const routine = resolveRoutine({ id: 'lower-back', name: 'All', items: EXERCISES.map(({ id }) => ({ exercise: id })) });
      const plan = planRoutine(routine, 'beginner');
      withLocale(lang, () => {
        for (const segment of plan.segments) {
          const cue = movementCue(routine.exercises[segment.exerciseIndex], segment.side);
          const { voice } = speakFor(routine, segment, 'beginner', cue);
          const shown = SHOWN[lang][segment.exercise][sideOf(segment)]!;
          const words = REPETITION_WORDS[lang][segment.exercise];
          if (segment.kind === 'hold' && !words) expect(voice, `${segment.exercise} ${segment.side}`).to.contain(shown);
          if (segment.kind === 'hold' && words) {
            expect(voice, `${segment.exercise} rep ${segment.rep}`).to.contain(words[0]);
            if (segment.rep > 1) expect(voice, 'a number and the movement').to.equal(`${segment.rep}, ${words[0]}`);
          }
          if (segment.kind === 'rest' && segment.restBetween === 'reps') expect(voice, `${segment.exercise}: the way back`).to.equal(words[1]);
        }
      });
    });
  }
});

describe('movement cues in the elements', () => {
  const clock = useFakeTime({ stubBeepUnlock: true, clearStorage: true });
  let said: string[];
  beforeEach(() => {
    said = [];
    sinon.stub(Voice.prototype, 'unlock');
    sinon.stub(Voice.prototype, 'say').callsFake((text: string) => said.push(text) > 0);
  });

  for (const lang of ['en', 'de'] as const) {
    it(`<routine-player> shows each side's cue under the phase during its holds and says it as they begin (${lang})`, async () => {
      const el = await fixture<RoutinePlayer>(html`<routine-player routine="lower-back" cues="voice" lang=${lang}></routine-player>`);
      await waitUntil(() => el.shadowRoot!.querySelector(`[lang="${lang}"]`), `the player speaks ${lang}`);
      el.start();
      const startedAt = clock.now();
      const plan = el.plan!;
      const seen = new Map<string, Set<string>>();
      for (const segment of plan.segments) {
        said.length = 0;
        clock.advance(startedAt + segment.start + 500 - clock.now());
        await el.updateComplete;
        const cue = el.shadowRoot!.querySelector('[part="cue"]');
        if (segment.kind !== 'hold') {
          expect(cue, `no cue while ${segment.kind}`).to.equal(null);
          const words = REPETITION_WORDS[lang][segment.exercise];
          if (segment.kind === 'rest' && segment.restBetween === 'reps') expect(said, 'the rest says the way back').to.deep.equal([words[1]]);
          continue;
        }
        // The cue sits right under the phase label.
        expect(cue?.previousElementSibling?.getAttribute('part'), `${segment.exercise}: under the phase`).to.equal('phase');
        const shown = norm(cue?.textContent);
        expect(shown, `${segment.exercise} ${segment.side} rep ${segment.rep}`).to.equal(SHOWN[lang][segment.exercise][sideOf(segment)]);
        const key = `${segment.exercise} ${sideOf(segment)}`;
        if (!seen.has(key)) seen.set(key, new Set());
        seen.get(key)!.add(shown);
        const words = REPETITION_WORDS[lang][segment.exercise];
        const spoken = said.join(' ');
        if (!words) expect(spoken, `${key}: said as the hold begins`).to.contain(shown);
        else expect(spoken, `${key}: rep ${segment.rep} says the movement`).to.contain(words[0]);
      }
      expect([...seen.keys()].sort(), 'every side of every exercise').to.deep.equal(
        Object.entries(SHOWN[lang]).flatMap(([id, sides]) => Object.keys(sides).map((side) => `${id} ${side}`)).sort(),
      );
    });
  }

  it('<back-exercise> shows the cue under its timer’s phase during each hold and says it (English and Spanish)', async () => {
    const expected = {
      en: ['Left side. Cross your left knee over to the right, shoulders flat. Hold 45 seconds.', 'Right side. Cross your right knee over to the left, shoulders flat. Hold 45 seconds.'],
      es: ['Lado izquierdo. Cruza la rodilla izquierda hacia la derecha, hombros en el suelo. Mantén 45 segundos.', 'Lado derecho. Cruza la rodilla derecha hacia la izquierda, hombros en el suelo. Mantén 45 segundos.'],
    };
    for (const lang of ['en', 'es'] as const) {
      said.length = 0;
      const card = await fixture<BackExercise>(html`<back-exercise exercise="lower-back-twist" cues="voice" lang=${lang}></back-exercise>`);
      await waitUntil(() => card.shadowRoot!.querySelector(`[lang="${lang}"]`), `the card speaks ${lang}`);
      const timer = card.shadowRoot!.querySelector<HoldTimer>('hold-timer')!;
      await timer.updateComplete;
      const cue = () => norm(timer.shadowRoot!.querySelector('[part="cue"]')?.textContent);
      timer.start();
      clock.advance(2000);
      await timer.updateComplete;
      expect(cue(), `${lang}: no cue while getting ready`).to.equal('');
      clock.advance(4000);
      await timer.updateComplete;
      expect(timer.shadowRoot!.querySelector('[part="cue"]')!.previousElementSibling!.getAttribute('part')).to.equal('phase');
      const left = cue();
      clock.advance(50_000);
      await timer.updateComplete;
      const right = cue();
      const hold = (text: string) => text.split('. ')[1];
      expect([left, right], lang).to.deep.equal(expected[lang].map(hold));
      expect(said.filter((text) => /45/.test(text)), `${lang}: said as each side begins`).to.deep.equal(expected[lang]);
      timer.reset();
    }
  });

  it('a card of the author’s own exercise shows and says no cue', async () => {
    const card = await fixture<BackExercise>(html`<back-exercise cues="voice" .data=${{ ...EXERCISES[0], steps: ['Lie on a bench', 'Hug both knees'] }}></back-exercise>`);
    const timer = card.shadowRoot!.querySelector<HoldTimer>('hold-timer')!;
    timer.start();
    clock.advance(6000);
    await timer.updateComplete;
    expect(timer.shadowRoot!.querySelector('[part="cue"]')).to.equal(null);
    expect(said).to.deep.equal(['Get ready. Start on your left side.', 'Left side. Hold 45 seconds.']);
  });
});
