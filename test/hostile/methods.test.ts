/**
 * Every public method of <hold-timer> and <routine-player>, called twice in a row, in
 * every state (and on an element with invalid attributes, and on one never connected).
 * Nothing throws, the second call changes nothing more, and each event fires at most once.
 */
import { expect } from '@open-wc/testing';
import '../../src/define.js';
import type { HoldTimer, RoutinePlayer } from '../../src/index.js';
import { advance, errorText, expectSafe, hostileSuite, mount, settle, type HostileContext } from './guard.js';
import { element } from './inputs.js';

const TIMER_EVENTS = ['hold-timer-start', 'hold-timer-pause', 'hold-timer-resume', 'hold-timer-reset', 'hold-timer-complete'] as const;
const PLAYER_EVENTS = ['routine-player-start', 'routine-player-pause', 'routine-player-resume', 'routine-player-stop', 'routine-player-complete', 'routine-player-step'] as const;

function counter(target: EventTarget, names: readonly string[]): Record<string, number> {
  const counts: Record<string, number> = Object.fromEntries(names.map((name) => [name.replace(/^(hold-timer|routine-player)-/, ''), 0]));
  for (const name of names) target.addEventListener(name, () => (counts[name.replace(/^(hold-timer|routine-player)-/, '')] += 1));
  return counts;
}

/** Calls `method` twice; nothing may throw. */
function callTwice(el: object, method: string): void {
  const call = () => (el as Record<string, () => void>)[method]();
  expect(call, `first ${method}()`).to.not.throw();
  expect(call, `second ${method}()`).to.not.throw();
}

type TimerState = 'idle' | 'running' | 'paused' | 'done' | 'invalid' | 'never connected';
type TimerMethod = 'start' | 'pause' | 'resume' | 'skip' | 'reset';

/** Timer: 2 s get ready, then 5 s hold, 3 s rest, 5 s hold. */
async function timerIn(context: HostileContext, state: TimerState): Promise<HoldTimer> {
  const attributes = { hold: state === 'invalid' ? 'abc' : '5', reps: '2', prepare: '2', cues: 'none' };
  if (state === 'never connected') return element('hold-timer', attributes);
  const el = await mount(context, element('hold-timer', attributes));
  if (state === 'running' || state === 'paused' || state === 'done') el.start();
  if (state === 'paused') {
    await advance(context, 1000);
    el.pause();
  }
  if (state === 'done') await advance(context, 15_000);
  await settle(context);
  return el;
}

/** What two calls of each method lead to, from each state: the status after, and the events heard. */
const TIMER_EXPECTED: Record<Exclude<TimerState, 'invalid' | 'never connected'>, Record<TimerMethod, [status: string, events: Record<string, number>]>> = {
  idle: {
    start: ['running', { start: 1 }],
    pause: ['idle', {}],
    resume: ['idle', {}],
    skip: ['idle', {}],
    reset: ['idle', {}],
  },
  running: {
    start: ['running', {}],
    pause: ['paused', { pause: 1 }],
    resume: ['running', {}],
    skip: ['running', {}],
    reset: ['idle', { reset: 1 }],
  },
  paused: {
    start: ['paused', {}],
    pause: ['paused', {}],
    resume: ['running', { resume: 1 }],
    skip: ['paused', {}],
    reset: ['idle', { reset: 1 }],
  },
  done: {
    start: ['running', { start: 1 }],
    pause: ['done', {}],
    resume: ['done', {}],
    skip: ['done', {}],
    reset: ['idle', { reset: 1 }],
  },
};

type PlayerState = 'before' | 'playing' | 'paused' | 'waiting for Done' | 'stopped' | 'summary' | 'invalid' | 'never connected';
type PlayerMethod = 'start' | 'pause' | 'resume' | 'next' | 'previous' | 'done' | 'stopForPain';

async function playerIn(context: HostileContext, state: PlayerState): Promise<RoutinePlayer> {
  const routine = state === 'invalid' ? 'yoga' : state === 'waiting for Done' ? 'trunk-strength' : 'lower-back-stretches';
  const attributes: Record<string, string> = { routine, cues: 'none', ...(state === 'waiting for Done' ? { pace: 'done' } : {}) };
  if (state === 'never connected') return element('routine-player', attributes);
  const el = await mount(context, element('routine-player', attributes));
  if (['playing', 'paused', 'waiting for Done', 'stopped', 'summary'].includes(state)) el.start();
  await advance(context, 16_000); // past the first exercise's 15 s get-ready
  if (state === 'paused') el.pause();
  if (state === 'stopped') el.stopForPain();
  if (state === 'summary') await advance(context, el.plan!.total);
  await settle(context);
  return el;
}

/** Player: the state after two calls, the exercise shown while playing, and the events heard. */
const PLAYER_EXPECTED: Partial<Record<PlayerState, Partial<Record<PlayerMethod, [state: string, status: string | null, exercise: number | null, events: Record<string, number>]>>>> = {
  before: {
    start: ['playing', 'running', 0, { start: 1, step: 1 }],
    pause: ['before', null, null, {}],
    resume: ['before', null, null, {}],
    next: ['before', null, null, {}],
    previous: ['before', null, null, {}],
    done: ['before', null, null, {}],
    stopForPain: ['before', null, null, {}],
  },
  playing: {
    start: ['playing', 'running', 0, {}],
    pause: ['playing', 'paused', 0, { pause: 1 }],
    resume: ['playing', 'running', 0, {}],
    next: ['playing', 'running', 2, { step: 2 }],
    previous: ['playing', 'running', 0, {}],
    done: ['playing', 'running', 0, {}],
    stopForPain: ['stopped', null, null, { stop: 1 }],
  },
  paused: {
    start: ['playing', 'paused', 0, {}],
    pause: ['playing', 'paused', 0, {}],
    resume: ['playing', 'running', 0, { resume: 1 }],
    next: ['playing', null, 2, { step: 2 }],
    previous: ['playing', null, 0, {}],
    done: ['playing', 'paused', 0, {}],
    stopForPain: ['stopped', null, null, { stop: 1 }],
  },
  'waiting for Done': {
    start: ['playing', 'paused', 0, {}],
    pause: ['playing', 'paused', 0, {}],
    resume: ['playing', 'paused', 0, {}],
    next: ['playing', null, 2, { step: 2 }],
    previous: ['playing', null, 0, {}],
    done: ['playing', 'running', 0, {}],
    stopForPain: ['stopped', null, null, { stop: 1 }],
  },
  stopped: {
    pause: ['stopped', null, null, {}],
    resume: ['stopped', null, null, {}],
    next: ['stopped', null, null, {}],
    previous: ['stopped', null, null, {}],
    done: ['stopped', null, null, {}],
    stopForPain: ['stopped', null, null, {}],
  },
  summary: {
    pause: ['summary', null, null, {}],
    resume: ['summary', null, null, {}],
    next: ['summary', null, null, {}],
    previous: ['summary', null, null, {}],
    done: ['summary', null, null, {}],
    stopForPain: ['summary', null, null, {}],
  },
};

describe('hostile: every method in every state, twice', () => {
  const context = hostileSuite();

  describe('<hold-timer>', () => {
    for (const state of ['idle', 'running', 'paused', 'done', 'invalid', 'never connected'] as const) {
      for (const method of ['start', 'pause', 'resume', 'skip', 'reset'] as const) {
        const expected = state === 'invalid' || state === 'never connected' ? null : TIMER_EXPECTED[state][method];
        const ending = expected ? `→ ${expected[0]}, ${JSON.stringify(expected[1])}` : '→ nothing happens';
        it(`${state}: ${method}() twice ${ending}`, async () => {
          const el = await timerIn(context, state);
          const heard = counter(el, TIMER_EVENTS);
          const segmentBefore = el.segment ? el.plan!.segments.indexOf(el.segment) : -1;
          callTwice(el, method);
          await settle(context);
          if (state === 'never connected') {
            context.stage.append(el);
            await settle(context);
          }
          if (state === 'invalid') {
            await expectSafe(context, el, { error: 'hold' });
          } else {
            await expectSafe(context, el, { fallback: expected ? expected[0] : 'nothing happens' });
          }
          const events = Object.fromEntries(Object.entries(heard).filter(([, count]) => count > 0));
          if (!expected) {
            expect(events, 'no event').to.deep.equal({});
            expect(el.status).to.equal('idle');
            return;
          }
          expect(el.status).to.equal(expected[0]);
          expect(events).to.deep.equal(expected[1]);
          if (method === 'skip' && (state === 'running' || state === 'paused')) {
            expect(el.plan!.segments.indexOf(el.segment!), 'two segments on').to.equal(segmentBefore + 2);
          }
        });
      }
    }
  });

  describe('<routine-player>', () => {
    const states = ['before', 'playing', 'paused', 'waiting for Done', 'stopped', 'summary', 'invalid', 'never connected'] as const;
    for (const state of states) {
      for (const method of ['start', 'pause', 'resume', 'next', 'previous', 'done', 'stopForPain'] as const) {
        const expected = PLAYER_EXPECTED[state]?.[method];
        const ending = expected
          ? `→ ${expected[0]}${expected[1] ? ` (${expected[1]})` : ''}, ${JSON.stringify(expected[3])}`
          : state === 'invalid' || state === 'never connected'
            ? '→ nothing happens'
            : '→ no exception, each event at most once';
        it(`${state}: ${method}() twice ${ending}`, async () => {
          const el = await playerIn(context, state);
          const heard = counter(el, PLAYER_EVENTS);
          callTwice(el, method);
          await settle(context);
          if (state === 'never connected') {
            context.stage.append(el);
            await settle(context);
          }
          if (state === 'invalid') await expectSafe(context, el, { error: 'routine' });
          else await expectSafe(context, el, { fallback: expected ? expected[0] : 'no exception' });
          const events = Object.fromEntries(Object.entries(heard).filter(([, count]) => count > 0));
          if (state === 'invalid' || state === 'never connected') {
            expect(events, 'no event').to.deep.equal({});
            expect(el.state).to.equal('before');
            return;
          }
          for (const name of ['start', 'pause', 'resume', 'stop', 'complete']) {
            expect(heard[name], `${name} fires at most once for two calls`).to.be.at.most(1);
          }
          if (!expected) {
            // start() after a stop or at the summary: starting again is allowed, but then exactly once.
            expect(el.state === 'playing', 'playing again exactly when a start event fired').to.equal(heard.start === 1);
            return;
          }
          const [viewState, status, exercise, expectedEvents] = expected;
          expect(el.state, 'state').to.equal(viewState);
          if (status) expect(el.status, 'status').to.equal(status);
          if (exercise !== null) {
            const shown = el.shadowRoot!.querySelector('[part~="overall"]')?.textContent ?? '';
            expect(shown, 'exercise shown').to.match(new RegExp(`Exercise ${exercise + 1} of`));
          }
          expect(events).to.deep.equal(expectedEvents);
          expect(errorText(el)).to.equal('');
        });
      }
    }
  });
});
