import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { sendKeys, setViewport } from '@web/test-runner-commands';
import sinon from 'sinon';
import '../../src/routine-player/define.js';
import { BeepPlayer } from '../../src/cues/beeps.js';
import { Voice } from '../../src/cues/voice.js';
import { LEVELS, countAtLevel, getExercise, getRoutine, routineToHTML, type Level, type RoutinePlayer } from '../../src/index.js';
import { nextEvent } from '../helpers/events.js';
import { useFakeTime } from '../helpers/use-fake-time.js';

/** The first exercise's get-ready in a routine: 15 s to get down on the floor after pressing Start. */
const GET_READY = 15_000;
const $ = (el: RoutinePlayer, selector: string) => el.shadowRoot!.querySelector<HTMLElement>(selector);
const text = (el: RoutinePlayer, selector: string) => ($(el, selector)?.textContent ?? '').replace(/\s+/g, ' ').trim();
function button(el: RoutinePlayer, label: string): HTMLButtonElement {
  const found = [...el.shadowRoot!.querySelectorAll('button')].find((b) => b.textContent!.trim() === label);
  if (!found) throw new Error(`no button "${label}"`);
  return found;
}

/** What the person should see, step by step, worked out from the article's facts, not from the plan. */
function expectedSteps(level: Level): string[] {
  const steps: string[] = [];
  getRoutine('lower-back')!.items.forEach((item, index) => {
    const exercise = getExercise(item.exercise as string)!;
    const { dose, name } = exercise;
    const reps = countAtLevel(dose.reps, level);
    const count = (rep: number, set: number) =>
      [reps > 1 ? `Rep ${rep} of ${reps}` : '', dose.sets > 1 ? `Set ${set} of ${dose.sets}` : ''].filter(Boolean).join(' · ');
    steps.push(`${name} | ${index === 0 ? 'Get ready' : 'Get into position'} | ${count(1, 1)}`);
    for (let set = 1; set <= dose.sets; set++) {
      for (const side of dose.eachSide ? ['Left side', 'Right side'] : ['Hold']) {
        if (side === 'Right side') steps.push(`${name} | Switch sides | ${count(1, set)}`);
        for (let rep = 1; rep <= reps; rep++) {
          steps.push(`${name} | ${side} | ${count(rep, set)}`);
          if (rep < reps) steps.push(`${name} | Rest | ${count(rep, set)}`);
        }
      }
      if (set < dose.sets) steps.push(`${name} | Rest between sets | ${count(reps, set)}`);
    }
  });
  return steps;
}

/** Where each exercise of lower-back starts: a move to another floor position gets 10 s more. */
const FLOOR = ['back', 'back', 'kneeling', 'back', 'stomach', 'stomach'];

/** Seconds the lower-back routine takes, from the article's facts and the documented defaults. */
function expectedTotalSeconds(level: Level): number {
  return getRoutine('lower-back')!.items.reduce((total, item, index) => {
    const { dose } = getExercise(item.exercise as string)!;
    const reps = countAtLevel(dose.reps, level);
    const sides = dose.eachSide ? 2 : 1;
    const opening = index === 0 ? 15 : FLOOR[index] === FLOOR[index - 1] ? 10 : 20;
    const perSide = reps * dose.holdSeconds + (reps - 1) * 3;
    return total + opening + dose.sets * sides * perSide + (dose.eachSide ? 5 * dose.sets : 0) + (dose.sets - 1) * 30;
  }, 0);
}

describe('<routine-player>', () => {
  const clock = useFakeTime({ stubBeepUnlock: true, clearStorage: true });

  async function advance(el: RoutinePlayer, ms: number) {
    clock.advance(ms);
    await el.updateComplete;
  }

  describe('the whole lower-back routine', () => {
    for (const level of LEVELS) {
      it(`plays every exercise, side, repetition and set in order at ${level}, and completes once on time`, async () => {
        const el = await fixture<RoutinePlayer>(html`<routine-player level=${level} cues="none"></routine-player>`);
        const completes: number[] = [];
        const steps: number[] = [];
        let summary;
        el.addEventListener('routine-player-step', (e) => steps.push(e.exerciseIndex));
        el.addEventListener('routine-player-complete', (e) => {
          completes.push(clock.now());
          summary = e.summary;
        });
        expect(el.plan!.total / 1000).to.equal(expectedTotalSeconds(level));
        const startedAt = clock.now();
        button(el, 'Start').click();
        await el.updateComplete;
        const seen: string[] = [];
        while (el.state === 'playing') {
          const now = `${text(el, '[part="exercise-name"]')} | ${text(el, '[part="phase"]')} | ${text(el, '[part="count"]')}`;
          if (seen.at(-1) !== now) seen.push(now);
          await advance(el, 1000);
        }
        expect(seen).to.deep.equal(expectedSteps(level));
        expect(steps).to.deep.equal([0, 1, 2, 3, 4, 5]);
        expect(completes).to.have.length(1);
        expect(completes[0] - startedAt).to.equal(expectedTotalSeconds(level) * 1000);
        expect(summary).to.deep.include({ routine: 'lower-back', level, completed: true, elapsedSeconds: expectedTotalSeconds(level), pausedSeconds: 0 });
        expect(summary!.exercises.map((e: { outcome: string }) => e.outcome)).to.deep.equal(Array(6).fill('done'));
        expect(el.state).to.equal('summary');
        expect(text(el, '#summary-title')).to.equal('Routine complete. Well done!');
        expect(el.shadowRoot!.activeElement?.id, 'focus moves to the summary').to.equal('summary-title');
      });
    }
  });

  it('shows the routine, doses, times and a level choice that updates them live before start', async () => {
    const el = await fixture<RoutinePlayer>(html`<routine-player cues="none"></routine-player>`);
    expect(text(el, '#title')).to.equal('Lower back: stretch and strengthen');
    // The words of each item (its thumbnail's drawing, which may have arrived by now, carries hidden labels of its own).
    const items = [...el.shadowRoot!.querySelectorAll('[part="list"] li .item-text')].map((li) => li.textContent!.replace(/\s+/g, ' ').trim());
    expect(items[0]).to.equal('Knee to Chest Hold 45 seconds on each side · 1 min 50 s');
    expect(items[3]).to.contain('3 sets of 10, hold each for 2 seconds');
    expect(text(el, '[part="total"]')).to.equal(`6 exercises · about 12 min in all`);
    el.shadowRoot!.querySelector<HTMLInputElement>('input[value="advanced"]')!.click();
    await el.updateComplete;
    expect(el.shadowRoot!.querySelectorAll('[part="list"] li')[3].textContent).to.contain('3 sets of 25, hold each for 2 seconds');
    expect(el.plan!.total / 1000).to.equal(expectedTotalSeconds('advanced'));
  });

  it('pauses mid-hold: time stands still and the end moves by exactly the pause', async () => {
    const el = await fixture<RoutinePlayer>(html`<routine-player routine="lower-back-stretches" cues="none"></routine-player>`);
    const total = el.plan!.total;
    const done = nextEvent(el, 'routine-player-complete');
    const start = clock.now();
    el.start();
    await advance(el, 20_000);
    const paused = nextEvent(el, 'routine-player-pause');
    button(el, 'Pause').click();
    await paused;
    await el.updateComplete;
    const shown = text(el, '[part="time"]');
    expect(text(el, '[part="phase"]'), 'paused keeps the side').to.equal('Paused · Left side');
    await advance(el, 60_000);
    expect(text(el, '[part="time"]')).to.equal(shown);
    button(el, 'Resume').click();
    await advance(el, total);
    const { summary } = await done;
    expect(summary.pausedSeconds).to.equal(60);
    expect(summary.elapsedSeconds).to.equal(total / 1000 + 60);
    expect(clock.now() - start).to.be.at.least(total + 60_000);
  });

  it('moves to the next and previous exercise, counting a skipped one as skipped', async () => {
    const el = await fixture<RoutinePlayer>(html`<routine-player routine="lower-back-stretches" cues="none"></routine-player>`);
    const steps: number[] = [];
    el.addEventListener('routine-player-step', (e) => steps.push(e.exerciseIndex));
    el.start();
    await advance(el, 7000);
    button(el, 'Next').click();
    await el.updateComplete;
    expect(text(el, '[part="exercise-name"]')).to.equal('Lower Back Twist');
    expect(text(el, '[part="phase"]')).to.equal('Get into position');
    expect(text(el, '[part="position"]'), 'names the starting position').to.equal('Lie flat on your back');
    button(el, 'Previous').click();
    await el.updateComplete;
    expect(text(el, '[part="exercise-name"]')).to.equal('Knee to Chest');
    expect(steps).to.deep.equal([0, 1, 0]);
    const complete = nextEvent(el, 'routine-player-complete');
    button(el, 'Next').click();
    button(el, 'Next').click();
    button(el, 'Next').click();
    const { summary } = await complete;
    expect(summary.exercises.map((e) => e.outcome)).to.deep.equal(['skipped', 'skipped', 'skipped']);
  });

  it('waits for Done on self-paced repetitions', async () => {
    const el = await fixture<RoutinePlayer>(html`<routine-player routine="trunk-strength" pace="done" cues="none"></routine-player>`);
    el.start();
    await advance(el, GET_READY);
    expect(text(el, '[part="phase"]')).to.equal('Your pace');
    expect(text(el, '[aria-live]')).to.equal('Do 10 repetitions at your own pace, holding 2 seconds each, then press Done.');
    await advance(el, 10 * 60_000);
    expect(text(el, '[part="phase"]'), 'still waiting after ten minutes').to.equal('Your pace');
    button(el, 'Done').click();
    await el.updateComplete;
    expect(text(el, '[part="phase"]')).to.equal('Rest between sets');
    expect(text(el, '[part="time"]')).to.equal('30');
    await advance(el, 30_000);
    expect(text(el, '[part="count"]') || text(el, '[part="phase"]')).to.equal('Your pace');
  });

  it('lets a child item pace itself by the timer even when the player waits for Done', async () => {
    const el = await fixture<RoutinePlayer>(html`<routine-player pace="done" cues="none"><back-exercise exercise="half-crunch" pace="timer"></back-exercise></routine-player>`);
    el.start();
    await advance(el, GET_READY);
    expect(text(el, '[part="phase"]')).to.equal('Hold');
    expect(text(el, '[part="count"]')).to.equal('Rep 1 of 10 · Set 1 of 3');
  });

  it('Stop — this hurts ends at once: silences cues, shows advice naming the exercise, fires stop with where it happened', async () => {
    const vibrate = sinon.stub(navigator, 'vibrate').returns(true);
    const cancelAll = sinon.spy(BeepPlayer.prototype, 'cancelAll');
    const voiceStop = sinon.spy(Voice.prototype, 'stop');
    const el = await fixture<RoutinePlayer>(html`<routine-player cues="beep voice vibrate"></routine-player>`);
    sinon.stub(Voice.prototype, 'say');
    el.start();
    await advance(el, GET_READY + 25_000);
    cancelAll.resetHistory();
    voiceStop.resetHistory();
    vibrate.resetHistory();
    const stopped = nextEvent(el, 'routine-player-stop');
    button(el, 'Stop — this hurts').click();
    const event = await stopped;
    expect(event.reason).to.equal('pain');
    expect(event.summary).to.include({ completed: false, stopReason: 'pain' });
    expect(event.summary.exercises.map((e) => e.outcome)).to.deep.equal(['stopped', ...Array(5).fill('not-reached')]);
    expect(event.summary.stoppedAt).to.deep.equal({
      exerciseIndex: 0,
      exerciseId: 'knee-to-chest',
      phase: 'hold',
      side: 'left',
      rep: 1,
      reps: 1,
      set: 1,
      sets: 1,
      secondsIntoHold: 25,
    });
    expect(cancelAll.callCount).to.be.greaterThan(0);
    expect(voiceStop.callCount).to.be.greaterThan(0);
    expect(vibrate.getCalls().some((call) => (call.args[0] as unknown) === 0), 'a vibration under way stops too').to.equal(true);
    await el.updateComplete;
    expect(el.state).to.equal('stopped');
    expect(text(el, '[part="advice"]')).to.contain('contact your physiotherapist or a doctor');
    expect(text(el, '[part="stopped-at"]')).to.equal('You stopped during Knee to Chest (left side, 25 seconds into the hold).');
    expect(el.shadowRoot!.activeElement?.id).to.equal('stopped-title');
    expect(clock.pendingTimers, 'nothing wakes the page any more').to.equal(0);
    await advance(el, 60_000);
    expect(el.state).to.equal('stopped');
  });

  it('keeps the screen awake while playing and lets it sleep after a stop', async () => {
    const release = sinon.stub().resolves();
    const request = sinon.stub().resolves(Object.assign(new EventTarget(), { release, released: false, type: 'screen' }));
    Object.defineProperty(navigator, 'wakeLock', { configurable: true, value: { request } });
    try {
      const el = await fixture<RoutinePlayer>(html`<routine-player cues="none"></routine-player>`);
      el.start();
      expect(request.calledOnceWith('screen')).to.equal(true);
      await Promise.resolve();
      await Promise.resolve();
      el.stopForPain();
      expect(release.callCount).to.equal(1);
    } finally {
      delete (navigator as unknown as Record<string, unknown>).wakeLock;
    }
  });

  it('keeps the screen awake while waiting for Done on a self-paced set', async () => {
    const release = sinon.stub().resolves();
    const request = sinon.stub().resolves(Object.assign(new EventTarget(), { release, released: false, type: 'screen' }));
    Object.defineProperty(navigator, 'wakeLock', { configurable: true, value: { request } });
    try {
      const el = await fixture<RoutinePlayer>(html`<routine-player routine="trunk-strength" pace="done" cues="none"></routine-player>`);
      el.start();
      await Promise.resolve();
      await Promise.resolve();
      await advance(el, GET_READY);
      expect(text(el, '[part="phase"]')).to.equal('Your pace');
      expect(release.callCount, 'still held while the person does their repetitions').to.equal(0);
      el.pause();
      expect(el.status, 'Pause does nothing while waiting for Done').to.equal('paused');
      button(el, 'Done').click();
      await advance(el, 1000);
      expect(el.status).to.equal('running');
      expect(release.callCount).to.equal(0);
    } finally {
      delete (navigator as unknown as Record<string, unknown>).wakeLock;
    }
  });

  it("lets a clinic replace the safety advice through a slot", async () => {
    const el = await fixture<RoutinePlayer>(html`<routine-player cues="none"><p slot="safety-advice">Call us on 555 0100.</p></routine-player>`);
    el.start();
    await el.updateComplete;
    button(el, 'Stop — this hurts').click();
    await el.updateComplete;
    const slot = el.shadowRoot!.querySelector<HTMLSlotElement>('slot[name="safety-advice"]')!;
    expect(slot.assignedElements()[0].textContent).to.equal('Call us on 555 0100.');
  });

  describe('remember', () => {
    it('offers to resume after a reload, and keeps a history of sessions this week', async () => {
      const first = await fixture<RoutinePlayer>(html`<routine-player remember cues="none"></routine-player>`);
      expect($(first, '[part="history"]'), 'no "0 sessions" for someone who has never done one').to.equal(null);
      first.start();
      await advance(first, 220_000);
      expect(text(first, '[part="exercise-name"]')).to.equal('Side Trunk Stretch');
      first.remove();

      const second = await fixture<RoutinePlayer>(html`<routine-player remember cues="none"></routine-player>`);
      expect(text(second, '[part="offer"]')).to.contain('You stopped at exercise 3 of 6.');
      const started = nextEvent(second, 'routine-player-start');
      button(second, 'Resume where I left off').click();
      expect((await started).exerciseIndex).to.equal(2);
      await second.updateComplete;
      expect(text(second, '[part="exercise-name"]')).to.equal('Side Trunk Stretch');
      expect(text(second, '[part="phase"]')).to.equal('Get into position');
      second.shadowRoot!.querySelector<HTMLButtonElement>('.stop')!.click();
      await second.updateComplete;
      button(second, 'Back to the routine').click();
      await second.updateComplete;
      expect(text(second, '[part="history"]')).to.equal('Sessions this week: 1');
      expect(second.shadowRoot!.querySelector('[part="offer"]'), 'a stopped session is not offered again').to.equal(null);
    });

    it('works anyway and says nothing is saved when storage throws', async () => {
      sinon.stub(Storage.prototype, 'getItem').throws(new DOMException('blocked', 'SecurityError'));
      sinon.stub(Storage.prototype, 'setItem').throws(new DOMException('full', 'QuotaExceededError'));
      const el = await fixture<RoutinePlayer>(html`<routine-player routine="lower-back-stretches" remember cues="none"></routine-player>`);
      expect(text(el, '[part="notice"]')).to.contain('nothing is saved');
      const done = nextEvent(el, 'routine-player-complete');
      el.start();
      await advance(el, el.plan!.total);
      expect((await done).summary.completed).to.equal(true);
    });

    it('stores nothing without remember', async () => {
      const el = await fixture<RoutinePlayer>(html`<routine-player cues="none"></routine-player>`);
      el.start();
      await advance(el, 120_000);
      expect(localStorage.length).to.equal(0);
    });
  });

  describe('rate', () => {
    const pain = (el: RoutinePlayer, value: number) =>
      [...el.shadowRoot!.querySelectorAll<HTMLButtonElement>('.pain-button')].find((b) => b.textContent!.trim() === String(value))!;

    it('waits, clock stopped, for the rating of the exercise just done, then goes on to the next', async () => {
      const el = await fixture<RoutinePlayer>(html`<routine-player routine="lower-back-stretches" rate cues="none"></routine-player>`);
      el.start();
      await advance(el, GET_READY + 96_000);
      expect(text(el, '#rating-title')).to.equal('How did Knee to Chest feel?');
      expect(text(el, '[part="rating"] [part="phase"]')).to.equal('Paused for your rating');
      expect(el.status).to.equal('paused');
      const timeLeft = text(el, '[part="overall"]');
      expect(timeLeft).to.match(/ left$/);
      await advance(el, 120_000);
      expect(text(el, '#rating-title'), 'an unanswered prompt holds the routine').to.equal('How did Knee to Chest feel?');
      expect(text(el, '[part="overall"]'), 'no time passes while rating').to.equal(timeLeft);
      pain(el, 2).click();
      await el.updateComplete;
      expect(pain(el, 2).getAttribute('aria-pressed')).to.equal('true');
      button(el, 'Continue to the next exercise').click();
      await el.updateComplete;
      expect($(el, '[part="rating"]')).to.equal(null);
      expect(text(el, '[part="exercise-name"]')).to.equal('Lower Back Twist');
      expect(text(el, '[part="phase"]')).to.equal('Get into position');
      await advance(el, 10_000);
      expect(text(el, '[part="phase"]')).to.equal('Left side');
      expect($(el, '[part="rating"]'), 'never a prompt for the wrong exercise').to.equal(null);
    });

    it('offers Stop now at the threshold; the exercise that hurt is reported stopped, with its rating', async () => {
      const el = await fixture<RoutinePlayer>(html`<routine-player routine="lower-back-stretches" rate pain-threshold="6" cues="none"></routine-player>`);
      el.start();
      await advance(el, GET_READY + 96_000);
      pain(el, 5).click();
      await el.updateComplete;
      expect($(el, '[part="pain-warning"]'), 'below the threshold').to.equal(null);
      pain(el, 6).click();
      button(el, 'Hard').click();
      await el.updateComplete;
      expect(text(el, '[part="pain-warning"]')).to.contain('Pain of 6 is too much to go on.');
      const stopped = nextEvent(el, 'routine-player-stop');
      button(el, 'Stop now').click();
      const { summary, reason } = await stopped;
      expect(reason).to.equal('pain');
      expect(summary.exercises[0]).to.include({ outcome: 'stopped', pain: 6, difficulty: 'hard' });
      expect(summary.stoppedAt).to.include({ exerciseIndex: 0, exerciseId: 'knee-to-chest', phase: 'rating' });
      await el.updateComplete;
      expect(text(el, '[part="stopped-at"]')).to.equal('You stopped after Knee to Chest.');
    });

    it('asks about the last exercise before the summary', async () => {
      const el = await fixture<RoutinePlayer>(html`<routine-player routine="trunk-strength" rate cues="none"></routine-player>`);
      el.start();
      for (let guard = 0; guard < 20 && el.state === 'playing'; guard++) {
        await advance(el, el.plan!.total);
        if ($(el, '[part="rating"]')) {
          const last = text(el, '#rating-title');
          button(el, [...el.shadowRoot!.querySelectorAll('[part~="continue"]')][0].textContent!.trim()).click();
          await el.updateComplete;
          if ((el.state as string) === 'summary') expect(last).to.equal('How did Assisted Back Extension feel?');
        }
      }
      expect(el.state).to.equal('summary');
    });

    it('has eleven pain buttons of at least 44×44 px, with words at 0, 5 and 10', async () => {
      const el = await fixture<RoutinePlayer>(html`<routine-player routine="lower-back-stretches" rate cues="none"></routine-player>`);
      el.start();
      await advance(el, GET_READY + 96_000);
      const buttons = [...el.shadowRoot!.querySelectorAll<HTMLButtonElement>('.pain-button')];
      expect(buttons.map((b) => b.textContent!.trim())).to.deep.equal(Array.from({ length: 11 }, (_, i) => String(i)));
      for (const b of buttons) {
        const { width, height } = b.getBoundingClientRect();
        expect(width, `pain ${b.textContent} width`).to.be.at.least(44);
        expect(height, `pain ${b.textContent} height`).to.be.at.least(44);
      }
      // Each word is shown under its button and describes it to a screen reader.
      const words = [0, 5, 10].map((i) => el.shadowRoot!.getElementById(buttons[i].getAttribute('aria-describedby')!)?.textContent);
      expect(words).to.deep.equal(['No pain', 'Moderate', 'Worst']);
    });
  });

  describe('composed from child <back-exercise> elements', () => {
    it('plays its children in order with their own doses', async () => {
      const el = await fixture<RoutinePlayer>(html`<routine-player name="Morning" cues="none">
        <back-exercise exercise="lower-back-twist" hold="20"></back-exercise>
        <back-exercise hold="15" reps="2"><h3>Bridge</h3><ol><li>Lift your hips</li></ol></back-exercise>
      </routine-player>`);
      expect(text(el, '#title')).to.equal('Morning');
      const names: string[] = [];
      el.addEventListener('routine-player-step', (e) => names.push(e.exercise.name));
      el.start();
      await advance(el, GET_READY);
      expect(text(el, '[part="time"]')).to.equal('20');
      await advance(el, 20_000 + 5000 + 20_000);
      expect(text(el, '[part="exercise-name"]')).to.equal('Bridge');
      await advance(el, 10_000);
      expect(text(el, '[part="time"]')).to.equal('15');
      expect(text(el, '[part="count"]')).to.equal('Rep 1 of 2');
      expect(names).to.deep.equal(['Lower Back Twist', 'Bridge']);
    });

    it('reads cards inserted together with it by innerHTML (the player upgrades first), without an error on the way', async () => {
      const errors = sinon.stub(console, 'error');
      const host = await fixture<HTMLElement>(html`<div></div>`);
      host.innerHTML = routineToHTML('lower-back-stretches');
      const el = host.querySelector('routine-player') as RoutinePlayer;
      await waitUntil(() => el.routineData?.exercises.length === 3, 'the three cards are read');
      expect(el.shadowRoot!.querySelector('[part="error"]')).to.equal(null);
      expect(errors.callCount, 'no console.error on the way').to.equal(0);
    });

    it('names the item that is invalid', async () => {
      const error = sinon.stub(console, 'error');
      const el = await fixture<RoutinePlayer>(html`<routine-player><back-exercise exercise="knee-to-chest"></back-exercise><back-exercise exercise="burpee"></back-exercise></routine-player>`);
      expect(text(el, '[part="error"]')).to.contain('items[1]: the <back-exercise> cannot be used: exercise: is not a known exercise, got "burpee"');
      expect(error.calledWithMatch('<routine-player>')).to.equal(true);
    });
  });

  it('shows an unknown routine id as a visible, accessible error', async () => {
    sinon.stub(console, 'error');
    const el = await fixture<RoutinePlayer>(html`<routine-player routine="yoga"></routine-player>`);
    expect(text(el, '[part="error"]')).to.contain('routine: is not a known routine, got "yoga"; known routines are lower-back');
    await expect(el).to.be.accessible();
  });

  describe('keyboard', () => {
    it('Space pauses and resumes, arrows move between exercises, only while focus is in the player', async () => {
      const wrapper = await fixture<HTMLElement>(html`<div><button id="outside">outside</button><routine-player routine="lower-back-stretches" cues="none"></routine-player></div>`);
      const el = wrapper.querySelector('routine-player')!;
      await el.updateComplete;
      button(el, 'Start').click();
      await el.updateComplete;
      expect(el.shadowRoot!.activeElement!.textContent!.trim(), 'focus moves to Pause').to.equal('Pause');
      ($(el, '[part="exercise-name"]') as HTMLElement).setAttribute('tabindex', '-1');
      ($(el, '[part="exercise-name"]') as HTMLElement).focus();
      await sendKeys({ press: 'Space' });
      expect(el.status).to.equal('paused');
      await sendKeys({ press: 'Space' });
      expect(el.status).to.equal('running');
      await sendKeys({ press: 'ArrowRight' });
      await el.updateComplete;
      expect(text(el, '[part="exercise-name"]')).to.equal('Lower Back Twist');
      await sendKeys({ press: 'ArrowLeft' });
      await el.updateComplete;
      expect(text(el, '[part="exercise-name"]')).to.equal('Knee to Chest');
      wrapper.querySelector<HTMLButtonElement>('#outside')!.focus();
      await sendKeys({ press: 'ArrowRight' });
      await el.updateComplete;
      expect(text(el, '[part="exercise-name"]'), 'the page keeps its own arrows').to.equal('Knee to Chest');
    });

    it('reaches Stop — this hurts with Tab from the playback buttons', async () => {
      const el = await fixture<RoutinePlayer>(html`<routine-player cues="none"></routine-player>`);
      button(el, 'Start').click();
      await el.updateComplete;
      await sendKeys({ press: 'Tab' });
      await sendKeys({ press: 'Tab' });
      expect(el.shadowRoot!.activeElement!.textContent!.trim()).to.equal('Stop — this hurts');
      await sendKeys({ press: 'Enter' });
      await el.updateComplete;
      expect(el.state).to.equal('stopped');
    });
  });

  describe('accessibility', () => {
    it('is axe-clean before start, playing, paused, stopped and at the summary', async () => {
      const el = await fixture<RoutinePlayer>(html`<routine-player routine="lower-back-stretches" remember rate cues="none"></routine-player>`);
      await expect(el).to.be.accessible();
      el.start();
      await advance(el, 8000);
      await expect(el).to.be.accessible();
      el.pause();
      await el.updateComplete;
      await expect(el).to.be.accessible();
      el.resume();
      await advance(el, 100_000);
      await expect(el, 'with the rating form').to.be.accessible();
      el.stopForPain();
      await el.updateComplete;
      await expect(el).to.be.accessible();
      button(el, 'Back to the routine').click();
      el.start();
      for (let guard = 0; guard < 10 && el.state === 'playing'; guard++) {
        await advance(el, el.plan!.total);
        el.shadowRoot!.querySelector<HTMLButtonElement>('[part~="continue"]')?.click();
        await el.updateComplete;
      }
      expect(el.state).to.equal('summary');
      await expect(el).to.be.accessible();
    });
  });
});

describe('<routine-player> focus mode and layout', () => {
  const clock = useFakeTime({ stubBeepUnlock: true });
  afterEach(() => setViewport({ width: 800, height: 600 }));

  const size = (el: RoutinePlayer, selector: string) => Number.parseFloat(getComputedStyle($(el, selector)!).fontSize);
  const inViewport = (box: DOMRect) => box.top >= 0 && box.bottom <= window.innerHeight && box.left >= 0 && box.right <= window.innerWidth;

  for (const viewport of [
    { width: 390, height: 844, digits: 96, label: 28 },
    { width: 320, height: 568, digits: 96, label: 28 },
  ]) {
    it(`fills a ${viewport.width}×${viewport.height} phone: digits and label readable from the floor, Stop always in view`, async () => {
      await setViewport({ width: viewport.width, height: viewport.height });
      const el = await fixture<RoutinePlayer>(html`<routine-player cues="none"></routine-player>`);
      el.start();
      // 10 s into the first hold (after the routine's get-ready, as planned), its movement cue showing.
      clock.advance(el.plan!.segments.find((segment) => segment.kind === 'hold')!.start + 10_000);
      await el.updateComplete;
      button(el, 'Full screen').click();
      await el.updateComplete;
      expect($(el, '[part="cue"]'), 'the movement cue shows').to.exist;
      const base = $(el, '[part="base"]')!.getBoundingClientRect();
      expect([base.top, base.left, base.width, base.height]).to.deep.equal([0, 0, viewport.width, viewport.height]);
      expect(size(el, '[part="time"]'), 'countdown font size').to.be.at.least(viewport.digits);
      expect(size(el, '[part="phase"]'), 'phase label font size').to.be.at.least(viewport.label);
      expect(inViewport($(el, '[part="overall"]')!.getBoundingClientRect()), '"exercise n of m" in view').to.equal(true);
      expect(text(el, '[part="overall"]')).to.match(/^Exercise 1 of 6/);
      // Open the steps and scroll to the end: Stop stays inside the viewport and at least 56 px tall.
      $(el, 'details')!.setAttribute('open', '');
      const scroller = $(el, '.scroller')!;
      scroller.scrollTop = scroller.scrollHeight;
      window.scrollTo(0, document.body.scrollHeight);
      await el.updateComplete;
      const stop = $(el, '.stop-bar .stop')!.getBoundingClientRect();
      expect(inViewport(stop), 'Stop inside the viewport').to.equal(true);
      expect(stop.height).to.be.at.least(56);
      button(el, 'Exit full screen').click();
      await el.updateComplete;
      expect($(el, '[part="base"]')!.classList.contains('focus')).to.equal(false);
      expect(el.state, 'leaving full screen does not stop the session').to.equal('playing');
    });
  }

  it('Escape leaves focus mode and returns to the page', async () => {
    const el = await fixture<RoutinePlayer>(html`<routine-player cues="none"></routine-player>`);
    el.start();
    await el.updateComplete;
    button(el, 'Full screen').click();
    await el.updateComplete;
    $(el, '.primary')!.focus();
    await sendKeys({ press: 'Escape' });
    await el.updateComplete;
    expect($(el, '[part="base"]')!.classList.contains('focus')).to.equal(false);
    expect(el.state).to.equal('playing');
  });

  it('keeps Stop in view while scrolling through open steps in the page', async () => {
    await setViewport({ width: 390, height: 844 });
    const el = await fixture<RoutinePlayer>(html`<div style="height: 400px"></div><routine-player cues="none"></routine-player><div style="height: 2000px"></div>`);
    const player = el.parentElement!.querySelector('routine-player')!;
    player.start();
    await player.updateComplete;
    player.shadowRoot!.querySelector('details')!.setAttribute('open', '');
    for (const y of [200, 500, 800]) {
      window.scrollTo(0, y);
      await player.updateComplete;
      const playing = player.shadowRoot!.querySelector('.playing')!.getBoundingClientRect();
      if (playing.bottom < window.innerHeight) continue; // the end of the player is in view: Stop sits there
      expect(inViewport(player.shadowRoot!.querySelector('.stop-bar .stop')!.getBoundingClientRect()), `Stop in view at ${y}`).to.equal(true);
    }
  });

  it('after Start on a 320×568 phone, the name, the countdown and Stop are all in view', async () => {
    await setViewport({ width: 320, height: 568 });
    const el = await fixture<RoutinePlayer>(html`<div style="height: 700px"></div><routine-player cues="none"></routine-player><div style="height: 1500px"></div>`);
    const player = el.parentElement!.querySelector('routine-player')!;
    window.scrollTo(0, 0);
    player.shadowRoot!.querySelector<HTMLButtonElement>('button.primary')!.click();
    await player.updateComplete;
    await new Promise((resolve) => requestAnimationFrame(resolve));
    for (const selector of ['.name', '.dial', '.stop-bar .stop']) {
      expect(inViewport(player.shadowRoot!.querySelector(selector)!.getBoundingClientRect()), selector).to.equal(true);
    }
  });

  it('uses two columns from 768 px wide: picture and steps beside countdown and controls', async () => {
    await setViewport({ width: 1280, height: 800 });
    const el = await fixture<RoutinePlayer>(html`<routine-player cues="none"></routine-player>`);
    el.start();
    await el.updateComplete;
    const name = $(el, '.name')!.getBoundingClientRect();
    const dial = $(el, '.dial')!.getBoundingClientRect();
    expect(dial.left, 'the countdown sits to the right of the name').to.be.greaterThan(name.right - 1);
    expect(Math.abs(dial.top - name.top), 'both columns start at the top').to.be.below(80);
  });
});

describe('<routine-player> targets and landscape', () => {
  const clock = useFakeTime({ stubBeepUnlock: true });
  afterEach(() => setViewport({ width: 800, height: 600 }));

  /** Every control a finger presses: buttons, the level and cue choices, the "How to do it" toggle. */
  function expectTargets(el: RoutinePlayer, where: string) {
    const controls = [...el.shadowRoot!.querySelectorAll<HTMLElement>('.base button, .base label, .base summary')];
    expect(controls.length, `${where}: controls found`).to.be.greaterThan(2);
    for (const control of controls) {
      const { width, height } = control.getBoundingClientRect();
      const name = `${where}: "${control.textContent!.replace(/\s+/g, ' ').trim()}"`;
      expect(height, `${name} height`).to.be.at.least(44);
      expect(width, `${name} width`).to.be.at.least(44);
    }
  }

  it('makes every control at least 44×44 px, before start and while playing, on a phone', async () => {
    await setViewport({ width: 390, height: 844 });
    const el = await fixture<RoutinePlayer>(html`<routine-player cues="none"></routine-player>`);
    expectTargets(el, 'before start');
    el.start();
    clock.advance(8000);
    await el.updateComplete;
    expectTargets(el, 'playing');
  });

  it('puts the drawing beside the countdown in landscape focus mode', async () => {
    await setViewport({ width: 844, height: 390 });
    const el = await fixture<RoutinePlayer>(html`<routine-player cues="none"></routine-player>`);
    el.start();
    clock.advance(8000);
    await el.updateComplete;
    button(el, 'Full screen').click();
    await el.updateComplete;
    await waitUntil(() => $(el, '.media svg'), 'the drawing is shown');
    const media = $(el, '.media')!.getBoundingClientRect();
    const dial = $(el, '.dial')!.getBoundingClientRect();
    expect(dial.left, 'the countdown is to the right of the drawing').to.be.at.least(media.right - 1);
    expect(dial.top, 'side by side, not one below the other').to.be.below(media.bottom);
  });
});
