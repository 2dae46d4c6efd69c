// Level suggestions in the player (issue 24), driven through real sessions on a fake clock: three
// sessions rated easy and nearly painless suggest the next level; accepting it plans that exercise
// at its new level from the next session on (the others stay at the level chosen); a pain stop or
// a pain at the threshold suggests stepping back, or calling the clinic at beginner; Not now,
// `no-suggestions` and the link's `noSuggestions` hide them. Axe (best practices) and keyboard.
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../src/routine-player/define.js';
import type { RoutinePlayer } from '../../src/index.js';
import type { AcceptedProgression, SessionRecord } from '../../src/adherence/types.js';
import { nextEvent } from '../helpers/events.js';
import { useFakeTime } from '../helpers/use-fake-time.js';

const ROUTINE = 'trunk-strength';
const PROGRESSIONS = `back-exercise-elements:progressions:${ROUTINE}`;
const HISTORY = `back-exercise-elements:history:${ROUTINE}`;

const $ = (el: RoutinePlayer, selector: string) => el.shadowRoot!.querySelector<HTMLElement>(selector);
const $$ = (el: RoutinePlayer, selector: string) => [...el.shadowRoot!.querySelectorAll<HTMLElement>(selector)];
const words = (node: Element | null) => (node?.textContent ?? '').replace(/\s+/g, ' ').trim();
const texts = (el: RoutinePlayer, selector: string) => $$(el, selector).map(words);
function button(root: ParentNode, label: string): HTMLButtonElement {
  const found = [...root.querySelectorAll('button')].find((b) => words(b) === label);
  if (!found) throw new Error(`no button "${label}"`);
  return found;
}
const deepActive = () => {
  let active = document.activeElement;
  while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
  return active;
};

/** What to rate each exercise: pain and difficulty, or `stop` to press Stop — this hurts during it. */
type Rating = { pain: number; difficulty: 'easy' | 'right' | 'hard' } | 'stop';
const EASY: Rating = { pain: 1, difficulty: 'easy' };
const RIGHT: Rating = { pain: 0, difficulty: 'right' };

describe('<routine-player remember rate>: level suggestions', () => {
  const clock = useFakeTime({ stubBeepUnlock: true, clearStorage: true });

  async function player(attributes = '') {
    const holder = await fixture<HTMLElement>(html`<div></div>`);
    holder.innerHTML = `<routine-player routine="${ROUTINE}" remember rate cues="none" no-focus-mode-on-phones ${attributes}></routine-player>`;
    const el = holder.querySelector<RoutinePlayer>('routine-player')!;
    await el.updateComplete;
    return el;
  }

  /** Plays one session from the start view (or the summary), rating each exercise as given; ends at the summary or the stopped view. */
  async function session(el: RoutinePlayer, ratings: Rating[]) {
    if (el.state !== 'before') {
      button(el.shadowRoot!, el.state === 'summary' ? 'Start again' : 'Back to the routine').click();
      await el.updateComplete;
    }
    el.start();
    await el.updateComplete;
    for (const rating of ratings) {
      if (rating === 'stop') {
        clock.advance(20_000);
        await el.updateComplete;
        el.stopForPain();
        await el.updateComplete;
        return;
      }
      clock.advance(el.plan!.total);
      await el.updateComplete;
      expect($(el, '[part="rating"]'), 'waits for a rating').to.not.equal(null);
      $$(el, '.pain-button').find((b) => words(b) === String(rating.pain))!.click();
      await el.updateComplete;
      // Easy, About right, Hard (in any language).
      $$(el, '.difficulty button')[['easy', 'right', 'hard'].indexOf(rating.difficulty)].click();
      await el.updateComplete;
      ($(el, '[part~="continue"]') as HTMLButtonElement).click();
      await el.updateComplete;
    }
    expect(el.state).to.equal('summary');
  }

  /** The cards, once a session is remembered (waited for, though they come in the same render). */
  const cards = (el: RoutinePlayer, selector = '[part="suggestion"]') => waitUntil(() => $(el, selector), 'the suggestions have loaded');

  /** The repetitions of exercise `index` in the plan the player will play. */
  const repsOf = (el: RoutinePlayer, index: number) => el.plan!.segments.find((s) => s.exerciseIndex === index && s.kind === 'hold')!.reps;

  it('three easy sessions suggest the next level; accepting it plans the next session at it', async () => {
    const el = await player();
    await session(el, [EASY, RIGHT, RIGHT]);
    await session(el, [EASY, RIGHT, RIGHT]);
    expect($(el, '[part="suggestion"]'), 'not after two sessions').to.equal(null);
    await session(el, [EASY, RIGHT, RIGHT]);
    await cards(el);
    expect(texts(el, '[part="suggestion"] p')).to.deep.equal([
      'Half Crunches felt easy, with little or no pain, in your last 3 sessions. Ready for Intermediate: 3 sets of 15, hold each for 2 seconds?',
    ]);
    expect(localStorage.getItem(PROGRESSIONS), 'never applied on its own').to.equal(null);

    button($(el, '[part="suggestion"]')!, 'Accept').click();
    await el.updateComplete;
    expect($(el, '[part="suggestion"]')).to.equal(null);
    const changed = $(el, '[part="level-changed"]')!;
    expect(words(changed)).to.equal('Half Crunches: Intermediate from now on (3 sets of 15, hold each for 2 seconds).');
    expect(deepActive(), 'focus on what changed').to.equal(changed);
    const stored = JSON.parse(localStorage.getItem(PROGRESSIONS)!) as AcceptedProgression[];
    expect(stored.map(({ index, id, from, to }) => ({ index, id, from, to }))).to.deep.equal([{ index: 0, id: 'half-crunch', from: 'beginner', to: 'intermediate' }]);

    button(el.shadowRoot!, 'Start again').click();
    await el.updateComplete;
    expect(words($(el, '[part="list"] li .item-dose'))).to.match(/^3 sets of 15, hold each for 2 seconds · .+ · Intermediate$/);
    expect(words($(el, '[part="level-changed"]')), 'said on the start view too').to.contain('Intermediate from now on');
    expect([repsOf(el, 0), repsOf(el, 1), repsOf(el, 2)], 'the half crunch at intermediate, the others at beginner').to.deep.equal([15, 8, 5]);
    const started = nextEvent(el, 'routine-player-start');
    el.start();
    expect((await started).level, 'the level chosen is still beginner').to.equal('beginner');
    await el.updateComplete;
    expect(words($(el, '[part="dose"]'))).to.equal('3 sets of 15, hold each for 2 seconds');
    expect($(el, '[part="level-changed"]'), 'no longer news').to.equal(null);
    el.stopForPain();
    await el.updateComplete;
    const history = JSON.parse(localStorage.getItem(HISTORY)!) as SessionRecord[];
    expect(history.at(-1)!.exercises.map((record) => record.level)).to.deep.equal(['intermediate', 'beginner', 'beginner']);
  });

  it('a pain stop suggests stepping back a level; accepting plays the easier level', async () => {
    const el = await player('level="intermediate"');
    await session(el, [RIGHT, 'stop']);
    expect(el.state).to.equal('stopped');
    button(el.shadowRoot!, 'Back to the routine').click();
    await el.updateComplete;
    await cards(el);
    expect(texts(el, '[part="suggestion"] p')).to.deep.equal(['Push-up Back Extensions hurt in your last session. Step back to Beginner: 8 times, hold each for 10 seconds?']);
    expect(repsOf(el, 1)).to.equal(9);
    button($(el, '[part="suggestion"]')!, 'Accept').click();
    await el.updateComplete;
    expect(repsOf(el, 1), 'planned at beginner').to.equal(8);
    expect([repsOf(el, 0), repsOf(el, 2)], 'the others at the level chosen').to.deep.equal([15, 6]);
    expect($(el, '[part="suggestion"]'), 'not suggested again').to.equal(null);
  });

  it('at beginner, a pain at the threshold suggests calling the clinic (OK hides it)', async () => {
    const el = await player('pain-threshold="6"');
    await session(el, [RIGHT, RIGHT, { pain: 6, difficulty: 'hard' }]);
    await cards(el);
    const card = $(el, '[part="suggestion"]')!;
    expect(words(card.querySelector('p'))).to.equal('Assisted Back Extension hurt in your last session, and there is no easier level. Talk to your clinic before you do it again.');
    expect(texts(el, '[part="suggestion"] button')).to.deep.equal(['OK']);
    button(card, 'OK').click();
    await el.updateComplete;
    expect($(el, '[part="suggestion"]')).to.equal(null);
    expect(deepActive()?.id, 'focus back on the title').to.equal('summary-title');
  });

  it('Not now hides a suggestion until another session is remembered', async () => {
    const el = await player();
    for (let n = 0; n < 3; n++) await session(el, [EASY, RIGHT, RIGHT]);
    await cards(el);
    button($(el, '[part="suggestion"]')!, 'Not now').click();
    await el.updateComplete;
    expect($(el, '[part="suggestion"]')).to.equal(null);
    button(el.shadowRoot!, 'Start again').click();
    await el.updateComplete;
    expect($(el, '[part="suggestion"]'), 'not on the start view either').to.equal(null);
    await session(el, [EASY, RIGHT, RIGHT]);
    expect($$(el, '[part="suggestion"]')).to.have.length(1);
    expect(localStorage.getItem(PROGRESSIONS)).to.equal(null);
  });

  it('no-suggestions, the link’s noSuggestions, and a player without remember show none', async () => {
    const el = await player();
    for (let n = 0; n < 3; n++) await session(el, [EASY, RIGHT, RIGHT]);
    await cards(el);
    expect($(el, '[part="suggestion"]')).to.not.equal(null);
    el.setAttribute('no-suggestions', '');
    await el.updateComplete;
    expect($(el, '[part="suggestions"]'), 'no-suggestions').to.equal(null);
    el.removeAttribute('no-suggestions');
    await el.updateComplete;
    expect($(el, '[part="suggestion"]')).to.not.equal(null);
    // The clinic's link turned them off (the source controller sets this read-only property).
    Object.defineProperty(el, 'noSuggestions', { value: true, configurable: true });
    el.requestUpdate();
    await el.updateComplete;
    expect($(el, '[part="suggestions"]'), 'the link’s noSuggestions').to.equal(null);
    const forgetful = await fixture<RoutinePlayer>(html`<routine-player routine=${ROUTINE} rate cues="none"></routine-player>`);
    expect(forgetful.shadowRoot!.querySelector('[part="suggestions"]'), 'without remember').to.equal(null);
    const otherPage = await player();
    await cards(otherPage);
    expect(otherPage.shadowRoot!.querySelector('[part="suggestion"]'), 'the same history on another player').to.not.equal(null);
    const off = await player('no-suggestions');
    expect(off.shadowRoot!.querySelector('[part="suggestions"]'), 'no-suggestions from the start').to.equal(null);
  });

  it('is accessible (axe, best practices) and works from the keyboard', async () => {
    const el = await player('level="intermediate"');
    await session(el, [RIGHT, 'stop']);
    button(el.shadowRoot!, 'Back to the routine').click();
    await el.updateComplete;
    await cards(el);
    await expect(el, 'start view with a suggestion').to.be.accessible();
    const card = $(el, '[part="suggestion"]')!;
    expect(card.getAttribute('role')).to.equal('group');
    expect(card.getAttribute('aria-labelledby')).to.equal(card.querySelector('p')!.id);
    // From the title, Tab reaches Accept, then Not now; Enter accepts.
    $(el, '#title')!.focus();
    await sendKeys({ press: 'Tab' });
    expect(words(deepActive())).to.equal('Accept');
    await sendKeys({ press: 'Tab' });
    expect(words(deepActive())).to.equal('Not now');
    await sendKeys({ down: 'Shift' });
    await sendKeys({ press: 'Tab' });
    await sendKeys({ up: 'Shift' });
    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
    expect(deepActive()).to.equal($(el, '[part="level-changed"]'));
    await expect(el, 'after accepting').to.be.accessible();
    await session(el, [RIGHT, RIGHT, { pain: 7, difficulty: 'hard' }]);
    expect($(el, '[part="summary"] [part="suggestion"]'), 'a step back in the summary').to.not.equal(null);
    await expect(el, 'summary with a suggestion').to.be.accessible();
    // Space on Not now puts it off; focus goes back to the summary's title.
    $(el, '[part="suggestion"] .put-off')!.focus();
    await sendKeys({ press: 'Space' });
    await el.updateComplete;
    expect(deepActive()?.id).to.equal('summary-title');
  });

  it('a change accepted earlier holds on the next visit: planned, listed and printed at its level', async () => {
    const accepted: AcceptedProgression = { date: '2026-03-01T09:00:00.000Z', index: 1, id: 'push-up-back-extension', from: 'beginner', to: 'advanced' };
    localStorage.setItem(PROGRESSIONS, JSON.stringify([accepted]));
    const el = await player();
    expect([repsOf(el, 0), repsOf(el, 1), repsOf(el, 2)]).to.deep.equal([10, 10, 5]);
    expect(texts(el, '[part="list"] .item-dose')[1]).to.match(/^10 times, hold each for 10 seconds · .+ · Advanced$/);
    expect(texts(el, '.print-dose')).to.deep.equal(['3 sets of 10, hold each for 2 seconds', '10 times, hold each for 10 seconds', '5 times, hold each for 3 seconds']);
    // For another exercise at that place (the routine changed), or unreadable: nothing changes and nothing breaks.
    localStorage.setItem(PROGRESSIONS, JSON.stringify([{ ...accepted, id: 'knee-to-chest' }, { ...accepted, to: 'expert' }, null, '}']));
    const other = await player();
    expect([repsOf(other, 0), repsOf(other, 1), repsOf(other, 2)]).to.deep.equal([10, 8, 5]);
    localStorage.setItem(PROGRESSIONS, '][');
    localStorage.setItem(HISTORY, '{"exercises": 5}');
    const broken = await player();
    expect(broken.shadowRoot!.querySelector('[part="error"]')).to.equal(null);
    expect(repsOf(broken, 1)).to.equal(8);
  });

  for (const lang of ['en', 'es', 'de', 'fr', 'ar']) {
    it(`in ${lang}: a step back and a change accepted, axe-clean, every string translated`, async () => {
      // A remembered pain stop in Push-up Back Extensions at intermediate.
      const date = new Date(Date.now() - 60_000).toISOString();
      const stopped: SessionRecord = {
        startedAt: date,
        date,
        completed: false,
        reason: 'pain',
        stoppedAt: { exerciseIndex: 1, exerciseId: 'push-up-back-extension', phase: 'hold', side: null, rep: 2, reps: 9, set: 1, sets: 1, secondsIntoHold: 3 },
        exercises: ['half-crunch', 'push-up-back-extension', 'assisted-back-extension'].map((id, index) => ({ index, id, outcome: index === 1 ? 'stopped' : index === 0 ? 'done' : 'not-reached', level: 'intermediate' })),
      };
      localStorage.setItem(HISTORY, JSON.stringify([stopped]));
      const el = await player(`lang="${lang}" level="intermediate"`);
      await waitUntil(() => $(el, `[part="base"][lang="${lang}"]`), `${lang} arrives`);
      await el.updateComplete;
      await cards(el);
      const sentence = texts(el, '[part="suggestion"] p')[0];
      if (lang !== 'en') expect(sentence, 'translated').to.not.contain('hurt in your last session');
      expect(sentence).to.contain(words($$(el, '[part="list"] .item-name')[1]));
      await expect(el, 'with a suggestion').to.be.accessible();
      $(el, '[part="suggestion"] .accept')!.click();
      await el.updateComplete;
      expect(texts(el, '[part="level-changed"]')[0]).to.contain(words($$(el, '[part="list"] .item-name')[1]));
      await expect(el, 'after accepting').to.be.accessible();
    });
  }

  it('speaks the element’s language', async () => {
    const el = await player('lang="de" level="intermediate"');
    await waitUntil(() => $(el, '[part="base"][lang="de"]'), 'German arrives');
    await session(el, [RIGHT, 'stop']);
    // Back to the routine: the last button of the stopped view (Send to my physiotherapist comes before it).
    [...el.shadowRoot!.querySelectorAll<HTMLButtonElement>('[part="stopped"] button')].at(-1)!.click();
    await el.updateComplete;
    await cards(el);
    expect(texts(el, '[part="suggestion"] p')[0]).to.match(/^Rückenstreckung mit Hochdrücken hat in deiner letzten Einheit wehgetan\. Zurück zur Stufe Anfänger: /);
    expect(texts(el, '[part="suggestion"] button')).to.deep.equal(['Annehmen', 'Jetzt nicht']);
  });
});
