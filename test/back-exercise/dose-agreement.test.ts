import { expect, fixture, fixtureCleanup } from '@open-wc/testing';
import '../../src/back-exercise/define.js';
import { EXERCISES, LEVELS, doseAtLevel, formatDose, type BackExercise, type Dose, type LevelDose } from '../../src/index.js';
import { formatClock, formatRemaining } from '../../src/i18n/format.js';

/** A dose with every field filled, from the fields a sentence depends on. */
function levelDose(holdSeconds: number, reps: number, sets: number, eachSide: boolean): LevelDose {
  return { holdSeconds, reps, sets, eachSide, restSeconds: 3, setRestSeconds: 30, prepareSeconds: 5, switchSeconds: 5 };
}

/**
 * Every number in English dose text, durations read as seconds:
 * "1 minute 30 seconds" is 90, "2 minutes" is 120, "3 sets of 10" is 3 and 10.
 */
function numbersShown(text: string): number[] {
  const numbers: number[] = [];
  const rest = text.replace(/(\d+) minutes?(?: (\d+) seconds?)?|(\d+) seconds?/g, (_all, minutes?: string, seconds?: string, only?: string) => {
    numbers.push(only !== undefined ? Number(only) : Number(minutes) * 60 + Number(seconds ?? 0));
    return ' ';
  });
  numbers.push(...(rest.match(/\d+/g) ?? []).map(Number));
  return numbers;
}

/** The text a person sees in a shadow root, without style sheets. */
function shownText(root: ShadowRoot): string {
  const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT, {
    acceptNode: (node) => (node.parentElement?.closest('style') ? NodeFilter.FILTER_REJECT : NodeFilter.FILTER_ACCEPT),
  });
  let text = '';
  while (walker.nextNode()) text += ` ${walker.currentNode.textContent ?? ''}`;
  return text.replace(/\s+/g, ' ').trim();
}

function occurrences(text: string, part: string): number {
  return text.split(part).length - 1;
}

describe('the dose sentence', () => {
  const cases: [LevelDose, string][] = [
    [levelDose(45, 1, 1, true), 'Hold 45 seconds on each side'],
    [levelDose(30, 1, 1, false), 'Hold 30 seconds'],
    [levelDose(1, 1, 1, false), 'Hold 1 second'],
    [levelDose(60, 1, 1, false), 'Hold 1 minute'],
    [levelDose(90, 1, 1, false), 'Hold 1 minute 30 seconds'],
    [levelDose(121, 1, 1, true), 'Hold 2 minutes 1 second on each side'],
    [levelDose(2, 10, 3, false), '3 sets of 10, hold each for 2 seconds'],
    [levelDose(2, 10, 2, true), '2 sets of 10 on each side, hold each for 2 seconds'],
    [levelDose(10, 8, 1, false), '8 times, hold each for 10 seconds'],
    [levelDose(1, 2, 1, true), '2 times on each side, hold each for 1 second'],
    [levelDose(5, 1, 3, false), '3 sets, hold each for 5 seconds'],
    [levelDose(5, 1, 2, true), '2 sets on each side, hold each for 5 seconds'],
  ];
  for (const [dose, sentence] of cases) {
    it(`says "${sentence}"`, () => {
      expect(formatDose(dose)).to.equal(sentence);
    });
  }
});

/** Dose attribute overrides to try on every exercise and level, alone and together. */
const OVERRIDES: Record<string, string>[] = [
  {},
  { hold: '1' },
  { hold: '30' },
  { hold: '90' },
  { reps: '1' },
  { reps: '12' },
  { sets: '1' },
  { sets: '2' },
  { hold: '5', reps: '4', sets: '2' },
  { hold: '60', reps: '2' },
  { hold: '20', sets: '3', 'each-side': '' },
];

function expectedDose(base: Dose, overrides: Record<string, string>): Dose {
  return {
    ...base,
    ...(overrides.hold ? { holdSeconds: Number(overrides.hold) } : {}),
    ...(overrides.reps ? { reps: Number(overrides.reps) } : {}),
    ...(overrides.sets ? { sets: Number(overrides.sets) } : {}),
    ...('each-side' in overrides ? { eachSide: true } : {}),
  };
}

describe('<back-exercise> shows no number that contradicts its dose', () => {
  afterEach(() => fixtureCleanup());

  for (const exercise of EXERCISES) {
    for (const level of LEVELS) {
      for (const overrides of OVERRIDES) {
        const attributes = Object.entries({ exercise: exercise.id, level, ...overrides })
          .map(([name, value]) => (value === '' ? name : `${name}="${value}"`))
          .join(' ');
        it(`<back-exercise ${attributes}>`, async () => {
          const el = await fixture<BackExercise>(`<back-exercise ${attributes}></back-exercise>`);
          const dose = doseAtLevel(expectedDose(exercise.dose, overrides), level);
          expect(el.dataError, 'valid data').to.equal(undefined);
          expect(el.levelDose, 'the active dose').to.deep.equal(dose);
          const allowed = [dose.holdSeconds, dose.reps, dose.sets];
          const sentence = formatDose(dose);

          const cardText = shownText(el.shadowRoot!);
          for (const number of numbersShown(cardText)) {
            expect(allowed, `${number} in the card: "${cardText}"`).to.include(number);
          }
          expect(occurrences(cardText, sentence), `"${sentence}" once in "${cardText}"`).to.equal(1);
          expect(el.shadowRoot!.querySelector('[part="dose"]')!.textContent!.trim()).to.equal(sentence);

          // The sentence says each value of the dose once: the hold, and the counts above one.
          const said = [dose.holdSeconds, ...(dose.reps > 1 ? [dose.reps] : []), ...(dose.sets > 1 ? [dose.sets] : [])];
          expect(numbersShown(sentence).sort((a, b) => a - b)).to.deep.equal(said.sort((a, b) => a - b));
          expect(sentence.includes('each side'), 'each side').to.equal(dose.eachSide);

          // The card says the dose; its timer does not say it again.
          const timer = el.shadowRoot!.querySelector('hold-timer')!;
          await timer.updateComplete;
          expect(timer.shadowRoot!.querySelector('[part="count"]'), "no second dose line in the card's timer").to.equal(null);
          const timerText = shownText(timer.shadowRoot!);
          for (const number of numbersShown(timerText)) {
            // The clock's own figures (before start, one hold: "1:30"), the total rounded as the time
            // left is ("2 min in all"), and the hold in words for a screen reader ("90 seconds").
            const clock = [...numbersShown(formatClock(dose.holdSeconds * 1000)), ...numbersShown(formatRemaining(timer.plan!.total))];
            expect([...allowed, ...clock], `${number} in the timer: "${timerText}"`).to.include(number);
          }
        });
      }
    }
  }
});
