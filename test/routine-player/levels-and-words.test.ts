// Issue 22, parts 6, 7 and 9: a level choice only where it changes something (and a line saying
// when to move up), time to get down on the floor, and numbers and words that match.
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import '../../src/define.js';
import type { BackExercise, HoldTimer, RoutinePlayer } from '../../src/index.js';
import de from '../../src/i18n/locales/de.js';
import fr from '../../src/i18n/locales/fr.js';
import { useFakeTime } from '../helpers/use-fake-time.js';

type Shown = HTMLElement & { updateComplete: Promise<unknown> };
const $ = (el: Element, selector: string) => el.shadowRoot!.querySelector<HTMLElement>(selector);
const text = (el: Element, selector: string) => ($(el, selector)?.textContent ?? '').replace(/\s+/g, ' ').trim();

/** A clinic's routine with its own counts: the same at every level. */
const CLINIC_ROUTINE = {
  id: 'clinic',
  name: 'From your clinic',
  items: [
    { exercise: 'knee-to-chest' },
    { exercise: 'half-crunch', dose: { reps: 12 } },
    { exercise: 'push-up-back-extension', dose: { reps: 6 } },
  ],
};

describe('issue 22: levels, get-ready times and matching words', () => {
  const clock = useFakeTime({ stubBeepUnlock: true, clearStorage: true });

  async function advance(el: Shown, ms: number) {
    clock.advance(ms);
    await el.updateComplete;
  }

  describe('the level choice', () => {
    it('is hidden, and left off the handout, where the routine carries explicit doses', async () => {
      const el = await fixture<RoutinePlayer>(html`<routine-player .data=${CLINIC_ROUTINE} level="advanced" cues="none"></routine-player>`);
      expect(el.routineData!.id).to.equal('clinic');
      expect($(el, '[part="levels"]'), 'no level choice').to.equal(null);
      expect($(el, '[part="move-up"]')).to.equal(null);
      expect($(el, '.print-level'), 'no "Level:" on the handout').to.equal(null);
      expect(text(el, '[part="print"]')).to.not.contain('Level');
      // The clinic's counts, as given.
      expect(text(el, '[part="list"]')).to.contain('3 sets of 12, hold each for 2 seconds');
      expect(text(el, '.print-list')).to.contain('3 sets of 12, hold each for 2 seconds');
    });

    it('shows where a level changes a dose, with a line on when to move up (and the exercise progressions)', async () => {
      const el = await fixture<RoutinePlayer>(html`<routine-player cues="none"></routine-player>`);
      expect(el.shadowRoot!.querySelectorAll('[part="levels"] input[type="radio"]')).to.have.length(3);
      expect(text(el, '[part="move-up"]')).to.equal(
        'Move up a level when every exercise feels easy and causes no pain for a week. Assisted Back Extension: Assist with your hands at first, then lift them off the ground for the full exercise.',
      );
      expect(text(el, '.print-level')).to.equal('Level: Beginner');
    });
  });

  describe('time to get into position', () => {
    it('gives the first exercise 15 s to get ready, a change of floor position 20 s, the same position 10 s', async () => {
      const el = await fixture<RoutinePlayer>(html`<routine-player cues="none"></routine-player>`);
      el.start();
      await el.updateComplete;
      expect(text(el, '[part="phase"]')).to.equal('Get ready');
      expect(text(el, '[part="time"]')).to.equal('15');
      const shown: string[] = [];
      let at = 0;
      for (const segment of el.plan!.segments.filter((s) => s.kind === 'transition')) {
        await advance(el, segment.start - at);
        at = segment.start;
        shown.push(`${text(el, '[part="exercise-name"]')}: ${text(el, '[part="time"]')}`);
      }
      expect(shown).to.deep.equal([
        'Lower Back Twist: 10',
        'Side Trunk Stretch: 20',
        'Half Crunches: 20',
        'Push-up Back Extensions: 20',
        'Assisted Back Extension: 10',
      ]);
    });

    it('the list, each exercise and the total agree', async () => {
      const el = await fixture<RoutinePlayer>(html`<routine-player routine="lower-back-stretches" cues="none"></routine-player>`);
      // Each side 45 s with 5 s to switch: 95 s. Knee to Chest 15 + 95; Twist 10 + 95; Side Trunk (kneeling) 20 + 95: 5 min 30 s.
      const times = [...el.shadowRoot!.querySelectorAll('.item-time')].map((time) => time.textContent!.trim());
      expect(times).to.deep.equal(['1 min 50 s', '1 min 45 s', '1 min 55 s']);
      expect(text(el, '[part="total"]')).to.equal('3 exercises · about 6 min in all');
      expect(el.plan!.total).to.equal(330_000);
    });
  });

  describe('numbers and words', () => {
    it('says the total before start as the time left says it a second after Start', async () => {
      const el = await fixture<RoutinePlayer>(html`<routine-player cues="none"></routine-player>`);
      expect(text(el, '[part="total"]')).to.equal('6 exercises · about 12 min in all');
      el.start();
      await advance(el, 1000);
      expect(text(el, '[part="overall"]')).to.equal('Exercise 1 of 6 · 12 min left');
    });

    it("shows a timer's hold before start, as its label says, and labels the total", async () => {
      const lone = await fixture<HoldTimer>(html`<hold-timer hold="45" label="Any stretch" cues="none"></hold-timer>`);
      expect(text(lone, '[part="count"]')).to.equal('Hold 45 seconds');
      expect(text(lone, '[part="time"]')).to.equal('45');
      expect(text(lone, '[part="total"]')).to.equal('50 s in all');
      const sides = await fixture<HoldTimer>(html`<hold-timer hold="45" each-side cues="none"></hold-timer>`);
      expect(text(sides, '[part="time"]')).to.equal('45');
      expect(text(sides, '[part="total"]')).to.equal('2 min in all');
      sides.start();
      await advance(sides, 1000);
      expect(text(sides, '[part="total"]'), 'rounded the same way once started').to.equal('2 min left in all');
      const card = await fixture<BackExercise>(html`<back-exercise exercise="knee-to-chest" cues="none"></back-exercise>`);
      const timer = $(card, 'hold-timer') as HoldTimer;
      await timer.updateComplete;
      expect(text(card, '[part="dose"]')).to.equal('Hold 45 seconds on each side');
      expect(text(timer, '[part="time"]'), 'the card shows 45 under "Hold 45 seconds on each side"').to.equal('45');
    });

    it('the stop report says only what applies, in plain words', async () => {
      const el = await fixture<RoutinePlayer>(html`<routine-player routine="trunk-strength" cues="none"></routine-player>`);
      el.start();
      // 15 s to get ready, set 1 (10 × 2 s with 3 s between: 47 s), 30 s rest, then set 2: rep 3 starts at 102 s.
      await advance(el, 103_000);
      el.stopForPain();
      await el.updateComplete;
      expect(text(el, '[part="stopped-at"]')).to.equal('You stopped during Half Crunches (repetition 3 of 10, set 2 of 3, 1 second into the hold).');
      const stretch = await fixture<RoutinePlayer>(html`<routine-player routine="lower-back-stretches" cues="none"></routine-player>`);
      stretch.start();
      await advance(stretch, 15_000 + 18_000);
      stretch.stopForPain();
      await stretch.updateComplete;
      expect(text(stretch, '[part="stopped-at"]')).to.equal('You stopped during Knee to Chest (left side, 18 seconds into the hold).');
    });

    it('between sets, says the set that comes next', async () => {
      const el = await fixture<RoutinePlayer>(html`<routine-player routine="trunk-strength" cues="none"></routine-player>`);
      el.start();
      await advance(el, 63_000);
      expect(text(el, '[part="phase"]')).to.equal('Rest between sets');
      expect(text(el, '[part="next"]')).to.equal('Then: Set 2 of 3');
      await advance(el, 30_000);
      expect(text(el, '[part="next"]'), 'within a set, the next phase').to.equal('Then: Rest');
    });

    it('says the new words in the reader\'s language', async () => {
      const el = await fixture<RoutinePlayer>(html`<routine-player routine="lower-back-stretches" lang="de" cues="none"></routine-player>`);
      await waitUntil(() => $(el, '[part="base"][lang="de"]'), 'speaks German');
      el.start();
      await advance(el, 15_000 + 18_000);
      el.stopForPain();
      await el.updateComplete;
      expect(text(el, '[part="stopped-at"]')).to.contain(`(${de.messages['left side'] as string}, nach 18 Sekunden Halten)`);
      const rated = await fixture<RoutinePlayer>(html`<routine-player routine="lower-back-stretches" lang="fr" rate cues="none"></routine-player>`);
      await waitUntil(() => $(rated, '[part="base"][lang="fr"]'), 'speaks French');
      rated.start();
      await advance(rated, rated.plan!.total);
      [...rated.shadowRoot!.querySelectorAll<HTMLButtonElement>('.pain-button')][8].click();
      await rated.updateComplete;
      const labels = [...rated.shadowRoot!.querySelectorAll('[part="rating"] button')].map((b) => b.textContent!.trim());
      expect(labels).to.include(fr.messages['Continue anyway'] as string);
      expect(labels).to.include(fr.messages['Stop now'] as string);
    });
  });
});
