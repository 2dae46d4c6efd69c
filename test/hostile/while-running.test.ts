/**
 * Attribute and `data` changes while a timer, a card's timer or a player is running.
 * A valid dose change starts the timer over (documented); an invalid one shows an error
 * and leaves nothing running behind it; a player keeps its session and applies new data
 * when the person is back at the start (documented, with a console.warn for `data`).
 */
import { expect } from '@open-wc/testing';
import '../../src/define.js';
import type { BackExercise, HoldTimer, RoutinePlayer } from '../../src/index.js';
import { advance, errorText, expectSafe, hostileSuite, mount, mountAsParsed, settle, type HostileContext, type Outcome } from './guard.js';
import { MARKUP, element, setPath, validExercise, validRoutine } from './inputs.js';

/** Counts the timer events a host hears from now on. */
function listen(target: EventTarget): { count: () => number } {
  let heard = 0;
  for (const name of ['hold-timer-phase', 'hold-timer-complete', 'routine-player-step', 'routine-player-complete'] as const) {
    target.addEventListener(name, () => (heard += 1));
  }
  return { count: () => heard };
}

/** Checks that nothing runs behind an error: a minute on, no phase, no sound. */
async function expectNothingRunning(context: HostileContext, target: EventTarget): Promise<void> {
  await settle(context);
  const events = listen(target);
  const booked = context.book.callCount;
  await advance(context, 60_000);
  expect(events.count(), 'no phase or completion after the error').to.equal(0);
  expect(context.book.callCount, 'no sound booked after the error').to.equal(booked);
}

function button(el: Element, label: string): HTMLButtonElement {
  const found = [...el.shadowRoot!.querySelectorAll('button')].find((b) => b.textContent!.trim() === label);
  if (!found) throw new Error(`no button "${label}"`);
  return found;
}

const shadowText = (el: Element, selector: string) => (el.shadowRoot!.querySelector(selector)?.textContent ?? '').replace(/\s+/g, ' ').trim();

describe('hostile: attribute and data changes while running', () => {
  const context = hostileSuite();

  describe('<hold-timer> running', () => {
    async function runningTimer(): Promise<HoldTimer> {
      const el = await mount(context, element('hold-timer', { hold: '10', reps: '2', prepare: '2', cues: 'beep' }));
      el.start();
      await advance(context, 4000);
      expect(el.status).to.equal('running');
      return el;
    }

    const changes: { attribute: string; value: string | null; outcome: Outcome; running: 'idle' | 'running' | 'stopped' }[] = [
      { attribute: 'hold', value: '20', outcome: { fallback: 'starts over with the new dose (documented)' }, running: 'idle' },
      { attribute: 'reps', value: '3', outcome: { fallback: 'starts over with the new dose (documented)' }, running: 'idle' },
      { attribute: 'each-side', value: '', outcome: { fallback: 'starts over with the new dose (documented)' }, running: 'idle' },
      { attribute: 'hold', value: '0x10', outcome: { error: 'hold' }, running: 'stopped' },
      { attribute: 'reps', value: '', outcome: { error: 'reps' }, running: 'stopped' },
      { attribute: 'hold', value: null, outcome: { error: 'hold' }, running: 'stopped' },
      { attribute: 'level', value: 'expert', outcome: { error: 'level' }, running: 'stopped' },
      { attribute: 'cues', value: 'laser', outcome: { error: 'cues' }, running: 'stopped' },
      { attribute: 'label', value: MARKUP[1].text, outcome: { error: 'label' }, running: 'stopped' },
      { attribute: 'cues', value: 'none', outcome: { fallback: 'keeps running, silently' }, running: 'running' },
      { attribute: 'label', value: 'Bridge', outcome: { fallback: 'keeps running' }, running: 'running' },
    ];
    for (const { attribute, value, outcome, running } of changes) {
      const what = value === null ? `${attribute} removed` : `${attribute}=${JSON.stringify(value.slice(0, 30))}`;
      const after = running === 'stopped' ? ', nothing runs behind it' : running === 'idle' ? ', idle' : '';
      it(`${what} ${'error' in outcome ? `→ error naming "${outcome.error}"` : `→ ${outcome.fallback}`}${after}`, async () => {
        const el = await runningTimer();
        if (value === null) el.removeAttribute(attribute);
        else el.setAttribute(attribute, value);
        await settle(context);
        await expectSafe(context, el, outcome);
        if (running === 'stopped') await expectNothingRunning(context, el);
        else expect(el.status).to.equal(running);
        if (running === 'idle') expect(el.remaining, 'the new dose, from the start').to.equal(el.plan!.total / 1000);
      });
    }

    for (const move of ['removed and re-inserted', 'moved to another parent'] as const) {
      it(`${move} mid-hold → keeps running and books its sounds again`, async () => {
        const el = await runningTimer();
        context.book.resetHistory();
        if (move === 'removed and re-inserted') {
          el.remove();
          context.stage.append(el);
        } else {
          const other = document.createElement('section');
          context.stage.append(other);
          other.append(el);
        }
        await settle(context);
        await expectSafe(context, el, { fallback: 'keeps running' });
        expect(el.status).to.equal('running');
        expect(context.book.callCount, 'sounds booked again').to.be.greaterThan(0);
      });
    }

    it('removed mid-hold and never put back → nothing keeps running', async () => {
      const el = await runningTimer();
      el.remove();
      await expectSafe(context, el, { fallback: 'stops quietly' });
      await expectNothingRunning(context, el);
    });
  });

  describe('<back-exercise> with its timer running', () => {
    async function runningCard(attributes: Record<string, string> = { exercise: 'half-crunch' }): Promise<BackExercise> {
      const el = await mount(context, element('back-exercise', { cues: 'beep', ...attributes }));
      const timer = el.shadowRoot!.querySelector('hold-timer')!;
      timer.start();
      await advance(context, 6000);
      expect(timer.status).to.equal('running');
      return el;
    }
    const timerOf = (el: BackExercise) => el.shadowRoot!.querySelector('hold-timer');

    it('data set to another valid exercise → shows it, its timer idle with the new dose', async () => {
      const el = await runningCard();
      el.data = validExercise();
      await settle(context);
      await expectSafe(context, el, {
        fallback: 'the new exercise, its timer from the start',
        check: () => {
          expect(shadowText(el, '[part~="name"]')).to.equal('Test stretch');
          expect(timerOf(el)!.status).to.equal('idle');
        },
      });
    });

    const bad: { label: string; change: (el: BackExercise) => void; field: string }[] = [
      { label: 'data set to markup in the name', change: (el) => (el.data = setPath(validExercise(), 'name', MARKUP[0].text)), field: 'name' },
      { label: 'exercise set to "burpee"', change: (el) => el.setAttribute('exercise', 'burpee'), field: 'exercise' },
      { label: 'hold set to "0x10"', change: (el) => el.setAttribute('hold', '0x10'), field: 'hold' },
      { label: 'level set to "expert"', change: (el) => el.setAttribute('level', 'expert'), field: 'level' },
      { label: 'cues set to "laser"', change: (el) => el.setAttribute('cues', 'laser'), field: 'cues' },
    ];
    for (const { label, change, field } of bad) {
      it(`${label} → error naming "${field}", nothing runs behind it`, async () => {
        const el = await runningCard();
        change(el);
        await settle(context);
        await expectSafe(context, el, { error: field });
        await expectNothingRunning(context, el);
      });
    }

    it('level set to "intermediate" (half crunches: more reps) → the timer starts over with the new dose', async () => {
      const el = await runningCard();
      el.setAttribute('level', 'intermediate');
      await settle(context);
      await expectSafe(context, el, {
        fallback: 'starts over with the new dose',
        check: () => {
          expect(shadowText(el, '[part~="dose"]')).to.match(/15/);
          expect(timerOf(el)!.status).to.equal('idle');
        },
      });
    });

    it('moved to another parent → its timer keeps running and books its sounds again', async () => {
      const el = await runningCard();
      context.book.resetHistory();
      const other = document.createElement('section');
      context.stage.append(other);
      other.append(el);
      await settle(context);
      await expectSafe(context, el, { fallback: 'keeps running' });
      expect(timerOf(el)!.status).to.equal('running');
      expect(context.book.callCount, 'sounds booked again').to.be.greaterThan(0);
    });
  });

  describe('<routine-player> playing', () => {
    async function playing(attributes: Record<string, string> = { routine: 'lower-back-stretches' }, ...children: Element[]): Promise<RoutinePlayer> {
      const el = await mountAsParsed(context, element('routine-player', { cues: 'beep', ...attributes }, ...children));
      el.start();
      // 30 s in (15 s to get ready, 15 s into the first hold): the 3-2-1 before it ends is within the booking horizon.
      await advance(context, 30_000);
      expect(el.state).to.equal('playing');
      return el;
    }

    /** What the person sees of the session, to compare before and after a change. */
    const sessionOf = (el: RoutinePlayer) => ({ state: el.state, exercise: shadowText(el, '[part~="exercise-name"]'), total: el.plan?.total });

    async function backToStart(el: RoutinePlayer): Promise<void> {
      el.stopForPain();
      await settle(context);
      button(el, 'Back to the routine').click();
      await settle(context);
    }

    it('data set to another routine → the session goes on unchanged, console.warn says so, the new routine after going back to the start', async () => {
      const el = await playing();
      const before = sessionOf(el);
      el.data = setPath(validRoutine(), 'name', 'Evening routine');
      await advance(context, 1000);
      await expectSafe(context, el, { fallback: 'deferred (documented)', check: () => expect(sessionOf(el)).to.deep.equal(before) });
      expect(context.consoleWarn.callCount, 'a console.warn says the data waits').to.be.greaterThan(0);
      await backToStart(el);
      expect(shadowText(el, '#title')).to.equal('Evening routine');
    });

    it('data set to invalid data → the session goes on unchanged, then an error naming "name" back at the start', async () => {
      const el = await playing();
      const before = sessionOf(el);
      el.data = setPath(validRoutine(), 'name', MARKUP[1].text);
      await advance(context, 1000);
      expect(sessionOf(el)).to.deep.equal(before);
      expect(context.consoleWarn.callCount, 'a console.warn says the data waits').to.be.greaterThan(0);
      await backToStart(el);
      await expectSafe(context, el, { error: 'name' });
    });

    it('routine attribute changed → the session goes on unchanged, the new routine after going back to the start', async () => {
      const el = await playing();
      const before = sessionOf(el);
      el.setAttribute('routine', 'trunk-strength');
      await advance(context, 1000);
      await expectSafe(context, el, { fallback: 'deferred', check: () => expect(sessionOf(el)).to.deep.equal(before) });
      await backToStart(el);
      expect(el.routineData?.id).to.equal('trunk-strength');
    });

    for (const [attribute, value] of [
      ['level', 'advanced'],
      ['pace', 'done'],
      ['name', 'Renamed'],
    ] as const) {
      it(`${attribute}="${value}" → the session goes on unchanged`, async () => {
        const el = await playing();
        const before = sessionOf(el);
        el.setAttribute(attribute, value);
        await advance(context, 1000);
        await expectSafe(context, el, { fallback: 'the session goes on', check: () => expect(sessionOf(el)).to.deep.equal(before) });
      });
    }

    it('a child card of a composed routine changes its exercise → the session goes on unchanged', async () => {
      const first = element('back-exercise', { exercise: 'knee-to-chest' });
      const el = await playing({}, first, element('back-exercise', { exercise: 'half-crunch' }));
      const before = sessionOf(el);
      first.setAttribute('exercise', 'lower-back-twist');
      await advance(context, 1000);
      await expectSafe(context, el, { fallback: 'the session goes on', check: () => expect(sessionOf(el)).to.deep.equal(before) });
      await backToStart(el);
      expect(el.routineData?.exercises[0].id, 'the change applies back at the start').to.equal('lower-back-twist');
    });

    it('a child card of a composed routine removed → the session goes on unchanged', async () => {
      const second = element('back-exercise', { exercise: 'half-crunch' });
      const el = await playing({}, element('back-exercise', { exercise: 'knee-to-chest' }), second);
      const before = sessionOf(el);
      second.remove();
      await advance(context, 1000);
      await expectSafe(context, el, { fallback: 'the session goes on', check: () => expect(sessionOf(el)).to.deep.equal(before) });
    });

    it('moved to another parent → keeps playing and books its sounds again', async () => {
      const el = await playing();
      context.book.resetHistory();
      const other = document.createElement('section');
      context.stage.append(other);
      other.append(el);
      await settle(context);
      await expectSafe(context, el, { fallback: 'keeps playing' });
      expect(el.status).to.equal('running');
      expect(context.book.callCount, 'sounds booked again').to.be.greaterThan(0);
      expect(errorText(el)).to.equal('');
    });
  });
});
