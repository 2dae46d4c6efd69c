import { expect, waitUntil } from '@open-wc/testing';
import { createElement } from 'react';
import { flushSync } from 'react-dom';
import { createRoot, type Root } from 'react-dom/client';
import { BackExercise, HoldTimer } from '../../src/react.js';
import { getExercise, HoldTimerStartEvent } from '../../src/index.js';
import { useFakeTime } from '../helpers/use-fake-time.js';

// Every test of this file renders into a React root of its own, unmounted after it, on the fake clock
// (registered after the root's hooks, so that the elements leave the page before the real clock returns).
let container: HTMLElement;
let root: Root;
beforeEach(() => {
  container = document.createElement('div');
  document.body.append(container);
  root = createRoot(container);
});
afterEach(() => {
  flushSync(() => root.unmount());
  container.remove();
});
useFakeTime();

// The @lit/react components of src/react.ts, rendered by React (react-dom/client) in the page.
// web-test-runner.config.mjs turns React's CommonJS files into modules for the browser.
describe('React components (@lit/react)', () => {
  it('registers the elements it wraps', () => {
    expect(customElements.get('back-exercise')).to.be.a('function');
    expect(customElements.get('hold-timer')).to.be.a('function');
    expect(customElements.get('routine-player')).to.be.a('function');
  });

  it('sets data as a property of <back-exercise>, not an attribute', async () => {
    const exercise = getExercise('side-trunk-stretch')!;
    flushSync(() => root.render(createElement(BackExercise, { data: exercise, level: 'advanced', headingLevel: 3 })));
    const card = container.querySelector('back-exercise')!;
    expect(card.data).to.equal(exercise);
    expect(card.hasAttribute('data')).to.be.false;
    expect(card.level).to.equal('advanced');
    expect(card.headingLevel).to.equal(3);
    await card.updateComplete;
    expect(card.exerciseData?.id).to.equal('side-trunk-stretch');
    const name = card.shadowRoot!.querySelector('[part~="name"]')!;
    expect(name.getAttribute('aria-level')).to.equal('3');
    expect(name.textContent).to.contain(exercise.name);
  });

  it('calls onHoldTimerStart when the timer starts, with the typed event', async () => {
    const started: HoldTimerStartEvent[] = [];
    flushSync(() =>
      root.render(createElement(HoldTimer, { hold: 5, cues: 'none', onHoldTimerStart: (event) => started.push(event) })),
    );
    const timer = container.querySelector('hold-timer')!;
    await timer.updateComplete;
    timer.start();
    expect(started).to.have.length(1);
    expect(started[0].type).to.equal('hold-timer-start');
    expect(started[0].segment.kind).to.equal('prepare');
  });

  it('hands on the card timer\'s events through onHoldTimerStart of <BackExercise>', async () => {
    const started: string[] = [];
    flushSync(() =>
      root.render(
        createElement(BackExercise, { exercise: 'knee-to-chest', cues: 'none', onHoldTimerStart: (event) => started.push(event.type) }),
      ),
    );
    const card = container.querySelector('back-exercise')!;
    await card.updateComplete;
    const timer = card.shadowRoot!.querySelector('hold-timer')!;
    await timer.updateComplete;
    timer.start();
    // The card hands its timer's events on once their own dispatch is over (a microtask later).
    await waitUntil(() => started.length > 0, 'no hold-timer-start from the card');
    expect(started).to.deep.equal(['hold-timer-start']);
  });

  it('replaces an event prop on re-render and stops calling the old one', async () => {
    const calls: string[] = [];
    const render = (name: string) =>
      flushSync(() => root.render(createElement(HoldTimer, { hold: 5, cues: 'none', onHoldTimerReset: () => calls.push(name) })));
    render('first');
    render('second');
    const timer = container.querySelector('hold-timer')!;
    await timer.updateComplete;
    timer.start();
    timer.reset();
    expect(calls).to.deep.equal(['second']);
  });
});

// React 19 needs no wrapper: it sets a prop as a property when the element has one and listens
// for `on` + the exact event name (what the README and frameworks/react.d.ts say).
describe('React 19 with the plain tags', () => {
  it('sets data and headingLevel as properties and heading-level, no-timer as attributes', async () => {
    const exercise = getExercise('half-crunch')!;
    flushSync(() => root.render(createElement('back-exercise', { data: exercise, level: 'intermediate', 'no-timer': true })));
    const card = container.querySelector('back-exercise')!;
    expect(card.data).to.equal(exercise);
    expect(card.hasAttribute('data')).to.be.false;
    expect(card.level).to.equal('intermediate');
    expect(card.getAttribute('no-timer')).to.equal('');
    expect(card.noTimer).to.be.true;
    flushSync(() =>
      root.render(createElement('back-exercise', { data: exercise, level: 'intermediate', 'heading-level': 4, 'no-timer': false })),
    );
    expect(card.getAttribute('heading-level')).to.equal('4');
    expect(card.headingLevel).to.equal(4);
    expect(card.hasAttribute('no-timer')).to.be.false;
    expect(card.noTimer).to.be.false;
    await card.updateComplete;
    expect(card.shadowRoot!.querySelector('hold-timer')).to.exist;
  });

  it('calls onhold-timer-start with the event', async () => {
    const started: Event[] = [];
    flushSync(() =>
      root.render(createElement('hold-timer', { hold: 5, cues: 'none', 'onhold-timer-start': (event: HoldTimerStartEvent) => started.push(event) })),
    );
    const timer = container.querySelector('hold-timer')!;
    await timer.updateComplete;
    timer.start();
    expect(started).to.have.length(1);
    expect(started[0]).to.be.instanceOf(HoldTimerStartEvent);
  });
});
