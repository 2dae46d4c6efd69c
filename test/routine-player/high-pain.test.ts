// A pain rating at or over the threshold (issue 22, part 5): stopping is the primary action and
// continuing a secondary one; a person who continues gets a summary that names the exercise,
// shows the clinic's safety advice and does not congratulate; the complete event carries the ratings.
import { expect, fixture, html } from '@open-wc/testing';
import '../../src/routine-player/define.js';
import type { RoutinePlayer } from '../../src/index.js';
import { nextEvent } from '../helpers/events.js';
import { useFakeTime } from '../helpers/use-fake-time.js';

const $ = (el: RoutinePlayer, selector: string) => el.shadowRoot!.querySelector<HTMLElement>(selector);
const text = (el: RoutinePlayer, selector: string) => ($(el, selector)?.textContent ?? '').replace(/\s+/g, ' ').trim();
function button(el: RoutinePlayer, label: string): HTMLButtonElement {
  const found = [...el.shadowRoot!.querySelectorAll('button')].find((b) => b.textContent!.trim() === label);
  if (!found) throw new Error(`no button "${label}"`);
  return found;
}
const pain = (el: RoutinePlayer, value: number) =>
  [...el.shadowRoot!.querySelectorAll<HTMLButtonElement>('.pain-button')].find((b) => b.textContent!.trim() === String(value))!;

describe('<routine-player rate>: a pain at or over the threshold', () => {
  const clock = useFakeTime({ stubBeepUnlock: true, clearStorage: true });

  async function advance(el: RoutinePlayer, ms: number) {
    clock.advance(ms);
    await el.updateComplete;
  }

  /** Plays to the next rating and rates it `value`. */
  async function rate(el: RoutinePlayer, value: number) {
    await advance(el, el.plan!.total);
    expect($(el, '[part="rating"]'), 'waits for a rating').to.not.equal(null);
    pain(el, value).click();
    await el.updateComplete;
  }

  it('makes Stop now the primary action and Continue anyway a secondary one', async () => {
    const el = await fixture<RoutinePlayer>(html`<routine-player routine="lower-back-stretches" rate cues="none"></routine-player>`);
    el.start();
    await rate(el, 6);
    expect(button(el, 'Continue to the next exercise').classList.contains('primary'), 'under the threshold, continuing is primary').to.equal(true);
    expect([...el.shadowRoot!.querySelectorAll('[part="rating"] button')].some((b) => b.textContent!.trim() === 'Stop now')).to.equal(false);
    pain(el, 7).click();
    await el.updateComplete;
    expect(text(el, '[part="pain-warning"]')).to.equal('Pain of 7 is too much to go on.');
    const stop = button(el, 'Stop now');
    const go = button(el, 'Continue anyway');
    expect(go.classList.contains('primary'), 'continuing is not the primary action').to.equal(false);
    expect(stop.classList.contains('stop')).to.equal(true);
    const stopBox = stop.getBoundingClientRect();
    const goBox = go.getBoundingClientRect();
    expect(stopBox.height, 'Stop now is the taller button').to.be.greaterThan(goBox.height);
    expect(stopBox.width * stopBox.height, 'Stop now is the larger button').to.be.greaterThan(goBox.width * goBox.height);
    expect(stopBox.top, 'Stop now comes first').to.be.lessThan(goBox.top);
    expect(getComputedStyle(stop).backgroundColor).to.not.equal(getComputedStyle(go).backgroundColor);
  });

  it('Continue anyway goes on to the next exercise', async () => {
    const el = await fixture<RoutinePlayer>(html`<routine-player routine="lower-back-stretches" rate cues="none"></routine-player>`);
    el.start();
    await rate(el, 8);
    button(el, 'Continue anyway').click();
    await el.updateComplete;
    expect($(el, '[part="rating"]')).to.equal(null);
    expect(el.state).to.equal('playing');
    expect(el.status).to.equal('running');
    expect(text(el, '[part="exercise-name"]')).to.equal('Lower Back Twist');
    expect(text(el, '[part="phase"]')).to.equal('Get into position');
  });

  it("the summary names the exercise, shows the clinic's advice and no congratulations; the complete event carries the ratings", async () => {
    const el = await fixture<RoutinePlayer>(html`<routine-player routine="lower-back-stretches" rate cues="none">
      <p slot="safety-advice">Ring the clinic on 0123 before your next session.</p>
    </routine-player>`);
    const completed = nextEvent(el, 'routine-player-complete');
    el.start();
    await rate(el, 7);
    button(el, 'Continue anyway').click();
    await rate(el, 2);
    button(el, 'Continue to the next exercise').click();
    await rate(el, 9);
    button(el, 'Continue anyway').click();
    const { summary } = await completed;
    expect(summary.highPain).to.deep.equal({
      threshold: 7,
      exercises: [
        { exerciseIndex: 0, id: 'knee-to-chest', name: 'Knee to Chest', pain: 7 },
        { exerciseIndex: 2, id: 'side-trunk-stretch', name: 'Side Trunk Stretch', pain: 9 },
      ],
    });
    expect(summary.exercises.map((exercise) => exercise.pain)).to.deep.equal([7, 2, 9]);
    await el.updateComplete;
    expect(el.state).to.equal('summary');
    const summaryText = text(el, '[part="summary"]');
    expect(summaryText).to.not.contain('Well done');
    expect(text(el, '#summary-title')).to.equal('Routine finished');
    expect([...el.shadowRoot!.querySelectorAll('[part="high-pain"] p')].map((p) => p.textContent!.trim())).to.deep.equal([
      'You rated the pain of Knee to Chest 7 out of 10: too much to go on.',
      'You rated the pain of Side Trunk Stretch 9 out of 10: too much to go on.',
    ]);
    const slot = $(el, '[part="summary"] [part="advice"] slot[name="safety-advice"]') as HTMLSlotElement;
    expect(slot.assignedElements().map((element) => element.textContent)).to.deep.equal(['Ring the clinic on 0123 before your next session.']);
    expect(text(el, '[aria-live]')).to.equal('Routine finished. Rest now.');
  });

  it('gives the built-in advice without a clinic slot, and respects pain-threshold', async () => {
    const el = await fixture<RoutinePlayer>(html`<routine-player routine="lower-back-stretches" rate pain-threshold="5" cues="none"></routine-player>`);
    const completed = nextEvent(el, 'routine-player-complete');
    el.start();
    await rate(el, 5);
    button(el, 'Continue anyway').click();
    for (let index = 1; index < 3; index++) {
      await rate(el, 4);
      button(el, index === 2 ? 'Continue to the summary' : 'Continue to the next exercise').click();
    }
    const { summary } = await completed;
    expect(summary.highPain).to.deep.equal({ threshold: 5, exercises: [{ exerciseIndex: 0, id: 'knee-to-chest', name: 'Knee to Chest', pain: 5 }] });
    await el.updateComplete;
    expect(text(el, '[part="summary"] [part="advice"]')).to.contain('contact your physiotherapist or a doctor');
    expect(text(el, '#summary-title')).to.equal('Routine finished');
  });

  it('still congratulates when every rating stayed under the threshold', async () => {
    const el = await fixture<RoutinePlayer>(html`<routine-player routine="lower-back-stretches" rate cues="none"></routine-player>`);
    const completed = nextEvent(el, 'routine-player-complete');
    el.start();
    for (let index = 0; index < 3; index++) {
      await rate(el, 3);
      button(el, index === 2 ? 'Continue to the summary' : 'Continue to the next exercise').click();
    }
    const { summary } = await completed;
    expect(summary.highPain).to.equal(undefined);
    await el.updateComplete;
    expect(text(el, '#summary-title')).to.equal('Routine complete. Well done!');
    expect($(el, '[part="high-pain"]')).to.equal(null);
    expect($(el, '[part="summary"] [part="advice"]')).to.equal(null);
    // The outcome and the pain, with a space on each side of the dot.
    expect(text(el, '[part="report"] li')).to.equal('Knee to Chest: done · pain 3 of 10');
  });
});
